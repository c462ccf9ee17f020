import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { action } from 'storybook/actions';
import type { FieldError } from '../src/domain/booking-error.js';
import type { ContactRules } from '../src/domain/types.js';
import type { CivicContactForm, ContactDraft } from '../src/elements/civic-contact-form/civic-contact-form.js';

interface Args {
  rules: ContactRules;
  value?: ContactDraft;
  'privacy-url'?: string;
  fieldErrors: FieldError[];
  disabled: boolean;
}

const filled: ContactDraft = {
  name: 'Alex Beispiel',
  email: 'alex@example.org',
  phone: '+49 251 123456',
  consent: true,
};

const meta: Meta<Args> = {
  title: 'Steps/civic-contact-form',
  component: 'civic-contact-form',
  args: {
    rules: { email: 'required', phone: 'optional' },
    'privacy-url': 'https://www.example.org/datenschutz',
    fieldErrors: [],
    disabled: false,
  },
  render: (args) =>
    html`<civic-contact-form
      .rules=${args.rules}
      .value=${args.value ? { ...args.value } : { name: '', email: '', phone: '', consent: false }}
      privacy-url=${ifDefined(args['privacy-url'])}
      .fieldErrors=${args.fieldErrors}
      ?disabled=${args.disabled}
      @input=${action('input')}
      @civic-submit=${action('civic-submit')}
    ></civic-contact-form>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Presses "submit" the way the flow's "Next" button does, to show the errors of an incomplete form. */
async function submit({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const form = canvasElement.querySelector<CivicContactForm>('civic-contact-form')!;
  await form.updateComplete;
  form.requestSubmit();
  await form.updateComplete;
}

export const Empty: Story = { name: 'Empty' };
export const Filled: Story = { args: { value: filled } };
export const PhoneRequired: Story = {
  name: 'Phone required, no e-mail',
  args: { rules: { email: 'hidden', phone: 'required' } },
};
export const Errors: Story = { name: 'Errors after submitting empty', play: submit };
export const InvalidEmail: Story = {
  name: 'Error: invalid e-mail',
  args: { value: { ...filled, email: 'alex@' } },
  play: submit,
};
export const ServerErrors: Story = {
  name: 'Errors from the backend',
  args: {
    value: filled,
    fieldErrors: [
      { field: 'contact.email', code: 'invalid' },
      { field: 'contact.phone', code: 'invalid' },
    ],
  },
};
export const Disabled: Story = { name: 'Disabled while booking', args: { value: filled, disabled: true } };
export const NoPrivacyUrl: Story = { name: 'Without a privacy link', args: { 'privacy-url': undefined } };
