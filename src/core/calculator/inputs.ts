// The calculator's inputs, one entry each: what the page asks, in which unit, the default, the
// allowed range and, where a default comes from the essays, the source it comes from. The page
// renders this table; parsing, validation and the URL fragment all read their rules from it.
import { CHOICE_INPUTS, type AcquisitionMode, type LostCustomerView, type ValueBasis } from './choices';

/** Source ids from content/sources.yaml that the calculator cites. */
export type SourceId =
  | 'jd-power-2010'
  | 'acquisition-cost-multiple'
  | 'sills-43-days'
  | 'iqbal-value-formula'
  | 'immink-human-experience'
  | 'seddon-failure-demand';

/**
 * Every source the calculator page cites (its inputs, figures, assumptions and companions). The
 * page counts as citing them, so a source cited only here is still one the site rests on.
 */
export const CALCULATOR_SOURCES: readonly SourceId[] = [
  'jd-power-2010',
  'acquisition-cost-multiple',
  'sills-43-days',
  'iqbal-value-formula',
  'immink-human-experience',
  'seddon-failure-demand',
];

/** The kind of quantity an input holds; it decides how the value is parsed and shown. */
export type InputUnit = 'count' | 'per-year' | 'percent' | 'minutes' | 'money' | 'years' | 'multiple' | 'score';

/** One numeric input: its wording, unit, default and allowed range. */
export interface NumberInputDefinition {
  /** The key the value is stored under. */
  key: string;
  /** The field label, short enough for a form. */
  label: string;
  /** The unit, which decides parsing (a % sign is allowed only for percents) and formatting. */
  unit: InputUnit;
  /** The value used until the reader changes it. */
  default: number;
  /** The smallest accepted value. */
  min: number;
  /** The largest accepted value. */
  max: number;
  /** A sensible increment for a number field's step attribute. */
  step: number;
  /** True when only whole numbers make sense (people, years). */
  wholeNumber: boolean;
  /**
   * One plain sentence that helps the reader find the figure. The calculator's own inputs keep theirs
   * in ./help.ts, which only the page's HTML needs, so it costs the browser no JavaScript.
   */
  help?: string;
  /** The source id the default comes from, when it comes from one. */
  source?: SourceId;
  /**
   * What the source gives: the default figure (the usual case) or only the idea the input measures,
   * when the default is the reader's to set (failure demand starts at 0, off).
   */
  sourceGives?: 'default' | 'concept';
  /** The short name used in the URL fragment. */
  fragmentKey: string;
}

/** The numeric inputs, in the order the page asks for them. */
export const NUMBER_INPUT_KEYS = [
  'customers',
  'contactsPerCustomer',
  'waitingShare',
  'averageWaitMinutes',
  'handlingMinutes',
  'annualChurn',
  'serviceChurnShare',
  'valuePerCustomer',
  'acquisitionCost',
  'acquisitionMultiple',
  'retentionCost',
  'headcount',
  'staffTurnover',
  'replacementCost',
  'horizonYears',
  // Added after the others (issue 21), so earlier links, saved copies and draws keep their order.
  'failureDemandShare',
] as const;

/** The key of a numeric input. */
export type NumberInputKey = (typeof NUMBER_INPUT_KEYS)[number];

/** The largest amount of money any calculator field accepts. */
export const MONEY_MAX = 1e9;

// Each entry's key is its property name; writing it twice would invite the two to drift apart.
function withKeys(
  table: Record<NumberInputKey, Omit<NumberInputDefinition, 'key'>>,
): Record<NumberInputKey, NumberInputDefinition> {
  const keyed: Partial<Record<NumberInputKey, NumberInputDefinition>> = {};
  for (const key of NUMBER_INPUT_KEYS) keyed[key] = { key, ...table[key] };
  return keyed as Record<NumberInputKey, NumberInputDefinition>;
}

/** Every numeric input of the cost-of-inaction calculator. */
export const CALCULATOR_INPUTS: Readonly<Record<NumberInputKey, NumberInputDefinition>> = withKeys({
  customers: {
    label: 'Customers',
    unit: 'count',
    default: 20_000,
    min: 1,
    max: 1e10,
    step: 100,
    wholeNumber: true,
    fragmentKey: 'c',
  },
  contactsPerCustomer: {
    label: 'Contacts per customer per year',
    unit: 'per-year',
    default: 3,
    min: 0,
    max: 1000,
    step: 0.5,
    wholeNumber: false,
    fragmentKey: 'cpc',
  },
  waitingShare: {
    label: 'Share of contacts that wait',
    unit: 'percent',
    default: 60,
    min: 0,
    max: 100,
    step: 5,
    wholeNumber: false,
    fragmentKey: 'ws',
  },
  averageWaitMinutes: {
    label: 'Average wait (minutes)',
    unit: 'minutes',
    default: 8,
    min: 0,
    max: 600,
    step: 1,
    wholeNumber: false,
    fragmentKey: 'aw',
  },
  handlingMinutes: {
    label: 'Average handling time (minutes)',
    unit: 'minutes',
    default: 7,
    min: 0,
    max: 600,
    step: 1,
    wholeNumber: false,
    fragmentKey: 'ht',
  },
  annualChurn: {
    label: 'Customers who leave each year',
    unit: 'percent',
    default: 15,
    min: 0,
    max: 100,
    step: 1,
    wholeNumber: false,
    fragmentKey: 'ch',
  },
  serviceChurnShare: {
    label: 'Share of leavers who leave over poor service',
    unit: 'percent',
    default: 37,
    min: 0,
    max: 100,
    step: 1,
    wholeNumber: false,
    fragmentKey: 'sc',
    source: 'jd-power-2010',
  },
  valuePerCustomer: {
    label: 'Value of one customer per year',
    unit: 'money',
    default: 250,
    min: 0,
    max: MONEY_MAX,
    step: 10,
    wholeNumber: false,
    fragmentKey: 'val',
  },
  acquisitionCost: {
    label: 'Cost to win one new customer',
    unit: 'money',
    default: 300,
    min: 0,
    max: MONEY_MAX,
    step: 10,
    wholeNumber: false,
    fragmentKey: 'ac',
  },
  acquisitionMultiple: {
    label: 'Winning a customer costs this many times keeping one',
    unit: 'multiple',
    default: 6.5,
    min: 0,
    max: 100,
    step: 0.5,
    wholeNumber: false,
    fragmentKey: 'mul',
    source: 'acquisition-cost-multiple',
  },
  retentionCost: {
    label: 'Cost to keep one customer per year',
    unit: 'money',
    default: 50,
    min: 0,
    max: MONEY_MAX,
    step: 5,
    wholeNumber: false,
    fragmentKey: 'kc',
  },
  headcount: {
    label: 'Frontline people',
    unit: 'count',
    default: 40,
    min: 0,
    max: 1e7,
    step: 1,
    wholeNumber: true,
    fragmentKey: 'hc',
  },
  staffTurnover: {
    label: 'Frontline people who leave each year',
    unit: 'percent',
    default: 30,
    min: 0,
    max: 200,
    step: 1,
    wholeNumber: false,
    fragmentKey: 'st',
  },
  replacementCost: {
    label: 'Cost to replace one person',
    unit: 'money',
    default: 8000,
    min: 0,
    max: MONEY_MAX,
    step: 100,
    wholeNumber: false,
    fragmentKey: 'rc',
  },
  horizonYears: {
    label: 'Years to look ahead',
    unit: 'years',
    default: 5,
    min: 1,
    max: 20,
    step: 1,
    wholeNumber: true,
    fragmentKey: 'h',
  },
  // Failure demand (John Seddon): contacts that exist only because something went wrong earlier.
  // They are part of the contacts above, so they add nothing to any total; 0 turns them off.
  failureDemandShare: {
    label: 'Share of contacts caused by an earlier failure',
    unit: 'percent',
    default: 0,
    min: 0,
    max: 100,
    step: 5,
    wholeNumber: false,
    fragmentKey: 'fd',
    source: 'seddon-failure-demand',
    sourceGives: 'concept',
  },
});

/** Every value the model needs, already validated. */
export type CalculatorValues = Record<NumberInputKey, number> & {
  /** Whether valuePerCustomer is revenue or margin. */
  valueBasis: ValueBasis;
  /** Which acquisition figure to use. */
  acquisitionMode: AcquisitionMode;
  /** How lost customers count towards the total. */
  lostCustomerView: LostCustomerView;
};

/** Returns the calculator's default values, a mid-size service business. */
export function getDefaultValues(): CalculatorValues {
  const numbers = Object.fromEntries(NUMBER_INPUT_KEYS.map((key) => [key, CALCULATOR_INPUTS[key].default]));
  return {
    ...(numbers as Record<NumberInputKey, number>),
    valueBasis: CHOICE_INPUTS.valueBasis.default,
    acquisitionMode: CHOICE_INPUTS.acquisitionMode.default,
    lostCustomerView: CHOICE_INPUTS.lostCustomerView.default,
  };
}
