/**
 * Validates and normalises untrusted JSON from a Civic Booking Protocol backend into the booking domain.
 * Strict about required fields (a malformed structure throws a BookingError `unexpected` with reason
 * `malformed-response` and a developer message naming the JSON path), lenient about optional ones (missing or
 * unusable: absent; unknown fields: ignored). Everything stays a plain string: nothing here is ever HTML.
 */
import { BookingError, type BookingErrorCode, type FieldError } from '../../domain/booking-error.js';
import { isIsoDate, isIsoDateTime } from '../../domain/dates.js';
import type {
  Availability,
  Booking,
  BookingStatus,
  CaptchaConfig,
  Catalog,
  Concern,
  ConcernSelection,
  ContactFieldRule,
  Hold,
  Location,
  Slot,
} from '../../domain/types.js';

type Json = Record<string, unknown>;

function malformed(message: string): BookingError {
  return new BookingError('unexpected', message, { reason: 'malformed-response' });
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function object(value: unknown, path: string): Json {
  if (!isObject(value)) throw malformed(`${path} must be an object`);
  return value;
}

function array(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) throw malformed(`${path} must be an array`);
  return value;
}

function string(value: unknown, path: string): string {
  if (typeof value !== 'string' || value === '') throw malformed(`${path} must be a string`);
  return value;
}

function instant(value: unknown, path: string): string {
  if (!isIsoDateTime(value)) throw malformed(`${path} must be an ISO 8601 date-time with offset`);
  return value;
}

function date(value: unknown, path: string): string {
  if (!isIsoDate(value)) throw malformed(`${path} must be a date (YYYY-MM-DD)`);
  return value;
}

function positiveInteger(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw malformed(`${path} must be an integer >= 1`);
  }
  return value;
}

/** An optional text: kept only when it is a non-empty string. */
function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function optionalPositive(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
}

/** Keeps a URL only when it is `http:` or `https:`, so that a backend can never inject `javascript:` links. */
export function safeHttpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the browser knows an IANA time zone. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat(undefined, { timeZone });
    return true;
  } catch {
    return false;
  }
}

function stringList(value: unknown, path: string): string[] {
  return array(value, path).map((item, index) => string(item, `${path}[${index}]`));
}

function parseConcern(value: unknown, path: string): Concern {
  const json = object(value, path);
  const concern: Concern = {
    id: string(json.id, `${path}.id`),
    name: string(json.name, `${path}.name`),
    maxCount: json.maxCount == null ? 1 : positiveInteger(json.maxCount, `${path}.maxCount`),
  };
  const description = optionalString(json.description);
  if (description !== undefined) concern.description = description;
  const category = optionalString(json.category);
  if (category !== undefined) concern.category = category;
  const durationMinutes = optionalPositive(json.durationMinutes);
  if (durationMinutes !== undefined) concern.durationMinutes = durationMinutes;
  // combinableWith changes what may be booked together, so a present but broken list is an error, not absent.
  if (json.combinableWith != null) concern.combinableWith = stringList(json.combinableWith, `${path}.combinableWith`);
  const infoUrl = safeHttpUrl(json.infoUrl);
  if (infoUrl !== undefined) concern.infoUrl = infoUrl;
  return concern;
}

function parseLocation(value: unknown, path: string): Location {
  const json = object(value, path);
  const timeZone = string(json.timeZone, `${path}.timeZone`);
  if (!isValidTimeZone(timeZone)) throw malformed(`${path}.timeZone must be an IANA time zone, not "${timeZone}"`);
  const location: Location = {
    id: string(json.id, `${path}.id`),
    name: string(json.name, `${path}.name`),
    timeZone,
    concernIds: stringList(json.concernIds, `${path}.concernIds`),
  };
  const address = optionalString(json.address);
  if (address !== undefined) location.address = address;
  const hint = optionalString(json.hint);
  if (hint !== undefined) location.hint = hint;
  return location;
}

function contactRule(value: unknown): ContactFieldRule {
  return value === 'required' || value === 'optional' || value === 'hidden' ? value : 'optional';
}

function parseCaptcha(value: unknown): CaptchaConfig | null {
  if (!isObject(value) || value.kind !== 'altcha') return null;
  const challengeUrl = safeHttpUrl(value.challengeUrl);
  return challengeUrl === undefined ? null : { kind: 'altcha', challengeUrl };
}

function unique<T extends { id: string }>(items: T[], path: string): T[] {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) throw malformed(`${path}[${index}].id "${item.id}" appears twice`);
    seen.add(item.id);
  });
  return items;
}

/** The answer of `GET /catalog`. */
export function parseCatalog(json: unknown): Catalog {
  const root = object(json, 'catalog');
  const office = object(root.office, 'catalog.office');
  const concerns = unique(
    array(root.concerns, 'catalog.concerns').map((c, i) => parseConcern(c, `catalog.concerns[${i}]`)),
    'catalog.concerns',
  );
  const locations = unique(
    array(root.locations, 'catalog.locations').map((l, i) => parseLocation(l, `catalog.locations[${i}]`)),
    'catalog.locations',
  );
  const contact = isObject(root.contact) ? root.contact : {};
  const horizon = optionalPositive(root.bookingHorizonDays);
  return {
    office: { name: string(office.name, 'catalog.office.name') },
    concerns,
    locations,
    contact: { email: contactRule(contact.email), phone: contactRule(contact.phone) },
    holdMinutes: optionalPositive(root.holdMinutes) ?? 10,
    bookingHorizonDays: horizon === undefined ? 90 : Math.floor(horizon) || 90,
    captcha: parseCaptcha(root.captcha),
  };
}

function parseSlot(value: unknown, path: string): Slot {
  const json = object(value, path);
  const slot: Slot = {
    locationId: string(json.locationId, `${path}.locationId`),
    start: instant(json.start, `${path}.start`),
    end: instant(json.end, `${path}.end`),
  };
  if (Date.parse(slot.end) <= Date.parse(slot.start)) throw malformed(`${path}.end must be after ${path}.start`);
  return slot;
}

/** The answer of `GET /availability`; slots come back sorted by start. */
export function parseAvailability(json: unknown): Availability {
  const root = object(json, 'availability');
  const slots = array(root.slots, 'availability.slots').map((s, i) => parseSlot(s, `availability.slots[${i}]`));
  slots.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  return {
    from: date(root.from, 'availability.from'),
    to: date(root.to, 'availability.to'),
    slots,
    nextAvailable: root.nextAvailable == null ? null : date(root.nextAvailable, 'availability.nextAvailable'),
  };
}

/** The answer of `POST /holds`. */
export function parseHold(json: unknown): Hold {
  const root = object(json, 'hold');
  return {
    id: string(root.id, 'hold.id'),
    token: string(root.token, 'hold.token'),
    expiresAt: instant(root.expiresAt, 'hold.expiresAt'),
    locationId: string(root.locationId, 'hold.locationId'),
    start: instant(root.start, 'hold.start'),
    end: instant(root.end, 'hold.end'),
  };
}

const statuses: readonly BookingStatus[] = ['confirmed', 'pending-verification', 'cancelled'];

function parseSelection(value: unknown, path: string): ConcernSelection {
  const json = object(value, path);
  return { id: string(json.id, `${path}.id`), count: positiveInteger(json.count, `${path}.count`) };
}

/** The answer of `POST /bookings` and `GET /bookings/{reference}`. */
export function parseBooking(json: unknown): Booking {
  const root = object(json, 'booking');
  const status = root.status as BookingStatus;
  if (!statuses.includes(status)) throw malformed(`booking.status must be one of ${statuses.join(', ')}`);
  const booking: Booking = {
    reference: string(root.reference, 'booking.reference'),
    status,
    locationId: string(root.locationId, 'booking.locationId'),
    start: instant(root.start, 'booking.start'),
    end: instant(root.end, 'booking.end'),
    concerns: array(root.concerns, 'booking.concerns').map((c, i) => parseSelection(c, `booking.concerns[${i}]`)),
  };
  const token = optionalString(root.token);
  if (token !== undefined) booking.token = token;
  const verifyWithinMinutes = optionalPositive(root.verifyWithinMinutes);
  if (verifyWithinMinutes !== undefined) booking.verifyWithinMinutes = verifyWithinMinutes;
  return booking;
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

const protocolCodes: readonly BookingErrorCode[] = [
  'invalid-input',
  'slot-taken',
  'hold-expired',
  'limit-reached',
  'too-late',
  'idempotency-mismatch',
  'captcha-required',
  'not-found',
  'rate-limited',
  'unavailable',
];

/**
 * An error answer's body. Never throws: an error answer with a broken body is still an error answer, and the
 * status code then decides what it means.
 */
export function parseProblem(json: unknown): Problem {
  if (!isObject(json)) return { fieldErrors: [] };
  const problem: Problem = { fieldErrors: [] };
  if (typeof json.status === 'number' && Number.isInteger(json.status)) problem.status = json.status;
  if (protocolCodes.includes(json.code as BookingErrorCode)) problem.code = json.code as BookingErrorCode;
  const title = optionalString(json.title);
  if (title !== undefined) problem.title = title;
  const detail = optionalString(json.detail);
  if (detail !== undefined) problem.detail = detail;
  if (Array.isArray(json.errors)) {
    for (const error of json.errors) {
      if (isObject(error) && typeof error.field === 'string' && error.field !== '') {
        problem.fieldErrors.push({ field: error.field, code: optionalString(error.code) ?? 'invalid' });
      }
    }
  }
  return problem;
}
