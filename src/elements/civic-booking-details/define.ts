// Defines <civic-booking-details>.
import { defineElement } from '../shared/define.js';
import { CivicBookingDetails } from './civic-booking-details.js';

defineElement('civic-booking-details', CivicBookingDetails);

declare global {
  interface HTMLElementTagNameMap {
    'civic-booking-details': CivicBookingDetails;
  }
}
