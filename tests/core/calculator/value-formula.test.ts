import { describe, expect, it } from 'vitest';
import {
  checkValueFormulaInput,
  compareValue,
  validateValueScore,
  type ValueScores,
} from '../../../src/core/calculator/value-formula';

const scores = (benefit: number, effort: number, risk: number, price: number, treatment: number): ValueScores => ({
  benefit,
  effort,
  risk,
  price,
  treatment,
});

describe('compareValue, hand-computed', () => {
  it.each([
    // us, alternative, us value, alternative value, choice, deciding term
    [scores(7, 3, 2, 6, 4), scores(7, 3, 2, 1, 0), 0, 1, 'alternative', 'price'],
    [scores(8, 2, 2, 5, 3), scores(8, 2, 2, 4, -2), 2, -2, 'us', 'treatment'],
    [scores(9, 1, 1, 5, 0), scores(7, 3, 1, 5, 0), 2, -2, 'us', 'benefit'], // benefit and effort tie at 2: formula order
    [scores(5, 5, 5, 5, 0), scores(6, 5, 5, 6, 0), -10, -10, 'tie', undefined],
    [scores(0.1, 0, 0, 0, 0.2), scores(0.3, 0, 0, 0, 0), 0.3, 0.3, 'tie', undefined],
  ] as const)('%o against %o', (us, alternative, usValue, altValue, choice, deciding) => {
    const result = compareValue({ us, alternative }, 'en-GB');
    expect(result.us.value).toBeCloseTo(usValue, 12);
    expect(result.alternative.value).toBeCloseTo(altValue, 12);
    expect(result.choice).toBe(choice);
    expect(result.decidingTerm).toBe(deciding);
  });

  it('shows that treatment matters, and that price can still win', () => {
    const result = compareValue({ us: scores(7, 3, 2, 6, 4), alternative: scores(7, 3, 2, 1, 0) }, 'en-GB');
    expect(result.us.formula).toBe('7 benefit − 3 effort − 2 risk − 6 price + 4 treatment = 0');
    expect(result.termDifferences).toEqual({ benefit: 0, effort: 0, risk: 0, price: -5, treatment: 4 });
    expect(result.source).toBe('iqbal-value-formula');
    expect(result.sentence).toBe(
      'The customer is likely to choose the alternative: its value is 1, against your 0. Price decides it: the alternative costs 5 points less. You treat customers 4 points better, but that is not enough to make up for it.',
    );
  });

  it('explains a win by treatment, and writes a negative treatment with a minus', () => {
    const result = compareValue({ us: scores(8, 2, 2, 5, 3), alternative: scores(8, 2, 2, 4, -2) }, 'en-GB');
    expect(result.alternative.formula).toBe('8 benefit − 2 effort − 2 risk − 4 price − 2 treatment = -2');
    expect(result.sentence).toBe(
      'The customer is likely to choose you: your value is 2, against -2 for the alternative. Treatment decides it: you treat customers 5 points better. The alternative costs 1 point less, but that is not enough to make up for it.',
    );
  });

  it('leaves out the "not enough" clause when the loser is better at nothing', () => {
    const result = compareValue({ us: scores(9, 1, 1, 1, 5), alternative: scores(5, 5, 5, 5, -5) }, 'en-GB');
    expect(result.sentence).toBe(
      'The customer is likely to choose you: your value is 11, against -15 for the alternative. Treatment decides it: you treat customers 10 points better.',
    );
  });

  it('calls a tie a tie', () => {
    expect(compareValue({ us: scores(5, 5, 5, 5, 0), alternative: scores(6, 5, 5, 6, 0) }).sentence).toBe(
      'It is a tie: you and the alternative both come to -10, so small things may tip the choice.',
    );
  });
});

describe('value formula validation', () => {
  it.each([
    ['benefit', '10', true],
    ['benefit', '11', false],
    ['price', '-1', false],
    ['treatment', '-5', true],
    ['treatment', '+5', true],
    ['treatment', '-6', false],
    ['effort', 'high', false],
  ] as const)('%s = %j accepted: %s', (term, text, ok) => {
    expect(validateValueScore(term, text, 'en-GB').ok).toBe(ok);
  });

  it('names the side and the term of every score out of range', () => {
    const result = checkValueFormulaInput({ us: scores(11, 0, 0, 0, 0), alternative: scores(0, 0, 0, 0, 9) }, 'en-GB');
    expect(result).toEqual({
      ok: false,
      errors: [
        { side: 'us', term: 'benefit', message: 'Your “Benefit” is too large. Enter a number between 0 and 10.' },
        {
          side: 'alternative',
          term: 'treatment',
          message: 'The alternative’s “Treatment” is too large. Enter a number between -5 and 5.',
        },
      ],
    });
  });
});
