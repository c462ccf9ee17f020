/**
 * The demo office as an HTTP backend at `/api/v1` on the Storybook origin, through msw's Service Worker
 * (served at `/mockServiceWorker.js` by Storybook's `staticDirs`). Started once per preview page. The same
 * office also answers at `/api/captcha/v1`, where it asks for an ALTCHA captcha before it holds a time;
 * `/api/captcha-down/challenge` is a captcha challenge that fails (503), and `/api/captcha-pending/challenge`
 * one that never comes.
 */
import { delay, http, HttpResponse } from 'msw';
import { startMockBackend, type MockBackend } from '../../src/mocks/browser.js';
import { fixedNow } from './fixtures.js';

let started: Promise<MockBackend> | null = null;

export const captchaApi = '/api/captcha/v1';
export const captchaChallenge = `${captchaApi}/captcha`;
export const unavailableChallenge = '/api/captcha-down/challenge';
export const pendingChallenge = '/api/captcha-pending/challenge';

export function startDemoServer(): Promise<MockBackend> {
  started ??= startMockBackend({
    baseUrl: new URL('/api/v1', location.origin).href,
    now: fixedNow,
    captchaBaseUrl: new URL(captchaApi, location.origin).href,
  }).then((mock) => {
    mock.worker.use(
      http.get(unavailableChallenge, () => new HttpResponse(null, { status: 503 })),
      http.get(pendingChallenge, async () => {
        await delay('infinite');
        return new HttpResponse(null, { status: 504 });
      }),
    );
    return mock;
  });
  return started;
}
