import { html, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import {
  adapterWith,
  booking,
  catalog,
  DECEMBER_DAYS,
  daySlots,
  fixedNow,
  IMMIGRATION_OFFICE,
  RESIDENCE_PERMIT,
  TODAY,
} from '../support/fixtures.js';

/** Live examples for the theming guide: the same widget under the defaults and under each example theme. */
const meta: Meta = {
  title: 'Guides/Theming examples',
  parameters: { controls: { disable: true } },
};
export default meta;
type Story = StoryObj;

/** The widget at the time step; `office` names it, so that several on one page stay distinguishable. */
function widget(office = 'Stadt Musterstadt'): TemplateResult {
  const adapter = adapterWith({
    loadCatalog: async ({ lang }) => ({ ...catalog(lang), office: { name: office } }),
  });
  return html`<civic-booking .adapter=${adapter} .now=${fixedNow} concerns=${`${RESIDENCE_PERMIT}:2`}></civic-booking>`;
}

function themed(theme: string, caption: string, content: TemplateResult): TemplateResult {
  return html`<figure class=${theme}>
    <figcaption>${caption}</figcaption>
    ${content}
  </figure>`;
}

/** Both example themes next to the defaults, on the same step. */
export const SideBySide: Story = {
  name: 'Example themes side by side',
  render: () =>
    html`<div class="side-by-side">
      ${themed('', 'Default tokens', widget('Stadt Musterstadt (default tokens)'))}
      ${themed('civic-theme-city', 'Example: Stadt Musterstadt (stories/themes/city.css)', widget('Stadt Musterstadt (city theme)'))}
      ${themed('civic-theme-government', 'Example: plain government (stories/themes/government.css)', widget('Stadt Musterstadt (government theme)'))}
    </div>`,
};

/** Each step element under the two example themes, to see every token and part at work. */
export const StepsSideBySide: Story = {
  name: 'Steps under both themes',
  render: (_args, { globals }) => {
    const office = catalog(String(globals.locale ?? 'de'));
    const steps = () => html`
      <civic-calendar
        today=${TODAY}
        min=${TODAY}
        month=${TODAY}
        value="2026-12-09"
        .bookableDates=${DECEMBER_DAYS}
      ></civic-calendar>
      <civic-slot-picker
        date="2026-12-09"
        user-time-zone="Europe/Berlin"
        .slots=${daySlots('2026-12-09', 8, 20)}
        .locations=${office.locations}
      ></civic-slot-picker>
      <civic-booking-details
        .booking=${booking()}
        .location=${office.locations.find((l) => l.id === IMMIGRATION_OFFICE)!}
        .concerns=${office.concerns}
        .icsNow=${fixedNow}
        user-time-zone="Europe/Berlin"
      ></civic-booking-details>
    `;
    return html`<div class="side-by-side">
      ${themed('civic-theme-city', 'Stadt Musterstadt', steps())}
      ${themed('civic-theme-government', 'Plain government', steps())}
    </div>`;
  },
};

/** Tokens set on one page element: the whole widget follows. */
export const TokensOnly: Story = {
  name: 'Tokens only: a green accent and round corners',
  render: () => html`<div class="theme-example-green">${widget()}</div>`,
};

/** Dark: the page declares `color-scheme: dark`, the defaults answer with their dark values. */
export const Dark: Story = {
  name: 'Dark colour scheme (defaults)',
  render: () => html`<div class="theme-example-dark">${widget()}</div>`,
};
