import { expect } from '@open-wc/testing';
import { newIdempotencyKey, uuidFromBytes } from './ids.js';

const uuidV4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newIdempotencyKey', () => {
  it('returns a UUID v4, different every time', () => {
    const keys = new Set(Array.from({ length: 50 }, () => newIdempotencyKey()));
    expect(keys.size).to.equal(50);
    for (const key of keys) expect(key).to.match(uuidV4);
  });

  it('still works where crypto.randomUUID is missing (plain-http pages)', () => {
    const original = Object.getOwnPropertyDescriptor(Crypto.prototype, 'randomUUID')!;
    // Shadow the prototype method on the instance, as on a page that is not a secure context.
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      expect(typeof crypto.randomUUID).to.equal('undefined');
      const a = newIdempotencyKey();
      const b = newIdempotencyKey();
      expect(a).to.match(uuidV4);
      expect(b).to.match(uuidV4);
      expect(a).not.to.equal(b);
    } finally {
      delete (crypto as { randomUUID?: unknown }).randomUUID;
      expect(Object.getOwnPropertyDescriptor(Crypto.prototype, 'randomUUID')).to.deep.equal(original);
    }
  });

  it('sets the version and variant bits whatever the random bytes are', () => {
    expect(uuidFromBytes(new Uint8Array(16).fill(0xff))).to.equal('ffffffff-ffff-4fff-bfff-ffffffffffff');
    expect(uuidFromBytes(new Uint8Array(16))).to.equal('00000000-0000-4000-8000-000000000000');
    // Every byte in its place, in order.
    const counting = Uint8Array.from({ length: 16 }, (_, index) => index * 17);
    expect(uuidFromBytes(counting)).to.equal('00112233-4455-4677-8899-aabbccddeeff');
  });
});
