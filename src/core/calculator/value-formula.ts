// Value = Benefit − Effort − Risk − Price ± Treatment (Maz Iqbal). A customer weighs all five
// terms at once, so better treatment can win a customer, and a lower price can still win them
// back. Scores run 0-10 (treatment −5 to +5) for you and for the alternative the customer has.
import { formatNumber } from './format';
import { explainChoice } from './value-sentence';
import type { NumberInputDefinition, SourceId } from './inputs';
import { checkNumberInput, type FieldResult, validateNumberText } from './validate';

/** One term of the value formula. */
export type ValueTerm = 'benefit' | 'effort' | 'risk' | 'price' | 'treatment';

/** The terms in formula order, which is also the tie-break order for the deciding term. */
export const VALUE_TERMS: readonly ValueTerm[] = ['benefit', 'effort', 'risk', 'price', 'treatment'];

/** One side's scores. */
export type ValueScores = Record<ValueTerm, number>;

/** Both sides' scores: you, and the alternative the customer could choose instead. */
export interface ValueFormulaInput {
  /** Your scores. */
  us: ValueScores;
  /** The alternative's scores. */
  alternative: ValueScores;
}

const score = (key: ValueTerm, label: string, min: number, max: number, help: string): NumberInputDefinition => ({
  key,
  label,
  unit: 'score',
  default: min < 0 ? 0 : 5,
  min,
  max,
  step: 1,
  wholeNumber: false,
  help,
  fragmentKey: key,
});

/** The five terms as inputs, with their ranges and help. */
export const VALUE_TERM_INPUTS: Readonly<Record<ValueTerm, NumberInputDefinition>> = {
  benefit: /* @__PURE__ */ score(
    'benefit',
    'Benefit',
    0,
    10,
    'Score how much the customer gets: 0 is nothing, 10 is everything they want.',
  ),
  effort: /* @__PURE__ */ score(
    'effort',
    'Effort',
    0,
    10,
    'Score how much work it takes the customer: 0 is none, 10 is a struggle.',
  ),
  risk: /* @__PURE__ */ score(
    'risk',
    'Risk',
    0,
    10,
    'Score how likely it is to go wrong for the customer: 0 is no risk, 10 is a gamble.',
  ),
  price: /* @__PURE__ */ score(
    'price',
    'Price',
    0,
    10,
    'Score how heavily the price weighs on the customer: 0 is free, 10 is more than they can afford.',
  ),
  treatment: /* @__PURE__ */ score(
    'treatment',
    'Treatment',
    -5,
    5,
    'Score how the customer is treated: −5 is badly, 0 is neutral, +5 is warmly.',
  ),
};

// Terms that count against value are better when lower, so a difference in their favour is reversed.
const SIGN: Record<ValueTerm, 1 | -1> = { benefit: 1, effort: -1, risk: -1, price: -1, treatment: 1 };

/** Reads and checks the text typed into one score. */
export function validateValueScore(term: ValueTerm, text: unknown, locale: unknown): FieldResult {
  return validateNumberText(VALUE_TERM_INPUTS[term], text, locale);
}

/** Checks both sides' scores are in range; returns every problem at once. */
export function checkValueFormulaInput(
  input: ValueFormulaInput,
  locale?: unknown,
):
  | { ok: true; value: ValueFormulaInput }
  | { ok: false; errors: { side: 'us' | 'alternative'; term: ValueTerm; message: string }[] } {
  const errors: { side: 'us' | 'alternative'; term: ValueTerm; message: string }[] = [];
  for (const side of ['us', 'alternative'] as const) {
    for (const term of VALUE_TERMS) {
      const result = checkNumberInput(VALUE_TERM_INPUTS[term], input[side][term], locale);
      if (!result.ok)
        errors.push({ side, term, message: `${side === 'us' ? 'Your' : 'The alternative’s'} ${result.message}` });
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: input };
}

/** One side's value with its formula. */
export interface SideValue {
  /** Benefit − Effort − Risk − Price ± Treatment. */
  value: number;
  /** The value formatted for the reader. */
  text: string;
  /** The formula with the side's scores, e.g. "7 benefit − 3 effort − 2 risk − 6 price + 4 treatment = 0". */
  formula: string;
}

/** Which side the customer is likely to choose, and why. */
export interface ValueComparison {
  /** Your value. */
  us: SideValue;
  /** The alternative's value. */
  alternative: SideValue;
  /** The likely choice. */
  choice: 'us' | 'alternative' | 'tie';
  /** The term with the largest difference in favour of the winner; absent in a tie. */
  decidingTerm?: ValueTerm;
  /** Each term's contribution to your lead: positive favours you, negative the alternative. */
  termDifferences: ValueScores;
  /** A plain sentence or three explaining the likely choice. */
  sentence: string;
  /** Where the formula comes from: Maz Iqbal's essay. */
  source: SourceId;
}

const SOURCE: SourceId = 'iqbal-value-formula';

/** Works out both values, the likely choice and the term that decides it. */
export function compareValue(input: ValueFormulaInput, locale?: unknown): ValueComparison {
  const ours = clampScores(input.us);
  const theirs = clampScores(input.alternative);
  const us = describeSide(ours, locale);
  const alternative = describeSide(theirs, locale);
  const termDifferences = Object.fromEntries(
    VALUE_TERMS.map((term) => [term, tidy(SIGN[term] * (ours[term] - theirs[term]))]),
  ) as ValueScores;
  const lead = tidy(us.value - alternative.value);
  if (lead === 0) {
    const sentence = `It is a tie: you and the alternative both come to ${us.text}, so small things may tip the choice.`;
    return { us, alternative, choice: 'tie', termDifferences, sentence, source: SOURCE };
  }
  const choice = lead > 0 ? 'us' : 'alternative';
  const favour = (term: ValueTerm): number => (choice === 'us' ? termDifferences[term] : -termDifferences[term]);
  const decidingTerm = VALUE_TERMS.reduce((best, term) => (favour(term) > favour(best) ? term : best));
  const counter = VALUE_TERMS.reduce((best, term) => (favour(term) < favour(best) ? term : best));
  const sentence = explainChoice({
    choice,
    us: us.text,
    alternative: alternative.text,
    deciding: { term: decidingTerm, points: favour(decidingTerm) },
    counter: { term: counter, points: -favour(counter) },
    locale,
  });
  return { us, alternative, choice, decidingTerm, termDifferences, sentence, source: SOURCE };
}

// Rounds away floating-point noise (0.1 + 0.2) so equal scores tie and the text shows no 0.30000000000000004.
function tidy(value: number): number {
  const rounded = Math.round(value * 1e9) / 1e9;
  return rounded === 0 ? 0 : rounded;
}

function describeSide(scores: ValueScores, locale: unknown): SideValue {
  const value = tidy(VALUE_TERMS.reduce((sum, term) => sum + SIGN[term] * scores[term], 0));
  const terms = VALUE_TERMS.map((term, index) => {
    const text = `${formatNumber(Math.abs(scores[term]), locale)} ${term}`;
    const operator = SIGN[term] * (scores[term] < 0 ? -1 : 1) < 0 ? '−' : '+';
    if (index > 0) return `${operator} ${text}`;
    return operator === '−' ? `−${text}` : text;
  });
  const text = formatNumber(value, locale);
  return { value, text, formula: `${terms.join(' ')} = ${text}` };
}

// Scores are expected to be checked already; out-of-range ones are clamped so no NaN reaches the page.
function clampScores(scores: ValueScores): ValueScores {
  const clamped = { ...scores };
  for (const term of VALUE_TERMS) {
    const { min, max } = VALUE_TERM_INPUTS[term];
    const raw = scores[term];
    clamped[term] = Number.isFinite(raw) ? Math.min(max, Math.max(min, raw)) : 0;
  }
  return clamped;
}
