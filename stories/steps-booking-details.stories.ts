import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { action } from 'storybook/actions';
import type { BookingStatus } from '../src/domain/types.js';
import type { CivicBookingDetails } from '../src/elements/civic-booking-details/civic-booking-details.js';
import { booking, catalog, fixedNow, IMMIGRATION_OFFICE } from './support/fixtures.js';

interface Args {
  mode: 'done' | 'manage';
  status: BookingStatus;
  cancelling: boolean;
  cancellable: boolean;
  'confirmed-by-link': boolean;
  'user-time-zone': string;
}

const meta: Meta<Args> = {
  title: 'Steps/civic-booking-details',
  component: 'civic-booking-details',
  args: {
    mode: 'done',
    status: 'confirmed',
    cancelling: false,
    cancellable: true,
    'confirmed-by-link': false,
    'user-time-zone': 'Europe/Berlin',
  },
  argTypes: {
    status: {
      control: 'select',
      options: ['confirmed', 'pending-verification', 'cancelled'],
      description: "Story only: the booking's status",
    },
  },
  render: (args, { globals }) => {
    const office = catalog(String(globals.locale ?? 'de'));
    const shown = booking({
      status: args.status,
      verifyWithinMinutes: args.status === 'pending-verification' ? 30 : undefined,
    });
    return html`<civic-booking-details
      .booking=${shown}
      .location=${office.locations.find((l) => l.id === IMMIGRATION_OFFICE)!}
      .concerns=${office.concerns}
      office-name=${office.office.name}
      .icsNow=${fixedNow}
      mode=${args.mode}
      ?cancelling=${args.cancelling}
      ?cancellable=${args.cancellable}
      ?confirmed-by-link=${args['confirmed-by-link']}
      user-time-zone=${args['user-time-zone']}
      @civic-cancel-request=${action('civic-cancel-request')}
    ></civic-booking-details>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

/** Opens the inline "really cancel?" question, as a click on "Cancel appointment" does. */
async function askToCancel({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const details = canvasElement.querySelector<CivicBookingDetails>('civic-booking-details')!;
  await details.updateComplete;
  details.shadowRoot!.querySelector<HTMLButtonElement>('#cancel')?.click();
  await details.updateComplete;
}

export const Done: Story = { name: 'Done: confirmed' };
export const PendingVerification: Story = {
  name: 'Done: pending verification',
  args: { status: 'pending-verification' },
};
export const Manage: Story = { name: 'Manage', args: { mode: 'manage' } };
export const ConfirmedByLink: Story = {
  name: 'Manage: just confirmed with the e-mail link',
  args: { mode: 'manage', 'confirmed-by-link': true },
};
export const ConfirmCancel: Story = { name: 'Manage: confirm cancelling', args: { mode: 'manage' }, play: askToCancel };
export const Cancelling: Story = {
  name: 'Manage: cancelling',
  args: { mode: 'manage', cancelling: true },
  play: askToCancel,
};
export const Cancelled: Story = { name: 'Manage: cancelled', args: { mode: 'manage', status: 'cancelled' } };
export const NotCancellable: Story = {
  name: 'Manage: cannot be cancelled',
  args: { mode: 'manage', cancellable: false },
};
export const OtherTimeZone: Story = {
  name: 'Citizen in another time zone',
  args: { 'user-time-zone': 'America/New_York' },
};
