import { html, nothing, type TemplateResult } from 'lit';
import type { Concern, Contact, Location, Slot } from '../../domain/types.js';
import type { Localization } from '../../i18n/localization.js';
import { browserTimeZone, zoneLabel } from '../shared/time-zone.js';
import { styles } from './civic-review.styles.js';
import { LocalizedElement } from '../shared/localized-element.js';

/** A step of the flow the citizen can go back to from the review. */
export type ReviewStep = 'concerns' | 'location' | 'time' | 'contact';

/** Detail of `civic-edit`. */
export interface ReviewEditDetail {
  step: ReviewStep;
}

/** One chosen concern with its number of persons. */
export interface ReviewConcern {
  concern: Concern;
  count: number;
}

/**
 * Everything chosen before booking, as a description list: concerns with persons, location, date and time,
 * contact. Each part has a "Change" button that asks the flow to go back to its step.
 *
 * @summary The review step: what will be booked, with a way back to each part.
 *
 * @fires civic-edit - `{ step }` (`concerns`, `location`, `time` or `contact`) when the citizen wants to change
 *   a part.
 *
 * @csspart section - One part of the review: its term, its definition and its change button.
 * @csspart term - The name of a part ("Location").
 * @csspart definition - What was chosen for a part.
 * @csspart change - A part's "Change" button.
 *
 * @cssprop --civic-color-surface - Background of the review.
 * @cssprop --civic-color-muted - Colour of secondary text (address, time zone).
 *
 * @tag civic-review
 */
export class CivicReview extends LocalizedElement {
  static override styles = styles;

  static override properties = {
    concerns: { attribute: false },
    location: { attribute: false },
    appointment: { attribute: false },
    contact: { attribute: false },
    estimatedMinutes: { type: Number, attribute: 'estimated-minutes' },
    contentLang: { attribute: 'content-lang' },
    userTimeZone: { attribute: 'user-time-zone' },
    hideLocationChange: { type: Boolean, attribute: 'hide-location-change' },
    hideConcernsChange: { type: Boolean, attribute: 'hide-concerns-change' },
    previous: { attribute: false },
    previousLocation: { attribute: false },
  };

  /** The chosen concerns with their numbers of persons. */
  concerns: ReviewConcern[] = [];

  /** The location of the chosen slot. */
  location: Location | null = null;

  /**
   * The chosen (held) slot. Named `appointment` because `slot` is HTMLElement's own (the name of the slot the
   * element goes into).
   */
  appointment: Slot | null = null;

  /** The contact the citizen entered. */
  contact: Contact | null = null;

  /** Estimated minutes for the whole selection; 0 shows no estimate. */
  estimatedMinutes = 0;

  /**
   * The language the backend's texts are written in (the catalog's `lang`), so that a screen reader reads a
   * German name as German in an Arabic widget. Default: the element's own.
   */
  contentLang: string | null = null;

  /** The citizen's time zone; times get a zone label when it would show them differently. */
  userTimeZone: string = browserTimeZone();

  /** Hides the location's change button, for example when there is only one location. */
  hideLocationChange = false;

  /** Hides the concerns' change button, for example when the page preselected the concern. */
  hideConcernsChange = false;

  /**
   * When an appointment is moved: the appointment as it was. The time then shows old and new side by side, and
   * the old one's location where it differs.
   */
  previous: Slot | null = null;

  /** The location of {@link previous}. */
  previousLocation: Location | null = null;

  /** Old and new side by side: texts of changing an appointment, a rarer path. */
  protected override needsMoreTexts(): boolean {
    return this.previous !== null;
  }

  #handleEdit(event: Event): void {
    const step = (event.currentTarget as HTMLButtonElement).dataset['step'] as ReviewStep;
    this.dispatchEvent(
      new CustomEvent<ReviewEditDetail>('civic-edit', { bubbles: true, composed: true, detail: { step } }),
    );
  }

  #renderSection(
    step: ReviewStep,
    term: string,
    changeLabel: string | null,
    definition: TemplateResult,
    l: Localization,
  ): TemplateResult {
    return html`
      <div class="section" part="section">
        <dt part="term">${term}</dt>
        <dd part="definition">${definition}</dd>
        ${
          changeLabel
            ? html`<dd class="change">
                <button
                  type="button"
                  part="change"
                  data-step=${step}
                  aria-label=${changeLabel}
                  @click=${this.#handleEdit}
                >
                  ${l.messages.change}
                </button>
              </dd>`
            : nothing
        }
      </div>
    `;
  }

  #renderConcerns(l: Localization): TemplateResult {
    const m = l.messages;
    return html`
      <ul>
        ${this.concerns.map(
          ({ concern, count }) =>
            html`<li>
              <span class="name" lang=${this.contentLang ?? nothing} dir="auto">${concern.name}</span>
              <span class="muted">(${l.plural(m.persons, count)})</span>
            </li>`,
        )}
      </ul>
      ${
        this.estimatedMinutes > 0
          ? html`<p class="muted">
              ${l.format(m.estimatedDuration, { duration: l.formatDuration(this.estimatedMinutes) })}
            </p>`
          : nothing
      }
    `;
  }

  #renderLocation(location: Location): TemplateResult {
    return html`
      <p class="name" lang=${this.contentLang ?? nothing} dir="auto">${location.name}</p>
      ${
        location.address
          ? html`<p class="muted" lang=${this.contentLang ?? nothing} dir="auto">${location.address}</p>`
          : nothing
      }
    `;
  }

  #renderTime(slot: Slot, l: Localization, location = this.location): TemplateResult {
    const timeZone = location?.timeZone ?? this.userTimeZone;
    const zone = zoneLabel(l, slot.start, timeZone, this.userTimeZone);
    return html`
      <p class="name">${l.formatDateTime(slot.start, timeZone)}</p>
      ${zone ? html`<p class="muted">${zone}</p>` : nothing}
    `;
  }

  #renderMove(slot: Slot, previous: Slot, l: Localization): TemplateResult {
    const m = l.messages;
    const elsewhere = this.previousLocation && this.previousLocation.id !== this.location?.id;
    return html`<div class="compare" part="compare">
      <div class="previous">
        <p class="muted">${m.previousAppointment}</p>
        ${this.#renderTime(previous, l, this.previousLocation ?? this.location)}
        ${elsewhere ? this.#renderLocation(this.previousLocation!) : nothing}
      </div>
      <div class="new">
        <p class="muted">${m.newAppointment}</p>
        ${this.#renderTime(slot, l)}
      </div>
    </div>`;
  }

  #renderContact(contact: Contact): TemplateResult {
    return html`
      <p class="name">${contact.name}</p>
      ${contact.email ? html`<p class="contact-detail">${contact.email}</p>` : nothing}
      ${contact.phone ? html`<p class="contact-detail">${contact.phone}</p>` : nothing}
    `;
  }

  protected override render() {
    const l = this.localization;
    const m = l.messages;
    return html`
      <dl>
        ${
          this.concerns.length > 0
            ? this.#renderSection(
                'concerns',
                m.reviewConcerns,
                this.hideConcernsChange ? null : m.changeConcerns,
                this.#renderConcerns(l),
                l,
              )
            : nothing
        }
        ${
          this.location
            ? this.#renderSection(
                'location',
                m.reviewLocation,
                this.hideLocationChange ? null : m.changeLocation,
                this.#renderLocation(this.location),
                l,
              )
            : nothing
        }
        ${
          this.appointment
            ? this.#renderSection(
                'time',
                m.reviewTime,
                m.changeTime,
                this.previous
                  ? this.#renderMove(this.appointment, this.previous, l)
                  : this.#renderTime(this.appointment, l),
                l,
              )
            : nothing
        }
        ${
          this.contact
            ? this.#renderSection('contact', m.reviewContact, m.changeContact, this.#renderContact(this.contact), l)
            : nothing
        }
      </dl>
    `;
  }
}
