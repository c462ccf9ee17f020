import { css } from 'lit';

/** Rows of a checkbox or radio with its label, where the whole row toggles the control. */
export const choiceStyles = css`
  input[type='checkbox'],
  input[type='radio'] {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
  }

  .name {
    font-weight: 600;
    cursor: pointer;
  }

  /* The label covers the whole row; links and fields in the row sit above this layer. */
  .name::after {
    content: '';
    position: absolute;
    inset: 0;
  }
`;
