import { css } from 'lit';
import { choiceStyles } from '../shared/choice-styles.js';
import { baseStyles } from '../shared/tokens.js';

export const styles = [
  baseStyles,
  choiceStyles,
  css`
    /* Filtered-out rows and categories stay in the DOM, hidden. */
    [hidden] {
      display: none !important;
    }

    .filter {
      margin-block-end: var(--_space);
    }

    .filter label {
      display: block;
      font-weight: 600;
    }

    input[type='search'] {
      inline-size: 100%;
      max-inline-size: 32rem;
    }

    .filter-status {
      margin-block: 0.25rem 0;
      color: var(--_muted);
    }

    .filter-status:empty {
      display: none;
    }

    .clear {
      margin-block-start: 0.5rem;
    }

    fieldset {
      min-inline-size: 0;
      margin: 0 0 var(--_space);
      padding: 0;
      border: 0;
    }

    legend {
      padding: 0;
      margin-block-end: 0.25rem;
      font-weight: 700;
    }

    .concern {
      position: relative;
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 0.75rem;
      padding-block: 0.75rem;
      padding-inline: 0.5rem;
      border-block-end: 1px solid var(--_border);
    }

    .concern.selected {
      background: var(--_surface);
    }

    input[type='checkbox']:disabled ~ .body .name {
      cursor: not-allowed;
    }

    .description,
    .reason {
      margin: 0;
      color: var(--_muted);
      overflow-wrap: anywhere;
    }

    .reason {
      font-style: italic;
    }

    .extras {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1.5rem;
      margin-block-start: 0.5rem;
    }

    .info,
    .persons {
      position: relative;
      z-index: 1;
    }

    .info {
      display: inline-block;
      padding-block: 0.5rem;
    }

    .persons {
      display: inline-flex;
      align-items: center;
      gap: 0.5rem;
    }

    .summary {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
      margin-block: var(--_space) 0;
      font-weight: 600;
    }

    .empty {
      margin: 0;
    }

    @media (forced-colors: active) {
      .concern.selected {
        outline: 2px solid Highlight;
        outline-offset: -2px;
      }
    }
  `,
];
