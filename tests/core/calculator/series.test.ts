import { describe, expect, it } from 'vitest';
import { getDefaultValues } from '../../../src/core/calculator/inputs';
import { computeCostOfInaction } from '../../../src/core/calculator/model';

const defaults = getDefaultValues();

describe('year-by-year series, lost-value view', () => {
  // 1,110 customers leave over service each year. Normal churn is 15% × 63% = 9.45%, so a
  // customer lost earlier would still be here a year later with probability 0.9055.
  const result = computeCostOfInaction({ ...defaults, horizonYears: 3 });
  const missing2 = 1110 * 0.9055; // 1,005.105
  const missing3 = (missing2 + 1110) * 0.9055; // 1,915.2275775
  const expected = [
    { missing: 0, customers: 1110 * 250, total: 1110 * 250 + 96_000 }, // 373,500
    { missing: missing2, customers: (1110 + missing2) * 250, total: (1110 + missing2) * 250 + 96_000 }, // 624,776.25
    { missing: missing3, customers: (1110 + missing3) * 250, total: (1110 + missing3) * 250 + 96_000 }, // 852,306.89
  ];

  it.each(expected.map((row, index) => [index + 1, row] as const))('year %d', (year, row) => {
    const actual = result.years[year - 1];
    expect(actual?.year).toBe(year);
    expect(actual?.customersStillMissing.value).toBeCloseTo(row.missing, 6);
    expect(actual?.customerCost.value).toBeCloseTo(row.customers, 4);
    expect(actual?.total.value).toBeCloseTo(row.total, 4);
  });

  it('keeps a running total that ends at the cumulative total', () => {
    expect(result.years.map((row) => row.cumulative.value)).toEqual([
      expect.closeTo(373_500, 4),
      expect.closeTo(373_500 + 624_776.25, 4),
      expect.closeTo(1_850_583.144375, 4),
    ]);
    expect(result.cumulativeTotal.value).toBeCloseTo(1_850_583.144375, 4);
    expect(result.cumulativeTotal.formula).toBe('€373,500 + €624,776 + €852,307 = €1,850,583 over 3 years');
  });

  it('explains the rule with the actual rates', () => {
    expect(result.cumulationRule).toContain(
      '9.4% a year, the 15% who leave each year times the 63% who leave for reasons other than service',
    );
  });

  it('shows the carried-over customers in the formula', () => {
    expect(result.years[1]?.customersStillMissing.formula).toBe(
      '(0 + 1,110) customers × 90.6% who would have stayed another year = 1,005 customers',
    );
    expect(result.years[1]?.customerCost.formula).toBe(
      '(1,110 lost this year + 1,005 lost earlier) customers × €250 margin = €528,776',
    );
  });

  it('grows without limit only when nobody would have left anyway', () => {
    const allService = computeCostOfInaction({ ...defaults, serviceChurnShare: 100, horizonYears: 4 });
    const missing = allService.years.map((row) => row.customersStillMissing.value);
    [0, 3000, 6000, 9000].forEach((expected, index) => {
      expect(missing[index]).toBeCloseTo(expected, 6);
    });
  });
});

describe('year-by-year series, replacement view', () => {
  it('costs the same every year: replaced customers bring their value back', () => {
    const result = computeCostOfInaction({ ...defaults, lostCustomerView: 'replacement', horizonYears: 5 });
    expect(result.years.map((row) => row.total.value)).toEqual(Array(5).fill(360_750 + 96_000));
    expect(result.years.every((row) => row.customersStillMissing.value === 0)).toBe(true);
    expect(result.cumulativeTotal.value).toBe(5 * 456_750);
  });

  it('summarises a long horizon without listing every year', () => {
    const result = computeCostOfInaction({ ...defaults, lostCustomerView: 'replacement', horizonYears: 20 });
    expect(result.cumulativeTotal.formula).toBe(
      'the 20 yearly totals, from €456,750 in year 1 to €456,750 in year 20, added up = €9,135,000',
    );
  });
});
