/**
 * The script-tag bundle's entry. It defines every element a citizen needs to book. The confirmation and
 * manage view (`<civic-booking-details>`, with its .ics file) arrives as a chunk beside this file, requested
 * at once but not waited for: it is ready long before a booking is done, and `<civic-booking>` shows the
 * booking reference as plain text until it is. The demo office is a chunk of its own, loaded only for
 * `backend="demo"`.
 */
import './define-core.js';

void import('./define-booking-details.js');

export { CivicBooking } from './elements/civic-booking/civic-booking.js';
export { RestAdapter } from './adapters/rest/rest-adapter.js';
export { BookingError } from './domain/booking-error.js';
