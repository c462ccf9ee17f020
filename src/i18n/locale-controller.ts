import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { defaultLanguage } from './languages.js';
import {
  defaultLocalization,
  loadMessages,
  localize,
  messagesOf,
  resolveLanguage,
  tellOnce,
  type LanguageMatch,
  type Localization,
} from './localization.js';

/**
 * Gives an element the Localization of the language the page asks it to speak (its own `lang`, an
 * ancestor's, `<html lang>`), and renders the element again when any of them changes. A language that is not
 * built in arrives as a chunk: until it is there, the element keeps the language it showed (German at
 * first), and `ready` is false; a language that cannot load leaves German on screen.
 */
export class LocaleController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private observer?: MutationObserver;
  #value: Localization = defaultLocalization();
  #wanted: LanguageMatch | null = null;
  #ready = false;
  #settled: Promise<void> = Promise.resolve();

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  /** The Localization on screen. */
  get value(): Localization {
    this.#follow();
    return this.#value;
  }

  /** Whether the language on screen is the one asked for (or the one shown after it could not load). */
  get ready(): boolean {
    this.#follow();
    return this.#ready;
  }

  /** The language the page asks for, which may still be on its way. */
  get wanted(): LanguageMatch {
    this.#follow();
    return this.#wanted!;
  }

  /** Settles once the language asked for is on screen, or could not load. */
  get settled(): Promise<void> {
    this.#follow();
    return this.#settled;
  }

  hostConnected(): void {
    this.observer = new MutationObserver(() => this.host.requestUpdate());
    // Every element up the composed tree: the nearest `lang` of any of them may change.
    for (let node: Node | null = this.host; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
      if (node instanceof Element) this.observer.observe(node, { attributes: true, attributeFilter: ['lang'] });
    }
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  hostUpdate(): void {
    this.#follow();
  }

  /** Takes the language the page asks for now, loading its texts when they are not here yet. */
  #follow(): void {
    const wanted = resolveLanguage(this.host);
    if (wanted.locale === this.#wanted?.locale) return;
    this.#wanted = wanted;
    const messages = messagesOf(wanted.lang);
    if (messages) {
      this.#value = localize(wanted, messages);
      this.#ready = true;
      return;
    }
    this.#ready = false;
    this.#settled = loadMessages(wanted.lang).then(
      (loaded) => {
        if (this.#wanted !== wanted) return;
        this.#value = localize(wanted, loaded);
        this.#ready = true;
        this.host.requestUpdate();
      },
      (error: unknown) => {
        if (this.#wanted !== wanted) return;
        tellOnce(`could not load the texts of "${wanted.lang}" (${String(error)}); showing ${defaultLanguage}.`);
        this.#value = defaultLocalization();
        this.#ready = true;
        this.host.requestUpdate();
      },
    );
  }
}
