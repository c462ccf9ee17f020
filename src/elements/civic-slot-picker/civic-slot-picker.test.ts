import { aTimeout, elementUpdated, expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { zonedInstant } from '../../domain/zoned-instant.js';
import type { Location, Slot } from '../../domain/types.js';
import { defineElement } from '../shared/define.js';
import { CivicSlotPicker, type CivicSlotSelectDetail } from './civic-slot-picker.js';
import { SlotPickerPage } from '../../../test/page-objects/slot-picker-page.js';

defineElement('civic-slot-picker', CivicSlotPicker);

const location = (id: string, name: string, timeZone = 'Europe/Berlin'): Location => ({
  id,
  name,
  timeZone,
  concernIds: [],
});
const stadthaus = location('stadthaus-2', 'Stadthaus 2');
const hiltrup = location('hiltrup', 'Bürgerbüro Hiltrup');
const harbour = location('harbour', 'Hafen');
const locations = [stadthaus, hiltrup, harbour];

const DAY = '2026-12-02';
const at = (time: string, locationId = 'stadthaus-2'): Slot => {
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const start = zonedInstant(DAY, hour, minute, 'Europe/Berlin');
  return { locationId, start, end: zonedInstant(DAY, hour, minute + 20, 'Europe/Berlin') };
};
const daySlots = [at('08:30'), at('09:10'), at('13:00'), at('17:30')];

/** 87 slots: every 20 minutes from 08:00 to 17:20 at three locations. */
function manySlots(): Slot[] {
  const slots: Slot[] = [];
  for (let minutes = 8 * 60; minutes < 17 * 60 + 30; minutes += 20) {
    for (const { id } of locations) {
      slots.push(at(`${Math.floor(minutes / 60)}:${minutes % 60}`, id));
    }
  }
  return slots;
}

interface Options {
  slots?: Slot[];
  date?: string | null;
  lang?: string;
  userTimeZone?: string;
  loading?: boolean;
  value?: Slot | null;
  locations?: Location[];
}

async function render(options: Options = {}) {
  const {
    slots = daySlots,
    date = DAY,
    lang = 'de',
    userTimeZone = 'Europe/Berlin',
    loading = false,
    value = null,
  } = options;
  const element = await fixture<CivicSlotPicker>(
    html`<civic-slot-picker
      lang=${lang}
      .slots=${slots}
      .date=${date}
      .locations=${options.locations ?? locations}
      .userTimeZone=${userTimeZone}
      .loading=${loading}
      .value=${value}
    ></civic-slot-picker>`,
  );
  return { element, page: new SlotPickerPage(element) };
}

function recordSelections(element: CivicSlotPicker) {
  const events: CustomEvent<CivicSlotSelectDetail>[] = [];
  element.addEventListener('civic-slot-select', (event) => events.push(event));
  return events;
}

describe('<civic-slot-picker>', () => {
  describe('structure', () => {
    it("labels the day's times and groups them by part of day", async () => {
      const { page } = await render();
      expect(page.dayLabel()).to.equal('Uhrzeiten am Mittwoch, 2. Dezember 2026');
      expect(page.groups()).to.deep.equal([
        { label: 'Vormittag', times: ['08:30', '09:10'] },
        { label: 'Nachmittag', times: ['13:00'] },
        { label: 'Abend', times: ['17:30'] },
      ]);
      expect(page.part('group')).to.have.length(3);
      expect(page.part('group-label').map((label) => label.textContent)).to.deep.equal([
        'Vormittag',
        'Nachmittag',
        'Abend',
      ]);
      expect(page.part('slot')).to.have.length(4);
      expect(page.buttons().every((button) => button.type === 'button')).to.equal(true);
    });

    it('leaves out empty parts of the day', async () => {
      const { page } = await render({ slots: [at('14:00'), at('15:00')] });
      expect(page.groups().map((group) => group.label)).to.deep.equal(['Nachmittag']);
    });

    it("shows times on the location's clock, grouped by location when there are several", async () => {
      const { page } = await render({ slots: [at('08:30'), at('08:30', 'hiltrup'), at('09:00')] });
      expect(page.locations()).to.deep.equal([
        { label: 'Stadthaus 2', times: ['08:30', '09:00'] },
        { label: 'Bürgerbüro Hiltrup', times: ['08:30'] },
      ]);
      // Each time's name still says where, for a screen reader that jumps from button to button.
      expect(page.groups().map((group) => group.times)).to.deep.equal([
        ['08:30, Stadthaus 2', '09:00, Stadthaus 2'],
        ['08:30, Bürgerbüro Hiltrup'],
      ]);
    });

    it('puts the location with the earliest time first', async () => {
      const { page } = await render({ slots: [at('10:00'), at('08:30', 'hiltrup')] });
      expect(page.locations().map((group) => group.label)).to.deep.equal(['Bürgerbüro Hiltrup', 'Stadthaus 2']);
    });

    it('says to choose a day first when there is no date', async () => {
      const { page } = await render({ date: null, slots: [] });
      expect(page.status()).to.equal('Wählen Sie einen Tag, um die Uhrzeiten zu sehen.');
      expect(page.buttons()).to.have.length(0);
    });

    it('says when the day has no free times', async () => {
      const { page } = await render({ slots: [] });
      expect(page.status()).to.equal('An diesem Tag sind keine Zeiten frei.');
      expect(page.buttons()).to.have.length(0);
    });

    it('says it is loading, and shows no stale times meanwhile', async () => {
      const { page } = await render({ loading: true });
      expect(page.status()).to.equal('Freie Uhrzeiten werden geladen …');
      expect(page.buttons()).to.have.length(0);
    });

    it('keeps one polite status region across states, so changes are announced', async () => {
      const { element, page } = await render({ date: null, slots: [] });
      const region = element.shadowRoot!.querySelector('[role="status"]');
      element.date = DAY;
      element.loading = true;
      await elementUpdated(element);
      expect(element.shadowRoot!.querySelector('[role="status"]') === region).to.equal(true);
      expect(page.status()).to.equal('Freie Uhrzeiten werden geladen …');
      element.loading = false;
      await elementUpdated(element);
      expect(page.status()).to.equal('An diesem Tag sind keine Zeiten frei.');
    });
  });

  describe('time zones', () => {
    it('names the time zone when it differs from the user’s', async () => {
      const { page } = await render({ lang: 'en-GB', userTimeZone: 'America/New_York' });
      expect(page.timeZoneLabel()).to.equal('Times in Central European Standard Time');
      // Still on the location's clock, not the user's.
      expect(page.groups()[0]!.times).to.deep.equal(['08:30', '09:10']);
    });

    it('shows no label when the clocks agree, even under another zone name', async () => {
      expect((await render({ userTimeZone: 'Europe/Berlin' })).page.timeZoneLabel()).to.equal('');
      expect((await render({ userTimeZone: 'Europe/Paris' })).page.timeZoneLabel()).to.equal('');
    });

    it('labels the zone for a location far from the user', async () => {
      const york = location('york', 'New York Consulate', 'America/New_York');
      const slot: Slot = { locationId: 'york', start: '2026-12-02T09:00:00-05:00', end: '2026-12-02T09:20:00-05:00' };
      const { page } = await render({ slots: [slot], locations: [york], userTimeZone: 'Europe/Berlin' });
      expect(page.groups()).to.deep.equal([{ label: 'Vormittag', times: ['09:00'] }]);
      expect(page.timeZoneLabel()).to.equal('Uhrzeiten in Nordamerikanische Ostküsten-Normalzeit');
    });

    it("defaults the user's zone to the browser's", async () => {
      const element = await fixture<CivicSlotPicker>(html`<civic-slot-picker></civic-slot-picker>`);
      expect(element.userTimeZone).to.equal(Intl.DateTimeFormat().resolvedOptions().timeZone);
    });
  });

  describe('public API', () => {
    it('shows the value pressed, comparing instants', async () => {
      const chosen = { ...at('13:00'), start: new Date(at('13:00').start).toISOString() };
      const { element, page } = await render({ value: chosen });
      expect(page.pressed()).to.deep.equal(['13:00']);
      expect(page.buttons().filter((b) => b.getAttribute('aria-pressed') === 'false')).to.have.length(3);
      element.value = null;
      await elementUpdated(element);
      expect(page.pressed()).to.deep.equal([]);
    });

    it('does not fire when properties are set', async () => {
      const { element } = await render();
      const events = recordSelections(element);
      element.value = daySlots[0]!;
      element.slots = [...daySlots];
      await elementUpdated(element);
      expect(events).to.have.length(0);
    });
  });

  describe('events and keyboard', () => {
    it('fires civic-slot-select with the slot on a click and shows it pressed', async () => {
      const { element, page } = await render();
      const events = recordSelections(element);
      page.button('13:00').click();
      await elementUpdated(element);
      expect(events).to.have.length(1);
      expect(events[0]!.bubbles).to.equal(true);
      expect(events[0]!.composed).to.equal(true);
      expect(events[0]!.detail.slot).to.deep.equal(at('13:00'));
      expect(page.pressed()).to.deep.equal(['13:00']);
    });

    it('chooses with Enter and Space, and moves between times with Tab', async () => {
      const { element, page } = await render();
      const events = recordSelections(element);
      page.button('08:30').focus();
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' });
      await elementUpdated(element);
      expect(events.map((event) => event.detail.slot.start)).to.deep.equal([at('08:30').start, at('09:10').start]);
      expect(page.pressed()).to.deep.equal(['09:10']);
    });
  });

  // How fast is `npm run bench`'s to measure ("slot list"); here, what keeps it fast.
  describe('many slots', () => {
    it('renders 87 slots at three locations and keeps the buttons when the value changes', async () => {
      const slots = manySlots();
      expect(slots).to.have.length(87);
      const { element, page } = await render({ slots });
      expect(page.buttons()).to.have.length(87);
      expect(page.locations()).to.have.length(3);
      expect(page.groups().reduce((sum, group) => sum + group.times.length, 0)).to.equal(87);
      const first = page.button('08:00, Stadthaus 2');
      element.value = slots[10]!;
      await elementUpdated(element);
      expect(page.button('08:00, Stadthaus 2') === first, 'the same button node').to.equal(true);
    });
  });

  describe('localization', () => {
    it('speaks English', async () => {
      const { page } = await render({ lang: 'en-GB', slots: [at('08:30'), at('14:00', 'hiltrup')] });
      expect(page.dayLabel()).to.equal('Times on Wednesday, 2 December 2026');
      expect(page.groups()).to.deep.equal([
        { label: 'Morning', times: ['08:30, Stadthaus 2'] },
        { label: 'Afternoon', times: ['14:00, Bürgerbüro Hiltrup'] },
      ]);
      expect(page.locations().map((group) => group.label)).to.deep.equal(['Stadthaus 2', 'Bürgerbüro Hiltrup']);
    });

    it('follows a change of lang', async () => {
      const { element, page } = await render({ date: null });
      element.lang = 'en';
      await aTimeout(0);
      await elementUpdated(element);
      expect(page.status()).to.equal('Choose a day to see its times.');
    });
  });

  describe('layout', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    it('fits 320 px with 44 px targets', async () => {
      await setViewport({ width: 320, height: 640 });
      const { page } = await render({ slots: manySlots(), userTimeZone: 'America/New_York' });
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      expect(page.buttons()).to.have.length(87);
      for (const button of page.buttons()) {
        const box = button.getBoundingClientRect();
        expect(box.height).to.be.at.least(44);
        expect(box.width).to.be.at.least(44);
      }
    });

    it('lays a day of 55 times out as a compact grid, three or more to a row at 320 px', async () => {
      await setViewport({ width: 320, height: 640 });
      const day = Array.from({ length: 55 }, (_, index) => {
        const minutes = 7 * 60 + 30 + index * 10;
        return at(`${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`);
      });
      const { page } = await render({ slots: day });
      const rows = new Set(page.buttons().map((button) => Math.round(button.getBoundingClientRect().top)));
      expect(page.buttons()).to.have.length(55);
      expect(rows.size, 'rows of times').to.be.at.most(Math.ceil(55 / 3) + 2);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });
  });

  describe('accessibility', () => {
    it('passes axe without a date', async () => {
      await expect((await render({ date: null })).element).to.be.accessible();
    });

    it('passes axe while loading', async () => {
      await expect((await render({ loading: true })).element).to.be.accessible();
    });

    it('passes axe with no times', async () => {
      await expect((await render({ slots: [] })).element).to.be.accessible();
    });

    it('passes axe with times and a chosen one', async () => {
      await expect((await render({ value: daySlots[1]! })).element).to.be.accessible();
    });

    it('passes axe with many locations and a time-zone label', async () => {
      const { element, page } = await render({ slots: manySlots(), userTimeZone: 'America/New_York' });
      expect(page.timeZoneLabel()).not.to.equal('');
      await expect(element).to.be.accessible();
    });
  });
});
