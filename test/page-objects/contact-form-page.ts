import type { CivicContactForm } from '../../src/elements/civic-contact-form/civic-contact-form.js';

export type ContactFormField = 'name' | 'email' | 'phone' | 'consent';

/**
 * What a user sees of `<civic-contact-form>`: fields found by their labels' order and kind, errors found
 * through `aria-describedby`, so that tests survive markup changes.
 */
export class ContactFormPage {
  constructor(readonly element: CivicContactForm) {}

  get root(): ShadowRoot {
    return this.element.shadowRoot!;
  }

  get form(): HTMLFormElement {
    return this.root.querySelector('form')!;
  }

  /** The input of a field, or null when the form does not ask for it. */
  input(field: ContactFormField): HTMLInputElement | null {
    const selector = {
      name: 'input[autocomplete="name"]',
      email: 'input[type="email"]',
      phone: 'input[type="tel"]',
      consent: 'input[type="checkbox"]',
    }[field];
    return this.root.querySelector<HTMLInputElement>(selector);
  }

  /** The text of the label of a field's input, whitespace collapsed. */
  label(field: ContactFormField): string {
    const input = this.input(field)!;
    return [...input.labels!].map((label) => label.textContent!.replace(/\s+/g, ' ').trim()).join(' ');
  }

  /** The error text linked to a field with `aria-describedby`, or null when it shows none. */
  error(field: ContactFormField): string | null {
    const ids = this.input(field)?.getAttribute('aria-describedby');
    if (!ids) return null;
    const texts = ids.split(' ').map((id) => this.root.getElementById(id)?.textContent?.trim() ?? '');
    return texts.join(' ') || null;
  }

  /** Every error text shown anywhere in the form. */
  get errors(): string[] {
    return [...this.root.querySelectorAll('[part~="error"]')].map((error) => error.textContent!.trim());
  }

  get hint(): string {
    return this.root.querySelector('form > p')!.textContent!.trim();
  }

  get privacyLink(): HTMLAnchorElement | null {
    return this.root.querySelector('a[href]');
  }

  /** The element focused inside the form, or null. */
  get focused(): Element | null {
    return this.root.activeElement;
  }

  /** Types into a field as a script would (no key events), firing `input` like a browser does. */
  fill(field: Exclude<ContactFormField, 'consent'>, text: string): void {
    const input = this.input(field)!;
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }

  /** Ticks or unticks the consent with a click. */
  toggleConsent(): void {
    this.input('consent')!.click();
  }
}
