import { css } from 'lit';
import { baseStyles } from '../shared/tokens.js';

export const styles = [
  baseStyles,
  css`
    :host {
      container-type: inline-size;
      max-inline-size: 60rem;
    }

    .widget {
      display: flex;
      flex-direction: column;
      gap: var(--_space);
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_background);
    }

    h2 {
      margin: 0;
      font-size: 1.375rem;
      line-height: 1.3;
    }

    h2:focus {
      outline: none;
    }

    h2:focus-visible {
      outline: var(--_focus-ring);
    }

    .language {
      align-self: flex-end;
      max-inline-size: 100%;
    }

    .progress {
      margin: 0;
      color: var(--_muted);
      font-size: 0.875rem;
    }

    .error,
    .config-error,
    .hint {
      margin: 0;
      padding: calc(var(--_space) * 0.75);
      border-inline-start: 4px solid var(--_danger);
      background: var(--_surface);
      color: var(--_text);
    }

    .previous {
      margin-block-end: var(--_space);
      padding: calc(var(--_space) * 0.75);
      border-inline-start: 4px solid var(--_accent);
      background: var(--_surface);
    }

    /* Two appointments at once: an error the citizen must act on. */
    .previous.cancel-failed {
      border-color: var(--_danger);
    }

    .error p,
    .previous p {
      margin: 0 0 0.5rem;
    }

    .error p:last-child {
      margin: 0;
    }

    .earliest {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem var(--_space);
      padding: calc(var(--_space) * 0.75);
      border-radius: var(--_radius);
      background: var(--_surface);
    }

    .earliest p {
      margin: 0;
      flex: 1 1 16rem;
    }

    .time {
      display: grid;
      gap: var(--_space);
    }

    @container (min-width: 44rem) {
      .time {
        grid-template-columns: minmax(0, 22rem) minmax(0, 1fr);
        align-items: start;
      }
    }

    .hold p {
      margin: 0;
      color: var(--_muted);
    }

    .hold .warning {
      color: var(--_danger);
      font-weight: 600;
    }

    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      justify-content: space-between;
    }

    /* On a phone the step's actions stay at the bottom of the screen while the widget scrolls past, so that
       "Next" is never a long list away. Not on a screen too low for it (a 400 % zoom), where it would cover
       too much. */
    @container (max-width: 40rem) {
      .actions {
        position: sticky;
        inset-block-end: 0;
        z-index: 1;
        margin-inline: calc(var(--_space) * -1);
        margin-block-end: calc(var(--_space) * -1);
        padding: 0.75rem var(--_space);
        border-block-start: 1px solid var(--_border);
        border-end-start-radius: var(--_radius);
        border-end-end-radius: var(--_radius);
        background: var(--_background);
      }
    }

    @media (max-height: 30rem) {
      .actions {
        position: static;
      }
    }

    .actions .primary {
      margin-inline-start: auto;
    }

    @media print {
      .widget {
        border: none;
        padding: 0;
      }
      .actions,
      .language,
      .progress {
        display: none;
      }
    }
  `,
];
