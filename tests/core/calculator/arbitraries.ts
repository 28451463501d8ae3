// fast-check generators shared by the calculator's property tests.
import fc from 'fast-check';
import { CHOICE_INPUTS } from '../../../src/core/calculator/choices';
import { COMMON_CURRENCIES } from '../../../src/core/calculator/format';
import {
  CALCULATOR_INPUTS,
  NUMBER_INPUT_KEYS,
  type CalculatorValues,
  type NumberInputDefinition,
  type NumberInputKey,
} from '../../../src/core/calculator/inputs';
import type { Levers } from '../../../src/core/calculator/levers';
import type { CalculatorState } from '../../../src/core/calculator/state';

/** Locales with different separators, grouping and digits. */
export const LOCALES = [
  'en-GB',
  'en-US',
  'de-DE',
  'fr-FR',
  'de-CH',
  'en-IN',
  'ar-EG',
  'ja-JP',
  'es-ES',
  'sv-SE',
  'pt-BR',
];

/** Property tests run hundreds of cases; on a busy two-core machine that can pass Vitest's 5 s default. */
export const PROPERTY_TIMEOUT_MS = 60_000;

/** Any of LOCALES. */
export const arbitraryLocale = fc.constantFrom(...LOCALES);

/** Formats a number the way Intl writes it in a locale, as a reader might type it. */
export function formatLike(value: number, locale: string, grouping = true): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 6, useGrouping: grouping }).format(value);
}

/** Any value an input accepts: within its range, whole where it must be. */
export function arbitraryInRange(definition: NumberInputDefinition): fc.Arbitrary<number> {
  const double = fc.double({ min: definition.min, max: definition.max, noNaN: true }).map((value) => value + 0);
  return definition.wholeNumber ? double.map((value) => Math.round(value)) : double;
}

/** Any set of calculator values the validator would accept. */
export const arbitraryValues: fc.Arbitrary<CalculatorValues> = fc
  .tuple(
    fc.tuple(...NUMBER_INPUT_KEYS.map((key) => arbitraryInRange(CALCULATOR_INPUTS[key]))),
    fc.constantFrom(...CHOICE_INPUTS.valueBasis.options.map((option) => option.value)),
    fc.constantFrom(...CHOICE_INPUTS.acquisitionMode.options.map((option) => option.value)),
    fc.constantFrom(...CHOICE_INPUTS.lostCustomerView.options.map((option) => option.value)),
  )
  .map(([numbers, valueBasis, acquisitionMode, lostCustomerView]) => ({
    ...(Object.fromEntries(NUMBER_INPUT_KEYS.map((key, index) => [key, numbers[index]])) as Record<
      NumberInputKey,
      number
    >),
    valueBasis,
    acquisitionMode,
    lostCustomerView,
  }));

const percent = fc.double({ min: 0, max: 100, noNaN: true }).map((value) => value + 0);

/** Any improvement levers, each 0-100 %. */
export const arbitraryLevers: fc.Arbitrary<Levers> = fc.record({
  waitingReduction: percent,
  serviceChurnReduction: percent,
  staffTurnoverReduction: percent,
  failureDemandReduction: percent,
});

/** Any valid calculator state. */
export const arbitraryState: fc.Arbitrary<CalculatorState> = fc.record({
  values: arbitraryValues,
  levers: arbitraryLevers,
  currency: fc.constantFrom(...COMMON_CURRENCIES.map((currency) => currency.code)),
  locale: fc.constantFrom(...LOCALES),
});

/** Walks a result and returns every number that is not finite and every string showing a broken value. */
export function findBrokenValues(value: unknown, path = '$'): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path} = ${value}`];
  if (typeof value === 'string') return /NaN|Infinity|undefined|null|—/.test(value) ? [`${path} = ${value}`] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => findBrokenValues(item, `${path}[${index}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => findBrokenValues(item, `${path}.${key}`));
  }
  return [];
}
