import type { BookingAdapter } from './booking-adapter.js';

const methods = [
  'loadCatalog',
  'loadAvailability',
  'holdSlot',
  'releaseHold',
  'book',
  'getBooking',
  'cancelBooking',
] as const satisfies readonly (keyof BookingAdapter)[];

/**
 * Creates an adapter that is loaded on first use, so that code only some pages need (the demo office, the
 * ZMS adapter) stays out of the script-tag bundle and arrives as a chunk beside it.
 */
export function deferredAdapter(load: () => Promise<BookingAdapter>): BookingAdapter {
  let loading: Promise<BookingAdapter> | undefined;
  const adapter = {} as Record<(typeof methods)[number], unknown>;
  for (const method of methods) {
    adapter[method] = async (...args: unknown[]) => {
      loading ??= load();
      const loaded = await loading;
      return (loaded[method] as (...args: unknown[]) => Promise<unknown>).apply(loaded, args);
    };
  }
  return adapter as unknown as BookingAdapter;
}
