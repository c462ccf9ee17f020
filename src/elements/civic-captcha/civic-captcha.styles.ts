import { css } from 'lit';
import { baseStyles } from '../shared/tokens.js';

export const styles = [
  baseStyles,
  css`
    :host {
      margin-block-start: var(--_space);
    }

    .check {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.75rem;
      max-inline-size: 30rem;
      padding: 0.75rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }

    /* A ring in the colour of its state: open and turning while checking, with a tick or a "!" after. */
    .mark {
      display: grid;
      flex: none;
      place-items: center;
      inline-size: 1.5rem;
      block-size: 1.5rem;
      border: 2px solid;
      border-radius: 50%;
      color: var(--_border);
      font-weight: 700;
      line-height: 1;
    }

    [data-state='checking'] .mark {
      border-block-start-color: transparent;
      animation: spin 0.8s linear infinite;
    }

    [data-state='verified'] .mark {
      color: var(--_success);
    }

    [data-state='verified'] .mark::before {
      content: '✓';
    }

    [data-state='failed'] .mark,
    [data-state='failed'] .status {
      color: var(--_danger);
    }

    [data-state='failed'] .mark::before {
      content: '!';
    }

    .text {
      flex: 1;
      min-inline-size: 12rem;
      margin: 0;
    }

    .label {
      display: block;
      font-weight: 600;
    }

    @keyframes spin {
      to {
        transform: rotate(1turn);
      }
    }

    /* Without the motion, the open ring of a running check would look much like a finished one. */
    @media (prefers-reduced-motion: reduce) {
      [data-state='checking'] .mark {
        border-style: dotted;
      }
    }

    /* Forced colours would close the ring's gap; the marks keep their shapes in the text colour. */
    @media (forced-colors: active) {
      [data-state] .mark {
        forced-color-adjust: none;
        color: CanvasText;
      }
    }
  `,
];
