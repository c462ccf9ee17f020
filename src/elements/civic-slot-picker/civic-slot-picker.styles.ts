import { css } from 'lit';
import { baseStyles } from '../shared/tokens.js';

export const styles = [
  baseStyles,
  css`
    .status {
      margin: 0;
      color: var(--_muted);
    }

    .status:empty {
      display: none;
    }

    .label {
      margin: 0;
      font-weight: 700;
    }

    .time-zone {
      margin-block: 0.25rem 0;
      color: var(--_muted);
    }

    .group {
      margin-block-start: var(--_space);
    }

    .group-label {
      margin-block: 0 0.5rem;
      font-weight: 600;
    }

    .location {
      margin-block-start: var(--_space);
      padding-block-start: 0.5rem;
      border-block-start: 1px solid var(--_border);
    }

    .location-label {
      margin: 0;
      font-weight: 700;
    }

    .location .group {
      margin-block-start: 0.5rem;
    }

    /* A compact grid: four times to a row on a 320 px phone, each still a 44 px target. */
    .grid {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 4.25rem), 1fr));
      gap: 0.375rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .grid button {
      inline-size: 100%;
      padding-inline: 0.25rem;
      font-variant-numeric: tabular-nums;
      overflow-wrap: anywhere;
    }

    .grid button[aria-pressed='true'] {
      background: var(--_accent);
      color: var(--_on-accent);
      font-weight: 700;
    }

    @media (forced-colors: active) {
      .grid button[aria-pressed='true'] {
        forced-color-adjust: none;
        background: Highlight;
        color: HighlightText;
        border-color: HighlightText;
      }
    }
  `,
];
