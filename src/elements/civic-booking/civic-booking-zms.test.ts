import { expect, html } from '@open-wc/testing';
import { render } from 'lit';
import { ZmsAdapter } from '../../adapters/zms/zms-adapter.js';
import '../../define.js';
import { startMockBackend, type MockBackend } from '../../mocks/browser.js';
import { createZmsHandlers } from '../../mocks/zms/zms-handlers.js';
import { BookingWidgetPage } from '../../../test/page-objects/booking-widget-page.js';
import { recordEvents, TestClock, toReview } from '../../../test/support/protocol-fixture.js';
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

async function zmsWidget(generation: 'current' | 'legacy') {
  const clock = new TestClock();
  mock.worker.use(...createZmsHandlers({ baseUrl, generation, now: clock.now }));
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
  await page.waitForHeading('Ihr Termin ist gebucht');
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
    // One probe finds out the generation; then the day list, and the appointments of each listed day of the
    // month (our calendar marks only days that really have a time; upstream's legacy view loaded a day on click).
    const [catalog, probe, days, ...rest] = requests;
    expect([catalog, probe, days]).to.deep.equal([
      'GET /offices-and-services/',
      'GET /available-calendar/',
      'GET /available-days-by-office/',
    ]);
    expect(rest.slice(-3)).to.deep.equal([
      'POST /reserve-appointment/',
      'POST /update-appointment/',
      'POST /preconfirm-appointment/',
    ]);
    const dayRequests = rest.slice(0, -3);
    expect(dayRequests.length).to.be.greaterThan(0);
    expect(new Set(dayRequests)).to.deep.equal(new Set(['GET /available-appointments-by-office/']));
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
});
