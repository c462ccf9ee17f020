import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The interactive flow story talks HTTP to the demo office through msw's Service Worker, which must be
  // served at the site's root (src/mocks/browser.ts registers `/mockServiceWorker.js`).
  staticDirs: [{ from: '../node_modules/msw/lib/mockServiceWorker.js', to: '/mockServiceWorker.js' }],
  core: { disableTelemetry: true },
  docs: { defaultName: 'Overview' },
};

export default config;
