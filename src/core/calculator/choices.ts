// The inputs that pick one of a few options. Each changes what a number means (revenue or margin),
// where it comes from (an amount or a multiple) or how it is counted (lost value or replacement).

/** One input with a fixed set of options. */
export interface ChoiceInputDefinition<T extends string = string> {
  /** The key the choice is stored under. */
  key: string;
  /** The question the page asks. */
  label: string;
  /** A short name for lists and notices, e.g. "Revenue or margin". */
  name: string;
  /** The options, in the order the page shows them. */
  options: readonly { value: T; label: string }[];
  /** The option used until the reader changes it. */
  default: T;
  /** One plain sentence on how to choose; the calculator's choices keep theirs in ./help.ts. */
  help?: string;
  /** The short name used in the URL fragment. */
  fragmentKey: string;
}

/** Whether the value per customer is revenue or margin. */
export type ValueBasis = 'revenue' | 'margin';
/** How the cost of winning a customer is given: an amount, or a multiple of the cost to keep one. */
export type AcquisitionMode = 'amount' | 'multiple';
/** How customers who leave are counted: the value they take with them, or the cost of replacing them. */
export type LostCustomerView = 'lost-value' | 'replacement';

/** The inputs that pick one of a few options. */
export const CHOICE_INPUTS = {
  valueBasis: {
    key: 'valueBasis',
    label: 'Is that value revenue or margin?',
    name: 'Revenue or margin',
    default: 'margin',
    fragmentKey: 'vb',
    options: [
      { value: 'margin', label: 'Margin (what is left after costs)' },
      { value: 'revenue', label: 'Revenue (what customers pay)' },
    ],
  },
  acquisitionMode: {
    key: 'acquisitionMode',
    label: 'How do you know what a new customer costs?',
    name: 'How the cost of a new customer is given',
    default: 'multiple',
    fragmentKey: 'am',
    options: [
      { value: 'multiple', label: 'As a multiple of the cost to keep one' },
      { value: 'amount', label: 'As an amount per new customer' },
    ],
  },
  lostCustomerView: {
    key: 'lostCustomerView',
    label: 'How should customers who leave be counted?',
    name: 'How customers who leave are counted',
    default: 'lost-value',
    fragmentKey: 'lv',
    options: [
      { value: 'lost-value', label: 'The value they would have brought' },
      { value: 'replacement', label: 'What it costs to win new customers in their place' },
    ],
  },
} as const satisfies {
  valueBasis: ChoiceInputDefinition<ValueBasis>;
  acquisitionMode: ChoiceInputDefinition<AcquisitionMode>;
  lostCustomerView: ChoiceInputDefinition<LostCustomerView>;
};

/** The key of a choice input. */
export type ChoiceInputKey = keyof typeof CHOICE_INPUTS;
