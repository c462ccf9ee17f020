import { expect } from '@open-wc/testing';
import { messages as germanForBooking } from './languages/de.js';
import { messages as germanMore } from './languages/more/de.js';
import { Localization, matchLanguage, resolveLanguage } from './localization.js';

const german = { ...germanForBooking, ...germanMore };

/** Formats of a tag, with German texts (formats do not depend on the texts). */
const formats = (tag: string) => new Localization(matchLanguage(tag) ?? { lang: tag, locale: tag }, german);

function warnings(run: () => void): string[] {
  const said: string[] = [];
  const warn = console.warn;
  console.warn = (message: string) => said.push(message);
  try {
    run();
  } finally {
    console.warn = warn;
  }
  return said;
}

describe('Localization', () => {
  describe('matching a page tag to a language the widget speaks', () => {
    it('drops the region, reads underscores as hyphens, and keeps the region for formats', () => {
      expect(matchLanguage('de-AT')).to.deep.equal({ lang: 'de', locale: 'de-AT' });
      expect(matchLanguage('de_DE')).to.deep.equal({ lang: 'de', locale: 'de-DE' });
      expect(matchLanguage(' EN ')).to.deep.equal({ lang: 'en', locale: 'en-GB' });
      expect(matchLanguage('en-US')).to.deep.equal({ lang: 'en', locale: 'en-US' });
    });

    it('answers null for a tag it does not speak or that is no tag', () => {
      expect(matchLanguage('pt-BR')).to.equal(null);
      expect(matchLanguage('xx')).to.equal(null);
      expect(matchLanguage('not a tag!')).to.equal(null);
    });
  });

  describe('formats', () => {
    it('starts the week on Monday in German and on Sunday in US English', () => {
      expect(formats('de').firstDayOfWeek).to.equal(1);
      expect(formats('en-US').firstDayOfWeek).to.equal(7);
      expect(formats('de').weekdays()[0]!.long).to.equal('Montag');
      expect(formats('en-US').weekdays(1)[0]!.long).to.equal('Monday');
    });

    it('abbreviates weekdays to what fits a calendar column on a phone, never cutting a name', () => {
      expect(
        formats('de')
          .weekdays()
          .map((day) => day.short),
      ).to.deep.equal(['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So']);
      expect(formats('tr').weekdays()[0]!.short).to.equal('Pzt');
      // Arabic and Persian abbreviate nothing, Polish writes "niedz.": their one-letter forms instead.
      for (const lang of ['ar', 'fa', 'pl']) {
        const weekdays = formats(lang).weekdays();
        expect(
          weekdays.every((day) => [...day.short].length <= 2),
          lang,
        ).to.equal(true);
        expect(
          weekdays.every((day) => day.long.length > 2),
          lang,
        ).to.equal(true);
      }
    });

    it('formats a day without slipping across time zones, day before month in English for an office', () => {
      expect(formats('de').formatDayLong('2026-12-02')).to.equal('Mittwoch, 2. Dezember 2026');
      expect(formats('en').formatDayLong('2026-12-02')).to.equal('Wednesday, 2 December 2026');
      expect(formats('en-US').formatDayLong('2026-12-02')).to.equal('Wednesday, December 2, 2026');
    });

    it("formats times in the location's time zone, on the 24-hour clock unless the page names a region", () => {
      const l = formats('de');
      expect(l.formatTime('2026-12-02T14:30:00+01:00', 'Europe/Berlin')).to.equal('14:30');
      expect(l.formatTime('2026-12-02T08:30:00+01:00', 'America/New_York')).to.equal('02:30');
      expect(formats('en').formatTime('2026-12-02T14:30:00+01:00', 'Europe/Berlin')).to.equal('14:30');
      expect(formats('ar').formatTime('2026-12-02T14:30:00+01:00', 'Europe/Berlin')).not.to.match(/م|ص|PM/);
      expect(formats('en-US').formatTime('2026-12-02T14:30:00+01:00', 'Europe/Berlin')).to.equal('02:30 PM');
    });

    it('keeps to the Gregorian calendar in Persian', () => {
      // 2 December 2026 is 11 Azar 1405 in the Solar Hijri calendar.
      const day = formats('fa').formatDayLong('2026-12-02');
      expect(day).to.contain('۲۰۲۶');
      expect(day).not.to.contain('۱۴۰۵');
      expect(formats('fa').formatMonth('2026-12-01')).to.contain('۲۰۲۶');
    });

    it('formats durations, lists and numbers in the language', () => {
      expect(formats('en').formatDuration(70)).to.equal('1 hour and 10 minutes');
      expect(formats('de').formatDuration(20)).to.equal('20 Minuten');
      expect(formats('de').formatList(['a', 'b', 'c'])).to.equal('a, b und c');
      expect(formats('fa').format('{count}', { count: 12 })).to.equal('۱۲');
    });

    it('fills in placeholders and leaves unknown ones as they are', () => {
      expect(formats('de').format('Schritt {current} von {total}, {other}', { current: 2, total: 5 })).to.equal(
        'Schritt 2 von 5, {other}',
      );
    });

    it("chooses the plural form by the language's rules, with `other` for a missing category", () => {
      const forms = {
        zero: 'z{count}',
        one: 'o{count}',
        two: 't{count}',
        few: 'f{count}',
        many: 'm{count}',
        other: 'x{count}',
      };
      const arabic = formats('ar');
      expect([0, 1, 2, 5, 11, 101].map((n) => arabic.plural(forms, n).charAt(0))).to.deep.equal([
        'z',
        'o',
        't',
        'f',
        'm',
        'x',
      ]);
      const polish = formats('pl');
      expect([1, 2, 5, 22, 25].map((n) => polish.plural(forms, n).charAt(0))).to.deep.equal(['o', 'f', 'm', 'f', 'm']);
      expect(formats('de').plural({ one: 'eins', other: '{count} viele' }, 3)).to.equal('3 viele');
    });
  });

  describe('the language of an element', () => {
    it('comes from the nearest ancestor, across shadow roots', () => {
      const outer = document.createElement('div');
      outer.lang = 'en';
      const host = document.createElement('div');
      outer.append(host);
      const inner = document.createElement('span');
      host.attachShadow({ mode: 'open' }).append(inner);
      expect(resolveLanguage(inner)).to.deep.equal({ lang: 'en', locale: 'en-GB' });
    });

    it('passes over an empty lang and falls back to English for one it does not speak, saying so', () => {
      const outer = document.createElement('div');
      outer.lang = 'de-AT';
      const inner = document.createElement('span');
      inner.setAttribute('lang', '');
      outer.append(inner);
      let match: unknown;
      const said = warnings(() => (match = resolveLanguage(inner)));
      expect(match).to.deep.equal({ lang: 'de', locale: 'de-AT' });
      expect(said.join(' ')).to.match(/^civic-booking: .*empty lang/);
      inner.setAttribute('lang', 'xx-unknown');
      const fallback = warnings(() => (match = resolveLanguage(inner)));
      expect(match).to.deep.equal({ lang: 'en', locale: 'en-GB' });
      expect(fallback.join(' ')).to.match(/^civic-booking: ignored lang="xx-unknown"/);
    });
  });
});
