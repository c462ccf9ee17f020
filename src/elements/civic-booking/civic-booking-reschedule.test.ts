import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http } from 'msw';
import '../../define.js';
import { api, problem, recordEvents, useMockProtocol } from '../../../test/support/protocol-fixture.js';
import type { BookingWidgetPage } from '../../../test/page-objects/booking-widget-page.js';
import type { Booking } from '../../domain/types.js';

// Moving an appointment from the manage link: the old one stays until the new one is sure, in one step where
// the office can, else by booking the new time and then cancelling the old one.

const mock = useMockProtocol();

const passport = [{ id: 'passport', count: 1 }];
const REVIEW = 'Änderung prüfen';
const DONE = 'Ihr Termin ist verschoben';

/** A booking made straight at the office, on the first free time at the Bürgerbüro Mitte. */
function bookAtOffice(): Booking & { token: string } {
  const { slots } = mock.backend.availability({
    concerns: passport,
    from: '2026-12-01',
    to: '2026-12-31',
    locationId: 'buergerbuero-mitte',
  });
  const hold = mock.backend.hold({ concerns: passport, locationId: 'buergerbuero-mitte', start: slots[0]!.start });
  const booking = mock.backend.book(
    { holdId: hold.id, holdToken: hold.token, contact: { name: 'Ada', email: 'ada@example.org' }, lang: 'de' },
    'first-booking',
  );
  return booking as Booking & { token: string };
}

/** Whether the office would offer this start again at the Bürgerbüro Mitte. */
function isFree(start: string): boolean {
  const { slots } = mock.backend.availability({
    concerns: passport,
    from: '2026-12-01',
    to: '2026-12-31',
    locationId: 'buergerbuero-mitte',
  });
  return slots.some((slot) => slot.start === start);
}

/** Presses Enter on a control, as a keyboard user does once it has the focus. */
async function press(control: HTMLElement) {
  control.focus();
  await sendKeys({ press: 'Enter' });
}

/** From the manage link to the review of a move to the last bookable day of the month, by keyboard. */
async function toReviewOfMove(page: BookingWidgetPage, contact?: { name: string; email: string }) {
  await page.waitFor(() => !!page.detailsButton('Termin verschieben'), 'the change button');
  await press(page.detailsButton('Termin verschieben')!);
  await page.waitForHeading('Wo?');
  expect(page.locations().checked(), 'the booked location').to.equal('Bürgerbüro Mitte');
  await press(page.button('Weiter'));
  await page.waitForHeading('Neue Zeit wählen');
  await page.waitFor(() => page.slots().buttons().length > 0, 'the times');
  const calendar = page.calendar();
  const day = calendar.bookable().at(-1)!;
  await press(calendar.dayButton(day));
  await page.waitFor(() => calendar.selected().includes(day) && page.slots().buttons().length > 0, 'its times');
  await press(page.slots().buttons()[0]!);
  if (contact) {
    await page.waitForHeading('Ihre Kontaktdaten');
    const form = page.contact();
    form.fill('name', contact.name);
    form.fill('email', contact.email);
    form.toggleConsent();
    await page.settled();
    await press(page.button('Weiter'));
  }
  await page.waitForHeading(REVIEW);
}

async function openManage(booking: Booking & { token: string }) {
  return mock.widget(
    html`<civic-booking api=${api} reference=${booking.reference} token=${booking.token}></civic-booking>`,
  );
}

const moves = () => mock.requests.filter((request) => request.startsWith('POST /api/v1/bookings/'));

describe('<civic-booking> moving an appointment', () => {
  it('moves it in one step by keyboard: old and new side by side, then the old slot free again', async () => {
    const old = bookAtOffice();
    const { element, page } = await openManage(old);
    const events = recordEvents(element);
    await toReviewOfMove(page);
    const review = page.review().element.shadowRoot!.textContent!;
    expect(review).to.contain('Bisheriger Termin').and.contain('Neuer Termin');
    expect(page.hasButton('Termin verbindlich verschieben')).to.equal(true);
    await expect(element).to.be.accessible();
    await press(page.button('Termin verbindlich verschieben'));
    await page.waitForHeading(DONE);
    expect(page.details()).to.contain('ist freigegeben');
    await expect(element).to.be.accessible();

    const moved = events.find((event) => event.type === 'civic-rescheduled')!.detail as {
      booking: Booking & { token: string };
      previous: { reference: string; start: string };
    };
    expect(moved.previous).to.deep.include({ reference: old.reference, start: old.start });
    expect(moved.booking.reference).to.equal(old.reference);
    expect(moved.booking.start).not.to.equal(old.start);
    expect(moves()).to.deep.equal([`POST /api/v1/bookings/${old.reference}/reschedule`]);
    const request = mock.recorded.find((entry) => entry.path.endsWith('/reschedule'))!;
    expect(request.headers.get('Authorization')).to.equal(`Bearer ${old.token}`);
    expect(request.headers.get('Idempotency-Key')).to.match(/^[0-9a-f-]{36}$/);
    // The office holds one booking, at the new time, and offers the old time to others again.
    const now = mock.backend.getBooking(old.reference, moved.booking.token);
    expect(now.start).to.equal(moved.booking.start);
    expect(now.status).to.equal('confirmed');
    expect(isFree(old.start), 'the old slot is bookable again').to.equal(true);
    expect(mock.requests.some((entry) => entry.startsWith('DELETE /api/v1/bookings'))).to.equal(false);
  });

  it('without one-step changes, books the new time first and cancels the old one only after', async () => {
    mock.withoutReschedule();
    const old = bookAtOffice();
    const { element, page } = await openManage(old);
    const events = recordEvents(element);
    await toReviewOfMove(page, { name: 'Ada Yılmaz', email: 'ada@example.org' });
    await press(page.button('Termin verbindlich verschieben'));
    await page.waitForHeading(DONE);
    const booked = mock.requests.indexOf('POST /api/v1/bookings');
    const cancelled = mock.requests.indexOf(`DELETE /api/v1/bookings/${old.reference}`);
    expect(booked, 'the new time booked').to.be.greaterThan(-1);
    expect(cancelled, 'the old one cancelled after').to.be.greaterThan(booked);
    expect(mock.backend.getBooking(old.reference, old.token).status).to.equal('cancelled');
    expect(isFree(old.start)).to.equal(true);
    expect(page.details()).to.contain('ist freigegeben');
    expect(events.filter((event) => event.type === 'civic-rescheduled')).to.have.length(1);
    await expect(element).to.be.accessible();
  });

  for (const [code, heading] of [
    ['slot-taken', 'Neue Zeit wählen'],
    ['hold-expired', 'Neue Zeit wählen'],
    ['too-late', REVIEW],
  ] as const) {
    it(`keeps the old appointment untouched on ${code}, and says so`, async () => {
      const old = bookAtOffice();
      const { element, page } = await openManage(old);
      await toReviewOfMove(page);
      mock.worker.use(http.post(`${api}/bookings/:reference/reschedule`, () => problem(409, code), { once: true }));
      await press(page.button('Termin verbindlich verschieben'));
      await page.waitFor(() => page.error() !== '', 'an error');
      await page.waitForHeading(heading);
      expect(page.error()).to.contain('Ihr bisheriger Termin bleibt bestehen.');
      const kept = mock.backend.getBooking(old.reference, old.token);
      expect(kept).to.deep.include({ start: old.start, status: 'confirmed' });
      await expect(element).to.be.accessible();
    });
  }

  it('shows a failed cancellation of the old one with a retry, and never hides the two appointments', async () => {
    mock.withoutReschedule();
    const old = bookAtOffice();
    const { element, page } = await openManage(old);
    await toReviewOfMove(page, { name: 'Ada Yılmaz', email: 'ada@example.org' });
    mock.worker.use(http.delete(`${api}/bookings/${old.reference}`, () => problem(503, 'unavailable'), { once: true }));
    await press(page.button('Termin verbindlich verschieben'));
    await page.waitForHeading(DONE);
    await page.waitFor(() => page.text().includes('zwei Termine'), 'the two appointments said');
    expect(page.root.querySelectorAll('[part~="previous"]'), 'said once').to.have.length(1);
    expect(mock.backend.getBooking(old.reference, old.token).status).to.equal('confirmed');
    await expect(element).to.be.accessible();
    await press(page.button('Bisherigen Termin jetzt absagen'));
    await page.waitFor(() => page.details().includes('ist freigegeben'), 'the old one released');
    expect(page.text()).not.to.contain('zwei Termine');
    expect(mock.backend.getBooking(old.reference, old.token).status).to.equal('cancelled');
    await expect(element).to.be.accessible();
  });

  it('keeps the old one while the new one waits for its e-mail link, and offers to cancel it', async () => {
    mock.withoutReschedule();
    const old = bookAtOffice();
    const { element, page } = await openManage(old);
    await toReviewOfMove(page, { name: 'Ada Yılmaz', email: 'ada@verify.example' });
    await press(page.button('Termin verbindlich verschieben'));
    await page.waitForHeading('Bitte bestätigen Sie Ihren Termin innerhalb von 30 Minuten per E-Mail');
    expect(page.text()).to.contain('Ihr bisheriger Termin bleibt bestehen.');
    expect(mock.requests).not.to.include(`DELETE /api/v1/bookings/${old.reference}`);
    expect(mock.backend.getBooking(old.reference, old.token).status).to.equal('confirmed');
    await expect(element).to.be.accessible();
    await press(page.button('Bisherigen Termin jetzt absagen'));
    await page.waitFor(() => page.details().includes('ist freigegeben'), 'the old one released');
    expect(mock.backend.getBooking(old.reference, old.token).status).to.equal('cancelled');
  });

  it('changes once, however often the final button is pressed', async () => {
    const old = bookAtOffice();
    const { element, page } = await openManage(old);
    const events = recordEvents(element);
    await toReviewOfMove(page);
    const submit = page.button('Termin verbindlich verschieben');
    submit.click();
    submit.click();
    submit.click();
    await page.waitForHeading(DONE);
    expect(moves()).to.have.length(1);
    expect(events.filter((event) => event.type === 'civic-rescheduled')).to.have.length(1);
  });

  it('explains in the manage view when cancelling is too late, and keeps the booking shown', async () => {
    const old = bookAtOffice();
    const { element, page } = await openManage(old);
    await page.waitFor(() => !!page.detailsButton('Termin absagen'), 'the cancel button');
    mock.worker.use(http.delete(`${api}/bookings/${old.reference}`, () => problem(409, 'too-late'), { once: true }));
    await press(page.detailsButton('Termin absagen')!);
    await page.settled();
    expect(page.details(), 'a confirming step first').to.contain('Möchten Sie');
    await press(page.detailsButton('Ja, absagen')!);
    await page.waitFor(() => page.error() !== '', 'the error');
    expect(page.error()).to.contain('nicht mehr online geändert oder abgesagt werden');
    expect(page.error()).to.contain('wenden Sie sich direkt an die Stelle');
    expect(page.details()).to.contain(old.reference);
    await expect(element).to.be.accessible();
  });

  it('right after booking, offers no time that the new booking took', async () => {
    const { element, page } = await mock.widget();
    const events = recordEvents(element);
    // A concern of one location: the change asks for the same times as the booking did.
    await page.waitForHeading('Worum geht es?');
    page.concerns().checkbox('Aufenthaltserlaubnis verlängern').click();
    await page.settled();
    page.button('Weiter').click();
    await page.waitFor(() => page.slots().buttons().length > 0, 'the times');
    page.slots().buttons()[0]!.click();
    await page.waitForHeading('Ihre Kontaktdaten');
    page.contact().fill('name', 'Ada Yılmaz');
    page.contact().fill('email', 'ada@example.org');
    page.contact().toggleConsent();
    await page.settled();
    page.button('Weiter').click();
    await page.waitForHeading('Prüfen und buchen');
    page.button('Termin verbindlich buchen').click();
    await page.waitForHeading('Ihr Termin ist gebucht');
    const { booking } = events.find((event) => event.type === 'civic-booked')!.detail as { booking: Booking };
    await page.waitFor(() => !!page.detailsButton('Termin verschieben'), 'the change button');
    await press(page.detailsButton('Termin verschieben')!);
    await page.waitForHeading('Neue Zeit wählen');
    await page.waitFor(() => page.slots().buttons().length > 0, 'the times');
    const time = new Intl.DateTimeFormat('de-DE', { timeStyle: 'short', timeZone: 'Europe/Berlin' });
    const shown = page
      .slots()
      .buttons()
      .map((button) => button.textContent!.trim());
    expect(page.calendar().selected()).to.deep.equal([booking.start.slice(0, 10)]);
    expect(shown).not.to.include(time.format(new Date(booking.start)));
    // Nor one that overlaps it: the next free time starts when the booking ends, or later.
    expect(
      shown[0]! >= time.format(new Date(booking.end)) || shown[0]! < time.format(new Date(booking.start)),
    ).to.equal(true);
  });

  it('leads back to the appointment unchanged from the first step of a change', async () => {
    const old = bookAtOffice();
    const { page } = await openManage(old);
    await page.waitFor(() => !!page.detailsButton('Termin verschieben'), 'the change button');
    await press(page.detailsButton('Termin verschieben')!);
    await page.waitForHeading('Wo?');
    await press(page.button('Zurück zu meinem Termin'));
    await page.waitFor(() => page.details().includes(old.reference), 'the booking shown again');
    expect(mock.backend.getBooking(old.reference, old.token).start).to.equal(old.start);
  });
});
