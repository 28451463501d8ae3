import { describe, expect, it } from 'vitest';
import { getDefaultValues } from '../../../src/core/calculator/inputs';
import { getDefaultLevers, NO_LEVERS, validateLevers } from '../../../src/core/calculator/levers';
import { compareScenarios } from '../../../src/core/calculator/scenario';

const defaults = getDefaultValues();

describe('compareScenarios', () => {
  // Levers 20 / 30 / 10 on the defaults: waiting 4,800 → 3,840 hours, customers lost 1,110 → 777,
  // staff turnover €96,000 → €86,400, first-year total €373,500 → €280,650.
  const comparison = compareScenarios({ ...defaults, horizonYears: 2 }, getDefaultLevers(), { locale: 'en-GB' });

  it.each([
    ['waitingHours', 4800, 3840, 960, '960 hours less'],
    ['customersLost', 1110, 777, 333, '333 customers less'],
    ['staffTurnoverCost', 96_000, 86_400, 9600, '€9,600 less'],
    ['totalPerYear', 373_500, 280_650, 92_850, '€92,850 less'],
    ['acquisitionCostPerCustomer', 325, 325, 0, 'no change'],
    ['handlingHours', 7000, 7000, 0, 'no change'],
  ] as const)('%s: %d → %d saves %d', (key, before, after, saving, text) => {
    const difference = comparison.differences[key];
    expect(difference.statusQuo).toBeCloseTo(before, 6);
    expect(difference.improved).toBeCloseTo(after, 6);
    expect(difference.saving).toBeCloseTo(saving, 6);
    expect(difference.text).toBe(text);
  });

  it('compares every year and keeps a running saving', () => {
    // Year 2: status quo (1,110 + 1,005.105) × 250 + 96,000 = 624,776.25;
    // improved (777 + 703.5735) × 250 + 86,400 = 456,543.375.
    expect(comparison.years.map((row) => row.total.saving)).toEqual([
      expect.closeTo(92_850, 4),
      expect.closeTo(624_776.25 - 456_543.375, 4),
    ]);
    expect(comparison.years[1]?.cumulativeSaving.saving).toBeCloseTo(92_850 + 168_232.875, 4);
  });

  it('sums it up in plain words', () => {
    expect(comparison.summary).toBe(
      'Over 2 years, these improvements would save €261,083, of which €92,850 in the first year. Customers would spend 960 hours less a year waiting: about 40 days.',
    );
  });

  it('finds no change when no lever moves', () => {
    const same = compareScenarios(defaults, NO_LEVERS);
    expect(Object.values(same.differences).every((difference) => difference.text === 'no change')).toBe(true);
    expect(same.summary).toBe('Over 5 years, these improvements would not change the cost of inaction.');
  });
});

describe('validateLevers', () => {
  it('reads levers and refuses cuts above 100%', () => {
    expect(validateLevers({ waitingReduction: '50%' }, 'en-GB')).toEqual({
      ok: true,
      values: {
        waitingReduction: 50,
        serviceChurnReduction: 30,
        staffTurnoverReduction: 10,
        failureDemandReduction: 25,
      },
    });
    expect(validateLevers({ staffTurnoverReduction: '150' }, 'en-GB')).toEqual({
      ok: false,
      errors: [
        {
          key: 'staffTurnoverReduction',
          message: '“Cut frontline people leaving by” is too large. Enter a number between 0% and 100%.',
        },
      ],
    });
  });
});
