// Break-even and payback (issue 21): when an improvement's costs are paid back by what it saves,
// what it returns over the horizon and the most it is worth spending up front.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFormatter } from '../../../src/core/calculator/figures';
import { decodeCalculatorState, encodeCalculatorState } from '../../../src/core/calculator/fragment';
import { MONEY_MAX } from '../../../src/core/calculator/inputs';
import {
  hasInvestment,
  INVESTMENT_KEYS,
  NO_INVESTMENT,
  validateInvestment,
  withInvestmentCost,
} from '../../../src/core/calculator/investment';
import {
  analysePayback,
  describePayback,
  paybackFigures,
  paybackOrder,
  type Payback,
} from '../../../src/core/calculator/payback';
import { compareScenarios } from '../../../src/core/calculator/scenario';
import { calculatorStateFormat } from '../../../src/core/calculator/state-format';
import { decodeVersioned, encodeVersioned } from '../../../src/core/versioned';
import { arbitraryLevers, arbitraryState, arbitraryValues, findBrokenValues, PROPERTY_TIMEOUT_MS } from './arbitraries';

const f = createFormatter({ locale: 'en-GB', currency: 'EUR' });

/** Any amount a cost field accepts, zero included (and often: no cost is the usual case). */
const arbitraryCost = fc.oneof(
  fc.constant(0),
  fc.double({ min: 0, max: MONEY_MAX, noNaN: true }).map((value) => value + 0),
  fc.integer({ min: 0, max: 1_000_000 }),
);
const arbitraryInvestment = fc.record({ oneOffCost: arbitraryCost, yearlyCost: arbitraryCost });
/** Yearly savings, as the scenario gives them: at least zero, one per year of a 1 to 20 year horizon. */
const arbitrarySavings = fc.array(
  fc.oneof(fc.double({ min: 0, max: 1e12, noNaN: true }), fc.integer({ min: 0, max: 2_000_000 })),
  { minLength: 1, maxLength: 20 },
);

/** Every number and every word of a payback, for the broken-value check. */
function everything(payback: Payback) {
  return { payback, sentence: describePayback(payback, f), figures: paybackFigures(payback, f) };
}

describe('analysePayback', () => {
  it('pays back within the first year when a year’s saving beats the one-off cost', () => {
    const payback = analysePayback({ oneOffCost: 100, yearlyCost: 0 }, [120, 120, 120]);
    expect(payback.point).toEqual({ kind: 'month', month: 10 });
    expect(describePayback(payback, f)).toBe(
      'Pays back within the first year: after about 10 months; over 3 years it returns €360 for €100 spent.',
    );
  });

  it('counts months across years, savings and the yearly cost spread evenly over each year', () => {
    // Net 250k, 300k, 350k a year; 150k still to recover after year 1, half of year 2's net.
    const payback = analysePayback({ oneOffCost: 400_000, yearlyCost: 50_000 }, [300_000, 350_000, 400_000]);
    expect(payback.point).toEqual({ kind: 'month', month: 18 });
    expect(payback.years.map((row) => row.cumulativeNet)).toEqual([-150_000, 150_000, 500_000]);
    expect(payback.years.map((row) => row.cost)).toEqual([450_000, 50_000, 50_000]);
    expect(payback.totalCost).toBe(550_000);
    expect(payback.netBenefit).toBe(500_000);
    expect(payback.maxOneOff).toBe(900_000);
    expect(describePayback(payback, f)).toBe(
      'Pays back in month 18 (year 2); over 3 years it returns €1,050,000 for €550,000 spent.',
    );
    const figures = paybackFigures(payback, f);
    expect(figures.totalSaving.formula).toBe('€300,000 + €350,000 + €400,000 = €1,050,000 saved over 3 years');
    expect(figures.totalCost.formula).toBe('€400,000 up front + 3 × €50,000 a year = €550,000 spent over 3 years');
    expect(figures.netBenefit.formula).toBe('€1,050,000 saved − €550,000 spent = €500,000');
    expect(figures.maxOneOff.formula).toBe('€1,050,000 saved − 3 × €50,000 a year = €900,000');
  });

  it('with nothing up front and savings above the yearly cost, pays back from the start', () => {
    const payback = analysePayback({ oneOffCost: 0, yearlyCost: 10 }, [50, 50]);
    expect(payback.point).toEqual({ kind: 'month', month: 0 });
    expect(describePayback(payback, f)).toMatch(/^Pays back from the start/);
  });

  it('says when it does not pay back within the horizon, and why', () => {
    const slow = analysePayback({ oneOffCost: 1000, yearlyCost: 0 }, [100, 100]);
    expect(slow.point).toEqual({ kind: 'never' });
    expect(describePayback(slow, f)).toBe(
      'Does not pay back within the 2-year horizon; over 2 years it returns €200 for €1,000 spent. It is still €800 short at the end of year 2, so it would take longer.',
    );
    const costly = analysePayback({ oneOffCost: 0, yearlyCost: 100 }, [100]);
    expect(costly.point).toEqual({ kind: 'never' });
    expect(describePayback(costly, f)).toBe(
      'Does not pay back within the one-year horizon; over one year it returns €100 for €100 spent. The savings never run ahead of what it costs.',
    );
  });

  it('with no cost, has nothing to pay back and is worth what it saves', () => {
    const payback = analysePayback({ oneOffCost: 0, yearlyCost: 0 }, [10, 20]);
    expect(payback.point).toEqual({ kind: 'no-cost' });
    expect(payback.maxOneOff).toBe(30);
    expect(describePayback(payback, f)).toBe(
      'With no cost entered, there is nothing to pay back: over 2 years these improvements save €30. Enter what they would cost to see when they pay back.',
    );
  });

  it('stays finite for the largest amounts the fields accept', () => {
    const payback = analysePayback({ oneOffCost: MONEY_MAX, yearlyCost: MONEY_MAX }, Array(20).fill(1e19));
    expect(findBrokenValues(everything(payback))).toEqual([]);
    expect(payback.point).toEqual({ kind: 'month', month: 1 });
  });

  it(
    'is finite for every valid input, from the scenario’s own savings',
    () => {
      fc.assert(
        fc.property(arbitraryValues, arbitraryLevers, arbitraryInvestment, (values, levers, investment) => {
          const savings = compareScenarios(values, levers).years.map((row) => row.total.saving);
          const payback = analysePayback(investment, savings);
          expect(payback.years).toHaveLength(values.horizonYears);
          expect(findBrokenValues(everything(payback))).toEqual([]);
        }),
        { numRuns: 150 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it('pays back at once when nothing is spent', () => {
    fc.assert(
      fc.property(arbitrarySavings, (savings) => {
        const payback = analysePayback({ oneOffCost: 0, yearlyCost: 0 }, savings);
        expect(payback.point).toEqual({ kind: 'no-cost' });
        expect(paybackOrder(payback.point)).toBe(0);
        expect(payback.maxOneOff).toBe(payback.totalSaving);
      }),
    );
  });

  it('never pays back earlier when a cost rises', () => {
    fc.assert(
      fc.property(
        arbitrarySavings,
        arbitraryInvestment,
        arbitraryCost,
        arbitraryCost,
        (savings, base, more, moreYearly) => {
          const cheaper = analysePayback(base, savings);
          const dearer = analysePayback(
            { oneOffCost: base.oneOffCost + more, yearlyCost: base.yearlyCost + moreYearly },
            savings,
          );
          expect(paybackOrder(dearer.point)).toBeGreaterThanOrEqual(paybackOrder(cheaper.point));
          expect(dearer.netBenefit).toBeLessThanOrEqual(cheaper.netBenefit);
        },
      ),
    );
  });

  it('never pays back when the savings are at most the yearly cost and something is spent', () => {
    fc.assert(
      fc.property(arbitrarySavings, arbitraryCost, (savings, oneOffCost) => {
        const yearlyCost = Math.max(...savings);
        fc.pre(yearlyCost > 0 || oneOffCost > 0);
        expect(analysePayback({ oneOffCost, yearlyCost }, savings).point).toEqual({ kind: 'never' });
      }),
    );
  });

  it('spending the most worth spending up front gives a net benefit of exactly zero over the horizon', () => {
    fc.assert(
      fc.property(arbitrarySavings, arbitraryCost, (savings, yearlyCost) => {
        const { maxOneOff } = analysePayback({ oneOffCost: 0, yearlyCost }, savings);
        fc.pre(maxOneOff > 0);
        const atBreakEven = analysePayback({ oneOffCost: maxOneOff, yearlyCost }, savings);
        expect(atBreakEven.netBenefit).toBe(0);
        expect(atBreakEven.years.at(-1)?.cumulativeNet).toBe(0);
        expect(atBreakEven.maxOneOff).toBe(maxOneOff);
        // Exactly at break-even it pays back by the horizon's last month; a cent more and it does not.
        expect(atBreakEven.point.kind).toBe('month');
        const over = analysePayback({ oneOffCost: maxOneOff * (1 + 1e-9) + 0.01, yearlyCost }, savings);
        expect(over.point).toEqual({ kind: 'never' });
      }),
    );
  });
});

describe('the cost fields', () => {
  it('read an empty field as no cost, and anything else like the other amounts of money', () => {
    for (const key of INVESTMENT_KEYS) {
      expect(validateInvestment(key, '', 'en-GB')).toEqual({ ok: true, value: 0 });
      expect(validateInvestment(key, '  ', 'en-GB')).toEqual({ ok: true, value: 0 });
      expect(validateInvestment(key, '250,000', 'en-GB')).toEqual({ ok: true, value: 250_000 });
      expect(validateInvestment(key, '250 000,5', 'fr-FR')).toEqual({ ok: true, value: 250_000.5 });
    }
    const refused = ['€ 250,000', '-5', 'abc', '2000000000', '1e309'].map((text) =>
      validateInvestment('oneOffCost', text, 'en-GB'),
    );
    expect(refused.map((result) => (result.ok ? 'ok' : result.message))).toEqual([
      '“One-off cost of the improvement” is not a number. Use digits only, for example 1,234.5. It must be between 0 and 1,000,000,000.',
      '“One-off cost of the improvement” is too small. Enter a number between 0 and 1,000,000,000.',
      '“One-off cost of the improvement” is not a number. Use digits only, for example 1,234.5. It must be between 0 and 1,000,000,000.',
      '“One-off cost of the improvement” is too large. Enter a number between 0 and 1,000,000,000.',
      '“One-off cost of the improvement” is not a number. Use digits only, for example 1,234.5. It must be between 0 and 1,000,000,000.',
    ]);
  });

  it('keep no investment at all while both costs are zero', () => {
    expect(withInvestmentCost(undefined, 'oneOffCost', 0)).toBeUndefined();
    expect(withInvestmentCost(undefined, 'yearlyCost', 5)).toEqual({ oneOffCost: 0, yearlyCost: 5 });
    expect(withInvestmentCost({ oneOffCost: 0, yearlyCost: 5 }, 'yearlyCost', 0)).toBeUndefined();
  });
});

describe('the costs in the link and the saved copy', () => {
  // Links and a saved copy as the calculator wrote them before it had costs.
  const OLD_LINKS = [
    'v=1&c=20000&cpc=3&ws=60&aw=8&ht=7&ch=15&sc=37&val=250&ac=300&mul=6.5&kc=50&hc=40&st=30&rc=8000&h=5&vb=margin&am=multiple&lv=lost-value&cur=EUR&lc=en-GB&imp=20,30,10',
    'v=1&c=12345&cpc=2.5&ws=45&aw=12&ht=6&ch=18&sc=40&val=410&ac=410&mul=5&kc=60&hc=25&st=22&rc=6500&h=3&vb=revenue&am=amount&lv=replacement&cur=GBP&lc=de-DE&imp=40,30,10',
    'v=1&c=20000&cpc=3&rg=c,15000,30000,hc,40,60',
    'v=1&c=1e309&cpc=12%2C5&imp=abc,30,10',
  ];
  const OLD_SAVED =
    '{"kind":"accueil.cost-of-inaction","version":1,"data":{"values":{"customers":20000,"contactsPerCustomer":3,"waitingShare":60,"averageWaitMinutes":8,"handlingMinutes":7,"annualChurn":15,"serviceChurnShare":37,"valuePerCustomer":250,"acquisitionCost":300,"acquisitionMultiple":6.5,"retentionCost":50,"headcount":40,"staffTurnover":30,"replacementCost":8000,"horizonYears":3,"valueBasis":"margin","acquisitionMode":"multiple","lostCustomerView":"lost-value"},"levers":{"waitingReduction":20,"serviceChurnReduction":30,"staffTurnoverReduction":10},"currency":"EUR","locale":"en-GB"}}';

  it('opens links made before costs existed with no cost, the same figures, and writes them back unchanged', () => {
    for (const link of OLD_LINKS) {
      const { state, notice } = decodeCalculatorState(`#${link}`);
      expect(state.investment).toBeUndefined();
      expect(notice ?? '').not.toContain('Cost of the improvement');
      const again = decodeCalculatorState(`#${encodeCalculatorState(state)}`);
      expect(encodeCalculatorState(state)).not.toContain('inv=');
      expect(again.state).toEqual(state);
      if (state.drafts) continue;
      const savings = compareScenarios(state.values, state.levers).years.map((row) => row.total.saving);
      expect(analysePayback(NO_INVESTMENT, savings).point).toEqual({ kind: 'no-cost' });
    }
  });

  it('opens a copy saved before costs existed as it was', () => {
    const decoded = decodeVersioned(calculatorStateFormat, OLD_SAVED);
    expect(decoded.status).toBe('ok');
    if (decoded.status !== 'ok') return;
    expect(decoded.value.investment).toBeUndefined();
    expect(decoded.value.values.horizonYears).toBe(3);
  });

  it(
    'carries the costs in the link and the saved copy, exactly',
    () => {
      fc.assert(
        fc.property(arbitraryState, arbitraryInvestment, (base, investment) => {
          const state = hasInvestment(investment) ? { ...base, investment } : base;
          const link = encodeCalculatorState(state);
          expect(link.includes('&inv=')).toBe(hasInvestment(investment));
          const decoded = decodeCalculatorState(`#${link}`);
          expect(decoded.notice).toBeUndefined();
          expect(decoded.state).toEqual(state);
          const saved = decodeVersioned(calculatorStateFormat, encodeVersioned(calculatorStateFormat, state));
          expect(saved).toEqual({ status: 'ok', value: state });
        }),
        { numRuns: 100 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it('keeps a cost that cannot be used as written, with its message, and refuses a malformed list', () => {
    const drafted = decodeCalculatorState('#v=1&c=5000&inv=%E2%82%AC%20250%252C000,50000');
    expect(drafted.state.drafts).toEqual({ oneOffCost: '€ 250,000' });
    expect(drafted.state.investment).toEqual({ oneOffCost: 0, yearlyCost: 50_000 });
    expect(drafted.notice).toContain('shown as written for you to fix: One-off cost of the improvement');
    expect(decodeCalculatorState(`#${encodeCalculatorState(drafted.state)}`).state).toEqual(drafted.state);

    const french = decodeCalculatorState('#v=1&lc=fr-FR&inv=12%252C5,0');
    expect(french.state.investment).toEqual({ oneOffCost: 12.5, yearlyCost: 0 });
    expect(french.state.drafts).toBeUndefined();

    for (const hostile of ['inv=5', 'inv=1,2,3', 'inv=-5,0', 'inv=2e9,0']) {
      const decoded = decodeCalculatorState(`#v=1&c=5000&${hostile}`);
      expect(decoded.notice ?? '', hostile).toMatch(/Cost of the improvement|One-off cost of the improvement/);
      expect(findBrokenValues(decoded.state), hostile).toEqual([]);
    }
  });
});
