/** What the booking flow knows and is told: its state, its settings, its errors. */
import type { BookingAdapter } from '../adapters/booking-adapter.js';
import type { BookingError, BookingErrorCode, FieldError } from '../domain/booking-error.js';
import { startOfMonthOf } from '../domain/dates.js';
import type {
  Booking,
  CaptchaConfig,
  Catalog,
  ConcernSelection,
  Contact,
  Hold,
  IsoDate,
  Slot,
} from '../domain/types.js';
import type { JourneyName, StepName } from './journeys.js';

/** What the flow was doing when an error happened; it decides where the error is shown and what a retry does. */
export type FlowTask =
  | 'catalog'
  | 'availability'
  | 'hold'
  | 'booking'
  | 'cancel'
  | 'manage'
  | 'activation'
  | 'reschedule'
  | 'cancel-previous';

/**
 * What became of the old appointment after a change: `released` (freed), `kept` (it stands until the new one
 * is confirmed by e-mail, or the citizen cancels it), `cancel-failed` (the new one is booked, cancelling the
 * old one failed: the citizen has two until a retry succeeds).
 */
export type PreviousOutcome = 'released' | 'kept' | 'cancel-failed';

export interface FlowError {
  code: BookingErrorCode;
  task: FlowTask;
  /** For developers; citizens see a translated text chosen by `code` and `reason`. */
  detail: string;
  reason?: BookingError['reason'];
  retryAfterSeconds?: number;
  /** Whether the same action may be tried again. */
  retryable: boolean;
}

export type AvailabilityStatus = 'idle' | 'loading' | 'ready' | 'failed';

/** Why "next" did not go on, as the key of the message that says what to do. */
export type StepHint = 'chooseConcernFirst' | 'noLocationForSelection' | 'chooseLocationFirst';

/** A snapshot of everything the flow knows; replaced, never mutated, on every change. */
export interface FlowState {
  journey: JourneyName;
  step: StepName | null;
  catalog: Catalog | null;
  /** Loading the catalog (or, in manage mode, the booking). */
  loading: boolean;
  selection: ConcernSelection[];
  /** Whether the page chose the concerns (`concerns` attribute), so that their step is skipped. */
  concernsPreselected: boolean;
  /** A location id, {@link ANY_LOCATION}, or null while none is chosen. */
  locationChoice: string | null;
  visibleMonth: IsoDate;
  availabilityStatus: AvailabilityStatus;
  /** The visible month's slots, as far as they are known (see `bookableDates`). */
  slots: Slot[];
  /** The visible month's days with a free slot. */
  bookableDates: IsoDate[];
  /** The selected day's times are being loaded (for backends that list days apart from their times). */
  dayLoading: boolean;
  nextAvailable: IsoDate | null;
  earliest: Slot | null;
  selectedDate: IsoDate | null;
  selectedSlot: Slot | null;
  hold: Hold | null;
  contact: Contact | null;
  /** The idempotency key of the booking attempt under way: retries of the same attempt send it again. */
  bookingKey: string | null;
  booking: Booking | null;
  /** In the reschedule journey: the booking being moved, as it was. */
  previous: Booking | null;
  /** After a change: what became of the old appointment. */
  previousOutcome: PreviousOutcome | null;
  busy: 'holding' | 'booking' | 'cancelling' | null;
  error: FlowError | null;
  fieldErrors: FieldError[];
}

export interface FlowSettings {
  adapter: BookingAdapter;
  lang: string;
  /** The `concerns` attribute: preselected concerns. */
  concerns: string | null;
  /** The `location` attribute: the only location to offer. */
  location: string | null;
  reference: string | null;
  token: string | null;
  /** The page's address when it may carry a backend's activation link (see `confirmActivationLink`). */
  activationLink?: string | null;
  /**
   * Solves the catalog's captcha and answers the payload. Asked before every hold when the catalog has a
   * captcha, because a payload is good for one request only.
   */
  solveCaptcha?: (captcha: CaptchaConfig) => Promise<string>;
  now: () => Date;
}

/** Fired by {@link BookingFlow}: `change` on every new state, and these for the element to re-dispatch. */
export type FlowEventName =
  'change' | 'step' | 'booked' | 'cancelled' | 'rescheduled' | 'error' | 'notice' | 'activated';

export const initialState = (today: IsoDate, journey: JourneyName): FlowState => ({
  journey,
  step: null,
  catalog: null,
  loading: false,
  selection: [],
  concernsPreselected: false,
  locationChoice: null,
  visibleMonth: startOfMonthOf(today),
  availabilityStatus: 'idle',
  slots: [],
  bookableDates: [],
  dayLoading: false,
  nextAvailable: null,
  earliest: null,
  selectedDate: null,
  selectedSlot: null,
  hold: null,
  contact: null,
  bookingKey: null,
  booking: null,
  previous: null,
  previousOutcome: null,
  busy: null,
  error: null,
  fieldErrors: [],
});

/**
 * What code beside the flow (the change of a booking, a chunk of its own) may do with it: read its state, patch
 * it, move between steps and report, never more.
 */
export interface FlowPort {
  adapter: BookingAdapter;
  lang: string;
  /** Whether the backend moves a booking in one step. */
  oneStep: boolean;
  state(): FlowState;
  /** Settles once a renewal of the hold under way, if any, is done: a booking made of it waits for it. */
  settled(): Promise<void>;
  update(patch: Partial<FlowState>): void;
  goTo(step: StepName): void;
  /** The first step the journey shows. */
  firstStep(): StepName;
  emit(name: Exclude<FlowEventName, 'change'>, detail: unknown): void;
  fail(error: unknown, task: FlowTask): void;
  releaseHold(): void;
  /** After a booking: the hold is used up and the known times are stale. */
  done(): void;
  /** The change was refused: refused fields to the form, a lost time back to the times, the error said. */
  refused(error: unknown): void;
}
