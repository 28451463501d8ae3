import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sanitiseAlias, utf8Length } from '../../../src/core/assessment/alias';
import { anyText } from './fixtures';
import { createSessionId, generateSessionId, parseSessionId } from '../../../src/core/assessment/session-id';

describe('sanitiseAlias', () => {
  it.each([
    ['  Anna  ', 'Anna'],
    ['An\u0000na\u0007', 'Anna'],
    ['Team\nlead\tB', 'Team lead B'],
    ['a    b', 'a b'],
    ['e\u0301', '\u00e9'],
    ['\u202eevil', 'evil'],
    // 9 × "é" is 18 bytes; 8 fit in 16.
    ['\u00e9'.repeat(9), '\u00e9'.repeat(8)],
    ['Sixteen letters!', 'Sixteen letters!'],
    ['Seventeen letters', 'Seventeen letter'],
    // "x" + 4 × 4-byte emoji = 17 bytes: the last emoji is dropped, not split.
    ['x😀😀😀😀', 'x😀😀😀'],
    ['fifteen chars x y', 'fifteen chars x'],
    ['\ud800lone', '\ufffdlone'],
    ['   ', ''],
  ])('cleans %j to %j', (raw, clean) => {
    expect(sanitiseAlias(raw)).toBe(clean);
  });

  it('always gives at most 16 bytes, and cleaning twice changes nothing', () => {
    fc.assert(
      fc.property(fc.oneof(anyText(), fc.string({ unit: 'grapheme' })), (raw) => {
        const clean = sanitiseAlias(raw);
        expect(utf8Length(clean)).toBeLessThanOrEqual(16);
        expect(sanitiseAlias(clean)).toBe(clean);
        expect(clean).toBe(clean.trim());
      }),
    );
  });
});

describe('session ids', () => {
  it.each<[number[], string]>([
    [[0, 0, 0, 0, 0], 'AAAAAA'],
    [[255, 255, 255, 255, 255], '______'],
    // 000000 000001 000010 000011 000100 000101, then 4 bits that are not used.
    [[0x00, 0x10, 0x83, 0x10, 0x5f], 'ABCDEF'],
    [[0x00, 0x10, 0x83, 0x10, 0x50, 0x99, 0x99], 'ABCDEF'],
  ])('builds a session id from %j', (bytes, id) => {
    expect(createSessionId(Uint8Array.from(bytes))).toBe(id);
  });

  it('refuses fewer than five random bytes', () => {
    expect(() => createSessionId(new Uint8Array(4))).toThrow(RangeError);
  });

  it('generates ids that parse, and different ones each time', () => {
    const ids = new Set(Array.from({ length: 50 }, () => generateSessionId()));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(parseSessionId(id)).toBe(id);
  });

  it.each([
    ['Ab3_-9', 'Ab3_-9'],
    ['  Ab3_-9 ', 'Ab3_-9'],
    ['Ab3_-', null],
    ['Ab3_-99', null],
    ['Ab3+/9', null],
  ])('parses %j as %j', (text, id) => {
    expect(parseSessionId(text)).toBe(id);
  });
});
