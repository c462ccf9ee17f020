import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { localize, resolveLanguage, type Localization } from './localization.js';

/**
 * Gives an element the Localization of the language in effect for it, and updates the element when its own
 * `lang` or the document's changes.
 */
export class LocaleController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private observer?: MutationObserver;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  /** The Localization for the language in effect now. */
  get value(): Localization {
    return localize(resolveLanguage(this.host));
  }

  hostConnected(): void {
    this.observer = new MutationObserver(() => this.host.requestUpdate());
    const options = { attributes: true, attributeFilter: ['lang'] };
    this.observer.observe(this.host, options);
    this.observer.observe(document.documentElement, options);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }
}
