/**
 * Validates and normalises untrusted JSON from a Civic Booking Protocol backend into the booking domain.
 * Strict about required fields (a malformed structure throws a BookingError `unexpected` with reason
 * `malformed-response` and a developer message naming the JSON path), lenient about optional ones (missing or
 * unusable: absent; unknown fields: ignored). Everything stays a plain string: nothing here is ever HTML.
 *
 * Each shape is a table of field readers; a reader gets the field's value and JSON path, and answers the value
 * to keep (undefined: leave the field out) or throws.
 */
import {
  BookingError,
  isProtocolErrorCode,
  type BookingErrorCode,
  type FieldError,
} from '../../domain/booking-error.js';
import { isIsoDate, isIsoDateTime } from '../../domain/dates.js';
import { safeHttpUrl } from '../../domain/safe-url.js';
import type {
  Availability,
  Booking,
  BookingStatus,
  CaptchaConfig,
  Catalog,
  ContactFieldRule,
  Hold,
  Slot,
} from '../../domain/types.js';

export { safeHttpUrl };

type Json = Record<string, unknown>;
type Reader = (value: unknown, path: string) => unknown;

function malformed(message: string): BookingError {
  return new BookingError('unexpected', message, { reason: 'malformed-response' });
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A reader that keeps a value passing `test`, and throws "`path` must be `what`" for any other. */
const must =
  <T>(test: (value: unknown) => boolean, what: string) =>
  (value: unknown, path: string): T => {
    if (!test(value)) throw malformed(`${path} must be ${what}`);
    return value as T;
  };

const object = must<Json>(isObject, 'an object');
const array = must<unknown[]>(Array.isArray, 'an array');
const string = must<string>((value) => typeof value === 'string' && value !== '', 'a string');
const instant = must<string>(isIsoDateTime, 'an ISO 8601 date-time with offset');
const date = must<string>(isIsoDate, 'a date (YYYY-MM-DD)');
const positiveInteger = must<number>((value) => Number.isInteger(value) && (value as number) >= 1, 'an integer >= 1');

/** An optional text: kept only when it is a non-empty string. */
const optionalString = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

/** An optional list of texts: its non-empty strings, or absent when none is left. */
const optionalTexts = (value: unknown) => {
  const texts = Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string' && !!item.trim())
    : [];
  return texts.length ? texts : undefined;
};

const optionalPositive = (value: unknown) =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;

/** A reader for a field that may be missing or null (then `fallback`), but must be valid when present. */
const orElse =
  (read: Reader, fallback?: unknown): Reader =>
  (value, path) =>
    value == null ? fallback : read(value, path);

const list =
  <T>(read: Reader) =>
  (value: unknown, path: string): T[] =>
    array(value, path).map((item, index) => read(item, `${path}[${index}]`) as T);

/** A reader for an object with the fields of `fields`, and no others. */
const shape =
  <T>(fields: Record<string, Reader>) =>
  (value: unknown, path: string): T => {
    const json = object(value, path);
    const result: Json = {};
    for (const [key, read] of Object.entries(fields)) {
      const field = read(json[key], `${path}.${key}`);
      if (field !== undefined) result[key] = field;
    }
    return result as T;
  };

/** A list whose items' ids are all different. */
const uniqueList =
  (read: Reader) =>
  (value: unknown, path: string): { id: string }[] => {
    const seen = new Set<string>();
    return list<{ id: string }>(read)(value, path).map((item, index) => {
      if (seen.has(item.id)) throw malformed(`${path}[${index}].id "${item.id}" appears twice`);
      seen.add(item.id);
      return item;
    });
  };

/** Whether the browser knows an IANA time zone. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat(undefined, { timeZone });
    return true;
  } catch {
    return false;
  }
}

const stringList = list<string>(string);

const contactRule = (value: unknown): ContactFieldRule =>
  value === 'required' || value === 'hidden' ? value : 'optional';

const readCatalog = shape<Catalog>({
  office: shape({ name: string }),
  concerns: uniqueList(
    shape({
      id: string,
      name: string,
      maxCount: orElse(positiveInteger, 1),
      description: optionalString,
      category: optionalString,
      durationMinutes: optionalPositive,
      // combinableWith changes what may be booked together, so a present but broken list is an error.
      combinableWith: orElse(stringList),
      infoUrl: (value) => safeHttpUrl(value),
      keywords: optionalTexts,
      bring: optionalTexts,
    }),
  ),
  locations: uniqueList(
    shape({
      id: string,
      name: string,
      timeZone: (value, path) => {
        const timeZone = string(value, path);
        if (!isValidTimeZone(timeZone)) throw malformed(`${path} must be an IANA time zone, not "${timeZone}"`);
        return timeZone;
      },
      concernIds: stringList,
      address: optionalString,
      hint: optionalString,
    }),
  ),
  contact: (value) => {
    const contact = isObject(value) ? value : {};
    return { email: contactRule(contact.email), phone: contactRule(contact.phone) };
  },
  holdMinutes: (value) => optionalPositive(value) ?? 10,
  bookingHorizonDays: (value) => Math.floor(optionalPositive(value) ?? 90) || 90,
  lang: (value) => {
    try {
      return typeof value === 'string' ? Intl.getCanonicalLocales(value)[0] : undefined;
    } catch {
      return undefined;
    }
  },
  reschedule: (value) => value === true || undefined,
  captcha: (value): CaptchaConfig | null => {
    const challengeUrl = isObject(value) && value.kind === 'altcha' ? safeHttpUrl(value.challengeUrl) : undefined;
    return challengeUrl ? { kind: 'altcha', challengeUrl } : null;
  },
});

/** The answer of `GET /catalog`. */
export function parseCatalog(json: unknown): Catalog {
  return readCatalog(json, 'catalog');
}

const readSlot = shape<Slot>({ locationId: string, start: instant, end: instant });

const readAvailability = shape<Availability>({
  from: date,
  to: date,
  slots: (value, path) =>
    list<Slot>((item, itemPath) => {
      const slot = readSlot(item, itemPath);
      if (Date.parse(slot.end) <= Date.parse(slot.start))
        throw malformed(`${itemPath}.end must be after ${itemPath}.start`);
      return slot;
    })(value, path).sort((a, b) => Date.parse(a.start) - Date.parse(b.start)),
  nextAvailable: orElse(date, null),
});

/** The answer of `GET /availability`; slots come back sorted by start. */
export function parseAvailability(json: unknown): Availability {
  return readAvailability(json, 'availability');
}

const readHold = shape<Hold>({
  id: string,
  token: string,
  expiresAt: instant,
  locationId: string,
  start: instant,
  end: instant,
});

/** The answer of `POST /holds`. */
export function parseHold(json: unknown): Hold {
  return readHold(json, 'hold');
}

const statuses: readonly BookingStatus[] = ['confirmed', 'pending-verification', 'cancelled'];

const readBooking = shape<Booking>({
  status: must((value) => statuses.includes(value as BookingStatus), `one of ${statuses.join(', ')}`),
  reference: string,
  locationId: string,
  start: instant,
  end: instant,
  concerns: list(shape({ id: string, count: positiveInteger })),
  token: optionalString,
  verifyWithinMinutes: optionalPositive,
});

/** The answer of `POST /bookings` and `GET /bookings/{reference}`. */
export function parseBooking(json: unknown): Booking {
  return readBooking(json, 'booking');
}

/** What an `application/problem+json` error answer says; every field may be missing. */
export interface Problem {
  status?: number;
  /** The protocol's `code`, only when it is one a backend may send. */
  code?: BookingErrorCode;
  title?: string;
  detail?: string;
  fieldErrors: FieldError[];
}

const readProblem = shape<Problem>({
  status: (value) => (Number.isInteger(value) ? value : undefined),
  code: (value) => (isProtocolErrorCode(value) ? value : undefined),
  title: optionalString,
  detail: optionalString,
});

/**
 * An error answer's body. Never throws: an error answer with a broken body is still an error answer, and the
 * status code then decides what it means.
 */
export function parseProblem(json: unknown): Problem {
  const body = isObject(json) ? json : {};
  const problem = readProblem(body, 'problem');
  problem.fieldErrors = [];
  if (Array.isArray(body.errors)) {
    for (const error of body.errors) {
      const field = isObject(error) && optionalString(error.field);
      if (field) problem.fieldErrors.push({ field, code: optionalString(error.code) ?? 'invalid' });
    }
  }
  return problem;
}
