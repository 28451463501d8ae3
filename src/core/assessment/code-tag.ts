// A short way to tell codes apart in the code log. Shortening a code in the middle hides exactly
// where a careless copy differs, so the log shows the code's end and a fingerprint of the whole text:
// two codes that differ anywhere get different fingerprints (but for one chance in about a billion).
import { parseShareInput } from './share-link';

/** What the code log shows for one pasted code or link. */
export interface CodeTag {
  /** The last characters of the code (or of the text, when no code could be picked out). */
  end: string;
  /** Six characters computed from the whole code: different codes get different fingerprints. */
  fingerprint: string;
}

const END_CHARS = 6;
const DIGITS = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** The end and the fingerprint of a pasted code or link. */
export function codeTag(input: string): CodeTag {
  const code = parseShareInput(input).code ?? input.trim();
  // FNV-1a, 32 bits, over the UTF-16 code units: cheap, and every changed character changes it.
  let hash = 0x811c9dc5;
  for (let index = 0; index < code.length; index += 1) {
    hash ^= code.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  let fingerprint = '';
  for (let digit = 0; digit < 6; digit += 1) {
    fingerprint += DIGITS.charAt(hash & 31);
    hash >>>= 5;
  }
  return { end: code.slice(-END_CHARS), fingerprint };
}
