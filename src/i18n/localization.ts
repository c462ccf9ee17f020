import type { IsoDate, IsoDateTime } from '../domain/types.js';
import { defaultLanguage, fallbackLanguage, languages } from './languages.js';
import type { Messages } from './messages/en.js';

const rtlLanguages = new Set(['ar', 'fa', 'he', 'ps', 'ur', 'ku', 'dv', 'yi']);

/** Noon UTC of a calendar day, so that formatting it in UTC never slips to a neighbouring day. */
const dayAsDate = (date: IsoDate) => `${date}T12:00:00Z`;

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

  /** Formats by their options: building one is slow. */
  #cache = new Map<string, Intl.DateTimeFormat>();

  constructor(lang: string) {
    try {
      this.locale = Intl.getCanonicalLocales(lang || defaultLanguage)[0] ?? defaultLanguage;
    } catch {
      this.locale = defaultLanguage;
    }
    // The primary subtag, lower case: `de-AT` -> `de`.
    const primary = this.locale.split('-')[0]!.toLowerCase();
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

  #formatter(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
    const key = JSON.stringify(options);
    let format = this.#cache.get(key);
    if (!format) this.#cache.set(key, (format = new Intl.DateTimeFormat(this.locale, options)));
    return format;
  }

  /** Formats an instant, or a calendar day when `options` names no time zone. */
  #format(options: Intl.DateTimeFormatOptions, at: IsoDate | IsoDateTime): string {
    if (!options.timeZone) {
      options.timeZone = 'UTC';
      at = dayAsDate(at);
    }
    return this.#formatter(options).format(new Date(at));
  }

  /** "Wednesday, 2 December 2026". */
  formatDayLong(date: IsoDate): string {
    return this.#format({ dateStyle: 'full' }, date);
  }

  /** "December 2026". */
  formatMonth(date: IsoDate): string {
    return this.#format({ month: 'long', year: 'numeric' }, date);
  }

  /** Weekday names starting with the first day of the week, as `{ short: 'Mo', long: 'Monday' }`. */
  weekdays(): { short: string; long: string }[] {
    const first = this.firstDayOfWeek;
    // 2024-01-01 was a Monday, so day n (1 = Monday) is 2024-01-0n.
    return Array.from({ length: 7 }, (_, index) => {
      const day = `2024-01-0${((first - 1 + index) % 7) + 1}`;
      return { short: this.#format({ weekday: 'short' }, day), long: this.#format({ weekday: 'long' }, day) };
    });
  }

  /** "08:30" in the given time zone. */
  formatTime(instant: IsoDateTime, timeZone: string): string {
    return this.#format({ hour: '2-digit', minute: '2-digit', timeZone }, instant);
  }

  /** "Wednesday, 2 December 2026, 08:30" in the given time zone. */
  formatDateTime(instant: IsoDateTime, timeZone: string): string {
    return this.#format({ dateStyle: 'full', timeStyle: 'short', timeZone }, instant);
  }

  /** The time zone's name as people read it, for example "Central European Standard Time". */
  formatTimeZone(timeZone: string, at: IsoDateTime): string {
    const parts = this.#formatter({ timeZone, timeZoneName: 'long' }).formatToParts(new Date(at));
    return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
  }

  /** "1 hr, 10 min" for 70 minutes. */
  formatDuration(minutes: number): string {
    const hours = Math.floor(minutes / 60);
    const rest = minutes % 60;
    const unit = (value: number, name: string) =>
      new Intl.NumberFormat(this.locale, { style: 'unit', unit: name, unitDisplay: 'long' }).format(value);
    const parts = [hours ? unit(hours, 'hour') : '', rest || !hours ? unit(rest, 'minute') : ''].filter(Boolean);
    return this.formatList(parts);
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
