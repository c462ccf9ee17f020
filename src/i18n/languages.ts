import { de } from './messages/de.js';
import { en, type Messages } from './messages/en.js';

/** The languages the widget speaks, by primary language subtag. Add a language by adding its file here. */
export const languages: Record<string, Messages> = { de, en };

/** The language used when the page asks for one the widget does not speak. */
export const fallbackLanguage = 'en';

/** The language used when nothing on the page names one. */
export const defaultLanguage = 'de';
