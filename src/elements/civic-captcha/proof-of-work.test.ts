import { expect } from '@open-wc/testing';
import { createChallenge, pbkdf2, sha, verifySolution } from 'altcha/lib';
import { encodePayload, readChallenge, solveChallenge, type CounterMode } from './proof-of-work.js';

const secret = 'test-secret';
type ServerChallenge = Awaited<ReturnType<typeof createChallenge>>;

/** Decodes a payload as an ALTCHA server does: base64, then UTF-8 JSON. */
function decodePayload(payload: string) {
  const bytes = Uint8Array.from(atob(payload), (character) => character.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes)) as Parameters<typeof verifySolution>[0];
}

/** Solves a challenge of altcha's server library and has the library verify the payload. */
async function solveAndVerify(challenge: ServerChallenge, counterMode: CounterMode, deriveKey = pbkdf2.deriveKey) {
  const solution = await solveChallenge(readChallenge(challenge), { counterMode });
  const payload = decodePayload(encodePayload(readChallenge(challenge), solution));
  const result = await verifySolution({ ...payload, counterMode, deriveKey, hmacSignatureSecret: secret });
  return { solution, payload, result };
}

/** The longest tasks of the page while `work` runs, as the Long Tasks API reports them (over 50 ms). */
async function longTasksDuring(work: () => Promise<unknown>): Promise<number[]> {
  const durations: number[] = [];
  const observer = new PerformanceObserver((list) =>
    list.getEntries().forEach((entry) => durations.push(entry.duration)),
  );
  observer.observe({ type: 'longtask' });
  await work();
  await new Promise((resolve) => setTimeout(resolve, 100));
  observer.disconnect();
  return durations;
}

describe('the proof-of-work solver', () => {
  describe('against altcha/lib', () => {
    for (const [algorithm, deriveKey, cost] of [
      ['PBKDF2/SHA-256', pbkdf2.deriveKey, 50],
      ['PBKDF2/SHA-384', pbkdf2.deriveKey, 50],
      ['PBKDF2/SHA-512', pbkdf2.deriveKey, 50],
      ['SHA-256', sha.deriveKey, 20],
      ['SHA-384', sha.deriveKey, 20],
      ['SHA-512', sha.deriveKey, 20],
    ] as const) {
      for (const counterMode of ['uint32', 'string'] as const) {
        it(`solves ${algorithm} with ${counterMode} counters, and the server verifies the payload`, async () => {
          const challenge = await createChallenge({
            algorithm,
            cost,
            counter: 7,
            counterMode,
            deriveKey,
            hmacSignatureSecret: secret,
          });
          const { solution, result } = await solveAndVerify(challenge, counterMode, deriveKey);
          expect(solution.counter).to.equal(7);
          expect(result.verified).to.equal(true);
        });
      }
    }

    it('finds a key that starts with a prefix of odd length, as ALTCHA compares it', async () => {
      const challenge = await createChallenge({
        algorithm: 'SHA-256',
        cost: 1,
        keyPrefix: 'a',
        deriveKey: sha.deriveKey,
        hmacSignatureSecret: secret,
      });
      const { solution, result } = await solveAndVerify(challenge, 'uint32', sha.deriveKey);
      expect(solution.derivedKey).to.match(/^a/);
      expect(result.verified).to.equal(true);
    });

    it('cuts SHA keys to keyLength between rounds', async () => {
      const challenge = await createChallenge({
        algorithm: 'SHA-512',
        cost: 3,
        counter: 2,
        keyLength: 20,
        deriveKey: sha.deriveKey,
        hmacSignatureSecret: secret,
      });
      const { solution, result } = await solveAndVerify(challenge, 'uint32', sha.deriveKey);
      expect(solution.derivedKey).to.have.length(40);
      expect(result.verified).to.equal(true);
    });

    it('sends every signed parameter back as it came, also data in any script', async () => {
      const challenge = await createChallenge({
        algorithm: 'PBKDF2/SHA-256',
        cost: 10,
        counter: 3,
        data: { office: 'Ausländerbehörde', city: 'Київ' },
        expiresAt: new Date(Date.now() + 60_000),
        deriveKey: pbkdf2.deriveKey,
        hmacSignatureSecret: secret,
      });
      const { payload, result } = await solveAndVerify(challenge, 'uint32');
      expect(payload.challenge).to.deep.equal({ parameters: challenge.parameters, signature: challenge.signature });
      expect(result.verified).to.equal(true);
    });
  });

  describe('reading a challenge', () => {
    const parameters = { algorithm: 'SHA-256', nonce: 'ab', salt: 'cd', cost: 1, keyLength: 32, keyPrefix: '0' };

    it('keeps only the parameters and the signature', () => {
      const challenge = readChallenge({
        parameters,
        signature: 'ef',
        configuration: { setCookie: { name: 'altcha' }, verifyUrl: 'https://tracker.example/verify' },
        codeChallenge: { image: 'https://media.example/code.png' },
      });
      expect(challenge).to.deep.equal({ parameters, signature: 'ef' });
    });

    for (const algorithm of ['ARGON2ID', 'SCRYPT', 'SHA-1', 'PBKDF2/SHA-1']) {
      it(`refuses ${algorithm}`, () => {
        expect(() => readChallenge({ parameters: { ...parameters, algorithm } })).to.throw(/Unsupported/);
      });
    }

    for (const [what, change] of [
      ['a nonce that is not hex', { nonce: 'xyz' }],
      ['a salt that is not text', { salt: 12 }],
      ['a prefix that is not hex', { keyPrefix: '0g' }],
      ['no cost', { cost: undefined }],
      ['a cost no device could pay', { cost: 1e7 }],
      ['a key of 0 bytes', { keyLength: 0 }],
      ['an expiry that is not a number', { expiresAt: 'soon' }],
    ] as const) {
      it(`refuses ${what}`, () => {
        expect(() => readChallenge({ parameters: { ...parameters, ...change } })).to.throw(/Not an ALTCHA challenge/);
      });
    }

    it('refuses what is not a challenge at all', () => {
      for (const json of [null, 'challenge', [], { challenge: 'v1' }]) expect(() => readChallenge(json)).to.throw();
    });
  });

  describe('stopping', () => {
    // No key starts with more hex digits than it has.
    const impossible = readChallenge({
      parameters: { algorithm: 'SHA-256', nonce: 'ab', salt: 'cd', cost: 1, keyLength: 1, keyPrefix: '000000' },
    });

    it('stops when it is aborted', async () => {
      const controller = new AbortController();
      setTimeout(() => controller.abort(new Error('aborted by the test')), 50);
      let error: unknown = null;
      await solveChallenge(impossible, { signal: controller.signal }).catch((caught: unknown) => (error = caught));
      // Not the time limit's error: the abort ended the search.
      expect(String(error)).to.contain('aborted by the test');
    });

    it('gives up after its time limit', async () => {
      let error: unknown = null;
      await solveChallenge(impossible, { timeLimitMs: 200 }).catch((caught: unknown) => (error = caught));
      expect(String(error)).to.contain('No solution within 200 ms');
    });
  });

  describe('the page while it solves', function () {
    this.timeout(60000);

    // The rule of the issue: a Worker if a challenge could hold the main thread for more than 50 ms.
    for (const [algorithm, deriveKey, cost] of [
      ['SHA-256', sha.deriveKey, 1000],
      ['SHA-512', sha.deriveKey, 500],
      ['PBKDF2/SHA-256', pbkdf2.deriveKey, 5000],
    ] as const) {
      it(`keeps every main-thread task under 50 ms for ${algorithm} of cost ${cost}`, async () => {
        const challenge = await createChallenge({
          algorithm,
          cost,
          counter: 300,
          deriveKey,
          hmacSignatureSecret: secret,
        });
        let counter = -1;
        const longTasks = await longTasksDuring(async () => {
          counter = (await solveChallenge(readChallenge(challenge))).counter;
        });
        expect(counter).to.equal(300);
        expect(longTasks).to.deep.equal([]);
      });
    }
  });
});
