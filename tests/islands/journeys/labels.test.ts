import { describe, expect, it } from 'vitest';
import { formatCount, formatFeeling, plural } from '../../../src/islands/journeys/labels';

// What the worksheets showed when every number went through Intl; labels.ts writes small whole
// numbers itself and must read exactly the same.
const intlCount = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const intlFeeling = new Intl.NumberFormat('en-GB', { signDisplay: 'exceptZero', maximumFractionDigits: 0 });

describe('numbers on the worksheets', () => {
  it('writes every whole count as Intl does, grouped from 1,000', () => {
    for (let value = -2500; value <= 2500; value += 1) expect(formatCount(value)).toBe(intlCount.format(value));
    expect(formatCount(1_234_567)).toBe('1,234,567');
    expect(formatCount(999)).toBe('999');
  });

  it('writes every feeling with its sign as Intl does', () => {
    for (let value = -3; value <= 3; value += 1) expect(formatFeeling(value)).toBe(intlFeeling.format(value));
    expect(formatFeeling(2)).toBe('+2');
    expect(formatFeeling(0)).toBe('0');
    expect(formatFeeling(-3)).toBe('-3');
  });

  it('counts things in words', () => {
    expect(plural(1, 'moment')).toBe('1 moment');
    expect(plural(3, 'moment')).toBe('3 moments');
    expect(plural(1200, 'moment')).toBe('1,200 moments');
  });
});
