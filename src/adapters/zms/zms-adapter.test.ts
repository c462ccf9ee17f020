// Over 350 lines on purpose: one test file per unit, its contracts in describe blocks, as the unit has them.
import { expect } from '@open-wc/testing';
import { pbkdf2, solveChallenge } from 'altcha/lib';
import { http, HttpResponse } from 'msw';
import type { BookingErrorCode } from '../../domain/booking-error.js';
import { startMockBackend, type MockBackend } from '../../mocks/browser.js';
import { createZmsHandlers, zmsErrorResponse, zmsUnmappedExceptionResponse } from '../../mocks/zms/zms-handlers.js';
import { FOREIGNERS_OFFICE, ID_CARD, PASING, PASSPORT, RESIDENCE, RUPPERTSTRASSE } from '../../mocks/zms/zms-office.js';
import { parseActivationLink } from './activation-link.js';
import { ZmsAdapter, zonedIso } from './zms-adapter.js';
import { zmsErrorCodes } from './zms-error-table.js';
import { rejectionOf } from '../../../test/support/booking-errors.js';

const baseUrl = `${location.origin}/buergeransicht/api/citizen`;
const start = '2026-12-01T08:00:00+01:00';
let mock: MockBackend | undefined;
let requests: string[] = [];

async function setup(options: { generation?: 'current' | 'legacy'; captcha?: boolean } = {}) {
  mock ??= await startMockBackend({ baseUrl: `${location.origin}/unused-protocol` });
  const clock = { time: Date.parse(start) };
  const now = () => new Date(clock.time);
  mock.worker.use(...createZmsHandlers({ baseUrl, generation: options.generation ?? 'current', now, ...options }));
  requests = [];
  mock.worker.events.removeAllListeners();
  mock.worker.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (url.pathname.startsWith('/buergeransicht/')) requests.push(`${request.method} ${url.pathname}${url.search}`);
  });
  return { adapter: new ZmsAdapter({ baseUrl, now }), clock };
}

const encode = (json: unknown) => btoa(JSON.stringify(json));
/** A captcha payload as the widget sends it; the mocked captcha-verify takes any with a solution. */
/** A payload that solves a challenge of the mock office's captcha, solved with altcha's own library. */
async function solvedCaptcha(): Promise<string> {
  const challenge = await (await fetch(`${baseUrl}/captcha-challenge/`)).json();
  const solution = await solveChallenge({ challenge, deriveKey: pbkdf2.deriveKey });
  return encode({ challenge, solution });
}
/** ID cards at Ruppertstraße, whose scope asks for a captcha when the office is set up with one. */
const idCardAtRuppertstrasse = {
  concerns: [{ id: String(ID_CARD), count: 1 }],
  from: '2026-12-02',
  to: '2026-12-02',
  locationId: String(RUPPERTSTRASSE),
};

afterEach(() => mock?.worker.resetHandlers());
after(() => mock?.stop());

describe('ZmsAdapter', () => {
  describe('catalog', () => {
    it('turns offices into locations and services into concerns, as relations say', async () => {
      const { adapter } = await setup();
      const catalog = await adapter.loadCatalog({ lang: 'de' });
      expect(catalog.office.name).to.equal('Landeshauptstadt München');
      expect(catalog.locations.map((l) => l.id)).to.deep.equal([RUPPERTSTRASSE, PASING, FOREIGNERS_OFFICE].map(String));
      const ruppert = catalog.locations[0]!;
      expect(ruppert).to.deep.include({
        name: 'Bürgerbüro Ruppertstraße',
        address: 'Ruppertstraße 19, 80337 München',
        timeZone: 'Europe/Berlin',
        hint: 'Eingang über den Innenhof, Aufzug vorhanden.',
      });
      // disabledByServices takes the ID card away from the foreigners' office although a relation exists.
      expect(catalog.locations[2]!.concernIds).to.deep.equal([String(RESIDENCE)]);
      const idCard = catalog.concerns.find((c) => c.id === String(ID_CARD))!;
      expect(idCard).to.deep.include({ name: 'Personalausweis beantragen', maxCount: 5, durationMinutes: 10 });
      expect(catalog.concerns.find((c) => c.id === String(PASSPORT))!.durationMinutes).to.equal(20);
    });

    it('leaves out an office whose scope requires a free text field, which the widget does not ask for', async () => {
      const { adapter } = await setup();
      const json = await (await fetch(`${baseUrl}/offices-and-services/`)).json();
      json.offices[0].scope = {
        ...json.offices[0].scope,
        customTextfieldActivated: true,
        customTextfieldRequired: true,
      };
      json.offices[1].scope = {
        ...json.offices[1].scope,
        customTextfield2Activated: true,
        customTextfield2Required: false,
      };
      mock!.worker.use(http.get(`${baseUrl}/offices-and-services/`, () => HttpResponse.json(json)));
      const catalog = await adapter.loadCatalog({ lang: 'de' });
      // An optional text field is left empty, as upstream allows.
      expect(catalog.locations.map((l) => l.id)).to.deep.equal([PASING, FOREIGNERS_OFFICE].map(String));
    });

    it('combines two concerns only where upstream lists an office offering both; else books alone', async () => {
      const { adapter } = await setup();
      const catalog = await adapter.loadCatalog({ lang: 'de' });
      const combinable = Object.fromEntries(catalog.concerns.map((c) => [c.id, c.combinableWith]));
      expect(combinable).to.deep.equal({
        [ID_CARD]: [String(PASSPORT)],
        [PASSPORT]: [String(ID_CARD)],
        [RESIDENCE]: [],
      });
    });

    it('asks for the strictest contact rules, hold time of any office, and no captcha unless a scope needs one', async () => {
      const { adapter } = await setup();
      const catalog = await adapter.loadCatalog({ lang: 'de' });
      expect(catalog.contact).to.deep.equal({ email: 'required', phone: 'required' });
      expect(catalog.holdMinutes).to.equal(15);
      expect(catalog.captcha).to.equal(null);
    });

    it('lets every concern be booked for one person, whatever tiny maxQuantity upstream sends', async () => {
      const { adapter } = await setup();
      const data = await (await fetch(`${baseUrl}/offices-and-services/`)).json();
      data.services[0].maxQuantity = 5e-324;
      data.services[1].maxQuantity = 0.5;
      mock!.worker.use(http.get(`${baseUrl}/offices-and-services/`, () => HttpResponse.json(data)));
      const catalog = await adapter.loadCatalog({ lang: 'de' });
      expect(catalog.concerns.map((concern) => concern.maxCount).slice(0, 2)).to.deep.equal([1, 1]);
    });

    it('offers the ALTCHA challenge of the API when a scope requires a captcha', async () => {
      const { adapter } = await setup({ captcha: true });
      const catalog = await adapter.loadCatalog({ lang: 'de' });
      expect(catalog.captcha).to.deep.equal({ kind: 'altcha', challengeUrl: `${baseUrl}/captcha-challenge/` });
    });
  });

  describe('availability', () => {
    it('asks the calendar once for the days of the month and the times of its first bookable day', async () => {
      const { adapter } = await setup();
      await adapter.loadCatalog({ lang: 'de' });
      requests = [];
      const concerns = [{ id: String(ID_CARD), count: 2 }];
      const result = await adapter.loadAvailability({
        concerns,
        from: '2026-12-01',
        to: '2026-12-31',
        locationId: String(RUPPERTSTRASSE),
      });
      expect(requests).to.deep.equal([
        'GET /buergeransicht/api/citizen/available-calendar/?startDate=2026-12-01&endDate=2027-06-01&officeIds=10489&serviceIds=1063424&serviceCounts=2&slotsStartDate=2026-12-01&slotsEndDate=2026-12-01',
      ]);
      // Every weekday of December is bookable; upstream sends the times of the first one only.
      expect(result.days).to.have.length(23);
      expect(result.days!.slice(0, 3)).to.deep.equal(['2026-12-01', '2026-12-02', '2026-12-03']);
      expect(result.daysWithSlots).to.deep.equal(['2026-12-01']);
      expect(new Set(result.slots.map((slot) => slot.start.slice(0, 10)))).to.deep.equal(new Set(['2026-12-01']));
      expect(result.slots[0]).to.deep.equal({
        locationId: String(RUPPERTSTRASSE),
        start: '2026-12-01T08:10:00+01:00',
        end: '2026-12-01T08:30:00+01:00',
      });
      expect(result.nextAvailable).to.equal('2027-01-01');
    });

    it('loads the times of any other listed day with one call for that day', async () => {
      const { adapter } = await setup();
      await adapter.loadCatalog({ lang: 'de' });
      requests = [];
      const concerns = [{ id: String(RESIDENCE), count: 1 }];
      const day = await adapter.loadAvailability({ concerns, from: '2026-12-17', to: '2026-12-17' });
      expect(requests).to.have.length(1);
      expect(requests[0]).to.contain('slotsStartDate=2026-12-17&slotsEndDate=2026-12-17');
      expect(day.days).to.deep.equal(['2026-12-17']);
      expect(day.daysWithSlots).to.deep.equal(['2026-12-17']);
      expect(day.slots.length).to.equal(11);
      expect(day.slots.every((slot) => slot.start.startsWith('2026-12-17T'))).to.equal(true);
    });

    it('answers a month without a bookable day from the next one, and keeps that answer for its month', async () => {
      const { adapter } = await setup();
      await adapter.loadCatalog({ lang: 'de' });
      const concerns = [{ id: String(RESIDENCE), count: 1 }];
      requests = [];
      // The last days of January 2027 are a weekend: upstream snaps to the month of the next bookable day.
      const empty = await adapter.loadAvailability({ concerns, from: '2027-01-30', to: '2027-01-31' });
      expect(empty.days).to.deep.equal([]);
      expect(empty.slots).to.deep.equal([]);
      expect(empty.nextAvailable).to.equal('2027-02-01');
      const february = await adapter.loadAvailability({ concerns, from: '2027-02-01', to: '2027-02-28' });
      expect(requests, 'one request for both answers').to.have.length(1);
      expect(february.days).to.have.length(20);
      expect(february.daysWithSlots).to.deep.equal(['2027-02-01']);
      expect(february.slots[0]!.start).to.equal('2027-02-01T08:00:00+01:00');
    });

    it('uses only offices where the combination is allowed', async () => {
      const { adapter } = await setup();
      await adapter.loadCatalog({ lang: 'de' });
      const concerns = [
        { id: String(ID_CARD), count: 1 },
        { id: String(PASSPORT), count: 1 },
      ];
      const any = await adapter.loadAvailability({ concerns, from: '2026-12-02', to: '2026-12-02' });
      expect(new Set(any.slots.map((s) => s.locationId))).to.deep.equal(new Set([String(RUPPERTSTRASSE)]));
      requests = [];
      const pasing = await adapter.loadAvailability({
        concerns,
        from: '2026-12-02',
        to: '2026-12-02',
        locationId: String(PASING),
      });
      expect(pasing).to.deep.equal({ from: '2026-12-02', to: '2026-12-02', slots: [], nextAvailable: null });
      expect(requests).to.deep.equal([]);
    });

    it("reads the legacy API off the catalog: the horizon's day list once, then the times of one day", async () => {
      const { adapter } = await setup({ generation: 'legacy' });
      await adapter.loadCatalog({ lang: 'de' });
      requests = [];
      const concerns = [{ id: String(RESIDENCE), count: 1 }];
      const december = await adapter.loadAvailability({ concerns, from: '2026-12-03', to: '2026-12-31' });
      expect(requests.map((r) => r.split('?')[0])).to.deep.equal([
        'GET /buergeransicht/api/citizen/available-days-by-office/',
        'GET /buergeransicht/api/citizen/available-appointments-by-office/',
      ]);
      expect(requests[0]).to.contain('startDate=2026-12-01&endDate=2027-06-01&officeId=10295');
      expect(requests[1]).to.contain('date=2026-12-03&officeId=10295&serviceId=1063453&serviceCount=1');
      expect(december.days).to.have.length(21);
      expect(december.daysWithSlots).to.deep.equal(['2026-12-03']);
      // 08:00 to 12:00 in 20-minute units, two units per appointment: 11 starts a day.
      expect(december.slots.length).to.equal(11);
      expect(december.nextAvailable).to.equal('2027-01-01');
      requests = [];
      const january = await adapter.loadAvailability({ concerns, from: '2027-01-01', to: '2027-01-31' });
      expect(
        requests.map((r) => r.split('?')[0]),
        'the day list is kept',
      ).to.deep.equal(['GET /buergeransicht/api/citizen/available-appointments-by-office/']);
      expect(january.days![0]).to.equal('2027-01-01');
    });

    it('takes a listed legacy day for the hint it is: a day without a run of slots comes back empty', async () => {
      const { adapter } = await setup({ generation: 'legacy' });
      await adapter.loadCatalog({ lang: 'de' });
      const concerns = [
        { id: String(ID_CARD), count: 1 },
        { id: String(PASSPORT), count: 1 },
      ];
      const holds = [];
      // Every other unit of 2 December taken: single units stay free, no run of three is left.
      for (const start of ['08:10', '08:40', '09:10', '09:40', '10:10', '10:40', '11:10', '11:40']) {
        holds.push(
          await adapter.holdSlot({
            concerns: [{ id: String(ID_CARD), count: 1 }],
            locationId: String(RUPPERTSTRASSE),
            start: `2026-12-02T${start}:00+01:00`,
          }),
        );
      }
      const day = await adapter.loadAvailability({ concerns, from: '2026-12-02', to: '2026-12-02' });
      expect(day.days).to.deep.equal(['2026-12-02']);
      expect(day.daysWithSlots).to.deep.equal(['2026-12-02']);
      expect(day.slots).to.deep.equal([]);
    });

    it('corrects a wrong guess of the generation with the first 404 notFound, once', async () => {
      const { adapter } = await setup({ generation: 'legacy' });
      // A legacy backend whose catalog looks current.
      const catalog = await (await fetch(`${baseUrl}/offices-and-services/`)).json();
      mock!.worker.use(
        http.get(`${baseUrl}/offices-and-services/`, () =>
          HttpResponse.json({
            ...catalog,
            offices: catalog.offices.map((o: object) => ({ ...o, sharedBookingOfficeIds: null })),
          }),
        ),
      );
      await adapter.loadCatalog({ lang: 'de' });
      requests = [];
      const concerns = [{ id: String(RESIDENCE), count: 1 }];
      const first = await adapter.loadAvailability({ concerns, from: '2026-12-03', to: '2026-12-31' });
      expect(first.slots.length).to.equal(11);
      await adapter.loadAvailability({ concerns, from: '2027-01-01', to: '2027-01-31' });
      expect(requests.map((r) => r.split('?')[0].split('/').at(-2))).to.deep.equal([
        'available-calendar',
        'available-days-by-office',
        'available-appointments-by-office',
        'available-appointments-by-office',
      ]);
    });

    it('takes only a real day after the range as the next bookable date', async () => {
      const { adapter } = await setup();
      await adapter.loadCatalog({ lang: 'de' });
      const concerns = [{ id: String(RESIDENCE), count: 1 }];
      for (const nextBookableDate of ['<img src=x onerror=alert(1)>', '2027-13-45', '2026-12-01']) {
        mock!.worker.use(
          http.get(`${baseUrl}/available-calendar/`, () => HttpResponse.json({ availableDays: [], nextBookableDate }), {
            once: true,
          }),
        );
        const availability = await adapter.loadAvailability({ concerns, from: '2026-12-03', to: '2026-12-04' });
        expect(availability.nextAvailable, nextBookableDate).to.equal(null);
      }
    });

    it('needs a captcha token where a scope requires one', async () => {
      const { adapter } = await setup({ captcha: true });
      await adapter.loadCatalog({ lang: 'de' });
      const error = await rejectionOf(adapter.loadAvailability(idCardAtRuppertstrasse));
      expect(error.code).to.equal('captcha-required');
    });
  });

  describe('hold, book, activate', () => {
    it('reserves, updates and preconfirms like zmscitizenview, pending verification for activationDuration', async () => {
      const { adapter } = await setup();
      await adapter.loadCatalog({ lang: 'de' });
      const bodies: unknown[] = [];
      mock!.worker.events.on('request:start', async ({ request }) => {
        if (request.method === 'POST') bodies.push(await request.clone().json());
      });
      const hold = await adapter.holdSlot({
        concerns: [{ id: String(PASSPORT), count: 1 }],
        locationId: String(PASING),
        start: '2026-12-02T09:00:00+01:00',
      });
      expect(hold).to.deep.include({
        locationId: String(PASING),
        start: '2026-12-02T09:00:00+01:00',
        end: '2026-12-02T09:15:00+01:00',
      });
      expect(hold.expiresAt).to.equal(new Date(Date.parse(start) + 20 * 60000).toISOString());
      const booking = await adapter.book({
        hold,
        contact: { name: 'Amina Yilmaz', email: 'amina@example.org', phone: '+49 (89) 233-96000' },
        lang: 'de',
        idempotencyKey: 'k1',
      });
      expect(booking).to.deep.include({
        reference: hold.id,
        token: hold.token,
        status: 'pending-verification',
        verifyWithinMinutes: 30,
      });
      expect(bodies).to.deep.equal([
        {
          officeId: PASING,
          serviceId: [PASSPORT],
          serviceCount: [1],
          timestamp: Date.parse('2026-12-02T09:00:00+01:00') / 1000,
        },
        {
          processId: Number(hold.id),
          authKey: hold.token,
          familyName: 'Amina Yilmaz',
          email: 'amina@example.org',
          telephone: '+498923396000',
        },
        { processId: Number(hold.id), authKey: hold.token },
      ]);
      const confirmed = await adapter.confirmActivation({ processId: hold.id, authKey: hold.token });
      expect(confirmed.status).to.equal('confirmed');
      // The link opened again shows the appointment as it is.
      expect((await adapter.confirmActivation({ processId: hold.id, authKey: hold.token })).status).to.equal(
        'confirmed',
      );
    });

    it("hands on upstream's refusal of an e-mail address its pattern does not take, at the e-mail field", async () => {
      const { adapter } = await setup();
      await adapter.loadCatalog({ lang: 'de' });
      for (const [index, email] of ['ada+termin@example.org', 'ada..b@example.org', 'ada@example.d'].entries()) {
        const hold = await adapter.holdSlot({
          concerns: [{ id: String(ID_CARD), count: 1 }],
          locationId: String(RUPPERTSTRASSE),
          start: `2026-12-02T09:${String(index * 20).padStart(2, '0')}:00+01:00`,
        });
        const contact = { name: 'Ada Yılmaz', email, phone: '+49 89 233 96000' };
        const error = await rejectionOf(adapter.book({ hold, contact, lang: 'de', idempotencyKey: email }));
        expect(error.code, email).to.equal('invalid-input');
        expect(error.fieldErrors, email).to.deep.equal([{ field: 'contact.email', code: 'invalid' }]);
      }
    });

    it('finds no appointment for an activation link once upstream has deleted it, its activation time over', async () => {
      const { adapter, clock } = await setup();
      await adapter.loadCatalog({ lang: 'de' });
      const hold = await adapter.holdSlot({
        concerns: [{ id: String(PASSPORT), count: 1 }],
        locationId: String(PASING),
        start: '2026-12-02T09:00:00+01:00',
      });
      const contact = { name: 'Amina Yilmaz', email: 'amina@example.org' };
      const booking = await adapter.book({ hold, contact, lang: 'de', idempotencyKey: 'k1' });
      // Deleted by upstream's cron at the first full minute after its activation time.
      clock.time += (booking.verifyWithinMinutes! + 1) * 60_000;
      const credentials = { processId: hold.id, authKey: hold.token };
      expect((await rejectionOf(adapter.confirmActivation(credentials))).code).to.equal('not-found');
    });

    it('asks its solver for a captcha when the times need a token, and only once while it is valid', async () => {
      await setup({ captcha: true });
      const asked: string[] = [];
      const adapter = new ZmsAdapter({
        baseUrl,
        now: () => new Date(start),
        solveCaptcha: async ({ challengeUrl }) => {
          asked.push(challengeUrl);
          return solvedCaptcha();
        },
      });
      await adapter.loadCatalog({ lang: 'de' });
      const query = idCardAtRuppertstrasse;
      expect((await adapter.loadAvailability(query)).slots.length).to.be.greaterThan(0);
      // Two months asked at once (the citizen switched) share one solution.
      await Promise.all([
        adapter.loadAvailability({ ...query, from: '2026-12-03', to: '2026-12-03' }),
        adapter.loadAvailability({ ...query, from: '2026-12-04', to: '2026-12-04' }),
      ]);
      expect(asked).to.deep.equal([`${baseUrl}/captcha-challenge/`]);
      expect(requests.filter((r) => r.includes('captcha-verify'))).to.have.length(1);

      // Upstream no longer takes the token: it is dropped, and the next request solves a new one.
      mock!.worker.use(
        http.get(`${baseUrl}/available-calendar/`, () => zmsErrorResponse('captchaExpired'), { once: true }),
      );
      expect((await rejectionOf(adapter.loadAvailability(query))).code).to.equal('captcha-required');
      await adapter.loadAvailability(query);
      expect(asked).to.have.length(2);
    });

    it('gives the shared token to a request whose first asker was abandoned', async () => {
      await setup({ captcha: true });
      let solve!: (payload: string) => void;
      const adapter = new ZmsAdapter({
        baseUrl,
        now: () => new Date(start),
        solveCaptcha: () => new Promise<string>((resolve) => (solve = resolve)),
      });
      await adapter.loadCatalog({ lang: 'de' });
      const query = idCardAtRuppertstrasse;
      const abandoned = new AbortController();
      const first = adapter.loadAvailability(query, { signal: abandoned.signal });
      const second = adapter.loadAvailability({ ...query, from: '2026-12-03', to: '2026-12-03' });
      await new Promise((resolve) => setTimeout(resolve, 50));
      abandoned.abort();
      solve(await solvedCaptcha());
      expect((await rejectionOf(first)).code).to.equal('network');
      expect((await second).slots.length).to.be.greaterThan(0);
    });

    it('verifies no captcha for an office that does not ask for one', async () => {
      const { adapter } = await setup({ captcha: true });
      await adapter.loadCatalog({ lang: 'de' });
      mock!.worker.use(http.post(`${baseUrl}/captcha-verify/`, () => zmsErrorResponse('captchaVerificationError')));
      const captcha = await solvedCaptcha();
      requests = [];
      const hold = await adapter.holdSlot({
        concerns: [{ id: String(PASSPORT), count: 1 }],
        locationId: String(PASING),
        start: '2026-12-02T09:00:00+01:00',
        captcha,
      });
      expect(hold.locationId).to.equal(String(PASING));
      expect(requests).to.deep.equal(['POST /buergeransicht/api/citizen/reserve-appointment/']);
    });

    it('verifies a solved captcha and sends the token with the reservation', async () => {
      const { adapter } = await setup({ captcha: true });
      await adapter.loadCatalog({ lang: 'de' });
      const request = {
        concerns: [{ id: String(ID_CARD), count: 1 }],
        locationId: String(RUPPERTSTRASSE),
        start: '2026-12-02T09:00:00+01:00',
      };
      expect((await rejectionOf(adapter.holdSlot(request))).code).to.equal('captcha-required');
      expect((await rejectionOf(adapter.holdSlot({ ...request, captcha: 'bm90IGpzb24' }))).code).to.equal(
        'captcha-required',
      );
      // A payload that solves no challenge of the office's is refused; a real solution is taken.
      const forged = encode({ challenge: {}, solution: { counter: 1, derivedKey: '00ab', time: 12 } });
      expect((await rejectionOf(adapter.holdSlot({ ...request, captcha: forged }))).code).to.equal('captcha-required');
      const captcha = await solvedCaptcha();
      requests = [];
      await adapter.holdSlot({ ...request, captcha });
      expect(requests).to.deep.equal([
        'POST /buergeransicht/api/citizen/captcha-verify/',
        'POST /buergeransicht/api/citizen/reserve-appointment/',
      ]);
      // The token then opens the calendar too.
      const slots = await adapter.loadAvailability({
        concerns: request.concerns,
        from: '2026-12-02',
        to: '2026-12-02',
        locationId: String(RUPPERTSTRASSE),
      });
      expect(slots.slots.length).to.be.greaterThan(0);
    });

    it('raises limit-reached naming the e-mail when the office allows no more appointments per address', async () => {
      const { adapter } = await setup();
      await adapter.loadCatalog({ lang: 'de' });
      const contact = { name: 'A', email: 'same@example.org' };
      const concerns = [{ id: String(ID_CARD), count: 1 }];
      const first = await adapter.holdSlot({
        concerns,
        locationId: String(PASING),
        start: '2026-12-02T09:00:00+01:00',
      });
      await adapter.book({ hold: first, contact, lang: 'de', idempotencyKey: 'a' });
      const second = await adapter.holdSlot({
        concerns,
        locationId: String(PASING),
        start: '2026-12-02T10:00:00+01:00',
      });
      const error = await rejectionOf(adapter.book({ hold: second, contact, lang: 'de', idempotencyKey: 'b' }));
      expect(error.code).to.equal('limit-reached');
      expect(error.fieldErrors).to.deep.equal([{ field: 'contact.email', code: 'limit-reached' }]);
    });
  });

  describe('errors', () => {
    // Each upstream errorCode, one by one, through a real answer of that shape.
    for (const [errorCode, code] of Object.entries(zmsErrorCodes)) {
      it(`maps ${errorCode} to ${code}`, async () => {
        const { adapter } = await setup();
        mock!.worker.use(http.get(`${baseUrl}/offices-and-services/`, () => zmsErrorResponse(errorCode)));
        expect((await rejectionOf(adapter.loadCatalog({ lang: 'de' }))).code).to.equal(code as BookingErrorCode);
      });
    }

    it('lets the entry with the highest statusCode decide, keeping every field', async () => {
      const { adapter } = await setup();
      mock!.worker.use(
        http.get(`${baseUrl}/offices-and-services/`, () => zmsErrorResponse('invalidEmail', 'invalidFamilyName')),
      );
      const error = await rejectionOf(adapter.loadCatalog({ lang: 'de' }));
      expect(error.code).to.equal('invalid-input');
      expect(error.fieldErrors.map((f) => f.field)).to.deep.equal(['contact.email', 'contact.name']);
    });

    it("waits the minute of upstream's rate limit, which sends no Retry-After", async () => {
      const { adapter } = await setup();
      mock!.worker.use(http.get(`${baseUrl}/offices-and-services/`, () => zmsErrorResponse('rateLimitExceeded')));
      const error = await rejectionOf(adapter.loadCatalog({ lang: 'de' }));
      expect(error.code).to.equal('rate-limited');
      expect(error.retryAfterSeconds).to.equal(60);
    });

    it('takes a reservation refused as an unknown error, with 404, for a slot someone else was faster to', async () => {
      const { adapter } = await setup();
      await adapter.loadCatalog({ lang: 'de' });
      const request = {
        concerns: [{ id: String(PASSPORT), count: 1 }],
        locationId: String(PASING),
        start: '2026-12-02T09:00:00+01:00',
      };
      mock!.worker.use(
        http.post(`${baseUrl}/reserve-appointment/`, () => zmsUnmappedExceptionResponse(404), { once: true }),
      );
      expect((await rejectionOf(adapter.holdSlot(request))).code).to.equal('slot-taken');
      // Elsewhere an unknown error stays one.
      mock!.worker.use(
        http.post(`${baseUrl}/reserve-appointment/`, () => zmsUnmappedExceptionResponse(500), { once: true }),
      );
      expect((await rejectionOf(adapter.holdSlot(request))).code).to.equal('unexpected');
      mock!.worker.use(
        http.get(`${baseUrl}/offices-and-services/`, () => zmsUnmappedExceptionResponse(404), { once: true }),
      );
      expect((await rejectionOf(adapter.loadCatalog({ lang: 'de' }))).code).to.equal('unexpected');
    });

    it('falls back to the status for unknown codes, and raises network errors for failed requests', async () => {
      const { adapter } = await setup();
      mock!.worker.use(
        http.get(`${baseUrl}/offices-and-services/`, () =>
          HttpResponse.json({ errors: [{ errorCode: 'somethingNew', statusCode: 429 }] }, { status: 429 }),
        ),
      );
      expect((await rejectionOf(adapter.loadCatalog({ lang: 'de' }))).code).to.equal('rate-limited');
      mock!.worker.use(http.get(`${baseUrl}/offices-and-services/`, () => HttpResponse.error()));
      expect((await rejectionOf(adapter.loadCatalog({ lang: 'de' }))).code).to.equal('network');
      mock!.worker.use(
        http.get(`${baseUrl}/offices-and-services/`, () => HttpResponse.text('<html>', { status: 200 })),
      );
      expect((await rejectionOf(adapter.loadCatalog({ lang: 'de' }))).reason).to.equal('malformed-response');
    });
  });
});

describe('parseActivationLink', () => {
  const credentials = { processId: '100231', authKey: 'a1b2' };
  const hash = encode({ id: 100231, authKey: 'a1b2' }); // upstream's btoa(JSON.stringify({ id, authKey }))

  it('reads the hash, a whole URL and the path behind the hash', () => {
    expect(parseActivationLink(`#/appointment/confirm/${hash}`)).to.deep.equal(credentials);
    expect(parseActivationLink(`https://stadt.example/termin/#/appointment/confirm/${hash}`)).to.deep.equal(
      credentials,
    );
    expect(parseActivationLink(`/appointment/confirm/${hash}`)).to.deep.equal(credentials);
  });

  it('survives repeated URL encoding, stripped padding, base64url, trailing slashes and extra parameters', () => {
    const once = encodeURIComponent(`#/appointment/confirm/${hash}`);
    expect(parseActivationLink(encodeURIComponent(encodeURIComponent(once)))).to.deep.equal(credentials);
    expect(parseActivationLink(`#/appointment/confirm/${hash.replace(/=+$/, '')}/`)).to.deep.equal(credentials);
    const url = encode({ id: '100231', authKey: 'a1b2', x: '?>?' }).replace(/\+/g, '-').replace(/\//g, '_');
    expect(parseActivationLink(`#/appointment/confirm/${url}?utm_source=mail`)).to.deep.equal(credentials);
    expect(parseActivationLink(`#/appointment/confirm/${hash.replace(/\+/g, ' ')}&foo=1`)).to.deep.equal(credentials);
  });

  it('answers null for anything else', () => {
    expect(parseActivationLink('#/services/1063424')).to.equal(null);
    expect(parseActivationLink('#/appointment/confirm/not-base64!')).to.equal(null);
    expect(parseActivationLink(`#/appointment/confirm/${encode({ id: 'x', authKey: 'a1b2' })}`)).to.equal(null);
    expect(parseActivationLink(`#/appointment/confirm/${encode({ id: 1 })}`)).to.equal(null);
  });
});

describe('zonedIso', () => {
  it('writes Unix seconds as Berlin wall time with the offset of the day', () => {
    expect(zonedIso(Date.parse('2026-12-02T08:30:00Z') / 1000, 'Europe/Berlin')).to.equal('2026-12-02T09:30:00+01:00');
    expect(zonedIso(Date.parse('2026-07-02T08:30:00Z') / 1000, 'Europe/Berlin')).to.equal('2026-07-02T10:30:00+02:00');
  });
});
