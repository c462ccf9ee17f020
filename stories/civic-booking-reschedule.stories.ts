import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { BookingError } from '../src/domain/booking-error.js';
import { adapterWith, adapterWithBooking, demoAdapter } from './support/fixtures.js';
import { inside, waitFor, widget } from './support/play.js';
import { widgetMeta, type Args } from './support/widget.js';

const meta: Meta<Args> = { ...widgetMeta, title: 'Booking widget/Changing an appointment' };
export default meta;
type Story = StoryObj<Args>;

type Context = { canvasElement: HTMLElement };

/** From the manage view to the new times: "Change appointment". */
async function startChange({ canvasElement }: Context) {
  (await waitFor(() => inside(canvasElement, 'civic-booking-details', '#reschedule'))).click();
  await waitFor(() => inside(canvasElement, 'civic-slot-picker', 'button[part~="slot"]'));
}

/** On to the review, with the first time of the first day held: old and new side by side. */
async function toReview(context: Context) {
  await startChange(context);
  (await waitFor(() => inside(context.canvasElement, 'civic-slot-picker', 'button[part~="slot"]'))).click();
  await waitFor(() => widget(context.canvasElement).querySelector('civic-review'));
}

/** The change sent: the done step. */
async function change(context: Context) {
  await toReview(context);
  (await waitFor(() => widget(context.canvasElement).querySelector<HTMLButtonElement>('button.book'))).click();
  await waitFor(() => widget(context.canvasElement).querySelector('civic-booking-details'));
}

/** The manage view offers "Change appointment" beside cancelling. */
export const Manage: Story = { name: 'Manage view', loaders: [async () => adapterWithBooking()] };

/** "Choose a new time": the booking's concerns and location chosen, the calendar as in a new booking. */
export const NewTime: Story = {
  name: 'Choosing the new time',
  loaders: [async () => adapterWithBooking()],
  play: startChange,
};

/** The review shows the old and the new appointment side by side. */
export const Review: Story = {
  name: 'Review: old and new',
  loaders: [async () => adapterWithBooking()],
  play: toReview,
};

/** Moved in one step: the old time is released, and said so. */
export const Moved: Story = { name: 'Done: moved', loaders: [async () => adapterWithBooking()], play: change };

/** The new time was taken meanwhile: back to the times, and the old appointment stays. */
export const SlotTaken: Story = {
  name: 'Error: the new time was taken, the old one stays',
  loaders: [
    async () => {
      const loaded = await adapterWithBooking();
      const taken = async () => Promise.reject(new BookingError('slot-taken', 'Story: slot-taken'));
      return { ...loaded, adapter: adapterWith({ reschedule: taken }, loaded.adapter) };
    },
  ],
  play: change,
};

/** Too late to change: the review says so, and the old appointment stays. */
export const TooLate: Story = {
  name: 'Error: too late to change',
  loaders: [
    async () => {
      const loaded = await adapterWithBooking();
      const late = async () => Promise.reject(new BookingError('too-late', 'Story: too-late'));
      return { ...loaded, adapter: adapterWith({ reschedule: late }, loaded.adapter) };
    },
  ],
  play: toReview,
};

/**
 * An office without one-step changes: the new time is booked, then cancelling the old one fails. The citizen
 * is told of the two appointments and can cancel the old one again.
 */
export const CancelOldFailed: Story = {
  name: 'Fallback: cancelling the old one failed',
  loaders: [
    async () => {
      const loaded = await adapterWithBooking('alex@example.org', demoAdapter(0, false));
      const failing = async (reference: string, token: string) =>
        reference === loaded.reference
          ? Promise.reject(new BookingError('unavailable', 'Story: unavailable'))
          : loaded.adapter.cancelBooking(reference, token);
      return { ...loaded, adapter: adapterWith({ cancelBooking: failing }, loaded.adapter) };
    },
  ],
  play: async (context) => {
    await startChange(context);
    const { canvasElement } = context;
    (await waitFor(() => inside(canvasElement, 'civic-slot-picker', 'button[part~="slot"]'))).click();
    const form = await waitFor(() => widget(canvasElement).querySelector('civic-contact-form')?.shadowRoot);
    for (const [id, value] of [
      ['name', 'Alex Beispiel'],
      ['email', 'alex@example.org'],
    ]) {
      const input = form.querySelector<HTMLInputElement>(`#${id}`)!;
      input.value = value!;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    form.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    widget(canvasElement).querySelector<HTMLButtonElement>('button.primary')!.click();
    (await waitFor(() => widget(canvasElement).querySelector<HTMLButtonElement>('button.book'))).click();
    await waitFor(() => widget(canvasElement).querySelector('.previous'));
  },
};
