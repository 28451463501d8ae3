import { describe, expect, it } from 'vitest';
import { getDefaultValues, type CalculatorValues } from '../../../src/core/calculator/inputs';
import { computeCostOfInaction } from '../../../src/core/calculator/model';

// Defaults: 20,000 customers, 3 contacts, 60% wait 8 min, 7 min handling, 15% churn of which 37%
// over service, €250 margin, 6.5 × €50 to win one, 40 people, 30% leave, €8,000 each, 5 years.
const defaults = getDefaultValues();
const small: CalculatorValues = {
  ...defaults,
  customers: 1000,
  contactsPerCustomer: 2,
  waitingShare: 50,
  averageWaitMinutes: 3,
  handlingMinutes: 6,
  annualChurn: 10,
  serviceChurnShare: 50,
  valuePerCustomer: 100,
  valueBasis: 'revenue',
  acquisitionMode: 'amount',
  acquisitionCost: 200,
  headcount: 5,
  staffTurnover: 20,
  replacementCost: 3000,
  horizonYears: 1,
};

describe('computeCostOfInaction, one year, hand-computed', () => {
  it.each([
    // [name, values, key, expected value]
    ['defaults', defaults, 'contacts', 60_000], // 20,000 × 3
    ['defaults', defaults, 'waitingHours', 4800], // 20,000 × 3 × 0.6 × 8 ÷ 60
    ['defaults', defaults, 'waitingDays', 200], // 4,800 ÷ 24
    ['defaults', defaults, 'waitingWorkingYears', 4800 / 1720],
    ['defaults', defaults, 'waitingLifetimes', 4800 / 701_280], // 80 × 365.25 × 24 hours
    ['defaults', defaults, 'waitingLifetimesOnHold', 4800 / 1032], // 43 × 24 hours
    ['defaults', defaults, 'handlingHours', 7000], // 60,000 × 7 ÷ 60
    ['defaults', defaults, 'customersLost', 1110], // 20,000 × 0.15 × 0.37
    ['defaults', defaults, 'valueLost', 277_500], // 1,110 × 250
    ['defaults', defaults, 'acquisitionCostPerCustomer', 325], // 6.5 × 50
    ['defaults', defaults, 'replacementCost', 360_750], // 1,110 × 325
    ['defaults', defaults, 'staffLeavers', 12], // 40 × 0.3
    ['defaults', defaults, 'staffTurnoverCost', 96_000], // 12 × 8,000
    ['defaults', defaults, 'totalPerYear', 373_500], // 277,500 + 96,000
    ['small', small, 'waitingHours', 50], // 1,000 × 2 × 0.5 × 3 ÷ 60
    ['small', small, 'customersLost', 50], // 1,000 × 0.1 × 0.5
    ['small', small, 'valueLost', 5000], // 50 × 100
    ['small', small, 'acquisitionCostPerCustomer', 200], // as entered
    ['small', small, 'replacementCost', 10_000], // 50 × 200
    ['small', small, 'staffTurnoverCost', 3000], // 5 × 0.2 × 3,000
    ['small', small, 'totalPerYear', 8000], // 5,000 + 3,000
    ['small', small, 'cumulativeTotal', 8000], // one year
  ] as const)('%s: %s is %d', (_name, values, key, expected) => {
    expect(computeCostOfInaction(values)[key].value).toBeCloseTo(expected, 6);
  });

  it('counts the replacement cost instead of the lost value when asked, never both', () => {
    const result = computeCostOfInaction({ ...defaults, lostCustomerView: 'replacement' });
    expect(result.customerCost.value).toBe(360_750);
    expect(result.totalPerYear.value).toBe(360_750 + 96_000);
    expect(result.customerCostLabel).toBe('Cost of replacing lost customers');
  });

  it('applies levers as cuts: 20% less waiting, 30% fewer service leavers, 10% fewer staff leavers', () => {
    const result = computeCostOfInaction(defaults, {
      levers: {
        waitingReduction: 20,
        serviceChurnReduction: 30,
        staffTurnoverReduction: 10,
        failureDemandReduction: 0,
      },
    });
    expect(result.waitingHours.value).toBeCloseTo(3840, 9); // 4,800 × 0.8
    expect(result.customersLost.value).toBeCloseTo(777, 9); // 1,110 × 0.7
    expect(result.staffTurnoverCost.value).toBeCloseTo(86_400, 9); // 12 × 0.9 × 8,000
    expect(result.totalPerYear.value).toBeCloseTo(280_650, 9); // 777 × 250 + 86,400
  });
});

describe('formula text', () => {
  it('writes each sum with the reader’s numbers, in British English', () => {
    const result = computeCostOfInaction(defaults, { locale: 'en-GB', currency: 'EUR' });
    expect(result.waitingHours.formula).toBe(
      '20,000 customers × 3 contacts a year × 60% that wait × 8 minutes ÷ 60 = 4,800 hours',
    );
    expect(result.waitingWorkingYears.formula).toBe('4,800 hours ÷ 1,720 hours in a working year = 2.8 working years');
    expect(result.customersLost.formula).toBe(
      '20,000 customers × 15% who leave each year × 37% of them over poor service = 1,110 customers',
    );
    expect(result.valueLost.formula).toBe('1,110 customers × €250 margin a year = €277,500');
    expect(result.acquisitionCostPerCustomer.formula).toBe('6.5 × €50 to keep a customer for a year = €325');
    expect(result.staffTurnoverCost.formula).toBe('12 people × €8,000 to replace each = €96,000');
    expect(result.totalPerYear.formula).toBe('€277,500 margin lost + €96,000 staff turnover = €373,500');
    expect(result.waitingInHumanTerms).toBe('about 2.8 working years');
  });

  it('writes the same sums in German number format and another currency', () => {
    const result = computeCostOfInaction(defaults, { locale: 'de-DE', currency: 'CHF' });
    expect(result.waitingHours.formula).toBe(
      '20.000 customers × 3 contacts a year × 60\u00A0% that wait × 8 minutes ÷ 60 = 4.800 hours',
    );
    expect(result.valueLost.text).toBe('277.500\u00A0CHF');
  });

  it('shows each lever’s cut inside the formula', () => {
    const result = computeCostOfInaction(defaults, {
      locale: 'en-GB',
      levers: { waitingReduction: 20, serviceChurnReduction: 0, staffTurnoverReduction: 0, failureDemandReduction: 0 },
    });
    expect(result.waitingHours.formula).toBe(
      '20,000 customers × 3 contacts a year × 60% that wait × 8 minutes × 80% (waiting cut by 20%) ÷ 60 = 3,840 hours',
    );
  });

  it('cites a source only while the sourced default is in use', () => {
    expect(computeCostOfInaction(defaults).customersLost.source).toBe('jd-power-2010');
    expect(computeCostOfInaction({ ...defaults, serviceChurnShare: 50 }).customersLost.source).toBeUndefined();
    expect(computeCostOfInaction(defaults).acquisitionCostPerCustomer.source).toBe('acquisition-cost-multiple');
    expect(computeCostOfInaction(defaults).waitingLifetimesOnHold.source).toBe('sills-43-days');
  });

  it('falls back to en-GB and EUR when the locale or currency is unusable', () => {
    const result = computeCostOfInaction(defaults, { locale: '!!', currency: 'euro' });
    expect(result.valueLost.text).toBe('€277,500');
  });
});

describe('out-of-range values', () => {
  it('are clamped so the results stay finite', () => {
    const wild = {
      ...defaults,
      customers: Number.POSITIVE_INFINITY,
      averageWaitMinutes: Number.NaN,
      horizonYears: 400,
    };
    const result = computeCostOfInaction(wild);
    expect(result.values.customers).toBe(20_000);
    expect(result.values.averageWaitMinutes).toBe(8);
    expect(result.years).toHaveLength(20);
  });
});
