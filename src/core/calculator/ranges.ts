// Any number input but the years to look ahead may be given as a range instead of a single figure:
// low and high ends around the likely figure, which is the input's own value. This is what a range
// is and when it can be used; simulation.ts works out what the ranges mean for the total, and is
// loaded only when a range exists.
import { CALCULATOR_INPUTS, NUMBER_INPUT_KEYS, type CalculatorValues, type NumberInputKey } from './inputs';
import { validateInput } from './validate';

/** An input that can be given as a range: every number input but the years to look ahead. */
export type RangeKey = Exclude<NumberInputKey, 'horizonYears'>;

/** The rangeable inputs, in the order the page asks for them (and each draw takes them). */
export const RANGE_KEYS: readonly RangeKey[] = NUMBER_INPUT_KEYS.filter(
  (key): key is RangeKey => key !== 'horizonYears',
);

/** The low and high ends of an input's range; its likely value is the input's own value. */
export interface InputRange {
  low: number;
  high: number;
}

/** The ranges given, by input. */
export type Ranges = Partial<Record<RangeKey, InputRange>>;

/** True when a range is wider than a single figure. */
export function isWide(range: InputRange | undefined): range is InputRange {
  return range !== undefined && range.high > range.low;
}

/** The problem with a range for an input whose likely value is `likely`, in words; undefined when it is fine. */
export function checkRange(key: RangeKey, range: InputRange, likely: number): string | undefined {
  const { label, min, max } = CALCULATOR_INPUTS[key];
  if (!Number.isFinite(range.low) || !Number.isFinite(range.high)) return `${label}: the low and high must be numbers.`;
  if (range.low < min || range.high > max) return `${label}: the range must stay between ${min} and ${max}.`;
  if (range.low > likely) return `${label}: the low figure must not be above the likely figure.`;
  if (range.high < likely) return `${label}: the high figure must not be below the likely figure.`;
  return undefined;
}

/** The ranges that hold their input's likely figure and are wider than it: the ones the results use. */
export function heldRanges(ranges: Ranges | undefined, values: CalculatorValues): Ranges {
  const held: Ranges = {};
  for (const key of RANGE_KEYS) {
    const range = ranges?.[key];
    if (isWide(range) && checkRange(key, range, values[key]) === undefined) held[key] = range;
  }
  return held;
}

/** What the reader typed at each end of an input's range. */
export interface RangeTexts {
  low: string;
  high: string;
}

/** The two ends of a range. */
export type RangeEnd = keyof RangeTexts;

/** The problems with a range: each end's, and the pair's (the likely figure outside it). */
export type RangeProblems = Partial<Record<RangeEnd | 'pair', string>>;

/**
 * Reads both ends of a range as typed, in the number format `locale` (a tag or a NumberLocale):
 * the range when both are usable and hold the likely figure, otherwise what is wrong.
 */
export function readRangeTexts(
  key: RangeKey,
  typed: RangeTexts,
  likely: number,
  locale: unknown,
): { range?: InputRange; problems?: RangeProblems } {
  const low = validateInput(key, typed.low, locale);
  const high = validateInput(key, typed.high, locale);
  if (!low.ok || !high.ok) {
    const problems: RangeProblems = {};
    if (!low.ok) problems.low = `Low: ${low.message}`;
    if (!high.ok) problems.high = `High: ${high.message}`;
    return { problems };
  }
  const range = { low: low.value, high: high.value };
  if (range.low > range.high) return { problems: { pair: 'The low figure must not be above the high figure.' } };
  const pair = checkRange(key, range, likely);
  return pair === undefined ? { range } : { problems: { pair } };
}
