/**
 * English messages. This file also defines the shape every other language file must have: a language is one
 * more file like this one, typed as {@link Messages}, listed in `../languages.ts`.
 */
export const en = {
  // The flow
  widgetLabel: 'Book an appointment',
  loading: 'Loading…',
  stepOf: (current: number, total: number) => `Step ${current} of ${total}`,
  back: 'Back',
  next: 'Next',
  retry: 'Try again',
  change: 'Change',
  // The flow element (civic-booking)
  noLocationForSelection: 'No location offers all of these concerns together. Please book them separately.',
  holding: 'Reserving this time…',
  heldUntil: (time: string) => `Reserved for you until ${time}.`,
  holdExtend: 'Keep my time',
  holdWarning: (minutes: number) =>
    minutes <= 1 ? 'Your reservation ends in less than a minute.' : `Your reservation ends in ${minutes} minutes.`,
  activationConfirmed: 'Thank you: your appointment is confirmed.',
  cancelling: 'Cancelling…',
  officeLabel: (office: string) => `Appointment booking: ${office}`,
  steps: {
    concerns: 'What do you need?',
    location: 'Where?',
    time: 'Date and time',
    contact: 'Your contact details',
    review: 'Check and book',
    done: 'Your appointment is booked',
    manage: 'Your appointment',
  },

  // Concerns
  concernFilterLabel: 'Search concerns',
  concernFilterNoMatch: (query: string) => `No concern matches “${query}”.`,
  concernMatches: (count: number) => (count === 1 ? '1 concern found' : `${count} concerns found`),
  concernNone: 'This office offers no online appointments at the moment.',
  concernPersons: 'Persons',
  concernPersonsFor: (name: string) => `Persons for ${name}`,
  concernMoreInfo: 'More information',
  concernNotCombinable: 'Cannot be booked together with your selection',
  concernSelected: (count: number) => (count === 1 ? '1 concern selected' : `${count} concerns selected`),
  concernOtherCategory: 'Other',
  estimatedDuration: (duration: string) => `Estimated duration: ${duration}`,
  chooseConcernFirst: 'Please choose at least one concern.',

  // Location
  locationAny: 'Earliest appointment at any location',
  locationAnyHint: 'We show the free times of every location that offers your concerns.',
  chooseLocationFirst: 'Please choose a location.',

  // Calendar
  previousMonth: 'Previous month',
  nextMonth: 'Next month',
  dayBookable: 'appointments available',
  dayNotBookable: 'no appointments',
  nextBookableDate: (date: string) => `Next free day: ${date}`,
  noBookableDate: 'There are no free appointments in the coming weeks.',
  noSlotsThisMonth: 'No free appointments this month.',
  earliestAppointment: (when: string) => `Earliest appointment: ${when}`,
  bookEarliest: 'Take the earliest appointment',
  // <civic-calendar>
  calendarLoading: 'Loading free days…',

  // Slots
  slotsFor: (date: string) => `Times on ${date}`,
  chooseDayFirst: 'Choose a day to see its times.',
  noSlotsThisDay: 'No free times on this day.',
  partsOfDay: { morning: 'Morning', afternoon: 'Afternoon', evening: 'Evening' },
  timesIn: (zone: string) => `Times in ${zone}`,
  slotAt: (time: string, location: string) => `${time}, ${location}`,
  // <civic-concern-picker>, <civic-location-picker>, <civic-slot-picker>
  concernMoreInfoNewWindow: (name: string) => `More information about ${name} (opens in a new window)`,
  locationLegend: 'Choose a location',
  slotsLoading: 'Loading free times…',

  // Contact
  contactName: 'Full name',
  contactEmail: 'E-mail',
  contactPhone: 'Phone',
  optional: 'optional',
  consent: 'I agree that my data is processed to arrange this appointment.',
  privacyPolicyNewWindow: 'Privacy policy (opens in a new window)',
  holdRenewed: 'Your time is reserved again.',
  dayTakenMeanwhile: 'This day has no free time for your choice after all. Please choose another day.',
  requiredHint: 'Fields marked * are required.',
  fieldInvalid: 'Please check this field.',
  fieldRequired: 'Please fill in this field.',
  emailInvalid: 'Please enter an e-mail address like name@example.org.',
  phoneInvalid: 'Please enter a phone number with digits only, for example +49 251 1234567.',
  consentRequired: 'Please agree so that we can arrange your appointment.',

  // Review
  reviewConcerns: 'Concerns',
  reviewLocation: 'Location',
  reviewTime: 'Date and time',
  reviewContact: 'Contact',
  changeConcerns: 'Change concerns',
  changeLocation: 'Change location',
  changeTime: 'Change date and time',
  changeContact: 'Change contact details',
  book: 'Book appointment',
  booking: 'Booking…',
  persons: (count: number) => (count === 1 ? '1 person' : `${count} persons`),

  // Done and manage
  reference: 'Booking reference',
  addToCalendar: 'Add to calendar (.ics)',
  print: 'Print',
  cancelBooking: 'Cancel appointment',
  cancelConfirm: 'Do you really want to cancel this appointment?',
  cancelYes: 'Yes, cancel',
  cancelNo: 'No, keep it',
  cancelled: 'Your appointment has been cancelled.',
  statusConfirmed: 'Confirmed',
  statusPending: 'Waiting for your confirmation',
  statusCancelled: 'Cancelled',
  pendingVerification: (minutes: number) =>
    `Please check your e-mail and confirm the appointment within ${minutes} minutes. Otherwise it will be released.`,
  bookAnother: 'Book another appointment',
  // <civic-booking-details>
  statusLabel: 'Status',
  pendingVerificationNoTime: 'Please check your e-mail and confirm the appointment with the link in it.',
  icsSummary: (office: string) => `Appointment: ${office}`,

  // Errors
  errors: {
    'invalid-input': 'Some information was not accepted. Please check the marked fields.',
    'slot-taken': 'Sorry, this time has just been taken. Please choose another one.',
    'hold-expired': 'Your reservation has run out. Please choose a time again.',
    'limit-reached': 'You have reached the maximum number of appointments for this office.',
    'too-late': 'This appointment can no longer be cancelled online. Please contact the office.',
    'idempotency-mismatch': 'Your booking could not be completed. Please try again.',
    'captcha-required': 'Please confirm that you are a human.',
    'not-found': 'We could not find this appointment. It may have been cancelled or the link is incomplete.',
    'rate-limited': 'Too many requests. Please wait a moment and try again.',
    unavailable: 'Online booking is not available right now (maintenance). Please try again later.',
    network: 'No connection to the booking service. Please check your internet connection and try again.',
    unexpected: 'Something went wrong. Please try again.',
  },
  errorTimeout: 'The booking service is not answering. Please try again.',
  errorRetryIn: (seconds: number) =>
    seconds === 1 ? 'Please try again in one second.' : `Please try again in ${seconds} seconds.`,
  configMissingApi: 'This booking widget is not set up: the page must give the address of a booking service (api).',
  configUnknownBackend: (backend: string) =>
    `This booking widget is not set up correctly: the backend “${backend}” is unknown.`,

  // <civic-captcha>
  captcha: {
    label: 'Security check',
    checking: 'Checking automatically …',
    verified: 'Checked',
    failed: 'The check did not work.',
    retry: 'Check again',
  },
};

/** The shape of a language file. */
export type Messages = typeof en;
