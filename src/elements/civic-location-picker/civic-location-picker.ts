import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ANY_LOCATION } from '../../domain/selection.js';
import type { Location } from '../../domain/types.js';
import { styles } from './civic-location-picker.styles.js';
import { LocalizedElement } from '../shared/localized-element.js';

export { ANY_LOCATION };

interface Option {
  value: string;
  id: string;
  name: string;
  address?: string;
  hint?: string;
  lang?: string;
}

/**
 * Lets a citizen choose where the appointment takes place: a native radio group of locations with name,
 * address and hint, and first the option of the earliest appointment at any location. Arrow keys move the
 * choice as with any native radio group.
 *
 * @summary Choose a location, or the earliest appointment anywhere.
 *
 * @fires change - When the citizen chooses an option; read the location id (or `ANY_LOCATION`) from `value`.
 *   Never fired for property changes.
 *
 * @csspart option - One option: radio, name, address and hint.
 * @csspart address - The address of a location.
 * @csspart hint - The hint of a location, or the explanation of "any location".
 *
 * @cssprop --civic-color-accent - Radios and the border of the chosen option.
 * @cssprop --civic-color-surface - Background of the chosen option.
 * @cssprop --civic-color-muted - Addresses and hints.
 * @cssprop --civic-color-border - Borders of the options.
 *
 * @tag civic-location-picker
 */
export class CivicLocationPicker extends LocalizedElement {
  static override styles = styles;

  static override properties = {
    locations: { attribute: false },
    value: {},
    contentLang: { attribute: 'content-lang' },
    showAny: {
      attribute: 'show-any',
      converter: { fromAttribute: (value: string | null) => value !== null && value !== 'false' },
    },
  };

  /** The locations to choose from, in the order shown. */
  locations: Location[] = [];

  /** The chosen location id, `ANY_LOCATION` (`'*'`) for the earliest anywhere, or null for no choice yet. */
  value: string | null = null;

  /** Whether to offer "earliest appointment at any location" first; attribute `show-any="false"` hides it. */
  showAny = true;

  /**
   * The language the backend's texts are written in (the catalog's `lang`), so that a screen reader reads a
   * German name as German in an Arabic widget. Default: the element's own.
   */
  contentLang: string | null = null;

  protected override render(): TemplateResult {
    const m = this.localization.messages;
    const options: Option[] = (this.locations ?? []).map((location, index) => ({
      value: location.id,
      id: `location-${index}`,
      name: location.name,
      address: location.address,
      hint: location.hint,
      lang: this.contentLang ?? undefined,
    }));
    if (this.showAny) {
      options.unshift({ value: ANY_LOCATION, id: 'location-any', name: m.locationAny, hint: m.locationAnyHint });
    }
    // Native `input` events are composed and would reach the page; the contract is the `change` event.
    return html`<fieldset @input=${this.#handleNativeInput}>
      <legend class="visually-hidden">${m.locationLegend}</legend>
      ${options.map((option) => this.#renderOption(option))}
    </fieldset>`;
  }

  #renderOption(option: Option): TemplateResult {
    const checked = this.value === option.value;
    const describedBy = [option.address ? `${option.id}-address` : '', option.hint ? `${option.id}-hint` : '']
      .filter(Boolean)
      .join(' ');
    return html`<div part="option" class="option ${checked ? 'checked' : ''}">
      <input
        id=${option.id}
        type="radio"
        name="location"
        .value=${option.value}
        .checked=${live(checked)}
        aria-describedby=${describedBy || nothing}
        @change=${this.#handleChange}
      />
      <div class="body" lang=${option.lang ?? nothing} dir=${option.lang ? 'auto' : nothing}>
        <label for=${option.id} class="name">${option.name}</label>
        ${
          option.address
            ? html`<p id="${option.id}-address" part="address" class="address">${option.address}</p>`
            : nothing
        }
        ${option.hint ? html`<p id="${option.id}-hint" part="hint" class="hint">${option.hint}</p>` : nothing}
      </div>
    </div>`;
  }

  #handleNativeInput(event: Event): void {
    event.stopPropagation();
  }

  #handleChange(event: Event): void {
    this.value = (event.target as HTMLInputElement).value;
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }
}
