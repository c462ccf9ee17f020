import { BookingError } from '../domain/booking-error.js';

const maxRetryAfterSeconds = 86400;

/** `Retry-After` as seconds from now: delta-seconds or an HTTP-date (RFC 9110, section 10.2.3). */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  const date = Date.parse(trimmed);
  const seconds = /^\d+$/.test(trimmed) ? Number(trimmed) : Number.isNaN(date) ? NaN : Math.ceil((date - now) / 1000);
  // A wait longer than a day is no answer a citizen can act on; it is told to come back in a day.
  return Number.isNaN(seconds) ? undefined : Math.min(Math.max(seconds, 0), maxRetryAfterSeconds);
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

/** What came back, read whole: the adapter decides what it means. */
export interface JsonAnswer {
  response: Response;
  /** `GET /path`, for messages. */
  label: string;
  text: string;
  /** The parsed body; undefined when `isJson` is false. */
  json: unknown;
  isJson: boolean;
}

/** One request, as an adapter sends it. */
export interface JsonRequest {
  /** The fetch to use (tests and the early catalog request pass their own). */
  fetch: typeof fetch;
  method: 'GET' | 'POST' | 'DELETE';
  url: URL;
  /** Milliseconds before the request counts as failed with a `network` error of reason `timeout`. */
  timeoutMs: number;
  signal?: AbortSignal;
  /** Sent as JSON. */
  body?: unknown;
  headers?: Record<string, string>;
}

/**
 * Sends one request the way every adapter must: no cookies (SPEC section 5), JSON in and out, the caller's
 * signal combined with a timeout. A request that gets no answer raises a BookingError `network` (reason
 * `timeout` when the time ran out); any answer, whatever its status, is returned for the adapter to judge.
 */
export async function requestJson({
  fetch,
  method,
  url,
  timeoutMs,
  signal,
  body,
  headers,
}: JsonRequest): Promise<JsonAnswer> {
  const label = `${method} ${url.pathname}`;
  const timeout = AbortSignal.timeout(timeoutMs);
  const sent: Record<string, string> = { Accept: 'application/json', ...headers };
  if (body !== undefined) sent['Content-Type'] = 'application/json';
  let response: Response;
  let text: string;
  try {
    response = await fetch(url.href, {
      method,
      headers: sent,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'omit',
      signal: signal ? combine([signal, timeout]) : timeout,
    });
    text = await response.text();
  } catch (cause) {
    const timedOut = !signal?.aborted && timeout.aborted;
    throw new BookingError(
      'network',
      signal?.aborted
        ? `${label} was aborted.`
        : timedOut
          ? `${label} timed out after ${timeoutMs} ms.`
          : `${label} failed: ${String(cause)}`,
      { reason: timedOut ? 'timeout' : undefined, cause },
    );
  }
  let json: unknown;
  let isJson = true;
  try {
    json = JSON.parse(text);
  } catch {
    // Empty and blank bodies are not JSON either.
    isJson = false;
  }
  return { response, label, text, json, isJson };
}
