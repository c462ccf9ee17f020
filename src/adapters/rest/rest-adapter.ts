import { BookingError, type BookingErrorCode } from '../../domain/booking-error.js';
import type {
  Availability,
  AvailabilityQuery,
  Booking,
  BookingRequest,
  Catalog,
  Hold,
  HoldRequest,
} from '../../domain/types.js';
import type { BookingAdapter, CatalogRequestOptions, RequestOptions } from '../booking-adapter.js';
import { parseAvailability, parseBooking, parseCatalog, parseHold, parseProblem } from './parse.js';

export interface RestAdapterOptions {
  /** Base URL of the backend, for example `https://termine.example.org/api/v1`; paths are relative to it. */
  baseUrl: string;
  /** Milliseconds before a request counts as failed with a `network` error of reason `timeout`. Default 20000. */
  timeoutMs?: number;
  /** The fetch to use; default the global one. */
  fetch?: typeof fetch;
}

interface Call {
  method: 'GET' | 'POST' | 'DELETE';
  /** Relative to the base URL, with every segment already encoded. */
  path: string;
  query?: string;
  headers?: Record<string, string>;
  body?: unknown;
  signal?: AbortSignal;
}

/** Which error a status means when the problem body names no known code (SPEC section 3). */
function codeForStatus(status: number): BookingErrorCode {
  if (status === 400 || status === 422) return 'invalid-input';
  if (status === 404) return 'not-found';
  if (status === 429) return 'rate-limited';
  if (status === 503) return 'unavailable';
  // 409 means slot-taken, hold-expired, limit-reached or too-late: without a code we cannot tell which.
  return 'unexpected';
}

/** `Retry-After` as seconds from now: delta-seconds or an HTTP-date (RFC 9110, section 10.2.3). */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

/** Combines the caller's signal with the timeout; `AbortSignal.any` where it exists. */
function combine(signals: AbortSignal[]): AbortSignal {
  if (typeof AbortSignal.any === 'function') return AbortSignal.any(signals);
  const controller = new AbortController();
  for (const signal of signals) {
    if (signal.aborted) controller.abort(signal.reason);
    else signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
  }
  return controller.signal;
}

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
    const json = await this.#call({
      method: 'GET',
      path: 'catalog',
      headers: { 'Accept-Language': options.lang },
      signal: options.signal,
    });
    return parseCatalog(json);
  }

  async loadAvailability(query: AvailabilityQuery, options: RequestOptions = {}): Promise<Availability> {
    const params = [
      `concerns=${query.concerns.map((c) => `${encodeURIComponent(c.id)}:${c.count}`).join(',')}`,
      `from=${encodeURIComponent(query.from)}`,
      `to=${encodeURIComponent(query.to)}`,
    ];
    if (query.locationId !== undefined) params.push(`location=${encodeURIComponent(query.locationId)}`);
    const json = await this.#call({
      method: 'GET',
      path: 'availability',
      query: params.join('&'),
      signal: options.signal,
    });
    return parseAvailability(json);
  }

  async holdSlot(request: HoldRequest, options: RequestOptions = {}): Promise<Hold> {
    const json = await this.#call({
      method: 'POST',
      path: 'holds',
      headers: request.captcha === undefined ? {} : { 'X-Captcha': request.captcha },
      body: {
        concerns: request.concerns.map(({ id, count }) => ({ id, count })),
        locationId: request.locationId,
        start: request.start,
      },
      signal: options.signal,
    });
    return parseHold(json);
  }

  async releaseHold(hold: Hold, options: RequestOptions = {}): Promise<void> {
    await this.#call({
      method: 'DELETE',
      path: `holds/${encodeURIComponent(hold.id)}`,
      headers: { Authorization: `Bearer ${hold.token}` },
      signal: options.signal,
    });
  }

  async book(request: BookingRequest, options: RequestOptions = {}): Promise<Booking> {
    const { name, email, phone } = request.contact;
    const json = await this.#call({
      method: 'POST',
      path: 'bookings',
      headers: { 'Idempotency-Key': request.idempotencyKey },
      body: {
        holdId: request.hold.id,
        holdToken: request.hold.token,
        contact: { name, email, phone },
        lang: request.lang,
      },
      signal: options.signal,
    });
    return parseBooking(json);
  }

  async getBooking(reference: string, token: string, options: RequestOptions = {}): Promise<Booking> {
    const json = await this.#call({
      method: 'GET',
      path: `bookings/${encodeURIComponent(reference)}`,
      headers: { Authorization: `Bearer ${token}` },
      signal: options.signal,
    });
    return parseBooking(json);
  }

  async cancelBooking(reference: string, token: string, options: RequestOptions = {}): Promise<void> {
    await this.#call({
      method: 'DELETE',
      path: `bookings/${encodeURIComponent(reference)}`,
      headers: { Authorization: `Bearer ${token}` },
      signal: options.signal,
    });
  }

  /** Sends one request; answers the parsed JSON body of a 2xx answer (undefined when empty). */
  async #call(call: Call): Promise<unknown> {
    const url = new URL(call.path, this.#baseUrl);
    if (call.query) url.search = call.query;
    const label = `${call.method} ${url.pathname}`;
    const timeout = AbortSignal.timeout(this.#timeoutMs);
    const signal = call.signal ? combine([call.signal, timeout]) : timeout;
    const headers: Record<string, string> = { Accept: 'application/json', ...call.headers };
    if (call.body !== undefined) headers['Content-Type'] = 'application/json';

    let response: Response;
    let text: string;
    try {
      response = await this.#fetchFn(url.href, {
        method: call.method,
        headers,
        body: call.body === undefined ? undefined : JSON.stringify(call.body),
        credentials: 'omit',
        signal,
      });
      text = await response.text();
    } catch (error) {
      if (call.signal?.aborted) {
        throw new BookingError('network', `${label} was aborted.`, { cause: error });
      }
      if (timeout.aborted) {
        throw new BookingError('network', `${label} timed out after ${this.#timeoutMs} ms.`, {
          reason: 'timeout',
          cause: error,
        });
      }
      throw new BookingError('network', `${label} failed: ${String(error)}`, { cause: error });
    }

    let json: unknown;
    let isJson = text.trim() !== '';
    if (isJson) {
      try {
        json = JSON.parse(text);
      } catch {
        isJson = false;
      }
    }

    if (!response.ok) {
      const problem = parseProblem(isJson ? json : undefined);
      const explanation = problem.detail ?? problem.title ?? (isJson ? '' : text.slice(0, 200));
      throw new BookingError(
        problem.code ?? codeForStatus(response.status),
        `${label} answered ${response.status}${explanation ? `: ${explanation}` : ''}`,
        {
          status: response.status,
          fieldErrors: problem.fieldErrors,
          retryAfterSeconds: parseRetryAfter(response.headers.get('Retry-After')),
        },
      );
    }
    if (response.status === 204 || text.trim() === '') {
      if (call.method === 'DELETE') return undefined;
      throw new BookingError('unexpected', `${label} answered ${response.status} without a body.`, {
        status: response.status,
        reason: 'malformed-response',
      });
    }
    if (!isJson) {
      throw new BookingError('unexpected', `${label} answered ${response.status} with a body that is not JSON.`, {
        status: response.status,
        reason: 'malformed-response',
      });
    }
    return json;
  }
}
