import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { action } from 'storybook/actions';

interface Args {
  value: string;
  languages: string[];
}

const meta: Meta<Args> = {
  title: 'Steps/civic-language-switch',
  component: 'civic-language-switch',
  args: { value: 'de', languages: ['de', 'en', 'tr', 'ar', 'uk', 'ru', 'fa', 'pl', 'ro', 'bg', 'sq', 'fr'] },
  render: (args) =>
    html`<civic-language-switch
      .languages=${args.languages}
      .value=${args.value}
      @change=${action('change')}
    ></civic-language-switch>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Closed: "Sprache: Deutsch", in the page's language. */
export const Closed: Story = {};

/** Open: every language in its own words. */
export const Open: Story = {
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('civic-language-switch')!;
    await element.updateComplete;
    element.shadowRoot!.querySelector('details')!.open = true;
  },
};

/** A few languages only (`languages="de tr ar"` on the widget), Turkish shown. */
export const AFew: Story = { name: 'A few, Turkish shown', args: { value: 'tr', languages: ['de', 'tr', 'ar'] } };
