// A participant's optional alias, carried in the share code. It is cleaned the same way on both
// sides so that what a person typed is exactly what the facilitator sees.

/** Largest alias, in UTF-8 bytes (about 16 Latin letters, fewer for other scripts or emoji). */
export const MAX_ALIAS_BYTES = 16;

// Bidirectional overrides and line separators can make an alias display as something else.
const INVISIBLE = /[\p{Cc}\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;
const encoder = new TextEncoder();

/** The UTF-8 length of a text, in bytes. */
export function utf8Length(text: string): number {
  return encoder.encode(text).length;
}

/**
 * Cleans an alias: NFC, whitespace collapsed, control characters removed, trimmed, cut to 16 bytes
 * (or to `maxBytes`, for other short texts a code carries).
 */
export function sanitiseAlias(raw: string, maxBytes: number = MAX_ALIAS_BYTES): string {
  let text = '';
  // Lone surrogates cannot be written as UTF-8; they become U+FFFD here rather than in the encoder.
  for (const char of raw) {
    const code = char.codePointAt(0) ?? 0;
    text += code >= 0xd800 && code <= 0xdfff ? '\ufffd' : char;
  }
  text = text
    .normalize('NFC')
    .replace(/[\t\n\v\f\r]/g, ' ')
    .replace(INVISIBLE, '')
    .replace(/\s+/gu, ' ')
    .trim();
  return truncateUtf8(text, maxBytes).trim();
}

function truncateUtf8(text: string, maxBytes: number): string {
  if (utf8Length(text) <= maxBytes) return text;
  // Cut between whole graphemes where the engine can tell them apart, so no emoji is split.
  const pieces =
    typeof Intl.Segmenter === 'function'
      ? Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text), (s) => s.segment)
      : Array.from(text);
  let out = '';
  let bytes = 0;
  for (const piece of pieces) {
    const size = utf8Length(piece);
    if (bytes + size > maxBytes) break;
    out += piece;
    bytes += size;
  }
  return out;
}
