import { css } from 'lit';
import { baseStyles } from '../shared/tokens.js';

export const styles = [
  baseStyles,
  css`
    form {
      display: grid;
      gap: var(--_space);
    }

    p {
      margin: 0;
    }

    .hint {
      color: var(--_muted);
    }

    .field {
      display: grid;
      gap: 0.25rem;
    }

    label {
      font-weight: 600;
    }

    .mark {
      font-weight: 400;
      color: var(--_muted);
    }

    input:not([type='checkbox']) {
      inline-size: 100%;
      max-inline-size: 32rem;
      padding-block: 0.5rem;
    }

    input[aria-invalid='true'] {
      border: 2px solid var(--_danger);
    }

    input:disabled {
      cursor: not-allowed;
      background: var(--_surface);
    }

    .consent {
      display: grid;
      gap: 0.5rem;
    }

    .check {
      display: flex;
      align-items: flex-start;
      gap: 0.75rem;
    }

    .check label {
      font-weight: 400;
    }

    input[type='checkbox'] {
      flex: none;
      inline-size: 1.5rem;
      block-size: 1.5rem;
      margin: 0;
      accent-color: var(--_accent);
    }

    .privacy {
      margin-inline-start: 2.25rem;
      overflow-wrap: anywhere;
    }

    .error {
      color: var(--_danger);
      font-weight: 600;
      padding-inline-start: 0.5rem;
      border-inline-start: 4px solid var(--_danger);
    }

    .hold {
      display: contents;
    }

    @media (forced-colors: active) {
      input[aria-invalid='true'] {
        border-color: Mark;
      }

      .error {
        border-inline-start-color: CanvasText;
      }
    }
  `,
];
