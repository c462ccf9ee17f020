import type { BookingAdapter } from '../adapters/booking-adapter.js';
import { endOfMonthOf, localDate, startOfMonthOf } from '../domain/dates.js';
import { slotsOn } from '../domain/slots.js';
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

/** A month to show: what is known of it, the day to show the times of, and the earliest slot. */
export interface MonthShown {
  known: MonthAvailability;
  date: IsoDate | null;
  earliest: Slot | null;
}

const byStart = (a: Slot, b: Slot) => Date.parse(a.start) - Date.parse(b.start);

/** Whether the slots of a day of the month are known. */
export function hasSlotsOf(month: MonthAvailability, date: IsoDate): boolean {
  return month.complete || month.loadedDays.has(date);
}

/**
 * Loads free slots month by month and, where a backend lists its bookable days apart from their times, day by
 * day, through the adapter, in the spirit of `@lit/task`: answers are cached per query and month until
 * `clear()`, so that going back and forth asks the backend once; a new month aborts what still loads for the
 * last one, and the latest request wins (an outdated one answers null).
 */
export class AvailabilityLoader {
  readonly #cache = new Map<string, MonthAvailability>();
  readonly #adapter: () => BookingAdapter;
  readonly #timeZoneOf: (locationId: string) => string;
  #month?: AbortController;
  #day?: AbortController;
  /** What is known of the month on screen. */
  #visible: MonthAvailability | null = null;

  constructor(adapter: () => BookingAdapter, timeZoneOf: (locationId: string) => string) {
    this.#adapter = adapter;
    this.#timeZoneOf = timeZoneOf;
  }

  /** Forgets every answer, after a slot turned out to be taken or a booking changed the office's calendar. */
  clear(): void {
    this.#cache.clear();
    this.#visible = null;
  }

  /** Stops every request still running. */
  abort(): void {
    this.#month?.abort();
    this.#day?.abort();
  }

  /**
   * The month from `month` (its first day) within the window `min`..`max`, with the times of the day to show
   * (`keep`, the citizen's choice in that month, else its first day that really has a time), and, unless
   * `earliest` is known, the earliest slot: in this month, or, for the first month, in the month of the next
   * bookable date. Null when a later request superseded it.
   */
  async show(
    query: SlotQuery,
    month: IsoDate,
    window: { min: IsoDate; max: IsoDate },
    keep: IsoDate | null,
    earliest: Slot | null,
  ): Promise<MonthShown | null> {
    this.abort();
    const { signal } = (this.#month = new AbortController());
    return this.#unlessSuperseded(signal, async () => {
      let known = await this.#load(query, month, window, signal);
      let date = keep;
      if (date) known = await this.#dayOf(query, known, date, signal);
      if (!date || !earliest) {
        const first = await this.#firstBookableDayOf(query, known, signal);
        known = first.known;
        date ??= first.date;
        earliest ??= first.date ? slotsOn(known.slots, first.date, this.#timeZoneOf)[0]! : null;
        if (!earliest && !first.date && month === startOfMonthOf(window.min) && known.nextAvailable) {
          const later = await this.#load(query, startOfMonthOf(known.nextAvailable), window, signal);
          const next = await this.#firstBookableDayOf(query, later, signal);
          earliest = next.date ? slotsOn(next.known.slots, next.date, this.#timeZoneOf)[0]! : null;
        }
      }
      this.#visible = known;
      return { known, date, earliest };
    });
  }

  /** What `run` answers, or null when `signal` was aborted meanwhile (its failure then too: it was superseded). */
  async #unlessSuperseded<T>(signal: AbortSignal, run: () => Promise<T>): Promise<T | null> {
    try {
      const result = await run();
      return signal.aborted ? null : result;
    } catch (error) {
      if (signal.aborted) return null;
      throw error;
    }
  }

  /**
   * The month on screen with the times of a day the citizen chose, asked for that day alone when the month's
   * answer did not bring them; null when there was nothing to load or a later request superseded it.
   */
  async day(query: SlotQuery, date: IsoDate): Promise<MonthAvailability | null> {
    const known = this.#visible;
    if (!known || !this.needsDay(date)) return null;
    this.#day?.abort();
    const { signal } = (this.#day = new AbortController());
    const updated = await this.#unlessSuperseded(signal, () => this.#dayOf(query, known, date, signal));
    if (!updated || this.#visible !== known) return null;
    this.#visible = updated;
    return updated;
  }

  /** Whether a day is waiting for its times. */
  needsDay(date: IsoDate): boolean {
    const known = this.#visible;
    return !!known && known.days.includes(date) && !hasSlotsOf(known, date);
  }

  async #load(
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
    const known = this.#fromAnswer(
      await this.#adapter().loadAvailability({ ...query, from, to }, { signal }),
      from,
      to,
    );
    this.#cache.set(key, known);
    return known;
  }

  /**
   * The month with the slots of `date` known: from the cache, or asked for that day alone. A listed day that
   * turns out to have no slot for the query (a backend's list can be a hint) leaves the month's days.
   */
  async #dayOf(query: SlotQuery, known: MonthAvailability, date: IsoDate, signal: AbortSignal) {
    if (hasSlotsOf(known, date)) return known;
    const answer = await this.#adapter().loadAvailability({ ...query, from: date, to: date }, { signal });
    const daySlots = slotsOn(answer.slots, date, this.#timeZoneOf);
    const otherDays = known.slots.filter((slot) => localDate(slot.start, this.#timeZoneOf(slot.locationId)) !== date);
    const updated: MonthAvailability = {
      ...known,
      slots: [...otherDays, ...daySlots].sort(byStart),
      days: daySlots.length ? known.days : known.days.filter((day) => day !== date),
      loadedDays: new Set([...known.loadedDays, date]),
    };
    this.#cache.set(this.#key(query, startOfMonthOf(known.from)), updated);
    return updated;
  }

  /** The month's first day that really has a time, with its times loaded; days that turn out to have none leave. */
  async #firstBookableDayOf(query: SlotQuery, known: MonthAvailability, signal: AbortSignal) {
    let date: IsoDate | undefined = known.days[0];
    while (date) {
      known = await this.#dayOf(query, known, date, signal);
      if (known.days.includes(date)) return { known, date };
      const after: IsoDate = date;
      date = known.days.find((day) => day > after);
    }
    return { known, date: null };
  }

  #fromAnswer(answer: Availability, from: IsoDate, to: IsoDate): MonthAvailability {
    const inRange = (day: IsoDate) => day >= from && day <= to;
    const slots = answer.slots
      .filter((slot) => inRange(localDate(slot.start, this.#timeZoneOf(slot.locationId))))
      .sort(byStart);
    const slotDays = [...new Set(slots.map((slot) => localDate(slot.start, this.#timeZoneOf(slot.locationId))))].sort();
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
    const loadedDays = new Set((answer.daysWithSlots ?? []).filter(inRange));
    // A day whose slots came in full but hold none is not bookable, whatever the list says.
    const days = [...new Set([...answer.days, ...slotDays])]
      .filter((day) => inRange(day) && (!loadedDays.has(day) || slotDays.includes(day)))
      .sort();
    return { from, to, days, slots, complete: false, loadedDays, nextAvailable: answer.nextAvailable };
  }

  #key({ concerns, locationId }: SlotQuery, month: IsoDate): string {
    return `${concerns.map(({ id, count }) => `${id}:${count}`).join(',')}|${locationId ?? ''}|${month}`;
  }
}
