import { expect } from '@open-wc/testing';
import { easterSunday, isDemoClosure } from './demo-holidays.js';

describe('demo office holidays', () => {
  it('computes Easter Sunday for years whose dates are published', () => {
    // Dates as the calendars of those years print them, including the earliest and latest possible ones.
    const published: Record<number, string> = {
      1818: '1818-03-22',
      1943: '1943-04-25',
      2024: '2024-03-31',
      2025: '2025-04-20',
      2026: '2026-04-05',
      2027: '2027-03-28',
      2038: '2038-04-25',
    };
    for (const [year, date] of Object.entries(published)) expect(easterSunday(Number(year)), year).to.equal(date);
  });

  it('closes on the public holidays of North Rhine-Westphalia in 2027', () => {
    const holidays = [
      '2027-01-01', // New Year
      '2027-03-26', // Good Friday
      '2027-03-29', // Easter Monday
      '2027-05-01', // Labour Day
      '2027-05-06', // Ascension Day
      '2027-05-17', // Whit Monday
      '2027-05-27', // Corpus Christi
      '2027-10-03', // German Unity Day
      '2027-11-01', // All Saints' Day
      '2027-12-25',
      '2027-12-26',
    ];
    for (const date of holidays) expect(isDemoClosure(date), date).to.equal(true);
  });

  it("closes on Christmas Eve and New Year's Eve, and opens on ordinary days around them", () => {
    expect(isDemoClosure('2026-12-24')).to.equal(true);
    expect(isDemoClosure('2026-12-31')).to.equal(true);
    for (const date of ['2026-12-23', '2026-12-28', '2026-12-30', '2027-01-04', '2027-03-25', '2027-03-30']) {
      expect(isDemoClosure(date), date).to.equal(false);
    }
  });
});
