import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { whatToBring } from '../../domain/selection.js';
import type { Booking, Concern, Location } from '../../domain/types.js';
import type { Localization } from '../../i18n/localization.js';
import { browserTimeZone, zoneLabel } from '../shared/time-zone.js';
import { styles } from './civic-booking-details.styles.js';
import { LocalizedElement } from '../shared/localized-element.js';

/** Detail of `civic-cancel-request`. */
export interface CancelRequestDetail {
  reference: string;
}

/**
 * A booking as the citizen needs it after booking (`done`) or when opening it from a link (`manage`): its
 * status, the reference to quote, date and time in the office's zone, the place and its address, the concerns,
 * what to bring (each concern's `bring` items, else its description), after booking how to change or cancel
 * it later, and the actions "Add to calendar" (an RFC 5545 file with a reminder the day before), "Print" (the
 * same details on one page) and "Cancel appointment" (with an inline confirmation).
 *
 * The element does not cancel anything itself: it fires `civic-cancel-request` and the flow sets `cancelling`
 * while the request runs, then passes the cancelled booking.
 *
 * @summary The done step and the manage view of one booking.
 *
 * @fires civic-cancel-request - `{ reference }` when the citizen confirms the cancellation.
 * @fires civic-reschedule-request - When the citizen asks to move the booking to another time.
 *
 * @csspart status - The booking's status.
 * @csspart reference - The booking reference, large and easy to copy.
 * @csspart details - The description list with the booking's details.
 * @csspart actions - The calendar, print and cancel actions.
 *
 * @cssprop --civic-color-accent - Colour of the actions.
 * @cssprop --civic-color-danger - Colour of the confirmation to cancel.
 * @cssprop --civic-color-success - Colour of a confirmed status.
 *
 * @tag civic-booking-details
 */
export class CivicBookingDetails extends LocalizedElement {
  static override styles = styles;

  static override properties = {
    booking: { attribute: false },
    location: { attribute: false },
    concerns: { attribute: false },
    officeName: { attribute: 'office-name' },
    contentLang: { attribute: 'content-lang' },
    icsNow: { attribute: false },
    mode: { reflect: true },
    cancelling: { type: Boolean },
    cancellable: { type: Boolean },
    reschedulable: { type: Boolean },
    note: {},
    confirmedByLink: { type: Boolean, attribute: 'confirmed-by-link' },
    userTimeZone: { attribute: 'user-time-zone' },
    confirming: { state: true, attribute: false },
  };

  /** The booking to show. */
  booking: Booking | null = null;

  /** The booking's location, for its name, address, hint and time zone. */
  location: Location | null = null;

  /** The catalog's concerns, to name the booked ones. */
  concerns: Concern[] = [];

  /** The office's name, for the calendar entry. */
  officeName = '';

  /**
   * The language the backend's texts are written in (the catalog's `lang`), so that a screen reader reads a
   * German name as German in an Arabic widget. Default: the element's own.
   */
  contentLang: string | null = null;

  /** The clock for the calendar file's time stamp; injectable so that the file is deterministic in tests. */
  icsNow: () => Date = () => new Date();

  /** `done` right after booking, `manage` when the booking was opened from a link. */
  mode: 'done' | 'manage' = 'done';

  /** Whether a cancel request is running: the confirmation waits and says so. */
  cancelling = false;

  /** Whether the booking may be cancelled here at all. */
  cancellable = true;

  /** Whether the booking may be moved to another time here: a button fires `civic-reschedule-request`. */
  reschedulable = false;

  /** A line about the booking, shown above its details and written into the calendar file (a released one). */
  note: string | null = null;

  /** Whether the citizen has just confirmed this booking with the link from the e-mail: the view thanks them. */
  confirmedByLink = false;

  /** The citizen's time zone; the time gets a zone label when it would show differently there. */
  userTimeZone: string = browserTimeZone();

  /** Whether the inline "really cancel?" question is open. */
  private confirming = false;

  /** Set when the booking turned cancelled while the citizen was confirming: focus then goes to the notice. */
  #focusCancelledNotice = false;

  /** A cancelled booking, the cancel question, a link just confirmed, the manage view: rarer texts. */
  protected override needsMoreTexts(): boolean {
    return (
      this.mode === 'manage' ||
      this.booking?.status === 'cancelled' ||
      this.confirmedByLink ||
      this.confirming ||
      this.cancelling
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const previous = changed.get('booking') as Booking | null | undefined;
    if (changed.has('booking') && previous && this.booking) {
      const cancelledNow = this.booking.status === 'cancelled' && previous.status !== 'cancelled';
      if (cancelledNow && this.confirming) this.#focusCancelledNotice = true;
      if (cancelledNow || previous.reference !== this.booking.reference) this.confirming = false;
    }
  }

  protected override updated(): void {
    if (this.#focusCancelledNotice) {
      this.#focusCancelledNotice = false;
      this.renderRoot.querySelector<HTMLElement>('#cancelled-notice')?.focus();
    }
  }

  /** Downloads the calendar file, written by a chunk that is requested only when the citizen asks for it. */
  async #handleAddToCalendar(): Promise<void> {
    const booking = this.booking;
    if (!booking) return;
    const [{ downloadCalendarFile }] = await Promise.all([import('./calendar-file.js'), this.loadMoreTexts()]);
    downloadCalendarFile({
      booking,
      location: this.location,
      concerns: this.concerns,
      officeName: this.officeName,
      note: this.note,
      now: this.icsNow(),
      timeZone: this.location?.timeZone ?? this.userTimeZone,
      localization: this.localization,
    });
  }

  #handleReschedule(): void {
    this.dispatchEvent(new CustomEvent('civic-reschedule-request', { bubbles: true, composed: true }));
  }

  async #handleCancel(): Promise<void> {
    this.confirming = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#cancel-question')?.focus();
  }

  async #handleCancelNo(): Promise<void> {
    this.confirming = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#cancel')?.focus();
  }

  #handleCancelYes(): void {
    if (this.cancelling || !this.booking) return;
    this.dispatchEvent(
      new CustomEvent<CancelRequestDetail>('civic-cancel-request', {
        bubbles: true,
        composed: true,
        detail: { reference: this.booking.reference },
      }),
    );
  }

  #handlePrint(): void {
    window.print();
  }

  #renderNotice(booking: Booking, l: Localization): TemplateResult | typeof nothing {
    const m = l.messages;
    if (booking.status === 'pending-verification') {
      const minutes = booking.verifyWithinMinutes;
      return html`<p class="notice pending">
        ${minutes ? l.plural(m.pendingVerification, minutes) : m.pendingVerificationNoTime}
      </p>`;
    }
    if (booking.status === 'cancelled') {
      return html`<p class="notice cancelled" id="cancelled-notice" tabindex="-1">${m.cancelled}</p>`;
    }
    if (this.confirmedByLink) {
      return html`<p class="notice confirmed" role="status">${m.activationConfirmed}</p>`;
    }
    return nothing;
  }

  #renderWhen(booking: Booking, l: Localization): TemplateResult {
    const timeZone = this.location?.timeZone ?? this.userTimeZone;
    const zone = zoneLabel(l, booking.start, timeZone, this.userTimeZone);
    return html`
      <p class="strong">${l.formatDateTime(booking.start, timeZone)}</p>
      ${zone ? html`<p class="muted">${zone}</p>` : nothing}
    `;
  }

  #renderWhere(location: Location): TemplateResult {
    return html`
      <div lang=${this.contentLang ?? nothing} dir="auto">
        <p class="strong">${location.name}</p>
        ${location.hint ? html`<p class="muted">${location.hint}</p>` : nothing}
      </div>
    `;
  }

  /** A row of the details: a term and what it describes, in the backend's language when it is its text. */
  #row(term: string, description: unknown, part?: string): TemplateResult {
    return html`<div class="row" part=${part ?? nothing}>
      <dt>${term}</dt>
      <dd>${description}</dd>
    </div>`;
  }

  #renderConcerns(booking: Booking, l: Localization): TemplateResult {
    const names = new Map(this.concerns.map((concern) => [concern.id, concern.name]));
    return html`<ul>
      ${booking.concerns.map(
        (selection) =>
          html`<li>
            ${names.get(selection.id) ?? selection.id}
            <span class="muted">(${l.plural(l.messages.persons, selection.count)})</span>
          </li>`,
      )}
    </ul>`;
  }

  #renderList(items: string[]): TemplateResult {
    return html`<ul lang=${this.contentLang ?? nothing}>
      ${items.map((item) => html`<li dir="auto">${item}</li>`)}
    </ul>`;
  }

  #renderActions(booking: Booking, l: Localization): TemplateResult {
    const m = l.messages;
    const open = booking.status !== 'cancelled';
    return html`
      <div class="actions" part="actions">
        ${open ? html`<button type="button" @click=${this.#handleAddToCalendar}>${m.addToCalendar}</button>` : nothing}
        <button type="button" @click=${this.#handlePrint}>${m.print}</button>
        ${
          open && this.reschedulable
            ? html`<button type="button" id="reschedule" @click=${this.#handleReschedule}>${m.rescheduleStart}</button>`
            : nothing
        }
        ${
          open && this.cancellable
            ? html`<button type="button" id="cancel" @click=${this.#handleCancel}>${m.cancelBooking}</button>`
            : nothing
        }
      </div>
      ${
        open && this.cancellable && this.confirming
          ? html`<div class="confirm" role="group" aria-labelledby="cancel-question">
              <p id="cancel-question" tabindex="-1">${m.cancelConfirm}</p>
              <div class="confirm-actions">
                <button
                  type="button"
                  class="danger"
                  aria-disabled=${this.cancelling ? 'true' : 'false'}
                  @click=${this.#handleCancelYes}
                >
                  ${m.cancelYes}
                </button>
                <button type="button" ?disabled=${this.cancelling} @click=${this.#handleCancelNo}>${m.cancelNo}</button>
              </div>
              <p role="status" class="muted">${this.cancelling ? m.cancelling : nothing}</p>
            </div>`
          : nothing
      }
    `;
  }

  protected override render() {
    const booking = this.booking;
    if (!booking) return nothing;
    const l = this.localization;
    const m = l.messages;
    const open = booking.status !== 'cancelled';
    const bring = whatToBring(booking.concerns, this.concerns);
    const status = {
      confirmed: m.statusConfirmed,
      'pending-verification': m.statusPending,
      cancelled: m.statusCancelled,
    }[booking.status];
    return html`
      ${this.#renderNotice(booking, l)} ${this.note ? html`<p class="notice released">${this.note}</p>` : nothing}
      <dl class="details" part="details">
        ${this.#row(m.statusLabel, html`<span class="badge ${booking.status}">${status}</span>`, 'status')}
        ${this.#row(m.reference, booking.reference, 'reference')}
        ${this.#row(m.reviewTime, this.#renderWhen(booking, l))}
        ${this.location ? this.#row(m.reviewLocation, this.#renderWhere(this.location)) : nothing}
        ${
          this.location?.address
            ? this.#row(
                m.addressHeading,
                html`<p lang=${this.contentLang ?? nothing} dir="auto">${this.location.address}</p>`,
              )
            : nothing
        }
        ${booking.concerns.length > 0 ? this.#row(m.reviewConcerns, this.#renderConcerns(booking, l)) : nothing}
        ${bring.length && open ? this.#row(m.bringHeading, this.#renderList(bring), 'bring') : nothing}
      </dl>
      ${
        open && this.mode === 'done'
          ? html`<div class="change" part="change">
              <h3>${m.changeOrCancelHeading}</h3>
              <p>${m.changeOrCancelText}</p>
            </div>`
          : nothing
      }
      ${this.#renderActions(booking, l)}
    `;
  }
}
