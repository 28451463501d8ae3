// The help under each of the calculator's fields, one plain sentence each. Only the page's HTML
// needs these sentences: the page passes them to the island as props, so they add nothing to the
// JavaScript the calculator loads (see CalculatorApp and the budget in scripts/lib/budgets.mjs).
import type { ChoiceInputKey } from './choices';
import type { NumberInputKey } from './inputs';
import type { InvestmentKey } from './investment';
import type { LeverKey } from './levers';

/** A field of the calculator that shows help. */
export type CalculatorHelpKey = NumberInputKey | LeverKey | ChoiceInputKey | InvestmentKey;

/** The help sentence for every field of the calculator. */
export const CALCULATOR_HELP: Readonly<Record<CalculatorHelpKey, string>> = {
  customers: 'Count the customers you actively serve today, not everyone who ever bought from you.',
  contactsPerCustomer: 'Divide the calls, chats and emails you handle in a year by the number of customers.',
  waitingShare: 'Use the share of contacts that are not answered straight away, from your queue reports.',
  averageWaitMinutes: 'Use the average time a waiting customer spends on hold or in a queue before someone helps.',
  handlingMinutes: 'Use the average time one of your people spends on a contact, including the notes after it.',
  annualChurn: 'Use the share of last year’s customers who stopped buying from you during the year.',
  serviceChurnShare:
    'The default is the share of US bank switchers who left over poor service in 2010; use your own exit survey if you have one.',
  valuePerCustomer: 'Use the yearly revenue or margin from an average customer, and say which one below.',
  acquisitionCost: 'Divide a year’s sales and marketing spend on new customers by the customers it won.',
  acquisitionMultiple:
    'The default is the middle of the often-quoted “six to seven times”, a rule of thumb with no primary source.',
  retentionCost: 'Divide a year’s spend on serving and keeping existing customers by the number of customers.',
  headcount: 'Count the people who talk to customers, as a headcount rather than full-time equivalents.',
  staffTurnover: 'Divide the frontline leavers in a year by the average frontline headcount.',
  replacementCost: 'Add recruiting, training and the months a new starter takes to reach full speed.',
  horizonYears: 'Pick how many years of doing nothing to add up, from 1 to 20.',
  failureDemandShare:
    'Sample a week of contacts and count those caused by an earlier failure: chasing, repeating, correcting. Leave 0 to leave it out.',
  waitingReduction: 'Try the cut you could make with more people at busy times or fewer needless contacts.',
  serviceChurnReduction: 'Try a cut you could defend to your finance team, not the best case.',
  staffTurnoverReduction:
    'Try the cut you could make by treating your people the way you want them to treat customers.',
  failureDemandReduction:
    'Try the cut you could make by fixing the causes of the contacts you counted, first the most common.',
  valueBasis: 'Margin is the safer choice, because a customer who leaves also stops costing you money to serve.',
  acquisitionMode:
    'Choose the amount if you know your cost per new customer, or the multiple if you only know the cost to keep one.',
  lostCustomerView: 'Count one or the other, not both: a customer you replace stops costing you the value they took.',
  oneOffCost:
    'Optional. What the improvements cost once, at the start: systems, hiring, training. Leave it empty if you do not know yet.',
  yearlyCost: 'Optional. What they cost every year to keep going, such as licences or the extra people.',
};
