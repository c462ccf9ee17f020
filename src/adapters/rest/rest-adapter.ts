import { BookingError, type BookingErrorCode } from '../../domain/booking-error.js';
import type {
  Availability,
  AvailabilityQuery,
  Booking,
  BookingRequest,
  Catalog,
  Hold,
  HoldRequest,
  RescheduleRequest,
} from '../../domain/types.js';
import type { BookingAdapter, CatalogRequestOptions, RequestOptions } from '../booking-adapter.js';
import { parseRetryAfter, requestJson } from '../http.js';
import { parseAvailability, parseBooking, parseCatalog, parseHold, parseProblem } from './parse.js';

export interface RestAdapterOptions {
  /** Base URL of the backend, for example `https://termine.example.org/api/v1`; paths are relative to it. */
  baseUrl: string;
  /** Milliseconds before a request counts as failed with a `network` error of reason `timeout`. Default 20000. */
  timeoutMs?: number;
  /** The fetch to use; default the global one. */
  fetch?: typeof fetch;
}

/**
 * Which error a status means when the problem body names no known code (SPEC section 3); any other is
 * `unexpected`. 409 means slot-taken, hold-expired, limit-reached or too-late: without a code we cannot tell.
 */
const codeForStatus: Record<number, BookingErrorCode> = {
  400: 'invalid-input',
  422: 'invalid-input',
  404: 'not-found',
  429: 'rate-limited',
  503: 'unavailable',
};

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/**
 * Speaks the Civic Booking Protocol (SPEC section 3) with any backend that implements it. Sends no cookies,
 * validates every answer, and raises only {@link BookingError}.
 */
export class RestAdapter implements BookingAdapter {
  #baseUrl: string;
  #timeoutMs: number;
  #fetchFn: typeof fetch;

  constructor(options: RestAdapterOptions) {
    // A trailing slash makes relative paths keep the base path: `…/api/v1/` + `catalog` = `…/api/v1/catalog`.
    this.#baseUrl = options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`;
    this.#timeoutMs = options.timeoutMs ?? 20000;
    // Calling a stored window.fetch as a method of another object throws "Illegal invocation".
    this.#fetchFn = options.fetch ?? ((input, init) => fetch(input, init));
  }

  async loadCatalog(options: CatalogRequestOptions): Promise<Catalog> {
    const catalog = parseCatalog(await this.#call('GET', 'catalog', options, { 'Accept-Language': options.lang }));
    // The captcha's challenge must come from the backend's own origin (SPEC section 3): the widget asks no one
    // else. A captcha elsewhere is ignored, and the backend's `captcha-required` then explains itself.
    if (!catalog.captcha?.challengeUrl.startsWith(new URL('/', this.#baseUrl).href)) catalog.captcha = null;
    return catalog;
  }

  async loadAvailability(query: AvailabilityQuery, options: RequestOptions = {}): Promise<Availability> {
    let search = `concerns=${query.concerns.map((c) => `${encodeURIComponent(c.id)}:${c.count}`).join(',')}&from=${encodeURIComponent(query.from)}&to=${encodeURIComponent(query.to)}`;
    if (query.locationId !== undefined) search += `&location=${encodeURIComponent(query.locationId)}`;
    return parseAvailability(await this.#call('GET', 'availability', options, {}, undefined, search));
  }

  async holdSlot(request: HoldRequest, options: RequestOptions = {}): Promise<Hold> {
    const json = await this.#call(
      'POST',
      'holds',
      options,
      request.captcha === undefined ? {} : { 'X-Captcha': request.captcha },
      {
        concerns: request.concerns.map(({ id, count }) => ({ id, count })),
        locationId: request.locationId,
        start: request.start,
      },
    );
    return parseHold(json);
  }

  async releaseHold(hold: Hold, options: RequestOptions = {}): Promise<void> {
    await this.#call('DELETE', `holds/${encodeURIComponent(hold.id)}`, options, bearer(hold.token));
  }

  async book(request: BookingRequest, options: RequestOptions = {}): Promise<Booking> {
    const { name, email, phone } = request.contact;
    const json = await this.#call(
      'POST',
      'bookings',
      options,
      { 'Idempotency-Key': request.idempotencyKey },
      {
        holdId: request.hold.id,
        holdToken: request.hold.token,
        contact: { name, email, phone },
        lang: request.lang,
      },
    );
    return parseBooking(json);
  }

  /** `POST /bookings/{reference}/reschedule`; offered by the flow only when the catalog says `reschedule`. */
  async reschedule(request: RescheduleRequest, options: RequestOptions = {}): Promise<Booking> {
    const json = await this.#call(
      'POST',
      `bookings/${encodeURIComponent(request.reference)}/reschedule`,
      options,
      { ...bearer(request.token), 'Idempotency-Key': request.idempotencyKey },
      { holdId: request.hold.id, holdToken: request.hold.token },
    );
    return parseBooking(json);
  }

  async getBooking(reference: string, token: string, options: RequestOptions = {}): Promise<Booking> {
    return parseBooking(await this.#call('GET', `bookings/${encodeURIComponent(reference)}`, options, bearer(token)));
  }

  async cancelBooking(reference: string, token: string, options: RequestOptions = {}): Promise<void> {
    await this.#call('DELETE', `bookings/${encodeURIComponent(reference)}`, options, bearer(token));
  }

  /**
   * Sends one request to `path` (relative to the base URL, every segment already encoded); answers the parsed
   * JSON body of a 2xx answer, or undefined for an empty answer to a DELETE.
   */
  async #call(
    method: 'GET' | 'POST' | 'DELETE',
    path: string,
    { signal }: RequestOptions,
    headers: Record<string, string>,
    body?: unknown,
    search?: string,
  ): Promise<unknown> {
    const url = new URL(path, this.#baseUrl);
    if (search) url.search = search;
    const { response, label, text, json, isJson } = await requestJson({
      fetch: this.#fetchFn,
      method,
      url,
      timeoutMs: this.#timeoutMs,
      signal,
      body,
      headers,
    });
    const { status } = response;

    if (!response.ok) {
      const problem = parseProblem(json);
      const explanation = problem.detail ?? problem.title ?? (isJson ? '' : text.slice(0, 200));
      throw new BookingError(
        problem.code ?? codeForStatus[status] ?? 'unexpected',
        `${label} answered ${status}${explanation ? `: ${explanation}` : ''}`,
        {
          status,
          fieldErrors: problem.fieldErrors,
          retryAfterSeconds: parseRetryAfter(response.headers.get('Retry-After')),
        },
      );
    }
    const empty = text.trim() === '';
    if (empty && method === 'DELETE') return undefined;
    if (!isJson) {
      throw new BookingError(
        'unexpected',
        `${label} answered ${status} ${empty ? 'without a body' : 'with a body that is not JSON'}.`,
        { status, reason: 'malformed-response' },
      );
    }
    return json;
  }
}
