import { expect } from '@open-wc/testing';
import {
  bookableDatesOf,
  earliestSlot,
  foreignTimeZones,
  groupByLocation,
  groupByPartOfDay,
  isSameSlot,
  offsetMinutesAt,
  slotsOn,
} from './slots.js';
import type { Slot } from './types.js';

const zones: Record<string, string> = { berlin: 'Europe/Berlin', york: 'America/New_York', paris: 'Europe/Paris' };
const timeZoneOf = (locationId: string) => zones[locationId]!;
const slot = (locationId: string, start: string): Slot => ({ locationId, start, end: start });

describe('slots', () => {
  it('groups slots by location, the location with the earliest slot first, each in its own order', () => {
    const late = slot('berlin', '2026-12-02T10:00:00+01:00');
    const early = slot('paris', '2026-12-02T08:00:00+01:00');
    const later = slot('paris', '2026-12-02T11:00:00+01:00');
    const groups = groupByLocation([late, later, early]);
    expect(groups.map((group) => group.locationId)).to.deep.equal(['paris', 'berlin']);
    expect(groups[0]!.slots).to.deep.equal([later, early]);
    expect(groupByLocation([])).to.deep.equal([]);
  });

  it("puts a slot on its day in the location's time zone", () => {
    // 23:30 UTC on 1 December is 00:30 on 2 December in Berlin, but still 1 December in New York.
    const late = slot('berlin', '2026-12-01T23:30:00Z');
    const sameInstantInNewYork = slot('york', '2026-12-01T23:30:00Z');
    const slots = [late, sameInstantInNewYork, slot('berlin', '2026-12-02T08:30:00+01:00')];
    expect(slotsOn(slots, '2026-12-02', timeZoneOf)).to.deep.equal([late, slots[2]]);
    expect(slotsOn(slots, '2026-12-01', timeZoneOf)).to.deep.equal([sameInstantInNewYork]);
    expect(slotsOn(slots, '2026-12-03', timeZoneOf)).to.deep.equal([]);
  });

  it('lists the bookable days sorted and once each', () => {
    const slots = [
      slot('berlin', '2026-12-03T08:00:00+01:00'),
      slot('berlin', '2026-12-01T23:30:00Z'),
      slot('berlin', '2026-12-02T09:00:00+01:00'),
      slot('york', '2026-12-01T23:30:00Z'),
    ];
    expect(bookableDatesOf(slots, timeZoneOf)).to.deep.equal(['2026-12-01', '2026-12-02', '2026-12-03']);
    expect(bookableDatesOf([], timeZoneOf)).to.deep.equal([]);
  });

  it("groups by part of day on the location's wall clock and leaves out empty groups", () => {
    const at = (time: string) => slot('berlin', `2026-12-02T${time}:00+01:00`);
    const slots = [at('08:00'), at('11:59'), at('12:00'), at('16:59'), at('17:00'), at('19:30')];
    expect(groupByPartOfDay(slots, timeZoneOf)).to.deep.equal([
      { part: 'morning', slots: [slots[0], slots[1]] },
      { part: 'afternoon', slots: [slots[2], slots[3]] },
      { part: 'evening', slots: [slots[4], slots[5]] },
    ]);
    expect(groupByPartOfDay([at('13:00')], timeZoneOf).map((group) => group.part)).to.deep.equal(['afternoon']);
    // 11:00 UTC is 12:00 in Berlin (afternoon), but 06:00 in New York (morning).
    expect(groupByPartOfDay([slot('berlin', '2026-12-02T11:00:00Z')], timeZoneOf)[0]!.part).to.equal('afternoon');
    expect(groupByPartOfDay([slot('york', '2026-12-02T11:00:00Z')], timeZoneOf)[0]!.part).to.equal('morning');
    expect(groupByPartOfDay([], timeZoneOf)).to.deep.equal([]);
  });

  it('finds the earliest slot even when the list is not sorted', () => {
    const a = slot('berlin', '2026-12-02T09:00:00+01:00');
    const b = slot('york', '2026-12-02T02:30:00-05:00'); // 07:30 UTC, before a at 08:00 UTC
    expect(earliestSlot([a, b])).to.equal(b);
    expect(earliestSlot([])).to.equal(undefined);
  });

  it('tells the same slot by location and instant', () => {
    expect(isSameSlot(slot('berlin', '2026-12-02T08:30:00+01:00'), slot('berlin', '2026-12-02T07:30:00Z'))).to.equal(
      true,
    );
    expect(isSameSlot(slot('berlin', '2026-12-02T08:30:00+01:00'), slot('paris', '2026-12-02T07:30:00Z'))).to.equal(
      false,
    );
    expect(isSameSlot(null, slot('berlin', '2026-12-02T07:30:00Z'))).to.equal(false);
  });

  describe('foreignTimeZones', () => {
    const berlin = slot('berlin', '2026-12-02T08:30:00+01:00');
    const paris = slot('paris', '2026-12-02T09:30:00+01:00');
    const york = slot('york', '2026-12-02T08:30:00-05:00');

    it('is empty when every location keeps the same clock as the user, whatever the zone is called', () => {
      expect(foreignTimeZones([berlin, paris], timeZoneOf, 'Europe/Berlin')).to.deep.equal([]);
      expect(foreignTimeZones([berlin], timeZoneOf, 'Europe/Rome')).to.deep.equal([]);
    });

    it('names each differing zone once', () => {
      expect(foreignTimeZones([berlin, paris, york], timeZoneOf, 'America/New_York')).to.deep.equal([
        { timeZone: 'Europe/Berlin', at: berlin.start },
        { timeZone: 'Europe/Paris', at: paris.start },
      ]);
    });

    it('compares offsets at the slot time, across daylight-saving changes', () => {
      // On 20 March 2026 New York is already on summer time (UTC-4) and Berlin not yet (UTC+1): 5 hours apart.
      expect(offsetMinutesAt('America/New_York', '2026-03-20T12:00:00Z')).to.equal(-240);
      expect(offsetMinutesAt('Europe/Berlin', '2026-03-20T12:00:00Z')).to.equal(60);
      // Lagos (no summer time) and Berlin (before its change on 29 March) both read UTC+1 that day.
      expect(foreignTimeZones([slot('berlin', '2026-03-20T12:00:00Z')], timeZoneOf, 'Africa/Lagos')).to.deep.equal([]);
    });
  });
});
