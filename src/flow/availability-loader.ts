import type { BookingAdapter } from '../adapters/booking-adapter.js';
import { endOfMonthOf, localDate, startOfMonthOf } from '../domain/dates.js';
import { bookableDatesOf, slotsOn } from '../domain/slots.js';
import type { Availability, ConcernSelection, IsoDate, Slot } from '../domain/types.js';

/** What the citizen asks availability for: the chosen concerns, and a location or every one. */
export interface SlotQuery {
  concerns: ConcernSelection[];
  locationId?: string;
}

/** What is known of one month for one query. Replaced, never changed, when more becomes known. */
export interface MonthAvailability {
  /** The range asked for: the month within the booking window. */
  from: IsoDate;
  to: IsoDate;
  /** The days with a free slot, sorted. */
  days: IsoDate[];
  /** The slots known so far, sorted by start. */
  slots: Slot[];
  /** Whether every day's slots are known; else those of `loadedDays`. */
  complete: boolean;
  loadedDays: ReadonlySet<IsoDate>;
  nextAvailable: IsoDate | null;
}

const byStart = (a: Slot, b: Slot) => Date.parse(a.start) - Date.parse(b.start);

/** Whether the slots of a day of the month are known. */
export function hasSlotsOf(month: MonthAvailability, date: IsoDate): boolean {
  return month.complete || month.loadedDays.has(date);
}

/**
 * Loads free slots month by month and, where a backend lists its bookable days apart from their times, day by
 * day, through the adapter. Answers are cached per query and month until `clear()`, so that going back and
 * forth between months asks the backend once.
 */
export class AvailabilityLoader {
  readonly #cache = new Map<string, MonthAvailability>();
  readonly #adapter: () => BookingAdapter;
  readonly #timeZoneOf: (locationId: string) => string;

  constructor(adapter: () => BookingAdapter, timeZoneOf: (locationId: string) => string) {
    this.#adapter = adapter;
    this.#timeZoneOf = timeZoneOf;
  }

  /** Forgets every answer, after a slot turned out to be taken or a booking changed the office's calendar. */
  clear(): void {
    this.#cache.clear();
  }

  /** The month's availability from `month` (its first day) within the window `min`..`max`. */
  async month(
    query: SlotQuery,
    month: IsoDate,
    window: { min: IsoDate; max: IsoDate },
    signal: AbortSignal,
  ): Promise<MonthAvailability> {
    const from = month < window.min ? window.min : month;
    const last = endOfMonthOf(month);
    const to = last > window.max ? window.max : last;
    const key = this.#key(query, month);
    const cached = this.#cache.get(key);
    if (cached && cached.from === from && cached.to === to) return cached;
    if (from > to) return { from, to, days: [], slots: [], complete: true, loadedDays: new Set(), nextAvailable: null };
    const answer = await this.#adapter().loadAvailability({ ...query, from, to }, { signal });
    const known = this.#fromAnswer(answer, from, to);
    this.#cache.set(key, known);
    return known;
  }

  /**
   * The month with the slots of `date` known: from the cache, or asked for that day alone. A listed day that
   * turns out to have no slot for the query (a backend's list can be a hint) leaves the month's days.
   */
  async day(
    query: SlotQuery,
    known: MonthAvailability,
    date: IsoDate,
    signal: AbortSignal,
  ): Promise<MonthAvailability> {
    if (hasSlotsOf(known, date)) return known;
    const answer = await this.#adapter().loadAvailability({ ...query, from: date, to: date }, { signal });
    const daySlots = slotsOn(answer.slots, date, this.#timeZoneOf);
    const otherDays = known.slots.filter((slot) => localDate(slot.start, this.#timeZoneOf(slot.locationId)) !== date);
    const slots = [...otherDays, ...daySlots].sort(byStart);
    const updated: MonthAvailability = {
      ...known,
      slots,
      days: daySlots.length ? known.days : known.days.filter((day) => day !== date),
      loadedDays: new Set([...known.loadedDays, date]),
    };
    this.#cache.set(this.#key(query, startOfMonthOf(known.from)), updated);
    return updated;
  }

  #fromAnswer(answer: Availability, from: IsoDate, to: IsoDate): MonthAvailability {
    const slots = answer.slots
      .filter((slot) => {
        const day = localDate(slot.start, this.#timeZoneOf(slot.locationId));
        return day >= from && day <= to;
      })
      .sort(byStart);
    const slotDays = bookableDatesOf(slots, this.#timeZoneOf);
    if (!answer.days) {
      return {
        from,
        to,
        days: slotDays,
        slots,
        complete: true,
        loadedDays: new Set(),
        nextAvailable: answer.nextAvailable,
      };
    }
    const loadedDays = new Set((answer.daysWithSlots ?? []).filter((day) => day >= from && day <= to));
    // A day whose slots came in full but hold none is not bookable, whatever the list says.
    const days = [...new Set([...answer.days, ...slotDays])]
      .filter((day) => day >= from && day <= to && (!loadedDays.has(day) || slotDays.includes(day)))
      .sort();
    return { from, to, days, slots, complete: false, loadedDays, nextAvailable: answer.nextAvailable };
  }

  #key({ concerns, locationId }: SlotQuery, month: IsoDate): string {
    return `${concerns.map(({ id, count }) => `${id}:${count}`).join(',')}|${locationId ?? ''}|${month}`;
  }
}
