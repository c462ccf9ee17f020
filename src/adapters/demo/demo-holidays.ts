import { addDaysTo } from '../../domain/dates.js';
import type { IsoDate } from '../../domain/types.js';

/**
 * Easter Sunday of a Gregorian year (the anonymous Gregorian computus, as published by Meeus).
 * @see https://en.wikipedia.org/wiki/Date_of_Easter#Anonymous_Gregorian_algorithm
 */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// Musterstadt lies in North Rhine-Westphalia: its public holidays, and the days the offices close around the
// turn of the year although they are working days.
const fixedClosures = ['01-01', '05-01', '10-03', '11-01', '12-24', '12-25', '12-26', '12-31'];
// Good Friday, Easter Monday, Ascension Day, Whit Monday, Corpus Christi: days after Easter Sunday.
const afterEaster = [-2, 1, 39, 50, 60];

/** Whether the demo office is closed on a day for a public holiday or the turn of the year. */
export function isDemoClosure(date: IsoDate): boolean {
  if (fixedClosures.includes(date.slice(5))) return true;
  const easter = easterSunday(Number(date.slice(0, 4)));
  return afterEaster.some((days) => addDaysTo(easter, days) === date);
}
