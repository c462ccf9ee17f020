import { expect } from '@open-wc/testing';
import { DemoBackend } from '../../src/adapters/demo/demo-backend.js';
import type { CivicBooking } from '../../src/elements/civic-booking/civic-booking.js';
import { startMockBackend, type MockBackend } from '../../src/mocks/browser.js';
import { createProtocolHandlers } from '../../src/mocks/protocol-handlers.js';
import { BookingWidgetPage } from '../page-objects/booking-widget-page.js';

// These tests load the built bundle, dist/civic-booking.js, into plain HTML pages through a script tag, as a
// web editor pastes it. `npm test` builds it first; after a change, run `npm run build:bundle` before `wtr`.

const now = () => new Date('2026-12-01T08:00:00+01:00');
let mock: MockBackend;
const requests: string[] = [];

before(async () => {
  mock = await startMockBackend({ baseUrl: `${location.origin}/api/v1` });
  mock.worker.events.on('request:start', ({ request }) => requests.push(`${request.method} ${request.url}`));
});

after(() => mock.stop());

interface LoadedPage {
  window: Window & typeof globalThis;
  errors: string[];
}

/** Opens a page in an iframe and collects its errors; the mocked backend answers its requests. */
async function open(path: string): Promise<LoadedPage> {
  const frame = document.createElement('iframe');
  frame.style.inlineSize = '800px';
  frame.style.blockSize = '900px';
  const errors: string[] = [];
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  const window = frame.contentWindow as Window & typeof globalThis;
  window.addEventListener('error', (event) => errors.push(event.message));
  window.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
  await window.customElements.whenDefined('civic-booking');
  return { window, errors };
}

describe('the script-tag bundle', () => {
  beforeEach(() => {
    requests.length = 0;
    mock.worker.resetHandlers(
      ...createProtocolHandlers({ baseUrl: `${location.origin}/api/v1`, backend: new DemoBackend({ now }) }),
    );
  });

  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('books an appointment on a plain page with the two pasted lines', async () => {
    const { window, errors } = await open('/test/e2e/script-tag.html');
    const element = window.document.querySelector('civic-booking') as CivicBooking;
    element.now = now;
    const page = new BookingWidgetPage(element);
    await page.waitForHeading('Worum geht es?');
    page.concerns().checkbox('Aufenthaltserlaubnis verlängern').click();
    await page.settled();
    page.button('Weiter').click();
    await page.waitForHeading('Datum und Uhrzeit');
    await page.waitFor(() => page.slots().buttons().length > 0, 'free times');
    page.slots().buttons()[0]!.click();
    await page.waitForHeading('Ihre Kontaktdaten');
    page.contact().fill('name', 'Ada Yılmaz');
    page.contact().fill('email', 'ada@example.org');
    page.contact().toggleConsent();
    page.button('Weiter').click();
    await page.waitForHeading('Prüfen und buchen');
    page.button('Termin verbindlich buchen').click();
    await page.waitForHeading('Ihr Termin ist gebucht');
    await window.customElements.whenDefined('civic-booking-details');
    await page.waitFor(() => /MS-\w+/.test(page.details()), 'the booking reference');

    expect(errors).to.deep.equal([]);
    // The relative api resolves against the page; besides the backend, only the bundle's own chunks load.
    const api = requests.filter((request) => request.includes(`${location.origin}/api/v1/`));
    // (The test server injects its own /__web-dev-server__ script into every page.)
    const others = requests.filter((request) => !api.includes(request) && !request.includes('/__web-dev-server__'));
    expect(others.filter((request) => !request.startsWith(`GET ${location.origin}/dist/civic-booking`))).to.deep.equal(
      [],
    );
    expect(api.filter((request) => request.startsWith('POST'))).to.have.length(2);
  });

  it('defines every element, and survives being loaded twice', async () => {
    const { window, errors } = await open('/test/e2e/script-tag-twice.html');
    const element = window.document.querySelector('civic-booking') as CivicBooking;
    await new BookingWidgetPage(element).waitForHeading('What do you need?');
    await window.customElements.whenDefined('civic-booking-details');
    for (const tag of [
      'civic-booking',
      'civic-booking-details',
      'civic-calendar',
      'civic-concern-picker',
      'civic-contact-form',
      'civic-location-picker',
      'civic-review',
      'civic-slot-picker',
    ]) {
      expect(window.customElements.get(tag), tag).not.to.equal(undefined);
    }
    expect(errors).to.deep.equal([]);
    const api = requests.filter((request) => request.includes('/api/'));
    expect(api, 'the demo office sends no request').to.deep.equal([]);
  });
});
