// Numbers written back into input boxes: when the page fills a field (defaults, a shared link, a
// saved state, a change of number format), the text must read naturally in the reader's format
// and parse back to exactly the same value, so nothing drifts when it is read again.
import { formatWith } from './format';
import {
  FALLBACK_LOCALE,
  canonicaliseLocale,
  displayName,
  getNumberSymbols,
  numberLocale,
  resolveLocale,
} from './locale';

/** A number format the reader can pick, with an example of how it writes numbers. */
export interface LocaleChoice {
  /** The BCP 47 tag, e.g. "fr-FR". */
  tag: string;
  /** The language and region in English, e.g. "French (France)". */
  name: string;
}

/** Number formats offered in the settings, covering the common separators and groupings. */
export const COMMON_LOCALES: readonly LocaleChoice[] = [
  'en-GB',
  'en-US',
  'en-IN',
  'fr-FR',
  'de-DE',
  'de-CH',
  'es-ES',
  'it-IT',
  'nl-NL',
  'pt-BR',
  'pl-PL',
  'sv-SE',
  'ja-JP',
].map((tag) => ({
  tag,
  // Named on first use: Intl's display names cost real time on a phone, and pages pass the labels.
  get name() {
    return displayName(tag, 'language');
  },
}));

/** Words a locale choice for a menu: "French (France): 1 234,5". */
export function describeLocaleChoice(tag: string): string {
  const known = COMMON_LOCALES.find((choice) => choice.tag === tag);
  return `${known?.name ?? resolveLocale(tag)}: ${getNumberSymbols(tag).example}`;
}

/** Picks the first of the reader's browser languages that the menu offers, or the fallback. */
export function pickLocale(preferred: readonly unknown[]): string {
  const picked = preferred.map(canonicaliseLocale).find((tag) => COMMON_LOCALES.some((choice) => choice.tag === tag));
  return picked ?? FALLBACK_LOCALE;
}

/** The exact shortest decimal digits of a finite number, split at the decimal point. */
function decimalDigits(value: number): { integer: string; fraction: string } {
  // toExponential() with no argument gives the fewest digits that identify the double exactly.
  const [mantissa = '0', exponentText = '0'] = Math.abs(value).toExponential().split('e');
  const digits = mantissa.replace('.', '');
  const exponent = Number(exponentText);
  if (exponent < 0) return { integer: '0', fraction: '0'.repeat(-exponent - 1) + digits };
  return {
    integer: digits.slice(0, exponent + 1).padEnd(exponent + 1, '0'),
    fraction: digits.slice(exponent + 1).replace(/0+$/, ''),
  };
}

/** Writes a value for an input box in the locale's format; parseLocaleNumber reads it back unchanged. */
export function formatForEditing(value: number, locale: unknown): string {
  if (!Number.isFinite(value)) return '';
  const numbers = numberLocale(locale);
  // Intl rounds to at most 17 significant digits and sometimes to fewer, so only the integer part
  // (exact as a BigInt) goes through it, for the locale's grouping and digits; the fraction is
  // written digit by digit. Below 1e-20 the text would outgrow what an input box accepts, so such
  // values are written as 0, a change far below anything the calculator can show.
  const shown = Math.abs(value) < 1e-20 ? 0 : value;
  const { integer, fraction } = decimalDigits(shown);
  const symbols = numbers.symbols;
  const localFraction = Array.from(fraction, (digit) => symbols.digits[Number(digit)] ?? digit).join('');
  const sign = shown < 0 ? '-' : '';
  return `${sign}${formatWith(BigInt(integer), numbers, { maximumFractionDigits: 0 })}${localFraction ? symbols.decimal + localFraction : ''}`;
}
