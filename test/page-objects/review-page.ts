import type { CivicReview } from '../../src/elements/civic-review/civic-review.js';
import { text } from './text.js';

/** What a user sees of `<civic-review>`: terms, what each says, and its change button. */
export class ReviewPage {
  constructor(readonly element: CivicReview) {}

  get root(): ShadowRoot {
    return this.element.shadowRoot!;
  }

  get list(): HTMLDListElement {
    return this.root.querySelector('dl')!;
  }

  /** The terms in order, as read. */
  get terms(): string[] {
    return [...this.root.querySelectorAll('dt')].map((term) => text(term));
  }

  private termElement(term: string): HTMLElement | undefined {
    return [...this.root.querySelectorAll<HTMLElement>('dt')].find((candidate) => text(candidate) === term);
  }

  /** The text of the definition that follows a term. */
  definition(term: string): string {
    return text(this.termElement(term)?.nextElementSibling);
  }

  /** The lines of the definition that follows a term (list items and paragraphs). */
  lines(term: string): string[] {
    const definition = this.termElement(term)?.nextElementSibling;
    return [...(definition?.querySelectorAll('li, p') ?? [])].map((line) => text(line));
  }

  /** Every button, by accessible name (aria-label, else text). */
  get buttons(): HTMLButtonElement[] {
    return [...this.root.querySelectorAll('button')];
  }

  changeButton(accessibleName: string): HTMLButtonElement | undefined {
    return this.buttons.find((button) => (button.getAttribute('aria-label') ?? text(button)) === accessibleName);
  }
}
