import { css } from 'lit';
import { baseStyles } from '../shared/tokens.js';

export const styles = [
  baseStyles,
  css`
    :host {
      container-type: inline-size;
    }

    dl {
      display: grid;
      margin: 0;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }

    .section {
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto;
      grid-template-areas:
        'term change'
        'definition change';
      column-gap: var(--_space);
      row-gap: 0.25rem;
      padding: var(--_space);
    }

    .section + .section {
      border-block-start: 1px solid var(--_border);
    }

    dt {
      grid-area: term;
      font-weight: 700;
    }

    dd {
      grid-area: definition;
      margin: 0;
      min-inline-size: 0;
      overflow-wrap: anywhere;
    }

    dd.change {
      grid-area: change;
      align-self: start;
    }

    ul,
    p {
      margin: 0;
    }

    .compare {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
      gap: var(--_space);
    }

    .compare .new {
      border-inline-start: 4px solid var(--_accent);
      padding-inline-start: 0.75rem;
    }

    ul {
      padding-inline-start: 1.25rem;
    }

    .name {
      font-weight: 600;
    }

    .muted {
      color: var(--_muted);
    }

    /* Narrow containers (a phone at 320 px) stack the change button below. */
    @container (max-width: 22rem) {
      .section {
        grid-template-columns: minmax(0, 1fr);
        grid-template-areas: 'term' 'definition' 'change';
      }
    }

    @media (forced-colors: active) {
      dl,
      .section + .section {
        border-color: CanvasText;
      }
    }
  `,
];
