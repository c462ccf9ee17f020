/**
 * Fixed data for the stories: one clock, the demo office, and the odd shapes a real office can produce
 * (no concerns, 400 concerns, very long names, 80 times on one day). Nothing here reads the real "now".
 */
import { DemoAdapter } from '../../src/adapters/demo/demo-adapter.js';
import { demoCatalog, demoTimeZone } from '../../src/adapters/demo/demo-office.js';
import type { BookingAdapter } from '../../src/adapters/booking-adapter.js';
import { BookingError, protocolErrorCodes, type BookingErrorCode } from '../../src/domain/booking-error.js';
import { zonedInstant } from '../../src/domain/zoned-instant.js';
import type { Availability, Booking, Catalog, Concern, Location, Slot } from '../../src/domain/types.js';

/** The stories' "now": Tuesday 1 December 2026, 08:00 in Musterstadt. */
export const NOW = '2026-12-01T08:00:00+01:00';
export const TODAY = '2026-12-01';
export const fixedNow = (): Date => new Date(NOW);

export const ERROR_CODES: BookingErrorCode[] = [...protocolErrorCodes, 'network', 'unexpected'];

/** The demo office's catalog in the story's language. */
export function catalog(lang = 'de'): Catalog {
  return demoCatalog(lang);
}

export function locationById(id: string, lang = 'de'): Location {
  return catalog(lang).locations.find((location) => location.id === id)!;
}

export const IMMIGRATION_OFFICE = 'auslaenderbehoerde';
export const RESIDENCE_PERMIT = 'residence-permit-extension';

/** A concern list with names and descriptions far longer than any office should write. */
export function longNameConcerns(): Concern[] {
  return [
    {
      id: 'long-1',
      name: 'Antrag auf Erteilung einer Aufenthaltserlaubnis zum Zweck der Beschäftigung als Fachkraft mit akademischer Ausbildung nach § 18b Aufenthaltsgesetz einschließlich Familiennachzug',
      description:
        'Bitte bringen Sie Ihren gültigen Reisepass, ein aktuelles biometrisches Lichtbild, den Arbeitsvertrag, die Anerkennung Ihres Hochschulabschlusses, den Nachweis über die Krankenversicherung sowie die Meldebescheinigung mit.',
      category: 'Aufenthalt für Fachkräfte und ihre Familienangehörigen aus Staaten außerhalb der Europäischen Union',
      durationMinutes: 45,
      maxCount: 6,
      infoUrl: 'https://www.example.org/musterstadt/fachkraefte-aufenthaltserlaubnis-familiennachzug',
    },
    {
      id: 'long-2',
      name: 'Donaudampfschifffahrtsgesellschaftskapitänsausweisverlängerungsantragsentgegennahme',
      description: 'Ein einziges, sehr langes Wort, das auf einem 320 Pixel breiten Bildschirm umbrechen muss.',
      category: 'Aufenthalt für Fachkräfte und ihre Familienangehörigen aus Staaten außerhalb der Europäischen Union',
      durationMinutes: 15,
      maxCount: 1,
    },
  ];
}

/** A catalog with `count` concerns across twelve categories, to try filtering and scrolling. */
export function manyConcerns(count = 400): Concern[] {
  const topics = [
    'Aufenthalt',
    'Einbürgerung',
    'Ausweise',
    'Meldewesen',
    'Fahrzeuge',
    'Gewerbe',
    'Standesamt',
    'Steuern',
    'Soziales',
    'Bauen',
    'Umwelt',
    'Schule',
  ];
  return Array.from({ length: count }, (_, i) => ({
    id: `concern-${i + 1}`,
    name: `${topics[i % topics.length]}: Anliegen Nr. ${i + 1}`,
    description: i % 3 === 0 ? `Beschreibung des Anliegens ${i + 1}.` : undefined,
    category: topics[i % topics.length],
    durationMinutes: 10 + (i % 4) * 5,
    maxCount: 1 + (i % 3),
  }));
}

/** `count` back-to-back slots of `minutes` each from 07:00 on a day at the immigration office. */
export function daySlots(date: string, count: number, minutes = 10, locationId = IMMIGRATION_OFFICE): Slot[] {
  return Array.from({ length: count }, (_, i) => {
    const start = 7 * 60 + i * minutes;
    const at = (m: number) => zonedInstant(date, Math.floor(m / 60), m % 60, demoTimeZone);
    return { locationId, start: at(start), end: at(start + minutes) };
  });
}

/** Bookable days of December 2026 at the demo office (weekdays from the 2nd). */
export const DECEMBER_DAYS = [
  '2026-12-02',
  '2026-12-03',
  '2026-12-04',
  '2026-12-07',
  '2026-12-08',
  '2026-12-09',
  '2026-12-10',
  '2026-12-11',
  '2026-12-14',
  '2026-12-15',
  '2026-12-16',
  '2026-12-17',
  '2026-12-18',
  '2026-12-21',
  '2026-12-22',
  '2026-12-23',
];

/** A booking at the immigration office on 2 December 2026. */
export function booking(overrides: Partial<Booking> = {}): Booking {
  return {
    reference: 'MS-4K7Q2',
    status: 'confirmed',
    locationId: IMMIGRATION_OFFICE,
    start: '2026-12-02T08:30:00+01:00',
    end: '2026-12-02T09:10:00+01:00',
    concerns: [{ id: RESIDENCE_PERMIT, count: 2 }],
    token: 'demo-token',
    ...overrides,
  };
}

/** The demo office in memory with the stories' clock. */
export function demoAdapter(latencyMs = 0, reschedule = true): DemoAdapter {
  return new DemoAdapter({ now: fixedNow, latencyMs, reschedule });
}

type AdapterMethod = keyof BookingAdapter;

/**
 * The demo office, with changes for one story: a method that fails with a code, never answers (to show
 * loading), or answers something else.
 */
export function adapterWith(
  changes: Partial<{ [K in AdapterMethod]: BookingAdapter[K] }>,
  base: BookingAdapter = demoAdapter(),
): BookingAdapter {
  return new Proxy(base, {
    get(target, property, receiver) {
      if (property in changes) return changes[property as AdapterMethod];
      const value = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** A promise that never settles: the request is still running. */
export function pending<T>(): Promise<T> {
  return new Promise<T>(() => {});
}

export function failing(code: BookingErrorCode): () => Promise<never> {
  return () =>
    Promise.reject(
      new BookingError(code, `Story: ${code}`, {
        retryAfterSeconds: code === 'rate-limited' || code === 'unavailable' ? 30 : undefined,
        fieldErrors: code === 'invalid-input' ? [{ field: 'concerns', code: 'invalid' }] : undefined,
      }),
    );
}

/** An office whose catalog has no concerns at all. */
export function emptyCatalogAdapter(): BookingAdapter {
  return adapterWith({
    loadCatalog: async ({ lang }) => ({ ...catalog(lang), concerns: [] }),
  });
}

/** An office with no free appointment in the whole booking horizon. */
export function fullyBookedAdapter(): BookingAdapter {
  return adapterWith({
    loadAvailability: async (query): Promise<Availability> => ({
      from: query.from,
      to: query.to,
      slots: [],
      nextAvailable: null,
    }),
  });
}

/** An office with nothing free this month; the first free day is in January. */
export function nothingThisMonthAdapter(): BookingAdapter {
  const base = demoAdapter();
  return adapterWith(
    {
      loadAvailability: async (query, options) => {
        if (query.from >= '2027-01-01') return base.loadAvailability(query, options);
        const later = await base.loadAvailability({ ...query, from: '2027-01-04', to: '2027-01-31' }, options);
        return { from: query.from, to: query.to, slots: [], nextAvailable: later.slots[0] ? '2027-01-04' : null };
      },
    },
    base,
  );
}

/** Books an appointment at the demo office and returns the adapter with the booking's reference and token. */
export async function adapterWithBooking(
  email = 'alex@example.org',
  adapter = demoAdapter(),
): Promise<{ adapter: DemoAdapter; reference: string; token: string }> {
  const concerns = [{ id: RESIDENCE_PERMIT, count: 1 }];
  const availability = await adapter.loadAvailability({
    concerns,
    from: '2026-12-02',
    to: '2026-12-31',
    locationId: IMMIGRATION_OFFICE,
  });
  const slot = availability.slots[0]!;
  const hold = await adapter.holdSlot({ concerns, locationId: slot.locationId, start: slot.start });
  const booked = await adapter.book({
    hold,
    contact: { name: 'Alex Beispiel', email },
    lang: 'de',
    idempotencyKey: 'story-booking',
  });
  return { adapter, reference: booked.reference, token: booked.token! };
}
