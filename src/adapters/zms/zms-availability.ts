import { BookingError } from '../../domain/booking-error.js';
import { addDaysTo, isIsoDate, localDate, startOfMonthOf, todayIn } from '../../domain/dates.js';
import type { Availability, AvailabilityQuery, IsoDate, Slot } from '../../domain/types.js';
import type { RequestOptions } from '../booking-adapter.js';
import { HORIZON_DAYS, minutesOf, type ZmsModel, type ZmsOffice } from './zms-catalog.js';
import type { Search, ZmsCall } from './zms-client.js';
import { upstreamCodes } from './zms-errors.js';
import { asArray, id, isObject, malformed, text, zonedIso, type Json } from './zms-json.js';

/** One availability question, with the offices where its selection can be booked. */
export interface DayRequest {
  query: AvailabilityQuery;
  offices: ZmsOffice[];
  model: ZmsModel;
  options: RequestOptions;
  /** The captcha token to send, when one is needed. */
  captcha: Search;
}

const sortedSlots = (slots: Slot[]) => slots.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));

/** Upstream's names of the services and their counts, of either generation. */
export function serviceParams(query: AvailabilityQuery, legacy: boolean): Search {
  const [ids, counts] = legacy ? ['serviceId', 'serviceCount'] : ['serviceIds', 'serviceCounts'];
  return [
    [ids, query.concerns.map((c) => c.id).join(',')],
    [counts, query.concerns.map((c) => String(c.count)).join(',')],
  ];
}

/**
 * The times of ZMS in both API generations. Upstream lists its bookable days apart from their times, so the
 * answers list `days` and name the `daysWithSlots` they bring; a day's times come from asking for that day.
 */
export class ZmsAvailability {
  readonly #call: ZmsCall;
  readonly #timeZone: string;
  readonly #now: () => Date;
  /** A calendar answer that described a later month than the one asked for, kept for that month. */
  readonly #answeredAhead = new Map<string, { month: IsoDate; json: unknown; until: number }>();
  /** Legacy day lists of the whole horizon, per offices and services. */
  readonly #dayLists = new Map<string, { from: IsoDate; days: IsoDate[]; until: number }>();

  constructor(call: ZmsCall, timeZone: string, now: () => Date) {
    this.#call = call;
    this.#timeZone = timeZone;
    this.#now = now;
  }

  /** The last day upstream offers, for the day-list requests: its own front end asks for six months. */
  #horizonEnd(to: IsoDate): IsoDate {
    const end = addDaysTo(todayIn(this.#timeZone, this.#now()), HORIZON_DAYS);
    return end < to ? to : end;
  }

  /** The slots of upstream's `offices: [{ officeId, appointments }]` on days from..to. */
  #slotsOf({ query, offices, model }: DayRequest, byOffice: unknown, from: IsoDate, to: IsoDate): Slot[] {
    return asArray(byOffice).flatMap((entry) => {
      const office = isObject(entry) && offices.find((o) => o.id === id(entry.officeId));
      if (!office) return [];
      const minutes = minutesOf(model, office, query.concerns);
      return asArray((entry as Json).appointments).flatMap((time) => {
        if (typeof time !== 'number' || !Number.isFinite(time)) return [];
        const day = localDate(new Date(time * 1000), this.#timeZone);
        if (day < from || day > to) return [];
        const start = zonedIso(time, this.#timeZone);
        return [{ locationId: office.id, start, end: zonedIso(time + minutes * 60, this.#timeZone) }];
      });
    });
  }

  /**
   * The current API (since July 2026): one `/available-calendar/` call answers the bookable days of the month
   * and the times of one day, the first bookable day from `from` on (upstream narrows its slot window to it,
   * zmsbackend `CalendarAvailability::narrowSlotsWindowToFirstBookableDay`). Where that month has no bookable
   * day, upstream answers the month of the next one instead; that answer is kept for the month it describes,
   * so that the flow's next question, for that month, costs no request.
   */
  async calendar(request: DayRequest): Promise<Availability> {
    const { query, offices, options } = request;
    const officeIds = offices.map((o) => o.id).join(',');
    const key = `${officeIds}|${query.concerns.map((c) => `${c.id}:${c.count}`).join(',')}`;
    const ahead = this.#answeredAhead.get(key);
    this.#answeredAhead.delete(key);
    const json =
      ahead && ahead.month === query.from && ahead.until > this.#now().getTime()
        ? ahead.json
        : await this.#call('GET', 'available-calendar/', options, [
            ['startDate', query.from],
            ['endDate', this.#horizonEnd(query.to)],
            ['officeIds', officeIds],
            ...serviceParams(query, false),
            ['slotsStartDate', query.from],
            ['slotsEndDate', query.from],
            ...request.captcha,
          ]);
    if (!isObject(json) || !Array.isArray(json.availableDays))
      throw malformed('available-calendar must have availableDays');
    const listed = json.availableDays.flatMap((day) => {
      const date = isObject(day) ? text(day.date) : undefined;
      return date && isIsoDate(date) ? [{ date, day: day as Json }] : [];
    });
    const inRange = listed.filter(({ date }) => date >= query.from && date <= query.to);
    const slotsFrom = text(json.slotsStartDate);
    const slotsTo = text(json.slotsEndDate);
    const window =
      isIsoDate(slotsFrom) && isIsoDate(slotsTo)
        ? { from: slotsFrom, to: slotsTo }
        : { from: query.from, to: query.from };
    const later = listed.find(({ date }) => date > query.to)?.date;
    if (!inRange.length && later && startOfMonthOf(later) !== startOfMonthOf(query.from)) {
      this.#answeredAhead.set(key, { month: startOfMonthOf(later), json, until: this.#now().getTime() + 60_000 });
    }
    const next = text(json.nextBookableDate);
    // Upstream's date is text like any other: only a real day after the range is one.
    const nextAvailable =
      [later, isIsoDate(next) && next > query.to ? next : undefined].filter(Boolean).sort()[0] ?? null;
    const daysWithSlots = inRange.map(({ date }) => date).filter((date) => date >= window.from && date <= window.to);
    return {
      from: query.from,
      to: query.to,
      days: inRange.map(({ date }) => date),
      daysWithSlots,
      slots: sortedSlots(
        inRange.flatMap(({ date, day }) =>
          daysWithSlots.includes(date) ? this.#slotsOf(request, day.offices, date, date) : [],
        ),
      ),
      nextAvailable,
    };
  }

  /**
   * The legacy API (before July 2026): the day list of the whole horizon, asked for once and kept for a
   * minute, then the times of the range's first listed day, or of the one day asked for. A listed day is only
   * a hint: a multi-service booking may find no run of free slots there, which its times then show.
   */
  async legacy(request: DayRequest): Promise<Availability> {
    const { query, offices, options } = request;
    const legacy: Search = [['officeId', offices.map((o) => o.id).join(',')], ...serviceParams(query, true)];
    const key = legacy.map(([, value]) => value).join('|');
    const today = todayIn(this.#timeZone, this.#now());
    let list = this.#dayLists.get(key);
    if (!list || list.until <= this.#now().getTime() || list.from > query.from) {
      const from = query.from < today ? query.from : today;
      const search: Search = [
        ['startDate', from],
        ['endDate', this.#horizonEnd(query.to)],
        ...legacy,
        ...request.captcha,
      ];
      const json = await this.#call('GET', 'available-days-by-office/', options, search).catch(noDay);
      const days = asArray(isObject(json) ? json.availableDays : undefined)
        .map((day) => (isObject(day) ? (text(day.time) ?? text(day.date)) : undefined))
        .filter((day): day is string => isIsoDate(day))
        .sort();
      list = { from, days, until: this.#now().getTime() + 60_000 };
      this.#dayLists.set(key, list);
    }
    const days = list.days.filter((day) => day >= query.from && day <= query.to);
    const first = days[0];
    let slots: Slot[] = [];
    if (first) {
      const search: Search = [['date', first], ...legacy, ...request.captcha];
      const json = await this.#call('GET', 'available-appointments-by-office/', options, search).catch(noDay);
      slots = this.#slotsOf(request, isObject(json) ? json.offices : undefined, first, first);
    }
    return {
      from: query.from,
      to: query.to,
      days,
      daysWithSlots: first ? [first] : [],
      slots: sortedSlots(slots),
      nextAvailable: list.days.find((day) => day > query.to) ?? null,
    };
  }
}

/** Upstream answers "no day" with 404 (noAppointmentForThisDay); a route it does not know (notFound) stays one. */
function noDay(error: unknown): Json {
  if (error instanceof BookingError && error.status === 404 && !upstreamCodes(error).includes('notFound')) return {};
  throw error;
}
