/** Helpers for the stories' `play` functions, which bring a story to a state by pressing what a citizen would. */

/** Waits until `find` answers something, for at most five seconds. */
export async function waitFor<T>(find: () => T | null | undefined): Promise<T> {
  for (let tries = 0; tries < 100; tries++) {
    const found = find();
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('The story did not reach its state.');
}

/** The shadow root of the story's `<civic-booking>`. */
export const widget = (canvas: HTMLElement) => canvas.querySelector('civic-booking')!.shadowRoot!;

/** A button (or other element) inside one of the widget's step elements. */
export const inside = (canvas: HTMLElement, host: string, selector: string) =>
  widget(canvas).querySelector(host)?.shadowRoot?.querySelector<HTMLButtonElement>(selector);
