import { expect } from '@open-wc/testing';
import { delay, http, passthrough } from 'msw';
import { startMockBackend, type MockBackend } from '../../src/mocks/browser.js';
import { createZmsHandlers } from '../../src/mocks/zms/zms-handlers.js';
import { openPage, removePages } from '../support/iframe-page.js';
import { BookingWidgetPage } from '../page-objects/booking-widget-page.js';

// The built bundle with `backend="zms"`: what the page downloads, and in which order, before the first time.

let mock: MockBackend;
before(async () => (mock = await startMockBackend({ baseUrl: `${location.origin}/unused-protocol` })));
after(() => mock.stop());
afterEach(() => {
  removePages();
  mock.worker.resetHandlers();
});

describe('the script-tag bundle against a ZMS citizen API', () => {
  it('asks for the catalog while the ZMS adapter is still on its way, not after it', async () => {
    mock.worker.use(
      ...createZmsHandlers({ baseUrl: `${location.origin}/buergeransicht/api/citizen`, generation: 'current' }),
      // A slow network for the adapter's chunk only.
      http.get(/\/dist\/civic-booking-zms-adapter-[\w-]+\.js$/, async () => {
        await delay(600);
        return passthrough();
      }),
    );
    const opened = await openPage('/test/e2e/fixtures/zms.html');
    await new BookingWidgetPage(opened.widget()).waitForHeading('Worum geht es?');
    const entries = opened.window.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const chunk = entries.find((entry) => /civic-booking-zms-adapter-[\w-]+\.js$/.test(entry.name))!;
    const catalog = entries.find((entry) => entry.name.endsWith('/offices-and-services/'))!;
    expect(chunk.responseEnd - chunk.startTime, 'the chunk took its time').to.be.greaterThan(500);
    expect(catalog.startTime, 'the catalog request started before the chunk arrived').to.be.lessThan(
      chunk.responseEnd - 400,
    );
    expect(entries.filter((entry) => entry.name.endsWith('/offices-and-services/'))).to.have.length(1);
    expect(entries.filter((entry) => entry.name.includes('booking-details'))).to.deep.equal([]);
    expect(opened.errors).to.deep.equal([]);
  });
});
