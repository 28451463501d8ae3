// What an improvement costs: a one-off amount spent up front and an amount spent every year. Both
// are optional: nothing typed (or 0) means no investment, and the page then shows only the most the
// improvements would be worth spending. This is the small part the page needs as it starts (the
// fields and their checks); payback.ts works out when the cost is paid back, and loads later.
import { MONEY_MAX, type NumberInputDefinition } from './inputs';
import { validateNumberText, type FieldResult } from './validate';

/** The two costs of an improvement, in the calculator's currency. */
export interface Investment {
  /** Spent once, at the start. */
  oneOffCost: number;
  /** Spent every year of the horizon, from the first. */
  yearlyCost: number;
}

/** The key of one cost. */
export type InvestmentKey = keyof Investment;

/** The costs in the order the page and the link list them. */
export const INVESTMENT_KEYS: readonly InvestmentKey[] = ['oneOffCost', 'yearlyCost'];

/** No investment: nothing spent. */
export const NO_INVESTMENT: Readonly<Investment> = { oneOffCost: 0, yearlyCost: 0 };

const moneyCost = (key: InvestmentKey, label: string, step: number): NumberInputDefinition => ({
  key,
  label,
  unit: 'money',
  default: 0,
  min: 0,
  max: MONEY_MAX,
  step,
  wholeNumber: false,
  fragmentKey: 'inv',
});

/** The cost inputs, described like the calculator's other inputs. */
export const INVESTMENT_INPUTS: Readonly<Record<InvestmentKey, NumberInputDefinition>> = {
  oneOffCost: moneyCost('oneOffCost', 'One-off cost of the improvement', 1000),
  yearlyCost: moneyCost('yearlyCost', 'Yearly cost of the improvement', 1000),
};

/** True when either cost is above zero. */
export function hasInvestment(investment: Investment | undefined): investment is Investment {
  return investment !== undefined && (investment.oneOffCost > 0 || investment.yearlyCost > 0);
}

/**
 * Reads and checks the text typed into one cost. An empty field is no cost (the costs are optional);
 * anything else is read and checked exactly like the calculator's other amounts of money.
 */
export function validateInvestment(key: InvestmentKey, text: unknown, locale: unknown): FieldResult {
  if (typeof text === 'string' && text.trim() === '') return { ok: true, value: 0 };
  return validateNumberText(INVESTMENT_INPUTS[key], text, locale);
}

/** The costs after one changed; undefined when nothing is spent, so a state without costs stays as it was. */
export function withInvestmentCost(
  investment: Investment | undefined,
  key: InvestmentKey,
  value: number,
): Investment | undefined {
  const next: Investment = { ...NO_INVESTMENT, ...investment, [key]: value };
  return hasInvestment(next) ? next : undefined;
}
