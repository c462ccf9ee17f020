import { sha256, sha512 } from './sha-2.js';

/**
 * ALTCHA's proof of work (challenge format v2), solved on the page's own thread: PBKDF2 with Web Crypto, the
 * SHA rounds in plain JavaScript (sha-2.ts). Plain TypeScript: no Lit, no DOM.
 *
 * A challenge names a key derivation (`algorithm`, `cost`, `keyLength`), a `salt` and a `nonce`; the work is
 * to find a counter whose key, derived from the nonce followed by the counter, starts with `keyPrefix`. The
 * payload gives the challenge back as it came, with the counter and its key, for the backend to check.
 */

/** What a challenge's `parameters` must hold; anything else in them is signed by the backend and sent back. */
export interface ChallengeParameters {
  algorithm: string;
  nonce: string;
  salt: string;
  cost: number;
  keyLength?: number;
  keyPrefix: string;
  /** Unix time in seconds after which the backend refuses the solution. */
  expiresAt?: number;
  [signed: string]: unknown;
}

/** An ALTCHA v2 challenge, reduced to what goes back to the backend. */
export interface Challenge {
  parameters: ChallengeParameters;
  signature?: string;
}

export interface Solution {
  counter: number;
  /** The derived key, in lower-case hex. */
  derivedKey: string;
  /** Milliseconds the work took. */
  time: number;
}

/**
 * How the counter follows the nonce: four bytes, big-endian (ALTCHA v2), or its decimal digits (the counter
 * of ALTCHA's first challenge format).
 */
export type CounterMode = 'uint32' | 'string';

export interface SolveOptions {
  /** Stops the work; the promise then rejects. */
  signal?: AbortSignal;
  /** The work gives up after this long. */
  timeLimitMs?: number;
  counterMode?: CounterMode;
}

/** The algorithms this solver runs; the memory-hard ones (Argon2id, scrypt) are not among them. */
const supportedAlgorithm = /^(PBKDF2\/)?SHA-(256|384|512)$/;

const isHex = (value: unknown): value is string => typeof value === 'string' && /^([0-9a-f]{2})*$/i.test(value);
const isCount = (value: unknown, max: number): value is number =>
  Number.isInteger(value) && (value as number) > 0 && (value as number) <= max;

/**
 * The challenge in a challenge answer's JSON, keeping only `parameters` and `signature`: settings for ALTCHA's
 * widget (`configuration`, a typed `codeChallenge`, `his`) are no business of this solver. Throws when it is
 * not a challenge this solver can do.
 */
export function readChallenge(json: unknown): Challenge {
  const { parameters, signature } = (json ?? {}) as Partial<Challenge>;
  const { algorithm, nonce, salt, cost, keyLength = 32, keyPrefix, expiresAt } = parameters ?? ({} as never);
  if (!supportedAlgorithm.test(algorithm)) throw new Error(`Unsupported algorithm ${algorithm}.`);
  const valid =
    isHex(nonce) &&
    isHex(salt) &&
    typeof keyPrefix === 'string' &&
    /^[0-9a-f]*$/i.test(keyPrefix) &&
    isCount(cost, 1e6) &&
    isCount(keyLength, 64) &&
    (expiresAt === undefined || typeof expiresAt === 'number');
  if (!valid) throw new Error('Not an ALTCHA challenge.');
  return { parameters: parameters!, signature };
}

const hex = (bytes: Uint8Array) => Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
const bytesOfHex = (value: string) => new Uint8Array(value.match(/../g)?.map((pair) => parseInt(pair, 16)) ?? []);

function concat(first: Uint8Array, second: Uint8Array): Uint8Array {
  const joined = new Uint8Array(first.length + second.length);
  joined.set(first);
  joined.set(second, first.length);
  return joined;
}

/** Resolves in a task of its own: after whatever the page has queued meanwhile (input, rendering). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    // Not setTimeout: timers are throttled to one a second (and less) in a tab in the background.
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}

/** The key ALTCHA's server library derives for one password (the nonce followed by a counter). */
async function deriveKey(
  parameters: ChallengeParameters,
  salt: Uint8Array,
  password: Uint8Array,
  yieldToPage: () => Promise<void>,
): Promise<Uint8Array> {
  const { algorithm, cost, keyLength = 32 } = parameters;
  const hash = algorithm.replace('PBKDF2/', '');
  if (algorithm.startsWith('PBKDF2/')) {
    // ALTCHA derives an AES key of keyLength bytes and exports it: the same bits as deriveBits.
    const key = await crypto.subtle.importKey('raw', password as BufferSource, 'PBKDF2', false, ['deriveBits']);
    const params = { name: 'PBKDF2', salt: salt as BufferSource, iterations: cost, hash };
    return new Uint8Array(await crypto.subtle.deriveBits(params, key, keyLength * 8));
  }
  // SHA: `cost` rounds, each hashing the previous round's key cut to keyLength bytes.
  const digest = new Uint8Array(64);
  const cut = digest.subarray(0, Math.min(keyLength, parseInt(hash.slice(4)) / 8));
  let key = concat(salt, password);
  for (let round = 1; round <= cost; round++) {
    if (hash === 'SHA-256') sha256(key, digest);
    else sha512(key, digest, hash === 'SHA-384');
    key = cut;
    if (round % 256 === 0) await yieldToPage();
  }
  return key;
}

/**
 * Finds the first counter, from 0 up, whose key starts with the challenge's `keyPrefix`; rejects when
 * `signal` aborts or the time limit has passed.
 *
 * Why on the main thread, and how it keeps the page responsive (the rule: a Worker if a challenge could hold
 * the main thread for more than 50 ms). A Worker cannot be counted on: an embedded widget's script is often
 * on another origin than the page, and a strict CSP has no `worker-src blob:`. Measured in Chromium (2 cores),
 * longest main-thread task while solving:
 * - PBKDF2/SHA-256, cost 5000, a one-byte prefix (ZMS-like, 0.1 s to solve): under 8 ms. Web Crypto derives
 *   on its own threads, and each awaited call ends the task.
 * - SHA-256, cost 1000, a one-byte prefix (Munich's captcha service starts at cost 1000), with Web Crypto's
 *   `digest()`: 50 to 100 ms, several times per challenge, and 3 s to solve. Chromium resolves `digest()`
 *   without leaving the task that awaits it, and the garbage of each call piles up into collections of 20 to
 *   70 ms, however often the loop yields.
 * - The same with the rounds in JavaScript (sha-2.ts, which allocates nothing), yielding every 10 ms: 12 ms,
 *   and 0.2 s to solve; at cost 10 000 (1.3 s) and for SHA-512 the longest task stays at 12 ms.
 */
export async function solveChallenge(challenge: Challenge, options: SolveOptions = {}): Promise<Solution> {
  const { signal, timeLimitMs = 90_000, counterMode = 'uint32' } = options;
  const { parameters } = challenge;
  const nonce = bytesOfHex(parameters.nonce);
  const salt = bytesOfHex(parameters.salt);
  const prefix = parameters.keyPrefix.toLowerCase();
  const prefixBytes = Math.ceil(prefix.length / 2);
  const digits = new TextEncoder();
  const password = concat(nonce, new Uint8Array(4));
  const counterView = new DataView(password.buffer, nonce.length);
  const start = performance.now();
  let lastYield = start;
  const yieldToPage = async () => {
    signal?.throwIfAborted();
    if (performance.now() - lastYield < 10) return;
    await nextTask();
    signal?.throwIfAborted();
    if (performance.now() - start > timeLimitMs) throw new Error(`No solution within ${timeLimitMs} ms.`);
    lastYield = performance.now();
  };
  // The time limit ends the search long before a uint32 counter could run out.
  for (let counter = 0; ; counter++) {
    await yieldToPage();
    if (counterMode === 'uint32') counterView.setUint32(0, counter);
    const key = await deriveKey(
      parameters,
      salt,
      counterMode === 'uint32' ? password : concat(nonce, digits.encode(String(counter))),
      yieldToPage,
    );
    if (hex(key.subarray(0, prefixBytes)).startsWith(prefix)) {
      return { counter, derivedKey: hex(key), time: Math.round(performance.now() - start) };
    }
  }
}

/**
 * The payload ALTCHA's servers verify: base64 of the JSON `{ challenge, solution }`, the challenge's
 * parameters exactly as they came (their signature covers them all). Base64 of UTF-8, so that signed data in
 * any script survives.
 */
export function encodePayload(challenge: Challenge, solution: Solution): string {
  return btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify({ challenge, solution }))));
}
