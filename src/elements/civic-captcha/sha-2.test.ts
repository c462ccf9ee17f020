import { expect } from '@open-wc/testing';
import { sha256, sha512 } from './sha-2.js';

const hex = (bytes: Uint8Array) => Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');

async function webCrypto(algorithm: string, message: Uint8Array): Promise<string> {
  return hex(new Uint8Array(await crypto.subtle.digest(algorithm, message as BufferSource)));
}

describe('SHA-2 in JavaScript', () => {
  it('hashes the empty message as FIPS 180-4 does', () => {
    const digest = new Uint8Array(64);
    sha256(new Uint8Array(0), digest);
    expect(hex(digest.subarray(0, 32))).to.equal('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    sha512(new Uint8Array(0), digest, true);
    expect(hex(digest.subarray(0, 48))).to.equal(
      '38b060a751ac96384cd9327eb1b1e36a21fdb71114be07434c0cc7bf63f6e1da274edebfe76f65fbd51ad2f14898b95b',
    );
  });

  // Every length up to three blocks, so that each way the padding can fall is covered.
  for (const [algorithm, hash, size] of [
    ['SHA-256', (message: Uint8Array, into: Uint8Array) => sha256(message, into), 32],
    ['SHA-384', (message: Uint8Array, into: Uint8Array) => sha512(message, into, true), 48],
    ['SHA-512', (message: Uint8Array, into: Uint8Array) => sha512(message, into), 64],
  ] as const) {
    it(`gives Web Crypto's ${algorithm} for messages of 0 to 300 bytes`, async () => {
      const digest = new Uint8Array(64);
      for (let length = 0; length <= 300; length++) {
        const message = crypto.getRandomValues(new Uint8Array(length));
        hash(message, digest);
        expect(hex(digest.subarray(0, size)), `${length} bytes`).to.equal(await webCrypto(algorithm, message));
      }
    });
  }

  it('hashes a message that is a view of its own output, as the rounds of a proof of work do', async () => {
    const digest = crypto.getRandomValues(new Uint8Array(64));
    const message = digest.subarray(0, 20);
    const expected = await webCrypto('SHA-512', message.slice());
    sha512(message, digest);
    expect(hex(digest)).to.equal(expected);
  });
});
