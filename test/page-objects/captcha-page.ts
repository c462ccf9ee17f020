import { text } from './text.js';

/** What a citizen perceives of `<civic-captcha>`: ALTCHA's check box, its label and its state. */
export class CaptchaPage {
  constructor(readonly element: HTMLElement) {}

  get root(): ShadowRoot {
    return this.element.shadowRoot!;
  }

  /** ALTCHA's state: `unverified`, `verifying`, `verified`, `error`, `expired` or `code`; '' before it starts. */
  state(): string {
    return this.root.querySelector('.altcha')?.getAttribute('data-state') ?? '';
  }

  checkbox(): HTMLInputElement | null {
    return this.root.querySelector('input[type="checkbox"]');
  }

  /** The check box's label, which names the state ("Überprüft"). */
  label(): string {
    return text(this.root.querySelector('label'));
  }

  /** Everything the check shows as text. */
  text(): string {
    return text(this.root);
  }
}
