/**
 * The booking domain, independent of any backend and of rendering. Dates are ISO strings at every boundary:
 * a day is `YYYY-MM-DD`, an instant is ISO 8601 with offset (`2026-12-02T08:30:00+01:00`).
 */

/** A day in the office's calendar, `YYYY-MM-DD`. */
export type IsoDate = string;

/** An instant, ISO 8601 with an offset. */
export type IsoDateTime = string;

/** Something a citizen can book an appointment for ("extend a residence permit"). */
export interface Concern {
  id: string;
  name: string;
  description?: string;
  category?: string;
  /** Estimated minutes for one person. */
  durationMinutes?: number;
  /** How many persons one booking may bring for this concern; at least 1. */
  maxCount: number;
  /** Absent: combines with anything. Empty: must be booked alone. */
  combinableWith?: string[];
  /** An `http:` or `https:` URL with more information; anything else is dropped when parsing. */
  infoUrl?: string;
  /** Other words citizens search for: synonyms, the name in other languages. */
  keywords?: string[];
  /** What to bring to the appointment, as short items ("Passport"). */
  bring?: string[];
}

/** A place where appointments take place. */
export interface Location {
  id: string;
  name: string;
  address?: string;
  /** IANA time zone of the location, for example `Europe/Berlin`. */
  timeZone: string;
  concernIds: string[];
  hint?: string;
}

/** Whether the contact form asks for a field. */
export type ContactFieldRule = 'required' | 'optional' | 'hidden';

export interface ContactRules {
  email: ContactFieldRule;
  phone: ContactFieldRule;
}

export interface CaptchaConfig {
  kind: 'altcha';
  challengeUrl: string;
}

/** Everything an office offers, loaded once per language. */
export interface Catalog {
  office: { name: string };
  concerns: Concern[];
  locations: Location[];
  contact: ContactRules;
  /** How long a slot stays held for the citizen while they type. */
  holdMinutes: number;
  /** How far ahead appointments can be booked. */
  bookingHorizonDays: number;
  captcha: CaptchaConfig | null;
  /**
   * Whether the backend moves a booking to another time in one step; otherwise a change books the new time
   * first and cancels the old booking after.
   */
  reschedule?: boolean;
  /** The BCP 47 language the catalog's texts are written in, when the backend says; they are marked with it. */
  lang?: string;
}

/** One chosen concern and for how many persons. */
export interface ConcernSelection {
  id: string;
  count: number;
}

/** A bookable appointment start at one location, long enough for the whole selection. */
export interface Slot {
  locationId: string;
  start: IsoDateTime;
  end: IsoDateTime;
}

export interface AvailabilityQuery {
  concerns: ConcernSelection[];
  from: IsoDate;
  to: IsoDate;
  /** Absent: every location that offers all chosen concerns. */
  locationId?: string;
}

export interface Availability {
  from: IsoDate;
  to: IsoDate;
  /** Sorted by start: every slot of the range, or, with `days`, the slots of the days in `daysWithSlots`. */
  slots: Slot[];
  /**
   * For a backend that lists its bookable days apart from their times (ZMS): every day from..to that has a
   * free slot, sorted. The times of a listed day that is not in `daysWithSlots` come from asking for that day
   * alone. Absent: the bookable days are those of `slots`.
   */
  days?: IsoDate[];
  /** With `days`: the days whose slots `slots` holds in full. */
  daysWithSlots?: IsoDate[];
  /** The first date after `to` with a slot for the same query, or null when there is none. */
  nextAvailable: IsoDate | null;
}

export interface HoldRequest {
  concerns: ConcernSelection[];
  locationId: string;
  start: IsoDateTime;
  /** The solved captcha payload, when the catalog asks for one. */
  captcha?: string;
}

/** A slot reserved for the citizen until `expiresAt`. */
export interface Hold {
  id: string;
  token: string;
  expiresAt: IsoDateTime;
  locationId: string;
  start: IsoDateTime;
  end: IsoDateTime;
  /**
   * False when the backend cannot hold the slot longer before the hold runs out (ZMS): the widget then offers no
   * "more time", and renews the hold once it has run out.
   */
  extendable?: boolean;
}

export interface Contact {
  name: string;
  email?: string;
  phone?: string;
}

export interface BookingRequest {
  hold: Hold;
  contact: Contact;
  /** The UI language, so that the office writes to the citizen in it. */
  lang: string;
  /** One key per booking attempt; a retry of the same attempt sends the same key. */
  idempotencyKey: string;
}

/** Moving a booking to a held new slot in one step (`POST /bookings/{reference}/reschedule`). */
export interface RescheduleRequest {
  reference: string;
  /** The booking's token. */
  token: string;
  /** A hold on the new slot, for the booking's concerns. */
  hold: Hold;
  /** One key per change; a retry of the same change sends the same key. */
  idempotencyKey: string;
}

export type BookingStatus = 'confirmed' | 'pending-verification' | 'cancelled';

export interface Booking {
  reference: string;
  status: BookingStatus;
  locationId: string;
  start: IsoDateTime;
  end: IsoDateTime;
  concerns: ConcernSelection[];
  /** Grants access to look up and cancel the booking; absent on lookups. */
  token?: string;
  /** With `pending-verification`: how long the e-mail link lives. */
  verifyWithinMinutes?: number;
}
