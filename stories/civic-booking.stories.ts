import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { BookingAdapter } from '../src/adapters/booking-adapter.js';
import { BookingError } from '../src/domain/booking-error.js';
import {
  adapterWith,
  adapterWithBooking,
  booking,
  catalog,
  demoAdapter,
  emptyCatalogAdapter,
  fullyBookedAdapter,
  longNameConcerns,
  manyConcerns,
  nothingThisMonthAdapter,
  NOW,
  pending,
  RESIDENCE_PERMIT,
} from './support/fixtures.js';
import { captchaApi, startDemoServer } from './support/demo-server.js';
import { inside, waitFor, widget } from './support/play.js';
import { widgetMeta, type Args } from './support/widget.js';

const meta: Meta<Args> = { ...widgetMeta, title: 'Booking widget/civic-booking' };
export default meta;

type Story = StoryObj<Args>;

/** The built-in demo office (`backend="demo"`), with the stories' fixed clock: 1 December 2026, 08:00. */
export const DemoOffice: Story = { name: 'Demo office', args: { backend: 'demo' } };

/**
 * The whole flow over HTTP: `<civic-booking api="/api/v1">` talks the Civic Booking Protocol to the demo
 * office served by msw's Service Worker, with a fixed clock. Book with an address ending in `@verify.example`
 * to see "pending verification".
 */
export const InteractiveFlow: Story = {
  name: 'Interactive flow (HTTP, msw)',
  args: { api: '/api/v1' },
  loaders: [
    async () => {
      await startDemoServer();
      return {};
    },
  ],
};

/**
 * An office whose backend asks for a captcha (catalog `captcha: { kind: "altcha" }`): the security check
 * appears below the times and solves itself on the device; the hold then carries its payload in `X-Captcha`.
 */
export const Captcha: Story = {
  name: 'Office with a captcha (HTTP, msw)',
  args: { api: captchaApi, concerns: RESIDENCE_PERMIT },
  loaders: [
    async () => {
      await startDemoServer();
      return {};
    },
  ],
};

/** The page named one concern (`concerns="residence-permit-extension"`): the widget starts at the calendar. */
export const PreselectedConcern: Story = {
  name: 'Preselected concern',
  args: { backend: 'demo', concerns: `${RESIDENCE_PERMIT}:2` },
};

export const LoadingCatalog: Story = {
  name: 'Loading',
  parameters: { adapter: () => adapterWith({ loadCatalog: pending }) },
};

export const LoadingTimes: Story = {
  name: 'Loading times',
  args: { concerns: RESIDENCE_PERMIT },
  parameters: { adapter: () => adapterWith({ loadAvailability: pending }) },
};

export const NoConcerns: Story = {
  name: 'Empty: the office offers no concerns',
  parameters: { adapter: emptyCatalogAdapter },
};

export const NothingThisMonth: Story = {
  name: 'Empty: no free appointment this month',
  args: { concerns: RESIDENCE_PERMIT },
  parameters: { adapter: nothingThisMonthAdapter },
};

export const FullyBooked: Story = {
  name: 'Empty: fully booked',
  args: { concerns: RESIDENCE_PERMIT },
  parameters: { adapter: fullyBookedAdapter },
};

export const LongNames: Story = {
  name: 'Long names',
  parameters: {
    adapter: () =>
      adapterWith({
        loadCatalog: async ({ lang }) => {
          const base = catalog(lang);
          const concerns = [...longNameConcerns(), ...base.concerns.slice(0, 3)];
          return {
            ...base,
            office: {
              name: 'Landeshauptstadt Musterstadt – Kreisverwaltungsreferat, Hauptabteilung II, Bürgerangelegenheiten',
            },
            concerns,
            locations: base.locations.map((location) => ({
              ...location,
              name: `${location.name} – Dienstgebäude mit barrierefreiem Zugang über den Innenhof`,
              concernIds: [...location.concernIds, ...concerns.map((concern) => concern.id)],
            })),
          };
        },
      }),
  },
};

export const ManyConcerns: Story = {
  name: '400 concerns',
  parameters: {
    adapter: () =>
      adapterWith({
        loadCatalog: async ({ lang }) => {
          const base = catalog(lang);
          const concerns = manyConcerns(400);
          return {
            ...base,
            concerns,
            locations: base.locations.map((location) => ({
              ...location,
              concernIds: concerns.map((concern) => concern.id),
            })),
          };
        },
      }),
  },
};

/** A booking opened from the e-mail link (`reference` and `token`): show it or cancel it. */
export const Manage: Story = {
  name: 'Manage a booking',
  loaders: [async () => adapterWithBooking()],
};

export const ManagePendingVerification: Story = {
  name: 'Manage a booking: pending verification',
  loaders: [async () => adapterWithBooking('alex@verify.example')],
};

/** A booking cancelled earlier, opened from its link: the heading says cancelled, a new booking is offered. */
export const ManageCancelled: Story = {
  name: 'Manage a booking: cancelled',
  loaders: [
    async () => {
      const loaded = await adapterWithBooking();
      await loaded.adapter.cancelBooking(loaded.reference, loaded.token);
      return loaded;
    },
  ],
};

/**
 * Cancelling did not get through (the connection, or the part of the widget that cancels, could not be
 * fetched): the booking stays shown as it is, the error says so and offers to try again.
 */
export const ManageCancelFailed: Story = {
  name: 'Manage a booking: cancelling failed',
  tags: ['logs-backend-error'],
  loaders: [
    async () => {
      const loaded = await adapterWithBooking();
      const offline = () => Promise.reject(new BookingError('network', 'Story: offline'));
      return { ...loaded, adapter: adapterWith({ cancelBooking: offline }, loaded.adapter) };
    },
  ],
  play: async ({ canvasElement }) => {
    (await waitFor(() => inside(canvasElement, 'civic-booking-details', '#cancel'))).click();
    (await waitFor(() => inside(canvasElement, 'civic-booking-details', 'button.danger'))).click();
    await waitFor(() => widget(canvasElement).querySelector('[role="alert"]'));
  },
};

/** An appointment whose time is over: the heading says so, nothing can be changed or cancelled. */
export const ManagePast: Story = {
  name: 'Manage a booking: past',
  loaders: [
    async () => {
      const loaded = await adapterWithBooking();
      const past = booking({ start: '2026-11-20T08:30:00+01:00', end: '2026-11-20T09:10:00+01:00' });
      delete past.token;
      return { ...loaded, adapter: adapterWith({ getBooking: async () => past }, loaded.adapter) };
    },
  ],
};

/** A link with a wrong or expired token: the heading says the link does not work, and offers a new booking. */
export const ManageNotFound: Story = {
  name: 'Manage a booking: link not found',
  loaders: [async () => ({ ...(await adapterWithBooking()), token: 'expired-token' })],
};

export const ConfigMissingApi: Story = { name: 'Configuration error: no api', args: {} };

export const ConfigUnknownBackend: Story = {
  name: 'Configuration error: unknown backend',
  args: { api: '/api/v1', backend: 'soap' },
};

/** The demo office, whose holds end 90 seconds from the story's clock; `extendable` as a backend says. */
function holdEndingSoon(extendable: boolean): BookingAdapter {
  const office = demoAdapter();
  return adapterWith(
    {
      holdSlot: async (request, options) => ({
        ...(await office.holdSlot(request, options)),
        expiresAt: new Date(Date.parse(NOW) + 90_000).toISOString(),
        extendable,
      }),
    },
    office,
  );
}

/** From the calendar of a preselected concern to the contact form, with the first time held. */
async function holdFirstTime({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const widget = () => canvasElement.querySelector('civic-booking')!.shadowRoot!;
  for (let tries = 0; tries < 100 && !widget().querySelector('civic-contact-form'); tries++) {
    const time = widget().querySelector('civic-slot-picker')?.shadowRoot?.querySelector<HTMLButtonElement>('button');
    time?.click();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export const HoldEndingSoon: Story = {
  name: 'Hold: its last two minutes, with "more time"',
  args: { concerns: RESIDENCE_PERMIT },
  parameters: { adapter: () => holdEndingSoon(true) },
  play: holdFirstTime,
};

/** A backend that cannot lengthen a hold (ZMS): the warning, and the hold renewed once it has run out. */
export const HoldEndingSoonNotExtendable: Story = {
  name: 'Hold: its last two minutes, at a backend that cannot extend it (ZMS)',
  args: { concerns: RESIDENCE_PERMIT },
  parameters: { adapter: () => holdEndingSoon(false) },
  play: holdFirstTime,
};
