import { TZDate } from '@date-fns/tz';
import { addDays, addMonths } from 'date-fns';
import type { IsoDate, IsoDateTime } from './types.js';

// date-fns' `format` and `parseISO` would bring its whole formatting machinery into the bundle (about 20 kB);
// the few fixed ISO shapes needed here are written by hand.
const pad = (value: number, length = 2) => String(Math.abs(value)).padStart(length, '0');

/** A calendar day as a local Date at midnight, for date-fns' day and month arithmetic. */
export function parseIsoDate(date: IsoDate): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day);
}

/** The calendar day of a Date's wall clock (local, or the zone of a TZDate). */
export function formatIsoDate(date: Date): IsoDate {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The calendar day of an instant in a time zone. */
export function localDate(instant: IsoDateTime | Date, timeZone: string): IsoDate {
  return formatIsoDate(new TZDate(new Date(instant).getTime(), timeZone));
}

/** The hour (0-23) of an instant on the wall clock of a time zone. */
export function localHour(instant: IsoDateTime | Date, timeZone: string): number {
  return new TZDate(new Date(instant).getTime(), timeZone).getHours();
}

/** Today in a time zone. */
export function todayIn(timeZone: string, now: Date): IsoDate {
  return localDate(now, timeZone);
}

/** The instant of a wall-clock time on a day in a time zone, as ISO 8601 with the zone's offset then. */
export function zonedInstant(date: IsoDate, hour: number, minute: number, timeZone: string): IsoDateTime {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const zoned = new TZDate(year, month - 1, day, hour, minute, timeZone);
  const offset = -zoned.getTimezoneOffset();
  const sign = offset < 0 ? '-' : '+';
  const time = `${pad(zoned.getHours())}:${pad(zoned.getMinutes())}:00`;
  return `${formatIsoDate(zoned)}T${time}${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}

/** A day some days later (or earlier, for a negative count). */
export function addDaysTo(date: IsoDate, days: number): IsoDate {
  return formatIsoDate(addDays(parseIsoDate(date), days));
}

/** A day some months later (or earlier), clamped to the end of a shorter month. */
export function addMonthsTo(date: IsoDate, months: number): IsoDate {
  return formatIsoDate(addMonths(parseIsoDate(date), months));
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
