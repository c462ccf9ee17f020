import type { BookingAdapter } from '../adapters/booking-adapter.js';
import { deferredAdapter } from '../adapters/deferred-adapter.js';
import { RestAdapter } from '../adapters/rest/rest-adapter.js';
import type { CaptchaConfig } from '../domain/types.js';

/** What `<civic-booking>` knows when it builds an adapter for its `backend` and `api` attributes. */
export interface BackendSettings {
  /** The absolute base URL of the backend, or null when the page gave none. */
  baseUrl: string | null;
  now: () => Date;
  solveCaptcha: (captcha: CaptchaConfig) => Promise<string>;
}

/** Why no adapter could be built: a backend that needs `api` has none, or the name is unknown. */
export type BackendProblem = 'missing-api' | 'unknown-backend';

/**
 * A fetch that answers the first GET of `url` from a request started at once, so that a backend's first
 * request does not wait for the adapter's chunk to arrive; every other request goes out as usual.
 */
function startingWith(url: string): typeof fetch {
  let early: Promise<Response> | null = fetch(url, { headers: { Accept: 'application/json' }, credentials: 'omit' });
  // An early request that fails is made again by the adapter, with its own time limit and error handling.
  early.catch(() => undefined);
  return (input, init) => {
    const answer = early;
    early = null;
    if (!answer || String(input) !== url || (init?.method ?? 'GET') !== 'GET') return fetch(input, init);
    return new Promise((resolve, reject) => {
      init?.signal?.addEventListener('abort', () => reject(init.signal!.reason), { once: true });
      answer.then(resolve, () => fetch(input, init).then(resolve, reject));
    });
  };
}

/**
 * Every backend `<civic-booking backend="…">` can name, each a factory that loads what only its pages need on
 * demand. A new backend is one folder in `src/adapters/` and one line here.
 */
const backends: Record<string, (settings: BackendSettings & { baseUrl: string }) => BookingAdapter> = {
  rest: ({ baseUrl }) => new RestAdapter({ baseUrl }),
  zms: ({ baseUrl, now, solveCaptcha }) => {
    const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
    // The catalog and the adapter's chunk load side by side: the catalog is the first thing ZMS is asked.
    const fetch = startingWith(new URL('offices-and-services/', base).href);
    const adapter = import('../adapters/zms/zms-adapter.js').then(
      ({ ZmsAdapter }) => new ZmsAdapter({ baseUrl, now, solveCaptcha, fetch }),
    );
    return deferredAdapter(() => adapter);
  },
};

/** Backends that need no `api`. */
const builtIn: Record<string, (settings: BackendSettings) => BookingAdapter> = {
  demo: ({ now }) =>
    deferredAdapter(() =>
      import('../adapters/demo/demo-adapter.js').then(({ DemoAdapter }) => new DemoAdapter({ now })),
    ),
};

/** The adapter for a `backend` attribute (default `rest`) and its settings, or why there is none. */
export function createAdapter(backend: string | null, settings: BackendSettings): BookingAdapter | BackendProblem {
  const name = (backend ?? '').trim().toLowerCase() || 'rest';
  if (Object.hasOwn(builtIn, name)) return builtIn[name]!(settings);
  if (!Object.hasOwn(backends, name)) return 'unknown-backend';
  return settings.baseUrl ? backends[name]!({ ...settings, baseUrl: settings.baseUrl }) : 'missing-api';
}
