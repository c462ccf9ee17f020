import type { CivicBooking } from '../../src/elements/civic-booking/civic-booking.js';
import type { BookingWidgetPage } from '../page-objects/booking-widget-page.js';
import { recordEvents } from './protocol-fixture.js';

/**
 * Books through every step, by structure rather than by text, so in any language, and calls `check` in each
 * step. Chooses the concern at `concern` in the catalog's order (default the first) and the first location.
 */
export async function bookInAnyLanguage(
  element: CivicBooking,
  page: BookingWidgetPage,
  check: (step: string) => Promise<void>,
  { concern = 0 } = {},
): Promise<void> {
  const events = recordEvents(element);
  const step = () => events.filter((event) => event.type === 'civic-step-change').at(-1)?.detail as { step: string };
  const reach = (name: string) => page.waitFor(() => step()?.step === name, `the ${name} step`);
  const root = element.shadowRoot!;
  await page.waitFor(() => !!root.querySelector('civic-concern-picker'), 'the concerns');
  await page.settled();
  await check('concerns');
  const boxes = root
    .querySelector('civic-concern-picker')!
    .shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]');
  boxes[concern]!.click();
  await page.settled();
  root.querySelector<HTMLButtonElement>('button.next')!.click();
  await page.waitFor(() => ['location', 'time'].includes(step()?.step), 'the next step');
  if (step().step === 'location') {
    await check('location');
    root.querySelector('civic-location-picker')!.shadowRoot!.querySelector<HTMLInputElement>('input')!.click();
    await page.settled();
    root.querySelector<HTMLButtonElement>('button.next')!.click();
    await reach('time');
  }
  await page.waitFor(() => page.slots().buttons().length > 0, 'times');
  await check('time');
  page.slots().buttons()[0]!.click();
  await reach('contact');
  await check('contact');
  page.contact().fill('name', 'Ada Yılmaz');
  page.contact().fill('email', 'ada@example.org');
  page.contact().toggleConsent();
  await page.settled();
  root.querySelector<HTMLButtonElement>('button.next')!.click();
  await reach('review');
  await check('review');
  root.querySelector<HTMLButtonElement>('button.book')!.click();
  await reach('done');
  await customElements.whenDefined('civic-booking-details');
  await page.waitFor(() => !!root.querySelector('civic-booking-details')?.shadowRoot?.childElementCount, 'the booking');
  await check('done');
}
