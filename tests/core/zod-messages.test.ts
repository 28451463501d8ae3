import { describe, expect, it } from 'vitest';
import { calculatorStateFormat } from '../../src/core/calculator/state-format';
import { getDefaultState } from '../../src/core/calculator/state';
import { savedResultFormat } from '../../src/core/assessment/result-io';
import { decodeVersioned, describeDecodeFailure } from '../../src/core/versioned';

const reason = (format: Parameters<typeof decodeVersioned>[0], data: unknown) =>
  describeDecodeFailure(decodeVersioned(format, JSON.stringify({ kind: format.kind, version: format.version, data })));

describe('a refused file says what is wrong in plain words, not zod’s default', () => {
  it('names the expected kind of value', () => {
    const state = getDefaultState();
    const sentence = reason(calculatorStateFormat, { ...state, values: { ...state.values, customers: 'many' } });
    expect(sentence).toContain('at values.customers: expected a number.');
    expect(sentence).not.toMatch(/Invalid input/);
  });
  it('names the range, the allowed values and an unknown key', () => {
    const state = getDefaultState();
    expect(reason(calculatorStateFormat, { ...state, values: { ...state.values, horizonYears: 99 } })).toMatch(
      /at values\.horizonYears: expected at most \d+\./,
    );
    const result = { label: 'Mine', date: '2025-03-01', assessmentId: 'heart', assessmentVersion: 1, answers: {} };
    expect(reason(savedResultFormat, { ...result, assessmentId: 'nope' })).toContain(
      'at assessmentId: expected one of seven-traits, heart,',
    );
    expect(reason(savedResultFormat, { ...result, extra: 1 })).toContain('unknown field "extra"');
    expect(reason(savedResultFormat, { ...result, answers: { a: 9 } })).toContain(
      'at answers.a: expected one of 1, 2, 3, 4, 5, dk.',
    );
  });
});
