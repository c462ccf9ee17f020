/**
 * Starts a Civic Booking Protocol backend inside the browser (a msw Service Worker over a DemoBackend), for
 * tests, Storybook and the local demo. Never part of a build.
 */
import { setupWorker, type SetupWorker } from 'msw/browser';
import { DemoBackend } from '../adapters/demo/demo-backend.js';
import { MockCaptcha } from './mock-captcha.js';
import { createProtocolHandlers } from './protocol-handlers.js';

export interface MockBackendOptions {
  /** Where the protocol lives, for example `${location.origin}/api/v1` (same origin: no CORS needed). */
  baseUrl: string;
  /** The backend's clock; default the real one. */
  now?: () => Date;
  /** Where the same demo office answers once more, this time asking for an ALTCHA captcha before a hold. */
  captchaBaseUrl?: string;
}

export interface MockBackend {
  /** The msw worker: `worker.use(...)` injects faults for one test. */
  worker: SetupWorker;
  /** The office behind the protocol. */
  backend: DemoBackend;
  /** Stops intercepting requests. */
  stop: () => void;
}

export async function startMockBackend({ baseUrl, now, captchaBaseUrl }: MockBackendOptions): Promise<MockBackend> {
  const backend = new DemoBackend({ now });
  const worker = setupWorker(
    ...createProtocolHandlers({ baseUrl, backend }),
    ...(captchaBaseUrl
      ? createProtocolHandlers({
          baseUrl: captchaBaseUrl,
          backend: new DemoBackend({ now }),
          captcha: new MockCaptcha(),
        })
      : []),
  );
  await worker.start({
    quiet: true,
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: '/mockServiceWorker.js' },
  });
  return { worker, backend, stop: () => worker.stop() };
}
