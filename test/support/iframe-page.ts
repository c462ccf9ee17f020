import type { CivicBooking } from '../../src/elements/civic-booking/civic-booking.js';
import { BookingWidgetPage } from '../page-objects/booking-widget-page.js';

export interface OpenedPage {
  window: Window & typeof globalThis;
  frame: HTMLIFrameElement;
  /** Uncaught errors and unhandled rejections of the page. */
  errors: string[];
  /** Content Security Policy violations of the page, as `directive: blocked URI`. */
  violations: string[];
  /** What the page said on the console with `console.warn`. */
  warnings: string[];
  widget(): CivicBooking;
}

interface PageProblems {
  errors: string[];
  violations: string[];
  warnings: string[];
}

/**
 * Opens a page of its own in an iframe, as a citizen's browser would load a CMS page. The page records its
 * errors and CSP violations from its start (record-errors.js). The mocked backend of the test file answers
 * its requests.
 */
export async function openPage(path: string): Promise<OpenedPage> {
  const frame = document.createElement('iframe');
  frame.width = '900';
  frame.height = '900';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  const window = frame.contentWindow as Window & typeof globalThis & { pageProblems?: PageProblems };
  if (!window.pageProblems) throw new Error(`${path} does not load /test/e2e/fixtures/record-errors.js first`);
  await window.customElements.whenDefined('civic-booking');
  return {
    window,
    frame,
    errors: window.pageProblems.errors,
    violations: window.pageProblems.violations,
    warnings: window.pageProblems.warnings,
    widget: () => window.document.querySelector('civic-booking') as CivicBooking,
  };
}

/** Books the first free time for an extension of a residence permit, in German, on an opened page. */
export async function bookOnPage(
  page: BookingWidgetPage,
  contact = { name: 'Ada Yılmaz', email: 'ada@example.org' },
  atReview: () => void = () => undefined,
) {
  await page.waitForHeading('Worum geht es?');
  page.concerns().checkbox('Aufenthaltserlaubnis verlängern').click();
  await page.settled();
  page.button('Weiter').click();
  await page.waitForHeading('Datum und Uhrzeit');
  await page.waitFor(() => page.slots().buttons().length > 0, 'free times');
  page.slots().buttons()[0]!.click();
  await page.waitForHeading('Ihre Kontaktdaten');
  page.contact().fill('name', contact.name);
  page.contact().fill('email', contact.email);
  page.contact().toggleConsent();
  page.button('Weiter').click();
  await page.waitForHeading('Prüfen und buchen');
  atReview();
  page.button('Termin verbindlich buchen').click();
  await page.waitForHeading('Ihr Termin ist gebucht');
}

export function removePages(): void {
  document.querySelectorAll('iframe').forEach((frame) => frame.remove());
}
