import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { action } from 'storybook/actions';
import type { Concern, ConcernSelection } from '../src/domain/types.js';
import { catalog, longNameConcerns, manyConcerns, RESIDENCE_PERMIT } from './support/fixtures.js';

interface Args {
  concerns?: Concern[];
  value: ConcernSelection[];
}

const meta: Meta<Args> = {
  title: 'Steps/civic-concern-picker',
  component: 'civic-concern-picker',
  args: { value: [] },
  render: (args, { globals }) =>
    html`<civic-concern-picker
      .concerns=${args.concerns ?? catalog(String(globals.locale ?? 'de')).concerns}
      .value=${args.value}
      @change=${action('change')}
    ></civic-concern-picker>`,
};
export default meta;
type Story = StoryObj<Args>;

export const DemoOffice: Story = { name: 'Demo office' };
export const Chosen: Story = {
  name: 'Chosen, with concerns that cannot be combined',
  args: { value: [{ id: RESIDENCE_PERMIT, count: 2 }] },
};
export const Empty: Story = { name: 'Empty: no concerns', args: { concerns: [] } };
export const LongNames: Story = { name: 'Long names', args: { concerns: longNameConcerns() } };
export const ManyConcerns: Story = { name: '400 concerns', args: { concerns: manyConcerns(400) } };

/** A search that finds nothing: the count is announced and a button clears the search. */
export const NoMatch: Story = {
  name: 'Search without a match',
  play: async ({ canvasElement }) => {
    const picker = canvasElement.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>(
      'civic-concern-picker',
    )!;
    await picker.updateComplete;
    const field = picker.shadowRoot!.querySelector<HTMLInputElement>('#filter')!;
    field.value = 'Hundesteuer';
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await picker.updateComplete;
  },
};
