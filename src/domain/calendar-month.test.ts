import { expect } from '@open-wc/testing';
import {
  clampDate,
  endOfWeekOf,
  isInRange,
  isMonthInRange,
  monthGrid,
  moveFocus,
  startOfWeekOf,
  weekdayOf,
} from './calendar-month.js';

describe('calendar-month', () => {
  describe('monthGrid', () => {
    it('lays out December 2026 in weeks from Monday, with null outside the month', () => {
      const weeks = monthGrid('2026-12-15', 1);
      expect(weeks).to.have.length(5);
      weeks.forEach((week) => expect(week).to.have.length(7));
      // 1 December 2026 is a Tuesday.
      expect(weeks[0]).to.deep.equal([
        null,
        '2026-12-01',
        '2026-12-02',
        '2026-12-03',
        '2026-12-04',
        '2026-12-05',
        '2026-12-06',
      ]);
      expect(weeks[4]).to.deep.equal(['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', null, null, null]);
      expect(weeks.flat().filter(Boolean)).to.have.length(31);
    });

    it('lays out the same month from Sunday', () => {
      const weeks = monthGrid('2026-12-01', 7);
      expect(weeks[0]).to.deep.equal([
        null,
        null,
        '2026-12-01',
        '2026-12-02',
        '2026-12-03',
        '2026-12-04',
        '2026-12-05',
      ]);
      expect(weeks.at(-1)).to.deep.equal([
        '2026-12-27',
        '2026-12-28',
        '2026-12-29',
        '2026-12-30',
        '2026-12-31',
        null,
        null,
      ]);
    });

    it('needs only four weeks for a February that starts on the week start', () => {
      // 1 February 2027 is a Monday and 2027 is no leap year.
      const weeks = monthGrid('2027-02-10', 1);
      expect(weeks).to.have.length(4);
      expect(weeks[0]![0]).to.equal('2027-02-01');
      expect(weeks[3]![6]).to.equal('2027-02-28');
    });

    it('needs six weeks for a long month that starts late in the week', () => {
      // 1 August 2027 is a Sunday.
      expect(monthGrid('2027-08-01', 1)).to.have.length(6);
      expect(monthGrid('2027-08-01', 7)).to.have.length(5);
    });

    it('starts the week on Saturday when asked', () => {
      expect(monthGrid('2026-12-01', 6)[0]).to.deep.equal([
        null,
        null,
        null,
        '2026-12-01',
        '2026-12-02',
        '2026-12-03',
        '2026-12-04',
      ]);
    });
  });

  describe('week helpers', () => {
    it('knows the ISO weekday', () => {
      expect(weekdayOf('2026-12-01')).to.equal(2);
      expect(weekdayOf('2026-12-06')).to.equal(7);
    });

    it('finds the start and end of the week for the locale week start', () => {
      expect(startOfWeekOf('2026-12-02', 1)).to.equal('2026-11-30');
      expect(endOfWeekOf('2026-12-02', 1)).to.equal('2026-12-06');
      expect(startOfWeekOf('2026-12-02', 7)).to.equal('2026-11-29');
      expect(endOfWeekOf('2026-12-02', 7)).to.equal('2026-12-05');
      expect(startOfWeekOf('2026-11-29', 7)).to.equal('2026-11-29');
    });

    it('clamps and checks ranges, with missing limits open', () => {
      expect(clampDate('2026-11-30', '2026-12-01', '2027-03-01')).to.equal('2026-12-01');
      expect(clampDate('2027-03-02', '2026-12-01', '2027-03-01')).to.equal('2027-03-01');
      expect(clampDate('2026-12-15', null, null)).to.equal('2026-12-15');
      expect(isInRange('2026-12-01', '2026-12-01', '2026-12-01')).to.equal(true);
      expect(isInRange('2026-12-02', null, '2026-12-01')).to.equal(false);
      expect(isMonthInRange('2026-11-05', '2026-11-30', null)).to.equal(true);
      expect(isMonthInRange('2026-10-31', '2026-11-30', null)).to.equal(false);
      expect(isMonthInRange('2027-03-31', null, '2027-03-01')).to.equal(true);
      expect(isMonthInRange('2027-04-01', null, '2027-03-01')).to.equal(false);
    });
  });

  describe('moveFocus', () => {
    const from = '2026-12-02'; // a Wednesday

    it('moves by a day with the arrows, swapped in RTL', () => {
      expect(moveFocus(from, 'ArrowRight')).to.equal('2026-12-03');
      expect(moveFocus(from, 'ArrowLeft')).to.equal('2026-12-01');
      expect(moveFocus(from, 'ArrowRight', { rtl: true })).to.equal('2026-12-01');
      expect(moveFocus(from, 'ArrowLeft', { rtl: true })).to.equal('2026-12-03');
    });

    it('moves by a week with up and down, across month edges', () => {
      expect(moveFocus(from, 'ArrowDown')).to.equal('2026-12-09');
      expect(moveFocus(from, 'ArrowUp')).to.equal('2026-11-25');
      expect(moveFocus('2026-12-31', 'ArrowRight')).to.equal('2027-01-01');
    });

    it('goes to the start and end of the locale week with Home and End', () => {
      expect(moveFocus(from, 'Home', { firstDayOfWeek: 1 })).to.equal('2026-11-30');
      expect(moveFocus(from, 'End', { firstDayOfWeek: 1 })).to.equal('2026-12-06');
      expect(moveFocus(from, 'Home', { firstDayOfWeek: 7 })).to.equal('2026-11-29');
      expect(moveFocus(from, 'End', { firstDayOfWeek: 7 })).to.equal('2026-12-05');
    });

    it('moves by a month with PageUp and PageDown, clamping the day to the month length', () => {
      expect(moveFocus(from, 'PageDown')).to.equal('2027-01-02');
      expect(moveFocus(from, 'PageUp')).to.equal('2026-11-02');
      expect(moveFocus('2027-01-31', 'PageDown')).to.equal('2027-02-28');
      expect(moveFocus('2027-03-31', 'PageUp')).to.equal('2027-02-28');
    });

    it('moves by a year with Shift+PageUp and Shift+PageDown', () => {
      expect(moveFocus(from, 'PageDown', { shiftKey: true })).to.equal('2027-12-02');
      expect(moveFocus(from, 'PageUp', { shiftKey: true })).to.equal('2025-12-02');
      expect(moveFocus('2028-02-29', 'PageDown', { shiftKey: true })).to.equal('2029-02-28');
    });

    it('clamps the result to min and max', () => {
      const limits = { min: '2026-12-01', max: '2027-03-01' };
      expect(moveFocus('2026-12-01', 'ArrowLeft', limits)).to.equal('2026-12-01');
      expect(moveFocus('2026-12-03', 'ArrowUp', limits)).to.equal('2026-12-01');
      expect(moveFocus('2026-12-02', 'Home', limits)).to.equal('2026-12-01');
      expect(moveFocus('2027-02-15', 'PageDown', limits)).to.equal('2027-03-01');
      expect(moveFocus('2027-01-15', 'PageDown', { ...limits, shiftKey: true })).to.equal('2027-03-01');
    });

    it('leaves the day as it is for other keys', () => {
      expect(moveFocus(from, 'Enter')).to.equal(from);
      expect(moveFocus(from, 'a')).to.equal(from);
    });
  });
});
