import { html, nothing, type TemplateResult } from 'lit';
import { foreignTimeZones, groupByLocation, groupByPartOfDay, isSameSlot } from '../../domain/slots.js';
import type { IsoDate, Location, Slot } from '../../domain/types.js';
import type { Localization } from '../../i18n/localization.js';
import { browserTimeZone } from '../shared/time-zone.js';
import { styles } from './civic-slot-picker.styles.js';
import { LocalizedElement } from '../shared/localized-element.js';

/** Detail of `civic-slot-select`. */
export interface CivicSlotSelectDetail {
  slot: Slot;
}

/**
 * Shows the free times of one day as a compact grid of buttons, grouped into morning, afternoon and evening.
 * Each time reads on its location's clock; when that clock differs from the citizen's own, a label names the
 * time zone. When the times belong to more than one location, they are grouped by location first (the one
 * with the earliest time on top), and each time's accessible name adds its location.
 *
 * @summary Choose a time on the chosen day.
 *
 * @fires {CustomEvent<CivicSlotSelectDetail>} civic-slot-select - When the citizen activates a time;
 *   `detail.slot` is the slot. Never fired for property changes.
 *
 * @csspart location - The times of one location, when several show.
 * @csspart location-label - The name of that location.
 * @csspart group - The times of one part of the day.
 * @csspart group-label - The name of a part of the day.
 * @csspart slot - One time button; `aria-pressed="true"` on the chosen one.
 * @csspart time-zone - The label naming the time zone of the times.
 *
 * @cssprop --civic-color-accent - Time buttons; background of the chosen one.
 * @cssprop --civic-color-on-accent - Text of the chosen time.
 * @cssprop --civic-color-muted - Status texts and the time-zone label.
 *
 * @tag civic-slot-picker
 */
export class CivicSlotPicker extends LocalizedElement {
  static override styles = styles;

  static override properties = {
    slots: { attribute: false },
    date: {},
    locations: { attribute: false },
    userTimeZone: { attribute: 'user-time-zone' },
    loading: { type: Boolean, reflect: true },
    value: { attribute: false },
  };

  /** The free slots of the chosen day, sorted by start. */
  slots: Slot[] = [];

  /** The chosen day, `YYYY-MM-DD`, or null when no day is chosen yet. */
  date: IsoDate | null = null;

  /** The locations, to name a slot's location and find its time zone. */
  locations: Location[] = [];

  /** The citizen's IANA time zone; defaults to the browser's. */
  userTimeZone: string = browserTimeZone();

  /** Whether the day's slots are being loaded. */
  loading = false;

  /** The chosen slot, shown pressed. */
  value: Slot | null = null;

  #timeZoneOf = (locationId: string): string =>
    this.locations?.find((location) => location.id === locationId)?.timeZone ?? this.userTimeZone;

  protected override render(): TemplateResult {
    const l = this.localization;
    const m = l.messages;
    const slots = this.slots ?? [];
    let status = '';
    if (this.loading) status = m.slotsLoading;
    else if (!this.date) status = m.chooseDayFirst;
    else if (!slots.length) status = m.noSlotsThisDay;
    // The status paragraph is always there, so that screen readers announce its changes.
    return html`<p class="status" role="status">${status}</p>
      ${status || !this.date ? nothing : this.#renderSlots(this.date, slots, l)}`;
  }

  #renderSlots(date: IsoDate, slots: Slot[], l: Localization): TemplateResult {
    const m = l.messages;
    const zones = foreignTimeZones(slots, this.#timeZoneOf, this.userTimeZone);
    const byLocation = groupByLocation(slots);
    const names = new Map((this.locations ?? []).map((location) => [location.id, location.name]));
    const nameOf = (id: string) => names.get(id) ?? id;
    return html`<div
      class="slots"
      role="group"
      aria-labelledby="slots-label"
      aria-describedby=${zones.length ? 'time-zone' : nothing}
    >
      <p id="slots-label" class="label">${l.format(m.slotsFor, { date: l.formatDayLong(date) })}</p>
      ${
        zones.length
          ? html`<p id="time-zone" part="time-zone" class="time-zone">
              ${l.format(m.timesIn, { zone: l.formatList(zones.map((zone) => l.formatTimeZone(zone.timeZone, zone.at))) })}
            </p>`
          : nothing
      }
      ${
        byLocation.length > 1
          ? byLocation.map(
              (group, index) =>
                html`<div part="location" class="location" role="group" aria-labelledby="location-${index}">
                  <p id="location-${index}" part="location-label" class="location-label" dir="auto">
                    ${nameOf(group.locationId)}
                  </p>
                  ${this.#renderParts(group.slots, `${index}-`, l, (slot, time) =>
                    l.format(m.slotAt, { time, location: nameOf(slot.locationId) }),
                  )}
                </div>`,
            )
          : this.#renderParts(slots, '', l)
      }
    </div>`;
  }

  /**
   * The times of one location as a compact grid per part of the day. Where several locations show, each
   * time's accessible name adds its location (`name`), which its visible text leaves to the group's label.
   */
  #renderParts(
    slots: Slot[],
    idPrefix: string,
    l: Localization,
    name?: (slot: Slot, time: string) => string,
  ): TemplateResult[] {
    return groupByPartOfDay(slots, this.#timeZoneOf).map((group) => {
      const id = `part-${idPrefix}${group.part}`;
      return html`<div part="group" class="group" role="group" aria-labelledby=${id}>
        <p id=${id} part="group-label" class="group-label">${l.messages.partsOfDay[group.part]}</p>
        <ul class="grid">
          ${group.slots.map((slot) => {
            const time = l.formatTime(slot.start, this.#timeZoneOf(slot.locationId));
            return html`<li>
              <button
                type="button"
                part="slot"
                aria-label=${name ? name(slot, time) : nothing}
                aria-pressed=${isSameSlot(slot, this.value) ? 'true' : 'false'}
                @click=${() => this.#handleSelect(slot)}
              >
                ${time}
              </button>
            </li>`;
          })}
        </ul>
      </div>`;
    });
  }

  #handleSelect(slot: Slot): void {
    this.value = slot;
    this.dispatchEvent(
      new CustomEvent<CivicSlotSelectDetail>('civic-slot-select', {
        detail: { slot },
        bubbles: true,
        composed: true,
      }),
    );
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'civic-slot-select': CustomEvent<CivicSlotSelectDetail>;
  }
}
