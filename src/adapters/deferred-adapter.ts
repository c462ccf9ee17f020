import type { BookingAdapter } from './booking-adapter.js';

const methods = [
  'loadCatalog',
  'loadAvailability',
  'holdSlot',
  'releaseHold',
  'book',
  'getBooking',
  'cancelBooking',
  'reschedule',
  'confirmActivationLink',
] as const satisfies readonly (keyof BookingAdapter)[];

/**
 * Creates an adapter that is loaded on first use, so that code only some pages need (the demo office, the
 * ZMS adapter) stays out of the script-tag bundle and arrives as a chunk beside it. It has every method,
 * optional ones included.
 */
export function deferredAdapter(load: () => Promise<BookingAdapter>): BookingAdapter {
  let loading: Promise<BookingAdapter> | undefined;
  const adapter = {} as Record<(typeof methods)[number], unknown>;
  for (const method of methods) {
    adapter[method] = async (...args: unknown[]) => {
      loading ??= load();
      const loaded = await loading;
      // An optional method the loaded adapter lacks answers as if there were nothing to do.
      const call = loaded[method] as ((...args: unknown[]) => Promise<unknown>) | undefined;
      return call ? call.apply(loaded, args) : null;
    };
  }
  return adapter as unknown as BookingAdapter;
}
