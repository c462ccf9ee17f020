import { expect } from '@open-wc/testing';
import type { BookingAdapter } from '../adapters/booking-adapter.js';
import { DemoAdapter } from '../adapters/demo/demo-adapter.js';
import { BookingError } from '../domain/booking-error.js';
import { ANY_LOCATION } from '../domain/selection.js';
import type { BookingRequest, RescheduleRequest } from '../domain/types.js';
import { BookingFlow, type FlowSettings, type StepName } from './booking-flow.js';

const now = () => new Date('2026-12-01T08:00:00+01:00');

/** Records every booking request and lets a test make the next calls fail. */
class RecordingAdapter extends DemoAdapter {
  readonly bookRequests: BookingRequest[] = [];
  readonly rescheduleRequests: RescheduleRequest[] = [];
  failBookingWith: BookingError[] = [];
  failHoldWith: BookingError[] = [];

  override async book(request: BookingRequest) {
    this.bookRequests.push(request);
    const failure = this.failBookingWith.shift();
    if (failure) throw failure;
    return super.book(request);
  }

  override async reschedule(request: RescheduleRequest) {
    this.rescheduleRequests.push(request);
    return super.reschedule(request);
  }

  override async holdSlot(...args: Parameters<BookingAdapter['holdSlot']>) {
    const failure = this.failHoldWith.shift();
    if (failure) throw failure;
    return super.holdSlot(...args);
  }
}

function settings(adapter: BookingAdapter, patch: Partial<FlowSettings> = {}): FlowSettings {
  return { adapter, lang: 'de', concerns: null, location: null, reference: null, token: null, now, ...patch };
}

async function until(predicate: () => boolean): Promise<void> {
  for (let attempt = 0; attempt < 200 && !predicate(); attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  expect(predicate(), 'the flow never reached the expected state').to.equal(true);
}

async function atTimeStepWithSlots(flow: BookingFlow, adapter: BookingAdapter, concerns: string) {
  flow.configure(settings(adapter, { concerns }));
  await until(() => flow.state.step === 'time' && flow.state.availabilityStatus === 'ready');
}

/** A flow that has just booked at the demo office, and that office. */
async function bookedAtDemo() {
  const adapter = new DemoAdapter({ now });
  const flow = new BookingFlow();
  await atReview(flow, adapter);
  await flow.book();
  return { adapter, flow };
}

/** Counts the adapter's cancellations from now on: the answer tells how many were asked for. */
function countCancels(adapter: BookingAdapter): () => number {
  let cancels = 0;
  const cancelBooking = adapter.cancelBooking.bind(adapter);
  adapter.cancelBooking = (...args) => ((cancels += 1), cancelBooking(...args));
  return () => cancels;
}

async function atReview(flow: BookingFlow, adapter: BookingAdapter) {
  await atTimeStepWithSlots(flow, adapter, 'residence-permit-extension:2');
  await flow.chooseSlot(flow.state.earliest!);
  flow.submitContact({ name: 'Ada Yılmaz', email: 'ada@example.org' });
  expect(flow.state.step).to.equal('review');
}

describe('BookingFlow', () => {
  it('starts with the concerns and tells which step is shown', async () => {
    const flow = new BookingFlow();
    const steps: StepName[] = [];
    flow.addEventListener('step', (event) => steps.push((event as CustomEvent).detail.step));
    flow.configure(settings(new DemoAdapter({ now })));
    await until(() => flow.state.step !== null);
    expect(flow.state.step).to.equal('concerns');
    expect(steps).to.deep.equal(['concerns']);
    expect(flow.state.catalog!.concerns.length).to.be.greaterThan(10);
  });

  it('skips the concerns and the location when the page preselects a concern offered at one place', async () => {
    const flow = new BookingFlow();
    await atTimeStepWithSlots(flow, new DemoAdapter({ now }), 'residence-permit-extension:2');
    expect(flow.state.selection).to.deep.equal([{ id: 'residence-permit-extension', count: 2 }]);
    expect(flow.state.locationChoice).to.equal('auslaenderbehoerde');
    expect(flow.visibleSteps()).to.deep.equal(['time', 'contact', 'review', 'done']);
    expect(flow.state.slots.length).to.be.greaterThan(0);
    expect(flow.state.earliest).to.deep.equal(flow.state.slots[0]);
    // The first bookable day is chosen, so that its times show at once.
    expect(flow.slotsOfSelectedDate().length).to.be.greaterThan(0);
  });

  it('asks for the location only when several offer the concerns, and offers any location', async () => {
    const flow = new BookingFlow();
    flow.configure(settings(new DemoAdapter({ now })));
    await until(() => flow.state.step === 'concerns');
    flow.selectConcerns([{ id: 'id-card', count: 1 }]);
    flow.next();
    expect(flow.state.step).to.equal('location');
    expect(flow.offeringLocations().map((location) => location.id)).to.deep.equal([
      'buergerbuero-mitte',
      'buergerbuero-nord',
    ]);
    flow.chooseLocation(ANY_LOCATION);
    flow.next();
    await until(() => flow.state.availabilityStatus === 'ready');
    const locations = new Set(flow.state.slots.map((slot) => slot.locationId));
    expect([...locations].sort()).to.deep.equal(['buergerbuero-mitte', 'buergerbuero-nord']);
  });

  it('holds the chosen slot, and books once however often "book" is pressed', async () => {
    const adapter = new RecordingAdapter({ now });
    const flow = new BookingFlow();
    let booked = 0;
    flow.addEventListener('booked', () => (booked += 1));
    await atReview(flow, adapter);
    expect(flow.state.hold?.start).to.equal(flow.state.selectedSlot!.start);
    await Promise.all([flow.book(), flow.book(), flow.book()]);
    expect(adapter.bookRequests).to.have.length(1);
    expect(booked).to.equal(1);
    expect(flow.state.step).to.equal('done');
    expect(flow.state.booking!.reference).to.match(/^MS-/);
  });

  it('moves a booking once, to the renewed hold, when "move" is pressed while the hold is renewed', async () => {
    const adapter = new RecordingAdapter({ now });
    const flow = new BookingFlow();
    await atReview(flow, adapter);
    await flow.book();
    await flow.startReschedule();
    await until(() => flow.state.step === 'time' && flow.state.availabilityStatus === 'ready');
    await flow.chooseSlot(flow.state.slots.find((slot) => slot.start !== flow.state.previous!.start)!);
    expect(flow.state.step).to.equal('review');
    // The renewal waits until the test lets it go, so that "move" is pressed while it runs.
    let letGo = () => {};
    const gate = new Promise<void>((resolve) => (letGo = resolve));
    const renewed: string[] = [];
    adapter.holdSlot = async (...args) => {
      await gate;
      const hold = await RecordingAdapter.prototype.holdSlot.apply(adapter, args);
      renewed.push(hold.id);
      return hold;
    };
    const renewal = flow.extendHold();
    const moving = flow.book();
    await until(() => flow.state.busy === 'booking');
    letGo();
    await Promise.all([renewal, moving, flow.book()]);
    expect(renewed).to.have.length(1);
    expect(adapter.rescheduleRequests.map((request) => request.hold.id)).to.deep.equal(renewed);
    expect(flow.state.step).to.equal('done');
    expect(flow.state.previousOutcome).to.equal('released');
  });

  it('holds nothing when the widget leaves the page while the captcha for a time is being solved', async () => {
    const adapter = new RecordingAdapter({ now });
    const loadCatalog = adapter.loadCatalog.bind(adapter);
    adapter.loadCatalog = async (...args) => ({
      ...(await loadCatalog(...args)),
      captcha: { kind: 'altcha', challengeUrl: 'https://termine.example.org/captcha' },
    });
    let holds = 0;
    const holdSlot = adapter.holdSlot.bind(adapter);
    adapter.holdSlot = (...args) => ((holds += 1), holdSlot(...args));
    let solved = (_payload: string) => {};
    const solveCaptcha = () => new Promise<string>((resolve) => (solved = resolve));
    const flow = new BookingFlow();
    const errors: unknown[] = [];
    flow.addEventListener('error', (event) => errors.push((event as CustomEvent).detail));
    flow.configure(settings(adapter, { concerns: 'residence-permit-extension:2', solveCaptcha }));
    await until(() => flow.state.step === 'time' && flow.state.availabilityStatus === 'ready');
    const choosing = flow.chooseSlot(flow.state.earliest!);
    expect(flow.state.busy).to.equal('holding');
    flow.disconnect();
    solved('payload');
    await choosing;
    expect(holds).to.equal(0);
    expect(flow.state.hold).to.equal(null);
    expect(errors, 'nothing to tell a page that no longer shows the widget').to.deep.equal([]);
  });

  it('does not lengthen a hold the backend marks not extendable', async () => {
    const adapter = new RecordingAdapter({ now });
    const holds: string[] = [];
    adapter.holdSlot = async (...args) => {
      const hold = await RecordingAdapter.prototype.holdSlot.apply(adapter, args);
      holds.push(hold.id);
      return { ...hold, extendable: false };
    };
    const flow = new BookingFlow();
    await atReview(flow, adapter);
    const held = flow.state.hold;
    await flow.extendHold();
    expect(holds).to.have.length(1);
    expect(flow.state.hold).to.equal(held);
  });

  it('retries a failed booking with the same idempotency key and keeps what was entered', async () => {
    const adapter = new RecordingAdapter({ now });
    const flow = new BookingFlow();
    await atReview(flow, adapter);
    adapter.failBookingWith.push(new BookingError('network', 'offline'));
    await flow.book();
    expect(flow.state.step).to.equal('review');
    expect(flow.state.error).to.include({ code: 'network', task: 'booking', retryable: true });
    expect(flow.state.contact).to.deep.equal({ name: 'Ada Yılmaz', email: 'ada@example.org' });
    flow.retry();
    await until(() => flow.state.step === 'done');
    expect(adapter.bookRequests).to.have.length(2);
    expect(adapter.bookRequests[1]!.idempotencyKey).to.equal(adapter.bookRequests[0]!.idempotencyKey);
  });

  it('sends the citizen back to the times with everything kept when the slot was taken meanwhile', async () => {
    const adapter = new RecordingAdapter({ now });
    const flow = new BookingFlow();
    await atReview(flow, adapter);
    adapter.failBookingWith.push(new BookingError('slot-taken', 'taken'));
    await flow.book();
    expect(flow.state.step).to.equal('time');
    expect(flow.state.error?.code).to.equal('slot-taken');
    expect(flow.state.contact).to.deep.equal({ name: 'Ada Yılmaz', email: 'ada@example.org' });
    expect(flow.state.selection).to.deep.equal([{ id: 'residence-permit-extension', count: 2 }]);
    expect(flow.state.hold).to.equal(null);
  });

  it('shows field errors from the backend at the contact step', async () => {
    const adapter = new RecordingAdapter({ now });
    const flow = new BookingFlow();
    await atReview(flow, adapter);
    adapter.failBookingWith.push(
      new BookingError('invalid-input', 'bad e-mail', { fieldErrors: [{ field: 'contact.email', code: 'invalid' }] }),
    );
    await flow.book();
    expect(flow.state.step).to.equal('contact');
    expect(flow.state.fieldErrors).to.deep.equal([{ field: 'contact.email', code: 'invalid' }]);
  });

  it('stays on the times and reloads them when a slot cannot be held', async () => {
    const adapter = new RecordingAdapter({ now });
    const flow = new BookingFlow();
    await atTimeStepWithSlots(flow, adapter, 'residence-permit-extension');
    adapter.failHoldWith.push(new BookingError('slot-taken', 'taken'));
    await flow.chooseSlot(flow.state.earliest!);
    expect(flow.state.step).to.equal('time');
    expect(flow.state.error).to.include({ code: 'slot-taken', retryable: false });
    await until(() => flow.state.availabilityStatus === 'ready');
  });

  it('releases the hold when the citizen goes back to change the time', async () => {
    const adapter = new RecordingAdapter({ now });
    const flow = new BookingFlow();
    await atTimeStepWithSlots(flow, adapter, 'residence-permit-extension');
    const slot = flow.state.earliest!;
    await flow.chooseSlot(slot);
    const hold = flow.state.hold!;
    flow.goTo('time');
    expect(flow.state.hold).to.equal(null);
    // The slot is free again: someone else can hold it.
    const again = await adapter.holdSlot({
      concerns: flow.state.selection,
      locationId: slot.locationId,
      start: slot.start,
    });
    expect(again.id).not.to.equal(hold.id);
  });

  it('opens an existing booking in manage mode and cancels it', async () => {
    const { adapter, flow: first } = await bookedAtDemo();
    const { reference, token } = first.state.booking!;

    const flow = new BookingFlow();
    let cancelled = '';
    flow.addEventListener('cancelled', (event) => (cancelled = (event as CustomEvent).detail.reference));
    flow.configure(settings(adapter, { reference, token: token! }));
    await until(() => flow.state.step === 'manage');
    expect(flow.state.booking!.reference).to.equal(reference);
    await flow.cancel();
    expect(flow.state.booking!.status).to.equal('cancelled');
    expect(cancelled).to.equal(reference);
  });

  it('is busy cancelling from the press on, and cancels once however often it is pressed', async () => {
    const { adapter, flow } = await bookedAtDemo();
    const cancels = countCancels(adapter);
    const first = flow.cancel();
    // The part that cancels may still be on its way: "keep it" and the second press must already see it busy.
    expect(flow.state.busy).to.equal('cancelling');
    const second = flow.cancel();
    await Promise.all([first, second]);
    expect(cancels()).to.equal(1);
    expect(flow.state.busy).to.equal(null);
    expect(flow.state.booking!.status).to.equal('cancelled');
  });

  it('cancels nothing when the page sets the widget up anew while the cancel is on its way', async () => {
    const { adapter, flow } = await bookedAtDemo();
    const { reference, token } = flow.state.booking!;
    const cancels = countCancels(adapter);
    const pressed = flow.cancel();
    // The page opens the booking from its link instead: the flow starts anew, and nobody confirmed a cancel there.
    flow.configure(settings(adapter, { reference, token: token! }));
    await pressed;
    await until(() => flow.state.step === 'manage' && flow.state.booking !== null);
    expect(cancels()).to.equal(0);
    expect(flow.state.error).to.equal(null);
    expect(flow.state.busy).to.equal(null);
    expect(flow.state.booking!.status).to.equal('confirmed');
  });

  it('reports a catalog that cannot be loaded, and loads it on retry', async () => {
    const adapter = new DemoAdapter({ now });
    let failures = 1;
    const flaky: BookingAdapter = Object.assign(Object.create(adapter), {
      loadCatalog: (options: Parameters<BookingAdapter['loadCatalog']>[0]) =>
        failures-- > 0 ? Promise.reject(new BookingError('unavailable', 'maintenance')) : adapter.loadCatalog(options),
    });
    const flow = new BookingFlow();
    flow.configure(settings(flaky));
    await until(() => flow.state.error !== null);
    expect(flow.state.error).to.include({ code: 'unavailable', task: 'catalog', retryable: true });
    flow.retry();
    await until(() => flow.state.step === 'concerns');
  });
});
