import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { safeHttpUrl } from '../../domain/safe-url.js';
import { canCombine, concernSearchText, estimatedMinutes, matchesQuery, maxCountOf } from '../../domain/selection.js';
import type { Concern, ConcernSelection } from '../../domain/types.js';
import type { Messages } from '../../i18n/messages.js';
import { styles } from './civic-concern-picker.styles.js';
import { keepInPlace } from '../shared/keep-in-place.js';
import { LocalizedElement } from '../shared/localized-element.js';

/** Above this many concerns the picker offers a search field. */
const FILTER_THRESHOLD = 8;

interface Row {
  concern: Concern;
  /** Position in the catalog; element ids are built from it, since concern ids may hold any character. */
  index: number;
  search: string;
}

interface Group {
  /** The category, or null for concerns without one. */
  category: string | null;
  rows: Row[];
}

/**
 * Lets a citizen choose one or more concerns, each for a number of persons.
 *
 * Concerns are grouped by category, each a native checkbox with its description and an optional link to more
 * information. Concerns that cannot be booked together with the current selection are disabled, with the
 * reason shown. With more than eight concerns a search field filters the list by name, keywords, category and
 * description, ignoring case, accents and umlaut spellings and one typo in longer words; concerns already
 * chosen stay listed while filtering. The number of matches is announced; with none, a button clears the
 * search. The number
 * chosen and the estimated duration are announced politely.
 *
 * @summary Choose concerns and persons.
 *
 * @fires change - When the citizen changes the selection; read the new selection from `value`. Never fired
 *   for property changes.
 *
 * @csspart category - The fieldset of one category.
 * @csspart concern - One concern: checkbox, name, description, link and persons.
 * @csspart filter - The search field.
 * @csspart summary - The number chosen and the estimated duration.
 *
 * @cssprop --civic-color-accent - Checkboxes, links and focus.
 * @cssprop --civic-color-surface - Background of a chosen concern.
 * @cssprop --civic-color-muted - Descriptions and the reason a concern cannot be chosen.
 * @cssprop --civic-color-border - Lines between concerns and around fields.
 *
 * @tag civic-concern-picker
 */
export class CivicConcernPicker extends LocalizedElement {
  static override styles = styles;

  static override properties = {
    concerns: { attribute: false },
    value: { attribute: false },
    contentLang: { attribute: 'content-lang' },
    query: { state: true, attribute: false },
  };

  /**
   * The language the backend's texts are written in (the catalog's `lang`), so that a screen reader reads a
   * German name as German in an Arabic widget. Default: the element's own.
   */
  contentLang: string | null = null;

  /** The concerns to choose from, in catalog order. */
  concerns: Concern[] = [];

  /** The chosen concerns with their number of persons. */
  value: ConcernSelection[] = [];

  private query = '';

  #groups: Group[] = [];
  #byId = new Map<string, Concern>();

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('concerns')) this.#indexConcerns();
  }

  // Grouping and search texts are computed once per catalog, not on every keystroke.
  #indexConcerns(): void {
    const groups = new Map<string | null, Group>();
    this.#byId = new Map();
    (this.concerns ?? []).forEach((concern, index) => {
      this.#byId.set(concern.id, concern);
      const category = concern.category?.trim() || null;
      let group = groups.get(category);
      if (!group) {
        group = { category, rows: [] };
        groups.set(category, group);
      }
      group.rows.push({ concern, index, search: concernSearchText(concern) });
    });
    const uncategorized = groups.get(null);
    groups.delete(null);
    this.#groups = [...groups.values(), ...(uncategorized ? [uncategorized] : [])];
  }

  get #filterable(): boolean {
    return (this.concerns?.length ?? 0) > FILTER_THRESHOLD;
  }

  protected override render(): TemplateResult {
    const m = this.localization.messages;
    if (!this.concerns?.length) return html`<p class="empty">${m.concernNone}</p>`;

    const selection = this.value ?? [];
    const chosen = new Map(selection.map((entry) => [entry.id, entry]));
    const chosenConcerns = selection.map((entry) => this.#byId.get(entry.id)).filter((c): c is Concern => !!c);
    const query = this.#filterable ? this.query.trim() : '';
    // Every row stays in the DOM and filtering only hides rows, so a row's state (its persons select, focus)
    // survives any query, and a keystroke changes attributes rather than building elements.
    let matches = 0;
    const hidden = new Set<Row>();
    for (const row of this.#groups.flatMap((group) => group.rows)) {
      const match = !query || matchesQuery(row.search, query);
      if (query && match) matches += 1;
      // A chosen concern stays listed while filtering, so the citizen never loses sight of a choice.
      if (!match && !chosen.has(row.concern.id)) hidden.add(row);
    }
    const onlyUncategorized = this.#groups.length === 1 && this.#groups[0]!.category === null;

    const renderRows = (group: Group) =>
      group.rows.map((row) => {
        const entry = chosen.get(row.concern.id);
        const selectable = !!entry || chosenConcerns.every((other) => canCombine(row.concern, other));
        return this.#renderConcern(row, entry, selectable, hidden.has(row), m);
      });

    // Native `input` events are composed and would reach the page before `value` is updated; the picker's
    // contract is its own `change` event.
    return html`<div class="picker" @input=${this.#handleNativeInput}>
      ${this.#filterable ? this.#renderFilter(query, matches, m) : nothing}
      ${
        onlyUncategorized
          ? html`<div class="list">${renderRows(this.#groups[0]!)}</div>`
          : this.#groups.map((group) => {
              const rows = renderRows(group);
              return html`<fieldset
                part="category"
                class="category"
                ?hidden=${group.rows.every((row) => hidden.has(row))}
              >
                <legend lang=${group.category ? (this.contentLang ?? nothing) : nothing} dir="auto">
                  ${group.category ?? m.concernOtherCategory}
                </legend>
                ${rows}
              </fieldset>`;
            })
      }
      ${this.#renderSummary(m)}
    </div>`;
  }

  #renderFilter(query: string, matches: number, m: Messages): TemplateResult {
    const l = this.localization;
    const announcement = !query
      ? ''
      : matches
        ? l.plural(m.concernMatches, matches)
        : l.format(m.concernFilterNoMatch, { query });
    return html`<div class="filter">
      <label for="filter">${m.concernFilterLabel}</label>
      <input
        id="filter"
        part="filter"
        type="search"
        autocomplete="off"
        spellcheck="false"
        aria-describedby="filter-status"
        .value=${live(this.query)}
        @input=${this.#handleFilterInput}
      />
      <p id="filter-status" class="filter-status" role="status">${announcement}</p>
      ${
        query && !matches
          ? html`<button type="button" class="clear" @click=${this.#handleFilterClear}>${m.concernFilterClear}</button>`
          : nothing
      }
    </div>`;
  }

  #renderConcern(
    row: Row,
    entry: ConcernSelection | undefined,
    selectable: boolean,
    isHidden: boolean,
    m: Messages,
  ): TemplateResult {
    const { concern, index } = row;
    const id = `concern-${index}`;
    const describedBy = [concern.description ? `${id}-description` : '', selectable ? '' : `${id}-reason`]
      .filter(Boolean)
      .join(' ');
    // Backend text never becomes a `javascript:` link (SPEC section 3).
    const infoUrl = safeHttpUrl(concern.infoUrl);
    const max = maxCountOf(concern);
    return html`<div part="concern" class="concern ${entry ? 'selected' : ''}" ?hidden=${isHidden}>
      <input
        id=${id}
        type="checkbox"
        data-id=${concern.id}
        .checked=${live(!!entry)}
        ?disabled=${!selectable}
        aria-describedby=${describedBy || nothing}
        @change=${this.#handleToggle}
      />
      <div class="body">
        <label for=${id} class="name" lang=${this.contentLang ?? nothing} dir="auto">${concern.name}</label>
        ${
          concern.description
            ? html`<p id="${id}-description" class="description" lang=${this.contentLang ?? nothing} dir="auto">
                ${concern.description}
              </p>`
            : nothing
        }
        ${selectable ? nothing : html`<p id="${id}-reason" class="reason">${m.concernNotCombinable}</p>`}
        ${
          infoUrl || (entry && max > 1)
            ? html`<div class="extras">
                ${
                  infoUrl
                    ? html`<a
                        class="info"
                        href=${infoUrl}
                        target="_blank"
                        rel="noopener noreferrer"
                        aria-label=${this.localization.format(m.concernMoreInfoNewWindow, { name: concern.name })}
                        >${m.concernMoreInfo}</a
                      >`
                    : nothing
                }
                ${entry && max > 1 ? this.#renderPersons(row, entry, max, m) : nothing}
              </div>`
            : nothing
        }
      </div>
    </div>`;
  }

  #renderPersons(row: Row, entry: ConcernSelection, max: number, m: Messages): TemplateResult {
    const id = `concern-${row.index}-persons`;
    const count = Math.min(Math.max(entry.count, 1), max);
    return html`<span class="persons">
      <label for=${id}>${m.concernPersons}</label>
      <select
        id=${id}
        data-id=${row.concern.id}
        aria-label=${this.localization.format(m.concernPersonsFor, { name: row.concern.name })}
        @change=${this.#handlePersonsChange}
      >
        ${Array.from(
          { length: max },
          (_, i) =>
            html`<option value=${i + 1} ?selected=${i + 1 === count}>${this.localization.formatNumber(i + 1)}</option>`,
        )}
      </select>
    </span>`;
  }

  #renderSummary(m: Messages): TemplateResult {
    const known = (this.value ?? []).filter((entry) => this.#byId.has(entry.id));
    const minutes = estimatedMinutes(known, this.concerns);
    const l = this.localization;
    const duration = minutes > 0 ? l.format(m.estimatedDuration, { duration: l.formatDuration(minutes) }) : '';
    return html`<p part="summary" class="summary" role="status">
      <span>${l.plural(m.concernSelected, known.length)}</span>${duration ? html`<span>${duration}</span>` : nothing}
    </p>`;
  }

  #handleNativeInput(event: Event): void {
    event.stopPropagation();
  }

  #handleFilterInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
  }

  #handleFilterClear(): void {
    this.query = '';
    // The button goes away with the search; focus stays where the citizen types the next one.
    this.renderRoot.querySelector<HTMLInputElement>('#filter')?.focus();
  }

  #handleToggle(event: Event): void {
    const input = event.target as HTMLInputElement;
    const id = input.dataset.id!;
    const rest = (this.value ?? []).filter((entry) => entry.id !== id);
    // Concerns above may now show why they cannot be added: the ticked one stays under the finger.
    void keepInPlace(input, () => {
      this.value = input.checked ? [...rest, { id, count: 1 }] : rest;
      this.#dispatchChange();
      return this.updateComplete;
    });
  }

  #handlePersonsChange(event: Event): void {
    const select = event.target as HTMLSelectElement;
    const id = select.dataset.id!;
    const count = Number(select.value);
    this.value = (this.value ?? []).map((entry) => (entry.id === id ? { id, count } : entry));
    this.#dispatchChange();
  }

  #dispatchChange(): void {
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }
}
