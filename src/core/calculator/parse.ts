// Reading numbers as people type them. Separators follow the reader's locale, spaces of any kind
// may group thousands, and anything JavaScript's Number() would accept but a person would not
// write ("1e309", "Infinity", "0x10") is refused with a message that shows the expected form.
import { getNumberSymbols } from './locale';

/** The result of reading a number from text. */
export type NumberParse = { ok: true; value: number } | { ok: false; reason: NumberParseFailure; message: string };

/** Why a text is not a number, so callers can word the message for their field. */
export type NumberParseFailure =
  'empty' | 'too-long' | 'not-a-number' | 'percent-sign' | 'decimal' | 'grouping' | 'too-large';

/** Options for parseLocaleNumber. */
export interface ParseOptions {
  /** Accept a leading or trailing % sign (for percentages); the value stays in percent. */
  allowPercent?: boolean;
}

const MAX_TEXT_CHARS = 60;
const SPACES = [' ', '\u00A0', '\u202F', '\u2009', '\u2007'];
const APOSTROPHES = ["'", '’'];
const MINUS = /^[-\u2212]/;
const BIDI_MARKS = /[\u061C\u200E\u200F]/g;
const PERCENT = /^[%\u066A]\s*|\s*[%\u066A]$/g;

/** Reads a number written the way the locale writes it; never throws. */
export function parseLocaleNumber(text: unknown, locale: unknown, options: ParseOptions = {}): NumberParse {
  const symbols = getNumberSymbols(locale);
  const fail = (reason: NumberParseFailure): NumberParse => ({
    ok: false,
    reason,
    message: `This ${describeParseFailure(reason, locale)}`,
  });
  if (typeof text !== 'string') return fail('empty');
  if (text.length > MAX_TEXT_CHARS) return fail('too-long');
  // Intl writes invisible direction marks around signs in some locales (ar-EG: U+061C before '-').
  let body = toLatinDigits(text.replace(BIDI_MARKS, '').trim(), symbols.digits);
  if (body === '') return fail('empty');
  if (/[%\u066A]/.test(body)) {
    if (!options.allowPercent) return fail('percent-sign');
    body = body.replace(PERCENT, '');
    if (/[%\u066A]/.test(body)) return fail('not-a-number');
  }
  const negative = MINUS.test(body);
  if (negative || body.startsWith('+')) body = body.slice(1);

  const decimals = alternatives(symbols.decimal, symbols.decimal === '.' || symbols.decimal === ',' ? [] : ['.']);
  const groups = alternatives(symbols.group, [
    ...SPACES,
    ...(APOSTROPHES.includes(symbols.group) ? APOSTROPHES : []),
    ...(decimals.includes('.') && symbols.decimal !== '.' ? [','] : []),
  ]).filter((group) => !decimals.includes(group));
  const allowed = new Set([...Array.from('0123456789'), ...decimals, ...groups]);
  if (body === '' || Array.from(body).some((char) => !allowed.has(char))) return fail('not-a-number');

  const decimalAt = Array.from(body).flatMap((char, index) => (decimals.includes(char) ? [index] : []));
  if (decimalAt.length > 1) return fail('decimal');
  const cut = decimalAt[0] ?? body.length;
  const integerText = body.slice(0, cut);
  const fraction = body.slice(cut + 1);
  if (!/^\d*$/.test(fraction)) return fail('grouping');
  const integer = readGroupedInteger(integerText, groups, symbols.twoDigitGroups);
  if (integer === undefined) return fail('grouping');
  if (integer === '' && fraction === '') return fail('not-a-number');

  const value = Number(`${negative ? '-' : ''}${integer || '0'}.${fraction || '0'}`);
  if (!Number.isFinite(value)) return fail('too-large');
  return { ok: true, value: value === 0 ? 0 : value };
}

/** Words the end of a sentence explaining a parse failure, after a subject such as “This”. */
export function describeParseFailure(reason: NumberParseFailure, locale: unknown): string {
  const { decimal, group, example } = getNumberSymbols(locale);
  const shownGroup = SPACES.includes(group) ? 'a space' : `“${group}”`;
  switch (reason) {
    case 'empty':
      return `is empty. Enter a number, for example ${example}.`;
    case 'too-long':
      return `is too long to be a number. Enter a number with at most ${MAX_TEXT_CHARS} characters.`;
    case 'not-a-number':
      return `is not a number. Use digits only, for example ${example}.`;
    case 'percent-sign':
      return `is not a percentage, so leave out the % sign.`;
    case 'decimal':
      return `has more than one decimal separator. Use “${decimal}” once, for decimals only, for example ${example}.`;
    case 'grouping':
      return `has a separator in the wrong place. Use ${shownGroup} only between groups of three digits and “${decimal}” for decimals, for example ${example}.`;
    case 'too-large':
      return 'is too large to calculate with.';
  }
}

function alternatives(primary: string, extra: readonly string[]): string[] {
  return [...new Set([primary, ...extra])];
}

function toLatinDigits(text: string, digits: readonly string[]): string {
  if (digits[0] === '0') return text;
  return Array.from(text)
    .map((char) => {
      const index = digits.indexOf(char);
      return index >= 0 ? String(index) : char;
    })
    .join('');
}

// Returns the digits without separators, or undefined when the grouping is not one a person writes.
function readGroupedInteger(text: string, groups: readonly string[], twoDigitGroups: boolean): string | undefined {
  const used = new Set(
    Array.from(text)
      .filter((char) => !/\d/.test(char))
      .map((char) => (SPACES.includes(char) ? ' ' : char)),
  );
  if (used.size === 0) return text;
  if (used.size > 1) return undefined;
  const normalised = Array.from(text)
    .map((char) => (SPACES.includes(char) ? ' ' : char))
    .join('');
  const [separator] = used;
  if (separator === undefined || !groups.some((group) => (SPACES.includes(group) ? ' ' : group) === separator))
    return undefined;
  const parts = normalised.split(separator);
  const [first, ...rest] = parts;
  const last = rest.at(-1);
  if (first === undefined || last === undefined || !/^\d{1,3}$/.test(first) || !/^\d{3}$/.test(last)) return undefined;
  const middleOk = rest.slice(0, -1).every((part) => /^\d{3}$/.test(part) || (twoDigitGroups && /^\d{2}$/.test(part)));
  return middleOk ? parts.join('') : undefined;
}
