// Ranges and the simulation: the result's range always holds the single-figure result, widening a
// range never narrows it, a seed always gives the same result, and every figure stays finite.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCalculatorState, encodeCalculatorState } from '../../../src/core/calculator/fragment';
import { CALCULATOR_INPUTS, type CalculatorValues } from '../../../src/core/calculator/inputs';
import { RANGE_KEYS, type RangeKey, type Ranges } from '../../../src/core/calculator/ranges';
import { simulate, totalsFor } from '../../../src/core/calculator/simulation';
import { calculatorStateSchema } from '../../../src/core/calculator/state-format';
import { arbitraryState, arbitraryValues, findBrokenValues, PROPERTY_TIMEOUT_MS } from './arbitraries';

// Few draws keep hundreds of cases quick; every property holds for any number of draws.
const DRAWS = 120;

/** A range for `key` around its likely value: shares of the way down to its minimum and up to its maximum. */
function rangeAround(key: RangeKey, likely: number, down: number, up: number) {
  const { min, max, wholeNumber } = CALCULATOR_INPUTS[key];
  const low = likely - (likely - min) * down;
  const high = likely + (max - likely) * up;
  return wholeNumber ? { low: Math.floor(low), high: Math.ceil(high) } : { low, high };
}

const share = fc.double({ min: 0, max: 1, noNaN: true });

/** Values with ranges on some inputs, every range holding its input's value. */
const arbitraryRanged: fc.Arbitrary<{ values: CalculatorValues; ranges: Ranges }> = fc
  .tuple(
    arbitraryValues,
    fc.subarray([...RANGE_KEYS], { minLength: 1 }),
    fc.array(fc.tuple(share, share), { minLength: 14, maxLength: 14 }),
  )
  .map(([values, keys, shares]) => ({
    values,
    ranges: Object.fromEntries(
      keys.map((key) => {
        const [down, up] = shares[RANGE_KEYS.indexOf(key)] ?? [0, 0];
        return [key, rangeAround(key, values[key], down, up)];
      }),
    ),
  }));

describe('the simulation', () => {
  it(
    'gives a range that always holds the single-figure result for the likely values',
    () => {
      fc.assert(
        fc.property(arbitraryRanged, ({ values, ranges }) => {
          const result = simulate(values, ranges, { draws: DRAWS });
          const single = totalsFor(values);
          expect(result.firstYear.likely).toBe(single.firstYear);
          expect(result.horizon.likely).toBe(single.horizon);
          for (const total of [result.firstYear, result.horizon]) {
            expect(total.low).toBeLessThanOrEqual(total.likely);
            expect(total.likely).toBeLessThanOrEqual(total.high);
          }
        }),
        { numRuns: 80 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'never narrows the result when a range is widened about its likely value',
    () => {
      fc.assert(
        fc.property(
          arbitraryValues,
          fc.constantFrom(...RANGE_KEYS),
          share,
          share,
          fc.double({ min: 1, max: 4, noNaN: true }),
          (values, key, down, up, factor) => {
            const likely = values[key];
            const narrow = rangeAround(key, likely, down / 4, up / 4);
            const wide = rangeAround(key, likely, Math.min(1, (down / 4) * factor), Math.min(1, (up / 4) * factor));
            // Widening about the likely value: both ends move out by the same factor.
            fc.pre(
              Math.abs((likely - wide.low) * (narrow.high - likely) - (wide.high - likely) * (likely - narrow.low)) <=
                1e-9 * Math.max(1, (wide.high - wide.low) ** 2),
            );
            const before = simulate(values, { [key]: narrow }, { draws: DRAWS });
            const after = simulate(values, { [key]: wide }, { draws: DRAWS });
            for (const total of ['firstYear', 'horizon'] as const) {
              const tolerance = 1e-9 * Math.max(1, Math.abs(before[total].likely));
              expect(after[total].low).toBeLessThanOrEqual(before[total].low + tolerance);
              expect(after[total].high).toBeGreaterThanOrEqual(before[total].high - tolerance);
            }
          },
        ),
        { numRuns: 80 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'gives the same result for the same inputs and seed',
    () => {
      fc.assert(
        fc.property(arbitraryRanged, fc.integer(), ({ values, ranges }, seed) => {
          expect(simulate(values, ranges, { seed, draws: DRAWS })).toEqual(
            simulate(values, ranges, { seed, draws: DRAWS }),
          );
        }),
        { numRuns: 40 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'keeps every figure finite for every valid input and range',
    () => {
      fc.assert(
        fc.property(arbitraryRanged, ({ values, ranges }) => {
          expect(findBrokenValues(simulate(values, ranges, { draws: DRAWS }))).toEqual([]);
        }),
        { numRuns: 80 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});

describe('ranges in the link and the saved state', () => {
  it(
    'travel in the link, and a state without ranges is written exactly as before',
    () => {
      fc.assert(
        fc.property(arbitraryState, arbitraryRanged, (state, { ranges }) => {
          expect(encodeCalculatorState(state)).not.toContain('rg=');
          const ranged = {
            ...state,
            ranges: Object.fromEntries(
              Object.keys(ranges).map((key) => [
                key,
                rangeAround(key as RangeKey, state.values[key as RangeKey], 0.5, 0.5),
              ]),
            ) as Ranges,
          };
          const decoded = decodeCalculatorState(encodeCalculatorState(ranged));
          expect(decoded.notice).toBeUndefined();
          for (const key of RANGE_KEYS) {
            const range = ranged.ranges[key];
            if (range && range.high > range.low) expect(decoded.state.ranges?.[key]).toEqual(range);
          }
        }),
        { numRuns: 60 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it('are refused by the saved format when they do not hold the likely figure', () => {
    const state = decodeCalculatorState('').state;
    expect(calculatorStateSchema.safeParse({ ...state, ranges: { customers: { low: 100, high: 200 } } }).success).toBe(
      false,
    );
    expect(
      calculatorStateSchema.safeParse({ ...state, ranges: { customers: { low: 100, high: 30_000 } } }).success,
    ).toBe(true);
  });
});

describe('a range in a link that cannot be used', () => {
  it('is left out, and the notice says so, while the figures still open', () => {
    const decoded = decodeCalculatorState('#v=1&c=20000&rg=c,25000,30000,zz,1,2');
    expect(decoded.state.values.customers).toBe(20_000);
    expect(decoded.state.ranges).toBeUndefined();
    expect(decoded.notice).toContain('Ranges');
  });

  it('keeps the usable ranges beside one that is not', () => {
    const decoded = decodeCalculatorState('#v=1&c=20000&aw=8&rg=c,15000,30000,aw,9,12');
    expect(decoded.state.ranges).toEqual({ customers: { low: 15_000, high: 30_000 } });
    expect(decoded.ignored).toContain('Ranges');
  });
});

describe('the range in words', () => {
  it('says low, high and likely for both totals, in the reader’s format', async () => {
    const { describeUncertainty } = await import('../../../src/core/calculator/simulation');
    const sentence = describeUncertainty(
      {
        firstYear: { low: 900_000, likely: 1_200_000, high: 1_600_000 },
        horizon: { low: 4_000_000, likely: 5_500_000, high: 7_000_000 },
      },
      5,
      'EUR',
      'en-GB',
    );
    // ICU versions differ on the case of the short scale ("€1.2M" in Chromium, "€1.2m" in newer Node).
    expect(sentence.toLowerCase()).toBe(
      'with the ranges you gave, the cost of inaction is between €900k and €1.6m in the first year, most likely €1.2m; and between €4m and €7m over 5 years, most likely €5.5m.',
    );
  });

  it('uses only the ranges that hold their likely figure', async () => {
    const { heldRanges } = await import('../../../src/core/calculator/ranges');
    const { getDefaultValues } = await import('../../../src/core/calculator/inputs');
    const values = getDefaultValues();
    expect(
      heldRanges(
        {
          customers: { low: 15_000, high: 30_000 },
          headcount: { low: 50, high: 60 },
          staffTurnover: { low: 5, high: 5 },
        },
        values,
      ),
    ).toEqual({ customers: { low: 15_000, high: 30_000 } });
  });
});
