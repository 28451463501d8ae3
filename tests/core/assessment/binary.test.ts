import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BitReader, BitWriter, decodeBase64Url, encodeBase64Url } from '../../../src/core/assessment/binary';

describe('base64url', () => {
  it('matches Node’s base64url for any bytes and decodes back', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), (bytes) => {
        const text = encodeBase64Url(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64url'));
        expect(decodeBase64Url(text)).toEqual(bytes);
      }),
    );
  });

  it.each([
    ['a length that no byte string has', 'AAAAA'],
    ['a padding character', 'AA=='],
    ['a standard base64 character', 'ab+/'],
    // "AB" would decode to the same byte as "AA" if unused bits were ignored.
    ['non-zero unused bits', 'AB'],
  ])('rejects %s', (_label, text) => {
    expect(decodeBase64Url(text)).toBeNull();
  });
});

describe('bit packing', () => {
  it('reads back what was written, in order, and reports reading past the end', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 7 }), { maxLength: 40 }), (values) => {
        const writer = new BitWriter();
        for (const value of values) writer.write(value, 3);
        const bytes = writer.toBytes();
        expect(bytes.length).toBe(Math.ceil((values.length * 3) / 8));
        const reader = new BitReader(bytes);
        expect(values.map(() => reader.read(3))).toEqual(values);
        expect(reader.read(9)).toBeNull();
      }),
    );
  });
});
