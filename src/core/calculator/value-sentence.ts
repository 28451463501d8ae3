// The plain-words explanation of a value-formula comparison: who the customer is likely to choose,
// which term decides it, and what the other side does better but not by enough. That last clause
// is the point of the tool: treatment matters, and price can still win.
import { formatNumber } from './format';
import type { ValueTerm } from './value-formula';

const PHRASES: Record<ValueTerm, { you: string; it: string; tail: string }> = {
  benefit: { you: 'offer', it: 'offers', tail: 'more benefit' },
  effort: { you: 'ask for', it: 'asks for', tail: 'less effort' },
  risk: { you: 'carry', it: 'carries', tail: 'less risk' },
  price: { you: 'cost', it: 'costs', tail: 'less' },
  treatment: { you: 'treat customers', it: 'treats customers', tail: 'better' },
};

function advantage(side: 'us' | 'alternative', term: ValueTerm, points: number, locale: unknown): string {
  const phrase = PHRASES[term];
  const amount = formatNumber(points, locale);
  const unit = amount === formatNumber(1, locale) ? 'point' : 'points';
  return side === 'us'
    ? `you ${phrase.you} ${amount} ${unit} ${phrase.tail}`
    : `the alternative ${phrase.it} ${amount} ${unit} ${phrase.tail}`;
}

/** What explainChoice needs: the winner, both values as text, and the terms that matter most. */
export interface ChoiceToExplain {
  /** The side the customer is likely to choose. */
  choice: 'us' | 'alternative';
  /** Your value, formatted. */
  us: string;
  /** The alternative's value, formatted. */
  alternative: string;
  /** The term with the largest difference in the winner's favour, and that difference. */
  deciding: { term: ValueTerm; points: number };
  /** The term with the largest difference in the loser's favour, and that difference (0 or less if none). */
  counter: { term: ValueTerm; points: number };
  /** The reader's locale, for the numbers. */
  locale: unknown;
}

/** Explains the likely choice in plain sentences, naming the deciding term and what it outweighs. */
export function explainChoice(input: ChoiceToExplain): string {
  const { choice, us, alternative, deciding, counter, locale } = input;
  const loser = choice === 'us' ? 'alternative' : 'us';
  const first =
    choice === 'us'
      ? `The customer is likely to choose you: your value is ${us}, against ${alternative} for the alternative.`
      : `The customer is likely to choose the alternative: its value is ${alternative}, against your ${us}.`;
  const name = deciding.term.charAt(0).toUpperCase() + deciding.term.slice(1);
  const second = ` ${name} decides it: ${advantage(choice, deciding.term, deciding.points, locale)}.`;
  if (counter.points <= 0) return first + second;
  const comeback = advantage(loser, counter.term, counter.points, locale);
  return `${first}${second} ${comeback.charAt(0).toUpperCase()}${comeback.slice(1)}, but that is not enough to make up for it.`;
}
