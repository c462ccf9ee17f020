import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/elements/civic-captcha/define.js';
import { captchaChallenge, pendingChallenge, startDemoServer, unavailableChallenge } from './support/demo-server.js';

interface Args {
  'challenge-url': string;
}

/**
 * The security check, as `<civic-booking>` shows it below the times when the office's backend asks for a
 * captcha. The device solves a small proof of work (ALTCHA's format) by itself; the check says what it is
 * doing in a live region. The citizen has nothing to do unless it fails, and then "Check again" tries again.
 */
const meta: Meta<Args> = {
  title: 'Steps/civic-captcha',
  component: 'civic-captcha',
  args: { 'challenge-url': captchaChallenge },
  loaders: [
    async () => {
      await startDemoServer();
      return {};
    },
  ],
  render: (args) => html`<civic-captcha challenge-url=${args['challenge-url']}></civic-captcha>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Checking: Story = {
  name: 'Checking: the challenge is on its way',
  args: { 'challenge-url': pendingChallenge },
};
export const Verified: Story = { name: 'Verified: solved on the device' };
export const Failed: Story = {
  name: 'Failed: no challenge from the backend, with retry',
  args: { 'challenge-url': unavailableChallenge },
};
