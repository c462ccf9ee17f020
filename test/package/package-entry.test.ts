import { expect } from '@open-wc/testing';

// The npm package as developers import it: the built entry (`main` and `exports` of package.json), not the
// sources. `npm test` builds it first; after a change, run `npm run build:bundle` before `wtr`.

const entry = '/dist/npm/index.js';

describe('the npm package', () => {
  it('exports the adapters SPEC section 2 promises, ZmsAdapter among them, and the widget', async () => {
    const pkg = (await import(/* @vite-ignore */ entry)) as Record<string, unknown>;
    for (const name of ['CivicBooking', 'RestAdapter', 'ZmsAdapter', 'DemoAdapter', 'BookingError', 'BookingFlow']) {
      expect(pkg[name], name).to.be.a('function');
    }
    const ZmsAdapter = pkg.ZmsAdapter as new (options: { baseUrl: string }) => { loadCatalog: unknown };
    expect(new ZmsAdapter({ baseUrl: 'https://termine.example.org/api/citizen' }).loadCatalog).to.be.a('function');
    expect(customElements.get('civic-booking')).to.equal(pkg.CivicBooking);
  });

  it('is what package.json names', async () => {
    const manifest = (await (await fetch('/package.json')).json()) as {
      main: string;
      exports: Record<string, unknown>;
    };
    expect(`/${manifest.main.replace(/^\.\//, '')}`).to.equal(entry);
    expect((manifest.exports['.'] as { default: string }).default).to.equal(`.${entry}`);
  });
});
