// Every element a citizen needs to book; <civic-booking-details> is defined by define-booking-details.ts.
import { CivicBooking } from './elements/civic-booking/civic-booking.js';
import { CivicCalendar } from './elements/civic-calendar/civic-calendar.js';
import { CivicConcernPicker } from './elements/civic-concern-picker/civic-concern-picker.js';
import { CivicContactForm } from './elements/civic-contact-form/civic-contact-form.js';
import { CivicLocationPicker } from './elements/civic-location-picker/civic-location-picker.js';
import { CivicReview } from './elements/civic-review/civic-review.js';
import { CivicSlotPicker } from './elements/civic-slot-picker/civic-slot-picker.js';
import { defineElement } from './elements/shared/define.js';

defineElement('civic-booking', CivicBooking);
defineElement('civic-calendar', CivicCalendar);
defineElement('civic-concern-picker', CivicConcernPicker);
defineElement('civic-contact-form', CivicContactForm);
defineElement('civic-location-picker', CivicLocationPicker);
defineElement('civic-review', CivicReview);
defineElement('civic-slot-picker', CivicSlotPicker);
