import { expect } from '@open-wc/testing';
import { DemoAdapter } from './demo-adapter.js';
import { rejectionOf } from '../../../test/support/booking-errors.js';

const now = () => new Date('2026-12-01T08:00:00+01:00');

describe('DemoAdapter', () => {
  it('answers the demo office in the asked language', async () => {
    const adapter = new DemoAdapter({ now });
    expect((await adapter.loadCatalog({ lang: 'de' })).office.name).to.equal('Stadt Musterstadt');
    expect((await adapter.loadCatalog({ lang: 'tr' })).office.name).to.equal('City of Musterstadt');
  });

  it('rejects with network when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await rejectionOf(new DemoAdapter({ now }).loadCatalog({ lang: 'de', signal: controller.signal }));
    expect(error.code).to.equal('network');
  });

  it('rejects with network when aborted during the simulated latency', async () => {
    const controller = new AbortController();
    const pending = new DemoAdapter({ now, latencyMs: 5000 }).loadCatalog({ lang: 'de', signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    // Ignoring the abort would resolve with the catalog after 5 s: no rejection.
    const error = await rejectionOf(pending);
    expect(error.code).to.equal('network');
  });

  it('waits the simulated latency', async () => {
    const started = performance.now();
    await new DemoAdapter({ now, latencyMs: 60 }).loadCatalog({ lang: 'de' });
    expect(performance.now() - started).to.be.at.least(55);
  });

  it('passes the backend errors on as BookingErrors', async () => {
    const adapter = new DemoAdapter({ now });
    adapter.backend.failNext('unavailable');
    expect((await rejectionOf(adapter.loadCatalog({ lang: 'de' }))).code).to.equal('unavailable');
    const error = await rejectionOf(
      adapter.loadAvailability({ concerns: [{ id: 'nope', count: 1 }], from: '2026-12-01', to: '2026-12-31' }),
    );
    expect(error.code).to.equal('invalid-input');
  });
});
