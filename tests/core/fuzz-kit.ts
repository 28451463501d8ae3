// The shared machinery of the decoder fuzz tests (tests/core/fuzz-decoders.test.ts and the journey
// session's): one shape for every decoder's outcome, the table row a decoder is fuzzed through, the
// assertions every outcome must pass, and the runs every row goes through.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as versioned from '../../src/core/versioned';
import { anyText } from './assessment/fixtures';
import { mutateJson, mutateText, pastCap, pathological } from './fuzz-inputs';

const { decodeVersioned, describeDecodeFailure, encodeVersioned } = versioned;

/** What a decoder gave back, in one shape: data, a rejection with its sentence, or "nothing there". */
export type Outcome = { ok: true; value: unknown } | { ok: false; message: string } | { ok: 'empty' };
/** One decoder in the fuzz table: how to run it, a valid sample, and what accepted data must satisfy. */
export interface Row {
  name: string;
  /** Characters past which input is refused; null for parsers that have no cap and must survive any size. */
  cap: number | null;
  sample: string;
  /** Mutations that keep the sample's structure (JSON, code bytes, link fields) but change its content. */
  structured: fc.Arbitrary<string>;
  run: (text: string) => Outcome;
  /** Asserts that accepted data is what the format promises. */
  check: (value: unknown) => void;
}

/** decodeVersioned's answer as an Outcome, with describeDecodeFailure's sentence for a rejection. */
export const fromDecoded = (d: versioned.Decoded<unknown>): Outcome =>
  d.status === 'ok'
    ? { ok: true, value: d.value }
    : d.status === 'empty'
      ? { ok: 'empty' }
      : { ok: false, message: describeDecodeFailure(d) ?? '' };

/** The row of a versioned format: decoded by decodeVersioned, checked by its schema and a reference. */
export function formatRow<T>(spec: versioned.FormatSpec<T>, value: T, reference: versioned.Validator<unknown>): Row {
  const sample = encodeVersioned(spec, value);
  return {
    name: `decodeVersioned(${spec.kind})`,
    cap: spec.maxChars ?? 5_000_000,
    sample,
    structured: mutateJson(sample),
    run: (text) => fromDecoded(decodeVersioned(spec, text)),
    check: (data) => {
      expect(reference.safeParse(data).success).toBe(true);
      expect(spec.schema.safeParse(data).success).toBe(true);
      // What was accepted is written and read back the same (JSON compares -0 and 0 as equal).
      const again = decodeVersioned(spec, encodeVersioned(spec, data as T));
      expect(again.status === 'ok' && JSON.stringify(again.value)).toBe(JSON.stringify(data));
    },
  };
}

/** A rejection must say what is wrong in words. */
export function expectSentence(message: string): void {
  expect(message.trim()).not.toBe('');
  // zod's own wording "received undefined" names a missing value; any other "undefined" is a bug.
  expect(message).not.toMatch(/(?<!received )\bundefined\b|\[object Object\]/);
}

/** Every object in accepted data has an ordinary prototype: no `__proto__` key was ever assigned. */
export function expectPlainTree(value: unknown): void {
  if (typeof value !== 'object' || value === null) return;
  expect([Object.prototype, Array.prototype, null]).toContain(Object.getPrototypeOf(value));
  for (const child of Object.values(value)) expectPlainTree(child);
}

/** Runs a decoder: no throw, no pollution, and a sentence or data the format promises. */
export function expectClean(row: Row, text: string): void {
  const outcome = row.run(text);
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  if (outcome.ok === 'empty') expect(text.trim()).toBe('');
  else if (!outcome.ok) expectSentence(outcome.message);
  else {
    expectPlainTree(outcome.value);
    row.check(outcome.value);
  }
}

/** The accepted branch of a result, or a thrown error naming the refusal. */
export function must<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result)}`);
  return result as Extract<T, { ok: true }>;
}

/** A value written in a format and read back. */
export function read<T>(spec: versioned.FormatSpec<T>, value: T): T {
  const decoded = decodeVersioned(spec, encodeVersioned(spec, value));
  if (decoded.status !== 'ok') throw new Error(`refused: ${JSON.stringify(decoded)}`);
  return decoded.value;
}

/**
 * Fuzzes each row: its valid sample is accepted, and any text, character-level and structural
 * mutations of the sample, and text past its cap all meet a clean outcome.
 */
export function fuzzRows(rows: readonly Row[], runs: { numRuns: number } = { numRuns: 200 }): void {
  describe.each(rows)('$name', (row) => {
    it('accepts its valid sample', () => {
      expect(row.run(row.sample).ok).toBe(true);
      expectClean(row, row.sample);
    });

    it.each([
      ['any text, unicode included,', anyText(300)],
      ['character-level mutations of its sample', mutateText(row.sample)],
      ['structural mutations of its sample', row.structured],
    ])('meets %s with a clean outcome', (_what, inputs) => {
      fc.assert(
        fc.property(inputs, (text) => {
          expectClean(row, text);
        }),
        runs,
      );
    });

    it('meets text past its cap with a clean outcome', () => {
      // Few runs: each builds and scans megabytes, and the cap is checked before anything else reads the text.
      const cap = row.cap ?? 300_000;
      const pastRuns = { numRuns: 8, examples: pathological(cap).map((text) => [text] as [string]) };
      fc.assert(
        fc.property(pastCap(cap, row.sample), (text) => {
          expectClean(row, text);
        }),
        pastRuns,
      );
    });
  });
}
