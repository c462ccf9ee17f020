import { html, nothing, svg, type PropertyValues } from 'lit';
import {
  clampDate,
  gridKeys,
  isInRange,
  isMonthInRange,
  isSameMonth,
  monthGrid,
  moveFocus,
} from '../../domain/calendar-month.js';
import { addMonthsTo, startOfMonthOf, todayIn } from '../../domain/dates.js';
import type { IsoDate } from '../../domain/types.js';
import { browserTimeZone } from '../shared/time-zone.js';
import { styles } from './civic-calendar.styles.js';
import { LocalizedElement } from '../shared/localized-element.js';

/** The detail of `civic-month-change`. */
export interface CivicMonthChangeDetail {
  /** The first day of the month now shown. */
  month: IsoDate;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'civic-month-change': CustomEvent<CivicMonthChangeDetail>;
  }
}

const chevronBack = svg`<path d="M14.5 5 L7.5 12 L14.5 19" />`;
const chevronOn = svg`<path d="M9.5 5 L16.5 12 L9.5 19" />`;

/**
 * A month calendar to choose a day, following the ARIA APG date-grid model: a native table with one button
 * per day, named with the full date and whether appointments are free on it.
 *
 * @summary Choose a bookable day in a month calendar.
 *
 * @fires change - The user chose a bookable day (click, Enter or Space); read `value`. Bubbles, composed.
 * @fires civic-month-change - The user moved to another month; `detail: { month }` is its first day.
 *   Bubbles, composed.
 *
 * @csspart header - The row with the month title and the navigation buttons.
 * @csspart title - The month and year.
 * @csspart nav-button - The previous and next month buttons (also `previous` or `next`).
 * @csspart grid - The table of days.
 * @csspart weekday - A weekday column header.
 * @csspart day - A day button; with `bookable`, `selected`, `today` or `disabled` for its state.
 * @csspart status - The loading and "no free appointments" text.
 * @csspart jump-button - The button that jumps to the next free day.
 *
 * @cssprop --civic-cell-size - The size of a day cell (default 2.75rem); cells shrink on narrow screens.
 * @cssprop --civic-color-accent - Bookable and selected days.
 * @cssprop --civic-color-surface - The background of bookable days.
 * @cssprop --civic-color-muted - Days without appointments and weekday names.
 *
 * @tag civic-calendar
 */
export class CivicCalendar extends LocalizedElement {
  static override styles = styles;

  static override properties = {
    value: { reflect: true },
    bookableDates: { attribute: false },
    min: {},
    max: {},
    today: {},
    month: {},
    loading: { type: Boolean, reflect: true },
    nextBookableDate: { attribute: 'next-bookable-date' },
    firstDayOfWeek: { attribute: 'first-day-of-week', type: Number },
    activeDate: { state: true, attribute: false },
  };

  /** The selected day, `YYYY-MM-DD`, or null. */
  value: IsoDate | null = null;

  /** The days with free appointments; all other days can be focused but not chosen. */
  bookableDates: IsoDate[] = [];

  /** The earliest day the user can reach (usually today). */
  min: IsoDate | null = null;

  /** The latest day the user can reach (usually today plus the booking horizon). */
  max: IsoDate | null = null;

  /** Today, marked in the grid; by default the browser's local day. */
  today: IsoDate | null = null;

  /** Any day of the month shown; by default the month of `value`, else of today. */
  month: IsoDate | null = null;

  /** Whether the free days of the shown month are still loading. */
  loading = false;

  /** The first free day after the shown month, offered as a jump when the shown month has none. */
  nextBookableDate: IsoDate | null = null;

  /**
   * The day weeks start on, 1 (Monday) to 7 (Sunday): the office's region's, whatever the language (Monday
   * for an office in Germany). Default: that of the language's region.
   */
  firstDayOfWeek: number | null = null;

  get #weekStart(): number {
    const day = this.firstDayOfWeek;
    return day !== null && Number.isInteger(day) && day >= 1 && day <= 7 ? day : this.localization.firstDayOfWeek;
  }

  /** The day the user last moved to with the keyboard or the pointer: the roving focus, while it is shown. */
  private activeDate: IsoDate | null = null;

  #bookable = new Set<IsoDate>();

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('bookableDates')) this.#bookable = new Set(this.bookableDates);
  }

  /** Moves focus to the day in the tab order. */
  override focus(options?: FocusOptions): void {
    const button = this.#dayButton(this.#rovingDate());
    if (button) button.focus(options);
    else super.focus(options);
  }

  get #effectiveToday(): IsoDate {
    return this.today ?? todayIn(browserTimeZone(), new Date());
  }

  /** The first day of the month shown. */
  get #shownMonth(): IsoDate {
    return startOfMonthOf(this.month ?? this.value ?? this.#effectiveToday);
  }

  #isShown(date: IsoDate | null): date is IsoDate {
    return date !== null && isSameMonth(date, this.#shownMonth) && isInRange(date, this.min, this.max);
  }

  /** The one day button in the tab order. */
  #rovingDate(): IsoDate {
    if (this.#isShown(this.activeDate)) return this.activeDate;
    if (this.#isShown(this.value)) return this.value;
    if (this.#isShown(this.#effectiveToday)) return this.#effectiveToday;
    const bookable = this.bookableDates
      .filter((date) => this.#isShown(date))
      .sort()
      .at(0);
    if (bookable) return bookable;
    return clampDate(this.#shownMonth, this.min, this.max);
  }

  #dayButton(date: IsoDate): HTMLButtonElement | null {
    return this.renderRoot.querySelector<HTMLButtonElement>(`button[data-date="${date}"]`);
  }

  #hasBookableDay(month: IsoDate): boolean {
    return this.bookableDates.some((date) => isSameMonth(date, month) && isInRange(date, this.min, this.max));
  }

  /** Shows another month because the user asked for it. */
  #showMonth(date: IsoDate): void {
    const month = startOfMonthOf(date);
    if (month === this.#shownMonth) return;
    this.month = month;
    this.dispatchEvent(
      new CustomEvent<CivicMonthChangeDetail>('civic-month-change', {
        detail: { month },
        bubbles: true,
        composed: true,
      }),
    );
  }

  async #focusDay(date: IsoDate): Promise<void> {
    this.activeDate = date;
    this.#showMonth(date);
    await this.updateComplete;
    this.#dayButton(date)?.focus();
  }

  #select(date: IsoDate): void {
    if (!this.#bookable.has(date) || !isInRange(date, this.min, this.max) || date === this.value) return;
    this.value = date;
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  /** The previous (`step` -1) or next (1) month's button. */
  #handleNavClick(event: Event): void {
    const month = addMonthsTo(this.#shownMonth, Number((event.currentTarget as HTMLElement).dataset['step']));
    if (isMonthInRange(month, this.min, this.max)) this.#showMonth(month);
  }

  #handleDayClick(event: Event): void {
    const date = (event.currentTarget as HTMLButtonElement).dataset['date']!;
    this.activeDate = date;
    this.#select(date);
  }

  #handleGridKeydown(event: KeyboardEvent): void {
    const target = event.target as HTMLElement;
    const date = target.dataset['date'];
    if (!date || !gridKeys.has(event.key) || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    const next = moveFocus(date, event.key, {
      shiftKey: event.shiftKey,
      rtl: target.matches(':dir(rtl)'),
      firstDayOfWeek: this.#weekStart,
      min: this.min,
      max: this.max,
    });
    void this.#focusDay(next);
  }

  #handleJumpClick(): void {
    const date = this.nextBookableDate;
    if (!date) return;
    // Shows the day's month, chooses the day, then moves focus to it once it is rendered.
    void this.#focusDay(date);
    this.#select(date);
  }

  override render() {
    const l = this.localization;
    const m = l.messages;
    const month = this.#shownMonth;
    const firstDayOfWeek = this.#weekStart;
    const today = this.#effectiveToday;
    const roving = this.#rovingDate();
    const canGoBack = isMonthInRange(addMonthsTo(month, -1), this.min, this.max);
    const canGoOn = isMonthInRange(addMonthsTo(month, 1), this.min, this.max);
    const empty = !this.loading && !this.#hasBookableDay(month);
    const jumpTo =
      empty &&
      this.nextBookableDate &&
      !isSameMonth(this.nextBookableDate, month) &&
      isInRange(this.nextBookableDate, this.min, this.max)
        ? this.nextBookableDate
        : null;
    const status = this.loading ? m.calendarLoading : empty ? (jumpTo ? m.noSlotsThisMonth : m.noBookableDate) : '';

    return html`
      <div dir=${l.dir === 'rtl' ? 'rtl' : nothing}>
        <div class="header" part="header">
          <button
            type="button"
            class="nav"
            part="nav-button previous"
            data-step="-1"
            aria-label=${m.previousMonth}
            aria-disabled=${canGoBack ? 'false' : 'true'}
            @click=${this.#handleNavClick}
          >
            <svg viewBox="0 0 24 24" aria-hidden="true">${chevronBack}</svg>
          </button>
          <div class="title" part="title" id="title" aria-live="polite">${l.formatMonth(month)}</div>
          <button
            type="button"
            class="nav"
            part="nav-button next"
            data-step="1"
            aria-label=${m.nextMonth}
            aria-disabled=${canGoOn ? 'false' : 'true'}
            @click=${this.#handleNavClick}
          >
            <svg viewBox="0 0 24 24" aria-hidden="true">${chevronOn}</svg>
          </button>
        </div>
        <div class="progress ${this.loading ? 'active' : ''}" aria-hidden="true"></div>
        <table
          part="grid"
          aria-labelledby="title"
          aria-busy=${this.loading ? 'true' : 'false'}
          @keydown=${this.#handleGridKeydown}
        >
          <thead>
            <tr>
              ${l
                .weekdays(firstDayOfWeek)
                .map(
                  (weekday) =>
                    html`<th scope="col" part="weekday" abbr=${weekday.long}>
                      <span aria-hidden="true">${weekday.short}</span
                      ><span class="visually-hidden">${weekday.long}</span>
                    </th>`,
                )}
            </tr>
          </thead>
          <tbody>
            ${monthGrid(month, firstDayOfWeek).map(
              (week) =>
                html`<tr>
                  ${week.map((date) => (date ? html`<td>${this.#renderDay(date, today, roving)}</td>` : html`<td></td>`))}
                </tr>`,
            )}
          </tbody>
        </table>
        <div class="status" part="status" role="status">${status}</div>
        ${
          jumpTo
            ? html`<button type="button" class="jump" part="jump-button" @click=${this.#handleJumpClick}>
                ${l.format(m.nextBookableDate, { date: l.formatDayLong(jumpTo) })}
              </button>`
            : nothing
        }
      </div>
    `;
  }

  #renderDay(date: IsoDate, today: IsoDate, roving: IsoDate) {
    const l = this.localization;
    const inRange = isInRange(date, this.min, this.max);
    const bookable = inRange && this.#bookable.has(date);
    const selected = date === this.value;
    const isToday = date === today;
    const parts = ['day', bookable && 'bookable', selected && 'selected', isToday && 'today', !bookable && 'disabled'];
    const name = `${l.formatDayLong(date)}, ${bookable ? l.messages.dayBookable : l.messages.dayNotBookable}`;
    return html`<button
      type="button"
      class="day ${bookable ? 'bookable' : ''} ${isToday ? 'today' : ''}"
      part=${parts.filter(Boolean).join(' ')}
      data-date=${date}
      tabindex=${date === roving ? 0 : -1}
      aria-label=${name}
      aria-pressed=${selected ? 'true' : 'false'}
      aria-current=${isToday ? 'date' : nothing}
      aria-disabled=${bookable ? nothing : 'true'}
      ?disabled=${!inRange}
      @click=${this.#handleDayClick}
    >
      ${l.formatNumber(Number(date.slice(8)))}
    </button>`;
  }
}
