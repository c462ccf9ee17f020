import { BookingError, toBookingError } from '../../domain/booking-error.js';
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
import { DemoBackend } from './demo-backend.js';

export interface DemoAdapterOptions {
  /** The clock; default the real one. Pass a fixed one for deterministic stories and tests. */
  now?: () => Date;
  /** Simulated network latency per call in milliseconds, to show loading states. Default 0. */
  latencyMs?: number;
  /** Whether the office moves a booking in one step; default true. False shows the fallback. */
  reschedule?: boolean;
}

function aborted(signal: AbortSignal): BookingError {
  return new BookingError('network', 'The request was aborted.', { cause: signal.reason });
}

/**
 * A built-in demo office ("Stadt Musterstadt") that lives in memory: no network at all. Deterministic for a
 * given clock, so stories and tests always show the same days and times.
 */
export class DemoAdapter implements BookingAdapter {
  /** The office behind the adapter, for tests that need to inspect or disturb it (`failNext`). */
  readonly backend: DemoBackend;
  readonly #latencyMs: number;

  constructor(options: DemoAdapterOptions = {}) {
    this.backend = new DemoBackend({ now: options.now, reschedule: options.reschedule });
    this.#latencyMs = options.latencyMs ?? 0;
  }

  loadCatalog(options: CatalogRequestOptions): Promise<Catalog> {
    return this.#run(options, () => this.backend.catalog(options.lang));
  }

  loadAvailability(query: AvailabilityQuery, options: RequestOptions = {}): Promise<Availability> {
    return this.#run(options, () => this.backend.availability(query));
  }

  holdSlot(request: HoldRequest, options: RequestOptions = {}): Promise<Hold> {
    return this.#run(options, () => this.backend.hold(request));
  }

  releaseHold(hold: Hold, options: RequestOptions = {}): Promise<void> {
    return this.#run(options, () => this.backend.release(hold.id, hold.token));
  }

  book(request: BookingRequest, options: RequestOptions = {}): Promise<Booking> {
    const { hold, contact, lang, idempotencyKey } = request;
    return this.#run(options, () =>
      this.backend.book({ holdId: hold.id, holdToken: hold.token, contact: { ...contact }, lang }, idempotencyKey),
    );
  }

  reschedule(request: RescheduleRequest, options: RequestOptions = {}): Promise<Booking> {
    const { reference, token, hold, idempotencyKey } = request;
    return this.#run(options, () =>
      this.backend.reschedule(reference, token, { holdId: hold.id, holdToken: hold.token }, idempotencyKey),
    );
  }

  getBooking(reference: string, token: string, options: RequestOptions = {}): Promise<Booking> {
    return this.#run(options, () => this.backend.getBooking(reference, token));
  }

  cancelBooking(reference: string, token: string, options: RequestOptions = {}): Promise<void> {
    return this.#run(options, () => this.backend.cancel(reference, token));
  }

  /** Waits the simulated latency, honouring the signal, then runs the backend call as a remote one would. */
  async #run<T>({ signal }: RequestOptions, work: () => T): Promise<T> {
    if (signal?.aborted) throw aborted(signal);
    if (this.#latencyMs > 0) {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        }, this.#latencyMs);
        const onAbort = () => {
          clearTimeout(timer);
          reject(aborted(signal!));
        };
        signal?.addEventListener('abort', onAbort, { once: true });
      });
    } else {
      // Stay asynchronous like a real adapter, so callers never depend on synchronous answers.
      await Promise.resolve();
      if (signal?.aborted) throw aborted(signal);
    }
    try {
      return work();
    } catch (error) {
      throw toBookingError(error);
    }
  }
}
