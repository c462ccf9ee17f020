import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { languages } from './languages.js';
import { Localization, matchLanguage } from './localization.js';
import { allMessagesOf } from '../../test/support/all-messages.js';
import type { Messages, Plural } from './messages.js';

// Every language file against the German source: the same texts, the same placeholders, the plural forms its
// grammar needs, and nothing left in English.

type Texts = Record<string, unknown>;

const all = Object.fromEntries(
  await Promise.all(Object.keys(languages).map(async (lang) => [lang, await allMessagesOf(lang)] as const)),
) as Record<string, Messages>;
const german = all.de!;
const english = all.en!;

const isPlural = (value: unknown): value is Plural =>
  typeof value === 'object' && value !== null && typeof (value as Plural).other === 'string';

/** Every text of a message file, by its dotted key; a plural's forms as `key.one`, `key.other` … */
function textsOf(messages: unknown, prefix = ''): Map<string, string> {
  const texts = new Map<string, string>();
  for (const [key, value] of Object.entries(messages as Texts)) {
    if (typeof value === 'string') texts.set(prefix + key, value);
    else for (const [inner, text] of textsOf(value, `${prefix}${key}.`)) texts.set(inner, text);
  }
  return texts;
}

/** The entries whose value is a plural, by dotted key. */
function pluralsOf(messages: unknown, prefix = ''): Map<string, Plural> {
  const plurals = new Map<string, Plural>();
  for (const [key, value] of Object.entries(messages as Texts)) {
    if (isPlural(value) && !('morning' in value)) plurals.set(prefix + key, value);
    else if (typeof value === 'object' && value !== null)
      for (const [inner, plural] of pluralsOf(value, `${prefix}${key}.`)) plurals.set(inner, plural);
  }
  return plurals;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
/** The German texts with the plural forms folded into one key each, to compare placeholders. */
const germanTexts = new Map(
  [...textsOf(german)].map(([key, text]) => [key.replace(/\.(zero|one|two|few|many|other)$/, ''), text]),
);

/** Texts that read the same in English and in another language on purpose: they are that language's words. */
const sameAsEnglish: Record<string, string[]> = {
  all: ['{time}, {location}'],
  de: ['optional', 'Status'],
  pl: ['Status'],
  ro: ['E-mail', 'Contact'],
  sq: ['{count} person'],
};

describe('the language files', () => {
  it('are the twelve languages of the specification, each named in its own words', () => {
    expect(Object.keys(languages)).to.deep.equal([
      'de',
      'en',
      'tr',
      'ar',
      'uk',
      'ru',
      'fa',
      'pl',
      'ro',
      'bg',
      'sq',
      'fr',
    ]);
    expect(languages.tr!.name).to.equal('Türkçe');
    expect(languages.ar!.name).to.equal('العربية');
    expect(languages.uk!.name).to.equal('Українська');
  });

  for (const [lang, messages] of Object.entries(all)) {
    describe(lang, () => {
      it('has every text of the German, with the same placeholders, and no other', () => {
        const texts = new Map(
          [...textsOf(messages)].map(([key, text]) => [key.replace(/\.(zero|one|two|few|many|other)$/, ''), text]),
        );
        expect([...new Set(texts.keys())].sort()).to.deep.equal([...new Set(germanTexts.keys())].sort());
        for (const [key, text] of textsOf(messages)) {
          const base = key.replace(/\.(zero|one|two|few|many|other)$/, '');
          // A plural form has the placeholders of the German's `other` form, {count} among them.
          expect(placeholders(text), `${lang} ${key}: ${text}`).to.deep.equal(placeholders(germanTexts.get(base)!));
          expect(text.trim(), `${lang} ${key} is empty`).not.to.equal('');
        }
      });

      it("gives each plural text exactly the forms of the language's plural rules, each with {count}", () => {
        const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
        for (const [key, forms] of pluralsOf(messages)) {
          expect(Object.keys(forms).sort(), `${lang} ${key}`).to.deep.equal([...categories].sort());
          for (const [category, form] of Object.entries(forms)) {
            expect(form, `${lang} ${key}.${category}`).to.contain('{count}');
          }
        }
      });

      if (lang !== 'en') {
        it('leaves nothing in English', () => {
          const ownTexts = textsOf(messages);
          const allowed = [...sameAsEnglish.all!, ...(sameAsEnglish[lang] ?? [])];
          const same = [...textsOf(english)].filter(([key, text]) => ownTexts.get(key) === text);
          expect(
            same.map(([, text]) => text).filter((text) => !allowed.includes(text)),
            lang,
          ).to.deep.equal([]);
        });
      }
    });
  }

  describe('plural forms as the grammar needs them', () => {
    // CLDR's cardinal categories of 0, 1, 2, 5, 11, 21 and 101.
    const expected: Record<string, string[]> = {
      ar: ['zero', 'one', 'two', 'few', 'many', 'many', 'other'],
      pl: ['many', 'one', 'few', 'many', 'many', 'many', 'many'],
      ru: ['many', 'one', 'few', 'many', 'many', 'one', 'one'],
      uk: ['many', 'one', 'few', 'many', 'many', 'one', 'one'],
    };
    const counts = [0, 1, 2, 5, 11, 21, 101];
    for (const [lang, categories] of Object.entries(expected)) {
      it(`chooses the ${lang} form for ${counts.join(', ')}`, () => {
        const l = new Localization(matchLanguage(lang)!, all[lang]!);
        const forms = all[lang]!.persons as Plural & Record<string, string>;
        counts.forEach((count, index) => {
          const form = forms[categories[index]!]!;
          expect(l.plural(forms, count), `${lang} ${count}`).to.equal(l.format(form, { count }));
        });
        // The forms differ where the grammar does: one second, two, five are not written alike.
        const seconds = new Set(
          counts.map((count) => l.plural(all[lang]!.errorRetryIn, count).replace(/[\d٠-٩۰-۹]+/g, '')),
        );
        expect(seconds.size, lang).to.be.greaterThan(2);
      });
    }
  });

  it('says in each header whether a native speaker has checked the language', async () => {
    const headers = await Promise.all(
      Object.keys(languages).map(async (lang) => {
        const source = await executeServerCommand<string, { path: string }>('read-project-file', {
          path: `src/i18n/languages/${lang}.ts`,
        });
        return [lang, source.slice(0, 600)] as const;
      }),
    );
    for (const [lang, header] of headers) {
      if (lang === 'de' || lang === 'en') continue;
      expect(header, lang).to.match(/not yet checked by a native speaker/);
    }
  });
});
