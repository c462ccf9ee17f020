import type { CivicBooking } from '../../src/elements/civic-booking/civic-booking.js';
import { CalendarPage } from './calendar-page.js';
import { CaptchaPage } from './captcha-page.js';
import { ConcernPickerPage } from './concern-picker-page.js';
import { ContactFormPage } from './contact-form-page.js';
import { LocationPickerPage } from './location-picker-page.js';
import { ReviewPage } from './review-page.js';
import { SlotPickerPage } from './slot-picker-page.js';
import { text } from './text.js';

/** What a citizen perceives of the whole `<civic-booking>` widget, step by step. */
export class BookingWidgetPage {
  constructor(readonly element: CivicBooking) {}

  get root(): ShadowRoot {
    return this.element.shadowRoot!;
  }

  private child<T extends Element>(selector: string): T {
    const found = this.root.querySelector<T>(selector);
    if (!found) throw new Error(`${selector} is not shown; the heading is "${this.heading()}"`);
    return found;
  }

  /** The current step's heading, or '' while none is shown. */
  heading(): string {
    return text(this.root.querySelector('h2'));
  }

  headingElement(): HTMLElement | null {
    return this.root.querySelector('h2');
  }

  /** Everything the widget shows as text. */
  text(): string {
    return text(this.root);
  }

  /** The error shown to the citizen, or ''. */
  error(): string {
    return text(this.root.querySelector('[role="alert"]'));
  }

  errorElement(): HTMLElement | null {
    return this.root.querySelector('[role="alert"]');
  }

  /** A button of the widget itself (not of a step element) by its visible text. */
  button(label: string): HTMLButtonElement {
    const button = [...this.root.querySelectorAll('button')].find((candidate) => text(candidate) === label);
    if (!button) throw new Error(`No button "${label}"; the heading is "${this.heading()}"`);
    return button;
  }

  hasButton(label: string): boolean {
    return [...this.root.querySelectorAll('button')].some((candidate) => text(candidate) === label);
  }

  /** Waits until the widget shows the heading (or until it fails to within the time). */
  async waitForHeading(heading: string, timeoutMs = 8000): Promise<void> {
    const start = performance.now();
    while (this.heading() !== heading) {
      if (performance.now() - start > timeoutMs) {
        throw new Error(`Waited for "${heading}", the widget shows "${this.heading()}": ${this.text().slice(0, 300)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await this.settled();
  }

  /** Waits until a condition on the widget holds. */
  async waitFor(condition: () => boolean, what: string, timeoutMs = 8000): Promise<void> {
    const start = performance.now();
    const holds = () => {
      try {
        return condition();
      } catch {
        // A step element that is not shown yet: keep waiting.
        return false;
      }
    };
    while (!holds()) {
      if (performance.now() - start > timeoutMs) {
        throw new Error(`Waited for ${what}: ${this.text().slice(0, 300)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await this.settled();
  }

  /** Waits until the widget and its step elements have rendered. */
  async settled(): Promise<void> {
    await this.element.updateComplete;
    const children = [...this.root.querySelectorAll('*')].filter(
      (node): node is Element & { updateComplete: Promise<boolean> } => 'updateComplete' in node,
    );
    await Promise.all(children.map((child) => child.updateComplete));
  }

  concerns(): ConcernPickerPage {
    return new ConcernPickerPage(this.child('civic-concern-picker'));
  }

  locations(): LocationPickerPage {
    return new LocationPickerPage(this.child('civic-location-picker'));
  }

  calendar(): CalendarPage {
    return new CalendarPage(this.child('civic-calendar'));
  }

  slots(): SlotPickerPage {
    return new SlotPickerPage(this.child('civic-slot-picker'));
  }

  contact(): ContactFormPage {
    return new ContactFormPage(this.child('civic-contact-form'));
  }

  review(): ReviewPage {
    return new ReviewPage(this.child('civic-review'));
  }

  captcha(): CaptchaPage {
    return new CaptchaPage(this.child('civic-captcha'));
  }

  /** The confirmation or the manage view, as text. */
  details(): string {
    return text(this.child('civic-booking-details').shadowRoot);
  }

  detailsElement(): HTMLElement {
    return this.child('civic-booking-details');
  }

  /** A button of the confirmation or the manage view, by its text. */
  detailsButton(label: string): HTMLButtonElement | undefined {
    return [...this.detailsElement().shadowRoot!.querySelectorAll('button')].find(
      (button) => button.textContent!.trim() === label,
    );
  }
}
