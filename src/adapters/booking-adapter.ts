import type {
  Availability,
  AvailabilityQuery,
  Booking,
  BookingRequest,
  Catalog,
  Hold,
  HoldRequest,
  RescheduleRequest,
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
   * Moves a booking to the held slot in one step, atomically: the old slot is freed only once the new one is
   * booked, and `slot-taken`, `hold-expired` and `too-late` leave the booking as it was. Present only where the
   * backend can; the flow uses it when the catalog's `reschedule` is true, and otherwise books the new time
   * and then cancels the old one.
   */
  reschedule?(request: RescheduleRequest, options?: RequestOptions): Promise<Booking>;
  /**
   * For backends whose confirmation e-mail links back to the page (ZMS): confirms the booking named by the
   * page's address, or answers null when the address carries no such link. Optional.
   */
  confirmActivationLink?(link: string, options?: RequestOptions): Promise<Booking | null>;
}
