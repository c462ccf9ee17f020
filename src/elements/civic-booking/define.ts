// Defines <civic-booking> and the step elements it renders; the confirmation view and the captcha it loads
// on demand (`../civic-booking-details/define.js`, `../civic-captcha/define.js`).
import '../civic-concern-picker/define.js';
import '../civic-location-picker/define.js';
import '../civic-calendar/define.js';
import '../civic-slot-picker/define.js';
import '../civic-contact-form/define.js';
import '../civic-review/define.js';
import '../civic-language-switch/define.js';
import { defineElement } from '../shared/define.js';
import { CivicBooking } from './civic-booking.js';

defineElement('civic-booking', CivicBooking);

declare global {
  interface HTMLElementTagNameMap {
    'civic-booking': CivicBooking;
  }
}
