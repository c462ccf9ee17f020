import { BookingError } from '../../domain/booking-error.js';
import { addDaysTo, isIsoDate, localDate, offsetMinutesAt, pad, startOfMonthOf, todayIn } from '../../domain/dates.js';
import type {
  Availability,
  AvailabilityQuery,
  Booking,
  BookingRequest,
  CaptchaConfig,
  Catalog,
  Concern,
  ConcernSelection,
  ContactFieldRule,
  Hold,
  HoldRequest,
  Location,
  IsoDate,
  Slot,
} from '../../domain/types.js';
import type { BookingAdapter, CatalogRequestOptions, RequestOptions } from '../booking-adapter.js';
import { parseRetryAfter, requestJson } from '../http.js';
import { parseActivationLink, type ActivationCredentials } from './activation-link.js';
import { upstreamCodes, zmsError, zmsErrorsOf } from './zms-errors.js';

export { parseActivationLink, type ActivationCredentials } from './activation-link.js';

export interface ZmsAdapterOptions {
  /** The citizen API, for example `https://termine.example.org/buergeransicht/api/citizen`. */
  baseUrl: string;
  /** Milliseconds before a request counts as failed with a `network` error of reason `timeout`. Default 20000. */
  timeoutMs?: number;
  /** The fetch to use; default the global one. */
  fetch?: typeof fetch;
  /** IANA time zone of every office; ZMS answers Unix timestamps. Default `Europe/Berlin`. */
  timeZone?: string;
  /** The clock for hold expiry; default the real one. */
  now?: () => Date;
  /**
   * Solves the API's ALTCHA challenge and answers the payload, for a scope that requires a captcha
   * (`captchaActivatedRequired`) when no token is valid: upstream wants the token for availability too, before
   * the citizen holds a time. `<civic-booking backend="zms">` passes its captcha element's.
   */
  solveCaptcha?: (captcha: CaptchaConfig) => Promise<string>;
  /**
   * Which API generation the backend speaks: `current` (`/available-calendar/`, since July 2026) or `legacy`
   * (the day and appointment lists before it). Default: read from the catalog answer, whose offices carry
   * `sharedBookingOfficeIds` from the release that brought the calendar on (upstream 2.25.00-muc46); a wrong
   * guess is corrected by the first 404 `notFound`.
   */
  generation?: 'current' | 'legacy';
}

type Json = Record<string, unknown>;

/** What the catalog answer says, kept for availability, holds and bookings. */
interface ZmsOffice {
  id: string;
  slotMinutes: number;
  scope: Json;
  /** Selected services that make this office unavailable. */
  disabledBy: Set<string>;
}
interface ZmsModel {
  offices: Map<string, ZmsOffice>;
  /** `${officeId}/${serviceId}` -> slots the service takes there. */
  relationSlots: Map<string, number>;
  /** serviceId -> other serviceId -> offices where the two combine. */
  combinable: Map<string, Map<string, Set<string>>>;
  captcha: boolean;
}

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null;
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
/** A positive number below 1e11 (Unix seconds until the year 5138): larger values are no real answer. */
const positive = (value: unknown): number | undefined => {
  const number = typeof value === 'string' ? Number(value) : value;
  return typeof number === 'number' && number > 0 && number < 1e11 ? number : undefined;
};
const id = (value: unknown): string | undefined =>
  (typeof value === 'number' && Number.isInteger(value)) || (typeof value === 'string' && /^\d+$/.test(value))
    ? String(value)
    : undefined;

function malformed(message: string): BookingError {
  return new BookingError('unexpected', message, { reason: 'malformed-response' });
}

/** A Unix timestamp as ISO 8601 with the offset of `timeZone` then. */
export function zonedIso(seconds: number, timeZone: string): string {
  const offset = offsetMinutesAt(timeZone, new Date(seconds * 1000));
  const wall = new Date((seconds + offset * 60) * 1000);
  const sign = offset < 0 ? '-' : '+';
  return `${wall.toISOString().slice(0, 19)}${sign}${pad(Math.trunc(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}

const seconds = (iso: string) => Math.round(Date.parse(iso) / 1000);
const sortedSlots = (slots: Slot[]) => slots.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));

/** One availability question, with the offices where its selection can be booked. */
interface DayRequest {
  query: AvailabilityQuery;
  offices: ZmsOffice[];
  model: ZmsModel;
  options: RequestOptions;
}

/** How far ahead ZMS offers appointments; upstream's own front end asks for six months. */
const HORIZON_DAYS = 182;

/**
 * Books with the eappointment (ZMS) citizen API of Munich and Berlin (github.com/it-at-m/eappointment,
 * `zmscitizenapi`), sending the requests upstream's own front end (`zmscitizenview`) sends. Speaks both API
 * generations: `/available-calendar/` and, on backends that answer it with 404, the older
 * `/available-days-by-office/` + `/available-appointments-by-office/`. Raises only {@link BookingError}.
 *
 * ZMS has no idempotency keys: a booking attempt is remembered by its key in this adapter instance, so that the
 * same attempt sent again answers the same booking and books nothing twice.
 */
export class ZmsAdapter implements BookingAdapter {
  #baseUrl: string;
  #timeoutMs: number;
  #fetchFn: typeof fetch;
  #timeZone: string;
  #now: () => Date;
  #model?: Promise<ZmsModel>;
  /** Whether the backend speaks the legacy API; guessed from the catalog, unless the options name it. */
  #legacy = false;
  #generationKnown = false;
  /** A calendar answer that described a later month than the one asked for, kept for that month. */
  #answeredAhead = new Map<string, { month: IsoDate; json: unknown; until: number }>();
  /** Legacy day lists of the whole horizon, per offices and services. */
  #dayLists = new Map<string, { from: IsoDate; days: IsoDate[]; until: number }>();
  #captchaToken?: { token: string; until: number };
  #solveCaptcha?: (captcha: CaptchaConfig) => Promise<string>;
  #tokenSolving?: Promise<void>;
  /** Booking attempts by idempotency key: what was sent, and the answer. */
  #attempts = new Map<string, { body: string; booking: Promise<Booking> }>();
  /** Holds (process ids) already turned into bookings: a hold books at most once. */
  #booked = new Set<string>();

  constructor(options: ZmsAdapterOptions) {
    this.#baseUrl = options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`;
    this.#timeoutMs = options.timeoutMs ?? 20000;
    // Calling a stored window.fetch as a method of another object throws "Illegal invocation".
    this.#fetchFn = options.fetch ?? ((input, init) => fetch(input, init));
    this.#timeZone = options.timeZone ?? 'Europe/Berlin';
    this.#now = options.now ?? (() => new Date());
    this.#solveCaptcha = options.solveCaptcha;
    if (options.generation) {
      this.#legacy = options.generation === 'legacy';
      this.#generationKnown = true;
    }
  }

  async loadCatalog(options: CatalogRequestOptions): Promise<Catalog> {
    const json = await this.#call('GET', 'offices-and-services/', options);
    const { catalog, model } = this.#parseCatalog(json);
    this.#model = Promise.resolve(model);
    if (!this.#generationKnown && isObject(json) && Array.isArray(json.offices) && json.offices.length) {
      this.#legacy = !json.offices.some((office) => isObject(office) && 'sharedBookingOfficeIds' in office);
    }
    return catalog;
  }

  /** The catalog's raw facts, loading the catalog when nobody did yet. */
  #facts(options: RequestOptions): Promise<ZmsModel> {
    this.#model ??= this.loadCatalog({ lang: 'de', ...options }).then(
      () => this.#model!,
      (error: unknown) => {
        this.#model = undefined;
        throw error;
      },
    );
    return this.#model;
  }

  #parseCatalog(json: unknown): { catalog: Catalog; model: ZmsModel } {
    if (!isObject(json) || !Array.isArray(json.offices) || !Array.isArray(json.services)) {
      throw malformed('offices-and-services must have offices and services');
    }
    const model: ZmsModel = { offices: new Map(), relationSlots: new Map(), combinable: new Map(), captcha: false };
    const offered = new Map<string, Set<string>>();
    for (const relation of asArray(json.relations)) {
      if (!isObject(relation) || relation.public === false) continue;
      const officeId = id(relation.officeId);
      const serviceId = id(relation.serviceId);
      if (!officeId || !serviceId) continue;
      model.relationSlots.set(`${officeId}/${serviceId}`, positive(relation.slots) ?? 1);
      if (!offered.has(officeId)) offered.set(officeId, new Set());
      offered.get(officeId)!.add(serviceId);
    }

    const rules = { email: false, phoneShown: false, phoneRequired: false };
    const holdMinutes: number[] = [];
    const locations: Location[] = [];
    const organizations = new Set<string>();
    for (const office of json.offices) {
      const officeId = isObject(office) ? id(office.id) : undefined;
      if (!isObject(office) || !officeId || !text(office.name)) continue;
      const scope = isObject(office.scope) ? office.scope : {};
      const disabledBy = new Set(
        asArray(office.disabledByServices)
          .map(id)
          .filter((s): s is string => !!s),
      );
      model.offices.set(officeId, {
        id: officeId,
        slotMinutes: positive(office.slotTimeInMinutes) ?? 10,
        scope,
        disabledBy,
      });
      const concernIds = [...(offered.get(officeId) ?? [])].filter((s) => !disabledBy.has(s));
      if (!concernIds.length) continue;
      rules.email ||= scope.emailRequired === true;
      rules.phoneShown ||= scope.telephoneActivated === true;
      rules.phoneRequired ||= scope.telephoneActivated === true && scope.telephoneRequired === true;
      model.captcha ||= scope.captchaActivatedRequired === true;
      const minutes = positive(scope.reservationDuration);
      if (minutes) holdMinutes.push(minutes);
      const organization = text(office.organization);
      if (organization) organizations.add(organization);
      const address = isObject(office.address) ? office.address : {};
      const street = [text(address.street), text(address.house_number)].filter(Boolean).join(' ');
      const city = [text(address.postal_code), text(address.city)].filter(Boolean).join(' ');
      const location: Location = { id: officeId, name: text(office.name)!, timeZone: this.#timeZone, concernIds };
      const where = [street, city].filter(Boolean).join(', ');
      if (where) location.address = where;
      // `address.hint` is a flag upstream; the scope's hint is the text. infoForAppointment is HTML: left out.
      const hint = text(scope.hint) ?? text(address.hint);
      if (hint) location.hint = hint;
      locations.push(location);
    }

    const offeredAnywhere = new Set(locations.flatMap((l) => l.concernIds));
    const concerns: Concern[] = [];
    for (const service of json.services) {
      const serviceId = isObject(service) ? id(service.id) : undefined;
      if (!isObject(service) || !serviceId || !text(service.name) || !offeredAnywhere.has(serviceId)) continue;
      // `combinable` is an ordered map: position -> { serviceId: [offices where both can be booked together] }.
      const partners = new Map<string, Set<string>>();
      for (const entry of Object.values(isObject(service.combinable) ? service.combinable : {})) {
        for (const [other, offices] of Object.entries(isObject(entry) ? entry : {})) {
          const where = new Set(
            asArray(offices)
              .map(id)
              .filter((o): o is string => !!o),
          );
          if (other !== serviceId && where.size) partners.set(other, where);
        }
      }
      model.combinable.set(serviceId, partners);
      const concern: Concern = {
        id: serviceId,
        name: text(service.name)!,
        maxCount: Math.floor(positive(service.maxQuantity) ?? 1),
      };
      const location = locations.find((l) => l.concernIds.includes(serviceId));
      if (location) {
        const office = model.offices.get(location.id)!;
        concern.durationMinutes = model.relationSlots.get(`${location.id}/${serviceId}`)! * office.slotMinutes;
      }
      concerns.push(concern);
    }
    // ZMS decides combinability per office; our domain has one list per concern. A pair combines when upstream
    // lists it for an office that offers both; availability and holds then use only such offices
    // (#officesFor). Without a `combinable` map a service is booked alone.
    const offers = (officeId: string, serviceId: string) =>
      locations.find((l) => l.id === officeId)?.concernIds.includes(serviceId) ?? false;
    for (const concern of concerns) {
      const partners = model.combinable.get(concern.id)!;
      concern.combinableWith = concerns
        .filter((other) =>
          [...(partners.get(other.id) ?? [])].some((o) => offers(o, concern.id) && offers(o, other.id)),
        )
        .map((other) => other.id);
    }

    const phone: ContactFieldRule = rules.phoneRequired ? 'required' : rules.phoneShown ? 'optional' : 'hidden';
    const catalog: Catalog = {
      office: {
        name:
          organizations.size === 1 ? [...organizations][0]! : locations.length === 1 ? locations[0]!.name : 'Termin',
      },
      concerns,
      locations,
      // One rule for all offices: the strictest any office has.
      contact: { email: rules.email ? 'required' : 'optional', phone },
      holdMinutes: holdMinutes.length ? Math.min(...holdMinutes) : 10,
      bookingHorizonDays: HORIZON_DAYS,
      captcha: model.captcha ? this.#captcha() : null,
      // ZMS writes its offices and services in German only.
      lang: 'de',
    };
    return { catalog, model };
  }

  /**
   * Offices where the whole selection can be booked: each offers every service, none is disabled by one, and
   * the first (main) service combines there with every other one.
   */
  #officesFor(model: ZmsModel, concerns: ConcernSelection[], locationId?: string): ZmsOffice[] {
    const [main, ...others] = concerns.map((c) => c.id);
    return [...model.offices.values()].filter(
      (office) =>
        (locationId === undefined || office.id === locationId) &&
        concerns.every((c) => model.relationSlots.has(`${office.id}/${c.id}`) && !office.disabledBy.has(c.id)) &&
        others.every(
          (other) =>
            model.combinable.get(main!)?.get(other)?.has(office.id) ??
            model.combinable.get(other)?.get(main!)?.has(office.id) ??
            false,
        ),
    );
  }

  /** Minutes the whole selection takes at an office. */
  #minutes(model: ZmsModel, office: ZmsOffice, concerns: ConcernSelection[]): number {
    const slots = concerns.reduce(
      (sum, c) => sum + (model.relationSlots.get(`${office.id}/${c.id}`) ?? 1) * c.count,
      0,
    );
    return slots * office.slotMinutes;
  }

  #serviceParams(concerns: ConcernSelection[], legacy: boolean): [string, string][] {
    const [ids, counts] = legacy ? ['serviceId', 'serviceCount'] : ['serviceIds', 'serviceCounts'];
    return [
      [ids, concerns.map((c) => c.id).join(',')],
      [counts, concerns.map((c) => String(c.count)).join(',')],
    ];
  }

  #captchaParam(): [string, string][] {
    const captcha = this.#captchaToken;
    return captcha && captcha.until > this.#now().getTime() ? [['captchaToken', captcha.token]] : [];
  }

  async loadAvailability(query: AvailabilityQuery, options: RequestOptions = {}): Promise<Availability> {
    const model = await this.#facts(options);
    const offices = this.#officesFor(model, query.concerns, query.locationId);
    if (!offices.length) return { from: query.from, to: query.to, slots: [], nextAvailable: null };
    if (offices.some((office) => office.scope.captchaActivatedRequired === true)) await this.#ensureToken(options);
    const request: DayRequest = { query, offices, model, options };
    for (;;) {
      const legacy = this.#legacy;
      try {
        return await (legacy ? this.#legacyAvailability(request) : this.#calendarAvailability(request));
      } catch (error) {
        // A backend that does not know the route answers 404 `notFound`: it speaks the other generation.
        if (!upstreamCodes(error).includes('notFound') || this.#generationKnown) throw error;
        this.#legacy = !legacy;
        this.#generationKnown = true;
      }
    }
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
      const minutes = this.#minutes(model, office, query.concerns);
      return asArray((entry as Json).appointments).flatMap((time) => {
        if (typeof time !== 'number' || !Number.isFinite(time)) return [];
        const day = localDate(new Date(time * 1000), this.#timeZone);
        if (day < from || day > to) return [];
        return [
          {
            locationId: office.id,
            start: zonedIso(time, this.#timeZone),
            end: zonedIso(time + minutes * 60, this.#timeZone),
          },
        ];
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
  async #calendarAvailability(request: DayRequest): Promise<Availability> {
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
            ...this.#serviceParams(query.concerns, false),
            ['slotsStartDate', query.from],
            ['slotsEndDate', query.from],
            ...this.#captchaParam(),
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
  async #legacyAvailability(request: DayRequest): Promise<Availability> {
    const { query, offices, options } = request;
    const legacy: [string, string][] = [
      ['officeId', offices.map((o) => o.id).join(',')],
      ...this.#serviceParams(query.concerns, true),
    ];
    const key = legacy.map(([, value]) => value).join('|');
    const today = todayIn(this.#timeZone, this.#now());
    let list = this.#dayLists.get(key);
    if (!list || list.until <= this.#now().getTime() || list.from > query.from) {
      const from = query.from < today ? query.from : today;
      const json = await this.#call('GET', 'available-days-by-office/', options, [
        ['startDate', from],
        ['endDate', this.#horizonEnd(query.to)],
        ...legacy,
        ...this.#captchaParam(),
      ]).catch((error: unknown) => {
        // Upstream answers "no day" with 404 noAppointmentForThisDay.
        if (error instanceof BookingError && error.status === 404 && !upstreamCodes(error).includes('notFound'))
          return { availableDays: [] };
        throw error;
      });
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
      try {
        const json = await this.#call('GET', 'available-appointments-by-office/', options, [
          ['date', first],
          ...legacy,
          ...this.#captchaParam(),
        ]);
        slots = this.#slotsOf(request, isObject(json) ? json.offices : undefined, first, first);
      } catch (error) {
        if (!(error instanceof BookingError) || error.status !== 404 || upstreamCodes(error).includes('notFound'))
          throw error;
      }
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

  /** Sends a solved ALTCHA payload to `captcha-verify` and keeps the token it answers for later calls. */
  async verifyCaptcha(payload: string, options: RequestOptions = {}): Promise<void> {
    const json = await this.#call('POST', 'captcha-verify/', options, [], { payload });
    const token = isObject(json) ? text(json.token) : undefined;
    const valid = isObject(json) && isObject(json.data) ? json.data.valid !== false : true;
    if (!token || !valid) throw new BookingError('captcha-required', 'captcha-verify did not accept the solution.');
    // Upstream's token lives 300 s; renew a little early.
    this.#captchaToken = { token, until: this.#now().getTime() + 280_000 };
  }

  /** A valid token, from a captcha solved now if there is none and a solver was given. */
  async #ensureToken(options: RequestOptions): Promise<void> {
    if (this.#captchaParam().length || !this.#solveCaptcha) return;
    // Requests that need a token at the same time (a month switched while the first was solved) share one;
    // so the token is asked for without the signal of the request that started it, which may be abandoned.
    this.#tokenSolving ??= this.#solveCaptcha(this.#captcha())
      .then((payload) => this.verifyCaptcha(payload))
      .finally(() => (this.#tokenSolving = undefined));
    await this.#tokenSolving;
    if (options.signal?.aborted) throw new BookingError('network', 'The request was aborted.');
  }

  /** The API's own ALTCHA challenge. */
  #captcha(): CaptchaConfig {
    return { kind: 'altcha', challengeUrl: new URL('captcha-challenge/', this.#baseUrl).href };
  }

  async holdSlot(request: HoldRequest, options: RequestOptions = {}): Promise<Hold> {
    const model = await this.#facts(options);
    const office = model.offices.get(request.locationId);
    const needsCaptcha = office?.scope.captchaActivatedRequired === true;
    // The widget solves a captcha for every hold when any office asks for one; only an office that asks for it
    // has it verified, so that the others never depend on captcha-verify.
    if (needsCaptcha && request.captcha !== undefined) await this.verifyCaptcha(request.captcha, options);
    if (needsCaptcha) await this.#ensureToken(options);
    const captchaToken = this.#captchaParam()[0]?.[1];
    if (needsCaptcha && !captchaToken) {
      throw new BookingError('captcha-required', `Office ${request.locationId} asks for a solved captcha.`);
    }
    const json = await this.#call('POST', 'reserve-appointment/', options, [], {
      officeId: Number(request.locationId),
      serviceId: request.concerns.map((c) => Number(c.id)),
      serviceCount: request.concerns.map((c) => c.count),
      timestamp: seconds(request.start),
      ...(captchaToken ? { captchaToken } : {}),
    });
    const process = this.#process(json);
    const scope = isObject(process.scope) ? process.scope : (office?.scope ?? {});
    const minutes = office ? this.#minutes(model, office, request.concerns) : 0;
    const start = process.start ?? seconds(request.start);
    return {
      id: process.processId,
      token: process.authKey,
      expiresAt: new Date(this.#now().getTime() + (positive(scope.reservationDuration) ?? 10) * 60000).toISOString(),
      locationId: process.officeId ?? request.locationId,
      start: zonedIso(start, this.#timeZone),
      end: zonedIso(start + (process.slotMinutes(office) ?? minutes) * 60, this.#timeZone),
    };
  }

  async releaseHold(hold: Hold, options: RequestOptions = {}): Promise<void> {
    await this.#call('POST', 'cancel-appointment/', options, [], { processId: Number(hold.id), authKey: hold.token });
  }

  book(request: BookingRequest, options: RequestOptions = {}): Promise<Booking> {
    const { hold, contact } = request;
    const body = JSON.stringify([hold.id, hold.token, contact.name, contact.email ?? '', contact.phone ?? '']);
    const earlier = this.#attempts.get(request.idempotencyKey);
    if (earlier) {
      if (earlier.body !== body) {
        return Promise.reject(
          new BookingError('idempotency-mismatch', 'The same booking attempt came with different data.', {
            status: 422,
          }),
        );
      }
      return earlier.booking;
    }
    if (this.#booked.has(hold.id)) {
      return Promise.reject(new BookingError('not-found', `Hold ${hold.id} was booked already.`, { status: 404 }));
    }
    const booking = this.#book(request, options).then((result) => {
      this.#booked.add(hold.id);
      return result;
    });
    this.#attempts.set(request.idempotencyKey, { body, booking });
    // A failed attempt may be tried again with the same key.
    booking.catch(() => this.#attempts.delete(request.idempotencyKey));
    return booking;
  }

  async #book({ hold, contact }: BookingRequest, options: RequestOptions): Promise<Booking> {
    const credentials = { processId: Number(hold.id), authKey: hold.token };
    // Upstream accepts `^\+?[0-9]\d{6,14}$` only: spaces, dashes, slashes and brackets are for people.
    const telephone = contact.phone?.replace(/[\s\-/().]/g, '');
    try {
      await this.#call('POST', 'update-appointment/', options, [], {
        ...credentials,
        familyName: contact.name,
        email: contact.email ?? '',
        ...(telephone ? { telephone } : {}),
      });
      return this.#booking(await this.#call('POST', 'preconfirm-appointment/', options, [], credentials), hold.token);
    } catch (error) {
      if (!(error instanceof BookingError) || !['not-found', 'hold-expired'].includes(error.code)) throw error;
      // The reservation is gone once it ran out (upstream deletes it): that is an expired hold. Before it ran
      // out, a process that is not reserved any more was used by an earlier booking: an unknown hold.
      const expired = this.#now().getTime() >= Date.parse(hold.expiresAt);
      if (expired && error.code === 'hold-expired') throw error;
      throw new BookingError(expired ? 'hold-expired' : 'not-found', error.message, {
        status: error.status,
        cause: error,
      });
    }
  }

  async getBooking(reference: string, token: string, options: RequestOptions = {}): Promise<Booking> {
    const json = await this.#call('GET', 'appointment/', options, [
      ['processId', reference],
      ['authKey', token],
    ]);
    const booking = await this.#booking(json);
    delete booking.token;
    return booking;
  }

  async cancelBooking(reference: string, token: string, options: RequestOptions = {}): Promise<void> {
    if (!/^\d+$/.test(reference)) throw new BookingError('not-found', `Unknown booking ${reference}.`, { status: 404 });
    await this.#call('POST', 'cancel-appointment/', options, [], { processId: Number(reference), authKey: token });
  }

  /** Confirms the appointment of an activation link in the page's address, or answers null without one. */
  async confirmActivationLink(link: string, options: RequestOptions = {}): Promise<Booking | null> {
    const credentials = parseActivationLink(link);
    return credentials ? this.confirmActivation(credentials, options) : null;
  }

  /**
   * Confirms an appointment with the credentials of its activation link (see `parseActivationLink`). A link
   * opened a second time answers the appointment as it is, like upstream's own front end.
   */
  async confirmActivation(credentials: ActivationCredentials, options: RequestOptions = {}): Promise<Booking> {
    const body = { processId: Number(credentials.processId), authKey: credentials.authKey };
    try {
      return await this.#booking(
        await this.#call('POST', 'confirm-appointment/', options, [], body),
        credentials.authKey,
      );
    } catch (error) {
      if (!upstreamCodes(error).includes('processNotPreconfirmedAnymore')) throw error;
      const booking = await this.getBooking(credentials.processId, credentials.authKey, options);
      if (booking.status !== 'confirmed') throw error;
      return { ...booking, token: credentials.authKey };
    }
  }

  /** The fields of a ThinnedProcess we rely on. */
  #process(json: unknown) {
    if (!isObject(json)) throw malformed('the process must be an object');
    const processId = id(json.processId);
    const authKey = text(json.authKey);
    if (!processId || !authKey) throw malformed('the process must have processId and authKey');
    const start = positive(json.timestamp);
    const slotCount = positive(json.slotCount);
    const concerns: ConcernSelection[] = [];
    const main = id(json.serviceId);
    if (main) concerns.push({ id: main, count: positive(json.serviceCount) ?? 1 });
    for (const sub of asArray(json.subRequestCounts)) {
      const subId = isObject(sub) ? id(sub.id) : undefined;
      if (subId) concerns.push({ id: subId, count: positive((sub as Json).count) ?? 1 });
    }
    return {
      processId,
      authKey,
      start,
      officeId: id(json.officeId) && json.officeId !== 0 ? id(json.officeId) : undefined,
      status: text(json.status),
      scope: json.scope,
      concerns,
      slotMinutes: (office?: ZmsOffice) => (slotCount && office ? slotCount * office.slotMinutes : undefined),
    };
  }

  async #booking(json: unknown, token?: string): Promise<Booking> {
    const process = this.#process(json);
    const model = await this.#facts({});
    const status = process.status;
    if (!process.start || !process.officeId) throw malformed('the appointment must have a timestamp and an officeId');
    // A process that is only reserved is a hold, not a booking.
    if (status === 'reserved' || status === 'free')
      throw new BookingError('not-found', `Process ${process.processId} is not booked.`, { status: 404 });
    const office = model.offices.get(process.officeId);
    const minutes = process.slotMinutes(office) ?? (office ? this.#minutes(model, office, process.concerns) : 0);
    const scope = isObject(process.scope) ? process.scope : (office?.scope ?? {});
    const booking: Booking = {
      reference: process.processId,
      status:
        status === 'preconfirmed'
          ? 'pending-verification'
          : ['deleted', 'anonymized', 'blocked', 'archived'].includes(status ?? '')
            ? 'cancelled'
            : 'confirmed',
      locationId: process.officeId,
      start: zonedIso(process.start, this.#timeZone),
      end: zonedIso(process.start + minutes * 60, this.#timeZone),
      concerns: process.concerns,
    };
    if (token) booking.token = token;
    const verify = positive(scope.activationDuration);
    if (booking.status === 'pending-verification' && verify) booking.verifyWithinMinutes = verify;
    return booking;
  }

  /** Sends one request to `path` (relative to the base URL, ending with `/`); answers the parsed JSON body. */
  async #call(
    method: 'GET' | 'POST',
    path: string,
    { signal }: RequestOptions,
    search: [string, string][] = [],
    body?: unknown,
  ): Promise<unknown> {
    const url = new URL(path, this.#baseUrl);
    for (const [name, value] of search) url.searchParams.append(name, value);
    const { response, label, json, isJson } = await requestJson(
      this.#fetchFn,
      this.#timeoutMs,
      method,
      url,
      signal,
      body,
    );
    // Upstream sometimes answers 200 with an error body; the errors decide.
    if (!response.ok || zmsErrorsOf(json).length) {
      // (A loop, not Math.max(...list): a hostile answer may carry more errors than a call can take arguments.)
      const status = response.ok
        ? zmsErrorsOf(json).reduce((highest, e) => Math.max(highest, e.statusCode ?? 500), 0)
        : response.status;
      const error = zmsError(status, json, label, parseRetryAfter(response.headers.get('Retry-After')));
      // A token upstream no longer takes (expired, invalid) is not offered again.
      if (error.code === 'captcha-required') this.#captchaToken = undefined;
      throw error;
    }
    if (!isJson)
      throw new BookingError('unexpected', `${label} answered ${response.status} without JSON.`, {
        status: response.status,
        reason: 'malformed-response',
      });
    return json;
  }
}
