import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/define-captcha.js';
import { captchaChallenge, startDemoServer, unavailableChallenge } from './support/demo-server.js';

interface Args {
  'challenge-url': string;
}

/**
 * ALTCHA's check, as `<civic-booking>` shows it below the times when the office's backend asks for a
 * captcha. It solves a small proof of work on the device by itself; the citizen has nothing to do unless it
 * fails, and then ticking the box tries again.
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

export const Solved: Story = { name: 'Solved on the device' };
export const Unavailable: Story = {
  name: 'Error: no challenge from the backend',
  args: { 'challenge-url': unavailableChallenge },
};
