import { expect } from '@open-wc/testing';
import {
  canCombine,
  concernSearchText,
  estimatedMinutes,
  foldForSearch,
  isSelectable,
  locationsFor,
  matchesQuery,
  maxCountOf,
  parseConcernsAttribute,
  whatToBring,
} from './selection.js';
import type { Concern, Location } from './types.js';

const extend: Concern = {
  id: 'extend',
  name: 'Aufenthaltserlaubnis verlängern',
  description: 'Bringen Sie Ihren Pass mit.',
  category: 'Aufenthalt',
  durationMinutes: 20,
  maxCount: 5,
  combinableWith: ['fiction'],
};
const fiction: Concern = { id: 'fiction', name: 'Fiktionsbescheinigung', durationMinutes: 10, maxCount: 1 };
const passport: Concern = { id: 'passport', name: 'Reisepass', maxCount: 3 };
const alone: Concern = { id: 'alone', name: 'Einbürgerung', durationMinutes: 60, maxCount: 1, combinableWith: [] };
const concerns = [extend, fiction, passport, alone];

describe('selection', () => {
  describe('canCombine', () => {
    it('combines concerns without a rule with anything that allows them', () => {
      expect(canCombine(fiction, passport)).to.equal(true);
      expect(canCombine(fiction, extend)).to.equal(true);
      expect(canCombine(extend, fiction)).to.equal(true);
    });

    it('needs both sides to allow each other', () => {
      // extend only allows fiction, even though passport allows everything.
      expect(canCombine(extend, passport)).to.equal(false);
      expect(canCombine(passport, extend)).to.equal(false);
    });

    it('books a concern with an empty list alone', () => {
      expect(canCombine(alone, fiction)).to.equal(false);
      expect(canCombine(passport, alone)).to.equal(false);
      expect(canCombine(alone, alone)).to.equal(true);
    });
  });

  describe('isSelectable', () => {
    it('allows anything when nothing is selected', () => {
      for (const concern of concerns) expect(isSelectable(concern, [], concerns)).to.equal(true);
    });

    it('needs a concern to combine with every selected concern', () => {
      const selection = [{ id: 'fiction', count: 1 }];
      expect(isSelectable(extend, selection, concerns)).to.equal(true);
      expect(isSelectable(passport, selection, concerns)).to.equal(true);
      expect(isSelectable(alone, selection, concerns)).to.equal(false);
      const both = [...selection, { id: 'passport', count: 1 }];
      expect(isSelectable(extend, both, concerns)).to.equal(false);
    });

    it('keeps a selected concern selectable', () => {
      expect(isSelectable(alone, [{ id: 'alone', count: 1 }], concerns)).to.equal(true);
    });
  });

  it('estimates minutes from duration times persons, missing durations counting 0', () => {
    expect(
      estimatedMinutes(
        [
          { id: 'extend', count: 3 },
          { id: 'fiction', count: 1 },
          { id: 'passport', count: 2 },
          { id: 'unknown', count: 1 },
        ],
        concerns,
      ),
    ).to.equal(70);
    expect(estimatedMinutes([], concerns)).to.equal(0);
  });

  it('finds the locations offering every chosen concern', () => {
    const location = (id: string, concernIds: string[]): Location => ({
      id,
      name: id,
      timeZone: 'Europe/Berlin',
      concernIds,
    });
    const locations = [location('a', ['extend', 'fiction']), location('b', ['extend']), location('c', [])];
    expect(locationsFor([{ id: 'extend', count: 1 }], locations).map((l) => l.id)).to.deep.equal(['a', 'b']);
    expect(
      locationsFor(
        [
          { id: 'extend', count: 1 },
          { id: 'fiction', count: 1 },
        ],
        locations,
      ).map((l) => l.id),
    ).to.deep.equal(['a']);
    expect(locationsFor([], locations)).to.have.length(3);
  });

  it('defaults maxCount to 1', () => {
    expect(maxCountOf({ id: 'x', name: 'x', maxCount: 0 })).to.equal(1);
    expect(maxCountOf({ id: 'x', name: 'x', maxCount: Number.NaN })).to.equal(1);
    expect(maxCountOf(extend)).to.equal(5);
  });

  it('caps maxCount at 99, so that a hostile catalog cannot ask for a list of millions', () => {
    expect(maxCountOf({ id: 'x', name: 'x', maxCount: 1e308 })).to.equal(99);
  });

  describe('parseConcernsAttribute', () => {
    it('reads ids and counts, tolerating whitespace', () => {
      expect(parseConcernsAttribute(' extend : 2 ,fiction ', concerns)).to.deep.equal([
        { id: 'extend', count: 2 },
        { id: 'fiction', count: 1 },
      ]);
    });

    it('is empty for a missing or empty attribute', () => {
      expect(parseConcernsAttribute(null, concerns)).to.deep.equal([]);
      expect(parseConcernsAttribute('', concerns)).to.deep.equal([]);
      expect(parseConcernsAttribute(' , ,', concerns)).to.deep.equal([]);
    });

    it('drops unknown ids', () => {
      expect(parseConcernsAttribute('nope,passport', concerns)).to.deep.equal([{ id: 'passport', count: 1 }]);
    });

    it('clamps counts to 1..maxCount and reads invalid counts as 1', () => {
      expect(parseConcernsAttribute('extend:9', concerns)).to.deep.equal([{ id: 'extend', count: 5 }]);
      expect(parseConcernsAttribute('extend:0', concerns)).to.deep.equal([{ id: 'extend', count: 1 }]);
      expect(parseConcernsAttribute('extend:-3', concerns)).to.deep.equal([{ id: 'extend', count: 1 }]);
      expect(parseConcernsAttribute('extend:two', concerns)).to.deep.equal([{ id: 'extend', count: 1 }]);
      expect(parseConcernsAttribute('extend:2.5', concerns)).to.deep.equal([{ id: 'extend', count: 1 }]);
      expect(parseConcernsAttribute('extend:', concerns)).to.deep.equal([{ id: 'extend', count: 1 }]);
      expect(parseConcernsAttribute('fiction:3', concerns)).to.deep.equal([{ id: 'fiction', count: 1 }]);
    });

    it('merges repeated ids into one entry with the largest count', () => {
      expect(parseConcernsAttribute('extend:2,fiction,extend:3,extend', concerns)).to.deep.equal([
        { id: 'extend', count: 3 },
        { id: 'fiction', count: 1 },
      ]);
    });

    it('drops concerns that cannot combine with earlier ones', () => {
      expect(parseConcernsAttribute('extend,passport,fiction', concerns)).to.deep.equal([
        { id: 'extend', count: 1 },
        { id: 'fiction', count: 1 },
      ]);
      expect(parseConcernsAttribute('alone,fiction', concerns)).to.deep.equal([{ id: 'alone', count: 1 }]);
      expect(parseConcernsAttribute('fiction,alone', concerns)).to.deep.equal([{ id: 'fiction', count: 1 }]);
    });
  });

  describe('whatToBring', () => {
    it("lists each concern's bring items, else its description, each once, in the order chosen", () => {
      const withItems: Concern[] = [
        { ...passport, bring: ['Reisepass', 'Foto'] },
        { ...extend, bring: ['Foto ', 'Mietvertrag'] },
        fiction,
        { ...alone, description: 'Bitte Einladung mitbringen.' },
      ];
      const chosen = [
        { id: 'extend', count: 2 },
        { id: 'passport', count: 1 },
        { id: 'fiction', count: 1 },
        { id: 'alone', count: 1 },
      ];
      expect(whatToBring(chosen, withItems)).to.deep.equal([
        'Foto',
        'Mietvertrag',
        'Reisepass',
        'Bitte Einladung mitbringen.',
      ]);
      expect(whatToBring([{ id: 'fiction', count: 1 }], withItems)).to.deep.equal([]);
    });
  });

  describe('search', () => {
    const registration: Concern = {
      id: 'registration',
      name: 'Wohnsitz anmelden',
      keywords: ['Anmeldung', 'Ummeldung', 'registration of address', 'adres kaydı', 'реєстрація'],
      maxCount: 1,
    };

    it('folds case, accents, ß, umlaut spellings and punctuation', () => {
      expect(foldForSearch('  Einbürgerung  ÉTÉ   Straße ')).to.equal('einburgerung ete strasse');
      expect(foldForSearch('Änderung')).to.equal(foldForSearch('Aenderung'));
      expect(foldForSearch('Führerschein')).to.equal(foldForSearch('fuehrerschein'));
      expect(foldForSearch('Öffnung')).to.equal(foldForSearch('OEFFNUNG'));
      expect(foldForSearch('Wohnsitz (Haupt-)Wohnung')).to.equal('wohnsitz haupt wohnung');
    });

    it('finds concerns by name, description and category, every word anywhere', () => {
      const text = concernSearchText(extend);
      expect(matchesQuery(text, 'VERLANGERN')).to.equal(true);
      expect(matchesQuery(text, 'verlaengern')).to.equal(true);
      expect(matchesQuery(text, 'pass')).to.equal(true);
      expect(matchesQuery(text, 'aufenthalt pass')).to.equal(true);
      expect(matchesQuery(text, 'aufenthalt visum')).to.equal(false);
      expect(matchesQuery(text, '   ')).to.equal(true);
    });

    it('finds concerns by their keywords, in any language and script', () => {
      const text = concernSearchText(registration);
      expect(matchesQuery(text, 'Anmeldung')).to.equal(true);
      expect(matchesQuery(text, 'registration')).to.equal(true);
      expect(matchesQuery(text, 'adres kaydi')).to.equal(true);
      expect(matchesQuery(text, 'РЕЄСТРАЦІЯ')).to.equal(true);
      expect(matchesQuery(text, 'passport')).to.equal(false);
    });

    it('tolerates one typo in words of five letters or more, never in shorter ones', () => {
      const text = concernSearchText(registration);
      expect(matchesQuery(text, 'Anmledung'), 'two letters swapped').to.equal(true);
      expect(matchesQuery(text, 'Anmeldng'), 'a letter left out').to.equal(true);
      expect(matchesQuery(text, 'Anmelldung'), 'a letter added').to.equal(true);
      expect(matchesQuery(text, 'Anmeldunk'), 'a letter replaced').to.equal(true);
      expect(matchesQuery(text, 'Anmldnug'), 'two typos').to.equal(false);
      expect(matchesQuery(text, 'ummel'), 'five letters, exact').to.equal(true);
      expect(matchesQuery(text, 'umnel'), 'five letters, one typo').to.equal(true);
      expect(matchesQuery(text, 'umn'), 'three letters, one typo').to.equal(false);
      expect(matchesQuery(concernSearchText(passport), 'pasx'), 'four letters, one typo').to.equal(false);
    });
  });
});
