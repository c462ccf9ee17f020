import { css } from 'lit';
import { choiceStyles } from '../shared/choice-styles.js';
import { baseStyles } from '../shared/tokens.js';

export const styles = [
  baseStyles,
  choiceStyles,
  css`
    fieldset {
      display: grid;
      gap: 0.75rem;
      min-inline-size: 0;
      margin: 0;
      padding: 0;
      border: 0;
    }

    .option {
      position: relative;
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 0.75rem;
      padding: 0.75rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }

    .option.checked {
      border: 2px solid var(--_accent);
      background: var(--_surface);
      /* Keeps the text in place when the border grows. */
      padding: calc(0.75rem - 1px);
    }

    .address,
    .hint {
      margin: 0;
      color: var(--_muted);
      overflow-wrap: anywhere;
    }

    .option:has(:focus-visible) {
      outline: var(--_focus-ring);
      outline-offset: 2px;
    }

    @media (forced-colors: active) {
      .option.checked {
        border-color: Highlight;
      }
    }
  `,
];
