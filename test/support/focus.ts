import { sendKeys } from '@web/test-runner-commands';

/** The deepest focused element, through shadow roots. */
export function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Presses Tab until the focus is on what `matches`, as a keyboard user does; fails if it never gets there. */
export async function tabTo(matches: (element: Element) => boolean, what: string): Promise<void> {
  for (let presses = 0; presses < 80; presses += 1) {
    await sendKeys({ press: 'Tab' });
    const element = focused();
    if (element && matches(element)) return;
  }
  throw new Error(`Tab never reached ${what}`);
}
