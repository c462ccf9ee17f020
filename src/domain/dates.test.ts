import { expect } from '@open-wc/testing';
import { addDaysTo, addMonthsTo, endOfMonthOf, isIsoDate, isIsoDateTime, localDate } from './dates.js';
import { zonedInstant } from './zoned-instant.js';

describe('dates', () => {
  it('finds the local day of an instant in the office time zone', () => {
    // 23:30 UTC on 1 December is already 2 December in Berlin.
    expect(localDate('2026-12-01T23:30:00Z', 'Europe/Berlin')).to.equal('2026-12-02');
    expect(localDate('2026-12-01T23:30:00Z', 'America/New_York')).to.equal('2026-12-01');
  });

  it('builds instants with the offset in force on that day', () => {
    expect(zonedInstant('2026-12-02', 8, 30, 'Europe/Berlin')).to.equal('2026-12-02T08:30:00+01:00');
    expect(zonedInstant('2026-07-02', 8, 30, 'Europe/Berlin')).to.equal('2026-07-02T08:30:00+02:00');
  });

  it('moves by days across months, years and the daylight-saving changes', () => {
    expect(addDaysTo('2026-12-31', 1)).to.equal('2027-01-01');
    expect(addDaysTo('2027-01-01', -1)).to.equal('2026-12-31');
    expect(addDaysTo('2026-03-28', 1)).to.equal('2026-03-29');
    expect(addDaysTo('2026-03-29', 1)).to.equal('2026-03-30');
    expect(addDaysTo('2026-10-25', 1)).to.equal('2026-10-26');
    expect(addDaysTo('2026-12-01', 90)).to.equal('2027-03-01');
    expect(addDaysTo('2028-02-28', 1)).to.equal('2028-02-29');
  });

  it('moves by months and clamps to shorter months', () => {
    expect(addMonthsTo('2026-01-31', 1)).to.equal('2026-02-28');
    expect(addMonthsTo('2026-03-31', -1)).to.equal('2026-02-28');
    expect(addMonthsTo('2028-03-31', -1)).to.equal('2028-02-29');
    expect(addMonthsTo('2026-12-15', 1)).to.equal('2027-01-15');
    expect(addMonthsTo('2027-01-15', -1)).to.equal('2026-12-15');
    expect(addMonthsTo('2026-05-31', 12)).to.equal('2027-05-31');
    expect(addMonthsTo('2026-05-31', -12)).to.equal('2025-05-31');
    expect(endOfMonthOf('2028-02-10')).to.equal('2028-02-29');
    expect(endOfMonthOf('2026-12-01')).to.equal('2026-12-31');
  });

  it('tells real days and instants from anything else', () => {
    expect(isIsoDate('2026-02-29')).to.equal(false);
    expect(isIsoDate('2028-02-29')).to.equal(true);
    expect(isIsoDateTime('2026-12-02T08:30:00+01:00')).to.equal(true);
    expect(isIsoDateTime('2026-12-02 08:30')).to.equal(false);
  });
});

describe('wall clocks', () => {
  it('reads the hour and the offset of a zone, across a daylight-saving change', async () => {
    const { localHour, offsetMinutesAt } = await import('./dates.js');
    expect(localHour('2026-12-02T07:30:00Z', 'Europe/Berlin')).to.equal(8);
    expect(localHour('2026-12-01T23:30:00Z', 'Europe/Berlin')).to.equal(0);
    expect(offsetMinutesAt('Europe/Berlin', '2026-12-02T08:30:00+01:00')).to.equal(60);
    expect(offsetMinutesAt('Europe/Berlin', '2026-07-02T08:30:00+02:00')).to.equal(120);
    expect(offsetMinutesAt('America/New_York', '2026-12-02T08:30:00Z')).to.equal(-300);
    expect(offsetMinutesAt('Asia/Kolkata', '2026-12-02T08:30:00Z')).to.equal(330);
  });
});
