import type {
  Availability,
  AvailabilityQuery,
  Booking,
  BookingRequest,
  Catalog,
  Hold,
  HoldRequest,
} from '../domain/types.js';

/** Per-call options every adapter method accepts. */
export interface RequestOptions {
  /** Aborts the request; the adapter then rejects with a BookingError of code `network`. */
  signal?: AbortSignal;
}

export interface CatalogRequestOptions extends RequestOptions {
  /** BCP 47 language for names and descriptions. */
  lang: string;
}

/**
 * What the widget needs from a backend. An adapter is plain TypeScript: it turns one backend's API into the
 * booking domain and raises only {@link BookingError}, so every step handles every backend the same way.
 */
export interface BookingAdapter {
  loadCatalog(options: CatalogRequestOptions): Promise<Catalog>;
  loadAvailability(query: AvailabilityQuery, options?: RequestOptions): Promise<Availability>;
  holdSlot(request: HoldRequest, options?: RequestOptions): Promise<Hold>;
  releaseHold(hold: Hold, options?: RequestOptions): Promise<void>;
  book(request: BookingRequest, options?: RequestOptions): Promise<Booking>;
  getBooking(reference: string, token: string, options?: RequestOptions): Promise<Booking>;
  cancelBooking(reference: string, token: string, options?: RequestOptions): Promise<void>;
  /**
   * For backends whose confirmation e-mail links back to the page (ZMS): confirms the booking named by the
   * page's address, or answers null when the address carries no such link. Optional.
   */
  confirmActivationLink?(link: string, options?: RequestOptions): Promise<Booking | null>;
}
