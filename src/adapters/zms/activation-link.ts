/** The credentials an activation e-mail of the ZMS carries. */
export interface ActivationCredentials {
  processId: string;
  authKey: string;
}

/** Decodes percent-encoding until nothing changes; iOS mail clients encode the link more than once. */
function decodeFully(value: string): string {
  let current = value;
  for (let round = 0; round < 8; round++) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      break;
    }
    if (next === current) break;
    current = next;
  }
  return current;
}

/**
 * The process id and auth key of a ZMS activation link, or null when `hashOrUrl` is none. Upstream's mails link
 * to `…#/appointment/confirm/<base64 of {"id":…,"authKey":…}>` (zmscitizenview `zms-appointment.ce.vue` and
 * `appointmentLoginStorage.ts`). Accepts the whole URL, its hash or the path after it; percent-encoded any number
 * of times; base64 or base64url, with or without padding; a trailing slash or further parameters are ignored.
 */
export function parseActivationLink(hashOrUrl: string): ActivationCredentials | null {
  const decoded = decodeFully(hashOrUrl);
  const match = /appointment\/confirm\/([A-Za-z0-9+/\-_ ]+)/.exec(decoded);
  if (!match) return null;
  // A mail client may have turned `+` into a space; base64url uses `-` and `_`. Base64 of a JSON object never
  // ends in `/` (the last character encodes `}`), so trailing slashes belong to the URL.
  const base64 = match[1]!.replace(/\/+$/, '').replace(/ /g, '+').replace(/-/g, '+').replace(/_/g, '/');
  let data: unknown;
  try {
    data = JSON.parse(atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4)));
  } catch {
    return null;
  }
  const { id, authKey } = (data ?? {}) as Record<string, unknown>;
  const processId = typeof id === 'number' ? String(id) : id;
  if (typeof processId !== 'string' || !/^\d+$/.test(processId)) return null;
  if (typeof authKey !== 'string' || !/^[0-9a-f]+$/i.test(authKey)) return null;
  return { processId, authKey };
}
