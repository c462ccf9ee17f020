import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseActivationLink } from '../../src/adapters/zms/activation-link.js';
import { ZmsAdapter } from '../../src/adapters/zms/zms-adapter.js';
import { parseZmsCatalog } from '../../src/adapters/zms/zms-catalog.js';
import { zmsErrorCodes } from '../../src/adapters/zms/zms-error-table.js';
import { BookingError } from '../../src/domain/booking-error.js';
import type { Hold } from '../../src/domain/types.js';
import {
  HUGE,
  checkAvailability,
  checkBooking,
  checkCatalog,
  checkHold,
  expectNoPollution,
  hostileNumber,
  hostileString,
  hostileValue,
  mutationsOf,
  httpAnswer,
  prototypeSnapshot,
  settlesCleanly,
  type HttpAnswer,
} from './arbitraries.js';

const baseUrl = 'https://termine.example.org/buergeransicht/api/citizen';
const now = () => new Date('2026-12-01T08:00:00+01:00');
const DEC_2 = Date.parse('2026-12-02T08:30:00+01:00') / 1000;

/** An `offices-and-services` answer with one office offering two combinable services. */
const validOffices = {
  offices: [
    {
      id: 10489,
      name: 'Bürgerbüro Ruppertstraße',
      organization: 'Landeshauptstadt München',
      address: { street: 'Ruppertstraße', house_number: '19', postal_code: '80337', city: 'München' },
      slotTimeInMinutes: 10,
      disabledByServices: [],
      scope: {
        emailRequired: true,
        telephoneActivated: true,
        telephoneRequired: false,
        captchaActivatedRequired: false,
        reservationDuration: 15,
        activationDuration: 30,
        hint: 'Eingang über den Innenhof',
      },
    },
  ],
  services: [
    { id: 1063424, name: 'Personalausweis', maxQuantity: 5, combinable: { '0': { '1063441': [10489] } } },
    { id: 1063441, name: 'Reisepass', maxQuantity: 2, combinable: { '0': { '1063424': [10489] } } },
  ],
  relations: [
    { officeId: 10489, serviceId: 1063424, slots: 1, public: true },
    { officeId: 10489, serviceId: 1063441, slots: 2, public: true },
  ],
};

const validCalendar = {
  availableDays: [{ time: '2026-12-02', offices: [{ officeId: 10489, appointments: [DEC_2, DEC_2 + 600] }] }],
  nextBookableDate: '2027-01-04',
};

const validProcess = {
  processId: 123456,
  authKey: 'a1b2c3',
  timestamp: DEC_2,
  officeId: 10489,
  serviceId: 1063424,
  serviceCount: 1,
  subRequestCounts: [{ id: 1063441, count: 1 }],
  slotCount: 3,
  status: 'preconfirmed',
  scope: { reservationDuration: 15, activationDuration: 30 },
};

/** Upstream's error shape, with arbitrary values in every field. */
const zmsErrorBody = {
  errors: [{ errorCode: 'appointmentNotAvailable', errorMessage: 'weg', statusCode: 404, errorType: 'error' }],
};
const hostileErrors = fc
  .array(
    fc.record(
      {
        errorCode: fc.oneof(fc.constantFrom(...Object.keys(zmsErrorCodes)), hostileString, hostileValue),
        errorMessage: fc.oneof(hostileString, hostileValue),
        statusCode: fc.oneof(hostileNumber, hostileValue),
        errorType: hostileValue,
      },
      { requiredKeys: [] },
    ),
    { maxLength: 4 },
  )
  .map((errors) => ({ errors }));

/** Per route: a (mostly) valid answer to mutate. */
const routes: Record<string, unknown> = {
  'offices-and-services/': validOffices,
  'available-calendar/': validCalendar,
  'available-days-by-office/': { availableDays: [{ time: '2026-12-02' }] },
  'available-appointments-by-office/': validCalendar.availableDays[0],
  'reserve-appointment/': { ...validProcess, status: 'reserved' },
  'update-appointment/': validProcess,
  'preconfirm-appointment/': validProcess,
  'confirm-appointment/': { ...validProcess, status: 'confirmed' },
  'appointment/': { ...validProcess, status: 'confirmed' },
  'cancel-appointment/': {},
  'captcha-verify/': { token: 'tok', data: { valid: true } },
};

/** An answer per route: valid, valid but with its catalog intact, hostile, or upstream's error shape. */
const backend = fc.record(
  Object.fromEntries(
    Object.entries(routes).map(([route, valid]) => [
      route,
      fc.oneof(
        { weight: 2, arbitrary: fc.constant<HttpAnswer | 'valid'>('valid') },
        { weight: 3, arbitrary: httpAnswer(valid, zmsErrorBody) },
        {
          weight: 1,
          arbitrary: fc.tuple(fc.constantFrom(200, 400, 404, 429, 500, 503), hostileErrors).map(
            ([status, body]) =>
              ({
                status,
                body: JSON.stringify(body),
                headers: {},
                fetch: (async () => new Response(JSON.stringify(body), { status })) as typeof fetch,
                [fc.toStringMethod]: () => `errors ${status} ${JSON.stringify(body).slice(0, 300)}`,
              }) as HttpAnswer,
          ),
        },
      ),
    ]),
  ),
);

function fetchFor(answers: Record<string, HttpAnswer | 'valid'>): typeof fetch {
  return (async (input: RequestInfo | URL, init?: RequestInit) => {
    const path = new URL(String(input)).pathname;
    const route = Object.keys(routes).find((r) => path.endsWith(`/${r}`));
    if (!route) throw new Error(`no route for ${path}`);
    const answer = answers[route]!;
    if (answer === 'valid') return new Response(JSON.stringify(routes[route]), { status: 200 });
    return answer.fetch(input, init);
  }) as typeof fetch;
}

const hold: Hold = {
  id: '123456',
  token: 'a1b2c3',
  expiresAt: '2026-12-01T08:15:00+01:00',
  locationId: '10489',
  start: '2026-12-02T08:30:00+01:00',
  end: '2026-12-02T09:00:00+01:00',
};
const concerns = [
  { id: '1063424', count: 1 },
  { id: '1063441', count: 1 },
];

const calls: [string, (adapter: ZmsAdapter) => Promise<unknown>, (value: unknown) => void][] = [
  ['loadCatalog', (a) => a.loadCatalog({ lang: 'de' }), checkCatalog],
  [
    'loadAvailability',
    (a) => a.loadAvailability({ concerns, from: '2026-12-01', to: '2026-12-31' }),
    checkAvailability,
  ],
  ['holdSlot', (a) => a.holdSlot({ concerns, locationId: '10489', start: hold.start }), checkHold],
  [
    'holdSlot with a captcha',
    (a) => a.holdSlot({ concerns, locationId: '10489', start: hold.start, captcha: 'x' }),
    checkHold,
  ],
  ['releaseHold', (a) => a.releaseHold(hold), (value) => expect(value).to.equal(undefined)],
  [
    'book',
    (a) => a.book({ hold, contact: { name: 'A', phone: '+49 (89) 1234' }, lang: 'de', idempotencyKey: 'k' }),
    checkBooking,
  ],
  ['getBooking', (a) => a.getBooking('123456', 'a1b2c3'), checkBooking],
  ['cancelBooking', (a) => a.cancelBooking('123456', 'a1b2c3'), (value) => expect(value).to.equal(undefined)],
  ['confirmActivation', (a) => a.confirmActivation({ processId: '123456', authKey: 'a1b2c3' }), checkBooking],
];

describe('ZmsAdapter under hostile answers (property)', () => {
  let prototypes: string;
  before(() => {
    prototypes = prototypeSnapshot();
  });
  afterEach(() => expectNoPollution(prototypes));

  it('answers the valid backend well-formed (so the properties reach past the catalog)', async () => {
    const adapter = new ZmsAdapter({
      baseUrl,
      now,
      fetch: fetchFor(Object.fromEntries(Object.keys(routes).map((r) => [r, 'valid']))),
    });
    checkCatalog(await adapter.loadCatalog({ lang: 'de' }));
    const availability = await adapter.loadAvailability({ concerns, from: '2026-12-01', to: '2026-12-31' });
    checkAvailability(availability);
    expect(availability.slots).to.have.length(2);
    checkBooking(await adapter.book({ hold, contact: { name: 'A' }, lang: 'de', idempotencyKey: 'k' }));
  });

  for (const [name, call, check] of calls) {
    it(`${name} resolves well-formed or rejects with a known BookingError, whatever upstream answers`, async () => {
      await fc.assert(
        fc.asyncProperty(backend, async (answers) => {
          const adapter = new ZmsAdapter({ baseUrl, now, fetch: fetchFor(answers) });
          await settlesCleanly(() => call(adapter), check);
        }),
        { numRuns: 120, includeErrorInReport: true },
      );
    });
  }

  it('survives a 200 answer with a huge list of errors', async () => {
    const errors = Array.from({ length: 200_000 }, (_, i) => ({
      errorCode: 'internalError',
      statusCode: 500 + (i % 3),
    }));
    const answer = (async () => new Response(JSON.stringify({ errors }), { status: 200 })) as typeof fetch;
    await settlesCleanly(
      () => new ZmsAdapter({ baseUrl, now, fetch: answer }).loadCatalog({ lang: 'de' }),
      checkCatalog,
    );
  });
});

describe('parseZmsCatalog on hostile offices-and-services answers (property)', () => {
  const challenge = { kind: 'altcha' as const, challengeUrl: `${baseUrl}/captcha-challenge/` };

  it('answers a well-formed catalog or throws a BookingError, and every location it names offers a concern', () => {
    fc.assert(
      fc.property(fc.oneof(mutationsOf(validOffices), hostileValue), (json) => {
        let parsed: ReturnType<typeof parseZmsCatalog>;
        try {
          parsed = parseZmsCatalog(json, 'Europe/Berlin', challenge);
        } catch (error) {
          expect(error).to.be.instanceOf(BookingError);
          return;
        }
        checkCatalog(parsed.catalog);
        for (const location of parsed.catalog.locations) {
          expect(location.concernIds.length).to.be.greaterThan(0);
          expect(parsed.model.offices.has(location.id)).to.equal(true);
        }
        const ids = new Set(parsed.catalog.concerns.map((concern) => concern.id));
        for (const concern of parsed.catalog.concerns) {
          for (const partner of concern.combinableWith ?? []) expect(ids.has(partner)).to.equal(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseActivationLink on arbitrary input (property)', () => {
  /** Base64 of the UTF-8 of the JSON, as upstream makes it. */
  const encode = (json: unknown) => {
    let binary = '';
    for (const byte of new TextEncoder().encode(JSON.stringify(json) ?? 'null')) binary += String.fromCharCode(byte);
    return btoa(binary);
  };
  const encodeTimes = (value: string, times: number) => {
    let encoded = value;
    for (let i = 0; i < times; i++) encoded = encodeURIComponent(encoded);
    return encoded;
  };
  const base64ish = fc.string({
    unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_= %'.split('')),
    maxLength: 80,
  });
  const linkInput = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 200 }),
    fc.string({ unit: 'binary', maxLength: 200 }),
    hostileString,
    base64ish.map((b) => `https://stadt.example/termin#/appointment/confirm/${b}`),
    fc
      .tuple(hostileValue, fc.integer({ min: 0, max: 30 }))
      .map(([json, times]) => encodeTimes(`#/appointment/confirm/${encode(json ?? null)}`, times)),
    fc
      .tuple(fc.record({ id: hostileValue, authKey: hostileValue }), fc.integer({ min: 0, max: 12 }))
      .map(([json, times]) => encodeTimes(`/appointment/confirm/${encode(json)}/`, times)),
    fc.constant(`#/appointment/confirm/${'A'.repeat(1_000_000)}`),
    fc.constant(`${'%25'.repeat(100_000)}appointment/confirm/eyJpZCI6MX0`),
    fc.constant(HUGE + HUGE),
  );

  it('answers null or digit processId and hex authKey, and never throws', () => {
    fc.assert(
      fc.property(linkInput, (input) => {
        const result = parseActivationLink(input);
        if (result === null) return;
        expect(Object.keys(result).sort()).to.deep.equal(['authKey', 'processId']);
        expect(result.processId).to.match(/^\d+$/);
        expect(result.authKey).to.match(/^[0-9a-f]+$/i);
      }),
      { numRuns: 500, includeErrorInReport: true },
    );
  });

  it('reads back the credentials of any real link, however often it was percent-encoded', () => {
    fc.assert(
      fc.property(
        fc.nat(),
        fc.stringMatching(/^[0-9a-f]{1,40}$/),
        fc.integer({ min: 0, max: 7 }),
        fc.constantFrom('https://stadt.example/termin#', '#', ''),
        fc.boolean(),
        (id, authKey, times, prefix, url) => {
          let base64 = encode({ id, authKey });
          if (url) base64 = base64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
          const link = encodeTimes(`${prefix}/appointment/confirm/${base64}`, times);
          expect(parseActivationLink(link)).to.deep.equal({ processId: String(id), authKey });
        },
      ),
      { numRuns: 300, includeErrorInReport: true },
    );
  });
});
