import { css } from 'lit';
import { baseStyles } from '../shared/tokens.js';

export const styles = [
  baseStyles,
  css`
    :host {
      --_gap: 0.125rem;
      max-inline-size: calc(var(--_cell-size) * 7 + var(--_gap) * 14);
    }

    .header {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      margin-block-end: 0.5rem;
    }

    .title {
      flex: 1;
      min-inline-size: 0;
      text-align: center;
      font-weight: 700;
    }

    .nav {
      display: inline-grid;
      place-items: center;
      padding: 0;
      flex: none;
    }

    .nav svg {
      inline-size: 1.25rem;
      block-size: 1.25rem;
      fill: none;
      stroke: currentColor;
      stroke-width: 2.5;
    }

    /* The chevrons point in reading direction. */
    .nav:dir(rtl) svg {
      transform: scaleX(-1);
    }

    .progress {
      block-size: 3px;
      margin-block-end: 0.25rem;
      overflow: hidden;
    }

    .progress.active {
      background: var(--_surface);
    }

    .progress.active::before {
      content: '';
      display: block;
      inline-size: 40%;
      block-size: 100%;
      background: var(--_accent);
      animation: slide 1.2s ease-in-out infinite alternate;
    }

    @keyframes slide {
      from {
        margin-inline-start: 0;
      }
      to {
        margin-inline-start: 60%;
      }
    }

    table {
      inline-size: 100%;
      table-layout: fixed;
      border-collapse: separate;
      border-spacing: var(--_gap);
      margin-inline: calc(var(--_gap) * -1);
    }

    th,
    td {
      padding: 0;
      text-align: center;
    }

    th {
      font-size: 0.875rem;
      font-weight: 400;
      color: var(--_muted);
    }

    .day {
      position: relative;
      display: inline-grid;
      place-items: center;
      inline-size: 100%;
      max-inline-size: var(--_cell-size);
      min-inline-size: 0;
      block-size: var(--_cell-size);
      min-block-size: 0;
      padding: 0;
      border: 2px solid transparent;
      background: transparent;
      color: var(--_muted);
      font-variant-numeric: tabular-nums;
    }

    /* Unbookable days stay readable: they are a fact, not an error. */
    .day[aria-disabled='true'] {
      opacity: 1;
      cursor: default;
    }

    .day:disabled {
      opacity: 0.45;
    }

    .day.bookable {
      font-weight: 700;
      color: var(--_accent);
      background: var(--_surface);
      border-color: var(--_surface);
    }

    .day.bookable::after {
      content: '';
      position: absolute;
      inset-block-end: 0.3rem;
      inset-inline-start: calc(50% - 0.15rem);
      inline-size: 0.3rem;
      block-size: 0.3rem;
      border-radius: 50%;
      background: currentColor;
    }

    .day.today {
      text-decoration: underline;
      text-decoration-thickness: 2px;
      text-underline-offset: 0.2em;
      border-color: var(--_border);
    }

    /* Lift the focused day so that its neighbours do not paint over the focus ring. */
    .day:focus-visible {
      z-index: 1;
    }

    .day.bookable:hover {
      border-color: var(--_accent);
    }

    .day[aria-pressed='true'] {
      background: var(--_accent);
      border-color: var(--_accent);
      color: var(--_on-accent);
    }

    .status {
      margin-block: 0.5rem 0;
      color: var(--_muted);
      font-size: 0.875rem;
    }

    .status:empty {
      display: none;
    }

    .jump {
      margin-block-start: 0.5rem;
      inline-size: 100%;
    }

    @media (forced-colors: active) {
      .progress.active::before {
        background: Highlight;
      }

      /* A transparent border would turn into a visible one: hide it in the canvas colour instead. */
      .day {
        color: GrayText;
        border-color: Canvas;
      }

      .day.bookable {
        color: ButtonText;
        border-color: ButtonText;
      }

      /* Backgrounds are replaced in forced colours; keep the dot. */
      .day.bookable::after {
        forced-color-adjust: none;
        background: ButtonText;
      }

      .day.bookable[aria-pressed='true']::after {
        background: HighlightText;
      }

      .day.today {
        border-style: dashed;
        border-color: ButtonText;
      }

      .day[aria-pressed='true'] {
        forced-color-adjust: none;
        background: Highlight;
        border-color: Highlight;
        color: HighlightText;
      }
    }
  `,
];
