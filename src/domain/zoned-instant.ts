import { TZDate } from '@date-fns/tz';
import { formatISO } from 'date-fns';
import type { IsoDate, IsoDateTime } from './types.js';

/**
 * The instant of a wall-clock time on a day in a time zone, as ISO 8601 with the zone's offset then (`Z` where
 * the offset is zero). Only the
 * demo office and the tests make instants from wall-clock times, so the time-zone library stays out of the
 * script-tag bundle.
 */
export function zonedInstant(date: IsoDate, hour: number, minute: number, timeZone: string): IsoDateTime {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return formatISO(new TZDate(year, month - 1, day, hour, minute, timeZone));
}
