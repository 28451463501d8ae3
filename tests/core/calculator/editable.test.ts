import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COMMON_LOCALES,
  describeLocaleChoice,
  formatForEditing,
  pickLocale,
} from '../../../src/core/calculator/editable';
import { CALCULATOR_INPUTS, NUMBER_INPUT_KEYS } from '../../../src/core/calculator/inputs';
import { parseLocaleNumber } from '../../../src/core/calculator/parse';
import { canonicaliseLocale } from '../../../src/core/calculator/locale';
import { compareValue } from '../../../src/core/calculator/value-formula';
import { VALUE_FORMULA_EXAMPLE, VALUE_FORMULA_NEUTRAL } from '../../../src/core/calculator/value-example';
import { arbitraryInRange, arbitraryLocale, PROPERTY_TIMEOUT_MS } from './arbitraries';

describe('formatForEditing', () => {
  it.each([
    [20_000, 'en-GB', '20,000'],
    [20_000, 'fr-FR', '20\u202F000'],
    [6.5, 'de-DE', '6,5'],
    [100_000, 'en-IN', '1,00,000'],
    [0.1 + 0.2, 'en-GB', '0.30000000000000004'],
    [-0, 'en-GB', '0'],
    [Number.NaN, 'en-GB', ''],
    [Number.POSITIVE_INFINITY, 'en-GB', ''],
    [5, 'not a locale', '5'],
    [1.0000000000000002e-6, 'en-GB', '0.0000010000000000000002'],
    [1e21, 'en-GB', '1,000,000,000,000,000,000,000'],
  ])('writes %d in %s as %j', (value, locale, expected) => {
    expect(formatForEditing(value, locale)).toBe(expected);
  });

  it('writes Swiss numbers with the apostrophe Intl uses', () => {
    expect(formatForEditing(1234567.25, 'de-CH')).toMatch(/^1['’]234['’]567\.25$/);
  });

  it(
    'writes every accepted input value so that it parses back unchanged (below 1e-20: rounded to 0)',
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...NUMBER_INPUT_KEYS).chain((key) => arbitraryInRange(CALCULATOR_INPUTS[key])),
          arbitraryLocale,
          (value, locale) => {
            const parsed = parseLocaleNumber(formatForEditing(value, locale), locale);
            if (!parsed.ok) throw new Error(parsed.message);
            if (Math.abs(value) >= 1e-20) expect(parsed.value).toBe(value === 0 ? 0 : value);
            else expect(parsed.value).toBe(0);
          },
        ),
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});

describe('locale choices', () => {
  it('offers only canonical, supported tags, once each', () => {
    const tags = COMMON_LOCALES.map((choice) => choice.tag);
    expect(new Set(tags).size).toBe(tags.length);
    for (const tag of tags) expect(canonicaliseLocale(tag)).toBe(tag);
  });

  it('describes a choice with its name and an example number', () => {
    expect(describeLocaleChoice('en-GB')).toBe('English (United Kingdom): 1,234.5');
    expect(describeLocaleChoice('de-DE')).toBe('German (Germany): 1.234,5');
    expect(describeLocaleChoice('ar-EG')).toMatch(/^ar-EG: /);
  });

  it.each([
    [['fr-FR', 'en-US'], 'fr-FR'],
    [['en-us'], 'en-US'],
    [['xx-YY', 'de-DE'], 'de-DE'],
    [['zh-CN'], 'en-GB'],
    [[42, null, '<script>'], 'en-GB'],
    [[], 'en-GB'],
    // The reader's own format, even where another writes numbers alike.
    [['en-US', 'en-GB'], 'en-US'],
  ])('picks %j as %s', (preferred, expected) => {
    expect(pickLocale(preferred)).toBe(expected);
  });
});

describe('value formula starting points', () => {
  it('the example shows price winning against better treatment', () => {
    const result = compareValue(VALUE_FORMULA_EXAMPLE, 'en-GB');
    expect(result.choice).toBe('alternative');
    expect(result.decidingTerm).toBe('price');
    expect(result.termDifferences.treatment).toBeGreaterThan(0);
    expect(result.sentence).toContain('You treat customers 4 points better, but that is not enough');
  });

  it('the neutral scores are a tie', () => {
    expect(compareValue(VALUE_FORMULA_NEUTRAL).choice).toBe('tie');
  });
});
