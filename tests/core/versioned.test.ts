import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { decodeVersioned, describeDecodeFailure, encodeVersioned, type FormatSpec } from '../../src/core/versioned';

const spec: FormatSpec<{ name: string; count: number }> = {
  kind: 'accueil.test',
  version: 2,
  schema: z.object({ name: z.string(), count: z.number().int() }).strict(),
  migrations: { 1: (old) => ({ ...(old as { name: string }), count: 0 }) },
  maxChars: 1000,
};

describe('versioned envelopes', () => {
  it('round-trips the current version', () => {
    const value = { name: 'Café', count: 3 };
    expect(decodeVersioned(spec, encodeVersioned(spec, value))).toEqual({ status: 'ok', value });
  });

  it('migrates version 1 to the current shape', () => {
    const old = JSON.stringify({ kind: 'accueil.test', version: 1, data: { name: 'old' } });
    expect(decodeVersioned(spec, old)).toEqual({ status: 'ok', value: { name: 'old', count: 0 }, migratedFrom: 1 });
  });

  it.each([
    ['empty', '', 'empty'],
    ['null', null, 'empty'],
    ['not JSON', '{oops', 'invalid'],
    ['an array', '[]', 'invalid'],
    ['another kind', JSON.stringify({ kind: 'x', version: 1, data: {} }), 'invalid'],
    ['a bad version', JSON.stringify({ kind: 'accueil.test', version: 'two', data: {} }), 'invalid'],
    ['a wrong shape', JSON.stringify({ kind: 'accueil.test', version: 2, data: { name: 1 } }), 'invalid'],
    ['too large', 'x'.repeat(2000), 'invalid'],
    ['a newer version', JSON.stringify({ kind: 'accueil.test', version: 9, data: {} }), 'newer'],
  ])('reports %s as %s', (_label, raw, status) => {
    const decoded = decodeVersioned(spec, raw);
    expect(decoded.status).toBe(status);
    if (status !== 'empty') expect(describeDecodeFailure(decoded)).toMatch(/\.$/);
  });

  it('keeps the raw text of anything it cannot read', () => {
    const decoded = decodeVersioned(spec, '{"kind":"accueil.test","version":2,"data":{}}');
    expect(decoded.status === 'invalid' && decoded.raw).toContain('accueil.test');
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
        expect(() => decodeVersioned(spec, raw)).not.toThrow();
      }),
    );
  });
});
