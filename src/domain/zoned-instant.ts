import { TZDate } from '@date-fns/tz';
import { formatIsoDate, pad } from './dates.js';
import type { IsoDate, IsoDateTime } from './types.js';

/** The instant of a wall-clock time on a day in a time zone, as ISO 8601 with the zone's offset then. */
export function zonedInstant(date: IsoDate, hour: number, minute: number, timeZone: string): IsoDateTime {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const zoned = new TZDate(year, month - 1, day, hour, minute, timeZone);
  const offset = -zoned.getTimezoneOffset();
  const sign = offset < 0 ? '-' : '+';
  const time = `${pad(zoned.getHours())}:${pad(zoned.getMinutes())}:00`;
  return `${formatIsoDate(zoned)}T${time}${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}
