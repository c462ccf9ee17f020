import { expect } from '@open-wc/testing';
import { createChallenge, pbkdf2, sha, verifySolution } from 'altcha/lib';
import '../../define-captcha.js';

/** Runs one piece of proof of work through the solver ALTCHA's widget uses here, as the widget does. */
async function solve(challenge: Awaited<ReturnType<typeof createChallenge>>, counterMode: 'uint32' | 'string') {
  const worker = await globalThis.$altcha.algorithms.get(challenge.parameters.algorithm)!();
  const answer = new Promise<MessageEvent>((resolve) => worker.addEventListener('message', resolve, { once: true }));
  worker.postMessage({ type: 'work', challenge, counterMode, counterStart: 0, counterStep: 1, timeout: 10000 });
  return (await answer).data as { counter: number; derivedKey: string } | null;
}

describe('the main-thread solver', () => {
  for (const [algorithm, deriveKey] of [
    ['PBKDF2/SHA-256', pbkdf2.deriveKey],
    ['SHA-256', sha.deriveKey],
  ] as const) {
    for (const counterMode of ['uint32', 'string'] as const) {
      it(`solves ${algorithm} challenges with ${counterMode} counters, as the server checks them`, async () => {
        const secret = 'test-secret';
        const options = { algorithm, cost: 20, counter: 7, counterMode, deriveKey, hmacSignatureSecret: secret };
        const challenge = await createChallenge(options);
        const solution = await solve(challenge, counterMode);
        expect(solution?.counter).to.equal(7);
        const result = await verifySolution({
          challenge,
          solution: solution!,
          counterMode,
          deriveKey,
          hmacSignatureSecret: secret,
        });
        expect(result.verified).to.equal(true);
      });
    }
  }

  it('leaves an algorithm the page registered itself to the page', async () => {
    // define-captcha ran above; the solver registered itself only where nothing was registered.
    expect(globalThis.$altcha.algorithms.has('ARGON2ID')).to.equal(false);
    expect(globalThis.$altcha.algorithms.has('PBKDF2/SHA-256')).to.equal(true);
  });
});
