import { expect } from '@open-wc/testing';
import { BookingError } from '../../src/domain/booking-error.js';

/** The BookingError that `work` throws; fails the test when it throws nothing or something else. */
export function thrownBy(work: () => unknown): BookingError {
  try {
    work();
  } catch (error) {
    expect(error).to.be.instanceOf(BookingError);
    return error as BookingError;
  }
  throw new Error('expected a BookingError');
}

/** The BookingError that `promise` rejects with; fails the test when it resolves or rejects otherwise. */
export async function rejectionOf(promise: Promise<unknown>): Promise<BookingError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(BookingError);
    return error as BookingError;
  }
  throw new Error('expected the call to fail with a BookingError');
}
