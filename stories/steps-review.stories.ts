import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { action } from 'storybook/actions';
import type { Contact } from '../src/domain/types.js';
import { booking, catalog, IMMIGRATION_OFFICE, longNameConcerns, RESIDENCE_PERMIT } from './support/fixtures.js';

interface Args {
  'estimated-minutes': number;
  'user-time-zone': string;
  'hide-location-change': boolean;
  'hide-concerns-change': boolean;
  contact: Contact;
  longNames: boolean;
}

const meta: Meta<Args> = {
  title: 'Steps/civic-review',
  component: 'civic-review',
  args: {
    'estimated-minutes': 40,
    'user-time-zone': 'Europe/Berlin',
    'hide-location-change': false,
    'hide-concerns-change': false,
    contact: { name: 'Alex Beispiel', email: 'alex@example.org', phone: '+49 251 123456' },
    longNames: false,
  },
  argTypes: { longNames: { control: 'boolean', description: 'Story only: very long concern names' } },
  render: (args, { globals }) => {
    const office = catalog(String(globals.locale ?? 'de'));
    const concern = office.concerns.find((c) => c.id === RESIDENCE_PERMIT)!;
    const { start, end, locationId } = booking();
    return html`<civic-review
      .concerns=${args.longNames ? longNameConcerns().map((c) => ({ concern: c, count: 2 })) : [{ concern, count: 2 }]}
      .location=${office.locations.find((l) => l.id === IMMIGRATION_OFFICE)!}
      .appointment=${{ start, end, locationId }}
      .contact=${args.contact}
      estimated-minutes=${args['estimated-minutes']}
      user-time-zone=${args['user-time-zone']}
      ?hide-location-change=${args['hide-location-change']}
      ?hide-concerns-change=${args['hide-concerns-change']}
      @civic-edit=${action('civic-edit')}
    ></civic-review>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Review: Story = {};
export const NameOnly: Story = { name: 'Name only', args: { contact: { name: 'Alex Beispiel' } } };
export const OtherTimeZone: Story = {
  name: 'Citizen in another time zone',
  args: { 'user-time-zone': 'Asia/Kolkata' },
};
export const Preselected: Story = {
  name: 'Concern and location fixed by the page',
  args: { 'hide-location-change': true, 'hide-concerns-change': true },
};
export const LongNames: Story = { name: 'Long names', args: { longNames: true } };
