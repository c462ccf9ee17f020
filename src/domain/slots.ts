import { localDate, localHour, offsetMinutesAt } from './dates.js';
import type { IsoDate, IsoDateTime, Slot } from './types.js';

/** A part of the day as the slot list groups times. */
export type PartOfDay = 'morning' | 'afternoon' | 'evening';

/** Slots of one part of the day, in their original order. */
export interface SlotGroup {
  part: PartOfDay;
  slots: Slot[];
}

/** The slots whose start falls on a day, on the wall clock of their location's time zone. */
export function slotsOn(slots: Slot[], date: IsoDate, timeZoneOf: (locationId: string) => string): Slot[] {
  return slots.filter((slot) => localDate(slot.start, timeZoneOf(slot.locationId)) === date);
}

/** The days with at least one slot, each in its location's time zone, sorted and without repeats. */
export function bookableDatesOf(slots: Slot[], timeZoneOf: (locationId: string) => string): IsoDate[] {
  const dates = new Set(slots.map((slot) => localDate(slot.start, timeZoneOf(slot.locationId))));
  return [...dates].sort();
}

const partsOfDay: PartOfDay[] = ['morning', 'afternoon', 'evening'];

/** The part of the day of an hour: morning before 12:00, afternoon before 17:00, evening after. */
export function partOfDay(hour: number): PartOfDay {
  return partsOfDay[hour < 12 ? 0 : hour < 17 ? 1 : 2]!;
}

/**
 * Slots grouped into morning, afternoon and evening by their location's wall clock, in that order; empty
 * groups are left out and each group keeps the slots' order.
 */
export function groupByPartOfDay(slots: Slot[], timeZoneOf: (locationId: string) => string): SlotGroup[] {
  const groups: SlotGroup[] = partsOfDay.map((part) => ({ part, slots: [] }));
  for (const slot of slots) {
    const part = partOfDay(localHour(slot.start, timeZoneOf(slot.locationId)));
    groups.find((group) => group.part === part)!.slots.push(slot);
  }
  return groups.filter((group) => group.slots.length > 0);
}

/** Slots of one location, in their original order. */
export interface LocationSlots {
  locationId: string;
  slots: Slot[];
}

/** Slots grouped by location, the location with the earliest slot first; each group keeps the slots' order. */
export function groupByLocation(slots: Slot[]): LocationSlots[] {
  const groups = new Map<string, Slot[]>();
  for (const slot of [...slots].sort((a, b) => Date.parse(a.start) - Date.parse(b.start))) {
    if (!groups.has(slot.locationId)) groups.set(slot.locationId, []);
  }
  for (const slot of slots) groups.get(slot.locationId)!.push(slot);
  return [...groups].map(([locationId, located]) => ({ locationId, slots: located }));
}

/** The slot that starts first, or undefined for none. Does not rely on the slots being sorted. */
export function earliestSlot(slots: Slot[]): Slot | undefined {
  let earliest: Slot | undefined;
  for (const slot of slots) {
    if (!earliest || Date.parse(slot.start) < Date.parse(earliest.start)) earliest = slot;
  }
  return earliest;
}

/** Whether two slots are the same appointment: same location, same instant (offsets may be written apart). */
export function isSameSlot(a: Slot | null | undefined, b: Slot | null | undefined): boolean {
  return !!a && !!b && a.locationId === b.locationId && Date.parse(a.start) === Date.parse(b.start);
}

export { offsetMinutesAt };

/**
 * The time zones of the slots' locations whose clock differs from the user's at the slot's time, each once,
 * in order of first appearance. Offsets are compared, not names: `Europe/Paris` and `Europe/Berlin` read
 * the same, and a zone may differ only on some dates around a daylight-saving change.
 */
export function foreignTimeZones(
  slots: Slot[],
  timeZoneOf: (locationId: string) => string,
  userTimeZone: string,
): { timeZone: string; at: IsoDateTime }[] {
  const zones: { timeZone: string; at: IsoDateTime }[] = [];
  for (const slot of slots) {
    const timeZone = timeZoneOf(slot.locationId);
    if (zones.some((zone) => zone.timeZone === timeZone)) continue;
    if (offsetMinutesAt(timeZone, slot.start) !== offsetMinutesAt(userTimeZone, slot.start)) {
      zones.push({ timeZone, at: slot.start });
    }
  }
  return zones;
}
