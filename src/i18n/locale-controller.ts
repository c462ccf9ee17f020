import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { defaultLanguage } from './languages.js';
import {
  hasMoreMessages,
  loadMessages,
  loadMoreMessages,
  localize,
  Localization,
  messagesOf,
  resolveLanguage,
  tellOnce,
  type LanguageMatch,
} from './localization.js';
import type { Messages } from './messages.js';

/** Stands in until a language has arrived; nothing renders with it (see `LocalizedElement`). */
const noLanguage = new Localization({ lang: defaultLanguage, locale: defaultLanguage }, {} as Messages);

/**
 * Gives an element the Localization of the language the page asks it to speak (its own `lang`, an
 * ancestor's, `<html lang>`), and renders the element again when any of them changes. Every language arrives as
 * a chunk: until the one asked for is there, the element keeps the language it showed, and `ready` is false; a
 * language that cannot load is replaced by German, and when German cannot load either, `failed` is true.
 */
export class LocaleController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private observer?: MutationObserver;
  #value: Localization | null = null;
  #wanted: LanguageMatch | null = null;
  #ready = false;
  #failed = false;
  #settled: Promise<void> = Promise.resolve();
  #moreLoading: Promise<void> | null = null;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  /** The Localization on screen (an empty one before any language has arrived). */
  get value(): Localization {
    this.#follow();
    return this.#value ?? noLanguage;
  }

  /** Whether any language has arrived, so that there is something to render. */
  get hasLanguage(): boolean {
    this.#follow();
    return this.#value !== null;
  }

  /** Whether the language on screen is the one asked for (or the one shown after it could not load). */
  get ready(): boolean {
    this.#follow();
    return this.#ready;
  }

  /** Whether no language could load at all (offline at the start, the chunks missing or refused). */
  get failed(): boolean {
    return this.#failed;
  }

  /** The language the page asks for, which may still be on its way. */
  get wanted(): LanguageMatch {
    this.#follow();
    return this.#wanted!;
  }

  /** Settles once the language asked for is on screen, or could not load, and so have the rarer texts asked for. */
  get settled(): Promise<void> {
    this.#follow();
    return this.#moreLoading ? Promise.all([this.#settled, this.#moreLoading]).then(() => undefined) : this.#settled;
  }

  /** Whether texts are on their way: the language asked for, or the rarer texts of the one on screen. */
  get pending(): boolean {
    return !this.ready || this.#moreLoading !== null;
  }

  /**
   * Whether the texts of the rarer paths (see `MoreMessages`) of the language on screen are here, or could not
   * load; asks for them when they are not, and renders the host again once they are.
   */
  moreTexts(): boolean {
    const lang = this.#value?.lang;
    if (!lang) return false;
    if (hasMoreMessages(lang)) return true;
    this.#moreLoading ??= loadMoreMessages(lang).then(() => {
      this.#moreLoading = null;
      this.host.requestUpdate();
    });
    return false;
  }

  /** Tries again after no language could load. */
  retry(): void {
    this.#wanted = null;
    this.#failed = false;
    this.host.requestUpdate();
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
      this.#show(wanted, messages);
      return;
    }
    this.#ready = false;
    this.#settled = this.#load(wanted);
  }

  async #load(wanted: LanguageMatch): Promise<void> {
    let shown = wanted;
    let messages: Messages | null = null;
    try {
      messages = await loadMessages(wanted.lang);
    } catch (error) {
      tellOnce(`could not load the texts of "${wanted.lang}" (${String(error)}); showing ${defaultLanguage}.`);
      shown = { lang: defaultLanguage, locale: defaultLanguage };
      messages = wanted.lang === defaultLanguage ? null : await loadMessages(defaultLanguage).catch(() => null);
    }
    if (this.#wanted !== wanted) return;
    if (messages) this.#show(shown, messages);
    else {
      // Nothing to speak with: the widget says so in the few words it carries itself.
      this.#failed = true;
      this.#ready = true;
    }
    this.host.requestUpdate();
  }

  #show(match: LanguageMatch, messages: Messages): void {
    this.#value = localize(match, messages);
    this.#ready = true;
    this.#failed = false;
  }
}
