import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CALCULATOR_INPUTS, NUMBER_INPUT_KEYS } from '../../../src/core/calculator/inputs';
import { parseLocaleNumber } from '../../../src/core/calculator/parse';
import { validateInput } from '../../../src/core/calculator/validate';
import { arbitraryLocale, formatLike, PROPERTY_TIMEOUT_MS } from './arbitraries';

const arbitraryKey = fc.constantFrom(...NUMBER_INPUT_KEYS);

describe('parsing and validation', { timeout: PROPERTY_TIMEOUT_MS }, () => {
  it('reads back any number Intl writes in the reader’s locale', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }),
        fc.integer({ min: 0, max: 4 }),
        arbitraryLocale,
        fc.boolean(),
        (whole, decimals, locale, grouping) => {
          const value = whole / 10 ** decimals;
          const text = new Intl.NumberFormat(locale, { maximumFractionDigits: 4, useGrouping: grouping }).format(value);
          expect(parseLocaleNumber(text, locale)).toEqual({ ok: true, value: value + 0 });
        },
      ),
    );
  });

  it('rejects any text with a letter in it, with a message naming the field', () => {
    fc.assert(
      fc.property(
        arbitraryKey,
        arbitraryLocale,
        fc.string({ maxLength: 6 }),
        fc.stringMatching(/^[A-Za-z]$/),
        fc.string({ maxLength: 6 }),
        (key, locale, before, letter, after) => {
          const result = validateInput(key, `${before}${letter}${after}`, locale);
          expect(result.ok).toBe(false);
          if (!result.ok)
            expect(result.message).toMatch(new RegExp(`^“${escape(CALCULATOR_INPUTS[key].label)}” .+\\.$`));
        },
      ),
    );
  });

  it('rejects any number outside the range, showing the range', () => {
    fc.assert(
      fc.property(
        arbitraryKey,
        arbitraryLocale,
        fc.double({ min: 1.0001, max: 1e6, noNaN: true }),
        fc.boolean(),
        (key, locale, factor, above) => {
          const { min, max } = CALCULATOR_INPUTS[key];
          const value = above ? max * factor + 1 : min - Math.abs(min) * factor - 1;
          const result = validateInput(key, formatLike(value, locale), locale);
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.message).toContain(above ? 'too large' : 'too small');
        },
      ),
    );
  });

  it('either accepts a text with a value in range, or rejects it with a message', () => {
    fc.assert(
      fc.property(
        arbitraryKey,
        arbitraryLocale,
        fc.oneof(fc.string(), fc.string({ unit: 'binary' })),
        (key, locale, text) => {
          const result = validateInput(key, text, locale);
          const { min, max } = CALCULATOR_INPUTS[key];
          if (result.ok) {
            expect(Number.isFinite(result.value)).toBe(true);
            expect(result.value).toBeGreaterThanOrEqual(min);
            expect(result.value).toBeLessThanOrEqual(max);
          } else {
            expect(result.message).toMatch(/^“.+” .+\.$/);
          }
        },
      ),
    );
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
