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

    .grid {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 6.5rem), 1fr));
      gap: 0.5rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }

    /* Times at several locations carry the location's name: give them room for it. */
    .grid.wide {
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 13rem), 1fr));
    }

    .grid button {
      inline-size: 100%;
      padding-inline: 0.5rem;
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
