import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeActuals } from '../../../src/core/calculator/actuals';
import { COMMON_CURRENCIES } from '../../../src/core/calculator/format';
import { CALCULATOR_INPUTS, NUMBER_INPUT_KEYS, type NumberInputKey } from '../../../src/core/calculator/inputs';
import type { Levers } from '../../../src/core/calculator/levers';
import { computeCostOfInaction } from '../../../src/core/calculator/model';
import { compareScenarios } from '../../../src/core/calculator/scenario';
import { validateAll } from '../../../src/core/calculator/validate';
import { compareValue } from '../../../src/core/calculator/value-formula';
import {
  arbitraryInRange,
  arbitraryLevers,
  arbitraryLocale,
  arbitraryValues,
  findBrokenValues,
  formatLike,
  PROPERTY_TIMEOUT_MS,
} from './arbitraries';

// Text a person might type into a field: well-formed numbers in or out of range, and junk.
// Text a person might type into a field: mostly well-formed numbers in range (so that whole forms
// are often accepted), sometimes numbers out of range, sometimes junk.
const arbitraryFieldText = (key: NumberInputKey, locale: string): fc.Arbitrary<string> =>
  fc.oneof(
    {
      weight: 30,
      arbitrary: fc
        .tuple(arbitraryInRange(CALCULATOR_INPUTS[key]), fc.boolean())
        .map(([value, grouping]) => formatLike(value, locale, grouping)),
    },
    {
      weight: 1,
      arbitrary: fc
        .double({ noNaN: true, noDefaultInfinity: true, min: -1e25, max: 1e25 })
        .map((value) => formatLike(value, locale)),
    },
    { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  );

describe('no NaN or Infinity for any input the validator accepts', { timeout: PROPERTY_TIMEOUT_MS }, () => {
  it('holds for the model and the scenario', () => {
    const arbitraryCase = arbitraryLocale.chain((locale) =>
      fc.record({
        locale: fc.constant(locale),
        texts: fc.record(
          Object.fromEntries(NUMBER_INPUT_KEYS.map((key) => [key, arbitraryFieldText(key, locale)])) as Record<
            NumberInputKey,
            fc.Arbitrary<string>
          >,
        ),
        currency: fc.constantFrom(...COMMON_CURRENCIES.map((currency) => currency.code)),
        levers: arbitraryLevers,
      }),
    );
    let accepted = 0;
    fc.assert(
      fc.property(arbitraryCase, ({ locale, texts, currency, levers }) => {
        const validated = validateAll(texts, locale);
        if (!validated.ok) return;
        accepted += 1;
        const comparison = compareScenarios(validated.values, levers, { locale, currency });
        expect(findBrokenValues(comparison)).toEqual([]);
      }),
      { numRuns: 200 },
    );
    // The property says nothing unless many whole forms get through validation.
    expect(accepted).toBeGreaterThan(40);
  });

  it('holds at the extremes of every range', () => {
    fc.assert(
      fc.property(fc.constantFrom('min', 'max'), arbitraryValues, arbitraryLevers, (end, values, levers) => {
        const extreme = { ...values };
        for (const key of NUMBER_INPUT_KEYS) extreme[key] = CALCULATOR_INPUTS[key][end];
        expect(findBrokenValues(compareScenarios(extreme, levers))).toEqual([]);
      }),
      { numRuns: 20 },
    );
  });

  it('holds for the actuals and the value formula', () => {
    const score = (min: number, max: number) => fc.double({ min, max, noNaN: true });
    const scores = fc.record({
      benefit: score(0, 10),
      effort: score(0, 10),
      risk: score(0, 10),
      price: score(0, 10),
      treatment: score(-5, 5),
    });
    fc.assert(
      fc.property(scores, scores, arbitraryLocale, (us, alternative, locale) => {
        expect(findBrokenValues(compareValue({ us, alternative }, locale))).toEqual([]);
        const actuals = computeActuals(
          {
            contactsPerYear: Math.round(us.benefit * 1e11),
            averageWaitMinutes: alternative.price * 60,
            accountsOpened: Math.round(us.risk * 1e9),
            activeShare: us.price * 10,
            savingsBalances: alternative.benefit * 1e12,
            holidayCost: 1 + alternative.effort * 1e6,
          },
          { locale },
        );
        expect(findBrokenValues(actuals)).toEqual([]);
      }),
    );
  });
});

describe('the model behaves as a reader expects', { timeout: PROPERTY_TIMEOUT_MS }, () => {
  const waitingInputs = ['customers', 'contactsPerCustomer', 'waitingShare', 'averageWaitMinutes'] as const;

  it('never shows less time wasted for more waiting', () => {
    fc.assert(
      fc.property(
        arbitraryValues,
        fc.constantFrom(...waitingInputs),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (values, key, share) => {
          const { max, wholeNumber } = CALCULATOR_INPUTS[key];
          const raised = values[key] + (max - values[key]) * share;
          const more = { ...values, [key]: wholeNumber ? Math.floor(raised) : raised };
          expect(computeCostOfInaction(more).waitingHours.value).toBeGreaterThanOrEqual(
            computeCostOfInaction(values).waitingHours.value,
          );
        },
      ),
    );
  });

  it('never shows less time wasted in the actuals for a longer average wait', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e9 }),
        fc.double({ min: 0, max: 600, noNaN: true }),
        fc.double({ min: 0, max: 600, noNaN: true }),
        (contacts, a, b) => {
          const base = {
            contactsPerYear: contacts,
            accountsOpened: 0,
            activeShare: 0,
            savingsBalances: 0,
            holidayCost: 1,
          };
          const shorter = computeActuals({ ...base, averageWaitMinutes: Math.min(a, b) });
          const longer = computeActuals({ ...base, averageWaitMinutes: Math.max(a, b) });
          expect(longer.timeWasted.actual.value).toBeGreaterThanOrEqual(shorter.timeWasted.actual.value);
        },
      ),
    );
  });

  it('never makes the improved scenario cost more than the status quo', () => {
    fc.assert(
      fc.property(arbitraryValues, arbitraryLevers, (values, levers) => {
        const comparison = compareScenarios(values, levers);
        for (const key of [
          'totalPerYear',
          'cumulativeTotal',
          'customerCost',
          'staffTurnoverCost',
          'waitingHours',
        ] as const) {
          const { statusQuo, improved } = comparison.differences[key];
          expect(improved, key).toBeLessThanOrEqual(statusQuo * (1 + 1e-12));
        }
        for (const row of comparison.years) {
          expect(row.total.improved).toBeLessThanOrEqual(row.total.statusQuo * (1 + 1e-12));
        }
      }),
    );
  });

  it('never costs more when every lever improves further', () => {
    fc.assert(
      fc.property(arbitraryValues, arbitraryLevers, arbitraryLevers, (values, a, b) => {
        const pick = (choose: (x: number, y: number) => number): Levers => ({
          waitingReduction: choose(a.waitingReduction, b.waitingReduction),
          serviceChurnReduction: choose(a.serviceChurnReduction, b.serviceChurnReduction),
          staffTurnoverReduction: choose(a.staffTurnoverReduction, b.staffTurnoverReduction),
          failureDemandReduction: choose(a.failureDemandReduction, b.failureDemandReduction),
        });
        const bigger = pick(Math.max);
        const smaller = pick(Math.min);
        const more = computeCostOfInaction(values, { levers: bigger }).cumulativeTotal.value;
        const less = computeCostOfInaction(values, { levers: smaller }).cumulativeTotal.value;
        expect(more).toBeLessThanOrEqual(less * (1 + 1e-12));
      }),
    );
  });
});
