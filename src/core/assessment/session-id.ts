// A workshop session id: 6 base64url characters (36 random bits) chosen by the facilitator and
// carried in every share code, so codes from another workshop are caught when merging.

/** A checked session id; obtain one from createSessionId, generateSessionId or parseSessionId. */
export type SessionId = string & { readonly __brand: 'SessionId' };

/** Characters in a session id. */
const SESSION_ID_LENGTH = 6;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const PATTERN = /^[A-Za-z0-9_-]{6}$/;

/** Reads a session id typed or taken from a link; null when it is not 6 base64url characters. */
export function parseSessionId(text: string): SessionId | null {
  const trimmed = text.trim();
  return PATTERN.test(trimmed) ? (trimmed as SessionId) : null;
}

/** Builds a session id from at least 5 random bytes (their first 36 bits); throws RangeError with fewer. */
export function createSessionId(randomBytes: Uint8Array): SessionId {
  if (randomBytes.length < 5) throw new RangeError('createSessionId needs at least 5 random bytes.');
  let bits = 0n;
  for (const byte of randomBytes.subarray(0, 5)) bits = (bits << 8n) | BigInt(byte);
  bits >>= 4n;
  let id = '';
  for (let index = SESSION_ID_LENGTH - 1; index >= 0; index -= 1) {
    id += ALPHABET.charAt(Number((bits >> BigInt(index * 6)) & 63n));
  }
  return id as SessionId;
}

/** Makes a new session id from the browser's secure random source, or Math.random where there is none. */
export function generateSessionId(): SessionId {
  const bytes = new Uint8Array(5);
  const crypto = (globalThis as { crypto?: { getRandomValues?: (array: Uint8Array) => Uint8Array } }).crypto;
  if (typeof crypto?.getRandomValues === 'function') crypto.getRandomValues(bytes);
  // A session id only has to be unlikely to collide between workshops, not secret.
  else for (let index = 0; index < bytes.length; index += 1) bytes[index] = Math.floor(Math.random() * 256);
  return createSessionId(bytes);
}

/** The 6-bit values of a session id's characters, for packing into a share code. */
export function sessionIdToSextets(id: SessionId): number[] {
  return Array.from(id, (char) => ALPHABET.indexOf(char));
}

/** Rebuilds a session id from six 6-bit values read from a share code. */
export function sessionIdFromSextets(values: readonly number[]): SessionId {
  return values.map((value) => ALPHABET.charAt(value & 63)).join('') as SessionId;
}
