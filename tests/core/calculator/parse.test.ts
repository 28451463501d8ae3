import { describe, expect, it } from 'vitest';
import { parseLocaleNumber } from '../../../src/core/calculator/parse';

describe('parseLocaleNumber accepts numbers as people write them', () => {
  it.each([
    ['1000', 'en-GB', 1000],
    ['1,000', 'en-US', 1000],
    ['1,000.5', 'en-US', 1000.5],
    ['1 000', 'en-US', 1000],
    ['1\u00A0000', 'en-GB', 1000],
    ['1\u202F000', 'en-GB', 1000],
    ['  42  ', 'en-GB', 42],
    ['\u00A042\u202F', 'en-GB', 42],
    ['1.000,5', 'de-DE', 1000.5],
    ['1.234.567', 'de-DE', 1234567],
    ['0,25', 'de-DE', 0.25],
    ['1 000,5', 'de-DE', 1000.5],
    ['1\u202F000,5', 'fr-FR', 1000.5],
    ["1'234.5", 'de-CH', 1234.5],
    ['1’234.5', 'de-CH', 1234.5],
    ['12,34,567', 'en-IN', 1234567],
    ['١٬٢٣٤٫٥', 'ar-EG', 1234.5],
    ['1,234.5', 'ar-EG', 1234.5],
    ['.5', 'en-GB', 0.5],
    ['5.', 'en-GB', 5],
    ['-3', 'en-GB', -3],
    ['\u22123', 'en-GB', -3],
    ['+3', 'en-GB', 3],
    ['-0', 'en-GB', 0],
    ['1,000.5', 'not a locale', 1000.5],
  ] as const)('reads %j in %s as %d', (text, locale, expected) => {
    const result = parseLocaleNumber(text, locale);
    expect(result).toEqual({ ok: true, value: expected });
    if (result.ok) expect(Object.is(result.value, -0)).toBe(false);
  });

  it.each([
    ['12.5%', 'en-GB', 12.5],
    ['12.5 %', 'en-GB', 12.5],
    ['12,5\u00A0%', 'de-DE', 12.5],
    ['%37', 'tr-TR', 37],
  ] as const)('reads the percentage %j in %s as %d', (text, locale, expected) => {
    expect(parseLocaleNumber(text, locale, { allowPercent: true })).toEqual({ ok: true, value: expected });
  });
});

describe('parseLocaleNumber rejects what is not a number, saying why', () => {
  it.each([
    ['', 'en-GB', 'empty'],
    ['   ', 'en-GB', 'empty'],
    ['abc', 'en-GB', 'not-a-number'],
    ['1e309', 'en-GB', 'not-a-number'],
    ['1e3', 'en-GB', 'not-a-number'],
    ['Infinity', 'en-GB', 'not-a-number'],
    ['-Infinity', 'en-GB', 'not-a-number'],
    ['NaN', 'en-GB', 'not-a-number'],
    ['0x10', 'en-GB', 'not-a-number'],
    ['0b101', 'en-GB', 'not-a-number'],
    ['12abc', 'en-GB', 'not-a-number'],
    ['€500', 'en-GB', 'not-a-number'],
    ['--1', 'en-GB', 'not-a-number'],
    ['-', 'en-GB', 'not-a-number'],
    ['.', 'en-GB', 'not-a-number'],
    ['1.2.3', 'en-US', 'decimal'],
    ['1,2,3', 'de-DE', 'decimal'],
    ['1,5', 'en-US', 'grouping'],
    ['1,000.5', 'de-DE', 'grouping'],
    ['1.000,5', 'en-US', 'grouping'],
    ['1,0000', 'en-US', 'grouping'],
    [',100', 'en-US', 'grouping'],
    ['1,000 000', 'en-US', 'grouping'],
    ['12,34,567', 'en-US', 'grouping'],
    ['1.000.5', 'en-US', 'decimal'],
    ['12%', 'en-GB', 'percent-sign'],
    ['9'.repeat(61), 'en-GB', 'too-long'],
  ] as const)('rejects %j in %s (%s)', (text, locale, reason) => {
    const result = parseLocaleNumber(text, locale);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toBe(reason);
      expect(result.message).toMatch(/^This .+\.$/);
    }
  });

  it('rejects values that are not text at all', () => {
    for (const value of [undefined, null, 42, {}, []]) expect(parseLocaleNumber(value, 'en-GB').ok).toBe(false);
  });

  it('shows the example in the reader’s own format', () => {
    const english = parseLocaleNumber('1,5', 'en-US');
    const german = parseLocaleNumber('1,000.5', 'de-DE');
    expect(english.ok ? '' : english.message).toContain('1,234.5');
    expect(german.ok ? '' : german.message).toContain('1.234,5');
  });

  it('rejects a % sign in a percentage only when it is repeated', () => {
    expect(parseLocaleNumber('%%12', 'en-GB', { allowPercent: true }).ok).toBe(false);
    expect(parseLocaleNumber('12%%', 'en-GB', { allowPercent: true }).ok).toBe(false);
  });
});
