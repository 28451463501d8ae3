// Actuals, not averages (John Sills, via Ron Immink): three figures organisations usually report,
// each paired with the human measure it hides. Waiting time becomes human time wasted, accounts
// opened become relationships started, and savings balances become holidays customers could take.
import { LIFETIME_HOURS, LIFETIME_YEARS } from './assumptions';
import { createFormatter, makeFigure, type DisplayOptions, type Figure } from './figures';
import type { NumberInputDefinition, SourceId } from './inputs';
import { type FieldError, type ValidationResult, validateNumberText } from './validate';

/** The actuals inputs, in the order the page asks for them. */
export const ACTUALS_INPUT_KEYS = [
  'contactsPerYear',
  'averageWaitMinutes',
  'accountsOpened',
  'activeShare',
  'savingsBalances',
  'holidayCost',
] as const;

/** The key of an actuals input. */
export type ActualsInputKey = (typeof ACTUALS_INPUT_KEYS)[number];

/** The actuals values, already validated. */
export type ActualsValues = Record<ActualsInputKey, number>;

const define = (
  key: ActualsInputKey,
  fields: Omit<NumberInputDefinition, 'key' | 'fragmentKey' | 'step' | 'wholeNumber'> &
    Partial<Pick<NumberInputDefinition, 'step' | 'wholeNumber'>>,
): NumberInputDefinition => ({ key, fragmentKey: key, step: 1, wholeNumber: false, ...fields });

/** Every actuals input, with its range and help. */
export const ACTUALS_INPUTS: Readonly<Record<ActualsInputKey, NumberInputDefinition>> = {
  contactsPerYear: /* @__PURE__ */ define('contactsPerYear', {
    label: 'Contacts per year',
    unit: 'count',
    default: 60_000,
    min: 0,
    max: 1e12,
    step: 100,
    wholeNumber: true,
    help: 'Count every call, chat and email your customers started in a year.',
  }),
  averageWaitMinutes: /* @__PURE__ */ define('averageWaitMinutes', {
    label: 'Average waiting time (minutes)',
    unit: 'minutes',
    default: 5,
    min: 0,
    max: 600,
    help: 'Use the average over all contacts, including those answered straight away.',
  }),
  accountsOpened: /* @__PURE__ */ define('accountsOpened', {
    label: 'Accounts opened in a year',
    unit: 'count',
    default: 5000,
    min: 0,
    max: 1e10,
    step: 10,
    wholeNumber: true,
    help: 'Count the new accounts, contracts or memberships opened in a year.',
  }),
  activeShare: /* @__PURE__ */ define('activeShare', {
    label: 'Still active and in touch after 12 months',
    unit: 'percent',
    default: 60,
    min: 0,
    max: 100,
    help: 'Use the share of those accounts that are still used, and whose owners still talk to you, a year later.',
  }),
  savingsBalances: /* @__PURE__ */ define('savingsBalances', {
    label: 'Savings balances held',
    unit: 'money',
    default: 50_000_000,
    min: 0,
    max: 1e13,
    step: 1000,
    help: 'Add up the balances your customers hold with you.',
  }),
  holidayCost: /* @__PURE__ */ define('holidayCost', {
    label: 'Cost of a typical holiday',
    unit: 'money',
    default: 1500,
    min: 1,
    max: 1e7,
    step: 50,
    help: 'Use what a week away costs a typical customer of yours.',
  }),
};

/** An average an organisation reports, beside the actual human measure it hides. */
export interface ActualPair {
  /** The usual measure's name, e.g. "Average waiting time". */
  averageLabel: string;
  /** The human measure's name, e.g. "Human lives wasted". */
  actualLabel: string;
  /** The usual measure, as entered. */
  average: Figure;
  /** The human measure, with the sum that produced it. */
  actual: Figure;
  /** Where the pairing comes from: John Sills' actuals, via Ron Immink's review. */
  source: SourceId;
}

/** The three pairs, plus the waiting time in human terms. */
export interface Actuals {
  /** Average waiting time → hours of customers' lives spent waiting. */
  timeWasted: ActualPair & {
    /** The hours in the most telling human unit. */
    humanTerms: string;
    /** The hours as whole lives. */
    livesWasted: Figure;
  };
  /** Accounts opened → relationships started. */
  relationshipsStarted: ActualPair;
  /** Savings balances held → holidays customers could take with them. */
  customerHolidays: ActualPair;
}

/** Reads and checks every actuals input; a missing field takes its default, an empty one is an error. */
export function validateActuals(
  rawTexts: Partial<Record<ActualsInputKey, string>>,
  locale: unknown,
): ValidationResult<ActualsValues, ActualsInputKey> {
  const values = Object.fromEntries(
    ACTUALS_INPUT_KEYS.map((key) => [key, ACTUALS_INPUTS[key].default]),
  ) as ActualsValues;
  const errors: FieldError<ActualsInputKey>[] = [];
  for (const key of ACTUALS_INPUT_KEYS) {
    const text = rawTexts[key];
    if (text === undefined) continue;
    const result = validateNumberText(ACTUALS_INPUTS[key], text, locale);
    if (result.ok) values[key] = result.value;
    else errors.push({ key, message: result.message });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, values };
}

/** Turns the three usual averages into the human measures they hide; never returns NaN. */
export function computeActuals(values: ActualsValues, display: DisplayOptions = {}): Actuals {
  const f = createFormatter(display);
  const v = values;
  const given = (text: string) => (s: string) => `${s}, ${text}`;
  const hours = (v.contactsPerYear * v.averageWaitMinutes) / 60;
  const actual = makeFigure(
    hours,
    f.hours,
    (s) =>
      `${f.countOf(v.contactsPerYear, 'contact', 'contacts')} × ${f.number(v.averageWaitMinutes)} minutes average wait ÷ 60 = ${s}`,
  );
  const holidays = v.holidayCost > 0 ? v.savingsBalances / v.holidayCost : 0;
  return {
    timeWasted: {
      averageLabel: 'Average waiting time',
      source: 'immink-human-experience',
      actualLabel: 'Human lives wasted',
      average: makeFigure(
        v.averageWaitMinutes,
        (n) => f.numberOf(n, 'minute', 'minutes'),
        given('as usually reported'),
      ),
      actual,
      humanTerms: f.human(hours),
      livesWasted: makeFigure(
        hours / LIFETIME_HOURS,
        (n) => f.numberOf(n, 'lifetime', 'lifetimes'),
        (s) => `${actual.text} ÷ ${f.number(LIFETIME_HOURS)} hours in a life of ${LIFETIME_YEARS} years = ${s}`,
      ),
    },
    relationshipsStarted: {
      averageLabel: 'Accounts opened',
      source: 'immink-human-experience',
      actualLabel: 'Relationships started',
      average: makeFigure(v.accountsOpened, (n) => f.countOf(n, 'account', 'accounts'), given('opened in a year')),
      actual: makeFigure(
        (v.accountsOpened * v.activeShare) / 100,
        (n) => f.countOf(n, 'relationship', 'relationships'),
        (s) =>
          `${f.countOf(v.accountsOpened, 'account', 'accounts')} opened × ${f.percent(v.activeShare)} still active and in touch after 12 months = ${s} started`,
      ),
    },
    customerHolidays: {
      averageLabel: 'Savings balances held',
      source: 'immink-human-experience',
      actualLabel: 'Customer holidays',
      average: makeFigure(v.savingsBalances, f.money, given('held in savings')),
      actual: makeFigure(
        holidays,
        (n) => f.countOf(n, 'holiday', 'holidays'),
        (s) => `${f.money(v.savingsBalances)} held ÷ ${f.money(v.holidayCost)} for a typical holiday = ${s}`,
      ),
    },
  };
}
