import { html, render, type TemplateResult } from 'lit';
import { HttpResponse } from 'msw';
import { DemoBackend } from '../../src/adapters/demo/demo-backend.js';
import type { CivicBooking } from '../../src/elements/civic-booking/civic-booking.js';
import { startMockBackend, type MockBackend } from '../../src/mocks/browser.js';
import { MockCaptcha } from '../../src/mocks/mock-captcha.js';
import { createProtocolHandlers } from '../../src/mocks/protocol-handlers.js';
import { BookingWidgetPage } from '../page-objects/booking-widget-page.js';

/** Where the mocked Civic Booking Protocol answers: same origin, so no CORS. */
export const api = `${location.origin}/api/v1`;

export interface RecordedRequest {
  method: string;
  path: string;
  headers: Headers;
  credentials: RequestCredentials;
  body: string;
}

/** A refusal as the protocol answers it (SPEC section 3): `application/problem+json` with its `code`. */
export function problem(status: number, code: string, extra: Record<string, unknown> = {}, headers: HeadersInit = {}) {
  return HttpResponse.json(
    { type: 'about:blank', title: code, status, code, ...extra },
    { status, headers: { 'Content-Type': 'application/problem+json', ...headers } },
  );
}

/** A clock the tests can move; the widget and the mocked office both read it. */
export class TestClock {
  time: number;
  constructor(iso = '2026-12-01T08:00:00+01:00') {
    this.time = Date.parse(iso);
  }
  readonly now = () => new Date(this.time);
  advance(seconds: number): void {
    this.time += seconds * 1000;
  }
}

/**
 * Serves the protocol over a fresh demo office for every test of the calling file and records every request.
 * With `captcha`, the office asks for an ALTCHA captcha before it holds a slot. Call once at the top of a
 * test file.
 */
export function useMockProtocol(options: { captcha?: boolean } = {}) {
  let mock: MockBackend;
  const containers: HTMLElement[] = [];
  const state = {
    backend: null as unknown as DemoBackend,
    captcha: undefined as MockCaptcha | undefined,
    clock: new TestClock(),
    requests: [] as RecordedRequest[],
  };

  before(async () => {
    mock = await startMockBackend({ baseUrl: api });
    mock.worker.events.on('request:start', async ({ request }) => {
      const url = new URL(request.url);
      if (!url.pathname.startsWith('/api/')) return;
      const entry = {
        method: request.method,
        path: url.pathname + url.search,
        headers: request.headers,
        credentials: request.credentials,
        body: '',
      };
      state.requests.push(entry);
      entry.body = await request.clone().text();
    });
  });

  after(() => mock.stop());

  afterEach(() => containers.splice(0).forEach((container) => container.remove()));

  beforeEach(() => {
    state.requests = [];
    state.clock = new TestClock();
    state.backend = new DemoBackend({ now: state.clock.now });
    state.captcha = options.captcha ? new MockCaptcha() : undefined;
    mock.worker.resetHandlers(
      ...createProtocolHandlers({ baseUrl: api, backend: state.backend, captcha: state.captcha }),
    );
  });

  return {
    get backend() {
      return state.backend;
    },
    get clock() {
      return state.clock;
    },
    /** The office's captcha, when it asks for one. */
    get captcha() {
      return state.captcha;
    },
    /** Every request to the backend, as `METHOD /path?query`. */
    get requests() {
      return state.requests.map((request) => `${request.method} ${request.path}`);
    },
    get recorded() {
      return state.requests;
    },
    /** Serves a fresh office that changes bookings only by booking anew and cancelling (no `reschedule`). */
    withoutReschedule() {
      state.backend = new DemoBackend({ now: state.clock.now, reschedule: false });
      mock.worker.resetHandlers(
        ...createProtocolHandlers({ baseUrl: api, backend: state.backend, captcha: state.captcha }),
      );
    },
    /** The msw worker, to make the next answers fail. */
    get worker() {
      return mock.worker;
    },
    /** A `<civic-booking>` in a German page, on the test clock from its very first request. */
    async widget(
      template: TemplateResult = html`<civic-booking
        api=${api}
        privacy-url="https://www.example.org/privacy"
      ></civic-booking>`,
    ) {
      const container = document.createElement('div');
      container.lang = 'de';
      render(template, container);
      const element = container.firstElementChild as CivicBooking;
      element.now = state.clock.now;
      document.body.append(container);
      containers.push(container);
      await element.updateComplete;
      return { element, page: new BookingWidgetPage(element) };
    },
  };
}

/** Every event `<civic-booking>` fires, in order. */
export function recordEvents(element: HTMLElement) {
  const events: { type: string; detail: unknown }[] = [];
  for (const type of ['civic-step-change', 'civic-booked', 'civic-cancelled', 'civic-rescheduled', 'civic-error']) {
    element.addEventListener(type, (event) => events.push({ type, detail: (event as CustomEvent).detail }));
  }
  return events;
}

/** From the concern list to the times of a passport appointment at any location, without waiting for them. */
export async function requestTimes(page: BookingWidgetPage) {
  await page.waitForHeading('Worum geht es?');
  page.concerns().checkbox('Reisepass beantragen').click();
  await page.settled();
  page.button('Weiter').click();
  await page.waitForHeading('Wo?');
  page.locations().radio('Frühester Termin an einem beliebigen Standort').click();
  await page.settled();
  page.button('Weiter').click();
}

/** From the concern list to the first free time of a passport appointment at any location. */
export async function toTimes(page: BookingWidgetPage) {
  await requestTimes(page);
  await page.waitForHeading('Datum und Uhrzeit');
  await page.waitFor(() => page.slots().buttons().length > 0, 'the times of the first free day');
}

/** From the concern list to the contact form, with the first free time held. */
export async function toContact(page: BookingWidgetPage) {
  await toTimes(page);
  page.slots().buttons()[0]!.click();
  await page.waitForHeading('Ihre Kontaktdaten');
}

/** From the concern list to the review, with contact details entered. */
export async function toReview(
  page: BookingWidgetPage,
  contact: { name: string; email: string; phone?: string } = { name: 'Ada Yılmaz', email: 'ada@example.org' },
) {
  await toContact(page);
  const form = page.contact();
  form.fill('name', contact.name);
  form.fill('email', contact.email);
  if (contact.phone) form.fill('phone', contact.phone);
  form.toggleConsent();
  await page.settled();
  page.button('Weiter').click();
  await page.waitForHeading('Prüfen und buchen');
}
