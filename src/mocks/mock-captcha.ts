/**
 * An ALTCHA captcha as an office's backend runs it, built on altcha's own server functions: it issues cheap
 * challenges and accepts each solved payload once. For tests, stories and the local demo only.
 */
import { createChallenge, pbkdf2, verifySolution } from 'altcha/lib';
import { BookingError } from '../domain/booking-error.js';

export class MockCaptcha {
  readonly #secret = crypto.randomUUID();
  readonly #expiresInSeconds: number;
  readonly #used = new Set<string>();
  /** How many challenges were handed out. */
  issued = 0;
  /** How many payloads were accepted. */
  accepted = 0;

  /** `expiresInSeconds`: how long a challenge may be solved and used, by the real clock (ALTCHA's own). */
  constructor({ expiresInSeconds = 600 }: { expiresInSeconds?: number } = {}) {
    this.#expiresInSeconds = expiresInSeconds;
  }

  /** A new challenge, as `GET challengeUrl` answers it: a few dozen key derivations of work, signed. */
  async challenge(): Promise<Record<string, unknown>> {
    this.issued += 1;
    const challenge = await createChallenge({
      algorithm: 'PBKDF2/SHA-256',
      cost: 100,
      counter: Math.floor(Math.random() * 30),
      deriveKey: pbkdf2.deriveKey,
      hmacSignatureSecret: this.#secret,
      expiresAt: new Date(Date.now() + this.#expiresInSeconds * 1000),
    });
    return { ...challenge };
  }

  /** Accepts the `X-Captcha` header when it solves one of this captcha's challenges that was not used yet. */
  async verify(header: string | null): Promise<void> {
    let payload: { challenge?: { signature?: unknown }; solution?: unknown } | null = null;
    try {
      payload = JSON.parse(atob(header ?? ''));
    } catch {
      // Not a payload: refused below.
    }
    const signature = payload?.challenge?.signature;
    const verified =
      typeof signature === 'string' &&
      !this.#used.has(signature) &&
      (
        await verifySolution({
          challenge: payload!.challenge as Parameters<typeof verifySolution>[0]['challenge'],
          solution: payload!.solution as Parameters<typeof verifySolution>[0]['solution'],
          deriveKey: pbkdf2.deriveKey,
          hmacSignatureSecret: this.#secret,
        }).catch(() => null)
      )?.verified;
    if (!verified) throw new BookingError('captcha-required', 'POST /holds needs a solved captcha in X-Captcha.');
    this.#used.add(signature);
    this.accepted += 1;
  }
}
