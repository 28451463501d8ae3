// A Figure is one result as the page shows it: the number, the number formatted for the reader,
// and the sum that produced it written out with the reader's own numbers. Formatting happens here,
// once, so the page only prints strings and cannot show a number in a different format.
import type { SourceId } from './inputs';
import {
  describeHumanTime,
  formatCount,
  formatHours,
  formatHumanCount,
  formatHumanQuantity,
  formatMoney,
  formatNumber,
  formatPercent,
  resolveCurrency,
} from './format';
import { NumberLocale } from './locale';

/** One result: its value, the value as text, and the formula that produced it in plain words. */
export interface Figure {
  /** The value, always a finite number. */
  value: number;
  /** The value formatted for the reader, with its unit where it has one. */
  text: string;
  /** The calculation written out with the actual numbers, e.g. "1,110 customers × €250 = €277,500". */
  formula: string;
  /** The source id behind a figure that rests on one of the essays. */
  source?: SourceId;
}

/** How results are written: the reader's locale and the currency they chose. */
export interface DisplayOptions {
  /** A BCP 47 locale tag such as en-GB or de-DE; falls back to en-GB when unusable. */
  locale?: string;
  /** An ISO 4217 currency code such as EUR; falls back to EUR when unknown. */
  currency?: string;
}

/** Formatting functions bound to one locale and currency. */
export interface Formatter {
  /** The locale actually used. */
  locale: string;
  /** The currency actually used. */
  currency: string;
  /** Formats money in the chosen currency. */
  money: (value: number) => string;
  /** Formats a count of people or things. */
  count: (value: number) => string;
  /** Formats any other quantity. */
  number: (value: number) => string;
  /** Formats a value given in percent. */
  percent: (percent: number) => string;
  /** Formats a count with its unit word as a person says it: "777 customers", "about 11 people". */
  countOf: (value: number, singular: string, plural: string) => string;
  /** Formats a quantity with its unit word as a person says it: "2.2 working years", "less than a tenth of a day". */
  numberOf: (value: number, singular: string, plural: string) => string;
  /** Formats hours with the word "hours". */
  hours: (hours: number) => string;
  /** Describes hours in human terms. */
  human: (hours: number) => string;
}

/** Binds the formatting functions to a locale and currency, resolving unusable ones to defaults. */
export function createFormatter(display: DisplayOptions = {}): Formatter {
  const write = new NumberLocale(display.locale);
  const currency = resolveCurrency(display.currency);
  return {
    locale: write.tag,
    currency,
    money: (value) => formatMoney(value, currency, write),
    count: (value) => formatCount(value, write),
    number: (value) => formatNumber(value, write),
    percent: (percent) => formatPercent(percent, write),
    countOf: (value, singular, plural) => formatHumanCount(value, write, singular, plural),
    numberOf: (value, singular, plural) => formatHumanQuantity(value, write, singular, plural),
    hours: (hours) => formatHours(hours, write),
    human: (hours) => describeHumanTime(hours, write),
  };
}

// The model works only on validated, bounded inputs, so this guard should never fire; it is the
// last line that keeps NaN off the screen if a caller skips validation.
function finite(value: number): number {
  return Number.isFinite(value) ? value : 0;
}

/** Builds a Figure, guarding the value so it is always finite. */
export function makeFigure(
  value: number,
  text: (value: number) => string,
  formula: (shown: string) => string,
  source?: SourceId,
): Figure {
  const safe = finite(value);
  const shown = text(safe);
  const figure: Figure = { value: safe, text: shown, formula: formula(shown) };
  if (source !== undefined) figure.source = source;
  return figure;
}
