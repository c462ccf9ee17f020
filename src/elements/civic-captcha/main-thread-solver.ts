import { pbkdf2, sha, solveChallenge } from 'altcha/lib';

type WorkMessage = Pick<
  Parameters<typeof solveChallenge>[0],
  'challenge' | 'counterMode' | 'counterStart' | 'counterStep' | 'timeout'
> & { type: 'work' | 'abort' };

/**
 * Stands in for the Web Worker that ALTCHA's widget hands its proof of work to, and does the work on the
 * page's own thread. A real worker would need either `worker-src blob:` in the page's Content Security Policy
 * or a worker file on the page's own origin; an embedded widget can count on neither. The work is Web
 * Crypto's key derivation, which runs off the main thread, and the solver yields every 200 ms, so the page
 * stays responsive. Only the algorithms Web Crypto has are offered (PBKDF2 and SHA); a backend asking for a
 * memory-hard one (Argon2id, scrypt) gets no solution.
 */
class MainThreadSolver extends EventTarget {
  #controller = new AbortController();

  postMessage({ type, ...work }: WorkMessage): void {
    if (type === 'abort') {
      this.#controller.abort();
      return;
    }
    const deriveKey = work.challenge.parameters.algorithm.startsWith('PBKDF2/') ? pbkdf2.deriveKey : sha.deriveKey;
    solveChallenge({ ...work, controller: this.#controller, deriveKey }).then(
      (solution) => this.dispatchEvent(new MessageEvent('message', { data: solution })),
      (error: unknown) => this.dispatchEvent(new MessageEvent('message', { data: { error: String(error) } })),
    );
  }

  terminate(): void {
    this.#controller.abort();
  }
}

/**
 * Registers the main-thread solver for every algorithm Web Crypto can do, where the page has not registered a
 * worker of its own (a page that runs ALTCHA itself keeps its workers, which its policy allows).
 */
export function useMainThreadSolver(): void {
  const { algorithms } = globalThis.$altcha;
  for (const algorithm of ['PBKDF2/SHA-256', 'PBKDF2/SHA-384', 'PBKDF2/SHA-512', 'SHA-256', 'SHA-384', 'SHA-512']) {
    if (!algorithms.has(algorithm)) algorithms.set(algorithm, () => new MainThreadSolver() as unknown as Worker);
  }
}
