import { html, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { action } from 'storybook/actions';
import type { CivicContactForm } from '../src/elements/civic-contact-form/civic-contact-form.js';
import {
  booking,
  catalog,
  DECEMBER_DAYS,
  daySlots,
  demoAdapter,
  fixedNow,
  IMMIGRATION_OFFICE,
  RESIDENCE_PERMIT,
  TODAY,
} from './support/fixtures.js';

// Every step in Arabic (right to left) and in Ukrainian (Cyrillic), whatever the toolbar's language; and the
// language switch. The elements speak the nearest ancestor's `lang`, as on a page.

interface Args {
  lang: string;
}

const meta: Meta<Args> = {
  title: 'Languages/Every step',
  args: { lang: 'ar' },
  argTypes: { lang: { control: 'select', options: ['ar', 'uk', 'fa', 'ru', 'bg', 'tr', 'de', 'en'] } },
};
export default meta;
type Story = StoryObj<Args>;

/** A step on a page in `lang`, written left to right by its CMS: the widget turns itself where it must. */
const page = (lang: string, step: TemplateResult) =>
  html`<div lang=${lang} dir="ltr" class="language-page">${step}</div>`;

const DAY = '2026-12-09';
const steps: Record<string, (lang: string) => TemplateResult> = {
  widget: () =>
    html`<civic-booking
      .adapter=${demoAdapter()}
      .now=${fixedNow}
      languages="de en tr ar uk ru fa"
      privacy-url="https://www.example.org/datenschutz"
      @civic-language-change=${action('civic-language-change')}
    ></civic-booking>`,
  concerns: (lang) =>
    html`<civic-concern-picker
      .concerns=${catalog(lang).concerns}
      .value=${[{ id: RESIDENCE_PERMIT, count: 2 }]}
      content-lang=${catalog(lang).lang ?? 'de'}
    ></civic-concern-picker>`,
  location: (lang) =>
    html`<civic-location-picker .locations=${catalog(lang).locations} value="any"></civic-location-picker>`,
  calendar: () =>
    html`<civic-calendar
      today=${TODAY}
      min=${TODAY}
      max="2027-03-01"
      month=${TODAY}
      value=${DAY}
      first-day-of-week="1"
      .bookableDates=${DECEMBER_DAYS}
    ></civic-calendar>`,
  times: (lang) =>
    html`<civic-slot-picker
      .slots=${daySlots(DAY, 14, 20)}
      date=${DAY}
      .locations=${catalog(lang).locations}
      user-time-zone="Europe/Berlin"
    ></civic-slot-picker>`,
  contact: () =>
    html`<civic-contact-form
      .rules=${{ email: 'required', phone: 'optional' }}
      .value=${{ name: 'Olena Kovalenko', email: 'olena@example', phone: '', consent: false }}
      .fieldErrors=${[{ field: 'contact.email', code: 'invalid' }]}
      privacy-url="https://www.example.org/datenschutz"
    ></civic-contact-form>`,
  phoneTypedWrong: () =>
    html`<civic-contact-form
      .rules=${{ email: 'required', phone: 'optional' }}
      .value=${{ name: 'Olena Kovalenko', email: 'olena@example.org', phone: '0251 ABC', consent: true }}
    ></civic-contact-form>`,
  review: (lang) => {
    const office = catalog(lang);
    const { start, end, locationId } = booking();
    return html`<civic-review
      .concerns=${[{ concern: office.concerns.find((c) => c.id === RESIDENCE_PERMIT)!, count: 2 }]}
      .location=${office.locations.find((l) => l.id === IMMIGRATION_OFFICE)!}
      .appointment=${{ start, end, locationId }}
      .contact=${{ name: 'Olena Kovalenko', email: 'olena@example.org' }}
      estimated-minutes="40"
      user-time-zone="Europe/Berlin"
    ></civic-review>`;
  },
  done: (lang) => {
    const office = catalog(lang);
    return html`<civic-booking-details
      mode="done"
      .booking=${booking({ status: 'pending-verification', verifyWithinMinutes: 30 })}
      .location=${office.locations.find((l) => l.id === IMMIGRATION_OFFICE)!}
      .concerns=${office.concerns}
      office-name=${office.office.name}
      .icsNow=${fixedNow}
      user-time-zone="Europe/Berlin"
    ></civic-booking-details>`;
  },
  manage: (lang) => {
    const office = catalog(lang);
    return html`<civic-booking-details
      mode="manage"
      .booking=${booking()}
      .location=${office.locations.find((l) => l.id === IMMIGRATION_OFFICE)!}
      .concerns=${office.concerns}
      office-name=${office.office.name}
      .icsNow=${fixedNow}
      user-time-zone="Europe/Berlin"
    ></civic-booking-details>`;
  },
};

function story(lang: string, step: string, name: string): Story {
  return { name, args: { lang }, render: (args) => page(args.lang, steps[step]!(args.lang)) };
}

export const ArabicWidget = story('ar', 'widget', 'Arabic: the widget, with its language switch');
export const ArabicConcerns = story('ar', 'concerns', 'Arabic: concerns');
export const ArabicLocation = story('ar', 'location', 'Arabic: location');
export const ArabicCalendar = story('ar', 'calendar', 'Arabic: calendar (right to left)');
export const ArabicTimes = story('ar', 'times', 'Arabic: times');
export const ArabicContact = story('ar', 'contact', 'Arabic: contact, with an error');
/** The characters a phone number may contain, and its examples, read left to right in right-to-left text. */
export const ArabicPhoneTypedWrong: Story = {
  ...story('ar', 'phoneTypedWrong', 'Arabic: contact, a phone number with letters'),
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector<CivicContactForm>('civic-contact-form')!;
    await form.updateComplete;
    form.requestSubmit();
    await form.updateComplete;
  },
};
export const ArabicReview = story('ar', 'review', 'Arabic: review');
export const ArabicDone = story('ar', 'done', 'Arabic: done, waiting for the e-mail link');
export const ArabicManage = story('ar', 'manage', 'Arabic: manage');
export const UkrainianWidget = story('uk', 'widget', 'Ukrainian: the widget, with its language switch');
export const UkrainianConcerns = story('uk', 'concerns', 'Ukrainian: concerns');
export const UkrainianLocation = story('uk', 'location', 'Ukrainian: location');
export const UkrainianCalendar = story('uk', 'calendar', 'Ukrainian: calendar');
export const UkrainianTimes = story('uk', 'times', 'Ukrainian: times');
export const UkrainianContact = story('uk', 'contact', 'Ukrainian: contact, with an error');
export const UkrainianReview = story('uk', 'review', 'Ukrainian: review');
export const UkrainianDone = story('uk', 'done', 'Ukrainian: done, waiting for the e-mail link');
export const UkrainianManage = story('uk', 'manage', 'Ukrainian: manage');
