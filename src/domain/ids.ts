/**
 * A fresh idempotency key for one booking attempt: a random UUID v4.
 * `crypto.randomUUID` exists only in secure contexts, so a widget on a plain-http page builds the UUID from
 * `crypto.getRandomValues`, which every context has.
 */
export function newIdempotencyKey(): string {
  return crypto.randomUUID?.() ?? uuidFromBytes(crypto.getRandomValues(new Uint8Array(16)));
}

/** Formats 16 random bytes as a UUID v4 (RFC 9562: version nibble 4, variant bits 10). */
export function uuidFromBytes(bytes: Uint8Array): string {
  const b = Uint8Array.from(bytes);
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = Array.from(b, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return hex.replace(/^(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-');
}
