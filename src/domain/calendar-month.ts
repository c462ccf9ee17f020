import { addDaysTo, addMonthsTo, endOfMonthOf, startOfMonthOf } from './dates.js';
import type { IsoDate } from './types.js';

/** The keys of the APG date grid that move focus: https://www.w3.org/WAI/ARIA/apg/patterns/dialog-modal/examples/datepicker-dialog/ */
export const gridKeys: ReadonlySet<string> = new Set([
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
  'PageUp',
  'PageDown',
]);

/** What besides the key decides where focus moves in the date grid. */
export interface MoveFocusOptions {
  /** Shift was held: PageUp/PageDown move by a year. */
  shiftKey?: boolean;
  /** The grid is laid out right to left: ArrowLeft moves forward in time. */
  rtl?: boolean;
  /** 1 = Monday … 7 = Sunday. */
  firstDayOfWeek?: number;
  /** The earliest reachable day. */
  min?: IsoDate | null;
  /** The latest reachable day. */
  max?: IsoDate | null;
}

/** The ISO weekday of a day: 1 = Monday … 7 = Sunday. */
export function weekdayOf(date: IsoDate): number {
  return new Date(Date.parse(date)).getUTCDay() || 7;
}

/** The first day of the week that holds the day, for a week starting on `firstDayOfWeek` (1 = Monday). */
export function startOfWeekOf(date: IsoDate, firstDayOfWeek: number): IsoDate {
  const offset = (weekdayOf(date) - firstDayOfWeek + 7) % 7;
  return addDaysTo(date, -offset);
}

/** The last day of the week that holds the day, for a week starting on `firstDayOfWeek` (1 = Monday). */
export function endOfWeekOf(date: IsoDate, firstDayOfWeek: number): IsoDate {
  return addDaysTo(startOfWeekOf(date, firstDayOfWeek), 6);
}

/** The day moved into [min, max]; a missing limit does not limit. ISO days compare as strings. */
export function clampDate(date: IsoDate, min?: IsoDate | null, max?: IsoDate | null): IsoDate {
  if (min && date < min) return min;
  if (max && date > max) return max;
  return date;
}

/** Whether the day lies in [min, max]; a missing limit does not limit. */
export function isInRange(date: IsoDate, min?: IsoDate | null, max?: IsoDate | null): boolean {
  return (!min || date >= min) && (!max || date <= max);
}

/** Whether two days lie in the same month. */
export function isSameMonth(a: IsoDate, b: IsoDate): boolean {
  return a.slice(0, 7) === b.slice(0, 7);
}

/** Whether some day of the month that holds `month` lies in [min, max]. */
export function isMonthInRange(month: IsoDate, min?: IsoDate | null, max?: IsoDate | null): boolean {
  return (!min || endOfMonthOf(month) >= min) && (!max || startOfMonthOf(month) <= max);
}

/**
 * The weeks of the month that holds `month`, each an array of 7 days starting on `firstDayOfWeek`
 * (1 = Monday … 7 = Sunday). Days of the neighbouring months are `null`: the grid shows one month only.
 */
export function monthGrid(month: IsoDate, firstDayOfWeek: number): (IsoDate | null)[][] {
  const first = startOfMonthOf(month);
  const last = endOfMonthOf(month);
  const weeks: (IsoDate | null)[][] = [];
  let day = startOfWeekOf(first, firstDayOfWeek);
  while (day <= last) {
    const week: (IsoDate | null)[] = [];
    for (let index = 0; index < 7; index += 1) {
      week.push(day >= first && day <= last ? day : null);
      day = addDaysTo(day, 1);
    }
    weeks.push(week);
  }
  return weeks;
}

/**
 * The day that focus moves to from `date` when `key` is pressed in the date grid, following the ARIA APG
 * date-grid keys: arrows by a day (swapped in RTL) or a week, Home/End to the start/end of the week,
 * PageUp/PageDown by a month and with Shift by a year (the day clamped to the shorter month's end). The result
 * is clamped to [min, max]. Any other key leaves the day as it is.
 */
export function moveFocus(date: IsoDate, key: string, options: MoveFocusOptions = {}): IsoDate {
  const { shiftKey, rtl, firstDayOfWeek = 1, min, max } = options;
  const forward = rtl ? -1 : 1;
  const days = ({ ArrowLeft: -forward, ArrowRight: forward, ArrowUp: -7, ArrowDown: 7 } as Record<string, number>)[key];
  const months = ({ PageUp: -1, PageDown: 1 } as Record<string, number>)[key];
  let next = date;
  if (days) next = addDaysTo(date, days);
  else if (months) next = addMonthsTo(date, shiftKey ? months * 12 : months);
  else if (key === 'Home') next = startOfWeekOf(date, firstDayOfWeek);
  else if (key === 'End') next = endOfWeekOf(date, firstDayOfWeek);
  return clampDate(next, min, max);
}
