import { describe, expect, it } from 'vitest';
import { computeActuals, validateActuals, type ActualsValues } from '../../../src/core/calculator/actuals';

const values: ActualsValues = {
  contactsPerYear: 60_000,
  averageWaitMinutes: 5,
  accountsOpened: 5000,
  activeShare: 60,
  savingsBalances: 50_000_000,
  holidayCost: 1500,
};

describe('computeActuals, hand-computed', () => {
  const actuals = computeActuals(values, { locale: 'en-GB', currency: 'EUR' });

  it('turns an average wait into human time wasted', () => {
    expect(actuals.timeWasted.actual.value).toBe(5000); // 60,000 × 5 ÷ 60
    expect(actuals.timeWasted.actual.formula).toBe('60,000 contacts × 5 minutes average wait ÷ 60 = 5,000 hours');
    expect(actuals.timeWasted.humanTerms).toBe('about 2.9 working years'); // 5,000 ÷ 1,720
    expect(actuals.timeWasted.livesWasted.value).toBeCloseTo(5000 / 701_280, 12);
    expect(actuals.timeWasted.average.text).toBe('5 minutes');
  });

  it('turns accounts opened into relationships started', () => {
    expect(actuals.relationshipsStarted.actual.value).toBe(3000); // 5,000 × 60%
    expect(actuals.relationshipsStarted.actual.formula).toBe(
      '5,000 accounts opened × 60% still active and in touch after 12 months = 3,000 relationships started',
    );
  });

  it('turns savings balances into customer holidays', () => {
    expect(actuals.customerHolidays.actual.value).toBeCloseTo(33_333.333, 3); // 50,000,000 ÷ 1,500
    expect(actuals.customerHolidays.actual.formula).toBe(
      '€50,000,000 held ÷ €1,500 for a typical holiday = 33,333 holidays',
    );
  });

  it('cites the review every pair comes from', () => {
    expect(actuals.timeWasted.source).toBe('immink-human-experience');
    expect(actuals.customerHolidays.source).toBe('immink-human-experience');
  });

  it('never divides by a zero holiday cost, even unvalidated', () => {
    const result = computeActuals({ ...values, holidayCost: 0 });
    expect(Number.isFinite(result.customerHolidays.actual.value)).toBe(true);
  });
});

describe('validateActuals', () => {
  it('reads the reader’s numbers and refuses a free holiday', () => {
    const ok = validateActuals({ contactsPerYear: '1.000', activeShare: '45 %' }, 'de-DE');
    expect(ok.ok && ok.values.contactsPerYear).toBe(1000);
    expect(ok.ok && ok.values.activeShare).toBe(45);
    expect(validateActuals({ holidayCost: '0' }, 'en-GB')).toEqual({
      ok: false,
      errors: [
        {
          key: 'holidayCost',
          message: '“Cost of a typical holiday” is too small. Enter a number between 1 and 10,000,000.',
        },
      ],
    });
  });
});
