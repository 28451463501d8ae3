import { describe, expect, it } from 'vitest';
import {
  COMMON_CURRENCIES,
  describeHumanTime,
  formatCount,
  formatHours,
  formatMoney,
  formatNumber,
  formatPercent,
  isSupportedCurrency,
  UNAVAILABLE,
} from '../../../src/core/calculator/format';

describe('formatMoney', () => {
  it.each([
    [277_500, 'EUR', 'en-GB', '€277,500'],
    [277_500, 'EUR', 'de-DE', '277.500\u00A0€'],
    [12.5, 'GBP', 'en-GB', '£12.50'],
    [50, 'USD', 'en-US', '$50'],
    [1234.5, 'JPY', 'ja-JP', '￥1,235'],
    [1e21, 'EUR', 'en-GB', '€1,000,000,000,000,000,000,000'],
    [5, 'not-a-currency', 'en-GB', '€5'],
    [5, 'EUR', 'xx-not-a-locale-at-all', '€5'],
    [Number.NaN, 'EUR', 'en-GB', UNAVAILABLE],
    [Number.POSITIVE_INFINITY, 'EUR', 'en-GB', UNAVAILABLE],
  ] as const)('formats %d %s in %s as %j', (value, currency, locale, expected) => {
    expect(formatMoney(value, currency, locale)).toBe(expected);
  });
});

describe('numbers, counts, percents and hours', () => {
  it.each([
    [formatNumber, 12_345.6, '12,346'],
    [formatNumber, 12.54, '12.5'],
    [formatNumber, 2.79, '2.8'],
    [formatNumber, 0.0068, '0.0068'],
    [formatNumber, 0.0004, 'less than 0.001'],
    [formatNumber, -0.0004, 'more than -0.001'],
    [formatNumber, 1e-13, '0'],
    [formatCount, 1110.0000000000002, '1,110'],
    [formatCount, 10.8, '10.8'],
    [formatPercent, 37, '37%'],
    [formatPercent, 9.45, '9.4%'],
    [formatHours, 1, '1 hour'],
    [formatHours, 4800, '4,800 hours'],
    [formatCount, Number.NaN, UNAVAILABLE],
    [formatPercent, Number.NEGATIVE_INFINITY, UNAVAILABLE],
  ] as const)('%o(%d) is %j', (format, value, expected) => {
    expect(format(value, 'en-GB')).toBe(expected);
  });
});

describe('describeHumanTime picks the most telling unit', () => {
  it.each([
    [0, 'no time at all'],
    [0.5, 'less than an hour'],
    [1, 'about 1 hour'],
    [30, 'about 30 hours'],
    [48, 'about 2 days'],
    [1719, 'about 72 days'],
    [1720, 'about 1 working year'],
    [4800, 'about 2.8 working years'],
    [701_280, 'about 1 lifetime'],
    [841_536, 'about 1.2 lifetimes'],
    [1e9, 'about 1,426 lifetimes'],
    [-1, UNAVAILABLE],
    [Number.NaN, UNAVAILABLE],
  ] as const)('%d hours → %j', (hours, expected) => {
    expect(describeHumanTime(hours, 'en-GB')).toBe(expected);
  });

  it('writes the number in the reader’s format', () => {
    expect(describeHumanTime(4800, 'de-DE')).toBe('about 2,8 working years');
  });
});

describe('currencies', () => {
  it('offers only currencies Intl can format, each once', () => {
    const codes = COMMON_CURRENCIES.map((currency) => currency.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(isSupportedCurrency(code), code).toBe(true);
  });

  it.each(['eur', 'EURO', '', 'ZZZ', 42])('rejects %j', (code) => {
    expect(isSupportedCurrency(code)).toBe(false);
  });
});
