import { expect } from '@open-wc/testing';
import type { BookingAdapter } from '../adapters/booking-adapter.js';
import { BookingError } from '../domain/booking-error.js';
import type { Booking, Hold } from '../domain/types.js';
import { moveBooking, type MoveRequest } from './rescheduling.js';

const previous: Booking & { token: string } = {
  reference: 'MS-OLD',
  token: 'old-token',
  status: 'confirmed',
  locationId: 'mitte',
  start: '2026-12-02T08:30:00+01:00',
  end: '2026-12-02T08:50:00+01:00',
  concerns: [{ id: 'passport', count: 1 }],
};
const hold: Hold = {
  id: 'h1',
  token: 'hold-token',
  expiresAt: '2026-12-01T08:10:00+01:00',
  locationId: 'mitte',
  start: '2026-12-04T10:00:00+01:00',
  end: '2026-12-04T10:20:00+01:00',
};
const fresh = (status: Booking['status'] = 'confirmed'): Booking => ({
  ...previous,
  reference: 'MS-NEW',
  token: 'new-token',
  status,
  start: hold.start,
  end: hold.end,
});

/** An adapter that records its calls and answers as told. */
function adapter(answers: { book?: Booking; cancel?: (reference: string) => Promise<void>; oneStep?: boolean } = {}) {
  const calls: string[] = [];
  const subject: Partial<BookingAdapter> = {
    book: async () => {
      calls.push('book');
      return answers.book ?? fresh();
    },
    cancelBooking: async (reference) => {
      calls.push(`cancel ${reference}`);
      return answers.cancel?.(reference);
    },
  };
  if (answers.oneStep) {
    subject.reschedule = async ({ reference }) => {
      calls.push(`reschedule ${reference}`);
      return { ...previous, start: hold.start, end: hold.end, token: 'moved' };
    };
  }
  return { adapter: subject as BookingAdapter, calls };
}

const request = (oneStep: boolean): MoveRequest => ({
  previous,
  hold,
  contact: { name: 'Ada', email: 'ada@example.org' },
  lang: 'de',
  idempotencyKey: 'key',
  oneStep,
});

describe('moveBooking', () => {
  it('moves in one step where the backend can, and touches nothing else', async () => {
    const { adapter: subject, calls } = adapter({ oneStep: true });
    const moved = await moveBooking(subject, request(true));
    expect(calls).to.deep.equal(['reschedule MS-OLD']);
    expect(moved.outcome).to.equal('released');
    expect(moved.booking.start).to.equal(hold.start);
  });

  it('otherwise books the new time first and cancels the old one after', async () => {
    const { adapter: subject, calls } = adapter();
    const moved = await moveBooking(subject, request(false));
    expect(calls).to.deep.equal(['book', 'cancel MS-OLD']);
    expect(moved).to.deep.include({ outcome: 'released' });
  });

  it('leaves the old one standing while the new one waits for its e-mail link', async () => {
    const { adapter: subject, calls } = adapter({ book: fresh('pending-verification') });
    expect((await moveBooking(subject, request(false))).outcome).to.equal('kept');
    expect(calls).to.deep.equal(['book']);
  });

  it('says so when cancelling the old one fails: the citizen has two appointments', async () => {
    const cancel = async () => Promise.reject(new BookingError('unavailable', 'down'));
    const { adapter: subject } = adapter({ cancel });
    expect((await moveBooking(subject, request(false))).outcome).to.equal('cancel-failed');
  });

  it('gives the new one back when the old one is too late to cancel, and says too late', async () => {
    const cancel = async (reference: string) => {
      if (reference === 'MS-OLD') throw new BookingError('too-late', 'too late');
    };
    const { adapter: subject, calls } = adapter({ cancel });
    const error = await moveBooking(subject, request(false)).catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(BookingError);
    expect((error as BookingError).code).to.equal('too-late');
    expect(calls).to.deep.equal(['book', 'cancel MS-OLD', 'cancel MS-NEW']);
  });

  it('tells of both when the new one cannot be given back either', async () => {
    const cancel = async (reference: string) => {
      throw new BookingError(reference === 'MS-OLD' ? 'too-late' : 'network', 'no');
    };
    const { adapter: subject } = adapter({ cancel });
    expect((await moveBooking(subject, request(false))).outcome).to.equal('cancel-failed');
  });
});
