import { expect, html } from '@open-wc/testing';
import '../../define.js';
import { api, recordEvents, toReview, useMockProtocol } from '../../../test/support/protocol-fixture.js';

// The headings after booking and in the manage view say what is true of the booking: booked, waiting for the
// e-mail's link, cancelled, past, or not found, and each offers what to do next.

const mock = useMockProtocol();

/** A booking made straight at the office, for the manage view to open. */
function bookAtOffice(email = 'ada@example.org') {
  const { slots } = mock.backend.availability({
    concerns: [{ id: 'passport', count: 1 }],
    from: '2026-12-01',
    to: '2026-12-31',
    locationId: 'buergerbuero-mitte',
  });
  const hold = mock.backend.hold({
    concerns: [{ id: 'passport', count: 1 }],
    locationId: 'buergerbuero-mitte',
    start: slots[0]!.start,
  });
  return mock.backend.book(
    { holdId: hold.id, holdToken: hold.token, contact: { name: 'Ada', email }, lang: 'de' },
    `key-${email}`,
  );
}

async function openManage(reference: string, token: string) {
  return mock.widget(html`<civic-booking api=${api} reference=${reference} token=${token}></civic-booking>`);
}

describe('<civic-booking> headings that tell the truth', () => {
  it('says cancelled in the heading once the citizen cancels after booking, and offers a new booking', async () => {
    const { element, page } = await mock.widget();
    const events = recordEvents(element);
    await toReview(page);
    page.button('Termin verbindlich buchen').click();
    await page.waitForHeading('Ihr Termin ist gebucht');
    await page.waitFor(() => !!page.detailsButton('Termin absagen'), 'the cancel button');
    page.detailsButton('Termin absagen')!.click();
    await page.settled();
    page.detailsButton('Ja, absagen')!.click();
    await page.waitForHeading('Ihr Termin ist abgesagt');
    expect(events.some((event) => event.type === 'civic-cancelled')).to.equal(true);
    expect(page.text()).not.to.contain('gebucht');
    expect(page.hasButton('Weiteren Termin buchen')).to.equal(false);
    await expect(element).to.be.accessible();
    page.button('Neuen Termin buchen').click();
    await page.waitForHeading('Worum geht es?');
  });

  it('asks in the heading to confirm by e-mail within the minutes the office gives', async () => {
    const { element, page } = await mock.widget();
    await toReview(page, { name: 'Ada Yılmaz', email: 'ada@verify.example' });
    page.button('Termin verbindlich buchen').click();
    await page.waitForHeading('Bitte bestätigen Sie Ihren Termin innerhalb von 30 Minuten per E-Mail');
    // Nothing claims a booking that is not confirmed.
    expect(page.text()).not.to.contain('ist gebucht');
    expect(page.details()).to.contain('Wartet auf Ihre Bestätigung');
    await expect(element).to.be.accessible();
  });

  it('says a wrong or expired manage link does not work, what may have happened, and offers to book anew', async () => {
    const booking = bookAtOffice();
    const { element, page } = await openManage(booking.reference, 'not-the-token');
    await page.waitForHeading('Dieser Link funktioniert nicht');
    expect(page.error()).to.contain('nicht gefunden').and.contain('neuen Termin buchen');
    expect(page.text()).not.to.contain(booking.reference);
    await expect(element).to.be.accessible();
    page.button('Neuen Termin buchen').click();
    await page.waitForHeading('Worum geht es?');
    expect(page.error()).to.equal('');
  });

  it('opens a cancelled booking as cancelled, with nothing to cancel or change and a new booking offered', async () => {
    const booking = bookAtOffice();
    mock.backend.cancel(booking.reference, booking.token!);
    const { element, page } = await openManage(booking.reference, booking.token!);
    await page.waitForHeading('Ihr Termin ist abgesagt');
    expect(page.detailsButton('Termin absagen')).to.equal(undefined);
    expect(page.detailsButton('Termin verschieben')).to.equal(undefined);
    expect(page.hasButton('Neuen Termin buchen')).to.equal(true);
    await expect(element).to.be.accessible();
  });

  it('opens a booking whose time has passed as past, with nothing to cancel or change', async () => {
    const booking = bookAtOffice();
    mock.clock.time = Date.parse(booking.end) + 60_000;
    const { element, page } = await openManage(booking.reference, booking.token!);
    await page.waitForHeading('Dieser Termin liegt in der Vergangenheit');
    expect(page.details()).to.contain(booking.reference);
    expect(page.detailsButton('Termin absagen')).to.equal(undefined);
    expect(page.detailsButton('Termin verschieben')).to.equal(undefined);
    expect(page.hasButton('Neuen Termin buchen')).to.equal(true);
    await expect(element).to.be.accessible();
  });

  it('opens an open booking under its own heading, with cancel and another booking offered', async () => {
    const booking = bookAtOffice();
    const { page } = await openManage(booking.reference, booking.token!);
    await page.waitForHeading('Ihr Termin');
    expect(page.detailsButton('Termin absagen')).not.to.equal(undefined);
    expect(page.hasButton('Weiteren Termin buchen')).to.equal(true);
  });
});
