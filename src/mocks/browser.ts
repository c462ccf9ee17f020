/**
 * Starts a Civic Booking Protocol backend inside the browser (a msw Service Worker over a DemoBackend), for
 * tests, Storybook and the local demo. Never part of a build.
 */
import { setupWorker, type SetupWorker } from 'msw/browser';
import { DemoBackend } from '../adapters/demo/demo-backend.js';
import { createProtocolHandlers } from './protocol-handlers.js';

export interface MockBackendOptions {
  /** Where the protocol lives, for example `${location.origin}/api/v1` (same origin: no CORS needed). */
  baseUrl: string;
  /** The backend's clock; default the real one. */
  now?: () => Date;
}

export interface MockBackend {
  /** The msw worker: `worker.use(...)` injects faults for one test. */
  worker: SetupWorker;
  /** The office behind the protocol. */
  backend: DemoBackend;
  /** Stops intercepting requests. */
  stop: () => void;
}

export async function startMockBackend({ baseUrl, now }: MockBackendOptions): Promise<MockBackend> {
  const backend = new DemoBackend({ now });
  const worker = setupWorker(...createProtocolHandlers({ baseUrl, backend }));
  await worker.start({
    quiet: true,
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: '/mockServiceWorker.js' },
  });
  return { worker, backend, stop: () => worker.stop() };
}
