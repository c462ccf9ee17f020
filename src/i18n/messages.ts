import type { ProtocolErrorCode } from '../domain/booking-error.js';

/**
 * A text that depends on a number, one form per CLDR plural category of the language (`other` is required;
 * see https://cldr.unicode.org/index/cldr-spec/plural-rules): German and English need `one` and `other`,
 * Polish, Russian and Ukrainian `one`, `few`, `many` and `other`, Arabic all six. `{count}` stands for the
 * number, written the language's way; keep it in every form, since a category holds many numbers (Russian
 * `one` is 1, 21, 31 …).
 */
export type Plural = { other: string } & Partial<Record<'zero' | 'one' | 'two' | 'few' | 'many', string>>;

/**
 * The texts a booking needs, in one language: one file per language in `languages/`, plain data. A word in
 * braces (`{time}`) is filled in when the text is shown and must stay as it is; everything else is the
 * translator's. Texts are written as a good public office writes to citizens: polite, plain, with the
 * office's terms kept the same throughout (see docs/glossary/).
 */
export interface BookingMessages {
  // The widget as a whole
  /** The widget's accessible name before the office's name is known. */
  widgetLabel: string;
  /** `{office}`: the office's name. */
  officeLabel: string;
  loading: string;
  /** `{current}`, `{total}`: step numbers. */
  stepOf: string;
  back: string;
  next: string;
  retry: string;
  change: string;
  /** The heading of each step. */
  steps: {
    concerns: string;
    location: string;
    time: string;
    contact: string;
    review: string;
    done: string;
    manage: string;
  };
  /** The label of the language switch. */
  language: string;
  /** Announced after switching; `{language}`: the language's own name. */
  languageChanged: string;

  // Concerns
  concernFilterLabel: string;
  /** `{query}`: what the citizen typed. */
  concernFilterNoMatch: string;
  /** The button that empties the search field. */
  concernFilterClear: string;
  concernMatches: Plural;
  concernNone: string;
  concernPersons: string;
  /** `{name}`: the concern's name. */
  concernPersonsFor: string;
  concernMoreInfo: string;
  /** `{name}`: the concern's name. */
  concernMoreInfoNewWindow: string;
  concernNotCombinable: string;
  concernSelected: Plural;
  concernOtherCategory: string;
  /** `{duration}`: "20 minutes", formatted. */
  estimatedDuration: string;
  chooseConcernFirst: string;
  noLocationForSelection: string;

  // Location
  locationLegend: string;
  locationAny: string;
  locationAnyHint: string;
  chooseLocationFirst: string;

  // Date and time
  previousMonth: string;
  nextMonth: string;
  /** Added to a day's name in the calendar. */
  dayBookable: string;
  dayNotBookable: string;
  /** `{date}`: a day, written out. */
  nextBookableDate: string;
  noBookableDate: string;
  noSlotsThisMonth: string;
  calendarLoading: string;
  /** `{when}`: a day and time, written out. */
  earliestAppointment: string;
  bookEarliest: string;
  /** `{date}`: a day, written out. */
  slotsFor: string;
  chooseDayFirst: string;
  noSlotsThisDay: string;
  slotsLoading: string;
  dayTakenMeanwhile: string;
  partsOfDay: { morning: string; afternoon: string; evening: string };
  /** `{zone}`: a time zone's name, as "Central European Standard Time". */
  timesIn: string;
  /** `{time}` at `{location}`, in the list of earliest times and on the time buttons. */
  slotAt: string;

  // The hold
  holding: string;
  /** `{time}`: the hold's end, as "10:45". */
  heldUntil: string;
  holdExtend: string;
  /** `{count}`: whole minutes left (2 and more; with 1 left, `holdLastMinute` is said). */
  holdWarning: Plural;
  holdLastMinute: string;
  holdRenewed: string;

  // Contact
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  optional: string;
  requiredHint: string;
  consent: string;
  privacyPolicyNewWindow: string;
  fieldInvalid: string;
  fieldRequired: string;
  /** An address without `@`. */
  emailMissingAt: string;
  /** An address whose part after `@` has no dot (`name@example`). */
  emailMissingDomain: string;
  /** Any other address that is not one. */
  emailInvalid: string;
  /** A number with characters other than digits, spaces, `+ - / ( ) .` */
  phoneCharacters: string;
  /** A number with fewer than 7 or more than 15 digits. */
  phoneLength: string;
  consentRequired: string;

  // Review
  reviewConcerns: string;
  reviewLocation: string;
  reviewTime: string;
  reviewContact: string;
  changeConcerns: string;
  changeLocation: string;
  changeTime: string;
  changeContact: string;
  book: string;
  booking: string;
  persons: Plural;

  // Done and manage
  /** The heading after booking, while the booking waits for the e-mail's link; `{count}`: minutes. */
  donePending: Plural;
  /** The same heading when the backend does not say how long the link lives. */
  donePendingNoTime: string;
  /** Heading of the list of what to bring. */
  bringHeading: string;
  addressHeading: string;
  changeOrCancelHeading: string;
  /** How the citizen changes or cancels later. */
  changeOrCancelText: string;
  reference: string;
  statusLabel: string;
  statusConfirmed: string;
  statusPending: string;
  /** `{count}`: minutes the e-mail's link lives. */
  pendingVerification: Plural;
  pendingVerificationNoTime: string;
  addToCalendar: string;
  print: string;
  cancelBooking: string;
  bookAnother: string;

  /** The action to move the appointment to another time. */
  rescheduleStart: string;

  // Errors
  /** The errors that need no answer from the backend to be told: it could not be reached, or failed. */
  errors: Record<'network' | 'unexpected', string>;
  errorTimeout: string;
}

/**
 * The texts of the rarer paths, in a file of their own per language (`languages/more/`): a booking never
 * downloads them. They arrive when they are about to be shown: a booking opened from its link, cancelled or
 * changed, a captcha, a calendar file, an error the backend answered, a widget set up wrongly.
 */
export interface MoreMessages {
  // Manage and cancel
  /** The heading once the booking is cancelled. */
  doneCancelled: string;
  /** The heading of a manage link that is wrong or expired. */
  manageNotFound: string;
  /** The heading of a booking whose time has passed. */
  bookingPast: string;
  bookNew: string;
  statusCancelled: string;
  activationConfirmed: string;
  cancelConfirm: string;
  cancelYes: string;
  cancelNo: string;
  cancelling: string;
  cancelled: string;

  // The calendar file
  /** The title of the calendar entry; `{concerns}`: the concerns' names, `{office}`: the office's name. */
  icsSummary: string;
  /** A line of the calendar entry's description; `{reference}`: the booking reference. */
  icsReference: string;
  /** A line of the calendar entry's description; `{items}`: what to bring, as a list. */
  icsBring: string;
  /** The reminder the day before; `{time}`: the appointment's time. */
  icsReminder: string;

  // Changing an appointment
  /** The heading of the time step when moving an appointment. */
  rescheduleTime: string;
  /** The heading of the review when moving an appointment. */
  rescheduleReview: string;
  previousAppointment: string;
  newAppointment: string;
  rescheduleSubmit: string;
  rescheduling: string;
  /** The heading once the appointment is moved. */
  rescheduled: string;
  /** `{when}`: the old appointment's day and time. */
  rescheduledReleased: string;
  /** Added to an error while moving: the old appointment is untouched. */
  rescheduleOldKept: string;
  /** The new appointment is booked, the old one could not be cancelled; `{when}`: the old one's day and time. */
  rescheduleCancelOldFailed: string;
  rescheduleCancelOldRetry: string;
  keepAppointment: string;

  // The captcha
  captcha: {
    /** What the check is, next to its state. */
    label: string;
    checking: string;
    verified: string;
    failed: string;
    retry: string;
  };

  // A page that set the widget up wrongly
  configMissingApi: string;
  /** `{backend}`: the value of the `backend` attribute. */
  configUnknownBackend: string;

  // What the backend refused, with what to do next
  refusals: Record<ProtocolErrorCode, string>;
  /** `{count}`: seconds to wait. */
  errorRetryIn: Plural;
}

/** Every text of the widget in one language. */
export type Messages = BookingMessages & MoreMessages;
