import { expect } from '@open-wc/testing';
import { BookingError } from '../domain/booking-error.js';
import type { Hold, Slot } from '../domain/types.js';
import { HoldKeeper, type HoldKeeperHost } from './hold-keeper.js';

const slot: Slot = { locationId: 'mitte', start: '2026-12-04T10:00:00+01:00', end: '2026-12-04T10:20:00+01:00' };
const start = Date.parse('2026-12-01T08:00:00+01:00');

/** A host whose clock the test moves, and whose hold requests wait until the test answers them. */
function host() {
  let time = start;
  let made = 0;
  const requests: { signal?: AbortSignal; answer: (hold: Hold) => void; refuse: (error: Error) => void }[] = [];
  const released: string[] = [];
  const events: string[] = [];
  const subject: HoldKeeperHost = {
    hold: (_slot, _replaces, signal) =>
      new Promise<Hold>((answer, refuse) => requests.push({ signal, answer, refuse })),
    release: async (hold) => void released.push(hold.id),
    now: () => new Date(time),
    changed: (hold) => events.push(`changed ${hold?.id ?? 'none'}`),
    renewed: () => events.push('renewed'),
    lost: (error) => events.push(`lost ${error.code}`),
  };
  const hold = (minutes = 10): Hold => ({
    ...slot,
    id: `h${(made += 1)}`,
    token: 't',
    expiresAt: new Date(time + minutes * 60000).toISOString(),
  });
  return {
    subject,
    requests,
    released,
    events,
    hold,
    advance: (ms: number) => (time += ms),
  };
}

/** Waits, up to 5 s, until the keeper has asked for `count` holds: its timer looks once a second. */
async function requested(backend: ReturnType<typeof host>, count: number): Promise<void> {
  for (let waited = 0; backend.requests.length < count && waited < 5000; waited += 50) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  expect(backend.requests, `${count} hold requests`).to.have.length(count);
}

describe('HoldKeeper', () => {
  let keeper: HoldKeeper;
  afterEach(() => keeper.stop());

  /** A keeper whose hold has just run out, with its renewal asked for and waiting for an answer. */
  async function renewing() {
    const backend = host();
    keeper = new HoldKeeper(backend.subject);
    keeper.keep(backend.hold(1));
    backend.advance(60000);
    await requested(backend, 1);
    return backend;
  }

  it('renews a hold once it has run out, and says so', async () => {
    const backend = await renewing();
    expect(keeper.renewing).to.equal(true);
    backend.requests[0]!.answer(backend.hold());
    await keeper.settled();
    expect(keeper.hold?.id).to.equal('h2');
    expect(backend.events).to.deep.equal(['changed h1', 'changed h2', 'renewed']);
  });

  it('stops a renewal of a hold given up: its request is aborted and its answer given back', async () => {
    const backend = await renewing();
    const renewal = backend.requests[0]!;
    keeper.release();
    expect(renewal.signal?.aborted).to.equal(true);
    renewal.answer(backend.hold());
    await keeper.settled();
    expect(keeper.hold).to.equal(null);
    // The first hold was given back by the release, the late renewal as soon as it came.
    expect(backend.released).to.deep.equal(['h1', 'h2']);
    expect(backend.events).not.to.include('renewed');
  });

  it('tries a renewal that failed for a passing fault again after a while, keeping the hold meanwhile', async () => {
    const backend = await renewing();
    backend.requests[0]!.refuse(new BookingError('network', 'offline'));
    await keeper.settled();
    expect(keeper.hold?.id).to.equal('h1');
    // Two looks of the timer: no request before the wait is over.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    expect(backend.requests, 'not before the wait is over').to.have.length(1);
    backend.advance(15000);
    await requested(backend, 2);
  });

  it('reports the slot lost when it was taken meanwhile', async () => {
    const backend = await renewing();
    backend.requests[0]!.refuse(new BookingError('slot-taken', 'taken'));
    await keeper.settled();
    expect(keeper.hold).to.equal(null);
    expect(backend.events.at(-1)).to.equal('lost hold-expired');
  });

  it('lengthens a hold on request by holding it again, but not one marked not extendable', async () => {
    const backend = host();
    keeper = new HoldKeeper(backend.subject);
    keeper.keep({ ...backend.hold(), extendable: false });
    await keeper.extend();
    expect(backend.requests).to.have.length(0);
    keeper.keep(backend.hold());
    const extending = keeper.extend();
    expect(backend.requests).to.have.length(1);
    backend.requests[0]!.answer(backend.hold());
    await extending;
    expect(keeper.hold?.id).to.equal('h3');
  });
});
