import { BookingError } from '../../domain/booking-error.js';
import type { Booking, ConcernSelection } from '../../domain/types.js';
import { minutesOf, type ZmsModel, type ZmsOffice } from './zms-catalog.js';
import { asArray, id, isObject, malformed, positive, text, zonedIso, type Json } from './zms-json.js';

/** The fields of a ThinnedProcess we rely on. */
export function parseProcess(json: unknown) {
  if (!isObject(json)) throw malformed('the process must be an object');
  const processId = id(json.processId);
  const authKey = text(json.authKey);
  if (!processId || !authKey) throw malformed('the process must have processId and authKey');
  const start = positive(json.timestamp);
  const slotCount = positive(json.slotCount);
  const concerns: ConcernSelection[] = [];
  const main = id(json.serviceId);
  if (main) concerns.push({ id: main, count: positive(json.serviceCount) ?? 1 });
  for (const sub of asArray(json.subRequestCounts)) {
    const subId = isObject(sub) ? id(sub.id) : undefined;
    if (subId) concerns.push({ id: subId, count: positive((sub as Json).count) ?? 1 });
  }
  return {
    processId,
    authKey,
    start,
    officeId: id(json.officeId) && json.officeId !== 0 ? id(json.officeId) : undefined,
    status: text(json.status),
    scope: json.scope,
    concerns,
    slotMinutes: (office?: ZmsOffice) => (slotCount && office ? slotCount * office.slotMinutes : undefined),
  };
}

/**
 * A process that is booked, as a Booking of the domain; a process that is only reserved answers not-found (it is a
 * hold, not a booking).
 */
export function bookingOf(json: unknown, model: ZmsModel, timeZone: string, token?: string): Booking {
  const process = parseProcess(json);
  const status = process.status;
  if (!process.start || !process.officeId) throw malformed('the appointment must have a timestamp and an officeId');
  // A process that is only reserved is a hold, not a booking.
  if (status === 'reserved' || status === 'free')
    throw new BookingError('not-found', `Process ${process.processId} is not booked.`, { status: 404 });
  const office = model.offices.get(process.officeId);
  const minutes = process.slotMinutes(office) ?? (office ? minutesOf(model, office, process.concerns) : 0);
  const scope = isObject(process.scope) ? process.scope : (office?.scope ?? {});
  const booking: Booking = {
    reference: process.processId,
    status:
      status === 'preconfirmed'
        ? 'pending-verification'
        : ['deleted', 'anonymized', 'blocked', 'archived'].includes(status ?? '')
          ? 'cancelled'
          : 'confirmed',
    locationId: process.officeId,
    start: zonedIso(process.start, timeZone),
    end: zonedIso(process.start + minutes * 60, timeZone),
    concerns: process.concerns,
  };
  if (token) booking.token = token;
  const verify = positive(scope.activationDuration);
  if (booking.status === 'pending-verification' && verify) booking.verifyWithinMinutes = verify;
  return booking;
}
