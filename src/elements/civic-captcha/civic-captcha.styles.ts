import { css } from 'lit';
import { baseStyles } from '../shared/tokens.js';

// ALTCHA's own stylesheet would have to be injected into the page, which a strict Content Security Policy
// forbids; these rules style the parts of its markup that the widget uses here, with the widget's tokens.
export const styles = [
  baseStyles,
  css`
    :host {
      display: block;
      margin-block-start: var(--_space);
    }

    .altcha {
      display: none;
    }

    .altcha[data-visible] {
      display: block;
    }

    .altcha-main {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
      max-inline-size: 22rem;
      padding: 0.75rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }

    .altcha-checkbox-wrap {
      display: flex;
      flex: 1;
      align-items: center;
      gap: 0.5rem;
    }

    .altcha-checkbox,
    .altcha-checkbox-native {
      position: relative;
      display: flex;
      inline-size: 1.5rem;
      block-size: 1.5rem;
    }

    .altcha-checkbox input {
      inline-size: 1.5rem;
      block-size: 1.5rem;
      margin: 0;
      accent-color: var(--_success);
    }

    .altcha-checkbox svg {
      display: none;
    }

    .altcha-checkbox-spinner,
    .altcha-spinner {
      display: none;
    }

    .altcha-checkbox[data-loading='true'] input {
      opacity: 0;
    }

    /* The box is hidden behind the spinner while the check runs; its focus ring stays visible around it. */
    .altcha-checkbox[data-loading='true']:focus-within {
      outline: var(--_focus-ring);
      outline-offset: 2px;
    }

    .altcha-checkbox[data-loading='true'] .altcha-checkbox-spinner {
      position: absolute;
      inset: 0;
      display: block;
      border: 2px solid currentColor;
      border-block-end-color: transparent;
      border-radius: 50%;
      animation: spin 0.8s linear infinite;
    }

    @media (prefers-reduced-motion: reduce) {
      .altcha-checkbox[data-loading='true'] .altcha-checkbox-spinner {
        animation: none;
        border-style: dotted;
      }
    }

    @keyframes spin {
      to {
        transform: rotate(1turn);
      }
    }

    .altcha-error {
      color: var(--_danger);
    }
  `,
];
