import { LitElement } from 'lit';
import { LocaleController } from '../../i18n/locale-controller.js';
import type { LanguageMatch, Localization } from '../../i18n/localization.js';

/**
 * The base of every element of the widget: it speaks the language the page asks it to (its own `lang`, an
 * ancestor's, `<html lang>`), renders again when that changes, and counts a language still on its way as
 * part of an update, so that `updateComplete` resolves once the texts on screen are in that language.
 */
export class LocalizedElement extends LitElement {
  readonly #locale = new LocaleController(this);

  /** Texts and formats of the language on screen. */
  protected get localization(): Localization {
    return this.#locale.value;
  }

  /** The language the page asks for, which may still be on its way (for requests that name it). */
  protected get languageWanted(): LanguageMatch {
    return this.#locale.wanted;
  }

  /** Whether the language on screen is the one the page asks for (or the one shown after it could not load). */
  protected get languageReady(): boolean {
    return this.#locale.ready;
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (!this.#locale.ready) {
      await this.#locale.settled;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }
}
