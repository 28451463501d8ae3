// The zod schema of a calculator state: the reference that state-check.ts must agree with (a
// property test holds them together). Pages do not import it: zod costs about 25 KB gzip in the
// browser, most of the page's 30 KB budget, so the stored format checks states by hand instead.
import { z } from 'astro/zod';
import { CHOICE_INPUTS } from './choices';
import { isSupportedCurrency } from './format';
import { CALCULATOR_INPUTS, type NumberInputKey } from './inputs';
import { LEVER_INPUTS, type LeverKey } from './levers';
import { canonicaliseLocale } from './locale';
import { MAX_DRAFT_CHARS, type CalculatorState } from './state';

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
  drafts: z
    .object(
      Object.fromEntries(
        [...Object.keys(CALCULATOR_INPUTS), ...Object.keys(LEVER_INPUTS)].map((key) => [
          key,
          z.string().max(MAX_DRAFT_CHARS).optional(),
        ]),
      ),
    )
    .optional(),
}) as z.ZodType<CalculatorState>;
