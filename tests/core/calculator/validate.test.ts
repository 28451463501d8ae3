import { describe, expect, it } from 'vitest';
import { CALCULATOR_INPUTS, NUMBER_INPUT_KEYS } from '../../../src/core/calculator/inputs';
import { validateAll, validateChoice, validateInput } from '../../../src/core/calculator/validate';

describe('validateInput', () => {
  it.each([
    ['customers', '10,000', 'en-GB', 10_000],
    ['customers', '10.000', 'de-DE', 10_000],
    ['customers', '10000000000', 'en-GB', 1e10],
    ['waitingShare', '60%', 'en-GB', 60],
    ['waitingShare', '12,5 %', 'de-DE', 12.5],
    ['averageWaitMinutes', '7.5', 'en-GB', 7.5],
    ['staffTurnover', '150', 'en-GB', 150],
    ['horizonYears', '20', 'en-GB', 20],
    ['acquisitionMultiple', '6,5', 'fr-FR', 6.5],
  ] as const)('accepts %s = %j in %s', (key, text, locale, expected) => {
    expect(validateInput(key, text, locale)).toEqual({ ok: true, value: expected });
  });

  it.each([
    [
      'customers',
      '100000000000000000000',
      'en-GB',
      '“Customers” is too large. Enter a number between 1 and 10,000,000,000.',
    ],
    ['customers', '0', 'en-GB', '“Customers” is too small. Enter a number between 1 and 10,000,000,000.'],
    ['customers', '12.5', 'en-GB', '“Customers” must be a whole number, for example 13.'],
    [
      'customers',
      '',
      'en-GB',
      '“Customers” is empty. Enter a number, for example 1,234.5. It must be between 1 and 10,000,000,000.',
    ],
    [
      'customers',
      'lots',
      'de-DE',
      '“Customers” is not a number. Use digits only, for example 1.234,5. It must be between 1 and 10.000.000.000.',
    ],
    [
      'waitingShare',
      '120',
      'de-DE',
      '“Share of contacts that wait” is too large. Enter a number between 0\u00A0% and 100\u00A0%.',
    ],
    [
      'averageWaitMinutes',
      '8%',
      'en-GB',
      '“Average wait (minutes)” is not a percentage, so leave out the % sign. It must be between 0 minutes and 600 minutes.',
    ],
    [
      'averageWaitMinutes',
      '601',
      'en-GB',
      '“Average wait (minutes)” is too large. Enter a number between 0 minutes and 600 minutes.',
    ],
    ['horizonYears', '0', 'en-GB', '“Years to look ahead” is too small. Enter a number between 1 year and 20 years.'],
    ['horizonYears', '21', 'en-GB', '“Years to look ahead” is too large. Enter a number between 1 year and 20 years.'],
    [
      'acquisitionMultiple',
      '-1',
      'en-GB',
      '“Winning a customer costs this many times keeping one” is too small. Enter a number between 0 times and 100 times.',
    ],
    [
      'valuePerCustomer',
      '2000000000',
      'en-GB',
      '“Value of one customer per year” is too large. Enter a number between 0 and 1,000,000,000.',
    ],
  ] as const)('rejects %s = %j in %s with a message that shows the fix', (key, text, locale, message) => {
    expect(validateInput(key, text, locale)).toEqual({ ok: false, message });
  });

  it('allows every default it offers', () => {
    for (const key of NUMBER_INPUT_KEYS) {
      const { default: value, min, max } = CALCULATOR_INPUTS[key];
      expect(value, key).toBeGreaterThanOrEqual(min);
      expect(value, key).toBeLessThanOrEqual(max);
      expect(validateInput(key, String(value), 'en-GB'), key).toEqual({ ok: true, value });
    }
  });
});

describe('validateChoice', () => {
  it('accepts an option and names the options when given something else', () => {
    expect(validateChoice('valueBasis', 'revenue')).toEqual({ ok: true, value: 'revenue' });
    expect(validateChoice('acquisitionMode', 'guess')).toEqual({
      ok: false,
      message:
        'For “How do you know what a new customer costs?”, choose “As a multiple of the cost to keep one” or “As an amount per new customer”.',
    });
  });
});

describe('validateAll', () => {
  it('fills missing fields with their defaults and reads the rest', () => {
    const result = validateAll({ customers: '5.000', valueBasis: 'revenue' }, 'de-DE');
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.values.customers).toBe(5000);
      expect(result.values.valueBasis).toBe('revenue');
      expect(result.values.contactsPerCustomer).toBe(CALCULATOR_INPUTS.contactsPerCustomer.default);
      expect(result.values.acquisitionMode).toBe('multiple');
    }
  });

  it('lists every problem at once, by key', () => {
    const result = validateAll(
      { customers: '', headcount: '2.5', horizonYears: '99', lostCustomerView: 'both' },
      'en-GB',
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.map((error) => error.key)).toEqual([
        'customers',
        'headcount',
        'horizonYears',
        'lostCustomerView',
      ]);
      for (const error of result.errors) expect(error.message).toMatch(/\.$/);
    }
  });
});
