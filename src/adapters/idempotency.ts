import { BookingError } from '../domain/booking-error.js';
import type { Booking, BookingRequest } from '../domain/types.js';

/**
 * Idempotency for a backend that has no keys of its own (SPEC section 3, `Idempotency-Key`): each booking
 * attempt is remembered by its key, so that the same attempt sent again answers the same booking and books
 * nothing twice; the same key with other data is refused; a hold books at most once. Within one page: what
 * a backend without keys can offer.
 */
export class IdempotencyMemory {
  /** Booking attempts by idempotency key: what was sent, and the answer. */
  readonly #attempts = new Map<string, { body: string; booking: Promise<Booking> }>();
  /** Holds already turned into bookings. */
  readonly #booked = new Set<string>();

  /** Books with `book` once per attempt; `body` is what makes two attempts of one key the same. */
  book(request: BookingRequest, body: string, book: () => Promise<Booking>): Promise<Booking> {
    const { idempotencyKey, hold } = request;
    const earlier = this.#attempts.get(idempotencyKey);
    if (earlier) {
      if (earlier.body === body) return earlier.booking;
      const mismatch = new BookingError('idempotency-mismatch', 'The same booking attempt came with different data.', {
        status: 422,
      });
      return Promise.reject(mismatch);
    }
    if (this.#booked.has(hold.id)) {
      return Promise.reject(new BookingError('not-found', `Hold ${hold.id} was booked already.`, { status: 404 }));
    }
    const booking = book().then((result) => {
      this.#booked.add(hold.id);
      return result;
    });
    this.#attempts.set(idempotencyKey, { body, booking });
    // A failed attempt may be tried again with the same key.
    booking.catch(() => this.#attempts.delete(idempotencyKey));
    return booking;
  }
}
