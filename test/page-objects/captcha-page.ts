import { text } from './text.js';

/** What a citizen perceives of `<civic-captcha>`: the check's name, what it says it is doing, its retry button. */
export class CaptchaPage {
  constructor(readonly element: HTMLElement) {}

  get root(): ShadowRoot {
    return this.element.shadowRoot!;
  }

  /** The state the check shows: `checking`, `verified` or `failed`; '' before it has rendered. */
  state(): string {
    return this.element.shadowRoot?.querySelector('[data-state]')?.getAttribute('data-state') ?? '';
  }

  /** The check's name ("Sicherheitsprüfung"), which also names its group. */
  label(): string {
    const group = this.root.querySelector('[role="group"]');
    return text(this.root.getElementById(group?.getAttribute('aria-labelledby') ?? ''));
  }

  /** The live region that announces the state. */
  statusElement(): HTMLElement | null {
    return this.root.querySelector('[role="status"]');
  }

  /** What the live region says ("Geprüft. …"). */
  status(): string {
    return text(this.statusElement());
  }

  /** The button that tries again after a failure; null while there is none. */
  retryButton(): HTMLButtonElement | null {
    return this.root.querySelector('button');
  }

  /** Everything the check shows as text. */
  text(): string {
    return text(this.root);
  }
}
