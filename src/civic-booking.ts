/**
 * The script-tag bundle's entry. It defines every element a citizen needs to book. Parts that only some pages
 * or only the last step need arrive as chunks beside this file, requested by `<civic-booking>` when they are
 * about to be needed: the confirmation and manage view (`<civic-booking-details>`, with its .ics file), the
 * ZMS adapter, the demo office and the captcha.
 */
import './elements/civic-booking/define.js';

export { CivicBooking } from './elements/civic-booking/civic-booking.js';
export { BookingError } from './domain/booking-error.js';
