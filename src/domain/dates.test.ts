import { expect } from '@open-wc/testing';
import { addMonthsTo, endOfMonthOf, isIsoDate, isIsoDateTime, localDate } from './dates.js';
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

  it('moves by months and clamps to shorter months', () => {
    expect(addMonthsTo('2026-01-31', 1)).to.equal('2026-02-28');
    expect(endOfMonthOf('2028-02-10')).to.equal('2028-02-29');
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
