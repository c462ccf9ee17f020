import { css } from 'lit';

/**
 * The public design tokens with their defaults, and the base every element's styles build on. Each token
 * falls back to a default inside the shadow root, so the widget looks right on a bare page.
 */
export const baseStyles = css`
  :host {
    --_accent: var(--civic-color-accent, #0b5cad);
    --_on-accent: var(--civic-color-on-accent, #ffffff);
    --_text: var(--civic-color-text, #1b1b1f);
    --_muted: var(--civic-color-muted, #54565e);
    --_background: var(--civic-color-background, #ffffff);
    --_surface: var(--civic-color-surface, #f3f4f7);
    --_border: var(--civic-color-border, #767883);
    --_danger: var(--civic-color-danger, #b3261e);
    --_success: var(--civic-color-success, #1e6b34);
    --_radius: var(--civic-radius, 0.375rem);
    --_space: var(--civic-space, 1rem);
    --_focus-ring: var(--civic-focus-ring, 3px solid #0b5cad);
    --_cell-size: var(--civic-cell-size, 2.75rem);

    display: block;
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--civic-font, system-ui, sans-serif);
    font-size: var(--civic-font-size, 1rem);
    line-height: 1.5;
    text-align: start;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  :focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }

  button {
    font: inherit;
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding-block: 0.5rem;
    padding-inline: 1rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_accent);
    cursor: pointer;
  }

  button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }

  button:disabled,
  button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
  }

  a {
    color: var(--_accent);
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }

  @media (forced-colors: active) {
    button.primary {
      border: 2px solid ButtonText;
    }
  }
`;
