// Locale handling shared by parsing and formatting. A locale comes from a URL or a settings menu,
// so it is never trusted: an unknown or malformed tag falls back to British English instead of
// letting Intl throw a RangeError into the page.

/** The locale used when the one asked for is missing, malformed or not supported. */
export const FALLBACK_LOCALE = 'en-GB';

const MAX_LOCALE_CHARS = 35;
const LOCALE_SHAPE = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/;

/** The separators and digits a locale writes numbers with. */
export interface NumberSymbols {
  /** The decimal separator, e.g. "." in en-GB and "," in de-DE. */
  decimal: string;
  /** The thousands separator, e.g. "," in en-GB and "." in de-DE. */
  group: string;
  /** The locale's digits 0 to 9, in order (Latin digits for most locales). */
  digits: readonly string[];
  /** True where the locale groups in twos after the first three digits (1,00,000 in en-IN). */
  twoDigitGroups: boolean;
  /** How the locale writes 1234.5, to show in messages. */
  example: string;
}

/**
 * One locale, resolved once, with the Intl formatters it has needed so far. Building a formatter,
 * or checking that Intl supports a tag, is far slower than formatting a number, and one screen of
 * the calculator writes and reads a few hundred numbers. Whoever makes one keeps it (a store, one
 * set of results), so nothing here outlives its caller. Every function in this folder that takes a
 * locale takes either a tag or one of these.
 */
export class NumberLocale {
  /** The tag Intl uses: the one asked for when usable, otherwise FALLBACK_LOCALE. */
  readonly tag: string;
  readonly #formats = new Map<string, Intl.NumberFormat>();
  #symbols: NumberSymbols | undefined;

  constructor(locale: unknown) {
    this.tag = resolveLocale(locale);
  }

  /** Writes a number with the Intl options given. */
  format(value: number | bigint, options: Intl.NumberFormatOptions): string {
    const key = JSON.stringify(options);
    let format = this.#formats.get(key);
    if (format === undefined) this.#formats.set(key, (format = new Intl.NumberFormat(this.tag, options)));
    return format.format(value);
  }

  /** The locale's separators and digits. */
  get symbols(): NumberSymbols {
    return (this.#symbols ??= readNumberSymbols(this.tag));
  }
}

/** Canonicalises a locale tag, or returns undefined when it is not a usable, supported tag. */
export function canonicaliseLocale(locale: unknown): string | undefined {
  if (locale instanceof NumberLocale) return locale.tag;
  if (typeof locale !== 'string' || locale.length > MAX_LOCALE_CHARS || !LOCALE_SHAPE.test(locale)) return undefined;
  try {
    const [candidate] = Intl.getCanonicalLocales(locale);
    if (candidate !== undefined && Intl.NumberFormat.supportedLocalesOf([candidate]).length > 0) return candidate;
  } catch {
    // Not a tag Intl knows.
  }
  return undefined;
}

/** Returns a locale that Intl accepts: the one asked for when usable, otherwise the fallback. */
export function resolveLocale(locale: unknown): string {
  return canonicaliseLocale(locale) ?? FALLBACK_LOCALE;
}

/** The NumberLocale given, or a new one for a tag. */
export function numberLocale(locale: unknown): NumberLocale {
  return locale instanceof NumberLocale ? locale : new NumberLocale(locale);
}

/** A locale's number symbols. */
export function getNumberSymbols(locale: unknown): NumberSymbols {
  return numberLocale(locale).symbols;
}

/** Reads a usable locale's number symbols from Intl, with one formatter (building one is the slow part). */
function readNumberSymbols(tag: string): NumberSymbols {
  const format = new Intl.NumberFormat(tag);
  const parts = format.formatToParts(1234567890.5);
  const integers = parts.filter((part) => part.type === 'integer').map((part) => part.value);
  // The integer's digits, 1 to 9 then 0, in the locale's own digits.
  const written = Array.from(integers.join(''));
  return {
    decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
    group: parts.find((part) => part.type === 'group')?.value ?? ',',
    digits: Array.from({ length: 10 }, (_, digit) => written[(digit + 9) % 10] ?? String(digit)),
    twoDigitGroups: integers.slice(1, -1).some((group) => group.length === 2),
    example: format.format(1234.5),
  };
}

/** English names from Intl (e.g. "French (France)", "Euro"), or the code where Intl has none. */
export function displayName(code: string, type: 'language' | 'currency'): string {
  try {
    return new Intl.DisplayNames(['en'], { type, languageDisplay: 'standard' }).of(code) ?? code;
  } catch {
    return code;
  }
}
