import type { CivicCalendar } from '../../src/elements/civic-calendar/civic-calendar.js';

/**
 * What a user perceives of a `<civic-calendar>` and what they can do with it, so that tests read as user
 * actions and survive markup changes.
 */
export class CalendarPage {
  constructor(readonly el: CivicCalendar) {}

  private get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }

  /** The table of days. */
  grid(): HTMLTableElement {
    return this.root.querySelector('table')!;
  }

  /** The month title as shown, e.g. "December 2026". */
  title(): string {
    return this.titleElement().textContent!.trim();
  }

  titleElement(): HTMLElement {
    return this.root.querySelector('[part~="title"]')!;
  }

  /** The grid's accessible name, resolved through `aria-labelledby`. */
  gridLabel(): string {
    const id = this.grid().getAttribute('aria-labelledby')!;
    return this.root.getElementById(id)!.textContent!.trim();
  }

  /** The column headers, in order: visible abbreviation and full name. */
  weekdays(): { short: string; long: string; scope: string | null }[] {
    return [...this.grid().querySelectorAll('thead th')].map((th) => ({
      short: th.querySelector('[aria-hidden="true"]')!.textContent!.trim(),
      long: th.getAttribute('abbr') ?? '',
      scope: th.getAttribute('scope'),
    }));
  }

  /** Every day button in the grid. */
  dayButtons(): HTMLButtonElement[] {
    return [...this.grid().querySelectorAll<HTMLButtonElement>('tbody button')];
  }

  /** The days shown, as ISO dates, in grid order. */
  shownDates(): string[] {
    return this.dayButtons().map((button) => this.dateOf(button));
  }

  dateOf(button: HTMLButtonElement): string {
    return button.dataset['date']!;
  }

  dayButton(date: string): HTMLButtonElement {
    const button = this.dayButtons().find((candidate) => this.dateOf(candidate) === date);
    if (!button) throw new Error(`No day button for ${date}; shown: ${this.title()}`);
    return button;
  }

  /** The accessible name of a day. */
  dayName(date: string): string {
    return this.dayButton(date).getAttribute('aria-label') ?? '';
  }

  /** The day that has keyboard focus, or null. */
  focusedDate(): string | null {
    const active = this.root.activeElement as HTMLButtonElement | null;
    return active?.dataset['date'] ?? null;
  }

  /** The days in the tab order (the roving tabindex): there should be exactly one. */
  tabbableDates(): string[] {
    return this.dayButtons()
      .filter((button) => button.tabIndex === 0)
      .map((button) => this.dateOf(button));
  }

  /** The selected days (announced as pressed). */
  selected(): string[] {
    return this.dayButtons()
      .filter((button) => button.getAttribute('aria-pressed') === 'true')
      .map((button) => this.dateOf(button));
  }

  /** The days that can be chosen (not disabled in any way). */
  bookable(): string[] {
    return this.dayButtons()
      .filter((button) => !button.disabled && button.getAttribute('aria-disabled') !== 'true')
      .map((button) => this.dateOf(button));
  }

  /** The day marked as today. */
  today(): string[] {
    return this.dayButtons()
      .filter((button) => button.getAttribute('aria-current') === 'date')
      .map((button) => this.dateOf(button));
  }

  isDisabled(date: string): boolean {
    const button = this.dayButton(date);
    return button.disabled || button.getAttribute('aria-disabled') === 'true';
  }

  previousButton(): HTMLButtonElement {
    return this.root.querySelector('[part~="nav-button"][part~="previous"]')!;
  }

  nextButton(): HTMLButtonElement {
    return this.root.querySelector('[part~="nav-button"][part~="next"]')!;
  }

  isPreviousDisabled(): boolean {
    return this.previousButton().getAttribute('aria-disabled') === 'true';
  }

  isNextDisabled(): boolean {
    return this.nextButton().getAttribute('aria-disabled') === 'true';
  }

  /** Shows the next month as a pointer user would. */
  async next(): Promise<void> {
    this.nextButton().click();
    await this.el.updateComplete;
  }

  /** Shows the previous month as a pointer user would. */
  async previous(): Promise<void> {
    this.previousButton().click();
    await this.el.updateComplete;
  }

  /** Clicks a day. */
  async choose(date: string): Promise<void> {
    this.dayButton(date).click();
    await this.el.updateComplete;
  }

  /** The polite status text (loading, no free days). */
  status(): string {
    return this.root.querySelector('[role="status"]')?.textContent?.trim() ?? '';
  }

  isBusy(): boolean {
    return this.grid().getAttribute('aria-busy') === 'true';
  }

  /** The "Next free day" button, if shown. */
  jumpButton(): HTMLButtonElement | null {
    return this.root.querySelector('[part~="jump-button"]');
  }
}
