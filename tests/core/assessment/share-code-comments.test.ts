// Share codes of format 3: a participant's optional comment per dimension. Codes without comments
// are written and read exactly as before; codes with them stay within 100 characters, and the
// decoder meets damaged or forged ones as it meets every other code.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64Url, encodeBase64Url } from '../../../src/core/assessment/binary';
import { crc16 } from '../../../src/core/checksum';
import { MAX_CODE_CHARS, commentRoom, encodeShareCode, sanitiseComment } from '../../../src/core/assessment/share-code';
import { decodeShareCode } from '../../../src/core/assessment/share-code-reader';
import { anyText, SESSION, sevenTraits } from './fixtures';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const answers = { 'accessible-1': 2, 'consistent-2': 5, 'clear-1': 'dk' } as const;
const base = { sessionId: SESSION, answers, alias: 'Ana', participantId: 'Pid001', revision: 3 };
const expected = { assessment: sevenTraits, sessionId: SESSION };
const comments = ['Queues at lunch', '', 'Kind staff', ...Array.from({ length: 4 }, () => '')];

function decoded(code: string) {
  const result = decodeShareCode(code, expected);
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

/** Rewrites a code's bytes and seals it with a fresh checksum, as a forger would. */
function forge(code: string, change: (body: Uint8Array) => Uint8Array): string {
  const bytes = decodeBase64Url(code) ?? new Uint8Array();
  const body = change(bytes.slice(0, -2));
  const sum = crc16(body);
  return encodeBase64Url(Uint8Array.from([...body, sum >> 8, sum & 255]));
}

describe('share codes with comments', () => {
  it('writes a code without comments exactly as before (format 2)', () => {
    const plain = encodeShareCode(sevenTraits, base);
    expect(encodeShareCode(sevenTraits, { ...base, comments: ['', '  ', '\u202e'] })).toBe(plain);
    expect(decoded(plain)).not.toHaveProperty('comments');
    expect(decoded(plain).format).toBe(2);
  });

  it('carries one comment per dimension, in order, unattributed by anything but the code', () => {
    const code = encodeShareCode(sevenTraits, { ...base, comments });
    const value = decoded(code);
    expect(value).toMatchObject({ format: 3, alias: 'Ana', participantId: 'Pid001', revision: 3 });
    expect(value.comments).toEqual(comments);
    expect(value.answers).toEqual(decoded(encodeShareCode(sevenTraits, base)).answers);
    expect(code.length).toBeLessThanOrEqual(MAX_CODE_CHARS);
  });

  it('needs a participant id: a format-1 code carries no comment', () => {
    const code = encodeShareCode(sevenTraits, { sessionId: SESSION, answers, comments });
    expect(decoded(code)).toMatchObject({ format: 1 });
    expect(decoded(code)).not.toHaveProperty('comments');
  });

  it('cleans comments like aliases: no control or direction characters, whitespace collapsed', () => {
    expect(sanitiseComment('  a\u202e b\n\nc\u0000 ')).toBe('a b c');
    const code = encodeShareCode(sevenTraits, { ...base, comments: ['<b>x</b>\u2066'] });
    expect(decoded(code).comments?.[0]).toBe('<b>x</b>');
  });

  it('says how much room is left, and never writes a code over 100 characters', () => {
    const empty = commentRoom(sevenTraits, 'Ana', []);
    expect(empty).toBeGreaterThan(20);
    expect(commentRoom(sevenTraits, 'Ana', ['abcd'])).toBe(empty - 6);
    expect(commentRoom(sevenTraits, '', [])).toBe(empty + 3);
    expect(commentRoom(sevenTraits, 'Ana', ['x'.repeat(200)])).toBeLessThan(0);
    fc.assert(
      fc.property(fc.array(anyText(80), { maxLength: 8 }), anyText(30), (texts, alias) => {
        const code = encodeShareCode(sevenTraits, { ...base, alias, comments: texts });
        expect(code.length).toBeLessThanOrEqual(MAX_CODE_CHARS);
        const value = decoded(code);
        // What fits is kept as cleaned, in order; what does not fit is cut or left out, never garbled.
        value.comments?.forEach((comment, index) => {
          if (comment !== '') expect(sanitiseComment(texts[index] ?? '').startsWith(comment)).toBe(true);
        });
        // Only a canonical code is accepted: writing what it holds again gives the same text.
        expect(encodeShareCode(sevenTraits, { ...base, alias: value.alias, comments: value.comments ?? [] })).toBe(
          code,
        );
      }),
    );
  });

  it('keeps every comment within the room it says is left', () => {
    const room = commentRoom(sevenTraits, 'Ana', []);
    const exact = 'y'.repeat(room - 2);
    expect(decoded(encodeShareCode(sevenTraits, { ...base, comments: [exact] })).comments?.[0]).toBe(exact);
    expect(commentRoom(sevenTraits, 'Ana', [exact])).toBe(0);
  });
});

describe('damaged or forged codes with comments', () => {
  const code = encodeShareCode(sevenTraits, { ...base, comments });

  it('rejects every single-character substitution as corrupted', () => {
    for (let position = 0; position < code.length; position += 1) {
      for (const char of ALPHABET) {
        if (char === code[position]) continue;
        const result = decodeShareCode(code.slice(0, position) + char + code.slice(position + 1), expected);
        expect(result.ok).toBe(false);
      }
    }
  });

  it('rejects dropped and doubled characters', () => {
    for (let position = 0; position < code.length; position += 1) {
      expect(decodeShareCode(code.slice(0, position) + code.slice(position + 1), expected).ok).toBe(false);
      expect(decodeShareCode(code.slice(0, position + 1) + code.slice(position), expected).ok).toBe(false);
    }
  });

  it.each<[string, (body: Uint8Array) => Uint8Array, RegExp]>([
    ['a comment length past the end', (b) => Uint8Array.from([...b.slice(0, -1)]), /too short or too long/],
    ['comments out of order', (b) => swapComments(b), /comment inside this code is damaged/],
    ['a comment for a dimension that does not exist', (b) => setFirstIndex(b, 7), /comment inside this code/],
    ['a format-3 code with no comment', (b) => Uint8Array.from([...b.slice(0, -29)]), /comment inside this code/],
    ['invalid UTF-8 in a comment', (b) => Uint8Array.from([...b.slice(0, -1), 0xff].slice(0)), /./],
  ])('rejects %s, resealed with a valid checksum', (_what, change, message) => {
    const result = decodeShareCode(forge(code, change), expected);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem).toBe('corrupted');
      expect(result.message).toMatch(message);
    }
  });

  it('never throws and never accepts a non-canonical code, whatever the resealed bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 40 }), fc.nat(60), (extra, cut) => {
        const forged = forge(code, (b) => Uint8Array.from([...b.slice(0, Math.max(0, b.length - cut)), ...extra]));
        const result = decodeShareCode(forged, expected);
        if (result.ok) {
          const again = encodeShareCode(sevenTraits, {
            sessionId: SESSION,
            answers: result.value.answers,
            alias: result.value.alias,
            participantId: result.value.participantId,
            revision: result.value.revision,
            comments: result.value.comments ?? [],
          });
          expect(again).toBe(result.value.code);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

// The tail of the sample code: alias length, "Ana", then [0, 15, "Queues at lunch"], [2, 10, "Kind staff"].
function tailStart(body: Uint8Array): number {
  return body.length - (1 + 3 + 2 + 15 + 2 + 10);
}
function swapComments(body: Uint8Array): Uint8Array {
  const out = Uint8Array.from(body);
  const first = tailStart(body) + 4;
  out[first] = 2;
  out[first + 2 + 15] = 0;
  return out;
}
function setFirstIndex(body: Uint8Array, index: number): Uint8Array {
  const out = Uint8Array.from(body);
  out[tailStart(body) + 4] = index;
  return out;
}
