import { aTimeout, expect, html } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import { RestAdapter } from '../../adapters/rest/rest-adapter.js';
import '../../define.js';
import {
  api,
  problem,
  recordEvents,
  requestTimes,
  toContact,
  toReview,
  toTimes,
  useMockProtocol,
} from '../../../test/support/protocol-fixture.js';
import type { BookingWidgetPage } from '../../../test/page-objects/booking-widget-page.js';

// Every failure a citizen can meet: each shows a clear message, takes focus, offers a retry where one makes
// sense, and loses nothing that was typed.

const mock = useMockProtocol();

/** Whether focus is on the error message (compared by identity: chai's diff of DOM nodes is slow). */
function errorHasFocus(page: BookingWidgetPage): boolean {
  return page.root.activeElement !== null && page.root.activeElement === page.errorElement();
}

async function expectTypedKept(page: BookingWidgetPage) {
  await page.waitForHeading('Ihre Kontaktdaten');
  expect(page.contact().input('name')!.value).to.equal('Ada Yılmaz');
  expect(page.contact().input('email')!.value).to.equal('ada@example.org');
}

describe('<civic-booking> under faults', () => {
  describe('reading', () => {
    it('says when the network is down, and loads on retry', async () => {
      mock.worker.use(http.get(`${api}/catalog`, () => HttpResponse.error(), { once: true }));
      const { element, page } = await mock.widget();
      await page.waitFor(() => page.error() !== '', 'an error');
      expect(page.error()).to.contain('Keine Verbindung zum Buchungsdienst');
      await expect(element).to.be.accessible();
      page.button('Erneut versuchen').click();
      await page.waitForHeading('Worum geht es?');
    });

    it('says when the backend does not answer in time', async () => {
      mock.worker.use(
        http.get(`${api}/catalog`, async () => {
          await delay(2000);
          return HttpResponse.json({});
        }),
      );
      const { page } = await mock.widget(
        html`<civic-booking .adapter=${new RestAdapter({ baseUrl: api, timeoutMs: 150 })}></civic-booking>`,
      );
      await page.waitFor(() => page.error() !== '', 'an error');
      expect(page.error()).to.contain('Der Buchungsdienst antwortet nicht');
      expect(page.hasButton('Erneut versuchen')).to.equal(true);
    });

    it('explains a server error and an answer that is not JSON when loading times, and retries', async () => {
      const { page } = await mock.widget();
      mock.worker.use(
        http.get(`${api}/availability`, () => new HttpResponse('<html>Bad gateway</html>', { status: 502 }), {
          once: true,
        }),
      );
      await requestTimes(page);
      await page.waitFor(() => page.error() !== '', 'an error');
      expect(page.error()).to.contain('Etwas ist schiefgelaufen');
      expect(errorHasFocus(page), 'the error has focus').to.equal(true);

      mock.worker.use(
        http.get(`${api}/availability`, () => new HttpResponse('{"slots": [', { status: 200 }), { once: true }),
      );
      page.button('Erneut versuchen').click();
      await page.settled();
      await page.waitFor(() => page.error() !== '', 'the second error');
      expect(page.error()).to.contain('Etwas ist schiefgelaufen');
      page.button('Erneut versuchen').click();
      await page.waitFor(() => page.slots().buttons().length > 0, 'times after the retry');
      expect(page.error()).to.equal('');
    });

    it('waits as long as Retry-After says when rate-limited, says so, and then tries again by itself', async () => {
      const { element, page } = await mock.widget();
      mock.worker.use(
        http.get(`${api}/availability`, () => problem(429, 'rate-limited', {}, { 'Retry-After': '10' }), {
          once: true,
        }),
      );
      const asked = () => mock.requests.filter((request) => request.startsWith('GET /api/v1/availability')).length;
      await requestTimes(page);
      await page.waitFor(() => page.error() !== '', 'an error');
      expect(page.error()).to.contain('Gerade kommen zu viele Anfragen an.');
      expect(page.error()).to.contain('in 10 Sekunden');
      expect(page.button('Erneut versuchen').getAttribute('aria-disabled')).to.equal('true');
      const refused = asked();
      mock.clock.advance(9);
      element.requestUpdate();
      await page.settled();
      // Time for a request to go out and be answered, were one made.
      await aTimeout(300);
      await page.settled();
      expect(page.error()).to.contain('in 10 Sekunden');
      expect(asked(), 'no request before the backend allows one').to.equal(refused);
      mock.clock.advance(1);
      await page.waitFor(() => page.slots().buttons().length > 0, 'times after the wait', 4000);
      expect(asked()).to.equal(refused + 1);
    });

    it('says when the office is in maintenance', async () => {
      mock.worker.use(
        http.get(`${api}/catalog`, () => problem(503, 'unavailable', {}, { 'Retry-After': '120' }), { once: true }),
      );
      const { element, page } = await mock.widget();
      const events = recordEvents(element);
      await page.waitFor(() => page.error() !== '', 'an error');
      expect(page.error()).to.contain('Wartung');
      expect(page.error()).to.contain('in 120 Sekunden');
      expect(events.map((event) => event.type)).to.include('civic-error');
    });
  });

  describe('holding and booking', () => {
    it('keeps the citizen on the times when the slot was taken before it could be held', async () => {
      const { page } = await mock.widget();
      await toTimes(page);
      mock.worker.use(http.post(`${api}/holds`, () => problem(409, 'slot-taken'), { once: true }));
      page.slots().buttons()[0]!.click();
      await page.waitFor(() => page.error() !== '', 'an error');
      expect(page.heading()).to.equal('Datum und Uhrzeit');
      expect(page.error()).to.contain('gerade vergeben');
      expect(errorHasFocus(page), 'the error has focus').to.equal(true);
      await page.waitFor(() => page.slots().buttons().length > 0, 'reloaded times');
    });

    it('sends the citizen back to the times, with everything typed kept, when the slot was taken at booking', async () => {
      const { element, page } = await mock.widget();
      await toReview(page);
      mock.worker.use(http.post(`${api}/bookings`, () => problem(409, 'slot-taken'), { once: true }));
      page.button('Termin verbindlich buchen').click();
      await page.waitForHeading('Datum und Uhrzeit');
      expect(page.error()).to.contain('gerade vergeben');
      await expect(element).to.be.accessible();
      await page.waitFor(() => page.slots().buttons().length > 0, 'times');
      page.slots().buttons()[0]!.click();
      await expectTypedKept(page);
    });

    it('sends the citizen back to the times when the hold ran out at booking', async () => {
      const { page } = await mock.widget();
      await toReview(page);
      mock.worker.use(http.post(`${api}/bookings`, () => problem(409, 'hold-expired'), { once: true }));
      page.button('Termin verbindlich buchen').click();
      await page.waitForHeading('Datum und Uhrzeit');
      expect(page.error()).to.contain('Reservierung ist abgelaufen');
    });

    it('explains the limit per person, without a retry that cannot help', async () => {
      const { page } = await mock.widget();
      await toReview(page);
      mock.worker.use(http.post(`${api}/bookings`, () => problem(409, 'limit-reached'), { once: true }));
      page.button('Termin verbindlich buchen').click();
      await page.waitFor(() => page.error() !== '', 'an error');
      expect(page.heading()).to.equal('Prüfen und buchen');
      expect(page.error()).to.contain('Bitte sagen Sie zuerst einen anderen Termin ab');
      expect(page.hasButton('Erneut versuchen')).to.equal(false);
    });

    it('shows refused fields at their field, keeping what was typed', async () => {
      const { page } = await mock.widget();
      await toReview(page);
      mock.worker.use(
        http.post(
          `${api}/bookings`,
          () => problem(422, 'invalid-input', { errors: [{ field: 'contact.email', code: 'invalid' }] }),
          { once: true },
        ),
      );
      page.button('Termin verbindlich buchen').click();
      await expectTypedKept(page);
      expect(page.contact().error('email')).to.contain('name@example.org');
    });

    it('marks exactly the refused fields and puts the focus on the first of them in the form', async () => {
      const { element, page } = await mock.widget();
      await toReview(page, { name: 'Ada Yılmaz', email: 'ada@example.org', phone: '0251 123456' });
      // The backend lists the phone before the e-mail; the form shows the e-mail first.
      const errors = [
        { field: 'contact.phone', code: 'invalid' },
        { field: 'contact.email', code: 'invalid' },
      ];
      mock.worker.use(http.post(`${api}/bookings`, () => problem(422, 'invalid-input', { errors }), { once: true }));
      page.button('Termin verbindlich buchen').click();
      await expectTypedKept(page);
      const form = page.contact();
      await page.waitFor(() => form.focused === form.input('email'), 'the focus on the e-mail field');
      expect(form.input('phone')!.value).to.equal('0251 123456');
      const invalid = (['name', 'email', 'phone'] as const).filter(
        (field) => form.input(field)!.getAttribute('aria-invalid') === 'true',
      );
      expect(invalid).to.deep.equal(['email', 'phone']);
      expect(form.error('name')).to.equal(null);
      expect(form.error('phone')).to.not.equal(null);
      await expect(element).to.be.accessible();
    });

    it('retries a failed booking with the same Idempotency-Key, and books once', async () => {
      const { element, page } = await mock.widget();
      const events = recordEvents(element);
      await toReview(page);
      mock.worker.use(http.post(`${api}/bookings`, () => HttpResponse.error(), { once: true }));
      page.button('Termin verbindlich buchen').click();
      await page.waitFor(() => page.error() !== '', 'an error');
      expect(page.heading()).to.equal('Prüfen und buchen');
      page.button('Erneut versuchen').click();
      await page.waitForHeading('Ihr Termin ist gebucht');
      const keys = mock.recorded
        .filter((request) => request.method === 'POST' && request.path === '/api/v1/bookings')
        .map((request) => request.headers.get('Idempotency-Key'));
      expect(keys).to.have.length(2);
      expect(keys[0]).to.match(/^[0-9a-f-]{36}$/);
      expect(keys[1]).to.equal(keys[0]);
      expect(events.filter((event) => event.type === 'civic-booked')).to.have.length(1);
    });
  });

  describe('the hold', () => {
    it('shows how long the time is held, warns two minutes ahead, and keeps the time on request', async () => {
      const { element, page } = await mock.widget();
      await toContact(page);
      expect(page.text()).to.match(/Für Sie reserviert bis \d\d:\d\d Uhr/);
      expect(page.text()).not.to.contain('Ihre Reservierung endet');
      page.contact().fill('name', 'Ada Yılmaz');

      // The hold lasts 10 minutes: no warning with 2 minutes and 1 second left, one at 2 minutes.
      mock.clock.advance(7 * 60 + 59);
      element.requestUpdate();
      await element.updateComplete;
      expect(page.text()).not.to.contain('Ihre Reservierung endet');
      mock.clock.advance(1);
      await page.waitFor(() => page.text().includes('Ihre Reservierung endet in 2 Minuten.'), 'the warning');
      mock.clock.advance(60);
      await page.waitFor(
        () => page.text().includes('Ihre Reservierung endet in weniger als einer Minute.'),
        'the warning',
      );
      await expect(element).to.be.accessible();
      const holdsBefore = mock.requests.filter((request) => request === 'POST /api/v1/holds').length;
      page.button('Zeit weiter reservieren').click();
      await page.waitFor(
        () => mock.requests.filter((request) => request === 'POST /api/v1/holds').length === holdsBefore + 1,
        'a new hold',
      );
      await page.waitFor(() => !page.text().includes('Ihre Reservierung endet'), 'the warning to go');
      expect(page.contact().input('name')!.value).to.equal('Ada Yılmaz');
      expect(mock.requests.some((request) => request.startsWith('DELETE /api/v1/holds/'))).to.equal(true);
    });

    it('renews a hold that ran out without losing a keystroke', async () => {
      const { page } = await mock.widget();
      await toContact(page);
      page.contact().fill('name', 'Ada Yılmaz');
      page.contact().fill('email', 'ada@example.org');
      const holds = () => mock.requests.filter((request) => request === 'POST /api/v1/holds').length;
      expect(holds()).to.equal(1);
      mock.clock.advance(11 * 60);
      await page.waitFor(() => holds() === 2, 'the hold to be renewed', 4000);
      await expectTypedKept(page);
      expect(page.error()).to.equal('');
    });

    it('takes the citizen back to the times, keeping what was typed, when the expired slot was taken', async () => {
      const { page } = await mock.widget();
      await toContact(page);
      page.contact().fill('name', 'Ada Yılmaz');
      page.contact().fill('email', 'ada@example.org');
      mock.worker.use(http.post(`${api}/holds`, () => problem(409, 'slot-taken'), { once: true }));
      mock.clock.advance(11 * 60);
      await page.waitForHeading('Datum und Uhrzeit');
      expect(page.error()).to.contain('Reservierung ist abgelaufen');
      await page.waitFor(() => page.slots().buttons().length > 0, 'the times');
      page.slots().buttons()[0]!.click();
      await expectTypedKept(page);
    });

    it('gives the held time back when the citizen leaves the page', async () => {
      const { page } = await mock.widget();
      await toContact(page);
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
      await page.waitFor(
        () => mock.requests.some((request) => request.startsWith('DELETE /api/v1/holds/')),
        'the hold to be released',
      );
    });
  });
});
