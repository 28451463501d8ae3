// The value formula explorer starts from Maz Iqbal's car-buying story, because it makes the point
// the explorer exists for: the customer was treated better by one dealer and still bought from the
// other, because the price was lower. Scores are our reading of the story, not figures from it.
import type { ValueFormulaInput } from './value-formula';

/** Starting scores for the explorer: warmer treatment from you, a lower price from the alternative. */
export const VALUE_FORMULA_EXAMPLE: Readonly<ValueFormulaInput> = {
  us: { benefit: 10, effort: 2, risk: 1, price: 8, treatment: 3 },
  alternative: { benefit: 10, effort: 2, risk: 1, price: 3, treatment: -1 },
};

/** Neutral scores on both sides: the same benefit, effort, risk and price, and neutral treatment. */
export const VALUE_FORMULA_NEUTRAL: Readonly<ValueFormulaInput> = {
  us: { benefit: 5, effort: 5, risk: 5, price: 5, treatment: 0 },
  alternative: { benefit: 5, effort: 5, risk: 5, price: 5, treatment: 0 },
};
