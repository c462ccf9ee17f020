// Over 350 lines on purpose: the widget against the ZMS mock, in one describe block per way of naming the backend.
import { aTimeout, expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { render } from 'lit';
import { ZmsAdapter } from '../../adapters/zms/zms-adapter.js';
import '../../define.js';
import { startMockBackend, type MockBackend } from '../../mocks/browser.js';
import { createZmsHandlers } from '../../mocks/zms/zms-handlers.js';
import { ID_CARD, RUPPERTSTRASSE } from '../../mocks/zms/zms-office.js';
import { BookingWidgetPage } from '../../../test/page-objects/booking-widget-page.js';
import { recordEvents, TestClock, toContact, toReview } from '../../../test/support/protocol-fixture.js';
import type { CivicBooking } from './civic-booking.js';

const basePath = '/buergeransicht/api/citizen';
const baseUrl = `${location.origin}${basePath}`;
let mock: MockBackend;
let requests: string[] = [];
const containers: HTMLElement[] = [];

before(async () => {
  mock = await startMockBackend({ baseUrl: `${location.origin}/unused-protocol` });
  mock.worker.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (url.pathname.startsWith(basePath)) requests.push(`${request.method} ${url.pathname.slice(basePath.length)}`);
  });
});
after(() => mock.stop());
afterEach(() => {
  containers.splice(0).forEach((container) => container.remove());
  mock.worker.resetHandlers();
});

/** A widget on a fresh ZMS office; with `clock`, on the office already installed with that clock. */
async function zmsWidget(generation: 'current' | 'legacy', existing?: TestClock) {
  const clock = existing ?? new TestClock();
  if (!existing) mock.worker.use(...createZmsHandlers({ baseUrl, generation, now: clock.now }));
  requests = [];
  const container = document.createElement('div');
  container.lang = 'de';
  render(
    html`<civic-booking
      .adapter=${new ZmsAdapter({ baseUrl, now: clock.now })}
      privacy-url="https://www.example.org/privacy"
    ></civic-booking>`,
    container,
  );
  const element = container.firstElementChild as CivicBooking;
  element.now = clock.now;
  document.body.append(container);
  containers.push(container);
  await element.updateComplete;
  return { element, page: new BookingWidgetPage(element) };
}

/** Books a passport appointment at the earliest location, as a citizen would. */
async function bookPassport(page: BookingWidgetPage) {
  await toReview(page, { name: 'Ada Yılmaz', email: 'ada@example.org', phone: '+49 89 233 96000' });
  page.button('Termin verbindlich buchen').click();
  await waitForPending(page);
}

/** ZMS confirms every booking by e-mail: the heading asks for it, with the minutes the scope allows. */
async function waitForPending(page: BookingWidgetPage) {
  await page.waitFor(
    () => /^Bitte bestätigen Sie Ihren Termin innerhalb von \d+ Minuten per E-Mail$/.test(page.heading()),
    'the heading asking to confirm by e-mail',
  );
}

/**
 * A widget on a fresh office whose clock stands at 06:00, so that the time held (08:00 or later) is still ahead
 * when its hold runs out and is renewed; with the count of reservations sent.
 */
async function earlyWidget() {
  const clock = new TestClock('2026-12-01T06:00:00+01:00');
  mock.worker.use(...createZmsHandlers({ baseUrl, generation: 'current', now: clock.now }));
  const widget = await zmsWidget('current', clock);
  const reservations = () => requests.filter((request) => request === 'POST /reserve-appointment/').length;
  return { ...widget, clock, reservations };
}

/** "Für Sie reserviert bis 06:15 Uhr": when the hold shown runs out, as `HH:MM`. */
function heldUntil(page: BookingWidgetPage): string {
  return /Für Sie reserviert bis (\d\d:\d\d) Uhr/.exec(page.text())![1]!;
}

/** Seconds from the clock's time to the end of the hold shown (on the early widget's day, in Berlin). */
function secondsToHoldEnd(clock: TestClock, page: BookingWidgetPage): number {
  return (Date.parse(`2026-12-01T${heldUntil(page)}:00+01:00`) - clock.time) / 1000;
}

/**
 * Moves the clock to just past the hold, before upstream's cleanup at the next full minute has let the old
 * reservation go, and waits for the renewal's first, refused, attempt to be answered.
 */
async function pastTheHold({ clock, page, reservations }: Awaited<ReturnType<typeof earlyWidget>>) {
  clock.advance(secondsToHoldEnd(clock, page) + 1);
  const before = reservations();
  await page.waitFor(() => reservations() > before, 'a renewal tried');
  // Answered by the backend's clock, still within the minute, before the test moves the clock on.
  await aTimeout(500);
}

/** Moves the clock on five seconds at a time, as the widget's retries wait by it, until `done`. */
async function tickUntil(clock: TestClock, done: () => boolean) {
  for (let tick = 0; tick < 30 && !done(); tick += 1) {
    await aTimeout(300);
    clock.advance(5);
  }
}

describe('<civic-booking> with the ZMS citizen API', () => {
  it('books to pending verification with the requests zmscitizenview sends (current API)', async () => {
    const { element, page } = await zmsWidget('current');
    const events = recordEvents(element);
    await bookPassport(page);
    const booked = events.find((event) => event.type === 'civic-booked')!.detail as {
      booking: { reference: string; status: string; verifyWithinMinutes: number };
    };
    expect(booked.booking.status).to.equal('pending-verification');
    expect(page.details()).to.contain(booked.booking.reference);
    // The earliest time is at Ruppertstraße, whose scope lets the activation link live 60 minutes.
    expect(booked.booking.verifyWithinMinutes).to.equal(60);
    // The placeholder e-mail of the reservation never shows.
    expect(`${page.text()} ${page.details()}`).not.to.contain('test@muenchen.de');
    // zmscitizenview: catalog, one calendar call, reserve, update, preconfirm (AppointmentView.vue).
    expect(requests).to.deep.equal([
      'GET /offices-and-services/',
      'GET /available-calendar/',
      'POST /reserve-appointment/',
      'POST /update-appointment/',
      'POST /preconfirm-appointment/',
    ]);
    await expect(element).to.be.accessible();
  });

  it('books to pending verification over the legacy API', async () => {
    const { element, page } = await zmsWidget('legacy');
    const events = recordEvents(element);
    await bookPassport(page);
    expect(
      (events.find((event) => event.type === 'civic-booked')!.detail as { booking: { status: string } }).booking.status,
    ).to.equal('pending-verification');
    // The catalog tells the generation; then the horizon's day list and the times of the first listed day.
    expect(requests).to.deep.equal([
      'GET /offices-and-services/',
      'GET /available-days-by-office/',
      'GET /available-appointments-by-office/',
      'POST /reserve-appointment/',
      'POST /update-appointment/',
      'POST /preconfirm-appointment/',
    ]);
  });

  it('keeps the time past its reservation: renewed once upstream has freed the slot, and then booked', async () => {
    const widget = await earlyWidget();
    const { element, page, clock, reservations } = widget;
    await toContact(page);
    const held = heldUntil(page);
    page.contact().fill('name', 'Ada Yılmaz');
    page.contact().fill('email', 'ada@example.org');
    page.contact().fill('phone', '+49 89 233 96000');
    expect(reservations()).to.equal(1);

    // Upstream cannot lengthen a reservation, and one given back keeps its slot for up to a minute: the widget
    // warns, without offering what it cannot do.
    clock.advance(secondsToHoldEnd(clock, page) - 60);
    await page.waitFor(() => page.text().includes('Ihre Reservierung endet in weniger als einer Minute.'), 'warning');
    expect(page.hasButton('Zeit weiter reservieren')).to.equal(false);

    // Run out, the reservation still takes its slot until upstream's cleanup at the next full minute.
    await pastTheHold(widget);
    expect(reservations()).to.equal(2);
    element.requestUpdate();
    await page.settled();
    expect(page.heading()).to.equal('Ihre Kontaktdaten');
    expect(page.error()).to.equal('');

    // After the cleanup, the same time is held again; nothing typed is lost.
    clock.advance(60);
    const renewed = () => reservations() >= 3 && !page.text().includes(`reserviert bis ${held} Uhr`);
    await tickUntil(clock, renewed);
    await page.waitFor(renewed, 'the renewal');
    expect(page.heading()).to.equal('Ihre Kontaktdaten');
    expect(page.contact().input('name')!.value).to.equal('Ada Yılmaz');
    expect(page.text()).not.to.contain(`reserviert bis ${held} Uhr`);
    page.contact().toggleConsent();
    await page.settled();
    page.button('Weiter').click();
    await page.waitForHeading('Prüfen und buchen');
    page.button('Termin verbindlich buchen').click();
    await waitForPending(page);
  });

  it('books with the renewed reservation when "book" is pressed while the time is being held again', async () => {
    const widget = await earlyWidget();
    const { element, page, clock, reservations } = widget;
    const events = recordEvents(element);
    await toReview(page, { name: 'Ada Yılmaz', email: 'ada@example.org', phone: '+49 89 233 96000' });
    await pastTheHold(widget);
    expect(reservations()).to.equal(2);
    page.button('Termin verbindlich buchen').click();
    page.button('Termin verbindlich buchen').click();
    await page.settled();
    expect(page.button('Wird gebucht …').getAttribute('aria-disabled')).to.equal('true');
    expect(requests).not.to.include('POST /update-appointment/');
    await tickUntil(clock, () => requests.includes('POST /preconfirm-appointment/'));
    await waitForPending(page);
    expect(requests.filter((request) => request === 'POST /update-appointment/')).to.have.length(1);
    expect(events.filter((event) => event.type === 'civic-booked')).to.have.length(1);
  });

  it('books nothing when the citizen goes back while "book" waits for the renewal, and books the corrected address', async () => {
    const widget = await earlyWidget();
    const { element, page, clock } = widget;
    const events = recordEvents(element);
    await toReview(page, { name: 'Ada Yılmaz', email: 'ada@example.org', phone: '+49 89 233 96000' });
    const held = heldUntil(page);
    await pastTheHold(widget);
    page.button('Termin verbindlich buchen').click();
    await page.settled();
    page.button('Zurück').click();
    await page.waitForHeading('Ihre Kontaktdaten');
    page.contact().input('email')!.value = '';
    page.contact().fill('email', 'ada.yilmaz@example.org');
    // Upstream's cleanup at the next full minute lets the old reservation go; the renewal then holds the time.
    clock.advance(60);
    const renewed = () => !page.text().includes(`reserviert bis ${held} Uhr`);
    await tickUntil(clock, renewed);
    await page.waitFor(renewed, 'the renewal');
    await page.settled();
    expect(requests).not.to.include('POST /update-appointment/');
    expect(page.heading()).to.equal('Ihre Kontaktdaten');
    page.button('Weiter').click();
    await page.waitForHeading('Prüfen und buchen');
    const sent: string[] = [];
    const record = async ({ request }: { request: Request }) => {
      if (request.url.endsWith('/update-appointment/')) sent.push(await request.clone().text());
    };
    mock.worker.events.on('request:start', record);
    try {
      page.button('Termin verbindlich buchen').click();
      await waitForPending(page);
    } finally {
      mock.worker.events.removeListener('request:start', record);
    }
    expect(events.filter((event) => event.type === 'civic-booked')).to.have.length(1);
    expect(sent).to.have.length(1);
    expect(JSON.parse(sent[0]!).email).to.equal('ada.yilmaz@example.org');
  });

  for (const generation of ['current', 'legacy'] as const) {
    it(`shows the first time after at most 3 requests from the start, 2 from choosing the service (${generation})`, async () => {
      const { page } = await zmsWidget(generation);
      await page.waitForHeading('Worum geht es?');
      const atStart = requests.length;
      page.concerns().checkbox('Aufenthaltstitel verlängern').click();
      await page.settled();
      page.button('Weiter').click();
      await page.waitFor(() => page.slots().buttons().length > 0, 'the first times');
      expect(atStart).to.equal(1);
      expect(requests.length - atStart, requests.join(', ')).to.be.at.most(2);
      expect(requests.length).to.be.at.most(3);
      expect(page.calendar().bookable().length, 'every weekday of December marked').to.be.greaterThan(15);
    });

    it(`books a time on a day other than the first, chosen by keyboard (${generation})`, async () => {
      const { element, page } = await zmsWidget(generation);
      const events = recordEvents(element);
      await page.waitForHeading('Worum geht es?');
      page.concerns().checkbox('Aufenthaltstitel verlängern').click();
      await page.settled();
      page.button('Weiter').click();
      await page.waitFor(() => page.slots().buttons().length > 0, 'the first times');
      const calendar = page.calendar();
      const [first, second] = calendar.bookable();
      expect(calendar.selected()).to.deep.equal([first]);
      calendar.dayButton(first!).focus();
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'Enter' });
      await page.waitFor(() => page.slots().dayLabel().includes('2. Dezember'), 'the times of the second day');
      expect(calendar.selected()).to.deep.equal([second]);
      const time = page.slots().buttons()[0]!;
      time.focus();
      await sendKeys({ press: 'Enter' });
      await page.waitForHeading('Ihre Kontaktdaten');
      const form = page.contact();
      form.fill('name', 'Ada Yılmaz');
      form.fill('email', 'ada@example.org');
      form.fill('phone', '+49 89 233 96000');
      form.toggleConsent();
      await page.settled();
      page.button('Weiter').click();
      await page.waitForHeading('Prüfen und buchen');
      page.button('Termin verbindlich buchen').click();
      await waitForPending(page);
      const booked = events.find((event) => event.type === 'civic-booked')!.detail as { booking: { start: string } };
      expect(booked.booking.start.slice(0, 10)).to.equal(second);
    });
  }

  it('marks a listed legacy day without a run of free slots as unavailable once found, and says so', async () => {
    const clock = new TestClock();
    mock.worker.use(...createZmsHandlers({ baseUrl, generation: 'legacy', now: clock.now }));
    // Someone else holds every other ten minutes of 2 December at Ruppertstraße: single units stay free, so the
    // legacy day list still names the day, but no run of three is left for an ID card with a passport.
    const other = new ZmsAdapter({ baseUrl, now: clock.now });
    await other.loadCatalog({ lang: 'de' });
    for (let minutes = 10; minutes < 240; minutes += 20) {
      const time = `${String(8 + Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
      await other.holdSlot({
        concerns: [{ id: String(ID_CARD), count: 1 }],
        locationId: String(RUPPERTSTRASSE),
        start: `2026-12-02T${time}:00+01:00`,
      });
    }
    const { page } = await zmsWidget('legacy', clock);
    await page.waitForHeading('Worum geht es?');
    page.concerns().checkbox('Personalausweis beantragen').click();
    await page.settled();
    page.concerns().checkbox('Reisepass beantragen').click();
    await page.settled();
    page.button('Weiter').click();
    await page.waitForHeading('Wo?');
    page.locations().radio('Bürgerbüro Ruppertstraße').click();
    await page.settled();
    page.button('Weiter').click();
    await page.waitFor(() => page.slots().buttons().length > 0, 'the first times');
    const calendar = page.calendar();
    expect(calendar.bookable()).to.include('2026-12-02');
    calendar.dayButton('2026-12-01').focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Enter' });
    await page.waitFor(() => !calendar.bookable().includes('2026-12-02'), 'the day to be marked unavailable');
    expect(page.text()).to.contain('An diesem Tag ist für Ihre Auswahl doch keine Zeit frei.');
    expect(page.slots().text()).to.contain('An diesem Tag sind keine Zeiten frei.');
    expect(calendar.focusedDate(), 'focus stays on the day').to.equal('2026-12-02');
    await expect(page.element).to.be.accessible();
  });
});

describe('<civic-booking backend="zms">', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  /** A widget with `backend="zms"`; with `clock`, it talks to the ZMS office already installed on it. */
  async function zmsByAttribute(existing?: TestClock) {
    const clock = existing ?? new TestClock();
    if (!existing) mock.worker.use(...createZmsHandlers({ baseUrl, generation: 'current', now: clock.now }));
    requests = [];
    const container = document.createElement('div');
    container.lang = 'de';
    render(html`<civic-booking backend="zms" api=${basePath}></civic-booking>`, container);
    const element = container.firstElementChild as CivicBooking;
    element.now = clock.now;
    document.body.append(container);
    containers.push(container);
    return { clock, element, page: new BookingWidgetPage(element) };
  }

  it('solves the captcha of a scope that requires one, for the times and for the hold, and books', async () => {
    const clock = new TestClock();
    mock.worker.use(...createZmsHandlers({ baseUrl, generation: 'current', now: clock.now, captcha: true }));
    const { page } = await zmsByAttribute(clock);
    await bookPassport(page);
    // A token before the calendar, as upstream wants it there too; a fresh solution for the reservation.
    expect(requests).to.deep.equal([
      'GET /offices-and-services/',
      'GET /captcha-challenge/',
      'POST /captcha-verify/',
      'GET /available-calendar/',
      'GET /captcha-challenge/',
      'POST /captcha-verify/',
      'POST /reserve-appointment/',
      'POST /update-appointment/',
      'POST /preconfirm-appointment/',
    ]);
  });

  it('loads the ZMS adapter for the attribute, against a base path relative to the page', async () => {
    const { page } = await zmsByAttribute();
    await page.waitForHeading('Worum geht es?');
    expect(page.concerns().has('Reisepass beantragen')).to.equal(true);
    expect(requests).to.deep.equal(['GET /offices-and-services/']);
  });

  it('confirms the appointment of an activation link, however often the link was encoded, and says so', async () => {
    // A booking waiting for its confirmation, made as the widget makes it.
    const clock = new TestClock();
    mock.worker.use(...createZmsHandlers({ baseUrl, generation: 'current', now: clock.now }));
    const adapter = new ZmsAdapter({ baseUrl, now: clock.now });
    const catalog = await adapter.loadCatalog({ lang: 'de' });
    const concern = catalog.concerns.find((candidate) => candidate.name === 'Reisepass beantragen')!;
    const concerns = [{ id: concern.id, count: 1 }];
    const location = catalog.locations.find((candidate) => candidate.concernIds.includes(concern.id))!;
    const { slots } = await adapter.loadAvailability({
      concerns,
      from: '2026-12-01',
      to: '2026-12-31',
      locationId: location.id,
    });
    const hold = await adapter.holdSlot({ concerns, locationId: location.id, start: slots[0]!.start });
    const pending = await adapter.book({
      hold,
      contact: { name: 'Ada Yılmaz', email: 'ada@example.org' },
      lang: 'de',
      idempotencyKey: 'activation-test',
    });
    expect(pending.status).to.equal('pending-verification');

    // The link as an iOS mail client delivers it: URL-encoded twice.
    const payload = btoa(JSON.stringify({ id: Number(hold.id), authKey: hold.token }));
    history.replaceState(null, '', `#/appointment/confirm/${encodeURIComponent(encodeURIComponent(payload))}`);
    const { element, page } = await zmsByAttribute(clock);
    await page.waitForHeading('Ihr Termin');
    await page.waitFor(() => page.details().includes('Bestätigt'), 'the confirmed status');
    expect(page.details()).to.contain('Vielen Dank: Ihr Termin ist bestätigt.');
    expect(requests).to.include('POST /confirm-appointment/');
    expect(window.location.hash, 'the credentials leave the address bar').to.equal('');
    await expect(element).to.be.accessible();
  });

  it('explains a link it cannot confirm and lets the citizen book anew', async () => {
    const payload = btoa(JSON.stringify({ id: 999999, authKey: 'abcd' }));
    history.replaceState(null, '', `#/appointment/confirm/${payload}`);
    const { page } = await zmsByAttribute();
    await page.waitForHeading('Worum geht es?');
    await page.waitFor(() => page.error() !== '', 'the error');
    expect(page.error()).to.contain('Wir haben diesen Termin nicht gefunden');
    expect(page.hasButton('Erneut versuchen')).to.equal(false);
    expect(page.concerns().has('Reisepass beantragen')).to.equal(true);
  });
  it('changes an appointment by booking the new time, keeping the old one until the new one is confirmed', async () => {
    const { element, page } = await zmsWidget('current');
    await bookPassport(page);
    const details = () => [...page.detailsElement().shadowRoot!.querySelectorAll('button')];
    const button = (label: string) => details().find((candidate) => candidate.textContent!.trim() === label);
    await page.waitFor(() => !!button('Termin verschieben'), 'the change button');
    requests = [];
    button('Termin verschieben')!.click();
    // ZMS has no way to move an appointment: the new one is booked like a new booking, with the contact form.
    await page.waitForHeading('Wo?');
    page.button('Weiter').click();
    await page.waitForHeading('Neue Zeit wählen');
    await page.waitFor(() => page.slots().buttons().length > 1, 'the times');
    page.slots().buttons()[1]!.click();
    await page.waitForHeading('Ihre Kontaktdaten');
    const form = page.contact();
    form.fill('name', 'Ada Yılmaz');
    form.fill('email', 'ada@example.org');
    if (form.input('phone')) form.fill('phone', '+49 89 233 96000');
    // What was typed for the first booking is still there, the consent too.
    if (!form.input('consent')!.checked) form.toggleConsent();
    await page.settled();
    page.button('Weiter').click();
    await page.waitForHeading('Änderung prüfen');
    page.button('Termin verbindlich verschieben').click();
    await waitForPending(page);
    expect(page.text()).to.contain('Ihr bisheriger Termin bleibt bestehen.');
    expect(requests).to.include('POST /preconfirm-appointment/');
    expect(requests, 'the old one stays').not.to.include('POST /cancel-appointment/');
    await expect(element).to.be.accessible();
    page.button('Bisherigen Termin jetzt absagen').click();
    await page.waitFor(() => page.details().includes('ist freigegeben'), 'the old one released');
    expect(requests.filter((request) => request === 'POST /cancel-appointment/')).to.have.length(1);
  });
});
