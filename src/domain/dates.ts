import type { IsoDate, IsoDateTime } from './types.js';

// Calendar days are counted here by hand, on UTC's clock, which has no daylight-saving gaps, so that the
// script-tag bundle every citizen loads carries no date library (date-fns' day and month arithmetic cost it
// about 140 bytes gzip). date-fns with @date-fns/tz serves where wall-clock times become instants, in the
// demo office (zoned-instant.ts).
export const pad = (value: number, length = 2) => String(Math.abs(value)).padStart(length, '0');

// Reading a wall clock goes through Intl, which every browser has, so that the script-tag bundle does not
// carry a time-zone library; only making instants from wall-clock times (zoned-instant.ts) needs one.
const wallClockFormats = new Map<string, Intl.DateTimeFormat>();

/** Year, month, day, hour and minute of an instant on the wall clock of a time zone. */
function wallClock(instant: IsoDateTime | Date, timeZone: string): Record<string, number> {
  let format = wallClockFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    wallClockFormats.set(timeZone, format);
  }
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(new Date(instant))) parts[part.type] = Number(part.value);
  return parts;
}

/** The calendar day of an instant in a time zone. */
export function localDate(instant: IsoDateTime | Date, timeZone: string): IsoDate {
  const { year, month, day } = wallClock(instant, timeZone);
  return `${pad(year!, 4)}-${pad(month!)}-${pad(day!)}`;
}

/** The hour (0-23) of an instant on the wall clock of a time zone. */
export function localHour(instant: IsoDateTime | Date, timeZone: string): number {
  return wallClock(instant, timeZone).hour!;
}

/** Minutes a time zone is ahead of UTC at an instant (negative west of Greenwich). */
export function offsetMinutesAt(timeZone: string, instant: IsoDateTime | Date): number {
  const { year, month, day, hour, minute } = wallClock(instant, timeZone);
  const wall = Date.UTC(year!, month! - 1, day!, hour!, minute!);
  const exact = Math.floor(new Date(instant).getTime() / 60000) * 60000;
  return Math.round((wall - exact) / 60000);
}

/** Today in a time zone. */
export function todayIn(timeZone: string, now: Date): IsoDate {
  return localDate(now, timeZone);
}

const dayMs = 86_400_000;

/** A day some days later (or earlier, for a negative count). */
export function addDaysTo(date: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(date) + days * dayMs).toISOString().slice(0, 10);
}

/** A day some months later (or earlier), clamped to the end of a shorter month. */
export function addMonthsTo(date: IsoDate, months: number): IsoDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  // Day 0 of the month after is the last day of the target month.
  const lastDay = new Date(Date.UTC(year, month + months, 0)).getUTCDate();
  return new Date(Date.UTC(year, month - 1 + months, Math.min(day, lastDay))).toISOString().slice(0, 10);
}

/** The first day of the day's month. */
export function startOfMonthOf(date: IsoDate): IsoDate {
  return `${date.slice(0, 7)}-01`;
}

/** The last day of the day's month. */
export function endOfMonthOf(date: IsoDate): IsoDate {
  return addDaysTo(addMonthsTo(startOfMonthOf(date), 1), -1);
}

/** Whether a string is a real calendar day in `YYYY-MM-DD` form. */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** Whether a string is an ISO 8601 instant with an offset or `Z`. */
export function isIsoDateTime(value: unknown): value is IsoDateTime {
  return (
    typeof value === 'string' &&
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value) &&
    !Number.isNaN(Date.parse(value))
  );
}
