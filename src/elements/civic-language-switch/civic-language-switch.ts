import { css, html, nothing, type TemplateResult } from 'lit';
import { languages } from '../../i18n/languages.js';
import { LocalizedElement } from '../shared/localized-element.js';
import { baseStyles } from '../shared/tokens.js';

/**
 * A switch between the widget's languages: a disclosure ("Language: Deutsch") with one button per language,
 * each named in its own words and marked with its `lang`, so that a screen reader reads "Türkçe" as Turkish.
 * A list of buttons rather than a select, whose arrow keys would switch the whole widget at every step
 * (WCAG 3.2.2). Choosing closes the list with the focus on its summary; Escape closes it too.
 *
 * @summary Chooses the language of the widget.
 *
 * @fires change - When the citizen chose another language; read it from `value`.
 *
 * @csspart summary - "Language: Deutsch", which opens the list.
 * @csspart option - The button of one language; `current` for the language shown.
 *
 * @tag civic-language-switch
 */
export class CivicLanguageSwitch extends LocalizedElement {
  static override styles = [
    baseStyles,
    css`
      summary {
        min-block-size: 2.75rem;
        padding-block: 0.5rem;
        padding-inline: 0.75rem;
        border-radius: var(--_radius);
        color: var(--_accent);
        cursor: pointer;
      }

      ul {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        margin: 0.5rem 0 0;
        padding: 0;
        list-style: none;
      }

      button[aria-current] {
        background: var(--_accent);
        color: var(--_on-accent);
      }
    `,
  ];

  static override properties = {
    languages: { attribute: false },
    value: {},
  };

  /** The languages to offer, by language subtag (`de`, `tr`), in order. */
  languages: string[] = [];

  /** The language shown. */
  value = '';

  #handleChoice(event: Event): void {
    const lang = (event.currentTarget as HTMLElement).dataset['lang']!;
    this.#close();
    if (lang === this.value) return;
    this.value = lang;
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  #handleKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape') this.#close();
  }

  /** Closes the list with the focus on its summary, where the citizen opened it. */
  #close(): void {
    const details = this.renderRoot.querySelector('details')!;
    details.open = false;
    details.querySelector('summary')!.focus();
  }

  protected override render(): TemplateResult | typeof nothing {
    const current = languages[this.value];
    if (!current) return nothing;
    return html`<details @keydown=${this.#handleKeydown}>
      <summary part="summary">
        ${this.localization.messages.language}: <span lang=${this.value}>${current.name}</span>
      </summary>
      <ul>
        ${this.languages.map(
          (lang) =>
            html`<li>
              <button
                type="button"
                part=${lang === this.value ? 'option current' : 'option'}
                lang=${lang}
                data-lang=${lang}
                aria-current=${lang === this.value ? 'true' : nothing}
                @click=${this.#handleChoice}
              >
                ${languages[lang]?.name ?? lang}
              </button>
            </li>`,
        )}
      </ul>
    </details>`;
  }
}
