import type { BookingAdapter } from '../adapters/booking-adapter.js';
import {
  BookingError,
  isRetryable,
  toBookingError,
  type BookingErrorCode,
  type FieldError,
} from '../domain/booking-error.js';
import { addDaysTo, startOfMonthOf, todayIn } from '../domain/dates.js';
import { newIdempotencyKey } from '../domain/ids.js';
import { ANY_LOCATION, locationsFor, parseConcernsAttribute } from '../domain/selection.js';
import { slotsOn } from '../domain/slots.js';
import type {
  Booking,
  CaptchaConfig,
  Catalog,
  ConcernSelection,
  Contact,
  Hold,
  IsoDate,
  Location,
  Slot,
} from '../domain/types.js';
import { AvailabilityLoader, hasSlotsOf, type MonthAvailability, type SlotQuery } from './availability-loader.js';

/** The steps of the flow, as `civic-step-change` names them. */
export type StepName = 'concerns' | 'location' | 'time' | 'contact' | 'review' | 'done' | 'manage';

/** What the flow was doing when an error happened; it decides where the error is shown and what a retry does. */
export type FlowTask = 'catalog' | 'availability' | 'hold' | 'booking' | 'cancel' | 'manage' | 'activation';

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

/** A snapshot of everything the flow knows; replaced, never mutated, on every change. */
export interface FlowState {
  step: StepName | null;
  catalog: Catalog | null;
  /** Loading the catalog (or, in manage mode, the booking). */
  loading: boolean;
  selection: ConcernSelection[];
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
  booking: Booking | null;
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
export type FlowEventName = 'change' | 'step' | 'booked' | 'cancelled' | 'error' | 'notice' | 'activated';

const initialState = (today: IsoDate): FlowState => ({
  step: null,
  catalog: null,
  loading: false,
  selection: [],
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
  booking: null,
  busy: null,
  error: null,
  fieldErrors: [],
});

function selectionKey(selection: ConcernSelection[]): string {
  return selection.map(({ id, count }) => `${id}:${count}`).join(',');
}

/**
 * The booking flow as a state machine, in plain TypeScript: it talks to the adapter, keeps what the citizen
 * chose, and decides which step comes next. `<civic-booking>` renders its state and forwards user actions.
 *
 * Guarantees: a failed request never clears a choice; an answer to an outdated request is ignored; a booking
 * attempt keeps one idempotency key across retries, and a second press while booking does nothing.
 */
export class BookingFlow extends EventTarget {
  #settings: FlowSettings | null = null;
  #current: FlowState = initialState(todayIn('UTC', new Date()));
  #availability = new AvailabilityLoader(
    () => this.#adapter,
    (locationId) => this.timeZoneOf(locationId),
  );
  /** What is known of the visible month. */
  #visible: MonthAvailability | null = null;
  #catalogRequest?: AbortController;
  #availabilityRequest?: AbortController;
  #dayRequest?: AbortController;
  #bookingKey: string | null = null;
  #holdTimer?: ReturnType<typeof setInterval>;
  #renewing = false;
  /** When a renewal that failed for a passing fault may be tried again. */
  #renewRetryAt = 0;
  /** Steps skipped because they had nothing to ask, so that "back" skips them too. */
  #preselectedConcerns = false;

  get state(): FlowState {
    return this.#current;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Set-up

  /** Applies the element's settings; reloads only what a changed setting affects. */
  configure(settings: FlowSettings): void {
    const previous = this.#settings;
    this.#settings = settings;
    const backendChanged = !previous || previous.adapter !== settings.adapter;
    const manage = Boolean(settings.reference && settings.token);
    const manageChanged = !previous || previous.reference !== settings.reference || previous.token !== settings.token;

    if (backendChanged || manageChanged) {
      this.#reset();
      void this.loadCatalog();
      return;
    }
    if (previous.lang !== settings.lang) {
      // Names and descriptions come in the page's language: reload them, keeping every choice.
      void this.loadCatalog();
      return;
    }
    if (!manage && (previous.concerns !== settings.concerns || previous.location !== settings.location)) {
      this.#availability.clear();
      this.#startAtFirstStep();
    }
  }

  #reset(): void {
    this.#catalogRequest?.abort();
    this.#availabilityRequest?.abort();
    this.#dayRequest?.abort();
    this.#availability.clear();
    this.#visible = null;
    this.#bookingKey = null;
    this.#keepHold(null);
    this.#update(initialState(this.#today()), true);
  }

  get #adapter(): BookingAdapter {
    if (!this.#settings) throw new Error('BookingFlow is not configured');
    return this.#settings.adapter;
  }

  #today(): IsoDate {
    const zone = this.#current.catalog?.locations[0]?.timeZone ?? 'Europe/Berlin';
    return todayIn(zone, this.#settings?.now() ?? new Date());
  }

  /** Loads (or reloads) the catalog, and in manage mode the booking. */
  async loadCatalog(): Promise<void> {
    const settings = this.#settings;
    if (!settings) return;
    this.#catalogRequest?.abort();
    const request = new AbortController();
    this.#catalogRequest = request;
    this.#update({ loading: true, error: null });
    try {
      const manage = settings.reference && settings.token;
      const activation = !manage && settings.activationLink && this.#adapter.confirmActivationLink;
      let activationError: unknown = null;
      const [catalog, booking] = await Promise.all([
        this.#adapter.loadCatalog({ lang: settings.lang, signal: request.signal }),
        manage
          ? this.#adapter.getBooking(settings.reference!, settings.token!, { signal: request.signal })
          : activation
            ? this.#adapter.confirmActivationLink!(settings.activationLink!, { signal: request.signal }).catch(
                (error: unknown) => {
                  // A link that cannot be confirmed (expired, used) must not keep the citizen from booking anew.
                  activationError = error;
                  return null;
                },
              )
            : Promise.resolve(null),
      ]);
      if (request.signal.aborted) return;
      const hadCatalog = this.#current.catalog !== null;
      this.#update({ catalog, loading: false });
      if (booking) {
        this.#update({ booking: { ...booking, token: booking.token ?? settings.token! } });
        this.goTo('manage');
        if (activation) this.#emit('activated', { booking });
      } else if (!hadCatalog) {
        this.#startAtFirstStep();
      }
      if (activationError) this.#fail(activationError, 'activation');
    } catch (error) {
      if (request.signal.aborted) return;
      this.#update({ loading: false });
      this.#fail(error, settings.reference && settings.token ? 'manage' : 'catalog');
    }
  }

  #startAtFirstStep(): void {
    const { catalog } = this.#current;
    if (!catalog || !this.#settings) return;
    const selection = parseConcernsAttribute(this.#settings.concerns, catalog.concerns);
    this.#preselectedConcerns = selection.length > 0;
    this.#update({
      selection,
      locationChoice: null,
      visibleMonth: startOfMonthOf(this.#today()),
      earliest: null,
      selectedDate: null,
      selectedSlot: null,
      booking: null,
    });
    if (this.#preselectedConcerns && this.offeringLocations().length > 0) this.continueFrom('concerns');
    else this.goTo('concerns');
  }

  // ---------------------------------------------------------------------------------------------------------
  // Steps

  /** The locations the citizen may choose from for the current selection. */
  offeringLocations(): Location[] {
    const { catalog, selection } = this.#current;
    if (!catalog) return [];
    const fixed = this.#settings?.location;
    const offering = locationsFor(selection, catalog.locations);
    return fixed ? offering.filter((location) => location.id === fixed) : offering;
  }

  /** The steps this citizen will see, in order, for a progress indicator. */
  visibleSteps(): StepName[] {
    if (this.#current.step === 'manage') return ['manage'];
    const steps: StepName[] = [];
    if (!this.#preselectedConcerns || this.#current.step === 'concerns') steps.push('concerns');
    if (this.offeringLocations().length > 1) steps.push('location');
    steps.push('time', 'contact', 'review', 'done');
    return steps;
  }

  /** Moves to a step the citizen asked for (a change link or "back"). */
  goTo(step: StepName): void {
    if (step === this.#current.step) return;
    if (step === 'time' || step === 'concerns' || step === 'location') this.releaseHold();
    this.#update({ step, error: null });
    if (step === 'time') void this.loadVisibleMonth();
    this.#emit('step', { step });
  }

  /** The step before the current one, skipping steps that had nothing to ask. */
  previousStep(): StepName | null {
    const steps = this.visibleSteps();
    const index = steps.indexOf(this.#current.step!);
    return index > 0 ? steps[index - 1]! : null;
  }

  /** Goes on from a step whose choice is made. */
  continueFrom(step: StepName): void {
    if (step === 'concerns') {
      if (this.#current.selection.length === 0) return;
      const offering = this.offeringLocations();
      if (offering.length === 1) {
        this.chooseLocation(offering[0]!.id);
        this.goTo('time');
      } else if (this.#current.locationChoice && this.#isValidLocationChoice(this.#current.locationChoice)) {
        this.goTo('location');
      } else {
        this.#update({ locationChoice: null });
        this.goTo('location');
      }
    } else if (step === 'location') {
      if (this.#current.locationChoice) this.goTo('time');
    } else if (step === 'contact') {
      this.goTo('review');
    }
  }

  #isValidLocationChoice(choice: string): boolean {
    return choice === ANY_LOCATION || this.offeringLocations().some((location) => location.id === choice);
  }

  selectConcerns(selection: ConcernSelection[]): void {
    if (selectionKey(selection) === selectionKey(this.#current.selection)) return;
    this.#update({ selection, selectedDate: null, selectedSlot: null, earliest: null, error: null });
  }

  chooseLocation(choice: string): void {
    if (choice === this.#current.locationChoice) return;
    this.#update({ locationChoice: choice, selectedDate: null, selectedSlot: null, earliest: null });
  }

  // ---------------------------------------------------------------------------------------------------------
  // Date and time

  /** The time zone of a location of the catalog. */
  timeZoneOf = (locationId: string): string =>
    this.#current.catalog?.locations.find((location) => location.id === locationId)?.timeZone ?? 'Europe/Berlin';

  /** The first and last day a citizen can book. */
  bookingWindow(): { min: IsoDate; max: IsoDate } {
    const min = this.#today();
    return { min, max: addDaysTo(min, this.#current.catalog?.bookingHorizonDays ?? 90) };
  }

  showMonth(month: IsoDate): void {
    const visibleMonth = startOfMonthOf(month);
    if (visibleMonth === this.#current.visibleMonth) return;
    this.#update({ visibleMonth });
    void this.loadVisibleMonth();
  }

  selectDate(date: IsoDate): void {
    this.#update({ selectedDate: date, visibleMonth: startOfMonthOf(date) });
    void this.#loadDay(date);
  }

  /** The free slots of the selected day. */
  slotsOfSelectedDate(): Slot[] {
    const { selectedDate, slots } = this.#current;
    return selectedDate ? slotsOn(slots, selectedDate, this.timeZoneOf) : [];
  }

  bookableDates(): IsoDate[] {
    return this.#current.bookableDates;
  }

  #availabilityLocation(): string | undefined {
    const { locationChoice } = this.#current;
    if (locationChoice && locationChoice !== ANY_LOCATION) return locationChoice;
    return this.#settings?.location ?? undefined;
  }

  #slotQuery(): SlotQuery {
    return { concerns: this.#current.selection, locationId: this.#availabilityLocation() };
  }

  /**
   * Loads the visible month's bookable days and the times of the day to show, and finds the earliest
   * appointment when it is not known yet: in the first month, or, when that has none, in the month of the next
   * bookable date.
   */
  async loadVisibleMonth(): Promise<void> {
    if (!this.#settings || this.#current.selection.length === 0) return;
    this.#availabilityRequest?.abort();
    this.#dayRequest?.abort();
    const request = new AbortController();
    this.#availabilityRequest = request;
    const { signal } = request;
    const window = this.bookingWindow();
    const firstMonth = startOfMonthOf(window.min);
    if (this.#current.visibleMonth < firstMonth) this.#update({ visibleMonth: firstMonth });
    const month = this.#current.visibleMonth;
    const query = this.#slotQuery();
    this.#update({ availabilityStatus: 'loading', dayLoading: false, error: null });
    try {
      let known = await this.#availability.month(query, month, window, signal);
      let earliest = this.#current.earliest;
      if (!earliest) {
        ({ known, earliest } = await this.#firstSlotOf(query, known, signal));
        if (!earliest && month === firstMonth && known.nextAvailable) {
          const later = await this.#availability.month(query, startOfMonthOf(known.nextAvailable), window, signal);
          earliest = (await this.#firstSlotOf(query, later, signal)).earliest;
        }
      }
      const { selectedDate } = this.#current;
      let date = selectedDate && startOfMonthOf(selectedDate) === month ? selectedDate : null;
      if (date) known = await this.#availability.day(query, known, date, signal);
      else ({ known, date } = await this.#firstBookableDayOf(query, known, signal));
      if (signal.aborted) return;
      this.#visible = known;
      this.#update({
        availabilityStatus: 'ready',
        slots: known.slots,
        bookableDates: known.days,
        nextAvailable: known.nextAvailable,
        earliest,
        selectedDate: date,
      });
    } catch (error) {
      if (signal.aborted) return;
      this.#update({ availabilityStatus: 'failed' });
      this.#fail(error, 'availability');
    }
  }

  /** The month's first day that really has a time, with its times loaded; days that turn out to have none leave. */
  async #firstBookableDayOf(
    query: SlotQuery,
    known: MonthAvailability,
    signal: AbortSignal,
  ): Promise<{ known: MonthAvailability; date: IsoDate | null }> {
    let date: IsoDate | undefined = known.days[0];
    while (date) {
      known = await this.#availability.day(query, known, date, signal);
      if (known.days.includes(date)) return { known, date };
      const after: IsoDate = date;
      date = known.days.find((day) => day > after);
    }
    return { known, date: null };
  }

  async #firstSlotOf(
    query: SlotQuery,
    known: MonthAvailability,
    signal: AbortSignal,
  ): Promise<{ known: MonthAvailability; earliest: Slot | null }> {
    const first = await this.#firstBookableDayOf(query, known, signal);
    const earliest = first.date ? (slotsOn(first.known.slots, first.date, this.timeZoneOf)[0] ?? null) : null;
    return { known: first.known, earliest };
  }

  /** Loads the times of a day the citizen chose, when the month's answer did not bring them. */
  async #loadDay(date: IsoDate): Promise<void> {
    const known = this.#visible;
    if (!known || date < known.from || date > known.to || hasSlotsOf(known, date) || !known.days.includes(date)) return;
    this.#dayRequest?.abort();
    const request = new AbortController();
    this.#dayRequest = request;
    this.#update({ dayLoading: true, error: null });
    try {
      const updated = await this.#availability.day(this.#slotQuery(), known, date, request.signal);
      if (request.signal.aborted || this.#visible !== known) return;
      this.#visible = updated;
      this.#update({ dayLoading: false, slots: updated.slots, bookableDates: updated.days });
      // The backend listed the day, but it has no time for this choice after all.
      if (!updated.days.includes(date)) this.#emit('notice', { message: 'dayTakenMeanwhile' });
    } catch (error) {
      if (request.signal.aborted) return;
      this.#update({ dayLoading: false });
      this.#fail(error, 'availability');
    }
  }

  /** Holds a slot for the citizen and moves on to the contact step. */
  async chooseSlot(slot: Slot): Promise<void> {
    if (this.#current.busy) return;
    const { hold } = this.#current;
    if (hold && hold.start === slot.start && hold.locationId === slot.locationId) {
      this.#update({ selectedSlot: slot });
      this.goTo('contact');
      return;
    }
    this.releaseHold();
    this.#update({ busy: 'holding', selectedSlot: slot, error: null });
    try {
      const newHold = await this.#holdSlot(slot);
      this.#bookingKey = null;
      this.#update({ busy: null });
      this.#keepHold(newHold);
      // A citizen who went back while the time was being held gets it released, not a jump forward.
      if (this.#current.step === 'time') return this.goTo('contact');
      this.releaseHold();
      this.#update({ selectedSlot: null });
    } catch (error) {
      this.#update({ busy: null, selectedSlot: null });
      if (toBookingError(error).code === 'slot-taken') this.#refreshAvailability();
      if (this.#current.step === 'time') this.#fail(error, 'hold');
    }
  }

  /**
   * Asks the backend to hold a slot for the selection, with a fresh captcha when the catalog asks for one. A
   * hold it `replaces` (of the same slot) is given back only once the captcha is solved, just before.
   */
  async #holdSlot({ locationId, start }: Slot | Hold, replaces?: Hold): Promise<Hold> {
    const config = this.#current.catalog?.captcha;
    const captcha = config ? await this.#settings?.solveCaptcha?.(config) : undefined;
    if (replaces) await this.#adapter.releaseHold(replaces).catch(() => undefined);
    return this.#adapter.holdSlot({ concerns: this.#current.selection, locationId, start, captcha });
  }

  /** Sends the citizen back to the times after the held slot was lost, with everything typed kept. */
  #chooseAgain(): void {
    this.#bookingKey = null;
    this.#keepHold(null);
    this.#update({ selectedSlot: null });
    if (this.#current.step === 'contact' || this.#current.step === 'review') this.goTo('time');
    this.#refreshAvailability();
  }

  /** Forgets cached slots and reloads the visible month, after a slot turned out to be taken. */
  #refreshAvailability(): void {
    this.#availability.clear();
    this.#visible = null;
    this.#update({ earliest: null });
    void this.loadVisibleMonth();
  }

  #keepHold(hold: Hold | null): void {
    this.#update({ hold });
    if (hold && !this.#holdTimer) this.#holdTimer = setInterval(() => this.#checkHold(), 1000);
    if (!hold && this.#holdTimer) {
      clearInterval(this.#holdTimer);
      this.#holdTimer = undefined;
    }
  }

  /** Seconds until the hold runs out, by the flow's clock; null without a hold. */
  holdSecondsLeft(): number | null {
    const { hold } = this.#current;
    if (!hold || !this.#settings) return null;
    return Math.max(0, Math.round((Date.parse(hold.expiresAt) - this.#settings.now().getTime()) / 1000));
  }

  #checkHold(): void {
    const { hold } = this.#current;
    if (!hold || !this.#settings || this.#renewing) return;
    const now = this.#settings.now().getTime();
    if (now >= Date.parse(hold.expiresAt) && now >= this.#renewRetryAt) void this.#renewHold(hold, false);
  }

  /** Keeps the held slot for another hold period, when the citizen asks for more time (WCAG 2.2.1). */
  async extendHold(): Promise<void> {
    const { hold } = this.#current;
    if (hold && !this.#renewing) await this.#renewHold(hold, true);
  }

  /**
   * Renews a hold by holding the same slot again, as the protocol says (SPEC section 3); a hold that still
   * runs is given back first. If the slot is gone meanwhile, the citizen chooses again with everything typed
   * kept; a passing fault is tried again shortly, so that it does not cost the citizen the slot.
   */
  async #renewHold(hold: Hold, releaseFirst: boolean): Promise<void> {
    this.#renewing = true;
    try {
      const renewed = await this.#holdSlot(hold, releaseFirst ? hold : undefined);
      if (this.#current.hold !== hold) {
        this.#adapter.releaseHold(renewed).catch(() => undefined);
        return;
      }
      this.#bookingKey = null;
      this.#renewRetryAt = 0;
      this.#keepHold(renewed);
      this.#emit('notice', { message: 'holdRenewed' });
    } catch (error) {
      if (this.#current.hold !== hold) return;
      const code = toBookingError(error).code;
      if (code !== 'slot-taken' && code !== 'not-found' && code !== 'hold-expired') {
        this.#renewRetryAt = (this.#settings?.now().getTime() ?? 0) + 15000;
        return;
      }
      this.#chooseAgain();
      this.#fail(new BookingError('hold-expired', 'The hold ran out and its slot was taken meanwhile.'), 'hold');
    } finally {
      this.#renewing = false;
    }
  }

  /** Gives the held slot back, without waiting: the citizen goes on at once. */
  releaseHold(): void {
    const { hold } = this.#current;
    if (!hold) return;
    this.#bookingKey = null;
    this.#keepHold(null);
    this.#adapter.releaseHold(hold).catch(() => {
      // The hold runs out by itself; nothing the citizen needs to know.
    });
  }

  // ---------------------------------------------------------------------------------------------------------
  // Contact, booking, cancelling

  submitContact(contact: Contact): void {
    const previous = this.#current.contact;
    if (JSON.stringify(previous) !== JSON.stringify(contact)) this.#bookingKey = null;
    this.#update({ contact, fieldErrors: [] });
    this.continueFrom('contact');
  }

  /** Books the held slot. Pressing again while it runs does nothing; a retry reuses the idempotency key. */
  async book(): Promise<void> {
    const { hold, contact, busy } = this.#current;
    // A hold being renewed is about to be given back (ZMS would cancel a booking made of it): "book" does
    // nothing until the renewal is done, a second or so.
    if (busy || this.#renewing || !hold || !contact || !this.#settings) return;
    this.#bookingKey ??= newIdempotencyKey();
    this.#update({ busy: 'booking', error: null });
    try {
      const booking = await this.#adapter.book({
        hold,
        contact,
        lang: this.#settings.lang,
        idempotencyKey: this.#bookingKey,
      });
      this.#bookingKey = null;
      this.#keepHold(null);
      this.#update({ busy: null, booking });
      this.goTo('done');
      this.#emit('booked', { booking });
    } catch (error) {
      this.#update({ busy: null });
      const bookingError = toBookingError(error);
      if (bookingError.code === 'invalid-input' && bookingError.fieldErrors.length > 0) {
        this.#update({ fieldErrors: bookingError.fieldErrors });
        this.goTo('contact');
      } else if (bookingError.code === 'slot-taken' || bookingError.code === 'hold-expired') {
        this.#chooseAgain();
      }
      this.#fail(bookingError, 'booking');
    }
  }

  async cancel(): Promise<void> {
    const { booking, busy } = this.#current;
    if (busy || !booking?.token) return;
    this.#update({ busy: 'cancelling', error: null });
    try {
      await this.#adapter.cancelBooking(booking.reference, booking.token);
      this.#update({ busy: null, booking: { ...booking, status: 'cancelled' } });
      this.#availability.clear();
      this.#emit('cancelled', { reference: booking.reference });
    } catch (error) {
      this.#update({ busy: null });
      this.#fail(error, 'cancel');
    }
  }

  /** Starts over for another appointment, keeping the contact details for convenience. */
  startOver(): void {
    this.#keepHold(null);
    this.#update({ booking: null, selectedSlot: null, selectedDate: null, earliest: null });
    this.#availability.clear();
    this.#startAtFirstStep();
  }

  /** Tries the failed action again. */
  retry(): void {
    const task = this.#current.error?.task;
    this.#update({ error: null });
    if (task === 'catalog' || task === 'manage') void this.loadCatalog();
    else if (task === 'availability') void this.loadVisibleMonth();
    else if (task === 'booking') void this.book();
    else if (task === 'cancel') void this.cancel();
  }

  /** Stops timers and pending requests, for when the widget leaves the page. */
  disconnect(): void {
    this.#catalogRequest?.abort();
    this.#availabilityRequest?.abort();
    this.#dayRequest?.abort();
    this.releaseHold();
  }

  // ---------------------------------------------------------------------------------------------------------

  #fail(error: unknown, task: FlowTask): void {
    const bookingError = toBookingError(error);
    // Developers see what went wrong; citizens see a translated message chosen by the code.
    console.error(`civic-booking: ${task} failed (${bookingError.code}): ${bookingError.message}`);
    // A failed hold is not retried as it was: the slot list is reloaded and the citizen chooses again. An
    // activation link is not tried again either: the citizen can book anew.
    const retryable = isRetryable(bookingError) && task !== 'hold' && task !== 'activation';
    const flowError: FlowError = {
      code: bookingError.code,
      task,
      detail: bookingError.message,
      reason: bookingError.reason,
      retryAfterSeconds: bookingError.retryAfterSeconds,
      retryable,
    };
    this.#update({ error: flowError });
    this.#emit('error', flowError);
  }

  #update(patch: Partial<FlowState>, replace = false): void {
    this.#current = replace ? (patch as FlowState) : { ...this.#current, ...patch };
    this.dispatchEvent(new Event('change'));
  }

  #emit(name: Exclude<FlowEventName, 'change'>, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(name, { detail }));
  }
}
