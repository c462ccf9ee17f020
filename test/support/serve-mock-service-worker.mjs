import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Serves msw's service worker at the root, where the mocked backend registers it. */
export function serveMockServiceWorker() {
  const workerPath = require.resolve('msw/mockServiceWorker.js');
  return {
    name: 'serve-mock-service-worker',
    async serve(context) {
      if (context.path === '/mockServiceWorker.js') {
        return { body: await readFile(workerPath, 'utf8'), type: 'js' };
      }
      return undefined;
    },
  };
}
