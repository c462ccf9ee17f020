import { expect } from '@open-wc/testing';
import { http, HttpResponse, passthrough } from 'msw';
import { api, useMockProtocol } from '../support/protocol-fixture.js';
import { bookOnPage, openPage, removePages } from '../support/iframe-page.js';
import { BookingWidgetPage } from '../page-objects/booking-widget-page.js';

// These tests load the built bundle, dist/civic-booking.js, into plain HTML pages through a script tag, as a
// web editor pastes it. `npm test` builds it first; after a change, run `npm run build:bundle` before `wtr`.

const mock = useMockProtocol();
const tags = [
  'civic-booking',
  'civic-calendar',
  'civic-concern-picker',
  'civic-contact-form',
  'civic-location-picker',
  'civic-review',
  'civic-slot-picker',
];

/** Books on a page with the bundle, in German, up to the confirmation. */
async function booked() {
  const opened = await openPage('/test/e2e/fixtures/script-tag.html');
  opened.widget().now = mock.clock.now;
  const page = new BookingWidgetPage(opened.widget());
  await bookOnPage(page);
  await page.waitForHeading('Ihr Termin ist gebucht');
  return { opened, page };
}

/** Books on a page with the bundle, then asks to cancel and confirms, in German. */
async function bookAndCancel() {
  const { opened, page } = await booked();
  await page.waitFor(() => !!page.detailsButton('Termin absagen'), 'the cancel button');
  page.detailsButton('Termin absagen')!.click();
  // The question and its answers are texts of the rarer paths, in a chunk of their own.
  await page.waitFor(() => !!page.detailsButton('Ja, absagen'), 'the question to confirm');
  expect(page.details()).to.contain('Möchten Sie diesen Termin wirklich absagen?');
  page.detailsButton('Ja, absagen')!.click();
  return { opened, page };
}

/** Refuses the chunk that cancels and changes a booking, until `now` is set false; counts the refusals. */
function refuseTheChangesChunk() {
  const refusing = { now: true, times: 0 };
  mock.worker.use(
    http.get(/\/dist\/civic-booking-rescheduling-[\w-]+\.js$/, () => {
      if (!refusing.now) return passthrough();
      refusing.times += 1;
      return new HttpResponse(null, { status: 503 });
    }),
  );
  return refusing;
}

describe('the script-tag bundle', () => {
  afterEach(removePages);

  it('books an appointment on a plain page with the two pasted lines', async () => {
    const opened = await openPage('/test/e2e/fixtures/script-tag.html');
    opened.widget().now = mock.clock.now;
    const page = new BookingWidgetPage(opened.widget());
    const scripts = () => opened.window.performance.getEntriesByType('resource').map((entry) => entry.name);
    await bookOnPage(page, undefined, () => {
      // Up to the review, nothing of the confirmation has been fetched.
      expect(scripts().filter((name) => name.includes('booking-details'))).to.deep.equal([]);
    });
    await opened.window.customElements.whenDefined('civic-booking-details');
    await page.waitFor(() => /MS-\w+/.test(page.details()), 'the booking reference');
    expect(opened.errors).to.deep.equal([]);
    // The relative api resolved against the page.
    expect(mock.requests.filter((request) => request.startsWith('POST'))).to.deep.equal([
      'POST /api/v1/holds',
      'POST /api/v1/bookings',
    ]);
    expect(api.startsWith(opened.window.location.origin)).to.equal(true);
    // The office asks for no captcha, so ALTCHA's chunk is never loaded.
    expect(scripts().filter((name) => name.includes('captcha'))).to.deep.equal([]);
    // Nor is what only other paths need: the calendar file, changing an appointment, the rarer texts.
    expect(scripts().filter((name) => /calendar-file|rescheduling|-more-/.test(name))).to.deep.equal([]);
    expect(scripts().filter((name) => name.includes('civic-booking-lang-'))).to.have.length(1);
    expect(opened.window.customElements.get('altcha-widget')).to.equal(undefined);
  });

  // The two tests that refuse the chunk that cancels and changes come before any that fetches it: a page does
  // not fetch again a chunk that an earlier page fetched. The first never lets it through.
  it('says so when the chunk that cancels cannot be fetched, keeps the booking, and asks again on retry', async () => {
    const refusing = refuseTheChangesChunk();
    const { opened, page } = await bookAndCancel();
    await page.waitFor(() => page.error() !== '', 'an error');
    expect(page.error()).to.contain('Etwas ist schiefgelaufen');
    expect(page.heading()).to.equal('Ihr Termin ist gebucht');
    // Not left "cancelling": the question can be answered again.
    expect(page.detailsButton('Nein, behalten')!.disabled).to.equal(false);
    page.button('Erneut versuchen').click();
    await page.waitFor(() => refusing.times === 2 && page.error() !== '', 'the second refusal, said');
    expect(page.heading()).to.equal('Ihr Termin ist gebucht');
    expect(mock.requests.filter((request) => request.startsWith('DELETE'))).to.deep.equal([]);
    // Nothing is left unhandled on the page.
    expect(opened.errors).to.deep.equal([]);
  });

  it('says so when the chunk that changes a booking cannot be fetched, and starts the change on retry', async () => {
    const refusing = refuseTheChangesChunk();
    const { opened, page } = await booked();
    await page.waitFor(() => !!page.detailsButton('Termin verschieben'), 'the button to change');
    page.detailsButton('Termin verschieben')!.click();
    // Its last sentence is one of the rarer texts, fetched for this error.
    await page.waitFor(
      () => page.error().includes('Ihr bisheriger Termin bleibt bestehen.'),
      'the error of the change',
    );
    expect(page.error()).not.to.contain('undefined');
    expect(page.heading()).to.equal('Ihr Termin ist gebucht');
    refusing.now = false;
    page.button('Erneut versuchen').click();
    await page.waitForHeading('Neue Zeit wählen');
    expect(page.error()).to.equal('');
    expect(opened.errors).to.deep.equal([]);
  });

  it('cancels the booking from its confirmation, in the words of the texts fetched for it', async () => {
    const { opened, page } = await bookAndCancel();
    await page.waitForHeading('Ihr Termin ist abgesagt');
    expect(page.details()).to.contain('Abgesagt');
    expect(page.hasButton('Neuen Termin buchen')).to.equal(true);
    expect(opened.errors).to.deep.equal([]);
  });

  it('defines every element a booking needs before its end, and survives being loaded twice', async () => {
    const opened = await openPage('/test/e2e/fixtures/script-tag-twice.html');
    await new BookingWidgetPage(opened.widget()).waitForHeading('What do you need?');
    for (const tag of tags) expect(opened.window.customElements.get(tag), tag).not.to.equal(undefined);
    // The confirmation's chunk is not fetched before a booking is on its way.
    const scripts = opened.window.performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(scripts.filter((name) => name.includes('booking-details'))).to.deep.equal([]);
    expect(opened.window.customElements.get('civic-booking-details')).to.equal(undefined);
    expect(opened.errors).to.deep.equal([]);
    expect(mock.requests, 'the demo office sends no request').to.deep.equal([]);
  });
});
