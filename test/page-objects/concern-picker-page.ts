import type { CivicConcernPicker } from '../../src/elements/civic-concern-picker/civic-concern-picker.js';
import { text } from './text.js';

/** What a citizen perceives of `<civic-concern-picker>`, so that tests survive markup changes. */
export class ConcernPickerPage {
  constructor(readonly element: CivicConcernPicker) {}

  private get root(): ShadowRoot {
    return this.element.shadowRoot!;
  }

  /** Every listed concern's checkbox in document order (rows hidden by the filter are not listed). */
  checkboxes(): HTMLInputElement[] {
    return [...this.root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].filter(
      (box) => !box.closest('[hidden]'),
    );
  }

  /** The accessible name of a form control: its aria-label or its label's text. */
  nameOf(control: HTMLInputElement | HTMLSelectElement): string {
    return control.getAttribute('aria-label') ?? text(control.labels?.[0]);
  }

  /**
   * What has the focus, as a citizen would name it: `checkbox: Name`, `link: Accessible name`,
   * `persons: Accessible name`, `filter`, or `none`.
   */
  focused(): string {
    const active = this.root.activeElement;
    if (!active) return 'none';
    if (active instanceof HTMLInputElement && active.type === 'checkbox') return `checkbox: ${this.nameOf(active)}`;
    if (active instanceof HTMLInputElement && active.type === 'search') return 'filter';
    if (active instanceof HTMLSelectElement || active instanceof HTMLInputElement) {
      return `persons: ${this.nameOf(active)}`;
    }
    if (active instanceof HTMLAnchorElement) return `link: ${active.getAttribute('aria-label') ?? text(active)}`;
    return active.localName;
  }

  /** The button with this text, or null. */
  button(label: string): HTMLButtonElement | null {
    return [...this.root.querySelectorAll('button')].find((button) => text(button) === label) ?? null;
  }

  /** The names of the listed concerns, in order. */
  names(): string[] {
    return this.checkboxes().map((box) => this.nameOf(box));
  }

  /** The checkbox of the concern with this name; throws when it is not listed. */
  checkbox(name: string): HTMLInputElement {
    const box = this.checkboxes().find((candidate) => this.nameOf(candidate) === name);
    if (!box) throw new Error(`No concern named "${name}" in ${JSON.stringify(this.names())}`);
    return box;
  }

  has(name: string): boolean {
    return this.names().includes(name);
  }

  /** The names of the checked concerns. */
  checked(): string[] {
    return this.checkboxes()
      .filter((box) => box.checked)
      .map((box) => this.nameOf(box));
  }

  /** The names of the disabled concerns. */
  disabled(): string[] {
    return this.checkboxes()
      .filter((box) => box.disabled)
      .map((box) => this.nameOf(box));
  }

  /** The accessible description of a concern (text of its aria-describedby targets). */
  description(name: string): string {
    const ids = (this.checkbox(name).getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    return ids.map((id) => text(this.root.getElementById(id))).join(' ');
  }

  /** The row of a concern (the `concern` part). */
  row(name: string): HTMLElement {
    return this.checkbox(name).closest<HTMLElement>('[part~="concern"]')!;
  }

  /** The "more information" link of a concern, or null. */
  infoLink(name: string): HTMLAnchorElement | null {
    return this.row(name).querySelector('a');
  }

  /** The persons field of a concern, or null when it has none. */
  persons(name: string): HTMLSelectElement | HTMLInputElement | null {
    return this.row(name).querySelector('select, input[type="number"]');
  }

  /** The category legends in order, each with the concern names under it. */
  categories(): { name: string; concerns: string[] }[] {
    return [...this.root.querySelectorAll('fieldset')]
      .filter((fieldset) => !fieldset.hidden)
      .map((fieldset) => ({
        name: text(fieldset.querySelector('legend')),
        concerns: this.checkboxes()
          .filter((box) => fieldset.contains(box))
          .map((box) => this.nameOf(box)),
      }));
  }

  get filter(): HTMLInputElement | null {
    return this.root.querySelector('input[type="search"]');
  }

  /** The text of the polite region announcing filter matches (the live region that is not the summary). */
  filterStatus(): string {
    const region = [...this.root.querySelectorAll('[role="status"], [aria-live="polite"]')].find(
      (node) => !node.matches('[part~="summary"]'),
    );
    return text(region);
  }

  /** The summary (`summary` part): number chosen and estimated duration. */
  summary(): string {
    return text(this.root.querySelector('[part~="summary"]'));
  }

  /** Whether the summary is a polite live region. */
  summaryIsLive(): boolean {
    const summary = this.root.querySelector('[part~="summary"]');
    return !!summary && (summary.getAttribute('role') === 'status' || summary.getAttribute('aria-live') === 'polite');
  }

  /** All visible text of the picker. */
  text(): string {
    return text(this.root);
  }

  part(name: string): Element[] {
    return [...this.root.querySelectorAll(`[part~="${name}"]`)];
  }
}
