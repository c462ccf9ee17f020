import { expect } from '@open-wc/testing';
import { safeHttpUrl } from './safe-url.js';

describe('safeHttpUrl', () => {
  it('keeps http and https addresses, normalised', () => {
    expect(safeHttpUrl('https://example.org/a?b=c')).to.equal('https://example.org/a?b=c');
    expect(safeHttpUrl('http://Example.org')).to.equal('http://example.org/');
  });

  it('refuses script, data and other schemes, and anything that is not a URL', () => {
    for (const value of ['javascript:alert(1)', 'data:text/html,x', 'ftp://example.org', '', 'no url', 3, null]) {
      expect(safeHttpUrl(value), String(value)).to.equal(undefined);
    }
  });

  it('resolves a relative address against a base, and refuses it without one', () => {
    expect(safeHttpUrl('/privacy', 'https://example.org/office/')).to.equal('https://example.org/privacy');
    expect(safeHttpUrl('/privacy')).to.equal(undefined);
    expect(safeHttpUrl('javascript:alert(1)', 'https://example.org/')).to.equal(undefined);
  });
});
