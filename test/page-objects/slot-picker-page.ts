import type { CivicSlotPicker } from '../../src/elements/civic-slot-picker/civic-slot-picker.js';
import { text } from './text.js';

/** What a citizen perceives of `<civic-slot-picker>`. */
export class SlotPickerPage {
  constructor(readonly element: CivicSlotPicker) {}

  private get root(): ShadowRoot {
    return this.element.shadowRoot!;
  }

  private labelOf(element: Element): string {
    const ids = (element.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
    if (ids.length) return ids.map((id) => text(this.root.getElementById(id))).join(' ');
    if (element.getAttribute('aria-label')) return element.getAttribute('aria-label')!;
    if (element.localName === 'fieldset') return text(element.querySelector('legend'));
    return '';
  }

  /** The outermost labelled group (the day's times), or null when none is shown. */
  private get dayGroup(): Element | null {
    return this.root.querySelector('[role="group"], fieldset');
  }

  /** The name of the group of the day's times. */
  dayLabel(): string {
    return this.dayGroup ? this.labelOf(this.dayGroup) : '';
  }

  /** What a screen reader names a time button: its aria-label, else its text. */
  nameOf(button: HTMLButtonElement): string {
    return button.getAttribute('aria-label') ?? text(button);
  }

  /** The parts of the day, in order (of each location, when several show), with the times' names in each. */
  groups(): { label: string; times: string[] }[] {
    const day = this.dayGroup;
    if (!day) return [];
    return [...day.querySelectorAll('[part~="group"]')].map((group) => ({
      label: this.labelOf(group),
      times: [...group.querySelectorAll('button')].map((button) => this.nameOf(button)),
    }));
  }

  /** The locations the times are grouped by when several show, each with the visible texts of its times. */
  locations(): { label: string; times: string[] }[] {
    return this.part('location').map((group) => ({
      label: this.labelOf(group),
      times: [...group.querySelectorAll('button')].map((button) => text(button)),
    }));
  }

  buttons(): HTMLButtonElement[] {
    return [...this.root.querySelectorAll<HTMLButtonElement>('button')];
  }

  /** The button with this name (or, failing that, showing this text); throws when there is none. */
  button(label: string): HTMLButtonElement {
    const button =
      this.buttons().find((candidate) => this.nameOf(candidate) === label) ??
      this.buttons().find((candidate) => text(candidate) === label);
    if (!button) throw new Error(`No time "${label}" in ${JSON.stringify(this.buttons().map((b) => text(b)))}`);
    return button;
  }

  /** The texts of the pressed buttons. */
  pressed(): string[] {
    return this.buttons()
      .filter((button) => button.getAttribute('aria-pressed') === 'true')
      .map((button) => text(button));
  }

  /** The time-zone label, or '' when none is shown. */
  timeZoneLabel(): string {
    return text(this.root.querySelector('[part~="time-zone"]'));
  }

  /** All visible text. */
  text(): string {
    return text(this.root);
  }

  /** The text of the polite status region. */
  status(): string {
    return text(this.root.querySelector('[role="status"]'));
  }

  part(name: string): Element[] {
    return [...this.root.querySelectorAll(`[part~="${name}"]`)];
  }
}
