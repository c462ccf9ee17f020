// Over 350 lines on purpose: one test file per unit, its contracts in describe blocks, as the unit has them.
import { aTimeout, elementUpdated, expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { Concern } from '../../domain/types.js';
import { defineElement } from '../shared/define.js';
import { CivicConcernPicker } from './civic-concern-picker.js';
import { ConcernPickerPage } from '../../../test/page-objects/concern-picker-page.js';

defineElement('civic-concern-picker', CivicConcernPicker);

const extend: Concern = {
  id: 'extend',
  name: 'Aufenthaltserlaubnis verlängern',
  description: 'Bringen Sie Ihren Pass und ein biometrisches Foto mit.',
  category: 'Aufenthalt',
  durationMinutes: 20,
  maxCount: 5,
  combinableWith: ['fiction'],
  infoUrl: 'https://www.example.org/aufenthalt',
};
const fiction: Concern = {
  id: 'fiction',
  name: 'Fiktionsbescheinigung',
  category: 'Aufenthalt',
  durationMinutes: 10,
  maxCount: 1,
};
const passport: Concern = {
  id: 'passport',
  name: 'Reisepass beantragen',
  category: 'Ausweise',
  durationMinutes: 30,
  maxCount: 3,
};
const naturalisation: Concern = {
  id: 'naturalisation',
  name: 'Einbürgerung',
  category: 'Staatsangehörigkeit',
  durationMinutes: 60,
  maxCount: 1,
  combinableWith: [],
};
const lost: Concern = {
  id: 'lost',
  name: 'Verlust melden',
  description: '<b>Bitte</b> bringen Sie die Verlustanzeige mit.',
  durationMinutes: 15,
  maxCount: 1,
  infoUrl: 'javascript:alert(1)',
};
const small = [extend, fiction, passport, naturalisation, lost];

/** Twelve concerns: enough for the filter. */
const long: Concern[] = [
  ...small,
  { id: 'visa', name: 'Visum verlängern', category: 'Aufenthalt', maxCount: 1, durationMinutes: 15 },
  { id: 'blue', name: 'Blaue Karte EU', category: 'Aufenthalt', maxCount: 1, description: 'Für Fachkräfte' },
  { id: 'id-card', name: 'Personalausweis', category: 'Ausweise', maxCount: 1 },
  { id: 'address', name: 'Adresse ändern', category: 'Meldewesen', maxCount: 4 },
  {
    id: 'register',
    name: 'Wohnsitz anmelden',
    category: 'Meldewesen',
    maxCount: 4,
    keywords: ['Anmeldung', 'registration of address', 'реєстрація'],
  },
  { id: 'deregister', name: 'Wohnsitz abmelden', category: 'Meldewesen', maxCount: 4 },
  { id: 'cafe', name: 'Café-Erlaubnis', category: 'Gewerbe', maxCount: 1 },
];

function many(count: number): Concern[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `c${i + 1}`,
    name: `Anliegen ${String(i + 1).padStart(3, '0')}`,
    description: `Beschreibung ${i + 1}`,
    category: `Kategorie ${(i % 20) + 1}`,
    durationMinutes: 10,
    maxCount: 2,
  }));
}

async function render(concerns: Concern[], lang = 'en', value: CivicConcernPicker['value'] = []) {
  const element = await fixture<CivicConcernPicker>(
    html`<civic-concern-picker lang=${lang} .concerns=${concerns} .value=${value}></civic-concern-picker>`,
  );
  return { element, page: new ConcernPickerPage(element) };
}

/** Records the `change` events the host receives, with the value at the time. */
function recordChanges(element: CivicConcernPicker) {
  const events: { event: Event; value: CivicConcernPicker['value'] }[] = [];
  element.addEventListener('change', (event) => events.push({ event, value: element.value }));
  return events;
}

async function typeInto(input: HTMLInputElement, text: string) {
  input.focus();
  await sendKeys({ type: text });
}

describe('<civic-concern-picker>', () => {
  describe('structure', () => {
    it('groups concerns by category in catalog order, uncategorized last as "Other"', async () => {
      const { page } = await render(small);
      expect(page.categories()).to.deep.equal([
        { name: 'Aufenthalt', concerns: ['Aufenthaltserlaubnis verlängern', 'Fiktionsbescheinigung'] },
        { name: 'Ausweise', concerns: ['Reisepass beantragen'] },
        { name: 'Staatsangehörigkeit', concerns: ['Einbürgerung'] },
        { name: 'Other', concerns: ['Verlust melden'] },
      ]);
      expect(page.part('category')).to.have.length(4);
      expect(page.part('concern')).to.have.length(5);
    });

    it('lists concerns without any category without an "Other" group', async () => {
      const { page } = await render([lost, { id: 'x', name: 'Anderes', maxCount: 1 }]);
      expect(page.categories()).to.deep.equal([]);
      expect(page.names()).to.deep.equal(['Verlust melden', 'Anderes']);
    });

    it('names each checkbox by the concern and describes it by its description, as text', async () => {
      const { page } = await render(small);
      expect(page.checkbox('Aufenthaltserlaubnis verlängern').type).to.equal('checkbox');
      expect(page.description('Aufenthaltserlaubnis verlängern')).to.equal(extend.description);
      expect(page.description('Verlust melden')).to.equal('<b>Bitte</b> bringen Sie die Verlustanzeige mit.');
      expect(!!page.row('Verlust melden').querySelector('b')).to.equal(false);
    });

    it('links to more information in a new tab, named after the concern', async () => {
      const { page } = await render(small);
      const link = page.infoLink('Aufenthaltserlaubnis verlängern')!;
      expect(link.href).to.equal('https://www.example.org/aufenthalt');
      expect(link.target).to.equal('_blank');
      expect(link.rel.split(' ')).to.include.members(['noopener', 'noreferrer']);
      expect(link.textContent!.trim()).to.equal('More information');
      expect(link.getAttribute('aria-label')).to.contain('More information').and.contain(extend.name);
    });

    it('makes no link of a URL that is not http or https', async () => {
      const { page } = await render(small);
      expect(!!page.infoLink('Verlust melden')).to.equal(false);
      expect(!!page.infoLink('Fiktionsbescheinigung')).to.equal(false);
    });

    it('asks for persons only for a chosen concern that allows more than one', async () => {
      const { page } = await render(small, 'en', [
        { id: 'extend', count: 2 },
        { id: 'fiction', count: 1 },
      ]);
      const persons = page.persons('Aufenthaltserlaubnis verlängern')!;
      expect(page.nameOf(persons)).to.equal('Persons for Aufenthaltserlaubnis verlängern');
      expect(persons.value).to.equal('2');
      expect([...(persons as HTMLSelectElement).options].map((o) => o.value)).to.deep.equal(['1', '2', '3', '4', '5']);
      expect(!!page.persons('Fiktionsbescheinigung')).to.equal(false); // maxCount 1
      expect(!!page.persons('Reisepass beantragen')).to.equal(false); // not chosen
    });

    it('says when the office offers no concerns', async () => {
      const { page } = await render([]);
      expect(page.text()).to.equal('This office offers no online appointments at the moment.');
      expect(page.checkboxes()).to.have.length(0);
      expect(!!page.filter).to.equal(false);
    });

    it('offers a filter only for more than eight concerns', async () => {
      expect(!!(await render(small)).page.filter).to.equal(false);
      expect(!!(await render(long.slice(0, 8))).page.filter).to.equal(false);
      const { page } = await render(long);
      expect(page.filter!.type).to.equal('search');
      expect(page.filter!.labels![0]!.textContent!.trim()).to.equal('Search concerns');
      expect(page.part('filter').length === 1 && page.part('filter')[0] === page.filter).to.equal(true);
    });
  });

  describe('public API', () => {
    it('shows the value as checked concerns and persons', async () => {
      const { element, page } = await render(small, 'en', [{ id: 'passport', count: 3 }]);
      expect(page.checked()).to.deep.equal(['Reisepass beantragen']);
      expect(page.persons('Reisepass beantragen')!.value).to.equal('3');
      element.value = [{ id: 'fiction', count: 1 }];
      await elementUpdated(element);
      expect(page.checked()).to.deep.equal(['Fiktionsbescheinigung']);
    });

    it('follows a value set from outside after the citizen ticked a concern', async () => {
      const { element, page } = await render(small);
      page.checkbox('Reisepass beantragen').click();
      await elementUpdated(element);
      element.value = [];
      await elementUpdated(element);
      expect(page.checked()).to.deep.equal([]);
      page.checkbox('Reisepass beantragen').click();
      await elementUpdated(element);
      expect(page.checked()).to.deep.equal(['Reisepass beantragen']);
      expect(element.value).to.deep.equal([{ id: 'passport', count: 1 }]);
    });

    it('updates when the catalog changes', async () => {
      const { element, page } = await render(small);
      element.concerns = [passport];
      await elementUpdated(element);
      expect(page.names()).to.deep.equal(['Reisepass beantragen']);
    });

    it('shows the number chosen and the estimated duration in a polite live region', async () => {
      const { page } = await render(small, 'en', [
        { id: 'extend', count: 2 },
        { id: 'fiction', count: 1 },
      ]);
      expect(page.summaryIsLive()).to.equal(true);
      expect(page.summary()).to.contain('2 concerns selected').and.contain('Estimated duration: 50 minutes');
    });

    it('does not fire change when properties are set', async () => {
      const { element } = await render(small);
      const events = recordChanges(element);
      element.value = [{ id: 'extend', count: 1 }];
      element.concerns = [...small];
      await elementUpdated(element);
      expect(events).to.have.length(0);
    });
  });

  describe('combinability', () => {
    it('disables concerns that cannot be booked with the selection and says why', async () => {
      const { page } = await render(small, 'en', [{ id: 'extend', count: 1 }]);
      expect(page.disabled()).to.deep.equal(['Reisepass beantragen', 'Einbürgerung', 'Verlust melden']);
      expect(page.description('Reisepass beantragen')).to.equal('Cannot be booked together with your selection');
      expect(page.row('Reisepass beantragen').textContent).to.contain('Cannot be booked together with your selection');
      expect(page.description('Fiktionsbescheinigung')).to.equal('');
    });

    it('disables everything else next to a concern that must be booked alone, and frees it again', async () => {
      const { page } = await render(small);
      page.checkbox('Einbürgerung').click();
      await elementUpdated(page.element);
      expect(page.disabled()).to.have.length(4);
      expect(page.checkbox('Einbürgerung').disabled).to.equal(false);
      page.checkbox('Einbürgerung').click();
      await elementUpdated(page.element);
      expect(page.disabled()).to.deep.equal([]);
    });
  });

  describe('keyboard', () => {
    it('toggles concerns with Space and moves with Tab through checkbox, link and persons', async () => {
      const { element, page } = await render(small);
      const events = recordChanges(element);
      page.checkbox('Aufenthaltserlaubnis verlängern').focus();
      await sendKeys({ press: 'Space' });
      await elementUpdated(element);
      expect(element.value).to.deep.equal([{ id: 'extend', count: 1 }]);
      expect(events).to.have.length(1);

      await sendKeys({ press: 'Tab' });
      expect(page.focused()).to.equal(
        'link: More information about Aufenthaltserlaubnis verlängern (opens in a new window)',
      );
      await sendKeys({ press: 'Tab' });
      expect(page.focused()).to.equal('persons: Persons for Aufenthaltserlaubnis verlängern');
      await sendKeys({ press: 'Tab' });
      expect(page.focused()).to.equal('checkbox: Fiktionsbescheinigung');
      await sendKeys({ press: 'Space' });
      await elementUpdated(element);
      expect(element.value).to.deep.equal([
        { id: 'extend', count: 1 },
        { id: 'fiction', count: 1 },
      ]);
      await sendKeys({ press: 'Space' });
      await elementUpdated(element);
      expect(element.value).to.deep.equal([{ id: 'extend', count: 1 }]);
      expect(events).to.have.length(3);
    });

    it('skips concerns that cannot be combined, but not their information links', async () => {
      const { page } = await render(small, 'en', [{ id: 'naturalisation', count: 1 }]);
      page.checkbox('Einbürgerung').focus();
      await sendKeys({ press: 'Shift+Tab' });
      // Passport and Fiktionsbescheinigung are disabled; the link of the first concern is still reachable.
      expect(page.focused()).to.equal(
        'link: More information about Aufenthaltserlaubnis verlängern (opens in a new window)',
      );
    });

    it('changes the number of persons with the arrow keys', async () => {
      const { element, page } = await render(small, 'en', [{ id: 'passport', count: 1 }]);
      const events = recordChanges(element);
      page.persons('Reisepass beantragen')!.focus();
      await sendKeys({ press: 'ArrowDown' });
      await elementUpdated(element);
      expect(element.value).to.deep.equal([{ id: 'passport', count: 2 }]);
      expect(events).to.have.length(1);
      expect(page.summary()).to.contain('Estimated duration: 1 hour');
    });
  });

  describe('events', () => {
    it('fires a bubbling, composed change with the new value on a click', async () => {
      const { element, page } = await render(small);
      const events = recordChanges(element);
      page.checkbox('Reisepass beantragen').click();
      expect(events).to.have.length(1);
      expect(events[0]!.event.bubbles).to.equal(true);
      expect(events[0]!.event.composed).to.equal(true);
      expect(events[0]!.value).to.deep.equal([{ id: 'passport', count: 1 }]);
    });

    it('lets no native input event out of the shadow root', async () => {
      const { element, page } = await render(long);
      let inputs = 0;
      element.addEventListener('input', () => (inputs += 1));
      page.checkbox('Reisepass beantragen').click();
      await typeInto(page.filter!, 'pass');
      expect(inputs).to.equal(0);
    });

    it('changes the persons of one concern and keeps the rest', async () => {
      const { element, page } = await render(small, 'en', [
        { id: 'extend', count: 1 },
        { id: 'fiction', count: 1 },
      ]);
      const events = recordChanges(element);
      const persons = page.persons('Aufenthaltserlaubnis verlängern') as HTMLSelectElement;
      persons.value = '4';
      persons.dispatchEvent(new Event('change'));
      expect(events.map((e) => e.value)).to.deep.equal([
        [
          { id: 'extend', count: 4 },
          { id: 'fiction', count: 1 },
        ],
      ]);
    });
  });

  describe('filter', () => {
    it('filters by name, ignoring case and accents, and announces the matches', async () => {
      const { element, page } = await render(long);
      await typeInto(page.filter!, 'EINBURG');
      await elementUpdated(element);
      expect(page.names()).to.deep.equal(['Einbürgerung']);
      expect(page.filterStatus()).to.equal('1 concern found');
    });

    it('filters by description and by category', async () => {
      const { element, page } = await render(long);
      await typeInto(page.filter!, 'fachkrafte');
      await elementUpdated(element);
      expect(page.names()).to.deep.equal(['Blaue Karte EU']);
      page.filter!.select();
      await sendKeys({ type: 'meldewesen' });
      await elementUpdated(element);
      expect(page.names()).to.deep.equal(['Adresse ändern', 'Wohnsitz anmelden', 'Wohnsitz abmelden']);
      expect(page.filterStatus()).to.equal('3 concerns found');
      expect(page.categories().map((c) => c.name)).to.deep.equal(['Meldewesen']);
    });

    it('says when nothing matches', async () => {
      const { element, page } = await render(long);
      await typeInto(page.filter!, 'xyz');
      await elementUpdated(element);
      expect(page.names()).to.deep.equal([]);
      expect(page.filterStatus()).to.equal(
        'No concern matches “xyz”. Check the spelling, or clear the search to see every concern.',
      );
    });

    it('finds a concern by a keyword in another language or script, and with one typo', async () => {
      const { element, page } = await render(long);
      await typeInto(page.filter!, 'registration');
      await elementUpdated(element);
      expect(page.names()).to.deep.equal(['Wohnsitz anmelden']);
      page.filter!.select();
      await sendKeys({ type: 'Реєстрація' });
      await elementUpdated(element);
      expect(page.names()).to.deep.equal(['Wohnsitz anmelden']);
      page.filter!.select();
      await sendKeys({ type: 'Anmledung' });
      await elementUpdated(element);
      expect(page.names()).to.deep.equal(['Wohnsitz anmelden']);
      expect(page.filterStatus()).to.equal('1 concern found');
    });

    it('offers to clear a search that finds nothing, by keyboard, and returns to the search field', async () => {
      const { element, page } = await render(long);
      await typeInto(page.filter!, 'xyz');
      await elementUpdated(element);
      const clear = page.button('Clear search')!;
      expect(clear, 'the clear button').to.exist;
      await sendKeys({ press: 'Tab' });
      expect(element.shadowRoot!.activeElement).to.equal(clear);
      await sendKeys({ press: 'Enter' });
      await elementUpdated(element);
      expect(page.names()).to.have.length(long.length);
      expect(page.filter!.value).to.equal('');
      expect(element.shadowRoot!.activeElement).to.equal(page.filter);
      expect(page.button('Clear search')).to.equal(null);
      await expect(element).to.be.accessible();
    });

    it('keeps chosen concerns listed and chosen while they do not match, without counting them', async () => {
      const { element, page } = await render(long, 'en', [{ id: 'passport', count: 2 }]);
      await typeInto(page.filter!, 'wohnsitz');
      await elementUpdated(element);
      expect(page.names()).to.include('Reisepass beantragen');
      expect(page.checked()).to.deep.equal(['Reisepass beantragen']);
      expect(page.persons('Reisepass beantragen')!.value).to.equal('2');
      expect(page.filterStatus()).to.equal('2 concerns found');
      expect(element.value).to.deep.equal([{ id: 'passport', count: 2 }]);
    });

    it('shows everything again when the filter is cleared', async () => {
      const { element, page } = await render(long);
      await typeInto(page.filter!, 'visum');
      await elementUpdated(element);
      expect(page.names()).to.have.length(1);
      await sendKeys({ press: 'Escape' }); // clears a search field
      await elementUpdated(element);
      expect(page.names()).to.have.length(long.length);
      expect(page.filterStatus()).to.equal('');
    });
  });

  // How fast is `npm run bench`'s to measure ("filter"); here, what keeps it fast.
  describe('many concerns', () => {
    it('renders 400 concerns and filters without re-creating the rows that stay', async () => {
      const concerns = many(400);
      const { element, page } = await render(concerns);
      expect(page.checkboxes()).to.have.length(400);

      const kept = page.checkbox('Anliegen 123');
      await typeInto(page.filter!, '123');
      await elementUpdated(element);
      expect(page.names()).to.deep.equal(['Anliegen 123']);
      expect(page.checkbox('Anliegen 123') === kept, 'the same checkbox node').to.equal(true);

      await sendKeys({ press: 'Escape' });
      await elementUpdated(element);
      expect(page.checkboxes()).to.have.length(400);
      expect(page.checkbox('Anliegen 123') === kept, 'the same checkbox node').to.equal(true);
    });
  });

  describe('localization', () => {
    it('speaks German', async () => {
      const { page } = await render(long, 'de', [{ id: 'extend', count: 2 }]);
      expect(page.categories().at(-1)!.name).to.equal('Sonstiges');
      expect(page.summary()).to.contain('1 Anliegen ausgewählt').and.contain('Voraussichtliche Dauer: 40 Minuten');
      expect(page.description('Reisepass beantragen')).to.equal('Nicht zusammen mit Ihrer Auswahl buchbar');
      expect(page.nameOf(page.persons('Aufenthaltserlaubnis verlängern')!)).to.equal(
        'Personen für Aufenthaltserlaubnis verlängern',
      );
      expect(page.infoLink('Aufenthaltserlaubnis verlängern')!.textContent!.trim()).to.equal('Mehr Informationen');
      expect(page.filter!.labels![0]!.textContent!.trim()).to.equal('Anliegen suchen');
      await typeInto(page.filter!, 'zzz');
      await elementUpdated(page.element);
      expect(page.filterStatus()).to.contain('Kein Anliegen passt zu „zzz“.');
    });

    it('follows a change of lang', async () => {
      const { element, page } = await render([], 'de');
      expect(page.text()).to.equal('Diese Stelle bietet zurzeit keine Online-Termine an.');
      element.lang = 'en';
      await aTimeout(0);
      await elementUpdated(element);
      expect(page.text()).to.equal('This office offers no online appointments at the moment.');
    });
  });

  describe('layout', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    it('fits 320 px without horizontal scrolling', async () => {
      await setViewport({ width: 320, height: 640 });
      const { element } = await render(long, 'de', [{ id: 'extend', count: 2 }]);
      expect(element.scrollWidth).to.be.at.most(320);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });
  });

  describe('accessibility', () => {
    it('passes axe when empty', async () => {
      const { element } = await render([]);
      await expect(element).to.be.accessible();
    });

    it('passes axe with nothing chosen', async () => {
      const { element } = await render(small);
      await expect(element).to.be.accessible();
    });

    it('passes axe with a selection, persons and disabled concerns', async () => {
      const { element } = await render(small, 'en', [{ id: 'extend', count: 3 }]);
      await expect(element).to.be.accessible();
    });

    it('passes axe with a filter and no match', async () => {
      const { element, page } = await render(long, 'de', [{ id: 'passport', count: 1 }]);
      await typeInto(page.filter!, 'xyz');
      await elementUpdated(element);
      await expect(element).to.be.accessible();
    });
  });
});
