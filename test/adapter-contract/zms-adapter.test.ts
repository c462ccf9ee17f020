import { ZmsAdapter } from '../../src/adapters/zms/zms-adapter.js';
import { startMockBackend, type MockBackend } from '../../src/mocks/browser.js';
import { createZmsHandlers } from '../../src/mocks/zms/zms-handlers.js';
import { describeAdapterContract } from './adapter-contract.js';

// Same origin as the test page, so no CORS is involved; the path is the one ZMS installations deploy.
const baseUrl = `${location.origin}/buergeransicht/api/citizen`;
let mock: MockBackend | undefined;

for (const generation of ['current', 'legacy'] as const) {
  describeAdapterContract(`ZmsAdapter (${generation} API)`, async (now) => {
    mock ??= await startMockBackend({ baseUrl: `${location.origin}/unused-protocol` });
    // A fresh ZMS office with the test's clock for every test; resetHandlers() drops it again.
    mock.worker.use(...createZmsHandlers({ baseUrl, generation, now }));
    return {
      adapter: new ZmsAdapter({ baseUrl, now }),
      teardown: async () => mock!.worker.resetHandlers(),
      forgetsCancelled: true,
    };
  });
}

after(() => mock?.stop());
