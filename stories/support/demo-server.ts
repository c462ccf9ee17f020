/**
 * The demo office as an HTTP backend at `/api/v1` on the Storybook origin, through msw's Service Worker
 * (served at `/mockServiceWorker.js` by Storybook's `staticDirs`). Started once per preview page.
 */
import { startMockBackend, type MockBackend } from '../../src/mocks/browser.js';
import { fixedNow } from './fixtures.js';

let started: Promise<MockBackend> | null = null;

export function startDemoServer(): Promise<MockBackend> {
  started ??= startMockBackend({ baseUrl: new URL('/api/v1', location.origin).href, now: fixedNow });
  return started;
}
