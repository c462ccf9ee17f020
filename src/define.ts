/** Defines every element. */
import './define-core.js';
import './define-booking-details.js';
import type { CivicBooking } from './elements/civic-booking/civic-booking.js';
import type { CivicBookingDetails } from './elements/civic-booking-details/civic-booking-details.js';
import type { CivicCalendar } from './elements/civic-calendar/civic-calendar.js';
import type { CivicConcernPicker } from './elements/civic-concern-picker/civic-concern-picker.js';
import type { CivicContactForm } from './elements/civic-contact-form/civic-contact-form.js';
import type { CivicLocationPicker } from './elements/civic-location-picker/civic-location-picker.js';
import type { CivicReview } from './elements/civic-review/civic-review.js';
import type { CivicSlotPicker } from './elements/civic-slot-picker/civic-slot-picker.js';

declare global {
  interface HTMLElementTagNameMap {
    'civic-booking': CivicBooking;
    'civic-booking-details': CivicBookingDetails;
    'civic-calendar': CivicCalendar;
    'civic-concern-picker': CivicConcernPicker;
    'civic-contact-form': CivicContactForm;
    'civic-location-picker': CivicLocationPicker;
    'civic-review': CivicReview;
    'civic-slot-picker': CivicSlotPicker;
  }
}
