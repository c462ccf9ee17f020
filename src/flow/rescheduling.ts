/**
 * Changing a booking after it is made: cancelling it, or moving it to another time, in plain TypeScript. Its
 * own chunk: only a citizen who changes or cancels an appointment downloads it.
 *
 * The old appointment is never given up before the new one is sure. In one step where the backend can
 * (`reschedule`); otherwise the new time is booked first and the old one cancelled only once the new one is
 * confirmed. A new booking that still waits for its e-mail link leaves the old one standing, and says so.
 */
import type { BookingAdapter } from '../adapters/booking-adapter.js';
import { BookingError, toBookingError } from '../domain/booking-error.js';
import type { Booking, Contact, Hold } from '../domain/types.js';
import { newIdempotencyKey } from '../domain/ids.js';
import type { FlowPort, PreviousOutcome } from './flow-state.js';

export interface MoveRequest {
  previous: Booking & { token: string };
  hold: Hold;
  /** Needed only where the new time is booked as a new booking. */
  contact: Contact | null;
  lang: string;
  idempotencyKey: string;
  /** Whether the backend moves the booking in one step (the catalog's `reschedule` and an adapter that can). */
  oneStep: boolean;
}

export interface Moved {
  booking: Booking;
  outcome: PreviousOutcome;
}

/** Moves the booking to the held slot; throws a BookingError when the old appointment stays as it was. */
export async function moveBooking(adapter: BookingAdapter, request: MoveRequest): Promise<Moved> {
  const { previous, hold, contact, lang, idempotencyKey } = request;
  if (request.oneStep && adapter.reschedule) {
    const { reference, token } = previous;
    const booking = await adapter.reschedule({ reference, token, hold, idempotencyKey });
    // A deferred adapter answers null for a method its backend lacks.
    if (!booking) throw new BookingError('unexpected', 'The adapter cannot move a booking in one step.');
    return { booking, outcome: 'released' };
  }
  if (!contact) throw new Error('Booking the new time needs the contact details.');
  const booking = await adapter.book({ hold, contact, lang, idempotencyKey });
  if (booking.status !== 'confirmed') return { booking, outcome: 'kept' };
  try {
    await adapter.cancelBooking(previous.reference, previous.token);
    return { booking, outcome: 'released' };
  } catch (error) {
    const refusal = toBookingError(error);
    if (refusal.code !== 'too-late' || !booking.token) return { booking, outcome: 'cancel-failed' };
    // The old one can no longer be cancelled: the new one is given back, so that the citizen has one, the old.
    // Should that fail too, the citizen is told of both appointments rather than left unaware.
    const undone = await adapter.cancelBooking(booking.reference, booking.token).then(
      () => true,
      () => false,
    );
    if (!undone) return { booking, outcome: 'cancel-failed' };
    throw refusal;
  }
}

/** Starts moving the open booking: its concerns and location chosen, the journey's first step shown. */
export function startChange(flow: FlowPort): void {
  const { booking, busy } = flow.state();
  if (busy || !booking?.token || booking.status === 'cancelled') return;
  flow.update({
    journey: 'reschedule',
    previous: booking,
    previousOutcome: null,
    booking: null,
    selection: booking.concerns.map(({ id, count }) => ({ id, count })),
    concernsPreselected: true,
    locationChoice: booking.locationId,
    selectedDate: null,
    selectedSlot: null,
    earliest: null,
    bookingKey: null,
    error: null,
  });
  flow.goTo(flow.firstStep());
}

/** Leaves the change: the held time is given back and the booking shown as it is. */
export function stopChange(flow: FlowPort): void {
  const { previous, busy } = flow.state();
  if (!previous || busy) return;
  flow.releaseHold();
  flow.update({ journey: 'manage', booking: previous, previous: null, previousOutcome: null, selectedSlot: null });
  flow.goTo('manage');
}

/**
 * Moves the booking to the held slot; pressing again while it runs does nothing, a retry reuses the key. A hold
 * being renewed is waited for, as a booking waits: the change moves to the new one, or does not happen when the
 * time was lost or the citizen went back meanwhile.
 */
export async function move(flow: FlowPort): Promise<void> {
  if (flow.state().busy) return;
  flow.update({ busy: 'booking', error: null });
  await flow.settled();
  const { hold, contact, previous, bookingKey, step } = flow.state();
  const { oneStep } = flow;
  if (!hold || !previous?.token || (!oneStep && !contact) || step !== 'review') return flow.update({ busy: null });
  const idempotencyKey = bookingKey ?? newIdempotencyKey();
  flow.update({ bookingKey: idempotencyKey });
  try {
    const request = { previous: { ...previous, token: previous.token }, hold, contact, lang: flow.lang };
    const { booking, outcome } = await moveBooking(flow.adapter, { ...request, idempotencyKey, oneStep });
    flow.done();
    flow.update({ busy: null, booking, previousOutcome: outcome });
    flow.goTo('done');
    const { reference, start, end } = previous;
    flow.emit('rescheduled', { booking, previous: { reference, start, end } });
  } catch (error) {
    flow.update({ busy: null });
    flow.refused(error);
  }
}

/**
 * Cancels `booking`, for the flow, which is already busy cancelling it (see `BookingFlow.cancel`). Should the
 * page have set up the widget anew while this chunk was on its way, that booking is no longer shown: nothing
 * is cancelled, and the busy state is the new one's.
 */
export async function cancel(flow: FlowPort, booking: Booking): Promise<void> {
  if (flow.state().booking !== booking) return;
  try {
    await flow.adapter.cancelBooking(booking.reference, booking.token!);
    flow.done();
    flow.update({ busy: null, booking: { ...booking, status: 'cancelled' } });
    flow.emit('cancelled', { reference: booking.reference });
  } catch (error) {
    flow.update({ busy: null });
    flow.fail(error, 'cancel');
  }
}

/** Cancels the old appointment after a change that left it standing (`kept` or `cancel-failed`). */
export async function cancelPrevious(flow: FlowPort): Promise<void> {
  const { previous, busy, previousOutcome } = flow.state();
  if (busy || !previous?.token || previousOutcome === 'released') return;
  flow.update({ busy: 'cancelling', error: null });
  try {
    await flow.adapter.cancelBooking(previous.reference, previous.token);
    flow.done();
    flow.update({ busy: null, previousOutcome: 'released' });
    flow.emit('cancelled', { reference: previous.reference });
  } catch (error) {
    flow.update({ busy: null });
    flow.fail(error, 'cancel-previous');
  }
}
