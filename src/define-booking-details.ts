import { CivicBookingDetails } from './elements/civic-booking-details/civic-booking-details.js';
import { defineElement } from './elements/shared/define.js';

defineElement('civic-booking-details', CivicBookingDetails);
