import { TZDate } from '@date-fns/tz';
import { addDays, addMonths, format, parseISO } from 'date-fns';
import type { IsoDate, IsoDateTime } from './types.js';

/** The calendar day of an instant in a time zone. */
export function localDate(instant: IsoDateTime | Date, timeZone: string): IsoDate {
  return format(new TZDate(new Date(instant).getTime(), timeZone), 'yyyy-MM-dd');
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
  return format(new TZDate(year, month - 1, day, hour, minute, timeZone), "yyyy-MM-dd'T'HH:mm:ssxxx");
}

/** A day some days later (or earlier, for a negative count). */
export function addDaysTo(date: IsoDate, days: number): IsoDate {
  return format(addDays(parseISO(date), days), 'yyyy-MM-dd');
}

/** A day some months later (or earlier), clamped to the end of a shorter month. */
export function addMonthsTo(date: IsoDate, months: number): IsoDate {
  return format(addMonths(parseISO(date), months), 'yyyy-MM-dd');
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
