import type { BookingAdapter } from '../adapters/booking-adapter.js';
import { deferredAdapter } from '../adapters/deferred-adapter.js';
import { requestJson } from '../adapters/http.js';
import type { CaptchaConfig } from '../domain/types.js';

/** What `<civic-booking>` knows when it builds an adapter for its `backend` and `api` attributes. */
export interface BackendSettings {
  /** The absolute base URL of the backend, or null when the page gave none. */
  baseUrl: string | null;
  /** The language the page asks for, in which the first request (the catalog) goes out. */
  lang: string;
  now: () => Date;
  solveCaptcha: (captcha: CaptchaConfig) => Promise<string>;
}

/** Why no adapter could be built: a backend that needs `api` has none, or the name is unknown. */
export type BackendProblem = 'missing-api' | 'unknown-backend';

/**
 * A fetch that answers the first GET of `url` with `headers` from a request started at once, so that a
 * backend's first request does not wait for the adapter's chunk to arrive; every other request goes out as
 * usual. The early request goes out the way every adapter's does (no cookies, a time limit).
 */
function startingWith(url: string, headers: Record<string, string> = {}): typeof fetch {
  let early: Promise<Response> | null = requestJson({
    fetch,
    method: 'GET',
    url: new URL(url),
    timeoutMs: 20000,
    headers,
  }).then(({ response, text }) => new Response(text, { status: response.status, headers: response.headers }));
  // A failure is the adapter's to report, when it asks; until then it is no unhandled rejection.
  early.catch(() => undefined);
  const same = (init?: RequestInit) =>
    (init?.method ?? 'GET') === 'GET' &&
    Object.entries(headers).every(([name, value]) => (init?.headers as Record<string, string>)?.[name] === value);
  return (input, init) => {
    const answer = early;
    early = null;
    if (!answer || String(input) !== url || !same(init)) return fetch(input, init);
    return new Promise((resolve, reject) => {
      init?.signal?.addEventListener('abort', () => reject(init.signal!.reason), { once: true });
      // The adapter reports the failure as its own request's, of the same cause.
      answer.then(resolve, (error: Error) => reject(error.cause ?? error));
    });
  };
}

/**
 * Every backend `<civic-booking backend="…">` can name, each a factory that loads what only its pages need on
 * demand. A new backend is one folder in `src/adapters/` and one line here.
 */
const backends: Record<string, (settings: BackendSettings & { baseUrl: string }) => BookingAdapter> = {
  rest: ({ baseUrl, lang }) => {
    const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
    const fetch = startingWith(new URL('catalog', base).href, { 'Accept-Language': lang });
    const adapter = import('../adapters/rest/rest-adapter.js').then(
      ({ RestAdapter }) => new RestAdapter({ baseUrl, fetch }),
    );
    return deferredAdapter(() => adapter);
  },
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
