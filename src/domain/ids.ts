/**
 * A fresh idempotency key for one booking attempt: a random UUID v4.
 * `crypto.randomUUID` exists only in secure contexts, so a widget on a plain-http page builds the UUID from
 * `crypto.getRandomValues`, which every context has.
 */
export function newIdempotencyKey(): string {
  return crypto.randomUUID?.() ?? uuidFromBytes(crypto.getRandomValues(new Uint8Array(16)));
}

/** Formats 16 random bytes as a UUID v4 (RFC 9562): the version nibble is 4, the variant's bits are 10. */
export function uuidFromBytes(bytes: Uint8Array): string {
  let nibble = 0;
  return 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[x4y]/g, (place) => {
    const random = (bytes[nibble >> 1]! >> (nibble++ % 2 ? 0 : 4)) & 15;
    return (place === '4' ? 4 : place === 'y' ? 8 | (random & 3) : random).toString(16);
  });
}
