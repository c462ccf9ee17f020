import { html, nothing, type TemplateResult } from 'lit';
import { foreignTimeZones, groupByPartOfDay, isSameSlot } from '../../domain/slots.js';
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
 * Shows the free times of one day as buttons, grouped into morning, afternoon and evening. Each time reads
 * on its location's clock; when that clock differs from the citizen's own, a label names the time zone. When
 * the times belong to more than one location, each names its location.
 *
 * @summary Choose a time on the chosen day.
 *
 * @fires {CustomEvent<CivicSlotSelectDetail>} civic-slot-select - When the citizen activates a time;
 *   `detail.slot` is the slot. Never fired for property changes.
 *
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
    const manyLocations = new Set(slots.map((slot) => slot.locationId)).size > 1;
    const names = new Map((this.locations ?? []).map((location) => [location.id, location.name]));
    const label = (slot: Slot) => {
      const time = l.formatTime(slot.start, this.#timeZoneOf(slot.locationId));
      return manyLocations
        ? l.format(m.slotAt, { time, location: names.get(slot.locationId) ?? slot.locationId })
        : time;
    };
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
      ${groupByPartOfDay(slots, this.#timeZoneOf).map(
        (group) =>
          html`<div part="group" class="group" role="group" aria-labelledby="part-${group.part}">
            <p id="part-${group.part}" part="group-label" class="group-label">${m.partsOfDay[group.part]}</p>
            <ul class="grid ${manyLocations ? 'wide' : ''}">
              ${group.slots.map(
                (slot) =>
                  html`<li>
                    <button
                      type="button"
                      part="slot"
                      aria-pressed=${isSameSlot(slot, this.value) ? 'true' : 'false'}
                      @click=${() => this.#handleSelect(slot)}
                    >
                      ${label(slot)}
                    </button>
                  </li>`,
              )}
            </ul>
          </div>`,
      )}
    </div>`;
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
