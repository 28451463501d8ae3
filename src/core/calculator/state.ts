// The calculator's whole state (inputs, improvement levers, currency and locale) as one value. The
// schema every saved copy is checked against lives in state-format.ts, loaded only when there is a
// saved copy or a link to read: writing a copy needs only its kind and version, below.
import type { FormatSpec } from '../versioned';
import { DEFAULT_CURRENCY } from './format';
import { getDefaultValues, NUMBER_INPUT_KEYS, type CalculatorValues, type NumberInputKey } from './inputs';
import { INVESTMENT_KEYS, type Investment, type InvestmentKey } from './investment';
import { getDefaultLevers, LEVER_KEYS, type LeverKey, type Levers } from './levers';
import { FALLBACK_LOCALE } from './locale';
import type { Ranges } from './ranges';

/** Everything needed to show the calculator as someone left it. */
export interface CalculatorState {
  /** The inputs. */
  values: CalculatorValues;
  /** The improvements in the "if we improve" scenario. */
  levers: Levers;
  /** The ISO 4217 currency results are shown in. */
  currency: string;
  /** The locale numbers are read and written in. */
  locale: string;
  /**
   * What the reader typed in each field that cannot be used yet (e.g. "1e309"), exactly as typed.
   * The numbers above keep that field's last usable value for the sums, but the link and the saved
   * copy carry the typed text, so they never claim a figure the screen does not show.
   */
  drafts?: Drafts;
  /**
   * Inputs given as a range instead of a single figure: the low and high ends, the input's value
   * being the likely figure. Absent when every input is a single figure (as in every older copy).
   */
  ranges?: Ranges;
  /**
   * What the improvement costs, once and every year, for its payback. Absent when nothing is spent
   * (as in every older copy).
   */
  investment?: Investment;
  /**
   * The sector preset the reader started from (presets.ts), by id. Absent when none was applied, as
   * in every copy and link made before presets existed.
   */
  preset?: string;
}

/** A number field that can hold a draft: an input, an improvement lever or a cost of the improvement. */
export type DraftKey = NumberInputKey | LeverKey | InvestmentKey;

/** Texts typed into fields that cannot be used yet, by field. */
export type Drafts = Partial<Record<DraftKey, string>>;

/** The longest draft kept: anything longer is no figure anyone meant to type. */
export const MAX_DRAFT_CHARS = 100;

/** Every field that can hold a draft, inputs first. */
export const DRAFT_KEYS: readonly DraftKey[] = [...NUMBER_INPUT_KEYS, ...LEVER_KEYS, ...INVESTMENT_KEYS];

/** The state without its drafts, and the drafts when there are any. */
export function splitDrafts(state: CalculatorState): { state: CalculatorState; drafts: Drafts } {
  const { drafts = {}, ...rest } = state;
  return { state: rest, drafts };
}

/** Returns the state the calculator starts with. */
export function getDefaultState(): CalculatorState {
  return {
    values: getDefaultValues(),
    levers: getDefaultLevers(),
    currency: DEFAULT_CURRENCY,
    locale: FALLBACK_LOCALE,
  };
}

/** The kind and version a saved copy is written with; state-format.ts adds the schema that reads it. */
export const CALCULATOR_STATE_ENVELOPE: Pick<FormatSpec<CalculatorState>, 'kind' | 'version'> = {
  kind: 'accueil.cost-of-inaction',
  // Version 2 added failure demand and its cut; state-format.ts upgrades version 1 copies.
  version: 2,
};
