import { pbkdf2, sha, solveChallenge } from 'altcha/lib';

type Challenge = Parameters<typeof solveChallenge>[0]['challenge'];

interface WorkMessage {
  type: 'work' | 'abort';
  challenge: Challenge;
  counterStart: number;
  counterStep: number;
  timeout: number;
}

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

  postMessage({ type, challenge, counterStart, counterStep, timeout }: WorkMessage): void {
    if (type === 'abort') {
      this.#controller.abort();
      return;
    }
    const deriveKey = challenge.parameters.algorithm.startsWith('PBKDF2/') ? pbkdf2.deriveKey : sha.deriveKey;
    solveChallenge({ challenge, controller: this.#controller, counterStart, counterStep, timeout, deriveKey }).then(
      (solution) => this.dispatchEvent(new MessageEvent('message', { data: solution })),
      (error: unknown) => this.dispatchEvent(new MessageEvent('message', { data: { error: String(error) } })),
    );
  }

  terminate(): void {
    this.#controller.abort();
  }
}

/** Registers the main-thread solver for every algorithm Web Crypto can do. */
export function useMainThreadSolver(): void {
  for (const algorithm of ['PBKDF2/SHA-256', 'PBKDF2/SHA-384', 'PBKDF2/SHA-512', 'SHA-256', 'SHA-384', 'SHA-512']) {
    globalThis.$altcha.algorithms.set(algorithm, () => new MainThreadSolver() as unknown as Worker);
  }
}
