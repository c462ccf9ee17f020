import { BookingError } from '../../domain/booking-error.js';
import type {
  Availability,
  AvailabilityQuery,
  Booking,
  BookingRequest,
  CaptchaConfig,
  Catalog,
  Hold,
  HoldRequest,
} from '../../domain/types.js';
import type { BookingAdapter, CatalogRequestOptions, RequestOptions } from '../booking-adapter.js';
import { IdempotencyMemory } from '../idempotency.js';
import type { ActivationCredentials } from './activation-link.js';
import { ZmsAvailability, type DayRequest } from './zms-availability.js';
import { minutesOf, officesFor, parseZmsCatalog, speaksCurrentApi, type ZmsModel } from './zms-catalog.js';
import { ZmsClient, type Search } from './zms-client.js';
import { reservationRefusal, upstreamCodes } from './zms-errors.js';
import { isObject, positive, text, zonedIso } from './zms-json.js';
import { bookingOf, parseProcess } from './zms-process.js';

export type { ActivationCredentials } from './activation-link.js';
export { zonedIso } from './zms-json.js';

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
   * (the day and appointment lists before it). Default: read from the catalog answer (see `speaksCurrentApi`);
   * a wrong guess is corrected by the first 404 `notFound`.
   */
  generation?: 'current' | 'legacy';
}

const seconds = (iso: string) => Math.round(Date.parse(iso) / 1000);

/**
 * How long after a reservation ran out, or was given back, its slot may still count as taken at upstream: until
 * the cron jobs of the next full minute, with a margin for the clocks.
 */
const ownReservationLingers = 75_000;

/**
 * Books with the eappointment (ZMS) citizen API of Munich and Berlin (github.com/it-at-m/eappointment,
 * `zmscitizenapi`), sending the requests upstream's own front end (`zmscitizenview`) sends. Speaks both API
 * generations (`zms-availability.ts`). Raises only {@link BookingError}.
 *
 * ZMS has no idempotency keys: a booking attempt is remembered by its key in this adapter instance
 * ({@link IdempotencyMemory}), so that the same attempt sent again answers the same booking and books nothing
 * twice.
 *
 * Nor can a reservation be lengthened: its holds are not `extendable`. A time the citizen's own old
 * reservation still takes (run out, or given back, until upstream's cron jobs of the next minute) is reserved
 * again once upstream lets it go, tried every five seconds.
 */
export class ZmsAdapter implements BookingAdapter {
  readonly #client: ZmsClient;
  readonly #availability: ZmsAvailability;
  readonly #timeZone: string;
  readonly #now: () => Date;
  readonly #solveCaptcha?: (captcha: CaptchaConfig) => Promise<string>;
  readonly #attempts = new IdempotencyMemory();
  /**
   * Since when (by this adapter's clock) a slot may be taken by this citizen's own reservation that no longer
   * counts: one that ran out stays until upstream's cleanup at the next full minute (zmsbackend
   * `ReservedDataDeleteByCron`), one given back is blocked until the next slot calculation, also each minute.
   */
  readonly #lingering = new Map<string, number>();
  #model?: Promise<ZmsModel>;
  /** Whether the backend speaks the legacy API; guessed from the catalog, unless the options name it. */
  #legacy = false;
  #generationKnown = false;
  #captchaToken?: { token: string; until: number };
  #tokenSolving?: Promise<void>;

  constructor(options: ZmsAdapterOptions) {
    this.#timeZone = options.timeZone ?? 'Europe/Berlin';
    this.#now = options.now ?? (() => new Date());
    this.#solveCaptcha = options.solveCaptcha;
    this.#client = new ZmsClient({
      baseUrl: options.baseUrl,
      timeoutMs: options.timeoutMs ?? 20000,
      // Calling a stored window.fetch as a method of another object throws "Illegal invocation".
      fetch: options.fetch ?? ((input, init) => fetch(input, init)),
    });
    this.#availability = new ZmsAvailability(this.#call, this.#timeZone, this.#now);
    if (options.generation) {
      this.#legacy = options.generation === 'legacy';
      this.#generationKnown = true;
    }
  }

  /** A request through the client; a captcha token upstream no longer takes (expired, invalid) is dropped. */
  #call = async (...args: Parameters<ZmsClient['call']>): Promise<unknown> => {
    try {
      return await this.#client.call(...args);
    } catch (error) {
      if (error instanceof BookingError && error.code === 'captcha-required') this.#captchaToken = undefined;
      throw error;
    }
  };

  async loadCatalog(options: CatalogRequestOptions): Promise<Catalog> {
    const json = await this.#call('GET', 'offices-and-services/', options);
    const { catalog, model } = parseZmsCatalog(json, this.#timeZone, this.#captcha());
    this.#model = Promise.resolve(model);
    const current = speaksCurrentApi(json);
    if (!this.#generationKnown && current !== undefined) this.#legacy = !current;
    return catalog;
  }

  /** The catalog's facts, loading the catalog when nobody did yet. */
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

  #captchaParam(): Search {
    const captcha = this.#captchaToken;
    return captcha && captcha.until > this.#now().getTime() ? [['captchaToken', captcha.token]] : [];
  }

  async loadAvailability(query: AvailabilityQuery, options: RequestOptions = {}): Promise<Availability> {
    const model = await this.#facts(options);
    const offices = officesFor(model, query.concerns, query.locationId);
    if (!offices.length) return { from: query.from, to: query.to, slots: [], nextAvailable: null };
    if (offices.some((office) => office.scope.captchaActivatedRequired === true)) await this.#ensureToken(options);
    const request: DayRequest = { query, offices, model, options, captcha: this.#captchaParam() };
    for (;;) {
      const legacy = this.#legacy;
      try {
        return await (legacy ? this.#availability.legacy(request) : this.#availability.calendar(request));
      } catch (error) {
        // A backend that does not know the route answers 404 `notFound`: it speaks the other generation.
        if (!upstreamCodes(error).includes('notFound') || this.#generationKnown) throw error;
        this.#legacy = !legacy;
        this.#generationKnown = true;
      }
    }
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
    return { kind: 'altcha', challengeUrl: this.#client.url('captcha-challenge/') };
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
    const slot = `${request.locationId} ${seconds(request.start)}`;
    let json: unknown;
    for (;;) {
      try {
        json = await this.#call('POST', 'reserve-appointment/', options, [], {
          officeId: Number(request.locationId),
          serviceId: request.concerns.map((c) => Number(c.id)),
          serviceCount: request.concerns.map((c) => c.count),
          timestamp: seconds(request.start),
          ...(captchaToken ? { captchaToken } : {}),
        });
        break;
      } catch (error) {
        const refusal = reservationRefusal(error);
        // The slot may be taken by the citizen's own earlier reservation (one that ran out, or was given back
        // when the citizen went back and chose it again): tried again every few seconds until upstream lets go.
        const since = this.#now().getTime() - (this.#lingering.get(slot) ?? -Infinity);
        const own = since >= 0 && since <= ownReservationLingers;
        if (!(refusal instanceof BookingError) || refusal.code !== 'slot-taken' || !own) throw refusal;
        await this.#pause(5000, options.signal);
      }
    }
    const process = parseProcess(json);
    const scope = isObject(process.scope) ? process.scope : (office?.scope ?? {});
    const minutes = office ? minutesOf(model, office, request.concerns) : 0;
    const start = process.start ?? seconds(request.start);
    const expiresAt = this.#now().getTime() + (positive(scope.reservationDuration) ?? 10) * 60000;
    this.#lingering.set(slot, expiresAt);
    return {
      id: process.processId,
      token: process.authKey,
      expiresAt: new Date(expiresAt).toISOString(),
      locationId: process.officeId ?? request.locationId,
      start: zonedIso(start, this.#timeZone),
      end: zonedIso(start + (process.slotMinutes(office) ?? minutes) * 60, this.#timeZone),
      // Upstream cannot lengthen a reservation, and one given back keeps its slot for up to a minute.
      extendable: false,
    };
  }

  /** Waits `ms` by the adapter's clock (a test's clock may jump), or until `signal` aborts. */
  #pause(ms: number, signal?: AbortSignal): Promise<void> {
    const until = this.#now().getTime() + ms;
    return new Promise((resolve, reject) => {
      const check = () => {
        if (signal?.aborted) reject(new BookingError('network', 'The request was aborted.', { cause: signal.reason }));
        else if (this.#now().getTime() >= until) resolve();
        else setTimeout(check, 250);
      };
      check();
    });
  }

  async releaseHold(hold: Hold, options: RequestOptions = {}): Promise<void> {
    await this.#call('POST', 'cancel-appointment/', options, [], { processId: Number(hold.id), authKey: hold.token });
    this.#lingering.set(`${hold.locationId} ${seconds(hold.start)}`, this.#now().getTime());
  }

  book(request: BookingRequest, options: RequestOptions = {}): Promise<Booking> {
    const { hold, contact } = request;
    const body = JSON.stringify([hold.id, hold.token, contact.name, contact.email ?? '', contact.phone ?? '']);
    return this.#attempts.book(request, body, () => this.#book(request, options));
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
      return await this.#booking(
        await this.#call('POST', 'preconfirm-appointment/', options, [], credentials),
        hold.token,
      );
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

  async #booking(json: unknown, token?: string): Promise<Booking> {
    return bookingOf(json, await this.#facts({}), this.#timeZone, token);
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
    // Only a page opened from an activation e-mail reads one: the parser is a chunk of its own, not even
    // requested for an address whose hash is an anchor of the page.
    if (!/confirm/i.test(link)) return null;
    const { parseActivationLink } = await import('./activation-link.js');
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
}
