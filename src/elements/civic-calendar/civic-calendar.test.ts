// Over 350 lines on purpose: one test file per unit, its contracts in describe blocks, as the unit has them.
import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { CalendarPage } from '../../../test/page-objects/calendar-page.js';
import { defineElement } from '../shared/define.js';
import { CivicCalendar, type CivicMonthChangeDetail } from './civic-calendar.js';

defineElement('civic-calendar', CivicCalendar);

// Fixed dates: today is Tuesday, 1 December 2026; bookable until the end of February 2027.
const today = '2026-12-01';
const min = '2026-12-01';
const max = '2027-02-28';
const bookable = ['2026-12-02', '2026-12-03', '2026-12-10', '2026-12-31', '2027-01-04', '2027-02-26'];

interface Options {
  lang?: string;
  value?: string | null;
  month?: string | null;
  bookableDates?: string[];
  loading?: boolean;
  nextBookableDate?: string | null;
  min?: string | null;
  max?: string | null;
}

async function calendar(options: Options = {}): Promise<{ el: CivicCalendar; page: CalendarPage }> {
  const el = await fixture<CivicCalendar>(html`
    <civic-calendar
      lang=${options.lang ?? 'de'}
      today=${today}
      .min=${options.min === undefined ? min : options.min}
      .max=${options.max === undefined ? max : options.max}
      .value=${options.value ?? null}
      .month=${options.month ?? null}
      .bookableDates=${options.bookableDates ?? bookable}
      .loading=${options.loading ?? false}
      .nextBookableDate=${options.nextBookableDate ?? null}
    ></civic-calendar>
  `);
  return { el, page: new CalendarPage(el) };
}

/** Focuses the roving day and waits for the element to settle. */
async function focusGrid(el: CivicCalendar): Promise<void> {
  el.focus();
  await el.updateComplete;
}

async function press(el: CivicCalendar, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
  // Focus moves after the render that a month change needs.
  await el.updateComplete;
}

/** Collects the events of a type fired on an element. */
function record<T extends Event>(el: HTMLElement, type: string): T[] {
  const events: T[] = [];
  el.addEventListener(type, (event) => events.push(event as T));
  return events;
}

describe('<civic-calendar>', () => {
  describe('structure', () => {
    it('shows the month as a table with 7 column headers in German order, Monday first', async () => {
      const { page } = await calendar();
      const weekdays = page.weekdays();
      expect(weekdays.map((day) => day.long)).to.deep.equal([
        'Montag',
        'Dienstag',
        'Mittwoch',
        'Donnerstag',
        'Freitag',
        'Samstag',
        'Sonntag',
      ]);
      expect(weekdays.every((day) => day.scope === 'col')).to.equal(true);
      expect(weekdays[0]!.short).to.equal('Mo');
    });

    it('has one button per day of the month, placed under the right weekday', async () => {
      const { page } = await calendar();
      expect(page.shownDates()).to.have.length(31);
      expect(page.shownDates()[0]).to.equal('2026-12-01');
      // 1 December 2026 is a Tuesday: the second column when weeks start on Monday.
      const firstRow = page.grid().querySelector('tbody tr')!;
      const cells = [...firstRow.querySelectorAll('td')];
      expect(cells[0]!.querySelector('button')).to.equal(null);
      expect(cells[1]!.querySelector('button')!.textContent!.trim()).to.equal('1');
    });

    it('names each day with the full date and whether appointments are free', async () => {
      const { page } = await calendar();
      expect(page.dayName('2026-12-02')).to.equal('Mittwoch, 2. Dezember 2026, Termine frei');
      expect(page.dayName('2026-12-04')).to.equal('Freitag, 4. Dezember 2026, keine Termine');
    });

    it('labels the grid with the month title, which is a polite live region', async () => {
      const { page } = await calendar();
      expect(page.title()).to.equal('Dezember 2026');
      expect(page.gridLabel()).to.equal('Dezember 2026');
      expect(page.titleElement().getAttribute('aria-live')).to.equal('polite');
    });

    it('names the month buttons', async () => {
      const { page } = await calendar();
      expect(page.previousButton().getAttribute('aria-label')).to.equal('Vorheriger Monat');
      expect(page.nextButton().getAttribute('aria-label')).to.equal('Nächster Monat');
    });

    it('marks today as the current date', async () => {
      const { page } = await calendar();
      expect(page.today()).to.deep.equal(['2026-12-01']);
    });

    it('offers state parts for theming', async () => {
      const { page } = await calendar({ value: '2026-12-02' });
      expect(page.dayButton('2026-12-02').getAttribute('part')).to.equal('day bookable selected');
      expect(page.dayButton('2026-12-01').getAttribute('part')).to.equal('day today disabled');
      expect(page.dayButton('2026-12-03').getAttribute('part')).to.equal('day bookable');
    });
  });

  describe('public API', () => {
    it('shows the month of today when neither month nor value is set', async () => {
      const { page } = await calendar();
      expect(page.title()).to.equal('Dezember 2026');
    });

    it('shows the month of the value, and marks the value as pressed', async () => {
      const { page } = await calendar({ value: '2027-01-04' });
      expect(page.title()).to.equal('Januar 2027');
      expect(page.selected()).to.deep.equal(['2027-01-04']);
    });

    it('shows the month given by month, whatever day of it', async () => {
      const { el, page } = await calendar({ month: '2027-02-17' });
      expect(page.title()).to.equal('Februar 2027');
      el.month = '2027-01-31';
      await el.updateComplete;
      expect(page.title()).to.equal('Januar 2027');
    });

    it('reads its properties from attributes', async () => {
      const el = await fixture<CivicCalendar>(html`
        <civic-calendar
          lang="de"
          today="2026-12-01"
          min="2026-12-01"
          max="2027-02-28"
          month="2027-01-15"
          value="2027-01-04"
          loading
        ></civic-calendar>
      `);
      const page = new CalendarPage(el);
      expect(page.title()).to.equal('Januar 2027');
      expect(page.selected()).to.deep.equal(['2027-01-04']);
      expect(page.isBusy()).to.equal(true);
    });

    it('lets only bookable days be chosen; the others stay focusable', async () => {
      const { page } = await calendar();
      expect(page.bookable()).to.deep.equal(['2026-12-02', '2026-12-03', '2026-12-10', '2026-12-31']);
      const closed = page.dayButton('2026-12-04');
      expect(closed.getAttribute('aria-disabled')).to.equal('true');
      expect(closed.disabled).to.equal(false);
    });

    it('updates the marks when bookableDates changes', async () => {
      const { el, page } = await calendar();
      el.bookableDates = ['2026-12-24'];
      await el.updateComplete;
      expect(page.bookable()).to.deep.equal(['2026-12-24']);
      expect(page.dayName('2026-12-24')).to.match(/Termine frei$/);
    });

    it('moves the selection when value is set', async () => {
      const { el, page } = await calendar({ value: '2026-12-02' });
      el.value = '2026-12-10';
      await el.updateComplete;
      expect(page.selected()).to.deep.equal(['2026-12-10']);
    });

    it('disables days outside min and max, and the month buttons at the limits', async () => {
      const { el, page } = await calendar({ min: '2026-12-05' });
      expect(page.isDisabled('2026-12-04')).to.equal(true);
      expect(page.dayButton('2026-12-04').disabled).to.equal(true);
      expect(page.isPreviousDisabled()).to.equal(true);
      expect(page.isNextDisabled()).to.equal(false);
      await page.previous();
      expect(page.title()).to.equal('Dezember 2026');
      await page.next();
      await page.next();
      expect(page.title()).to.equal('Februar 2027');
      expect(page.isNextDisabled()).to.equal(true);
      await page.next();
      expect(page.title()).to.equal('Februar 2027');
      expect(el.month).to.equal('2027-02-01');
    });

    it('says that it is loading while the grid stays usable', async () => {
      const { el, page } = await calendar({ loading: true, bookableDates: [] });
      expect(page.isBusy()).to.equal(true);
      expect(page.status()).to.equal('Freie Tage werden geladen …');
      expect(page.jumpButton()).to.equal(null);
      await focusGrid(el);
      await press(el, 'ArrowRight');
      expect(page.focusedDate()).to.equal('2026-12-02');
      el.loading = false;
      el.bookableDates = bookable;
      await el.updateComplete;
      expect(page.isBusy()).to.equal(false);
      expect(page.status()).to.equal('');
    });

    it('puts exactly one day in the tab order: the selected day first', async () => {
      const { page } = await calendar({ value: '2026-12-10' });
      expect(page.tabbableDates()).to.deep.equal(['2026-12-10']);
    });

    it('puts today in the tab order when nothing is selected', async () => {
      const { page } = await calendar();
      expect(page.tabbableDates()).to.deep.equal(['2026-12-01']);
    });

    it('puts the first bookable day in the tab order in other months, else the first day', async () => {
      const { page } = await calendar({ month: '2027-01-01' });
      expect(page.tabbableDates()).to.deep.equal(['2027-01-04']);
      await page.next();
      expect(page.tabbableDates()).to.deep.equal(['2027-02-26']);
      const empty = await calendar({ month: '2027-01-01', bookableDates: [] });
      expect(empty.page.tabbableDates()).to.deep.equal(['2027-01-01']);
    });

    it('moves focus to the roving day with focus()', async () => {
      const { el, page } = await calendar({ value: '2026-12-10' });
      el.focus();
      expect(page.focusedDate()).to.equal('2026-12-10');
    });
  });

  describe('keyboard', () => {
    const cases: [key: string, from: string, to: string][] = [
      ['ArrowRight', '2026-12-10', '2026-12-11'],
      ['ArrowLeft', '2026-12-10', '2026-12-09'],
      ['ArrowDown', '2026-12-10', '2026-12-17'],
      ['ArrowUp', '2026-12-10', '2026-12-03'],
      // 10 December 2026 is a Thursday; German weeks run Monday to Sunday.
      ['Home', '2026-12-10', '2026-12-07'],
      ['End', '2026-12-10', '2026-12-13'],
    ];
    for (const [key, from, to] of cases) {
      it(`moves focus with ${key}`, async () => {
        const { el, page } = await calendar({ value: from });
        await focusGrid(el);
        expect(page.focusedDate()).to.equal(from);
        await press(el, key);
        expect(page.focusedDate()).to.equal(to);
        expect(page.tabbableDates()).to.deep.equal([to]);
      });
    }

    it('moves by a month with PageDown and PageUp, clamping the day to the shorter month', async () => {
      const { el, page } = await calendar({ value: '2026-12-31' });
      await focusGrid(el);
      await press(el, 'PageDown');
      expect(page.title()).to.equal('Januar 2027');
      expect(page.focusedDate()).to.equal('2027-01-31');
      await press(el, 'PageDown');
      expect(page.title()).to.equal('Februar 2027');
      expect(page.focusedDate()).to.equal('2027-02-28');
      await press(el, 'PageUp');
      expect(page.focusedDate()).to.equal('2027-01-28');
    });

    it('moves by a year with Shift+PageUp and Shift+PageDown', async () => {
      const { el, page } = await calendar({ value: '2026-12-10', min: null, max: null });
      await focusGrid(el);
      await press(el, 'Shift+PageDown');
      expect(page.title()).to.equal('Dezember 2027');
      expect(page.focusedDate()).to.equal('2027-12-10');
      await press(el, 'Shift+PageUp');
      await press(el, 'Shift+PageUp');
      expect(page.title()).to.equal('Dezember 2025');
      expect(page.focusedDate()).to.equal('2025-12-10');
    });

    it('follows focus into the next month with the arrows', async () => {
      const { el, page } = await calendar({ value: '2026-12-31' });
      await focusGrid(el);
      await press(el, 'ArrowRight');
      expect(page.title()).to.equal('Januar 2027');
      expect(page.focusedDate()).to.equal('2027-01-01');
      await press(el, 'ArrowUp');
      expect(page.title()).to.equal('Dezember 2026');
      expect(page.focusedDate()).to.equal('2026-12-25');
    });

    it('stops at min and max', async () => {
      const { el, page } = await calendar();
      await focusGrid(el);
      expect(page.focusedDate()).to.equal('2026-12-01');
      await press(el, 'ArrowLeft');
      expect(page.focusedDate()).to.equal('2026-12-01');
      await press(el, 'PageUp');
      expect(page.title()).to.equal('Dezember 2026');
      expect(page.focusedDate()).to.equal('2026-12-01');
      await press(el, 'Shift+PageDown');
      expect(page.title()).to.equal('Februar 2027');
      expect(page.focusedDate()).to.equal('2027-02-28');
      await press(el, 'ArrowDown');
      expect(page.focusedDate()).to.equal('2027-02-28');
    });

    it('selects a bookable day with Enter and Space, not an unbookable one', async () => {
      const { el, page } = await calendar({ value: '2026-12-02' });
      await focusGrid(el);
      await press(el, 'ArrowRight');
      await press(el, 'Enter');
      expect(el.value).to.equal('2026-12-03');
      expect(page.selected()).to.deep.equal(['2026-12-03']);
      await press(el, 'ArrowDown');
      await press(el, 'Space');
      expect(el.value).to.equal('2026-12-10');
      await press(el, 'ArrowRight');
      await press(el, 'Enter');
      expect(el.value).to.equal('2026-12-10');
      expect(page.focusedDate()).to.equal('2026-12-11');
    });

    it('swaps the arrows when the page is right to left', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div dir="rtl">
          <civic-calendar lang="de" today=${today} min=${min} max=${max} value="2026-12-10"></civic-calendar>
        </div>
      `);
      const el = wrapper.querySelector('civic-calendar')!;
      const page = new CalendarPage(el);
      await focusGrid(el);
      await press(el, 'ArrowLeft');
      expect(page.focusedDate()).to.equal('2026-12-11');
      await press(el, 'ArrowRight');
      await press(el, 'ArrowRight');
      expect(page.focusedDate()).to.equal('2026-12-09');
    });

    it('lays out and moves right to left for a right-to-left language', async () => {
      const { el, page } = await calendar({ lang: 'ar', value: '2026-12-10' });
      expect(page.grid().matches(':dir(rtl)')).to.equal(true);
      await focusGrid(el);
      await press(el, 'ArrowLeft');
      expect(page.focusedDate()).to.equal('2026-12-11');
    });

    it('keeps one day in the tab order while moving', async () => {
      const { el, page } = await calendar();
      await focusGrid(el);
      await press(el, 'ArrowDown');
      await press(el, 'End');
      expect(page.tabbableDates()).to.deep.equal([page.focusedDate()]);
    });
  });

  describe('events', () => {
    it('fires change when a bookable day is clicked', async () => {
      const { el, page } = await calendar();
      const changed = oneEvent(el, 'change');
      await page.choose('2026-12-03');
      const event = await changed;
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(el.value).to.equal('2026-12-03');
    });

    it('does not fire change for an unbookable day, nor for the selected day again', async () => {
      const { el, page } = await calendar({ value: '2026-12-03' });
      const changes = record(el, 'change');
      await page.choose('2026-12-04');
      await page.choose('2026-12-03');
      expect(changes).to.have.length(0);
      expect(el.value).to.equal('2026-12-03');
      // The clicked day takes the roving focus even though it cannot be chosen.
      expect(page.tabbableDates()).to.deep.equal(['2026-12-03']);
    });

    it('fires civic-month-change with the first day of the month from the buttons', async () => {
      const { el, page } = await calendar();
      const changed = oneEvent(el, 'civic-month-change');
      await page.next();
      const event = (await changed) as CustomEvent<CivicMonthChangeDetail>;
      expect(event.detail).to.deep.equal({ month: '2027-01-01' });
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      const back = oneEvent(el, 'civic-month-change');
      await page.previous();
      expect(((await back) as CustomEvent<CivicMonthChangeDetail>).detail.month).to.equal('2026-12-01');
    });

    it('fires civic-month-change when the keyboard crosses a month edge, once per month', async () => {
      const { el } = await calendar({ value: '2026-12-31' });
      const months = record<CustomEvent<CivicMonthChangeDetail>>(el, 'civic-month-change');
      await focusGrid(el);
      await press(el, 'ArrowLeft');
      expect(months).to.have.length(0);
      await press(el, 'PageDown');
      await press(el, 'ArrowRight');
      expect(months.map((event) => event.detail.month)).to.deep.equal(['2027-01-01']);
    });

    it('fires nothing at the limits', async () => {
      const { el, page } = await calendar();
      const months = record(el, 'civic-month-change');
      await page.previous();
      await focusGrid(el);
      await press(el, 'PageUp');
      expect(months).to.have.length(0);
    });

    it('fires nothing when properties are set', async () => {
      const { el } = await calendar();
      const changes = record(el, 'change');
      const months = record(el, 'civic-month-change');
      el.value = '2026-12-03';
      el.month = '2027-01-01';
      el.bookableDates = ['2027-01-05'];
      el.loading = true;
      await el.updateComplete;
      await aTimeout(0);
      expect(changes).to.have.length(0);
      expect(months).to.have.length(0);
    });
  });

  describe('next bookable day', () => {
    it('offers a jump when the month has no free day, and jumps there', async () => {
      const { el, page } = await calendar({
        month: '2027-01-01',
        bookableDates: ['2027-02-26'],
        nextBookableDate: '2027-02-26',
      });
      expect(page.status()).to.equal('In diesem Monat sind keine Termine frei.');
      const jump = page.jumpButton()!;
      expect(jump.textContent!.trim()).to.equal('Nächster freier Tag: Freitag, 26. Februar 2027');
      const changes = record(el, 'change');
      const months = record<CustomEvent<CivicMonthChangeDetail>>(el, 'civic-month-change');
      jump.click();
      await el.updateComplete;
      await el.updateComplete;
      expect(page.title()).to.equal('Februar 2027');
      expect(el.value).to.equal('2027-02-26');
      expect(page.selected()).to.deep.equal(['2027-02-26']);
      expect(page.focusedDate()).to.equal('2027-02-26');
      expect(changes).to.have.length(1);
      expect(months.map((event) => event.detail.month)).to.deep.equal(['2027-02-01']);
      expect(page.jumpButton()).to.equal(null);
      expect(page.status()).to.equal('');
    });

    it('says there is nothing free when there is no next day', async () => {
      const { page } = await calendar({ bookableDates: [], nextBookableDate: null });
      expect(page.status()).to.equal('In den nächsten Wochen sind keine Termine frei.');
      expect(page.jumpButton()).to.equal(null);
    });

    it('offers no jump while loading or when the month has free days', async () => {
      const loading = await calendar({ bookableDates: [], loading: true, nextBookableDate: '2027-01-04' });
      expect(loading.page.jumpButton()).to.equal(null);
      const free = await calendar({ nextBookableDate: '2027-01-04' });
      expect(free.page.jumpButton()).to.equal(null);
    });
  });

  describe('localization', () => {
    it('starts the week on Sunday in American English, with English names', async () => {
      const { page } = await calendar({ lang: 'en-US' });
      expect(page.weekdays().map((day) => day.long)).to.deep.equal([
        'Sunday',
        'Monday',
        'Tuesday',
        'Wednesday',
        'Thursday',
        'Friday',
        'Saturday',
      ]);
      expect(page.title()).to.equal('December 2026');
      expect(page.dayName('2026-12-02')).to.equal('Wednesday, December 2, 2026, appointments available');
      expect(page.previousButton().getAttribute('aria-label')).to.equal('Previous month');
      // 1 December 2026 is a Tuesday: the third column when weeks start on Sunday.
      const cells = [...page.grid().querySelector('tbody tr')!.querySelectorAll('td')];
      expect(cells[2]!.querySelector('button')!.textContent!.trim()).to.equal('1');
    });

    it('uses Sunday as the start of the week for Home and End in American English', async () => {
      const { el, page } = await calendar({ lang: 'en-US', value: '2026-12-10' });
      await focusGrid(el);
      await press(el, 'Home');
      expect(page.focusedDate()).to.equal('2026-12-06');
      await press(el, 'End');
      expect(page.focusedDate()).to.equal('2026-12-12');
    });

    it('writes German month names and follows a change of lang', async () => {
      const { el, page } = await calendar({ month: '2027-03-01', max: null });
      expect(page.title()).to.equal('März 2027');
      el.setAttribute('lang', 'en-GB');
      // The locale controller hears of the change through a MutationObserver.
      await aTimeout(0);
      await el.updateComplete;
      expect(page.title()).to.equal('March 2027');
    });
  });

  describe('accessibility', () => {
    it('passes axe by default', async () => {
      const { el } = await calendar();
      await expect(el).to.be.accessible();
    });

    it('passes axe while loading', async () => {
      const { el } = await calendar({ loading: true, bookableDates: [] });
      await expect(el).to.be.accessible();
    });

    it('passes axe with an empty month and the jump', async () => {
      const { el } = await calendar({ month: '2027-01-01', bookableDates: [], nextBookableDate: '2027-02-26' });
      await expect(el).to.be.accessible();
    });

    it('passes axe with a selection and focus', async () => {
      const { el } = await calendar({ value: '2026-12-02' });
      await focusGrid(el);
      await expect(el).to.be.accessible();
    });

    it('passes axe right to left', async () => {
      const { el } = await calendar({ lang: 'ar', value: '2026-12-02' });
      await expect(el).to.be.accessible();
    });

    it('fits into 320 px with cells that shrink', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div style="inline-size: 320px">
          <civic-calendar lang="de" today=${today} min=${min} max=${max} .bookableDates=${bookable}></civic-calendar>
        </div>
      `);
      const el = wrapper.querySelector('civic-calendar')!;
      await el.updateComplete;
      const page = new CalendarPage(el);
      expect(el.scrollWidth).to.be.at.most(320);
      expect(page.grid().getBoundingClientRect().width).to.be.at.most(320);
      const cell = page.dayButton('2026-12-02').getBoundingClientRect();
      expect(cell.width).to.be.at.least(36);
      expect(cell.height).to.be.at.least(44);
      await expect(el).to.be.accessible();
    });
  });
});
