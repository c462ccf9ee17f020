import { LitElement, type PropertyValues } from 'lit';
import { LocaleController } from '../../i18n/locale-controller.js';
import type { LanguageMatch, Localization } from '../../i18n/localization.js';

/**
 * The base of every element of the widget: it speaks the language the page asks it to (its own `lang`, an
 * ancestor's, `<html lang>`), renders again when that changes, renders nothing before the first language
 * has arrived, and counts a language still on its way as part of an update, so that `updateComplete` resolves
 * once the texts on screen are in that language. An element that shows texts of the rarer paths says so in
 * `needsMoreTexts`, and renders once they are here.
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

  /** Whether no language could load at all (the widget then says so in the few words it carries itself). */
  protected get languageFailed(): boolean {
    return this.#locale.failed;
  }

  /** Loads the languages again, after none could. */
  protected retryLanguage(): void {
    this.#locale.retry();
  }

  /**
   * Whether the element is about to show texts of the rarer paths (see `MoreMessages`), which a booking never
   * downloads: it then renders once they are here.
   */
  protected needsMoreTexts(): boolean {
    return false;
  }

  /** Loads the texts of the rarer paths, for an action about to use them outside rendering. */
  protected async loadMoreTexts(): Promise<void> {
    if (!this.#locale.moreTexts()) await this.#locale.settled;
  }

  /** Property changes made while the texts to show them had not arrived, kept for the render once they are. */
  #pending = new Map<PropertyKey, unknown>();

  /** Renders nothing until a language has arrived: no text in a language the page did not ask for. */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    const waiting = this.#locale.hasLanguage
      ? this.needsMoreTexts() && !this.#locale.moreTexts()
      : !this.languageFailed;
    if (waiting) {
      changed.forEach((value, key) => this.#pending.has(key) || this.#pending.set(key, value));
      return false;
    }
    this.#pending.forEach((value, key) => changed.has(key) || (changed as Map<PropertyKey, unknown>).set(key, value));
    this.#pending.clear();
    return super.shouldUpdate(changed);
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.#locale.pending) {
      await this.#locale.settled;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }
}
