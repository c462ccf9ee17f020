import { BookingError } from '../../domain/booking-error.js';
import type { RequestOptions } from '../booking-adapter.js';
import { parseRetryAfter, requestJson } from '../http.js';
import { zmsErrorsOf } from './zms-errors.js';

/** A name and value of a request's query, in order (upstream reads some of them by position). */
export type Search = [string, string][];

/** Sends a request to the citizen API and answers its JSON body; see {@link ZmsClient.call}. */
export type ZmsCall = (
  method: 'GET' | 'POST',
  path: string,
  options: RequestOptions,
  search?: Search,
  body?: unknown,
) => Promise<unknown>;

export interface ZmsClientOptions {
  baseUrl: string;
  timeoutMs: number;
  fetch: typeof fetch;
}

/**
 * The HTTP side of the ZMS citizen API: paths relative to its base (every path ends with `/`), JSON both ways,
 * no cookies, and upstream's error bodies turned into BookingErrors, by the table of `zms-error-table.ts`,
 * which is fetched only when an error answer comes.
 */
export class ZmsClient {
  readonly #options: ZmsClientOptions;

  constructor(options: ZmsClientOptions) {
    this.#options = { ...options, baseUrl: options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/` };
  }

  /** A URL of the API, for example of its captcha challenge. */
  url(path: string): string {
    return new URL(path, this.#options.baseUrl).href;
  }

  /** Sends one request to `path`; answers the parsed JSON body. */
  call: ZmsCall = async (method, path, { signal }, search = [], body) => {
    const url = new URL(path, this.#options.baseUrl);
    for (const [name, value] of search) url.searchParams.append(name, value);
    const { fetch, timeoutMs } = this.#options;
    const { response, label, json, isJson } = await requestJson({ fetch, method, url, timeoutMs, signal, body });
    const errors = zmsErrorsOf(json);
    // Upstream sometimes answers 200 with an error body; the errors decide.
    if (!response.ok || errors.length) {
      // (A loop, not Math.max(...list): a hostile answer may carry more errors than a call can take arguments.)
      const status = response.ok ? errors.reduce((top, e) => Math.max(top, e.statusCode ?? 500), 0) : response.status;
      const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
      const table = await import('./zms-error-table.js').catch(() => null);
      throw table
        ? table.zmsError(status, json, label, retryAfter)
        : new BookingError('unexpected', `${label} answered ${status}`, { status, cause: { zmsErrors: errors } });
    }
    if (!isJson) {
      throw new BookingError('unexpected', `${label} answered ${response.status} without JSON.`, {
        status: response.status,
        reason: 'malformed-response',
      });
    }
    return json;
  };
}
