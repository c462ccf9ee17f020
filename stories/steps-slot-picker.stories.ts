import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { action } from 'storybook/actions';
import type { Location, Slot } from '../src/domain/types.js';
import { catalog, daySlots } from './support/fixtures.js';

interface Args {
  slots: Slot[];
  date?: string;
  locations?: Location[];
  'user-time-zone': string;
  loading: boolean;
  value?: Slot;
}

const DAY = '2026-12-09';
const slots = daySlots(DAY, 14, 20);

const meta: Meta<Args> = {
  title: 'Steps/civic-slot-picker',
  component: 'civic-slot-picker',
  args: { slots, date: DAY, 'user-time-zone': 'Europe/Berlin', loading: false },
  render: (args, { globals }) =>
    html`<civic-slot-picker
      .slots=${args.slots}
      date=${ifDefined(args.date)}
      .locations=${args.locations ?? catalog(String(globals.locale ?? 'de')).locations}
      user-time-zone=${args['user-time-zone']}
      ?loading=${args.loading}
      .value=${args.value ?? null}
      @civic-slot-select=${action('civic-slot-select')}
    ></civic-slot-picker>`,
};
export default meta;
type Story = StoryObj<Args>;

export const OneDay: Story = { name: 'Times of one day' };
export const Chosen: Story = { name: 'A time chosen', args: { value: slots[3] } };
export const EightySlots: Story = { name: 'A day with 80 times', args: { slots: daySlots(DAY, 80, 10) } };
export const Loading: Story = { args: { loading: true, slots: [] } };
export const NoTimes: Story = { name: 'Empty: no times on the day', args: { slots: [] } };
export const NoDay: Story = { name: 'No day chosen yet', args: { slots: [], date: undefined } };
export const OtherTimeZone: Story = {
  name: 'Citizen in another time zone',
  args: { 'user-time-zone': 'America/New_York' },
};
export const SeveralLocations: Story = {
  name: 'Times at several locations',
  args: {
    slots: [...daySlots(DAY, 4, 30), ...daySlots(DAY, 4, 30, 'buergerbuero-mitte')].sort((a, b) =>
      a.start.localeCompare(b.start),
    ),
  },
};
