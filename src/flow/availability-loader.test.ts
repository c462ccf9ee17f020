import { expect } from '@open-wc/testing';
import type { BookingAdapter } from '../adapters/booking-adapter.js';
import type { Availability, AvailabilityQuery, Slot } from '../domain/types.js';
import { AvailabilityLoader, hasSlotsOf } from './availability-loader.js';

const slot = (day: string, time = '09:00'): Slot => ({
  locationId: 'a',
  start: `${day}T${time}:00+01:00`,
  end: `${day}T${time.slice(0, 3)}30:00+01:00`,
});

/** A backend that lists days apart from their times, like ZMS: it answers the times of the first day only. */
function dayListingAdapter(days: Record<string, Slot[]>) {
  const asked: string[] = [];
  const adapter = {
    async loadAvailability(query: AvailabilityQuery): Promise<Availability> {
      asked.push(`${query.from}..${query.to}`);
      const listed = Object.keys(days).filter((day) => day >= query.from && day <= query.to);
      const first = listed[0];
      return {
        from: query.from,
        to: query.to,
        days: listed,
        daysWithSlots: first ? [first] : [],
        slots: first ? days[first]! : [],
        nextAvailable: null,
      };
    },
  } as unknown as BookingAdapter;
  return { adapter, asked };
}

const query = { concerns: [{ id: 'x', count: 1 }] };
const window = { min: '2026-12-01', max: '2027-03-01' };
const loaderOf = (adapter: BookingAdapter) =>
  new AvailabilityLoader(
    () => adapter,
    () => 'Europe/Berlin',
  );

describe('AvailabilityLoader', () => {
  it('asks for a month once, and for a listed day only when its times did not come with the month', async () => {
    const { adapter, asked } = dayListingAdapter({
      '2026-12-02': [slot('2026-12-02')],
      '2026-12-09': [slot('2026-12-09'), slot('2026-12-09', '10:00')],
    });
    const loader = loaderOf(adapter);
    const shown = (await loader.show(query, '2026-12-01', window, null, null))!;
    expect(shown.known.days).to.deep.equal(['2026-12-02', '2026-12-09']);
    expect(shown.date).to.equal('2026-12-02');
    expect(shown.earliest!.start).to.equal('2026-12-02T09:00:00+01:00');
    expect(hasSlotsOf(shown.known, '2026-12-02')).to.equal(true);
    expect(loader.needsDay('2026-12-09')).to.equal(true);
    const withDay = (await loader.day(query, '2026-12-09'))!;
    expect(withDay.slots.map((s) => s.start)).to.deep.equal([
      '2026-12-02T09:00:00+01:00',
      '2026-12-09T09:00:00+01:00',
      '2026-12-09T10:00:00+01:00',
    ]);
    expect(loader.needsDay('2026-12-09')).to.equal(false);
    expect(await loader.day(query, '2026-12-02'), 'nothing to load').to.equal(null);
    // The month shown again answers what is known, the day's times included.
    const again = (await loader.show(query, '2026-12-01', window, '2026-12-09', shown.earliest))!;
    expect(again.known).to.equal(withDay);
    expect(asked).to.deep.equal(['2026-12-01..2026-12-31', '2026-12-09..2026-12-09']);
  });

  it('drops a listed day that turns out to have no time', async () => {
    const { adapter } = dayListingAdapter({ '2026-12-02': [slot('2026-12-02')], '2026-12-09': [] });
    const loader = loaderOf(adapter);
    const shown = (await loader.show(query, '2026-12-01', window, null, null))!;
    const after = (await loader.day(query, '2026-12-09'))!;
    expect(after.days).to.deep.equal(['2026-12-02']);
    expect(shown.known.days, 'the earlier answer is left as it was').to.deep.equal(['2026-12-02', '2026-12-09']);
  });

  it('takes every slot of an answer without a day list as the whole month', async () => {
    const adapter = {
      loadAvailability: async (q: AvailabilityQuery) => ({
        from: q.from,
        to: q.to,
        slots: [slot('2026-12-02'), slot('2026-12-03')],
        nextAvailable: '2027-01-04',
      }),
    } as unknown as BookingAdapter;
    const { known } = (await loaderOf(adapter).show(query, '2026-12-01', window, null, null))!;
    expect(known).to.deep.include({ complete: true, days: ['2026-12-02', '2026-12-03'], nextAvailable: '2027-01-04' });
    expect(hasSlotsOf(known, '2026-12-17')).to.equal(true);
  });

  it('asks within the booking window only, and nothing for a month outside it', async () => {
    const { adapter, asked } = dayListingAdapter({});
    const loader = loaderOf(adapter);
    const narrow = { min: '2026-12-03', max: '2026-12-20' };
    await loader.show(query, '2026-12-01', narrow, null, { ...slot('2026-12-04') });
    const outside = (await loader.show(query, '2027-01-01', narrow, null, { ...slot('2026-12-04') }))!;
    expect(asked).to.deep.equal(['2026-12-03..2026-12-20']);
    expect(outside.known.days).to.deep.equal([]);
  });

  it('lets the latest month win: an outdated one answers null, even when it fails', async () => {
    let release!: () => void;
    const waiting = new Promise<void>((resolve) => (release = resolve));
    const adapter = {
      loadAvailability: async (q: AvailabilityQuery, options?: { signal?: AbortSignal }) => {
        if (q.from === '2026-12-01') {
          await waiting;
          if (options?.signal?.aborted) throw new Error('aborted');
        }
        return { from: q.from, to: q.to, slots: [slot(q.from)], nextAvailable: null };
      },
    } as unknown as BookingAdapter;
    const loader = loaderOf(adapter);
    const first = loader.show(query, '2026-12-01', window, null, null);
    const second = await loader.show(query, '2027-01-01', window, null, { ...slot('2026-12-01') });
    release();
    expect(await first).to.equal(null);
    expect(second!.known.days).to.deep.equal(['2027-01-01']);
  });
});
