import type { MoreMessages } from '../../messages.js';

/** English: the texts of the rarer paths (see `MoreMessages`), checked as `../en.ts` says. */
export const messages: MoreMessages = {
  // Manage and cancel
  doneCancelled: 'Your appointment is cancelled',
  manageNotFound: 'This link does not work',
  bookingPast: 'This appointment is in the past',
  bookNew: 'Book a new appointment',
  statusCancelled: 'Cancelled',
  activationConfirmed: 'Thank you: your appointment is confirmed.',
  cancelConfirm: 'Do you really want to cancel this appointment?',
  cancelYes: 'Yes, cancel',
  cancelNo: 'No, keep it',
  cancelling: 'Cancelling…',
  cancelled: 'Your appointment has been cancelled.',

  // The calendar file
  icsSummary: 'Appointment: {concerns} – {office}',
  icsReference: 'Booking reference: {reference}',
  icsBring: 'Please bring: {items}',
  icsReminder: 'Reminder: your appointment is tomorrow at {time}.',

  // Changing an appointment
  rescheduleTime: 'Choose a new time',
  rescheduleReview: 'Check the change',
  previousAppointment: 'Current appointment',
  newAppointment: 'New appointment',
  rescheduleSubmit: 'Move appointment',
  rescheduling: 'Moving…',
  rescheduled: 'Your appointment has been moved',
  rescheduledReleased: 'Your previous appointment on {when} has been released.',
  rescheduleOldKept: 'Your current appointment stays as it is.',
  rescheduleCancelOldFailed:
    'Your new appointment is booked, but your previous appointment on {when} could not be cancelled. You have two appointments at the moment. Please cancel the previous one now so that others can have it.',
  rescheduleCancelOldRetry: 'Cancel the previous appointment now',
  keepAppointment: 'Back to my appointment',

  // The captcha
  captcha: {
    label: 'Security check',
    checking: 'Checking…',
    verified: 'Checked',
    failed: 'The check failed.',
    retry: 'Check again',
  },

  // A page that set the widget up wrongly
  configMissingApi: 'This booking widget is not set up: the page must give the address of a booking service (api).',
  configUnknownBackend: 'This booking widget is not set up correctly: the backend “{backend}” is unknown.',

  // What the backend refused
  refusals: {
    'invalid-input': 'Some information was not accepted. Please correct the marked fields.',
    'slot-taken': 'Sorry, this time has just been taken. Please choose another time; what you entered is kept.',
    'hold-expired': 'Your reservation has run out. Please choose a time again; what you entered is kept.',
    'limit-reached':
      'You have already booked as many appointments with this office as are allowed. Please cancel another appointment first (with the link in your confirmation e-mail), or contact the office.',
    'too-late': 'This appointment can no longer be changed or cancelled online. Please contact the office directly.',
    'idempotency-mismatch':
      'Your booking was not completed because your details changed while it was being sent. Please check them and book again.',
    'captcha-required':
      'The security check did not succeed. Please start it again with “Check again”, then choose a time again.',
    'not-found':
      'We could not find this appointment. It may have been cancelled, or the link is incomplete or has expired. You can book a new appointment.',
    'rate-limited': 'Too many requests are arriving right now. Please wait a moment.',
    unavailable: 'Online booking is not available right now because of maintenance. Please try again later.',
  },
  errorRetryIn: { one: 'Please try again in {count} second.', other: 'Please try again in {count} seconds.' },
};
