// Over 350 lines on purpose: the one demo office behind every mock, its rules side by side.
import { BookingError, type BookingErrorCode, type FieldError } from '../../domain/booking-error.js';
import { emailProblem, phoneProblem } from '../../domain/contact-rules.js';
import { addDaysTo, isIsoDate, isIsoDateTime, localDate, todayIn } from '../../domain/dates.js';
import { zonedInstant } from '../../domain/zoned-instant.js';
import type {
  Availability,
  AvailabilityQuery,
  Booking,
  Catalog,
  ConcernSelection,
  Contact,
  Hold,
  HoldRequest,
  IsoDate,
  Location,
  Slot,
} from '../../domain/types.js';
import { isDemoClosure } from './demo-holidays.js';
import { demoCatalog, demoTimeZone, openingIntervals } from './demo-office.js';

export interface DemoBackendOptions {
  /** The clock; default the real one. Tests and stories pass a fixed or controllable one. */
  now?: () => Date;
  /** Whether the office moves a booking in one step (catalog `reschedule`); default true. */
  reschedule?: boolean;
}

/** A hold as a request names it. */
export interface DemoHoldRef {
  holdId: string;
  holdToken: string;
}

/** What `POST /bookings` carries, in domain terms. */
export interface DemoBookRequest extends DemoHoldRef {
  contact: Contact;
  lang: string;
}

interface HoldRecord {
  hold: Hold;
  concerns: ConcernSelection[];
  state: 'active' | 'used' | 'released';
}

interface BookingRecord {
  booking: Booking;
  email: string;
}

const MINUTE = 60_000;
const GRID = 10;
const MAX_RANGE_DAYS = 92;

/** FNV-1a: a small, stable hash, so that the demo looks the same on every run. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const referenceAlphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** `MS-` and five characters; multiplying by an odd number modulo 32^5 never repeats a reference. */
function reference(n: number): string {
  let x = Math.imul(n + 7, 0x2f1b3) & 0x1ffffff;
  let code = '';
  for (let i = 0; i < 5; i++, x >>>= 5) code += referenceAlphabet[x & 31];
  return `MS-${code}`;
}

function token(seed: string): string {
  return [1, 2, 3, 4].map((round) => hash(`${round}:${seed}`).toString(36).padStart(7, '0')).join('');
}

function invalid(message: string, fieldErrors: FieldError[]): BookingError {
  return new BookingError('invalid-input', message, { status: 422, fieldErrors });
}

function fail(code: BookingErrorCode, message: string): BookingError {
  return new BookingError(code, message, { retryAfterSeconds: code === 'rate-limited' ? 30 : undefined });
}

function isoWeekday(date: IsoDate): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay() || 7;
}

function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

/**
 * The demo office's behaviour in domain terms: availability, holds, bookings, cancellations. Deterministic
 * for a given clock; in memory; every answer is a fresh copy. Both the DemoAdapter and the mock backend run
 * on it, so a story, a test over HTTP and the script-tag demo all see the same office.
 */
export class DemoBackend {
  readonly #now: () => Date;
  readonly #holds = new Map<string, HoldRecord>();
  readonly #bookings = new Map<string, BookingRecord>();
  readonly #idempotencyKeys = new Map<string, { fingerprint: string; reference: string }>();
  #sequence = 0;
  #pendingFault?: BookingErrorCode;

  readonly #reschedule: boolean;

  constructor(options: DemoBackendOptions = {}) {
    this.#now = options.now ?? (() => new Date());
    this.#reschedule = options.reschedule ?? true;
  }

  /** Makes the next call fail with this code (once), to show and test error states. */
  failNext(code: BookingErrorCode): void {
    this.#pendingFault = code;
  }

  catalog(lang: string): Catalog {
    this.#fault();
    const catalog = demoCatalog(lang);
    return this.#reschedule ? { ...catalog, reschedule: true } : catalog;
  }

  availability(query: AvailabilityQuery): Availability {
    this.#fault();
    const fieldErrors: FieldError[] = [];
    if (!isIsoDate(query.from)) fieldErrors.push({ field: 'from', code: 'invalid' });
    if (!isIsoDate(query.to)) fieldErrors.push({ field: 'to', code: 'invalid' });
    if (fieldErrors.length) throw invalid('Bad from or to.', fieldErrors);
    const span = daysBetween(query.from, query.to);
    if (span < 0 || span > MAX_RANGE_DAYS) {
      throw invalid('Range too long.', [{ field: 'to', code: 'out-of-range' }]);
    }
    const catalog = demoCatalog('en');
    const length = this.#selectionMinutes(catalog, query.concerns);
    if (query.locationId !== undefined && !catalog.locations.some((l) => l.id === query.locationId)) {
      throw invalid('Unknown location.', [{ field: 'location', code: 'unknown' }]);
    }
    const locations = catalog.locations.filter(
      (location) =>
        (query.locationId === undefined || location.id === query.locationId) &&
        query.concerns.every((c) => location.concernIds.includes(c.id)),
    );
    const slots: Slot[] = [];
    for (let date = query.from; date <= query.to; date = addDaysTo(date, 1)) {
      for (const location of locations) slots.push(...this.#daySlots(date, location, length));
    }
    slots.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
    let nextAvailable: IsoDate | null = null;
    const last = this.#lastBookableDate();
    for (let date = addDaysTo(query.to, 1); date <= last && !nextAvailable; date = addDaysTo(date, 1)) {
      if (locations.some((location) => this.#daySlots(date, location, length).length)) nextAvailable = date;
    }
    return { from: query.from, to: query.to, slots, nextAvailable };
  }

  hold(request: HoldRequest): Hold {
    this.#fault();
    const catalog = demoCatalog('en');
    const length = this.#selectionMinutes(catalog, request.concerns);
    const location = catalog.locations.find((l) => l.id === request.locationId);
    if (!location || !request.concerns.every((c) => location.concernIds.includes(c.id))) {
      throw invalid('Location does not offer this.', [{ field: 'locationId', code: 'invalid' }]);
    }
    if (!isIsoDateTime(request.start)) {
      throw invalid('Bad start.', [{ field: 'start', code: 'invalid' }]);
    }
    const startMs = Date.parse(request.start);
    const slot = this.#daySlots(localDate(request.start, location.timeZone), location, length).find(
      (candidate) => Date.parse(candidate.start) === startMs,
    );
    if (!slot) throw fail('slot-taken', 'Slot taken.');
    const n = ++this.#sequence;
    const hold: Hold = {
      id: `hold-${n}`,
      token: token(`hold-${n}`),
      expiresAt: new Date(this.#now().getTime() + catalog.holdMinutes * MINUTE).toISOString(),
      ...slot,
    };
    this.#holds.set(hold.id, {
      hold,
      concerns: request.concerns.map(({ id, count }) => ({ id, count })),
      state: 'active',
    });
    return { ...hold };
  }

  release(holdId: string, holdToken: string): void {
    this.#fault();
    const record = this.#holds.get(holdId);
    if (!record || record.hold.token !== holdToken || record.state !== 'active') {
      throw fail('not-found', 'Unknown hold.');
    }
    record.state = 'released';
  }

  book(request: DemoBookRequest, idempotencyKey: string): Booking {
    this.#fault();
    const { name, email, phone } = request.contact;
    const fingerprint = JSON.stringify([request.holdId, request.holdToken, name, email, phone, request.lang]);
    const earlier = this.#idempotencyKeys.get(idempotencyKey);
    if (earlier) {
      if (earlier.fingerprint !== fingerprint) {
        throw new BookingError('idempotency-mismatch', 'Idempotency-Key reused.', {
          status: 422,
        });
      }
      return structuredClone(this.#bookings.get(earlier.reference)!.booking);
    }
    const record = this.#holds.get(request.holdId);
    if (!record || record.hold.token !== request.holdToken || record.state !== 'active') {
      throw fail('not-found', 'Unknown hold.');
    }
    if (this.#now().getTime() >= Date.parse(record.hold.expiresAt)) throw fail('hold-expired', 'Hold expired.');
    this.#checkContact(request.contact);
    const mail = email!.trim().toLowerCase();
    const active = [...this.#bookings.values()].filter(
      (b) =>
        b.email === mail && b.booking.status !== 'cancelled' && Date.parse(b.booking.start) > this.#now().getTime(),
    );
    if (active.length >= 3) throw fail('limit-reached', 'Limit reached.');

    const n = ++this.#sequence;
    const booking: Booking = {
      reference: reference(n),
      status: mail.endsWith('@verify.example') ? 'pending-verification' : 'confirmed',
      locationId: record.hold.locationId,
      start: record.hold.start,
      end: record.hold.end,
      concerns: record.concerns.map(({ id, count }) => ({ id, count })),
      token: token(`booking-${n}`),
    };
    if (booking.status === 'pending-verification') booking.verifyWithinMinutes = 30;
    record.state = 'used';
    this.#bookings.set(booking.reference, { booking, email: mail });
    this.#idempotencyKeys.set(idempotencyKey, { fingerprint, reference: booking.reference });
    return structuredClone(booking);
  }

  getBooking(bookingReference: string, bookingToken: string): Booking {
    this.#fault();
    const booking = structuredClone(this.#find(bookingReference, bookingToken).booking);
    delete booking.token;
    return booking;
  }

  /**
   * Moves a booking to a held slot, atomically: every refusal (`too-late`, `hold-expired`, an unknown hold)
   * leaves the booking as it was. The same key for the same change answers the same booking again.
   */
  reschedule(bookingReference: string, bookingToken: string, hold: DemoHoldRef, idempotencyKey: string): Booking {
    this.#fault();
    if (!this.#reschedule) throw fail('not-found', 'This office does not move bookings.');
    const fingerprint = JSON.stringify(['reschedule', bookingReference, hold.holdId, hold.holdToken]);
    const earlier = this.#idempotencyKeys.get(idempotencyKey);
    if (earlier) {
      if (earlier.fingerprint !== fingerprint) throw fail('idempotency-mismatch', 'Idempotency-Key reused.');
      return structuredClone(this.#bookings.get(earlier.reference)!.booking);
    }
    const { booking } = this.#find(bookingReference, bookingToken);
    if (booking.status === 'cancelled' || this.#now().getTime() >= Date.parse(booking.start)) {
      throw fail('too-late', 'Too late.');
    }
    const record = this.#holds.get(hold.holdId);
    if (!record || record.hold.token !== hold.holdToken || record.state !== 'active') {
      throw fail('not-found', 'Unknown hold.');
    }
    if (this.#now().getTime() >= Date.parse(record.hold.expiresAt)) throw fail('hold-expired', 'Hold expired.');
    Object.assign(booking, {
      locationId: record.hold.locationId,
      start: record.hold.start,
      end: record.hold.end,
      concerns: record.concerns.map(({ id, count }) => ({ id, count })),
      token: token(`booking-${booking.reference}-${++this.#sequence}`),
    });
    record.state = 'used';
    this.#idempotencyKeys.set(idempotencyKey, { fingerprint, reference: booking.reference });
    return structuredClone(booking);
  }

  cancel(bookingReference: string, bookingToken: string): void {
    this.#fault();
    const { booking } = this.#find(bookingReference, bookingToken);
    if (booking.status === 'cancelled') return;
    if (this.#now().getTime() >= Date.parse(booking.start)) {
      throw fail('too-late', 'Too late.');
    }
    booking.status = 'cancelled';
    delete booking.verifyWithinMinutes;
  }

  #fault(): void {
    const code = this.#pendingFault;
    if (code) {
      this.#pendingFault = undefined;
      throw fail(code, 'Simulated.');
    }
  }

  #find(bookingReference: string, bookingToken: string): BookingRecord {
    const record = this.#bookings.get(bookingReference);
    if (!record || record.booking.token !== bookingToken) throw fail('not-found', 'Unknown booking.');
    return record;
  }

  #checkContact(contact: Contact): void {
    const errors: FieldError[] = [];
    if (!contact.name?.trim()) errors.push({ field: 'contact.name', code: 'required' });
    if (!contact.email?.trim()) errors.push({ field: 'contact.email', code: 'required' });
    else if (emailProblem(contact.email.trim())) errors.push({ field: 'contact.email', code: 'invalid' });
    if (contact.phone?.trim() && phoneProblem(contact.phone.trim())) {
      errors.push({ field: 'contact.phone', code: 'invalid' });
    }
    if (errors.length) throw invalid('Bad contact.', errors);
  }

  /** Validates a selection and answers its length on the slot grid. */
  #selectionMinutes(catalog: Catalog, selection: ConcernSelection[]): number {
    const field = [{ field: 'concerns', code: 'invalid' }];
    if (!Array.isArray(selection) || selection.length === 0) throw invalid('No concerns.', field);
    let minutes = 0;
    for (const { id, count } of selection) {
      const concern = catalog.concerns.find((c) => c.id === id);
      if (!concern || !Number.isInteger(count) || count < 1 || count > concern.maxCount) {
        throw invalid(`Bad concern ${id}.`, field);
      }
      if (selection.filter((other) => other.id === id).length > 1) throw invalid(`Bad concern ${id}.`, field);
      for (const other of selection) {
        if (other.id !== id && concern.combinableWith && !concern.combinableWith.includes(other.id)) {
          throw invalid(`Bad concern ${id}.`, field);
        }
      }
      minutes += (concern.durationMinutes ?? GRID) * count;
    }
    return Math.ceil(minutes / GRID) * GRID;
  }

  #lastBookableDate(): IsoDate {
    return addDaysTo(todayIn(demoTimeZone, this.#now()), demoCatalog('en').bookingHorizonDays);
  }

  /** The free slots of one location on one day, for a selection of a given length. */
  #daySlots(date: IsoDate, location: Location, length: number): Slot[] {
    // A few days are fully booked, as in any real office.
    if (date > this.#lastBookableDate() || isDemoClosure(date) || hash(date) % 7 === 0) return [];
    const earliest = this.#now().getTime() + 60 * MINUTE;
    const taken = this.#takenIntervals(location.id);
    const slots: Slot[] = [];
    for (const [open, close] of openingIntervals(location.id, isoWeekday(date))) {
      for (let minute = open; minute + length <= close; minute += GRID) {
        const start = zonedInstant(date, Math.floor(minute / 60), minute % 60, location.timeZone);
        const startMs = Date.parse(start);
        const endMs = startMs + length * MINUTE;
        if (startMs < earliest || hash(location.id + start) % 10 < 3) continue;
        if (taken.some(([from, to]) => startMs < to && from < endMs)) continue;
        const end = zonedInstant(date, Math.floor((minute + length) / 60), (minute + length) % 60, location.timeZone);
        slots.push({ locationId: location.id, start, end });
      }
    }
    return slots;
  }

  /** Intervals blocked by live holds and by bookings that are not cancelled, as epoch milliseconds. */
  #takenIntervals(locationId: string): [number, number][] {
    const now = this.#now().getTime();
    const intervals: [number, number][] = [];
    for (const { hold, state } of this.#holds.values()) {
      if (hold.locationId === locationId && state === 'active' && Date.parse(hold.expiresAt) > now) {
        intervals.push([Date.parse(hold.start), Date.parse(hold.end)]);
      }
    }
    for (const { booking } of this.#bookings.values()) {
      if (booking.locationId === locationId && booking.status !== 'cancelled') {
        intervals.push([Date.parse(booking.start), Date.parse(booking.end)]);
      }
    }
    return intervals;
  }
}
