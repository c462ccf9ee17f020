import type { Messages } from './messages.js';
import { messages as german } from './languages/de.js';

/** A language the widget speaks: its own name, for the language switch, and how its texts arrive. */
export interface Language {
  /** The language's name in its own words ("Türkçe"). */
  name: string;
  /** Loads the language's texts, a chunk beside the script; absent for the language built in. */
  load?: () => Promise<{ messages: Messages }>;
}

/**
 * Every language the widget speaks, by primary language subtag, in the order the language switch offers
 * them. Add a language with its file in `languages/` and one line here.
 */
export const languages: Record<string, Language> = {
  de: { name: 'Deutsch' },
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

/** The language built into the script, shown when nothing on the page names one or a language cannot load. */
export const defaultLanguage = 'de';

/** The language shown when the page asks for one the widget does not speak. */
export const fallbackLanguage = 'en';

/** The texts of the built-in language. */
export const defaultMessages: Messages = german;

/** Languages written from right to left. */
export const rightToLeft = new Set(['ar', 'fa']);
