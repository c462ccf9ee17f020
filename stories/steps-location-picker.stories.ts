import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { action } from 'storybook/actions';
import type { Location } from '../src/domain/types.js';
import { catalog } from './support/fixtures.js';

interface Args {
  locations?: Location[];
  value?: string;
  'show-any': boolean;
}

const meta: Meta<Args> = {
  title: 'Steps/civic-location-picker',
  component: 'civic-location-picker',
  args: { 'show-any': true },
  render: (args, { globals }) =>
    html`<civic-location-picker
      .locations=${args.locations ?? catalog(String(globals.locale ?? 'de')).locations}
      value=${ifDefined(args.value)}
      show-any=${args['show-any'] ? 'true' : 'false'}
      @change=${action('change')}
    ></civic-location-picker>`,
};
export default meta;
type Story = StoryObj<Args>;

export const DemoOffice: Story = { name: 'Demo office' };
export const Chosen: Story = { name: 'A location chosen', args: { value: 'buergerbuero-mitte' } };
export const AnyChosen: Story = { name: 'Earliest anywhere chosen', args: { value: '*' } };
export const WithoutAny: Story = { name: 'Without "earliest anywhere"', args: { 'show-any': false } };
export const LongNames: Story = {
  name: 'Long names',
  args: {
    locations: catalog('de').locations.map((location) => ({
      ...location,
      name: `${location.name} – Dienstgebäude mit barrierefreiem Zugang über den Innenhof, Eingang C`,
      hint: `${location.hint} Bitte beachten Sie die geänderten Öffnungszeiten zwischen den Feiertagen.`,
    })),
  },
};
