/**
 * The address, resolved against `base` when it is relative, when it is `http:` or `https:`; anything else
 * (`javascript:`, `data:`, not a URL) is undefined, so that backend text never becomes a script link.
 */
export function safeHttpUrl(value: unknown, base?: string): string | undefined {
  if (typeof value === 'string') {
    try {
      const url = new URL(value, base);
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
    } catch {
      // Not a URL: no link.
    }
  }
  return undefined;
}
