/**
 * SHA-256, SHA-384 and SHA-512 (FIPS 180-4) in plain JavaScript, for the many short hashes of a SHA proof of
 * work. They run without allocating, where every call of Web Crypto's `digest()` leaves garbage behind whose
 * collection stalls the page (see proof-of-work.ts).
 */

/** floor(n ** (1 / degree)), by Newton's method from above. */
function integerRoot(n: bigint, degree: bigint): bigint {
  const improve = (root: bigint) => ((degree - 1n) * root + n / root ** (degree - 1n)) / degree;
  let root = 1n << (BigInt(n.toString(2).length) / degree + 1n);
  for (let next = improve(root); next < root; next = improve(root)) root = next;
  return root;
}

/**
 * The round constants (cube roots of the first 80 primes) and the initial hashes of SHA-512 (square roots of
 * the first 8) and SHA-384 (of the 9th to the 16th): 64 bits of each fractional part, high half first.
 * SHA-256's are the high halves of the first 64 and the first 8.
 */
const roundConstants = new Int32Array(160);
const initialHashes = new Int32Array(32);
const halves = (word: bigint, into: Int32Array, at: number) => {
  into[at] = Number((word >> 32n) & 0xffffffffn);
  into[at + 1] = Number(word & 0xffffffffn);
};
for (let count = 0, candidate = 2n; count < 80; candidate++) {
  let prime = true;
  for (let divisor = 2n; divisor * divisor <= candidate; divisor++) if (candidate % divisor === 0n) prime = false;
  if (!prime) continue;
  if (count < 16) halves(integerRoot(candidate << 128n, 2n), initialHashes, count * 2);
  halves(integerRoot(candidate << 192n, 3n), roundConstants, count++ * 2);
}

/** One half of a 64-bit word rotated right: the high half as is, the low half with the halves swapped. */
const rotated = (high: number, low: number, by: number) =>
  by < 32 ? (high >>> by) | (low << (32 - by)) : (low >>> (by - 32)) | (high << (64 - by));
/** The carry of a sum of low halves (each taken unsigned). */
const carry = (low: number) => (low / 2 ** 32) | 0;

const schedule = new Int32Array(160);
const hash = new Int32Array(16);
const working = new Int32Array(16);
let padded = new DataView(new ArrayBuffer(128));

/** The message in `padded`, with its end marked and its length in bits appended, in blocks of `blockSize`. */
function pad(message: Uint8Array, blockSize: number): number {
  const length = (message.length + blockSize + blockSize / 8) & -blockSize;
  if (padded.byteLength !== length) padded = new DataView(new ArrayBuffer(length));
  const bytes = new Uint8Array(padded.buffer);
  bytes.fill(0);
  bytes.set(message);
  bytes[message.length] = 0x80;
  padded.setUint32(length - 4, message.length * 8);
  return length;
}

const rotate = (word: number, by: number) => rotated(word, word, by);

/** Writes the SHA-256 of `message` into the first 32 bytes of `into`. */
export function sha256(message: Uint8Array, into: Uint8Array): void {
  const length = pad(message, 64);
  for (let i = 0; i < 8; i++) hash[i] = initialHashes[i * 2];
  for (let block = 0; block < length; block += 64) {
    for (let t = 0; t < 16; t++) schedule[t] = padded.getInt32(block + t * 4);
    for (let t = 16; t < 64; t++) {
      const early = schedule[t - 15];
      const late = schedule[t - 2];
      schedule[t] =
        schedule[t - 16] +
        (rotate(early, 7) ^ rotate(early, 18) ^ (early >>> 3)) +
        schedule[t - 7] +
        (rotate(late, 17) ^ rotate(late, 19) ^ (late >>> 10));
    }
    let a = hash[0];
    let b = hash[1];
    let c = hash[2];
    let d = hash[3];
    let e = hash[4];
    let f = hash[5];
    let g = hash[6];
    let h = hash[7];
    for (let t = 0; t < 64; t++) {
      const t1 =
        (h +
          (rotate(e, 6) ^ rotate(e, 11) ^ rotate(e, 25)) +
          ((e & f) ^ (~e & g)) +
          roundConstants[t * 2] +
          schedule[t]) |
        0;
      const t2 = ((rotate(a, 2) ^ rotate(a, 13) ^ rotate(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      h = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    hash[0] += a;
    hash[1] += b;
    hash[2] += c;
    hash[3] += d;
    hash[4] += e;
    hash[5] += f;
    hash[6] += g;
    hash[7] += h;
  }
  for (let index = 0; index < 32; index++) into[index] = hash[index >> 2] >>> (24 - (index & 3) * 8);
}

/** Adds a word, as its halves, to the word at `at`. */
function addTo(words: Int32Array, at: number, high: number, low: number): void {
  const sum = (words[at + 1] >>> 0) + (low >>> 0);
  words[at] += high + carry(sum);
  words[at + 1] = sum;
}

/** Writes the SHA-512 of `message` into the first 64 bytes of `into`, or its SHA-384 into the first 48. */
export function sha512(message: Uint8Array, into: Uint8Array, sha384 = false): void {
  const length = pad(message, 128);
  hash.set(initialHashes.subarray(sha384 ? 16 : 0, sha384 ? 32 : 16));
  for (let block = 0; block < length; block += 128) {
    for (let i = 0; i < 32; i++) schedule[i] = padded.getInt32(block + i * 4);
    for (let i = 32; i < 160; i += 2) {
      // σ0 of the word 15 back and σ1 of the word 2 back, plus the words 16 and 7 back.
      const earlyHigh = schedule[i - 30];
      const earlyLow = schedule[i - 29];
      const lateHigh = schedule[i - 4];
      const lateLow = schedule[i - 3];
      const low =
        (schedule[i - 31] >>> 0) +
        (schedule[i - 13] >>> 0) +
        ((rotated(earlyLow, earlyHigh, 1) ^
          rotated(earlyLow, earlyHigh, 8) ^
          ((earlyLow >>> 7) | (earlyHigh << 25))) >>>
          0) +
        ((rotated(lateLow, lateHigh, 19) ^ rotated(lateLow, lateHigh, 61) ^ ((lateLow >>> 6) | (lateHigh << 26))) >>>
          0);
      schedule[i] =
        schedule[i - 32] +
        schedule[i - 14] +
        (rotated(earlyHigh, earlyLow, 1) ^ rotated(earlyHigh, earlyLow, 8) ^ (earlyHigh >>> 7)) +
        (rotated(lateHigh, lateLow, 19) ^ rotated(lateHigh, lateLow, 61) ^ (lateHigh >>> 6)) +
        carry(low);
      schedule[i + 1] = low;
    }
    working.set(hash);
    for (let i = 0; i < 160; i += 2) {
      // The working words a to h, as pairs of halves at 0 to 15.
      const ah = working[0];
      const al = working[1];
      const bh = working[2];
      const bl = working[3];
      const ch = working[4];
      const cl = working[5];
      const eh = working[8];
      const el = working[9];
      const low1 =
        (working[15] >>> 0) +
        ((rotated(el, eh, 14) ^ rotated(el, eh, 18) ^ rotated(el, eh, 41)) >>> 0) +
        (((el & working[11]) ^ (~el & working[13])) >>> 0) +
        (roundConstants[i + 1] >>> 0) +
        (schedule[i + 1] >>> 0);
      const high1 =
        working[14] +
        (rotated(eh, el, 14) ^ rotated(eh, el, 18) ^ rotated(eh, el, 41)) +
        ((eh & working[10]) ^ (~eh & working[12])) +
        roundConstants[i] +
        schedule[i] +
        carry(low1);
      const low2 =
        ((rotated(al, ah, 28) ^ rotated(al, ah, 34) ^ rotated(al, ah, 39)) >>> 0) +
        (((al & bl) ^ (al & cl) ^ (bl & cl)) >>> 0);
      const high2 =
        (rotated(ah, al, 28) ^ rotated(ah, al, 34) ^ rotated(ah, al, 39)) +
        ((ah & bh) ^ (ah & ch) ^ (bh & ch)) +
        carry(low2);
      // h = g, g = f, … b = a; then e = d + t1 and a = t1 + t2.
      working.copyWithin(2, 0, 14);
      addTo(working, 8, high1, low1);
      working[0] = high1;
      working[1] = low1;
      addTo(working, 0, high2, low2);
    }
    for (let at = 0; at < 16; at += 2) addTo(hash, at, working[at], working[at + 1]);
  }
  for (let index = 0; index < (sha384 ? 48 : 64); index++) into[index] = hash[index >> 2] >>> (24 - (index & 3) * 8);
}
