import type { CivicLocationPicker } from '../../src/elements/civic-location-picker/civic-location-picker.js';
import { text } from './text.js';

/** What a citizen perceives of `<civic-location-picker>`. */
export class LocationPickerPage {
  constructor(readonly element: CivicLocationPicker) {}

  private get root(): ShadowRoot {
    return this.element.shadowRoot!;
  }

  radios(): HTMLInputElement[] {
    return [...this.root.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  }

  nameOf(radio: HTMLInputElement): string {
    return radio.getAttribute('aria-label') ?? text(radio.labels?.[0]);
  }

  /** The option names in order. */
  names(): string[] {
    return this.radios().map((radio) => this.nameOf(radio));
  }

  radio(name: string): HTMLInputElement {
    const radio = this.radios().find((candidate) => this.nameOf(candidate) === name);
    if (!radio) throw new Error(`No option named "${name}" in ${JSON.stringify(this.names())}`);
    return radio;
  }

  /** The name of the checked option, or null. */
  checked(): string | null {
    const radio = this.radios().find((candidate) => candidate.checked);
    return radio ? this.nameOf(radio) : null;
  }

  /** The accessible description of an option. */
  description(name: string): string {
    const ids = (this.radio(name).getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    return ids.map((id) => text(this.root.getElementById(id))).join(' ');
  }

  /** The name of the group (the fieldset's legend). */
  groupName(): string {
    return text(this.root.querySelector('fieldset > legend'));
  }

  /** The radios share one group, so arrow keys move between them. */
  sameGroup(): boolean {
    const radios = this.radios();
    return (
      radios.length > 0 &&
      radios.every(
        (radio) => radio.name === radios[0]!.name && radio.closest('fieldset') === radios[0]!.closest('fieldset'),
      )
    );
  }

  part(name: string): Element[] {
    return [...this.root.querySelectorAll(`[part~="${name}"]`)];
  }
}
