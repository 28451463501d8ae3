// Failure demand (issue 21): contacts caused by an earlier failure. They are part of the contacts, so
// they add to no total; at 0 every figure is today's; cutting them only ever helps; and links and
// saved copies made before they existed open with none.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCalculatorState, encodeCalculatorState } from '../../../src/core/calculator/fragment';
import type { CalculatorValues } from '../../../src/core/calculator/inputs';
import { LEVER_INPUTS, type Levers } from '../../../src/core/calculator/levers';
import { computeCostOfInaction, type FigureKey } from '../../../src/core/calculator/model';
import { compareScenarios } from '../../../src/core/calculator/scenario';
import { getDefaultValues } from '../../../src/core/calculator/inputs';
import { validateInput } from '../../../src/core/calculator/validate';
import { arbitraryLevers, arbitraryState, arbitraryValues, findBrokenValues, PROPERTY_TIMEOUT_MS } from './arbitraries';

const FAILURE_KEYS = [
  'failureContacts',
  'failureWaitingHours',
  'failureHandlingHours',
  'failureHandlingWorkingYears',
] as const satisfies readonly FigureKey[];

const withoutFailure = (values: CalculatorValues): CalculatorValues => ({ ...values, failureDemandShare: 0 });

describe('failure demand in the model', () => {
  it('splits today’s figures for the defaults: 30% of 60,000 contacts', () => {
    const values = { ...getDefaultValues(), failureDemandShare: 30 };
    const result = computeCostOfInaction(values, { locale: 'en-GB', currency: 'EUR' });
    expect(result.failureContacts.value).toBeCloseTo(18_000, 9);
    expect(result.failureWaitingHours.value).toBeCloseTo(1440, 9); // 18,000 × 60% × 8 ÷ 60
    expect(result.failureHandlingHours.value).toBeCloseTo(2100, 9); // 18,000 × 7 ÷ 60
    expect(result.failureHandlingWorkingYears.value).toBeCloseTo(2100 / 1720, 9);
    expect(result.failureContacts.formula).toBe(
      '20,000 customers × 3 contacts a year × 30% caused by an earlier failure = 18,000 contacts',
    );
    expect(result.failureContacts.source).toBe('seddon-failure-demand');
    // Part of the contacts, so no total moves.
    const today = computeCostOfInaction(getDefaultValues(), { locale: 'en-GB', currency: 'EUR' });
    expect(result.waitingHours.value).toBe(today.waitingHours.value);
    expect(result.totalPerYear.value).toBe(today.totalPerYear.value);
  });

  it('removes the contacts a cut takes away, and their waiting and handling, from the improved scenario', () => {
    const values = { ...getDefaultValues(), failureDemandShare: 30 };
    const levers: Levers = {
      waitingReduction: 0,
      serviceChurnReduction: 0,
      staffTurnoverReduction: 0,
      failureDemandReduction: 50,
    };
    const { improved, differences, summary } = compareScenarios(values, levers, { locale: 'en-GB' });
    expect(improved.contacts.value).toBeCloseTo(51_000, 9); // 60,000 − 18,000 × 50%
    expect(improved.failureContacts.value).toBeCloseTo(9000, 9);
    expect(differences.waitingHours.saving).toBeCloseTo(720, 9); // 9,000 × 60% × 8 ÷ 60
    expect(differences.handlingHours.saving).toBeCloseTo(1050, 9); // 9,000 × 7 ÷ 60
    expect(differences.totalPerYear.saving).toBe(0);
    expect(improved.contacts.formula).toContain('left once failure demand is cut by 50%');
    expect(summary).toContain('Cutting failure demand removes 9,000 contacts and 1,050 hours of handling a year');
  });

  it(
    'gives finite, unbroken figures for every valid input with failure demand',
    () => {
      fc.assert(
        fc.property(arbitraryValues, arbitraryLevers, (values, levers) => {
          const comparison = compareScenarios(values, levers, { locale: 'en-GB', currency: 'EUR' });
          expect(findBrokenValues(comparison)).toEqual([]);
        }),
        { numRuns: 150 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'gives exactly today’s figures when there is no failure demand, whatever its cut',
    () => {
      fc.assert(
        fc.property(arbitraryValues, arbitraryLevers, (raw, levers) => {
          const values = withoutFailure(raw);
          const uncut = computeCostOfInaction(values, { levers: { ...levers, failureDemandReduction: 0 } });
          const cut = computeCostOfInaction(values, { levers });
          // Today's sums, written out: the contacts and the waiting as the calculator had them.
          const contacts = values.customers * values.contactsPerCustomer;
          expect(cut.contacts.value).toBe(contacts);
          expect(cut.waitingHours.value).toBe(
            (contacts * (values.waitingShare / 100) * values.averageWaitMinutes * (1 - levers.waitingReduction / 100)) /
              60,
          );
          expect(cut.contacts.formula).not.toContain('failure');
          // Every figure that existed before failure demand, value and words, is the same.
          const today = (result: typeof cut) =>
            Object.fromEntries(
              Object.entries(result).filter(([key]) => key !== 'levers' && !key.startsWith('failure')),
            );
          expect(today(cut)).toEqual(today(uncut));
          for (const key of FAILURE_KEYS) expect(cut[key].value).toBe(0);
        }),
        { numRuns: 150 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'never makes the improved scenario worse for a bigger cut, and never moves a money total',
    () => {
      fc.assert(
        fc.property(
          arbitraryValues,
          arbitraryLevers,
          fc.double({ min: 0, max: 100, noNaN: true }),
          (values, levers, more) => {
            const bigger = Math.max(levers.failureDemandReduction, more);
            const a = computeCostOfInaction(values, { levers });
            const b = computeCostOfInaction(values, { levers: { ...levers, failureDemandReduction: bigger } });
            const slack = (x: number) => x * (1 + 1e-12) + 1e-9;
            for (const key of ['contacts', 'waitingHours', 'handlingHours', ...FAILURE_KEYS] as const) {
              expect(b[key].value).toBeLessThanOrEqual(slack(a[key].value));
            }
            expect(b.totalPerYear.value).toBe(a.totalPerYear.value);
            expect(b.cumulativeTotal.value).toBe(a.cumulativeTotal.value);
          },
        ),
        { numRuns: 150 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'shows a part of the waiting and handling, never more than all of it',
    () => {
      fc.assert(
        fc.property(arbitraryValues, arbitraryLevers, (values, levers) => {
          const result = computeCostOfInaction(values, { levers });
          const slack = (x: number) => x * (1 + 1e-12) + 1e-9;
          expect(result.failureContacts.value).toBeLessThanOrEqual(slack(result.contacts.value));
          expect(result.failureWaitingHours.value).toBeLessThanOrEqual(slack(result.waitingHours.value));
          expect(result.failureHandlingHours.value).toBeLessThanOrEqual(slack(result.handlingHours.value));
        }),
        { numRuns: 150 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});

describe('failure demand in links', () => {
  it(
    'opens a link written before failure demand (version 1) with none, and the same figures',
    () => {
      fc.assert(
        fc.property(arbitraryState, (generated) => {
          const state = { ...generated, values: withoutFailure(generated.values) };
          // The same state as a version 1 link: no fd, no fdc.
          const v1 = encodeCalculatorState(state)
            .replace('v=2', 'v=1')
            .replace(/&fd=[^&]*/, '')
            .replace(/&fdc=[^&]*/, '');
          const decoded = decodeCalculatorState(v1);
          expect(decoded.notice).toBeUndefined();
          expect(decoded.state.values).toEqual(state.values);
          expect(decoded.state.levers).toEqual({
            ...state.levers,
            failureDemandReduction: LEVER_INPUTS.failureDemandReduction.default,
          });
          const before = compareScenarios(state.values, state.levers, state);
          const after = compareScenarios(decoded.state.values, decoded.state.levers, decoded.state);
          expect(after.statusQuo.cumulativeTotal.text).toBe(before.statusQuo.cumulativeTotal.text);
          expect(after.improved.cumulativeTotal.text).toBe(before.improved.cumulativeTotal.text);
          expect(after.summary).toBe(before.summary);
        }),
        { numRuns: 100 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'reads back the failure demand and its cut that it wrote',
    () => {
      fc.assert(
        fc.property(arbitraryState, (state) => {
          const decoded = decodeCalculatorState(encodeCalculatorState(state));
          expect(decoded.state.values.failureDemandShare).toBe(state.values.failureDemandShare);
          expect(decoded.state.levers.failureDemandReduction).toBe(state.levers.failureDemandReduction);
        }),
        { numRuns: 100 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it('keeps a failure demand it cannot use as written, with its message', () => {
    const decoded = decodeCalculatorState(
      encodeCalculatorState({ ...arbitraryDefaults(), drafts: { failureDemandShare: '35 %%' } }),
    );
    expect(decoded.state.drafts?.failureDemandShare).toBe('35 %%');
    expect(decoded.notice).toContain('Share of contacts caused by an earlier failure');
  });
});

function arbitraryDefaults() {
  return decodeCalculatorState('').state;
}

describe('failure demand as typed', () => {
  it.each([
    ['35', 35],
    ['35 %', 35],
    ['35%', 35],
    ['0', 0],
    ['100', 100],
  ])('reads %s', (text, value) => {
    expect(validateInput('failureDemandShare', text, 'en-GB')).toEqual({ ok: true, value });
  });

  it.each(['', 'abc', '-5', '101', '1e309'])('refuses %s with a sentence naming the field', (text) => {
    const result = validateInput('failureDemandShare', text, 'en-GB');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/Share of contacts caused by an earlier failure/);
  });
});
