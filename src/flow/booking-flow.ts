// Over 350 lines on purpose: the one orchestrator of every journey's steps; what it orchestrates (holds,
// availability, journeys, state) lives in the files beside it.
import type { BookingAdapter } from '../adapters/booking-adapter.js';
import { isRetryable, toBookingError } from '../domain/booking-error.js';
import { addDaysTo, startOfMonthOf, todayIn } from '../domain/dates.js';
import { newIdempotencyKey } from '../domain/ids.js';
import { ANY_LOCATION, locationsFor, parseConcernsAttribute } from '../domain/selection.js';
import { slotsOn } from '../domain/slots.js';
import type { ConcernSelection, Contact, Hold, IsoDate, Location, Slot } from '../domain/types.js';
import { AvailabilityLoader, type SlotQuery } from './availability-loader.js';
import { HoldKeeper } from './hold-keeper.js';
import { choosingSteps, journeys, type StepName } from './journeys.js';

import {
  initialState,
  type FlowPort,
  type FlowError,
  type FlowEventName,
  type FlowSettings,
  type FlowState,
  type FlowTask,
  type StepHint,
} from './flow-state.js';

export type { JourneyName, StepName } from './journeys.js';
export type * from './flow-state.js';

const selectionKey = (selection: ConcernSelection[]) => selection.map(({ id, count }) => `${id}:${count}`).join(',');

/**
 * The booking flow, in plain TypeScript: a small orchestrator that moves the citizen along a journey
 * (`journeys.ts`) and keeps what they chose, over named parts: an {@link AvailabilityLoader} for the times and
 * a {@link HoldKeeper} for the held slot. `<civic-booking>` renders its state and forwards user actions.
 *
 * Guarantees: a failed request never clears a choice; an answer to an outdated request is ignored; a booking
 * attempt keeps one idempotency key across retries, and a second press while booking does nothing.
 */
export class BookingFlow extends EventTarget {
  #settings: FlowSettings | null = null;
  #current: FlowState = initialState(todayIn('UTC', new Date()), 'book');
  #catalogRequest?: AbortController;
  /** Aborted when the widget leaves the page: a hold on its way (a ZMS renewal waiting for upstream) stops. */
  #holdRequests = new AbortController();
  readonly #availability = new AvailabilityLoader(
    () => this.#adapter,
    (locationId) => this.timeZoneOf(locationId),
  );
  readonly #holds = new HoldKeeper({
    hold: (slot, replaces, signal) => this.#hold(slot, replaces, signal),
    release: (hold) => this.#adapter.releaseHold(hold),
    now: () => this.#now(),
    changed: (hold) => this.#update({ hold, bookingKey: null }),
    renewed: () => this.#emit('notice', { message: 'holdRenewed' }),
    lost: (error) => {
      this.#chooseAgain();
      this.#fail(error, 'hold');
    },
  });
  /** The slot the hold was given back of when the widget left the page, to hold again when it comes back. */
  #suspended: Slot | null = null;

  get state(): FlowState {
    return this.#current;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Set-up

  /** Applies the element's settings; reloads only what a changed setting affects. */
  configure(settings: FlowSettings): void {
    const previous = this.#settings;
    this.#settings = settings;
    if (
      !previous ||
      previous.adapter !== settings.adapter ||
      previous.reference !== settings.reference ||
      previous.token !== settings.token
    ) {
      this.#reset();
      void this.loadCatalog();
    } else if (previous.lang !== settings.lang) {
      // Names and descriptions come in the page's language: reload them, keeping every choice.
      void this.loadCatalog();
    } else if (
      this.#current.journey === 'book' &&
      (previous.concerns !== settings.concerns || previous.location !== settings.location)
    ) {
      this.#availability.clear();
      this.#startAtFirstStep();
    }
  }

  #reset(): void {
    this.#catalogRequest?.abort();
    this.#availability.abort();
    this.#availability.clear();
    this.#holds.keep(null);
    const { reference, token } = this.#settings!;
    this.#update(initialState(this.#today(), reference && token ? 'manage' : 'book'), true);
  }

  get #adapter(): BookingAdapter {
    if (!this.#settings) throw new Error('BookingFlow is not configured');
    return this.#settings.adapter;
  }

  #now(): Date {
    return this.#settings?.now() ?? new Date();
  }

  #today(): IsoDate {
    return todayIn(this.#current.catalog?.locations[0]?.timeZone ?? 'Europe/Berlin', this.#now());
  }

  /** Loads (or reloads) the catalog, and in the manage journey the booking, or an activation link's. */
  async loadCatalog(): Promise<void> {
    const settings = this.#settings;
    if (!settings) return;
    this.#catalogRequest?.abort();
    const request = (this.#catalogRequest = new AbortController());
    const { signal } = request;
    const manage = this.#current.journey === 'manage';
    const activation = !manage && settings.activationLink && this.#adapter.confirmActivationLink;
    let activationError: unknown = null;
    this.#update({ loading: true, error: null });
    try {
      let lookupError: unknown = null;
      const [catalog, booking] = await Promise.all([
        this.#adapter.loadCatalog({ lang: settings.lang, signal }),
        manage
          ? this.#adapter.getBooking(settings.reference!, settings.token!, { signal }).catch((error: unknown) => {
              // The manage view still shows, with what went wrong and a way to book anew.
              lookupError = error;
              return null;
            })
          : activation
            ? this.#adapter.confirmActivationLink!(settings.activationLink!, { signal }).catch((error: unknown) => {
                // A link that cannot be confirmed (expired, used) must not keep the citizen from booking anew.
                activationError = error;
                return null;
              })
            : null,
      ]);
      if (signal.aborted) return;
      const hadCatalog = this.#current.catalog !== null;
      this.#update({ catalog, loading: false });
      if (booking) {
        this.#update({ journey: 'manage', booking: { ...booking, token: booking.token ?? settings.token! } });
        this.goTo('manage');
        if (activation) this.#emit('activated', { booking });
      } else if (lookupError) {
        this.goTo('manage');
        this.#fail(lookupError, 'manage');
      } else if (!hadCatalog) {
        this.#startAtFirstStep();
      }
      if (activationError) this.#fail(activationError, 'activation');
    } catch (error) {
      if (signal.aborted) return;
      this.#update({ loading: false });
      this.#fail(error, manage ? 'manage' : 'catalog');
    }
  }

  #startAtFirstStep(): void {
    const { catalog } = this.#current;
    if (!catalog || !this.#settings) return;
    const selection = parseConcernsAttribute(this.#settings.concerns, catalog.concerns);
    this.#update({
      journey: 'book',
      selection,
      concernsPreselected: selection.length > 0,
      locationChoice: null,
      visibleMonth: startOfMonthOf(this.#today()),
      earliest: null,
      selectedDate: null,
      selectedSlot: null,
      booking: null,
      previous: null,
      previousOutcome: null,
    });
    if (selection.length && this.offeringLocations().length) this.#goOnFromConcerns();
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

  /** The steps of the journey this citizen will see, in order: steps with nothing to ask are left out. */
  visibleSteps(): StepName[] {
    const { journey, step, concernsPreselected } = this.#current;
    return journeys[journey].filter(
      (name) =>
        (name !== 'concerns' || !concernsPreselected || step === 'concerns') &&
        (name !== 'location' || this.offeringLocations().length > 1) &&
        (name !== 'contact' || journey !== 'reschedule' || !this.movesInOneStep()),
    );
  }

  /** Moves to a step the citizen asked for (a change link or "back"). */
  goTo(step: StepName): void {
    if (step === this.#current.step) return;
    if (choosingSteps.includes(step)) this.releaseHold();
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

  /**
   * Goes on from the current step whose forward action is `next` (SPEC section 1, "the flow"); answers what is
   * missing when it cannot.
   */
  next(): StepHint | null {
    const { step, selection, locationChoice } = this.#current;
    if (step === 'concerns') {
      if (!selection.length) return 'chooseConcernFirst';
      if (!this.offeringLocations().length) return 'noLocationForSelection';
      this.#goOnFromConcerns();
    } else if (step === 'location') {
      if (!locationChoice) return 'chooseLocationFirst';
      this.goTo('time');
    }
    return null;
  }

  /**
   * The only location is chosen without asking; otherwise the location step, with a valid choice kept and
   * else "the earliest at any location" chosen, so that a citizen without a preference just goes on.
   */
  #goOnFromConcerns(): void {
    const offering = this.offeringLocations();
    if (offering.length === 1) {
      this.chooseLocation(offering[0]!.id);
      return this.goTo('time');
    }
    const choice = this.#current.locationChoice;
    if (choice !== ANY_LOCATION && !offering.some((location) => location.id === choice))
      this.#update({ locationChoice: ANY_LOCATION });
    this.goTo('location');
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

  /** Chooses a day, and loads its times when the month's answer did not bring them. */
  async selectDate(date: IsoDate): Promise<void> {
    this.#update({ selectedDate: date, visibleMonth: startOfMonthOf(date) });
    if (!this.#availability.needsDay(date)) return;
    this.#update({ dayLoading: true, error: null });
    try {
      const known = await this.#availability.day(this.#slotQuery(), date);
      if (!known) return;
      this.#update({ dayLoading: false, slots: known.slots, bookableDates: known.days });
      // The backend listed the day, but it has no time for this choice after all.
      if (!known.days.includes(date)) this.#emit('notice', { message: 'dayTakenMeanwhile' });
    } catch (error) {
      this.#update({ dayLoading: false });
      this.#fail(error, 'availability');
    }
  }

  /** The free slots of the selected day. */
  slotsOfSelectedDate(): Slot[] {
    const { selectedDate, slots } = this.#current;
    return selectedDate ? slotsOn(slots, selectedDate, this.timeZoneOf) : [];
  }

  bookableDates(): IsoDate[] {
    return this.#current.bookableDates;
  }

  #slotQuery(): SlotQuery {
    const { locationChoice, selection } = this.#current;
    const chosen = locationChoice && locationChoice !== ANY_LOCATION ? locationChoice : undefined;
    return { concerns: selection, locationId: chosen ?? this.#settings?.location ?? undefined };
  }

  /** Loads the visible month's bookable days and the times of the day to show, and the earliest appointment. */
  async loadVisibleMonth(): Promise<void> {
    if (!this.#settings || this.#current.selection.length === 0) return;
    const window = this.bookingWindow();
    const firstMonth = startOfMonthOf(window.min);
    if (this.#current.visibleMonth < firstMonth) this.#update({ visibleMonth: firstMonth });
    const { visibleMonth: month, selectedDate, earliest } = this.#current;
    const keep = selectedDate && startOfMonthOf(selectedDate) === month ? selectedDate : null;
    this.#update({ availabilityStatus: 'loading', dayLoading: false, error: null });
    try {
      const shown = await this.#availability.show(this.#slotQuery(), month, window, keep, earliest);
      if (!shown) return;
      this.#update({
        availabilityStatus: 'ready',
        slots: shown.known.slots,
        bookableDates: shown.known.days,
        nextAvailable: shown.known.nextAvailable,
        earliest: shown.earliest,
        selectedDate: shown.date,
      });
    } catch (error) {
      this.#update({ availabilityStatus: 'failed' });
      this.#fail(error, 'availability');
    }
  }

  // ---------------------------------------------------------------------------------------------------------
  // The held slot

  /** Holds a slot for the citizen and moves on to the contact step. */
  async chooseSlot(slot: Slot): Promise<void> {
    if (this.#current.busy) return;
    const { hold } = this.#current;
    if (hold && hold.start === slot.start && hold.locationId === slot.locationId) {
      this.#update({ selectedSlot: slot });
      return this.goTo(this.#afterTime());
    }
    this.releaseHold();
    this.#update({ busy: 'holding', selectedSlot: slot, error: null });
    const leaving = this.#holdRequests.signal;
    try {
      const held = await this.#hold(slot);
      this.#update({ busy: null });
      this.#holds.keep(held);
      // A citizen who went back while the time was being held gets it released, not a jump forward.
      if (this.#current.step === 'time') return this.goTo(this.#afterTime());
      this.releaseHold();
      this.#update({ selectedSlot: null });
    } catch (error) {
      this.#update({ busy: null, selectedSlot: null });
      // Cut off because the widget left the page: nothing to tell.
      if (leaving.aborted) return;
      if (toBookingError(error).code === 'slot-taken') this.#refreshAvailability();
      if (this.#current.step === 'time') this.#fail(error, 'hold');
    }
  }

  /** The step after the times: the contact form, or the review where a change needs no contact. */
  #afterTime(): StepName {
    const steps = this.visibleSteps();
    return steps[steps.indexOf('time') + 1] ?? 'contact';
  }

  /**
   * Asks the backend to hold a slot for the selection, with a fresh captcha when the catalog asks for one. A
   * hold it `replaces` (of the same slot) is given back only once the captcha is solved, just before. Stops
   * when `signal` (a renewal's), or else the widget leaving the page, aborts it.
   */
  async #hold({ locationId, start }: Slot | Hold, replaces?: Hold, given?: AbortSignal): Promise<Hold> {
    const signal = given ?? this.#holdRequests.signal;
    const config = this.#current.catalog?.captcha;
    const captcha = config ? await this.#settings?.solveCaptcha?.(config) : undefined;
    signal.throwIfAborted();
    if (replaces) await this.#adapter.releaseHold(replaces).catch(() => undefined);
    return this.#adapter.holdSlot({ concerns: this.#current.selection, locationId, start, captcha }, { signal });
  }

  /** Seconds until the hold runs out, by the flow's clock; null without a hold. */
  holdSecondsLeft(): number | null {
    return this.#holds.secondsLeft();
  }

  /** Keeps the held slot for another hold period, when the citizen asks for more time (WCAG 2.2.1). */
  extendHold(): Promise<void> {
    return this.#holds.extend();
  }

  /** Gives the held slot back, without waiting: the citizen goes on at once. */
  releaseHold(): void {
    this.#holds.release();
  }

  /** Sends the citizen back to the times after the held slot was lost, with everything typed kept. */
  #chooseAgain(): void {
    this.#holds.keep(null);
    this.#update({ selectedSlot: null });
    if (this.#current.step === 'contact' || this.#current.step === 'review') this.goTo('time');
    this.#refreshAvailability();
  }

  /** Forgets cached slots and reloads the visible month, after a slot turned out to be taken. */
  #refreshAvailability(): void {
    this.#availability.clear();
    this.#update({ earliest: null });
    void this.loadVisibleMonth();
  }

  // ---------------------------------------------------------------------------------------------------------
  // Contact, booking, cancelling

  submitContact(contact: Contact): void {
    if (JSON.stringify(this.#current.contact) !== JSON.stringify(contact)) this.#update({ bookingKey: null });
    this.#update({ contact, fieldErrors: [] });
    this.goTo('review');
  }

  /** Books the held slot. Pressing again while it runs does nothing; a retry reuses the idempotency key. */
  async book(): Promise<void> {
    if (this.#current.journey === 'reschedule') {
      return this.#changing('reschedule', (change, port) => change.move(port));
    }
    if (this.#current.busy || !this.#current.hold || !this.#current.contact || !this.#settings) return;
    this.#update({ busy: 'booking', error: null });
    // A hold being renewed is about to be replaced (ZMS would cancel a booking made of it): the booking waits
    // for the new one, and does not happen when the time was lost or the citizen went back meanwhile.
    await this.#holds.settled();
    const { hold, contact, step } = this.#current;
    if (!hold || !contact || step !== 'review') return this.#update({ busy: null });
    // The key is the new hold's when the renewal replaced it (and cleared the old one's).
    const idempotencyKey = this.#current.bookingKey ?? newIdempotencyKey();
    this.#update({ bookingKey: idempotencyKey });
    try {
      const booking = await this.#adapter.book({ hold, contact, lang: this.#settings.lang, idempotencyKey });
      this.#afterBooking();
      this.#update({ busy: null, booking });
      this.goTo('done');
      this.#emit('booked', { booking });
    } catch (error) {
      this.#update({ busy: null });
      this.#refused(error, 'booking');
    }
  }

  /** The hold is used up, and the times known before are stale: the booked one and those overlapping it. */
  #afterBooking(): void {
    this.#holds.keep(null);
    this.#availability.clear();
  }

  /**
   * A booking or a change the backend refused: refused fields back at the form (where the journey has one), a
   * lost time back to the times, and the error said. Nothing typed or chosen is lost.
   */
  #refused(error: unknown, task: 'booking' | 'reschedule'): void {
    const refusal = toBookingError(error);
    if (refusal.code === 'invalid-input' && refusal.fieldErrors.length && this.visibleSteps().includes('contact')) {
      this.#update({ fieldErrors: refusal.fieldErrors });
      this.goTo('contact');
    } else if (refusal.code === 'slot-taken' || refusal.code === 'hold-expired') {
      this.#chooseAgain();
    }
    this.#fail(refusal, task);
  }

  // ---------------------------------------------------------------------------------------------------------
  // Changing a booking: its own chunk, through a narrow port on the flow

  /** Whether the backend moves a booking in one step: the catalog says so and the adapter can. */
  movesInOneStep(): boolean {
    return this.#current.catalog?.reschedule === true && typeof this.#adapter.reschedule === 'function';
  }

  /** Starts moving the open booking to another time: its concerns and location chosen, the times next. */
  startReschedule = () => this.#changing('reschedule', (change, port) => change.startChange(port));

  /** Leaves the change: the held time is given back and the booking shown as it is. */
  stopReschedule = () => this.#changing('reschedule', (change, port) => change.stopChange(port));

  /** Cancels the old appointment after a change that left it standing (`kept` or `cancel-failed`). */
  cancelPrevious = () => this.#changing('cancel-previous', (change, port) => change.cancelPrevious(port));

  /** Runs a change of the booking from its chunk; a chunk that cannot be fetched fails `task`, to be tried again. */
  async #changing(
    task: FlowTask,
    run: (change: typeof import('./rescheduling.js'), port: FlowPort) => unknown,
  ): Promise<void> {
    let change: typeof import('./rescheduling.js');
    try {
      change = await import('./rescheduling.js');
    } catch (error) {
      // Only a cancel is busy before its chunk is here; a page that set the widget up anew meanwhile may be busy
      // with something else by now.
      if (this.#current.busy === 'cancelling') this.#update({ busy: null });
      return this.#fail(error, task);
    }
    const adapter = this.#adapter;
    await run(change, {
      adapter,
      lang: this.#settings!.lang,
      oneStep: this.movesInOneStep(),
      state: () => this.#current,
      settled: () => this.#holds.settled(),
      update: (patch) => this.#update(patch),
      goTo: (step) => this.goTo(step),
      firstStep: () => this.visibleSteps()[0] ?? 'time',
      emit: (name, detail) => this.#emit(name, detail),
      fail: (error, task) => this.#fail(error, task),
      releaseHold: () => this.releaseHold(),
      done: () => this.#afterBooking(),
      refused: (error) => this.#refused(error, 'reschedule'),
    });
  }

  /**
   * Cancels the booking shown, by the chunk that changes bookings (most citizens never cancel). It is busy from
   * the press on, while the chunk may still be on its way: a second press, or "keep it", does nothing meanwhile.
   */
  async cancel(): Promise<void> {
    const { booking, busy } = this.#current;
    if (busy || !booking?.token) return;
    this.#update({ busy: 'cancelling', error: null });
    await this.#changing('cancel', (change, port) => change.cancel(port, booking));
  }

  /** Starts over for another appointment, keeping the contact details for convenience. */
  startOver(): void {
    this.#holds.keep(null);
    this.#availability.clear();
    this.#startAtFirstStep();
  }

  /** Tries the failed action again. */
  retry(): void {
    const task = this.#current.error?.task;
    this.#update({ error: null });
    if (task === 'catalog' || task === 'manage') void this.loadCatalog();
    else if (task === 'availability') void this.loadVisibleMonth();
    // A change that could not start (its chunk did not load) is started again.
    else if (task === 'reschedule' && this.#current.journey !== 'reschedule') void this.startReschedule();
    else if (task === 'booking' || task === 'reschedule') void this.book();
    else if (task === 'cancel') void this.cancel();
  }

  /**
   * For a widget that left the page: stops the hold's timer and every request, and gives the held slot back,
   * so that nothing runs on for a page that no longer shows it (a single-page application's route change).
   */
  disconnect(): void {
    this.#catalogRequest?.abort();
    this.#availability.abort();
    this.#holdRequests.abort();
    this.#holdRequests = new AbortController();
    const { hold, selectedSlot, step } = this.#current;
    this.#suspended = hold && (step === 'contact' || step === 'review') ? selectedSlot : null;
    this.releaseHold();
  }

  /**
   * For a widget put back on the page: goes on where it was. A time that was held is held again; when that
   * fails, the citizen chooses again, with everything typed kept.
   */
  async reconnect(): Promise<void> {
    const slot = this.#suspended;
    this.#suspended = null;
    const { catalog, booking, journey, step } = this.#current;
    if (!catalog || (journey === 'manage' && !booking)) return this.loadCatalog();
    if (step === 'time') return this.loadVisibleMonth();
    if (!slot) return;
    try {
      this.#holds.keep(await this.#hold(slot));
    } catch (error) {
      this.#chooseAgain();
      this.#fail(error, 'hold');
    }
  }

  // ---------------------------------------------------------------------------------------------------------

  #fail(error: unknown, task: FlowTask): void {
    const bookingError = toBookingError(error);
    // Developers see what went wrong; citizens see a translated message chosen by the code. An answer about the
    // citizen's booking (a link that finds nothing, a slot just taken) is a warning; a failing backend an error.
    const report = isRetryable(bookingError) ? console.error : console.warn;
    report(`civic-booking: ${task} failed (${bookingError.code}): ${bookingError.message}`);
    // A failed hold is not retried as it was: the slot list is reloaded and the citizen chooses again. An
    // activation link is not tried again either: the citizen can book anew.
    // The old appointment's cancellation has its own button on the done step.
    const retryable = isRetryable(bookingError) && !['hold', 'activation', 'cancel-previous'].includes(task);
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
