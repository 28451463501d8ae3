// Every number the calculator shows goes through here, so none can reach the screen as NaN,
// Infinity or "undefined": non-finite values become UNAVAILABLE, a dash with its reason.
import { HOURS_PER_DAY, LIFETIME_HOURS, WORKING_YEAR_HOURS } from './assumptions';
import { displayName, numberLocale } from './locale';

/** Shown instead of a number that cannot be calculated; the model never produces one. */
export const UNAVAILABLE = '— (could not be calculated)';

/** The currency used when none, or an unknown one, is chosen. */
export const DEFAULT_CURRENCY = 'EUR';

/** Common ISO 4217 currencies for the currency menu, with their English names. */
export const COMMON_CURRENCIES: readonly { code: string; name: string }[] = [
  'EUR',
  'USD',
  'GBP',
  'CHF',
  'CAD',
  'AUD',
  'NZD',
  'JPY',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
  'CZK',
  'HUF',
  'RON',
  'TRY',
  'ILS',
  'AED',
  'INR',
  'CNY',
  'HKD',
  'SGD',
  'KRW',
  'ZAR',
  'BRL',
  'MXN',
].map((code) => ({
  code,
  // Named on first use, like COMMON_LOCALES: the page passes the menu's labels.
  get name() {
    return displayName(code, 'currency');
  },
}));

/** True for an ISO 4217 code that Intl can format. */
export function isSupportedCurrency(code: unknown): code is string {
  if (typeof code !== 'string' || !/^[A-Z]{3}$/.test(code)) return false;
  return typeof Intl.supportedValuesOf !== 'function' || Intl.supportedValuesOf('currency').includes(code);
}

/** Returns the currency when Intl can format it, otherwise DEFAULT_CURRENCY. */
export function resolveCurrency(code: unknown): string {
  return isSupportedCurrency(code) ? code : DEFAULT_CURRENCY;
}

/**
 * Writes a number with Intl in a locale (any locale: an unusable one falls back to en-GB). Every
 * function below takes, where it says locale, either a tag or a NumberLocale, which builds each
 * Intl.NumberFormat once: pass one when writing many figures.
 */
export function formatWith(value: number | bigint, locale: unknown, options: Intl.NumberFormatOptions): string {
  return numberLocale(locale).format(value, options);
}

// Rounding noise from sums (1e-13 where 0 is meant) must not read as "less than 0.01".
function clean(value: number): number {
  return Math.abs(value) < 1e-9 ? 0 : value;
}

/** Formats a quantity with as many decimals as a reader needs: 12,345 / 12.5 / 2.8 / 0.0068 / less than 0.001. */
export function formatNumber(value: number, locale: unknown): string {
  if (!Number.isFinite(value)) return UNAVAILABLE;
  const number = clean(value);
  const size = Math.abs(number);
  if (size === 0 || size >= 100) return formatWith(number, locale, { maximumFractionDigits: 0 });
  if (size >= 1) return formatWith(number, locale, { maximumFractionDigits: 1 });
  if (size >= 0.001) return formatWith(number, locale, { maximumSignificantDigits: 2 });
  return `${number > 0 ? 'less than' : 'more than'} ${formatWith(number > 0 ? 0.001 : -0.001, locale, {})}`;
}

/** Formats a count of people or things: whole numbers from 100 up, at most one decimal below. */
export function formatCount(value: number, locale: unknown): string {
  if (!Number.isFinite(value)) return UNAVAILABLE;
  const number = clean(value);
  return formatWith(number, locale, { maximumFractionDigits: Math.abs(number) >= 100 ? 0 : 1 });
}

/** Formats a percentage given in percent (37 → "37%"). */
export function formatPercent(percent: number, locale: unknown): string {
  if (!Number.isFinite(percent)) return UNAVAILABLE;
  return formatWith(clean(percent) / 100, locale, { style: 'percent', maximumFractionDigits: 1 });
}

/** Formats an amount of money in the chosen currency, without cents from 100 up. */
export function formatMoney(value: number, currency: unknown, locale: unknown): string {
  if (!Number.isFinite(value)) return UNAVAILABLE;
  const number = clean(value);
  const options: Intl.NumberFormatOptions = { style: 'currency', currency: resolveCurrency(currency) };
  // Whole amounts and large ones read better without cents: "€50", "€8,000", but "€12.50".
  if (Math.abs(number) >= 100 || Number.isInteger(number)) {
    Object.assign(options, { minimumFractionDigits: 0, maximumFractionDigits: 0 });
  }
  return formatWith(number, locale, options);
}

/** Adds a unit word to a formatted number, singular when the number reads as one. */
export function withUnit(
  value: number,
  locale: unknown,
  singular: string,
  plural: string,
  format: (value: number, locale: unknown) => string = formatNumber,
): string {
  const text = format(value, locale);
  if (text === UNAVAILABLE) return text;
  return `${text} ${text === format(1, locale) ? singular : plural}`;
}

/**
 * The whole number a person would say for a count of people or things: 10.8 people are "about 11",
 * and any count between 0 and 1 is spoken of as "less than 1". Never decreases as the count grows.
 */
export function roundHumanCount(value: number): number {
  if (!Number.isFinite(value)) return 0;
  const number = clean(value);
  if (number !== 0 && Math.abs(number) < 1) return Math.sign(number);
  // Math.round is monotone (halves round up, also below zero), so the order of counts is kept.
  return Math.round(number) + 0;
}

/** A count of people or things as a person says it: "1,005 customers", "about 11 people", "less than 1 person". */
export function formatHumanCount(value: number, locale: unknown, singular: string, plural: string): string {
  if (!Number.isFinite(value)) return UNAVAILABLE;
  const number = clean(value);
  const shown = roundHumanCount(number);
  const text = formatWith(shown, locale, { maximumFractionDigits: 0 });
  const unit = Math.abs(shown) === 1 ? singular : plural;
  // From 100 up, a whole number is what anyone would say anyway: "about" would only add noise.
  if (shown === number || Math.abs(number) >= 100) return `${text} ${unit}`;
  if (Math.abs(number) < 0.5) return `${number > 0 ? 'less' : 'more'} than ${text} ${unit}`;
  return `about ${text} ${unit}`;
}

// Below a tenth of a unit, a figure is said as a fraction it stays under: "less than a hundredth".
const SMALL_FRACTIONS: readonly [number, string][] = [
  [0.001, 'a thousandth'],
  [0.01, 'a hundredth'],
  [0.1, 'a tenth'],
];

/**
 * The amount a person would say for a quantity of a human unit (days, working years, lifetimes):
 * whole from 100 up, one decimal from a tenth, and below a tenth the fraction it stays under
 * (0.0068 lifetimes is "less than a hundredth", so 0.01). Never decreases as the quantity grows.
 */
export function roundHumanQuantity(value: number): number {
  if (!Number.isFinite(value)) return 0;
  const number = clean(value);
  const size = Math.abs(number);
  if (size === 0) return 0;
  if (size >= 100) return Math.round(number) + 0;
  if (size >= 0.1) return Math.round(number * 10) / 10 + 0;
  const bound = SMALL_FRACTIONS.find(([limit]) => size < limit)?.[0] ?? 0.1;
  return Math.sign(number) * bound;
}

/** A quantity of a human unit as a person says it: "2.8 working years", "less than a hundredth of a lifetime". */
export function formatHumanQuantity(value: number, locale: unknown, singular: string, plural: string): string {
  if (!Number.isFinite(value)) return UNAVAILABLE;
  const number = clean(value);
  const size = Math.abs(number);
  if (size > 0 && size < 0.1) {
    const fraction = SMALL_FRACTIONS.find(([limit]) => size < limit)?.[1] ?? 'a tenth';
    return `${number > 0 ? 'less' : 'more'} than ${fraction} of ${/^(?:[aeiou]|hour)/i.test(singular) ? 'an' : 'a'} ${singular}`;
  }
  const shown = roundHumanQuantity(number);
  const text = formatWith(shown, locale, { maximumFractionDigits: size >= 100 ? 0 : 1 });
  return `${text} ${text === formatWith(1, locale, { maximumFractionDigits: 1 }) ? singular : plural}`;
}

/** Formats a number of hours: "4,800 hours", "1 hour". */
export function formatHours(hours: number, locale: unknown): string {
  return withUnit(hours, locale, 'hour', 'hours');
}

/** Formats a number of minutes: "8 minutes". */
export function formatMinutes(minutes: number, locale: unknown): string {
  return withUnit(minutes, locale, 'minute', 'minutes');
}

/** Says how much human time some hours are, in the most telling unit: "about 2.8 working years". */
export function describeHumanTime(hours: number, locale?: unknown): string {
  if (!Number.isFinite(hours) || hours < 0) return UNAVAILABLE;
  const value = clean(hours);
  if (value === 0) return 'no time at all';
  const round = (amount: number): string => formatWith(amount, locale, { maximumFractionDigits: amount >= 10 ? 0 : 1 });
  const about = (amount: number, singular: string, plural: string): string => {
    const text = round(amount);
    return `about ${text} ${text === round(1) ? singular : plural}`;
  };
  if (value >= LIFETIME_HOURS) return about(value / LIFETIME_HOURS, 'lifetime', 'lifetimes');
  if (value >= WORKING_YEAR_HOURS) return about(value / WORKING_YEAR_HOURS, 'working year', 'working years');
  if (value >= 2 * HOURS_PER_DAY) return about(value / HOURS_PER_DAY, 'day', 'days');
  if (value >= 1) return about(value, 'hour', 'hours');
  return 'less than an hour';
}
