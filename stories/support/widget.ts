import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta } from '@storybook/web-components-vite';
import { action } from 'storybook/actions';
import type { BookingAdapter } from '../../src/adapters/booking-adapter.js';
import { fixedNow } from './fixtures.js';

/** The attributes of <civic-booking>, as story args. */
export interface Args {
  api?: string;
  backend?: string;
  concerns?: string;
  location?: string;
  'privacy-url'?: string;
  reference?: string;
  token?: string;
}

export interface Loaded {
  adapter?: BookingAdapter;
  reference?: string;
  token?: string;
}

/** Lets a story swap the backend for one that shows a particular state. */
export interface Parameters {
  adapter?: () => BookingAdapter;
}

/** Stories of <civic-booking>: its attributes as controls, a state's adapter through parameters or loaders. */
export const widgetMeta: Meta<Args> = {
  component: 'civic-booking',
  args: { 'privacy-url': 'https://www.example.org/datenschutz' },
  render: (args, { loaded, parameters }) => {
    const { adapter, reference, token } = loaded as Loaded;
    const chosen = adapter ?? (parameters as Parameters).adapter?.() ?? null;
    return html`<civic-booking
      api=${ifDefined(args.api)}
      backend=${ifDefined(args.backend)}
      concerns=${ifDefined(args.concerns)}
      location=${ifDefined(args.location)}
      privacy-url=${ifDefined(args['privacy-url'])}
      reference=${ifDefined(reference ?? args.reference)}
      token=${ifDefined(token ?? args.token)}
      .adapter=${chosen}
      .now=${fixedNow}
      @civic-step-change=${action('civic-step-change')}
      @civic-booked=${action('civic-booked')}
      @civic-cancelled=${action('civic-cancelled')}
      @civic-error=${action('civic-error')}
    ></civic-booking>`;
  },
};
