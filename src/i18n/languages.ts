import type { BookingMessages, MoreMessages } from './messages.js';

/** A language the widget speaks: its own name, for the language switch, and how its texts arrive. */
export interface Language {
  /** The language's name in its own words ("Türkçe"). */
  name: string;
  /**
   * Loads the texts a booking needs: a chunk beside the script, fetched only when the language is spoken. It
   * names the chunk of the texts of the rarer paths (see `MoreMessages`), fetched only when one of them is shown.
   */
  load: () => Promise<{ messages: BookingMessages; more: () => Promise<{ messages: MoreMessages }> }>;
}

/**
 * Every language the widget speaks, by primary language subtag, in the order the language switch offers
 * them. Add a language with its two files, `languages/xx.ts` and `languages/more/xx.ts`, and one line here.
 */
export const languages: Record<string, Language> = {
  de: { name: 'Deutsch', load: () => import('./languages/de.js') },
  en: { name: 'English', load: () => import('./languages/en.js') },
  tr: { name: 'Türkçe', load: () => import('./languages/tr.js') },
  ar: { name: 'العربية', load: () => import('./languages/ar.js') },
  uk: { name: 'Українська', load: () => import('./languages/uk.js') },
  ru: { name: 'Русский', load: () => import('./languages/ru.js') },
  fa: { name: 'فارسی', load: () => import('./languages/fa.js') },
  pl: { name: 'Polski', load: () => import('./languages/pl.js') },
  ro: { name: 'Română', load: () => import('./languages/ro.js') },
  bg: { name: 'Български', load: () => import('./languages/bg.js') },
  sq: { name: 'Shqip', load: () => import('./languages/sq.js') },
  fr: { name: 'Français', load: () => import('./languages/fr.js') },
};

/** The language shown when nothing on the page names one, or when the one it names cannot load. */
export const defaultLanguage = 'de';

/** The language shown when the page asks for one the widget does not speak. */
export const fallbackLanguage = 'en';

/** Languages written from right to left. */
export const rightToLeft = new Set(['ar', 'fa']);
