import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { action } from 'storybook/actions';
import { DECEMBER_DAYS, TODAY } from './support/fixtures.js';

interface Args {
  value?: string;
  min?: string;
  max?: string;
  today?: string;
  month?: string;
  loading?: boolean;
  'next-bookable-date'?: string;
  bookableDates: string[];
}

const meta: Meta<Args> = {
  title: 'Steps/civic-calendar',
  component: 'civic-calendar',
  args: { today: TODAY, min: TODAY, max: '2027-03-01', month: TODAY, bookableDates: DECEMBER_DAYS, loading: false },
  render: (args) =>
    html`<civic-calendar
      value=${ifDefined(args.value)}
      min=${ifDefined(args.min)}
      max=${ifDefined(args.max)}
      today=${ifDefined(args.today)}
      month=${ifDefined(args.month)}
      next-bookable-date=${ifDefined(args['next-bookable-date'])}
      ?loading=${args.loading}
      .bookableDates=${args.bookableDates}
      @change=${action('change')}
      @civic-month-change=${action('civic-month-change')}
    ></civic-calendar>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Bookable: Story = { name: 'Bookable days' };
export const Selected: Story = { name: 'A day chosen', args: { value: '2026-12-09' } };
export const Loading: Story = { args: { loading: true, bookableDates: [] } };
export const NothingThisMonth: Story = {
  name: 'Empty: nothing this month, jump to the next free day',
  args: { bookableDates: [], 'next-bookable-date': '2027-01-04' },
};
export const FullyBooked: Story = { name: 'Empty: fully booked', args: { bookableDates: [] } };
export const LastMonth: Story = {
  name: 'Last reachable month',
  args: { month: '2027-03-01', bookableDates: ['2027-03-01'] },
};
