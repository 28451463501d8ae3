import { describe, expect, it } from 'vitest';
import { formatForEditing } from '../../../src/core/calculator/editable';
import { formatMoney, formatNumber, formatPercent } from '../../../src/core/calculator/format';
import { getNumberSymbols, NumberLocale } from '../../../src/core/calculator/locale';
import { parseLocaleNumber } from '../../../src/core/calculator/parse';
import { validateInput } from '../../../src/core/calculator/validate';

describe('NumberLocale writes and reads exactly as its tag does', () => {
  it.each(['en-GB', 'de-CH', 'fr-FR', 'en-IN', 'ar-EG', 'xx-not-a-locale', ''])('in %j', (tag) => {
    const numbers = new NumberLocale(tag);
    expect(getNumberSymbols(numbers)).toEqual(getNumberSymbols(tag));
    for (const value of [0, 0.5, 1234.5, 1_234_567.25, -42, 1e21]) {
      expect(formatNumber(value, numbers)).toBe(formatNumber(value, tag));
      expect(formatMoney(value, 'EUR', numbers)).toBe(formatMoney(value, 'EUR', tag));
      expect(formatPercent(value, numbers)).toBe(formatPercent(value, tag));
      const written = formatForEditing(value, numbers);
      expect(written).toBe(formatForEditing(value, tag));
      expect(parseLocaleNumber(written, numbers)).toEqual(parseLocaleNumber(written, tag));
    }
    expect(validateInput('customers', 'twelve', numbers)).toEqual(validateInput('customers', 'twelve', tag));
  });

  it('falls back to en-GB for a tag Intl cannot use, as a tag does', () => {
    expect(new NumberLocale('xx-not-a-locale').tag).toBe('en-GB');
    expect(new NumberLocale(42).tag).toBe('en-GB');
    expect(new NumberLocale('de-DE').tag).toBe('de-DE');
  });

  it('builds each Intl formatter once, however many numbers it writes', () => {
    const built: unknown[] = [];
    const Original = Intl.NumberFormat;
    const counting = new Proxy(Original, {
      construct(target, args: ConstructorParameters<typeof Intl.NumberFormat>) {
        built.push(args);
        return new target(...args);
      },
    });
    Intl.NumberFormat = counting;
    try {
      const numbers = new NumberLocale('fr-FR');
      for (let value = 0; value < 200; value += 1) {
        formatForEditing(value * 1.5, numbers);
        parseLocaleNumber(String(value), numbers);
      }
      // One for the symbols, one for whole numbers; a tag would build two for every call.
      expect(built).toHaveLength(2);
    } finally {
      Intl.NumberFormat = Original;
    }
  });
});
