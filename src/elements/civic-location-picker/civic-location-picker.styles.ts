import { css } from 'lit';
import { baseStyles } from '../shared/tokens.js';

export const styles = [
  baseStyles,
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

    input[type='radio'] {
      inline-size: 1.5rem;
      block-size: 1.5rem;
      margin: 0;
      accent-color: var(--_accent);
    }

    .name {
      font-weight: 600;
      cursor: pointer;
    }

    /* The whole option chooses the radio. */
    .name::after {
      content: '';
      position: absolute;
      inset: 0;
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
