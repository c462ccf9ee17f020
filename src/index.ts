/**
 * civic-booking: accessible appointment booking for public offices. Importing this module defines every
 * element (`<civic-booking>` and each step on its own); the classes, adapters and types are exported for
 * developers who compose their own flow or connect their own backend.
 */
import './define.js';

export { CivicBooking } from './elements/civic-booking/civic-booking.js';
export type {
  BookedDetail,
  CancelledDetail,
  ErrorDetail,
  LanguageChangeDetail,
  StepChangeDetail,
} from './elements/civic-booking/civic-booking.js';
export { CivicBookingDetails } from './elements/civic-booking-details/civic-booking-details.js';
export { CivicCalendar } from './elements/civic-calendar/civic-calendar.js';
export { CivicConcernPicker } from './elements/civic-concern-picker/civic-concern-picker.js';
export { CivicContactForm, type ContactDraft } from './elements/civic-contact-form/civic-contact-form.js';
export { CivicLocationPicker } from './elements/civic-location-picker/civic-location-picker.js';
export { CivicReview } from './elements/civic-review/civic-review.js';
export { CivicSlotPicker } from './elements/civic-slot-picker/civic-slot-picker.js';

export type { BookingAdapter, CatalogRequestOptions, RequestOptions } from './adapters/booking-adapter.js';
export { RestAdapter, type RestAdapterOptions } from './adapters/rest/rest-adapter.js';
export { DemoAdapter, type DemoAdapterOptions } from './adapters/demo/demo-adapter.js';
export { ZmsAdapter, type ZmsAdapterOptions } from './adapters/zms/zms-adapter.js';
export { BookingFlow, type FlowState, type StepName } from './flow/booking-flow.js';
export {
  BookingError,
  type BookingErrorCode,
  type BookingErrorReason,
  type FieldError,
} from './domain/booking-error.js';
export { ANY_LOCATION } from './domain/selection.js';
export type * from './domain/types.js';
