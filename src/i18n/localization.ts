import type { IsoDate, IsoDateTime } from '../domain/types.js';
import { defaultLanguage, fallbackLanguage, languages } from './languages.js';
import type { Messages } from './messages/en.js';

const rtlLanguages = new Set(['ar', 'fa', 'he', 'ps', 'ur', 'ku', 'dv', 'yi']);

/** The primary subtag of a BCP 47 tag, lower case: `de-AT` -> `de`. */
function primaryLanguage(lang: string): string {
  return lang.split('-')[0]!.toLowerCase();
}

function canonicalLocale(lang: string): string {
  try {
    return Intl.getCanonicalLocales(lang)[0] ?? defaultLanguage;
  } catch {
    return defaultLanguage;
  }
}

/** Noon UTC of a calendar day, so that formatting it in UTC never slips to a neighbouring day. */
function dayAsDate(date: IsoDate): Date {
  return new Date(`${date}T12:00:00Z`);
}

/** Intl's week information, which Chromium has as a method and older engines as a getter. */
interface WeekInfo {
  firstDay: number;
}

/**
 * Texts and formats for one language: the message catalogue and every date, time, duration and list
 * formatted through `Intl`. Dates and times are formatted in the time zone they belong to.
 */
export class Localization {
  /** The canonical BCP 47 tag used for formatting, for example `de` or `en-GB`. */
  readonly locale: string;
  /** The message catalogue in use; English when the widget does not speak the language. */
  readonly messages: Messages;
  /** The primary subtag of the catalogue in use, `de` or `en`. */
  readonly messagesLanguage: string;
  readonly dir: 'ltr' | 'rtl';

  #cache = new Map<string, Intl.DateTimeFormat>();

  constructor(lang: string) {
    this.locale = canonicalLocale(lang || defaultLanguage);
    const primary = primaryLanguage(this.locale);
    this.messagesLanguage = primary in languages ? primary : fallbackLanguage;
    this.messages = languages[this.messagesLanguage]!;
    this.dir = rtlLanguages.has(primary) ? 'rtl' : 'ltr';
  }

  /** 1 = Monday … 7 = Sunday: the first day of the week in the language's region. */
  get firstDayOfWeek(): number {
    const locale = new Intl.Locale(this.locale).maximize() as Intl.Locale & {
      getWeekInfo?: () => WeekInfo;
      weekInfo?: WeekInfo;
    };
    const info = locale.getWeekInfo?.() ?? locale.weekInfo;
    return info?.firstDay ?? 1;
  }

  #format(key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
    let format = this.#cache.get(key);
    if (!format) {
      format = new Intl.DateTimeFormat(this.locale, options);
      this.#cache.set(key, format);
    }
    return format;
  }

  /** "Wednesday, 2 December 2026". */
  formatDayLong(date: IsoDate): string {
    return this.#format('dayLong', { dateStyle: 'full', timeZone: 'UTC' }).format(dayAsDate(date));
  }

  /** "2 Dec 2026". */
  formatDayShort(date: IsoDate): string {
    return this.#format('dayShort', { dateStyle: 'medium', timeZone: 'UTC' }).format(dayAsDate(date));
  }

  /** "December 2026". */
  formatMonth(date: IsoDate): string {
    return this.#format('month', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(dayAsDate(date));
  }

  /** Weekday names starting with the first day of the week, as `{ short: 'Mo', long: 'Monday' }`. */
  weekdays(): { short: string; long: string }[] {
    const short = this.#format('weekdayShort', { weekday: 'short', timeZone: 'UTC' });
    const long = this.#format('weekdayLong', { weekday: 'long', timeZone: 'UTC' });
    const first = this.firstDayOfWeek;
    // 2024-01-01 was a Monday, so day n (1 = Monday) is 2024-01-0n.
    return Array.from({ length: 7 }, (_, index) => {
      const day = dayAsDate(`2024-01-0${((first - 1 + index) % 7) + 1}`);
      return { short: short.format(day), long: long.format(day) };
    });
  }

  /** "08:30" in the given time zone. */
  formatTime(instant: IsoDateTime, timeZone: string): string {
    return this.#format(`time:${timeZone}`, { hour: '2-digit', minute: '2-digit', timeZone }).format(new Date(instant));
  }

  /** "Wednesday, 2 December 2026, 08:30" in the given time zone. */
  formatDateTime(instant: IsoDateTime, timeZone: string): string {
    return this.#format(`dateTime:${timeZone}`, { dateStyle: 'full', timeStyle: 'short', timeZone }).format(
      new Date(instant),
    );
  }

  /** The time zone's name as people read it, for example "Central European Standard Time". */
  formatTimeZone(timeZone: string, at: IsoDateTime): string {
    const parts = this.#format(`zone:${timeZone}`, { timeZone, timeZoneName: 'long' }).formatToParts(new Date(at));
    return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
  }

  /** "1 hr, 10 min" for 70 minutes. */
  formatDuration(minutes: number): string {
    const hours = Math.floor(minutes / 60);
    const rest = minutes % 60;
    const unit = (value: number, name: 'hour' | 'minute') =>
      new Intl.NumberFormat(this.locale, { style: 'unit', unit: name, unitDisplay: 'long' }).format(value);
    const parts = [hours ? unit(hours, 'hour') : '', rest || !hours ? unit(rest, 'minute') : ''].filter(Boolean);
    return this.formatList(parts);
  }

  /** "3:05" for 185 seconds, for a countdown. */
  formatCountdown(seconds: number): string {
    const safe = Math.max(0, Math.ceil(seconds));
    const minutes = Math.floor(safe / 60);
    return `${minutes}:${String(safe % 60).padStart(2, '0')}`;
  }

  /** "a, b and c". */
  formatList(items: string[]): string {
    return new Intl.ListFormat(this.locale, { style: 'long', type: 'conjunction' }).format(items);
  }
}

const localizations = new Map<string, Localization>();

/** The shared Localization for a language tag. */
export function localize(lang: string): Localization {
  let localization = localizations.get(lang);
  if (!localization) {
    localization = new Localization(lang);
    localizations.set(lang, localization);
  }
  return localization;
}

/**
 * The language in effect for an element: its own `lang`, else the nearest ancestor's (crossing shadow roots),
 * else `<html lang>`, else German.
 */
export function resolveLanguage(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return defaultLanguage;
}
