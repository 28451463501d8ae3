// Writes the calculator's state as a URL fragment, so a result can be shared as a link that never
// reaches a server: `v=1&c=20000&cpc=3&…&cur=EUR&lc=en-GB&imp=20,30,10`. Every field is written,
// even at its default, so a link keeps its meaning if a later version changes the defaults. Reading
// a link (fragment.ts) checks it against the schema; writing one needs none of that, so the page
// writes its address on every change without loading the reader.
import { CHOICE_INPUTS, type ChoiceInputKey } from './choices';
import { CALCULATOR_INPUTS, NUMBER_INPUT_KEYS } from './inputs';
import { hasInvestment, INVESTMENT_KEYS } from './investment';
import type { LeverKey } from './levers';
import { isWide, RANGE_KEYS, type Ranges } from './ranges';
import type { CalculatorState } from './state';

/**
 * The layout version written in every link's `v` field. Version 2 added failure demand (`fd`, and
 * its cut `fdc`); a version 1 link is read as having none (fragment.ts).
 */
export const LINK_VERSION = 2;

/** The levers listed together in the `imp` field, as version 1 wrote them; later levers have their own field. */
export const LINK_IMP_KEYS: readonly LeverKey[] = [
  'waitingReduction',
  'serviceChurnReduction',
  'staffTurnoverReduction',
];

/** The choice inputs, in the order a link lists them. */
export const LINK_CHOICE_KEYS: readonly ChoiceInputKey[] = ['valueBasis', 'acquisitionMode', 'lostCustomerView'];

// The ranges field lists, for each input given as a range, its short name, low and high:
// `rg=c,15000,30000,w,5,12`. It is written only when there is a range, so a link without one is
// exactly what earlier versions wrote, and earlier links open unchanged.
function encodeRanges(ranges: Ranges | undefined): string | undefined {
  const parts = RANGE_KEYS.flatMap((key) => {
    const range = ranges?.[key];
    return isWide(range) ? [CALCULATOR_INPUTS[key].fragmentKey, String(range.low), String(range.high)] : [];
  });
  return parts.length > 0 ? parts.join(',') : undefined;
}

// The improvement's costs, one-off and yearly: `inv=400000,50000`. Written only when something is
// spent (or a cost holds text to fix, escaped like a lever's), so a link without costs is exactly
// what earlier versions wrote, and earlier links open unchanged.
function encodeInvestment(state: CalculatorState): string | undefined {
  const drafts = state.drafts ?? {};
  if (!hasInvestment(state.investment) && INVESTMENT_KEYS.every((key) => drafts[key] === undefined)) return undefined;
  return INVESTMENT_KEYS.map((key) => {
    const draft = drafts[key];
    return draft === undefined ? String(state.investment?.[key] ?? 0) : encodeURIComponent(draft);
  }).join(',');
}

// Encodes a field's value: plain numbers, codes and tags stay readable; anything else is escaped.
const escapeValue = (text: string): string => text.replace(/[^A-Za-z0-9=.,+-]/g, encodeURIComponent);

/**
 * Writes the state as a compact, readable URL fragment (without the leading #). A field holding a
 * draft (text that cannot be used yet) is written as typed, so the link shows what the screen shows.
 */
export function encodeCalculatorState(state: CalculatorState): string {
  const drafts = state.drafts ?? {};
  // A lever's draft sits in a comma-separated list, so its own commas are escaped once more.
  const lever = (key: LeverKey): string => {
    const draft = drafts[key];
    return draft === undefined ? String(state.levers[key]) : encodeURIComponent(draft);
  };
  const fields: [string, string][] = [
    ['v', String(LINK_VERSION)],
    ...NUMBER_INPUT_KEYS.map((key): [string, string] => [
      CALCULATOR_INPUTS[key].fragmentKey,
      drafts[key] ?? String(state.values[key]),
    ]),
    ...LINK_CHOICE_KEYS.map((key): [string, string] => [CHOICE_INPUTS[key].fragmentKey, state.values[key]]),
    ['cur', state.currency],
    ['lc', state.locale],
    ['imp', LINK_IMP_KEYS.map(lever).join(',')],
    // Failure demand's cut, in its own field (link version 2).
    ['fdc', drafts.failureDemandReduction ?? String(state.levers.failureDemandReduction)],
  ];
  const ranges = encodeRanges(state.ranges);
  if (ranges !== undefined) fields.push(['rg', ranges]);
  const investment = encodeInvestment(state);
  if (investment !== undefined) fields.push(['inv', investment]);
  // The sector preset started from, only when there is one (presets.ts), so other links are unchanged.
  if (state.preset !== undefined) fields.push(['ps', state.preset]);
  return fields.map(([key, value]) => `${key}=${escapeValue(value)}`).join('&');
}
