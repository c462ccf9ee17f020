/**
 * The demo office as an HTTP backend at `/api/v1` on the Storybook origin, through msw's Service Worker
 * (served at `/mockServiceWorker.js` by Storybook's `staticDirs`). Started once per preview page. The same
 * office also answers at `/api/captcha/v1`, where it asks for an ALTCHA captcha before it holds a time, and
 * `/api/captcha-down/challenge` is a captcha challenge that never comes.
 */
import { http, HttpResponse } from 'msw';
import { DemoBackend } from '../../src/adapters/demo/demo-backend.js';
import { startMockBackend, type MockBackend } from '../../src/mocks/browser.js';
import { MockCaptcha } from '../../src/mocks/mock-captcha.js';
import { createProtocolHandlers } from '../../src/mocks/protocol-handlers.js';
import { fixedNow } from './fixtures.js';

let started: Promise<MockBackend> | null = null;

export const captchaApi = '/api/captcha/v1';
export const captchaChallenge = `${captchaApi}/captcha`;
export const unavailableChallenge = '/api/captcha-down/challenge';

export function startDemoServer(): Promise<MockBackend> {
  started ??= startMockBackend({ baseUrl: new URL('/api/v1', location.origin).href, now: fixedNow }).then((mock) => {
    mock.worker.use(
      ...createProtocolHandlers({
        baseUrl: new URL(captchaApi, location.origin).href,
        backend: new DemoBackend({ now: fixedNow }),
        captcha: new MockCaptcha(),
      }),
      http.get(unavailableChallenge, () => new HttpResponse(null, { status: 503 })),
    );
    return mock;
  });
  return started;
}
