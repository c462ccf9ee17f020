import { css } from 'lit';
import { baseStyles } from '../shared/tokens.js';

export const styles = [
  baseStyles,
  css`
    :host {
      display: grid;
      gap: var(--_space);
      container-type: inline-size;
    }

    p,
    ul {
      margin: 0;
    }

    ul {
      padding-inline-start: 1.25rem;
    }

    .notice {
      padding: var(--_space);
      border: 2px solid var(--_accent);
      border-inline-start-width: 6px;
      border-radius: var(--_radius);
      background: var(--_surface);
      font-weight: 600;
      font-size: 1.125em;
    }

    .notice.cancelled {
      border-color: var(--_danger);
    }

    .notice.confirmed,
    .notice.released {
      border-color: var(--_success);
    }

    .details {
      display: grid;
      margin: 0;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }

    .row {
      display: grid;
      grid-template-columns: minmax(8rem, 12rem) minmax(0, 1fr);
      gap: 0.25rem var(--_space);
      padding: 0.75rem var(--_space);
    }

    .row + .row {
      border-block-start: 1px solid var(--_border);
    }

    dt {
      font-weight: 700;
    }

    dd {
      margin: 0;
      min-inline-size: 0;
      overflow-wrap: anywhere;
    }

    .change h3 {
      margin: 0 0 0.25rem;
      font-size: 1.125em;
    }

    [part='reference'] dd {
      font-family: var(--civic-font-mono, ui-monospace, 'SFMono-Regular', Consolas, monospace);
      font-size: 1.5em;
      font-weight: 700;
      letter-spacing: 0.05em;
      user-select: all;
    }

    .badge {
      display: inline-block;
      padding-inline: 0.5rem;
      border: 1px solid currentColor;
      border-radius: var(--_radius);
      font-weight: 600;
    }

    .badge.confirmed {
      color: var(--_success);
    }

    .badge.cancelled {
      color: var(--_danger);
    }

    .strong {
      font-weight: 600;
    }

    .muted {
      color: var(--_muted);
    }

    .actions,
    .confirm-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }

    .confirm {
      display: grid;
      gap: 0.75rem;
      padding: var(--_space);
      border: 2px solid var(--_danger);
      border-radius: var(--_radius);
    }

    #cancel-question {
      font-weight: 700;
    }

    button.danger {
      background: var(--_danger);
      border-color: var(--_danger);
      color: var(--_on-accent);
    }

    /* A phone at 320 px: each term above its definition. */
    @container (max-width: 26rem) {
      .row {
        grid-template-columns: minmax(0, 1fr);
      }
    }

    @media (forced-colors: active) {
      .notice,
      .details,
      .row + .row,
      .confirm,
      .badge {
        border-color: CanvasText;
      }
    }

    /* The printout shows the booking, not the buttons. */
    @media print {
      .actions,
      .confirm {
        display: none;
      }

      :host {
        color: #000;
      }

      .notice,
      .details {
        border-color: #000;
        background: none;
      }

      /* One sheet: nothing split across pages, and no space the paper does not need. */
      :host {
        gap: 0.5rem;
        break-inside: avoid;
      }

      .row {
        padding-block: 0.375rem;
        break-inside: avoid;
      }
    }
  `,
];
