import { DemoBackend } from '../../src/adapters/demo/demo-backend.js';
import { RestAdapter } from '../../src/adapters/rest/rest-adapter.js';
import { startMockBackend, type MockBackend } from '../../src/mocks/browser.js';
import { createProtocolHandlers } from '../../src/mocks/protocol-handlers.js';
import { describeAdapterContract } from './adapter-contract.js';

// Same origin as the test page, so no CORS is involved.
const baseUrl = `${location.origin}/api/v1`;
let mock: MockBackend | undefined;

describeAdapterContract('RestAdapter over the Civic Booking Protocol (msw)', async (now) => {
  mock ??= await startMockBackend({ baseUrl });
  // A fresh office with the test's clock for every test; resetHandlers() drops it again.
  mock.worker.use(...createProtocolHandlers({ baseUrl, backend: new DemoBackend({ now }) }));
  return {
    adapter: new RestAdapter({ baseUrl }),
    teardown: async () => mock!.worker.resetHandlers(),
  };
});

after(() => mock?.stop());
