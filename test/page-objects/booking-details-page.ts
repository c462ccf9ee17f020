import type { CivicBookingDetails } from '../../src/elements/civic-booking-details/civic-booking-details.js';
import { text } from './text.js';

/** What a user sees of `<civic-booking-details>`: notices, the details by term, and the actions by name. */
export class BookingDetailsPage {
  constructor(readonly element: CivicBookingDetails) {}

  get root(): ShadowRoot {
    return this.element.shadowRoot!;
  }

  /** The prominent notice above the details (pending verification, cancelled), or ''. */
  get notice(): string {
    return text(this.root.querySelector('.notice'));
  }

  get noticeElement(): HTMLElement | null {
    return this.root.querySelector('.notice');
  }

  get terms(): string[] {
    return [...this.root.querySelectorAll('dt')].map((term) => text(term));
  }

  /** The definition after a term, as read. */
  definition(term: string): string {
    const dt = [...this.root.querySelectorAll('dt')].find((candidate) => text(candidate) === term);
    return text(dt?.nextElementSibling);
  }

  /** The lines of the definition after a term. */
  lines(term: string): string[] {
    const dt = [...this.root.querySelectorAll('dt')].find((candidate) => text(candidate) === term);
    return [...(dt?.nextElementSibling?.querySelectorAll('p, li') ?? [])].map((line) => text(line));
  }

  /** A button or link by its visible text. */
  control(name: string): HTMLElement | undefined {
    return [...this.root.querySelectorAll<HTMLElement>('button, a[href]')].find((control) => text(control) === name);
  }

  /** The names of every button and link, in order. */
  get controls(): string[] {
    return [...this.root.querySelectorAll('button, a[href]')].map((control) => text(control));
  }

  /**
   * Presses "Add to calendar" and answers the file the browser was asked to download: its name, its (blob)
   * address and its text.
   */
  async downloadCalendar(): Promise<{ name: string; url: string; text: string }> {
    const button = [...this.root.querySelectorAll('button')].find((candidate) => text(candidate).includes('.ics'));
    if (!button) throw new Error('No "Add to calendar" button');
    const click = HTMLAnchorElement.prototype.click;
    const asked = new Promise<{ name: string; url: string; text: Promise<string> }>((resolve) => {
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        // Read before the address is given back.
        resolve({ name: this.download, url: this.href, text: fetch(this.href).then((response) => response.text()) });
      };
    });
    try {
      button.click();
      const file = await asked;
      return { name: file.name, url: file.url, text: await file.text };
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
  }

  /** The open "really cancel?" group, or null. */
  get confirmation(): HTMLElement | null {
    return this.root.querySelector('[role="group"]');
  }

  /** The question that labels the confirmation. */
  get question(): HTMLElement | null {
    const id = this.confirmation?.getAttribute('aria-labelledby');
    return id ? this.root.getElementById(id) : null;
  }

  /** The live status inside the confirmation ("Cancelling…"), or ''. */
  get liveStatus(): string {
    return text(this.root.querySelector('[role="status"]'));
  }

  get focused(): Element | null {
    return this.root.activeElement;
  }
}
