import { describe, expect, it } from 'vitest';
import { NumberLocale } from '../../../src/core/calculator/locale';
import { readRangeTexts } from '../../../src/core/calculator/ranges';

describe('readRangeTexts reads both ends of a range as typed', () => {
  it('gives the range when both ends are usable and hold the likely figure', () => {
    expect(readRangeTexts('customers', { low: '9,000', high: '12,500' }, 10_000, 'en-GB')).toEqual({
      range: { low: 9000, high: 12_500 },
    });
  });

  it('reads each end in the reader’s number format', () => {
    expect(readRangeTexts('customers', { low: '9.000', high: '12.500' }, 10_000, new NumberLocale('de-DE'))).toEqual({
      range: { low: 9000, high: 12_500 },
    });
  });

  it('says which end cannot be used, and keeps both problems', () => {
    const { range, problems } = readRangeTexts('customers', { low: 'lots', high: '' }, 10_000, 'en-GB');
    expect(range).toBeUndefined();
    expect(problems?.low).toMatch(/^Low: /);
    expect(problems?.high).toMatch(/^High: /);
    expect(problems?.pair).toBeUndefined();
  });

  it('says when the ends are the wrong way round, or leave out the likely figure', () => {
    expect(readRangeTexts('customers', { low: '12,000', high: '9,000' }, 10_000, 'en-GB').problems).toEqual({
      pair: 'The low figure must not be above the high figure.',
    });
    expect(readRangeTexts('customers', { low: '11,000', high: '12,000' }, 10_000, 'en-GB').problems?.pair).toMatch(
      /low figure must not be above the likely figure/,
    );
  });
});
