import type { IsoDate, IsoDateTime } from '../domain/types.js';
import { defaultLanguage, fallbackLanguage, languages, rightToLeft } from './languages.js';
import { isProtocolErrorCode, type BookingErrorCode } from '../domain/booking-error.js';
import type { Messages, MoreMessages, Plural } from './messages.js';

/** Noon UTC of a calendar day, so that formatting it in UTC never slips to a neighbouring day. */
const dayAsDate = (date: IsoDate) => new Date(`${date}T12:00:00Z`);

/** Intl's week information, which Chromium has as a method and older engines as a getter. */
interface WeekInfo {
  firstDay: number;
}

/** What a page's language tag comes to: the language whose texts are shown, and the locale for formats. */
export interface LanguageMatch {
  /** A language the widget speaks (`de`, `ar`). */
  lang: string;
  /** The BCP 47 locale dates, times and numbers follow (`de-AT`, `en-GB`). */
  locale: string;
}

/**
 * The language the widget shows for a page's tag: the tag's language when the widget speaks it (`de-AT` is
 * German, `de_DE` is read as `de-DE`), else null. English without a region follows British conventions, as
 * English written for an office in Germany does; `en-US` keeps the American ones.
 */
export function matchLanguage(tag: string): LanguageMatch | null {
  let locale: string;
  try {
    locale = Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0] ?? '';
  } catch {
    return null;
  }
  const lang = locale.split('-')[0]!;
  if (!Object.hasOwn(languages, lang)) return null;
  return { lang, locale: locale === 'en' ? 'en-GB' : locale };
}

/**
 * Texts and formats for one language: its messages, and every date, time, number, duration and list
 * formatted through `Intl`. Dates are always Gregorian (a Persian page would otherwise get the Solar Hijri
 * calendar) and times 24-hour, unless the page's tag names a region with other customs (`en-US`). Times are
 * formatted in the time zone they belong to.
 */
export class Localization {
  /** The language whose texts these are. */
  readonly lang: string;
  /** The BCP 47 locale of the formats. */
  readonly locale: string;
  readonly messages: Messages;
  readonly dir: 'ltr' | 'rtl';

  #dateOptions: Intl.DateTimeFormatOptions;
  /** Formats by their options: building one is slow. */
  #cache = new Map<string, Intl.DateTimeFormat>();
  #plurals: Intl.PluralRules;
  #numbers: Intl.NumberFormat;

  constructor({ lang, locale }: LanguageMatch, messages: Messages) {
    this.lang = lang;
    this.locale = locale;
    this.messages = messages;
    this.dir = rightToLeft.has(lang) ? 'rtl' : 'ltr';
    // A region names its own clock; without one, times are on the 24-hour clock of an office in Germany.
    this.#dateOptions = { calendar: 'gregory', hourCycle: locale.includes('-') ? undefined : 'h23' };
    this.#plurals = new Intl.PluralRules(locale);
    this.#numbers = new Intl.NumberFormat(locale);
  }

  /** A message with its `{placeholders}` filled in; numbers are written the language's way. */
  format(template: string, values: Record<string, string | number> = {}): string {
    // A text of a rarer path whose chunk could not load is missing: it shows as nothing.
    return (template ?? '').replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = values[name];
      return value === undefined ? whole : typeof value === 'number' ? this.formatNumber(value) : value;
    });
  }

  /** A number written the language's way (Persian digits in Persian). */
  formatNumber(value: number): string {
    return this.#numbers.format(value);
  }

  /** The form of a plural message for `count`, filled in. */
  plural(forms: Plural, count: number, values: Record<string, string | number> = {}): string {
    const category = this.#plurals.select(count) as keyof Plural;
    return this.format(forms?.[category] ?? forms?.other, { ...values, count });
  }

  /** What an error means for the citizen and what to do next. */
  errorText(code: BookingErrorCode): string {
    const { errors, refusals } = this.messages;
    return isProtocolErrorCode(code) ? (refusals[code] ?? errors.unexpected) : errors[code];
  }

  /** 1 = Monday … 7 = Sunday: the first day of the week in the language's region. */
  get firstDayOfWeek(): number {
    const locale = new Intl.Locale(this.locale).maximize() as Intl.Locale & {
      getWeekInfo?: () => WeekInfo;
      weekInfo?: WeekInfo;
    };
    return (locale.getWeekInfo?.() ?? locale.weekInfo)?.firstDay ?? 1;
  }

  #formatter(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
    const key = JSON.stringify(options);
    let format = this.#cache.get(key);
    if (!format)
      this.#cache.set(key, (format = new Intl.DateTimeFormat(this.locale, { ...this.#dateOptions, ...options })));
    return format;
  }

  /** Formats a calendar day (in UTC, at noon), or an instant when `options` names a time zone. */
  #format(options: Intl.DateTimeFormatOptions, at: IsoDate | IsoDateTime): string {
    return options.timeZone
      ? this.#formatter(options).format(new Date(at))
      : this.#formatter({ ...options, timeZone: 'UTC' }).format(dayAsDate(at));
  }

  /** "Wednesday, 2 December 2026". */
  formatDayLong(date: IsoDate): string {
    return this.#format({ dateStyle: 'full' }, date);
  }

  /** "December 2026". */
  formatMonth(date: IsoDate): string {
    return this.#format({ month: 'long', year: 'numeric' }, date);
  }

  /**
   * Weekday names from `first` (1 = Monday), as `{ short: 'Mo', long: 'Monday' }`. `short` fits a calendar
   * column on a phone: a language whose abbreviations are longer than four letters (Arabic and Persian have
   * none, Polish writes `niedz.`) gets its one-letter forms instead.
   */
  weekdays(first = this.firstDayOfWeek): { short: string; long: string }[] {
    // 2024-01-01 was a Monday, so day n (1 = Monday) is 2024-01-0n.
    const days = Array.from({ length: 7 }, (_, index) => `2024-01-0${((first - 1 + index) % 7) + 1}`);
    const abbreviated = days.map((day) => this.#format({ weekday: 'short' }, day));
    const fits = abbreviated.every((name) => [...name.replace(/\.$/, '')].length <= 4);
    return days.map((day, index) => ({
      short: fits ? abbreviated[index]! : this.#format({ weekday: 'narrow' }, day),
      long: this.#format({ weekday: 'long' }, day),
    }));
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

  /** "1 hour and 10 minutes" for 70 minutes. */
  formatDuration(minutes: number): string {
    const hours = Math.floor(minutes / 60);
    const rest = minutes % 60;
    const unit = (value: number, name: string) =>
      new Intl.NumberFormat(this.locale, { style: 'unit', unit: name, unitDisplay: 'long' }).format(value);
    return this.formatList(
      [hours ? unit(hours, 'hour') : '', rest || !hours ? unit(rest, 'minute') : ''].filter(Boolean),
    );
  }

  /** "a, b and c" (Intl.ListFormat's defaults: a long conjunction). */
  formatList(items: string[]): string {
    return new Intl.ListFormat(this.locale).format(items);
  }
}

/**
 * The day weeks start on where an office is, from its time zone: Monday in Europe (ISO 8601, and every
 * country there whose offices use this widget), else null, when the language's region decides.
 */
export function officeFirstDayOfWeek(timeZone: string | undefined): number | null {
  return timeZone?.startsWith('Europe/') ? 1 : null;
}

const localizations = new Map<string, Localization>();

/** The shared Localization of a match, once its language's texts are at hand. */
export function localize(match: LanguageMatch, messages: Messages): Localization {
  let localization = localizations.get(match.locale);
  if (localization?.messages !== messages) {
    localization = new Localization(match, messages);
    localizations.set(match.locale, localization);
  }
  return localization;
}

const loaded = new Map<string, Promise<Messages>>();
const ready = new Map<string, Messages>();
const more = new Map<string, Promise<void>>();
const moreSettled = new Set<string>();

/**
 * What the rarer paths show when their texts could not load (the chunk gone after a deploy, the network
 * lost): nothing, rather than a broken element; an error the backend answered is then told in the general words.
 */
const withoutMore = { captcha: {}, refusals: {} } as unknown as MoreMessages;

/** A language's texts if they have arrived. */
export function messagesOf(lang: string): Messages | undefined {
  return ready.get(lang);
}

/** Loads a language's texts (once; a load that failed is tried again on the next call). */
export function loadMessages(lang: string): Promise<Messages> {
  let loading = loaded.get(lang);
  if (!loading) {
    loading = languages[lang]!.load().then(({ messages }) => {
      // The texts of the rarer paths join these when they are asked for (loadMoreMessages); an element shows
      // none of them before they are here (LocalizedElement's `needsMoreTexts`).
      const texts = messages as Messages;
      ready.set(lang, texts);
      return texts;
    });
    loaded.set(lang, loading);
    loading.catch(() => loaded.delete(lang));
  }
  return loading;
}

/** Whether the texts of a language's rarer paths have arrived, or could not. */
export function hasMoreMessages(lang: string): boolean {
  return moreSettled.has(lang);
}

/**
 * Loads the texts of a language's rarer paths (once), after its booking texts: they join the same messages,
 * so that every Localization of the language has them.
 */
export function loadMoreMessages(lang: string): Promise<void> {
  let loading = more.get(lang);
  if (!loading) {
    const extra = languages[lang]!.load()
      .then(({ more }) => more())
      .then(
        ({ messages }) => messages,
        (error: unknown) => (tellOnce(`could not load the rarer texts of "${lang}" (${String(error)}).`), withoutMore),
      );
    loading = Promise.all([loadMessages(lang), extra])
      .then(([messages, texts]) => void Object.assign(messages, texts))
      .catch(() => undefined)
      .finally(() => moreSettled.add(lang));
    more.set(lang, loading);
  }
  return loading;
}

const told = new Set<string>();

/** Tells developers once, on the console, what the widget did with a tag it could not take as it was. */
export function tellOnce(message: string): void {
  if (told.has(message)) return;
  told.add(message);
  console.warn(`civic-booking: ${message}`);
}

/**
 * The language a page asks an element to speak: its own `lang`, else the nearest ancestor's (crossing
 * shadow roots), else `<html lang>`, else German, matched to a language the widget speaks; a tag it does
 * not speak falls back to English, and one that is empty or no tag at all is passed over.
 */
export function resolveLanguage(element: Element): LanguageMatch {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      const tag = node.getAttribute('lang')!;
      const match = tag.trim() ? matchLanguage(tag) : null;
      if (match) return match;
      if (!tag.trim()) {
        tellOnce('ignored an empty lang attribute.');
      } else {
        tellOnce(`ignored lang="${tag}": not a language the widget speaks; showing ${fallbackLanguage}.`);
        return matchLanguage(fallbackLanguage)!;
      }
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return { lang: defaultLanguage, locale: defaultLanguage };
}
