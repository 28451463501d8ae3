// The calculator's whole state (inputs, improvement levers, currency and locale) as one value,
// with the zod schema that every stored or shared copy is checked against before it is trusted.
import { z } from 'astro/zod';
import type { FormatSpec } from '../versioned';
import { CHOICE_INPUTS } from './choices';
import { DEFAULT_CURRENCY, isSupportedCurrency } from './format';
import { CALCULATOR_INPUTS, getDefaultValues, type CalculatorValues, type NumberInputKey } from './inputs';
import { getDefaultLevers, LEVER_INPUTS, type LeverKey, type Levers } from './levers';
import { canonicaliseLocale, FALLBACK_LOCALE } from './locale';

/** Everything needed to show the calculator as someone left it. */
export interface CalculatorState {
  /** The inputs. */
  values: CalculatorValues;
  /** The improvements in the "if we improve" scenario. */
  levers: Levers;
  /** The ISO 4217 currency results are shown in. */
  currency: string;
  /** The locale numbers are read and written in. */
  locale: string;
}

/** Returns the state the calculator starts with. */
export function getDefaultState(): CalculatorState {
  return {
    values: getDefaultValues(),
    levers: getDefaultLevers(),
    currency: DEFAULT_CURRENCY,
    locale: FALLBACK_LOCALE,
  };
}

const inRange = (definition: (typeof CALCULATOR_INPUTS)[NumberInputKey]): z.ZodNumber => {
  const number = z.number().min(definition.min).max(definition.max);
  return definition.wholeNumber ? number.int() : number;
};
const lever = (key: LeverKey): z.ZodNumber => z.number().min(LEVER_INPUTS[key].min).max(LEVER_INPUTS[key].max);
const choice = <T extends string>(options: readonly { value: T }[]) =>
  z.enum(options.map((option) => option.value) as [T, ...T[]]);

/** Validates a calculator state: every number in range, every choice one of its options. */
export const calculatorStateSchema: z.ZodType<CalculatorState> = z.object({
  values: z.object({
    customers: inRange(CALCULATOR_INPUTS.customers),
    contactsPerCustomer: inRange(CALCULATOR_INPUTS.contactsPerCustomer),
    waitingShare: inRange(CALCULATOR_INPUTS.waitingShare),
    averageWaitMinutes: inRange(CALCULATOR_INPUTS.averageWaitMinutes),
    handlingMinutes: inRange(CALCULATOR_INPUTS.handlingMinutes),
    annualChurn: inRange(CALCULATOR_INPUTS.annualChurn),
    serviceChurnShare: inRange(CALCULATOR_INPUTS.serviceChurnShare),
    valuePerCustomer: inRange(CALCULATOR_INPUTS.valuePerCustomer),
    acquisitionCost: inRange(CALCULATOR_INPUTS.acquisitionCost),
    acquisitionMultiple: inRange(CALCULATOR_INPUTS.acquisitionMultiple),
    retentionCost: inRange(CALCULATOR_INPUTS.retentionCost),
    headcount: inRange(CALCULATOR_INPUTS.headcount),
    staffTurnover: inRange(CALCULATOR_INPUTS.staffTurnover),
    replacementCost: inRange(CALCULATOR_INPUTS.replacementCost),
    horizonYears: inRange(CALCULATOR_INPUTS.horizonYears),
    valueBasis: choice(CHOICE_INPUTS.valueBasis.options),
    acquisitionMode: choice(CHOICE_INPUTS.acquisitionMode.options),
    lostCustomerView: choice(CHOICE_INPUTS.lostCustomerView.options),
  }),
  levers: z.object({
    waitingReduction: lever('waitingReduction'),
    serviceChurnReduction: lever('serviceChurnReduction'),
    staffTurnoverReduction: lever('staffTurnoverReduction'),
  }),
  currency: z.string().refine(isSupportedCurrency, 'Choose a currency from the list.'),
  locale: z.string().refine((tag) => canonicaliseLocale(tag) === tag, 'Choose a language and region from the list.'),
});

/** The stored format of a calculator state, for saving it on the device or in a file. */
export const calculatorStateFormat: FormatSpec<CalculatorState> = {
  kind: 'accueil.cost-of-inaction',
  version: 1,
  schema: calculatorStateSchema,
  maxChars: 10_000,
};
