// Over 350 lines on purpose: the hostile inputs and the well-formedness checks every property test shares.
/**
 * Generators of hostile backend answers, and the checks that an adapter's answer is well-formed, shared by the
 * property tests of the adapters and the elements.
 */
import fc from 'fast-check';
import { expect } from '@open-wc/testing';
import { BookingError, protocolErrorCodes, type BookingErrorCode } from '../../src/domain/booking-error.js';
import { isIsoDate, isIsoDateTime } from '../../src/domain/dates.js';
import type { Availability, Booking, Catalog, Hold } from '../../src/domain/types.js';

/** Every code a BookingError may carry: the protocol's (SPEC section 3) and the adapters' own two. */
export const bookingErrorCodes: readonly BookingErrorCode[] = [...protocolErrorCodes, 'network', 'unexpected'];

/** 100 000 characters: larger than any real field. */
export const HUGE = 'A'.repeat(100_000);

/** Strings a hostile or broken backend may send where text is expected. */
export const hostileSamples: readonly string[] = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  '\'><iframe src="javascript:alert(1)"></iframe>',
  '</label><img src=x onerror=alert(1)><label>',
  '<a href="javascript:alert(1)">x</a>',
  '<style>*{display:none}</style>',
  '<!--',
  ']]>',
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  '`${document.cookie}`',
  '\u202Egnp.exe\u202C',
  '\u200F\u200E\u2066\u2069',
  '\u0000',
  '\uD800',
  '\u2028\u2029',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  '   ',
  '',
  HUGE,
  `${HUGE}<img src=x onerror=alert(1)>`,
];

/** A hostile string: a known attack, arbitrary Unicode, or an attack inside arbitrary text. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...hostileSamples) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.string({ maxLength: 10 }),
        fc.constantFrom(...hostileSamples.slice(0, 17)),
        fc.string({ maxLength: 10 }),
      )
      .map((parts) => parts.join('')),
  },
);

/** Non-empty, not only white space: what an element may be given as a name. */
export const hostileText: fc.Arbitrary<string> = hostileString.filter((s) => s.trim() !== '' && s.length < 5000);

/** Numbers JSON has and has not: NaN and the infinities can only reach a parser as objects. */
export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, 0.5, 1, -1, 1e308, -1e308, 5e-324, 2 ** 53 + 1, 1e21, 1e15),
  fc.integer(),
  fc.double(),
);

const hostileKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'polluted'),
  fc.string({ maxLength: 8 }),
);

/** An object with exactly these own keys, `__proto__` included (as JSON.parse makes it). */
export const ownObject = (entries: [string, unknown][]): Record<string, unknown> => Object.fromEntries(entries);

/** Any value a parser may get: JSON with hostile strings, keys and numbers, nested. */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(null, true, false, undefined),
    hostileNumber,
    hostileString,
    fc.array(tie('value'), { maxLength: 5 }),
    fc.array(fc.tuple(hostileKey, tie('value')), { maxLength: 5 }).map(ownObject),
  ),
})).value;

/** Arrays nested `depth` deep, or an object nested so. */
export const deeplyNested: fc.Arbitrary<unknown> = fc
  .tuple(fc.integer({ min: 100, max: 3000 }), fc.boolean())
  .map(([depth, asObject]) => {
    let value: unknown = '<img src=x onerror=alert(1)>';
    for (let i = 0; i < depth; i++) value = asObject ? { concerns: value } : [value];
    return value;
  });

/** A JSON path in a value, as keys and indexes. */
export type Path = (string | number)[];

export function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  // Only the first items of an array: after a huge-array mutation there are too many paths to list.
  const keys: (string | number)[] = Array.isArray(value) ? value.slice(0, 3).map((_, i) => i) : Object.keys(value);
  return [
    prefix,
    ...keys.flatMap((key) => pathsOf((value as Record<string | number, unknown>)[key], [...prefix, key])),
  ];
}

export type Mutation =
  | { kind: 'delete' }
  | { kind: 'replace'; value: unknown }
  | { kind: 'hostile-string'; value: string }
  | { kind: 'huge-array' }
  | { kind: 'proto-key'; value: unknown };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant<Mutation>({ kind: 'delete' }),
  hostileValue.map<Mutation>((value) => ({ kind: 'replace', value })),
  hostileString.map<Mutation>((value) => ({ kind: 'hostile-string', value })),
  hostileValue.map<Mutation>((value) => ({ kind: 'proto-key', value })),
);

/** A deep copy of `value` with `change` applied at `path` (the root path replaces or wraps the whole value). */
export function mutate(value: unknown, path: Path, change: Mutation): unknown {
  const copy = structuredClone(value);
  const apply = (target: unknown): unknown => {
    switch (change.kind) {
      case 'delete':
        return undefined;
      case 'replace':
        return change.value;
      case 'hostile-string':
        return change.value;
      case 'huge-array':
        // The same small item many times; applied last, so no later change touches the shared item.
        return new Array(20_000).fill(JSON.stringify(target ?? null).length < 200 ? target : 1);
      case 'proto-key':
        return typeof target === 'object' && target !== null && !Array.isArray(target)
          ? ownObject([...Object.entries(target), ['__proto__', change.value], ['constructor', change.value]])
          : target;
    }
  };
  if (!path.length) return apply(copy);
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  const next = apply(parent[last]);
  if (next === undefined && !Array.isArray(parent)) delete parent[last];
  else parent[last] = next;
  return copy;
}

/** `valid` with one to three hostile changes at paths inside it, and sometimes one array made huge at the end. */
export function mutationsOf(valid: unknown): fc.Arbitrary<unknown> {
  const change = (value: unknown, index: number, what: Mutation) => {
    const paths = pathsOf(value);
    return mutate(value, paths[index % paths.length]!, what);
  };
  return fc
    .tuple(fc.array(fc.tuple(fc.nat(), mutation), { minLength: 1, maxLength: 3 }), fc.option(fc.nat(), { freq: 5 }))
    .map(([changes, huge]) => {
      const value = changes.reduce((current, [index, what]) => change(current, index, what), valid);
      return huge === null ? value : change(value, huge, { kind: 'huge-array' });
    });
}

/** What `Object.prototype` and `Array.prototype` own, to see that no run added to them. */
export function prototypeSnapshot(): string {
  return JSON.stringify([Object.getOwnPropertyNames(Object.prototype), Object.getOwnPropertyNames(Array.prototype)]);
}

export function expectNoPollution(before: string): void {
  expect(prototypeSnapshot(), 'Object.prototype / Array.prototype changed').to.equal(before);
  const probe: Record<string, unknown> = {};
  expect(probe.polluted, 'a fresh object has "polluted"').to.equal(undefined);
  for (const key in probe) throw new Error(`a fresh object has the enumerable key ${key}`);
}

// ---- Valid Civic Booking Protocol answers, to mutate ---------------------------------------------------------

export const validCatalog = {
  office: { name: 'Ausländerbehörde Münster' },
  concerns: [
    {
      id: 'extend',
      name: 'Aufenthaltserlaubnis verlängern',
      description: 'Pass mitbringen.',
      category: 'Aufenthalt',
      durationMinutes: 20,
      maxCount: 5,
      combinableWith: ['fiction'],
      infoUrl: 'https://www.example.org/aufenthalt',
    },
    { id: 'fiction', name: 'Fiktionsbescheinigung', maxCount: 1 },
  ],
  locations: [
    {
      id: 'stadthaus',
      name: 'Stadthaus 2',
      address: 'Ludgeriplatz 4, 48151 Münster',
      timeZone: 'Europe/Berlin',
      concernIds: ['extend', 'fiction'],
      hint: 'Eingang B',
    },
  ],
  contact: { email: 'required', phone: 'optional' },
  holdMinutes: 10,
  bookingHorizonDays: 90,
  captcha: { kind: 'altcha', challengeUrl: 'https://termine.example.org/captcha' },
};

export const validAvailability = {
  from: '2026-12-01',
  to: '2026-12-31',
  slots: [
    { locationId: 'stadthaus', start: '2026-12-02T09:10:00+01:00', end: '2026-12-02T09:30:00+01:00' },
    { locationId: 'stadthaus', start: '2026-12-02T08:30:00+01:00', end: '2026-12-02T08:50:00+01:00' },
  ],
  nextAvailable: '2027-01-04',
};

export const validHold = {
  id: 'h-1',
  token: 'secret',
  expiresAt: '2026-12-01T08:10:00Z',
  locationId: 'stadthaus',
  start: '2026-12-02T08:30:00+01:00',
  end: '2026-12-02T08:50:00+01:00',
};

export const validBooking = {
  status: 'pending-verification',
  reference: 'MS-1234',
  locationId: 'stadthaus',
  start: '2026-12-02T08:30:00+01:00',
  end: '2026-12-02T08:50:00+01:00',
  concerns: [{ id: 'extend', count: 2 }],
  token: 'tok',
  verifyWithinMinutes: 30,
};

export const validProblem = {
  type: 'about:blank',
  status: 409,
  code: 'slot-taken',
  title: 'Slot taken',
  detail: 'Someone was faster.',
  errors: [{ field: 'contact.email', code: 'invalid' }],
};

// ---- Checks of well-formed answers -------------------------------------------------------------------------

const fail = (message: string): never => {
  throw new Error(message);
};
const nonEmptyString = (value: unknown, what: string) =>
  (typeof value === 'string' && value !== '') ||
  fail(`${what} is not a non-empty string: ${String(value).slice(0, 80)}`);
const optionalText = (value: unknown, what: string) => value === undefined || nonEmptyString(value, what);
const positiveFinite = (value: unknown, what: string) =>
  (typeof value === 'number' && Number.isFinite(value) && value > 0) ||
  fail(`${what} is not a positive number: ${value}`);
const positiveInteger = (value: unknown, what: string) =>
  (Number.isInteger(value) && (value as number) >= 1) || fail(`${what} is not an integer >= 1: ${value}`);
const isoDateTime = (value: unknown, what: string) =>
  isIsoDateTime(value) || fail(`${what} is not an ISO date-time: ${String(value).slice(0, 80)}`);
const isoDate = (value: unknown, what: string) =>
  isIsoDate(value) || fail(`${what} is not an ISO date: ${String(value).slice(0, 80)}`);
const httpUrl = (value: unknown, what: string) => {
  if (value === undefined) return;
  nonEmptyString(value, what);
  const { protocol } = new URL(value as string);
  if (protocol !== 'http:' && protocol !== 'https:') fail(`${what} is a ${protocol} URL`);
};
/** A plain object with no keys beyond `allowed` (so nothing of the input leaks through). */
const plain = (value: unknown, what: string, allowed: string[]) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(`${what} is not an object`);
  if (Object.getPrototypeOf(value) !== Object.prototype) fail(`${what} has another prototype`);
  const extra = Reflect.ownKeys(value as object).filter((key) => !allowed.includes(key as string));
  if (extra.length) fail(`${what} has unexpected keys ${extra.map(String).join(', ')}`);
};
const listOf = (value: unknown, what: string, check: (item: unknown, what: string) => unknown) => {
  if (!Array.isArray(value)) fail(`${what} is not an array`);
  (value as unknown[]).forEach((item, i) => check(item, `${what}[${i}]`));
};
const unique = (items: { id: string }[], what: string) => {
  if (new Set(items.map((item) => item.id)).size !== items.length) fail(`${what} has duplicate ids`);
};

export function checkCatalog(value: unknown): asserts value is Catalog {
  plain(value, 'catalog', [
    'office',
    'concerns',
    'locations',
    'contact',
    'holdMinutes',
    'bookingHorizonDays',
    'captcha',
    'lang',
  ]);
  const catalog = value as Catalog;
  plain(catalog.office, 'catalog.office', ['name']);
  nonEmptyString(catalog.office.name, 'catalog.office.name');
  listOf(catalog.concerns, 'catalog.concerns', (concern, what) => {
    plain(concern, what, [
      'id',
      'name',
      'description',
      'category',
      'durationMinutes',
      'maxCount',
      'combinableWith',
      'infoUrl',
    ]);
    const c = concern as Catalog['concerns'][number];
    nonEmptyString(c.id, `${what}.id`);
    nonEmptyString(c.name, `${what}.name`);
    optionalText(c.description, `${what}.description`);
    optionalText(c.category, `${what}.category`);
    if (c.durationMinutes !== undefined) positiveFinite(c.durationMinutes, `${what}.durationMinutes`);
    positiveInteger(c.maxCount, `${what}.maxCount`);
    if (c.combinableWith !== undefined) listOf(c.combinableWith, `${what}.combinableWith`, nonEmptyString);
    httpUrl(c.infoUrl, `${what}.infoUrl`);
  });
  unique(catalog.concerns, 'catalog.concerns');
  listOf(catalog.locations, 'catalog.locations', (location, what) => {
    plain(location, what, ['id', 'name', 'address', 'timeZone', 'concernIds', 'hint']);
    const l = location as Catalog['locations'][number];
    nonEmptyString(l.id, `${what}.id`);
    nonEmptyString(l.name, `${what}.name`);
    optionalText(l.address, `${what}.address`);
    optionalText(l.hint, `${what}.hint`);
    nonEmptyString(l.timeZone, `${what}.timeZone`);
    new Intl.DateTimeFormat('en', { timeZone: l.timeZone });
    listOf(l.concernIds, `${what}.concernIds`, nonEmptyString);
  });
  unique(catalog.locations, 'catalog.locations');
  plain(catalog.contact, 'catalog.contact', ['email', 'phone']);
  for (const rule of [catalog.contact.email, catalog.contact.phone]) {
    if (!['required', 'optional', 'hidden'].includes(rule)) fail(`contact rule ${rule}`);
  }
  positiveFinite(catalog.holdMinutes, 'catalog.holdMinutes');
  positiveInteger(catalog.bookingHorizonDays, 'catalog.bookingHorizonDays');
  if (catalog.captcha !== null) {
    plain(catalog.captcha, 'catalog.captcha', ['kind', 'challengeUrl']);
    if (catalog.captcha.kind !== 'altcha') fail('captcha.kind');
    httpUrl(catalog.captcha.challengeUrl, 'catalog.captcha.challengeUrl');
  }
}

export function checkSlot(slot: unknown, what: string): void {
  plain(slot, what, ['locationId', 'start', 'end']);
  const s = slot as Availability['slots'][number];
  nonEmptyString(s.locationId, `${what}.locationId`);
  isoDateTime(s.start, `${what}.start`);
  isoDateTime(s.end, `${what}.end`);
  if (!(Date.parse(s.end) > Date.parse(s.start))) fail(`${what} ends before it starts`);
}

export function checkAvailability(value: unknown): asserts value is Availability {
  plain(value, 'availability', ['from', 'to', 'slots', 'days', 'daysWithSlots', 'nextAvailable']);
  const availability = value as Availability;
  isoDate(availability.from, 'availability.from');
  isoDate(availability.to, 'availability.to');
  const inRange = (day: string, what: string) => {
    isoDate(day, what);
    if (day < availability.from || day > availability.to) fail(`${what} ${day} is outside the range`);
  };
  if (availability.days !== undefined)
    listOf(availability.days, 'availability.days', (d, w) => inRange(d as string, w));
  if (availability.daysWithSlots !== undefined) {
    if (availability.days === undefined) fail('availability.daysWithSlots comes without days');
    listOf(availability.daysWithSlots, 'availability.daysWithSlots', (d, w) => inRange(d as string, w));
  }
  listOf(availability.slots, 'availability.slots', checkSlot);
  availability.slots.forEach((slot, i) => {
    if (i && Date.parse(slot.start) < Date.parse(availability.slots[i - 1]!.start)) fail('slots are not sorted');
  });
  if (availability.nextAvailable !== null) isoDate(availability.nextAvailable, 'availability.nextAvailable');
}

export function checkHold(value: unknown): asserts value is Hold {
  plain(value, 'hold', ['id', 'token', 'expiresAt', 'locationId', 'start', 'end', 'extendable']);
  const hold = value as Hold;
  if (hold.extendable !== undefined && typeof hold.extendable !== 'boolean') fail('hold.extendable is no boolean');
  nonEmptyString(hold.id, 'hold.id');
  nonEmptyString(hold.token, 'hold.token');
  nonEmptyString(hold.locationId, 'hold.locationId');
  isoDateTime(hold.expiresAt, 'hold.expiresAt');
  isoDateTime(hold.start, 'hold.start');
  isoDateTime(hold.end, 'hold.end');
}

export function checkBooking(value: unknown): asserts value is Booking {
  plain(value, 'booking', [
    'reference',
    'status',
    'locationId',
    'start',
    'end',
    'concerns',
    'token',
    'verifyWithinMinutes',
  ]);
  const booking = value as Booking;
  if (!['confirmed', 'pending-verification', 'cancelled'].includes(booking.status)) fail(`status ${booking.status}`);
  nonEmptyString(booking.reference, 'booking.reference');
  nonEmptyString(booking.locationId, 'booking.locationId');
  isoDateTime(booking.start, 'booking.start');
  isoDateTime(booking.end, 'booking.end');
  listOf(booking.concerns, 'booking.concerns', (concern, what) => {
    plain(concern, what, ['id', 'count']);
    nonEmptyString((concern as { id: unknown }).id, `${what}.id`);
    positiveInteger((concern as { count: unknown }).count, `${what}.count`);
  });
  optionalText(booking.token, 'booking.token');
  if (booking.verifyWithinMinutes !== undefined)
    positiveFinite(booking.verifyWithinMinutes, 'booking.verifyWithinMinutes');
}

/** A rejection the widget can explain: a BookingError with a known code and sane details. */
export function checkBookingError(error: unknown): asserts error is BookingError {
  if (!(error instanceof BookingError)) {
    throw new Error(`not a BookingError: ${String(error).slice(0, 300)}`, { cause: error });
  }
  if (!bookingErrorCodes.includes(error.code)) fail(`unknown code ${error.code}`);
  if (typeof error.message !== 'string') fail('message is not a string');
  if (error.status !== undefined && !Number.isFinite(error.status)) fail(`status ${error.status}`);
  if (error.retryAfterSeconds !== undefined) {
    const seconds = error.retryAfterSeconds;
    if (!(Number.isFinite(seconds) && seconds >= 0)) fail(`retryAfterSeconds ${seconds}`);
  }
  listOf(error.fieldErrors, 'fieldErrors', (fieldError, what) => {
    nonEmptyString((fieldError as { field: unknown }).field, `${what}.field`);
    nonEmptyString((fieldError as { code: unknown }).code, `${what}.code`);
  });
}

/** Runs `action`; its answer must pass `check`, or it must throw a BookingError that passes `checkBookingError`. */
export async function settlesCleanly<T>(action: () => Promise<T> | T, check: (value: T) => void): Promise<void> {
  let value: T;
  try {
    value = await action();
  } catch (error) {
    checkBookingError(error);
    return;
  }
  check(value);
}

// ---- HTTP answers --------------------------------------------------------------------------------------------

/** A header value the Fetch API accepts: printable ASCII, digits, dates. */
export const headerValue: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 60 }),
  fc.nat().map(String),
  fc.constantFrom(
    '-5',
    '1.5',
    '0',
    'Wed, 21 Oct 2015 07:28:00 GMT',
    'Fri, 31 Dec 9999 23:59:59 GMT',
    '+275760-09-13T00:00:00.000Z',
    '1e308',
    'Infinity',
    'NaN',
    'application/json',
    'application/problem+json; charset=utf-8',
    'text/html',
    '<script>alert(1)</script>',
  ),
);

const nullBodyStatuses = [101, 103, 204, 205, 304];

/** A Retry-After value: also numbers too large for a double. */
export const retryAfterValue: fc.Arbitrary<string> = fc.oneof(
  headerValue,
  fc.integer({ min: 20, max: 400 }).map((digits) => '9'.repeat(digits)),
);

/** A body a backend may send: JSON of a mutated valid answer or problem, any JSON, text, empty, huge. */
export function httpBody(valid: unknown, problem: unknown): fc.Arbitrary<string> {
  const json = (value: unknown) => {
    try {
      return JSON.stringify(value) ?? '';
    } catch {
      return '';
    }
  };
  return fc.oneof(
    { weight: 4, arbitrary: mutationsOf(valid).map(json) },
    { weight: 1, arbitrary: fc.constant(json(valid)) },
    { weight: 2, arbitrary: mutationsOf(problem).map(json) },
    { weight: 2, arbitrary: hostileValue.map(json) },
    { weight: 1, arbitrary: deeplyNested.map(json) },
    { weight: 2, arbitrary: hostileString },
    { weight: 1, arbitrary: fc.constantFrom('', ' ', '\n', 'null', '{', '<html><body>502 Bad Gateway</body></html>') },
    { weight: 1, arbitrary: fc.constant(`"${'x'.repeat(1_000_000)}"`) },
  );
}

export interface HttpAnswer {
  status: number;
  body: string;
  headers: Record<string, string>;
  /** A fetch that answers this, or throws or breaks like a network does. */
  fetch: typeof fetch;
}

/** One HTTP answer (or network failure) for every request. */
export function httpAnswer(valid: unknown, problem: unknown): fc.Arbitrary<HttpAnswer> {
  return fc
    .record({
      status: fc.oneof(
        fc.constantFrom(200, 201, 204, 400, 401, 403, 404, 409, 410, 422, 429, 500, 502, 503),
        fc.integer({ min: 200, max: 599 }),
      ),
      body: httpBody(valid, problem),
      contentType: fc.option(headerValue),
      retryAfter: fc.option(headerValue),
      failure: fc.oneof(
        { weight: 12, arbitrary: fc.constant('none' as const) },
        { weight: 1, arbitrary: fc.constantFrom('fetch-throws', 'fetch-throws-string', 'text-throws', 'abort') },
      ),
    })
    .map(({ status, body, contentType, retryAfter, failure }) => {
      const headers: Record<string, string> = {};
      if (contentType !== null) headers['Content-Type'] = contentType;
      if (retryAfter !== null) headers['Retry-After'] = retryAfter;
      const answer = async (): Promise<Response> => {
        if (failure === 'fetch-throws') throw new TypeError('Failed to fetch');
        if (failure === 'fetch-throws-string') throw '<img src=x onerror=alert(1)>';
        if (failure === 'abort') throw new DOMException('The operation was aborted.', 'AbortError');
        const response = new Response(nullBodyStatuses.includes(status) ? null : body, { status, headers });
        if (failure === 'text-throws') {
          Object.defineProperty(response, 'text', { value: () => Promise.reject(new TypeError('network error')) });
        }
        return response;
      };
      const shown = body.length > 300 ? `${body.slice(0, 300)}… (${body.length} characters)` : body;
      return {
        status,
        body,
        headers,
        fetch: answer as typeof fetch,
        [fc.toStringMethod]: () => `${failure} ${status} ${JSON.stringify(headers)} ${JSON.stringify(shown)}`,
      };
    });
}
