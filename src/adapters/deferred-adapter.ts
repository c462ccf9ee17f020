import type { BookingAdapter } from './booking-adapter.js';

/**
 * An adapter that is loaded on first use, so that code only some pages need (the demo office) stays out of
 * the script-tag bundle and arrives as a chunk beside it.
 */
export class DeferredAdapter implements BookingAdapter {
  private loading?: Promise<BookingAdapter>;

  constructor(private readonly load: () => Promise<BookingAdapter>) {}

  private get adapter(): Promise<BookingAdapter> {
    this.loading ??= this.load();
    return this.loading;
  }

  loadCatalog: BookingAdapter['loadCatalog'] = async (...args) => (await this.adapter).loadCatalog(...args);
  loadAvailability: BookingAdapter['loadAvailability'] = async (...args) =>
    (await this.adapter).loadAvailability(...args);
  holdSlot: BookingAdapter['holdSlot'] = async (...args) => (await this.adapter).holdSlot(...args);
  releaseHold: BookingAdapter['releaseHold'] = async (...args) => (await this.adapter).releaseHold(...args);
  book: BookingAdapter['book'] = async (...args) => (await this.adapter).book(...args);
  getBooking: BookingAdapter['getBooking'] = async (...args) => (await this.adapter).getBooking(...args);
  cancelBooking: BookingAdapter['cancelBooking'] = async (...args) => (await this.adapter).cancelBooking(...args);
}
