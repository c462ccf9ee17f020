import { css } from 'lit';

/**
 * The public design tokens with their defaults, and the base every element's styles build on. Each token
 * falls back to a default inside the shadow root, so the widget looks right on a bare page.
 *
 * Dark mode follows the page's `color-scheme`, which the widget inherits: a page that declares
 * `color-scheme: dark` gets the dark defaults, and one that declares `color-scheme: light dark` follows the
 * reader's `prefers-color-scheme`. A page that declares nothing is light, so the widget stays light too and
 * never shows a dark box on a white page. Browsers without `light-dark()` keep the light defaults.
 * A theme may set any token to a `light-dark(…, …)` pair of its own.
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
    /* Inherited text properties cross the shadow boundary: a page's uppercase headings or letter-spacing
       must not reach the widget. */
    font-style: normal;
    font-weight: 400;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    text-shadow: none;
    visibility: visible;
    /* Every text wraps, whatever the page says: long compounds break at syllables in their own language
       (the lang attribute on backend texts), and anywhere as the last resort, so nothing runs off a phone's screen.
       Important, because a page's rules on the host element itself would otherwise win over the :host rule. */
    white-space: normal !important;
    word-break: normal !important;
    overflow-wrap: anywhere !important;
    hyphens: auto !important;
  }

  @supports (color: light-dark(#000, #fff)) {
    :host {
      --_accent: var(--civic-color-accent, light-dark(#0b5cad, #8cc4ff));
      --_on-accent: var(--civic-color-on-accent, light-dark(#ffffff, #0b1a2e));
      --_text: var(--civic-color-text, light-dark(#1b1b1f, #e6e6ea));
      --_muted: var(--civic-color-muted, light-dark(#54565e, #b4b6bf));
      --_background: var(--civic-color-background, light-dark(#ffffff, #16171b));
      --_surface: var(--civic-color-surface, light-dark(#f3f4f7, #24262c));
      --_border: var(--civic-color-border, light-dark(#767883, #8c8f99));
      --_danger: var(--civic-color-danger, light-dark(#b3261e, #ffb4ab));
      --_success: var(--civic-color-success, light-dark(#1e6b34, #7dd99a));
      --_focus-ring: var(--civic-focus-ring, 3px solid light-dark(#0b5cad, #8cc4ff));
    }
  }

  :host([hidden]) {
    display: none;
  }

  /* Not inherited from the host: a page's reset may give the host content-box. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
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

  select,
  input:is([type='search'], [type='text'], [type='email'], [type='tel']) {
    font: inherit;
    min-block-size: 2.75rem;
    padding-inline: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
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
