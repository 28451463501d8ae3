// Reads the calculator's state from a URL fragment written by link.ts.
//
// A link may be hand-edited, cut short or hostile. Reading one never throws: each field is checked
// on its own and falls back to its default, and the notice names what was not used. The version
// check and upgrades from older layouts go through versioned.ts like every other format.
import * as z from '../zod';
import { decodeVersioned, type FormatSpec } from '../versioned';
import { CHOICE_INPUTS } from './choices';
import { isSupportedCurrency } from './format';
import { CALCULATOR_INPUTS, NUMBER_INPUT_KEYS, type NumberInputDefinition, type NumberInputKey } from './inputs';
import {
  INVESTMENT_INPUTS,
  INVESTMENT_KEYS,
  validateInvestment,
  withInvestmentCost,
  type InvestmentKey,
} from './investment';
import { LEVER_INPUTS, type LeverKey } from './levers';
import { LINK_CHOICE_KEYS, LINK_IMP_KEYS, LINK_VERSION } from './link';
import { canonicaliseLocale } from './locale';
import { findPreset } from './presets';
import { checkRange, isWide, RANGE_KEYS, type RangeKey, type Ranges } from './ranges';
import {
  DRAFT_KEYS,
  getDefaultState,
  MAX_DRAFT_CHARS,
  type CalculatorState,
  type DraftKey,
  type Drafts,
} from './state';
import { checkNumberInput, validateNumberText } from './validate';

const MAX_FRAGMENT_CHARS = 2000;
const MAX_FIELDS = 64;
const CHOICE_KEYS = LINK_CHOICE_KEYS;
const NUMBER_TEXT = /^-?\d{1,25}(?:\.\d{1,30})?(?:e[-+]?\d{1,3})?$/i;

/** The link layout: its version and the upgrades from older layouts, keyed by version. */
export const fragmentFormat: FormatSpec<Record<string, string>> = {
  kind: 'accueil.cost-of-inaction.link',
  version: LINK_VERSION,
  schema: z.record(z.string(), z.string()),
  migrations: {
    1: (old) => withoutFailureDemand(old),
  },
  maxChars: MAX_FRAGMENT_CHARS * 4,
};

// A version 1 link was made before failure demand existed: it had none, so it opens with none (the
// cut at its default, which changes nothing while there is no failure demand).
function withoutFailureDemand(old: unknown): unknown {
  if (typeof old !== 'object' || old === null) return old;
  return {
    [CALCULATOR_INPUTS.failureDemandShare.fragmentKey]: '0',
    [LEVER_INPUTS.failureDemandReduction.fragmentKey]: String(LEVER_INPUTS.failureDemandReduction.default),
    ...old,
  };
}

const KNOWN_KEYS: ReadonlySet<string> = new Set([
  'v',
  ...NUMBER_INPUT_KEYS.map((key) => CALCULATOR_INPUTS[key].fragmentKey),
  ...CHOICE_KEYS.map((key) => CHOICE_INPUTS[key].fragmentKey),
  'cur',
  'lc',
  'imp',
  LEVER_INPUTS.failureDemandReduction.fragmentKey,
  'rg',
  'inv',
  'ps',
]);

// The ranges field (`rg=c,15000,30000,w,5,12`, see link.ts): each input's short name, low and high.
const RANGE_BY_FRAGMENT_KEY: ReadonlyMap<string, RangeKey> = new Map(
  RANGE_KEYS.map((key) => [CALCULATOR_INPUTS[key].fragmentKey, key]),
);

/** Writes the state as a link's fragment (link.ts); kept here beside its reader for callers of both. */
export { encodeCalculatorState } from './link';

/** What a link gave: a usable state, plus a notice when some of it could not be used. */
export interface DecodedCalculatorState {
  /** The state to show; any field that could not be used holds its default. */
  state: CalculatorState;
  /** A plain sentence for the reader when part of the link was not used. */
  notice?: string;
  /** Names of the fields that were in the link but could not be used. */
  ignored: string[];
  /** Names of the number fields whose text could not be used and is shown as written (in state.drafts). */
  drafted?: string[];
}

interface FieldReport {
  /** Names of fields present but unusable. */
  ignored: string[];
  /** Names of number fields whose text is shown as written, with what is wrong with it. */
  drafted: string[];
  /** Names of fields absent from the link. */
  missing: string[];
}

// Fills state.ranges from the ranges field; false when any part of it could not be used (the
// usable ranges are kept). A range is checked against the input's likely figure from the link.
function readRanges(text: string, state: CalculatorState): boolean {
  const parts = text.split(',');
  const ranges: Ranges = {};
  let usable = parts.length % 3 === 0;
  for (let at = 0; at + 2 < parts.length; at += 3) {
    const key: RangeKey | undefined = RANGE_BY_FRAGMENT_KEY.get(parts[at] ?? '');
    const usableNumber = (raw: string | undefined): number | undefined => {
      const value = readNumber(raw);
      const checked =
        key === undefined || value === undefined
          ? undefined
          : checkNumberInput(CALCULATOR_INPUTS[key], value, state.locale);
      return checked?.ok ? checked.value : undefined;
    };
    const low = usableNumber(parts[at + 1]);
    const high = usableNumber(parts[at + 2]);
    const range = low === undefined || high === undefined ? undefined : { low, high };
    if (key === undefined || range === undefined || ranges[key] !== undefined) usable = false;
    else if (state.drafts?.[key] !== undefined || checkRange(key, range, state.values[key]) !== undefined)
      usable = false;
    else if (isWide(range)) ranges[key] = range;
  }
  if (Object.keys(ranges).length > 0) state.ranges = ranges;
  return usable;
}

// Sets one cost of the improvement; the state has no investment while nothing is spent.
function setCost(state: CalculatorState, key: InvestmentKey, value: number): void {
  const investment = withInvestmentCost(state.investment, key, value);
  if (investment) state.investment = investment;
  else delete state.investment;
}

/** Reads a URL fragment written by encodeCalculatorState; falls back field by field, never throws. */
export function decodeCalculatorState(fragment: unknown): DecodedCalculatorState {
  const state = getDefaultState();
  if (typeof fragment !== 'string') return { state, ignored: [] };
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  // A bare anchor such as #results is not calculator state, so it deserves no warning.
  if (!text.includes('=')) return { state, ignored: [] };
  if (text.length > MAX_FRAGMENT_CHARS) {
    return withNotice(state, [], 'This link is too long to read, so the calculator shows its usual figures.');
  }
  const { fields, unknown } = splitFields(text);
  const notes: string[] = [];
  const versionText = fields.get('v') ?? '1';
  const version = /^\d{1,6}$/.test(versionText) ? Number(versionText) : Number.NaN;
  const data = Object.fromEntries([...fields].filter(([key]) => key !== 'v'));
  const decoded = decodeVersioned(fragmentFormat, JSON.stringify({ kind: fragmentFormat.kind, version, data }));
  // Without a usable version, a field added later (failure demand) that is absent means none, as in version 1.
  const read = new Map(
    Object.entries(decoded.status === 'ok' ? decoded.value : (withoutFailureDemand(data) as object)),
  );
  if (decoded.status === 'newer') {
    notes.push('This link was made by a newer version of the calculator, so some settings may not have come through.');
  } else if (decoded.status !== 'ok') {
    notes.push('This link’s version could not be read, so each setting was checked on its own.');
  }
  const { ignored, missing, drafted } = readFields(read, state);
  if (drafted.length > 0) {
    notes.push(
      `Some figures in this link cannot be used as they are, so they are shown as written for you to fix: ${drafted.join(', ')}.`,
    );
  }
  if (ignored.length > 0) {
    notes.push(`Some settings in this link could not be used, so their usual values are shown: ${ignored.join(', ')}.`);
  }
  if (missing.length > 0 && read.size > 0) {
    // A long list helps nobody: past a few names, the count says enough.
    const which = missing.length <= 5 ? `: ${missing.join(', ')}` : ` for ${missing.length} settings`;
    notes.push(
      `This link is missing some settings, perhaps because it was cut short, so the usual values are shown${which}.`,
    );
  }
  if (unknown > 0) {
    notes.push(
      `${unknown === 1 ? 'One setting' : `${unknown} settings`} in this link ${unknown === 1 ? 'is' : 'are'} not part of this calculator and ${unknown === 1 ? 'was' : 'were'} ignored.`,
    );
  }
  const decodedState = withNotice(state, ignored, notes.join(' '));
  return drafted.length > 0 ? { ...decodedState, drafted } : decodedState;
}

function withNotice(state: CalculatorState, ignored: string[], notice: string): DecodedCalculatorState {
  return notice === '' ? { state, ignored } : { state, ignored, notice };
}

function decodePart(part: string): string | undefined {
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
}

// Keeps the first copy of each known field; unknown and undecodable fields are only counted, so
// nothing from a hostile link is ever repeated back to the reader.
function splitFields(text: string): { fields: Map<string, string>; unknown: number } {
  const fields = new Map<string, string>();
  let unknown = 0;
  for (const pair of text.split('&').slice(0, MAX_FIELDS)) {
    if (pair === '') continue;
    const at = pair.indexOf('=');
    const key = decodePart(at < 0 ? pair : pair.slice(0, at));
    const value = decodePart(at < 0 ? '' : pair.slice(at + 1));
    if (key === undefined || value === undefined || !KNOWN_KEYS.has(key)) unknown += 1;
    else if (!fields.has(key)) fields.set(key, value);
  }
  return { fields, unknown };
}

function readNumber(text: string | undefined): number | undefined {
  if (text === undefined || !NUMBER_TEXT.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value + 0 : undefined;
}

// Fills `state` from the fields, in place, and names each field that was missing or unusable. A
// number that cannot be used is kept as a draft, so the reader sees it with its message, never a
// silent substitute; only text too long to be a figure is dropped.
function readFields(fields: ReadonlyMap<string, string>, state: CalculatorState): FieldReport {
  const report: FieldReport = { ignored: [], missing: [], drafted: [] };
  const drafts: Drafts = {};
  const take = (fragmentKey: string, name: string, apply: (raw: string) => boolean): void => {
    const raw = fields.get(fragmentKey);
    if (raw === undefined) report.missing.push(name);
    else if (!apply(raw)) report.ignored.push(name);
  };
  const checked = (definition: NumberInputDefinition, raw: string | undefined): number | undefined => {
    const value = readNumber(raw);
    const result = value === undefined ? undefined : checkNumberInput(definition, value, state.locale);
    return result?.ok ? result.value : undefined;
  };
  const keepDraft = (key: DraftKey, raw: string | undefined): boolean => {
    if (raw === undefined || raw.length > MAX_DRAFT_CHARS) return false;
    drafts[key] = raw;
    return true;
  };
  for (const key of NUMBER_INPUT_KEYS) {
    const definition = CALCULATOR_INPUTS[key];
    take(definition.fragmentKey, definition.label, (raw) => {
      const value = checked(definition, raw);
      if (value !== undefined) state.values[key] = value;
      return value !== undefined || keepDraft(key, raw);
    });
  }
  for (const key of CHOICE_KEYS) {
    const definition = CHOICE_INPUTS[key];
    take(definition.fragmentKey, definition.name, (raw) => {
      const option = definition.options.find((candidate) => candidate.value === raw);
      if (option) Object.assign(state.values, { [key]: option.value });
      return option !== undefined;
    });
  }
  take('cur', 'Currency', (raw) => {
    if (isSupportedCurrency(raw)) state.currency = raw;
    return isSupportedCurrency(raw);
  });
  take('lc', 'Number format', (raw) => {
    const canonical = canonicaliseLocale(raw);
    if (canonical !== undefined) state.locale = canonical;
    return canonical !== undefined;
  });
  take('imp', 'Improvements', (raw) => {
    const parts = raw.split(',');
    if (parts.length !== LINK_IMP_KEYS.length) {
      // A list of the wrong length cannot say which figure is which: each usable one is kept.
      LINK_IMP_KEYS.forEach((key, index) => {
        const value = checked(LEVER_INPUTS[key], parts[index]);
        if (value !== undefined) state.levers[key] = value;
      });
      return false;
    }
    return LINK_IMP_KEYS.map((key, index) => {
      const part = parts[index];
      const value = checked(LEVER_INPUTS[key], part);
      if (value !== undefined) state.levers[key] = value;
      return value !== undefined || keepDraft(key, part === undefined ? undefined : decodePart(part));
    }).every(Boolean);
  });
  // The improvement's costs (`inv=400000,50000`, see link.ts): optional, so a link without them
  // misses nothing. A cost that cannot be used is kept as written, like a lever's.
  const investmentText = fields.get('inv');
  if (investmentText !== undefined) {
    const parts = investmentText.split(',');
    const usable =
      parts.length === INVESTMENT_KEYS.length &&
      INVESTMENT_KEYS.map((key, index) => {
        const part = parts[index];
        const value = checked(INVESTMENT_INPUTS[key], part);
        if (value !== undefined) setCost(state, key, value);
        return value !== undefined || keepDraft(key, part === undefined ? undefined : decodePart(part));
      }).every(Boolean);
    if (!usable) report.ignored.push('Cost of the improvement');
  }
  // Failure demand's cut has its own field (link version 2).
  const failureCut = LEVER_INPUTS.failureDemandReduction;
  take(failureCut.fragmentKey, failureCut.label, (raw) => {
    const value = checked(failureCut, raw);
    if (value !== undefined) state.levers.failureDemandReduction = value;
    return value !== undefined || keepDraft('failureDemandReduction', raw);
  });
  // A draft in the link's own number format ("12,5" in a French link) is a usable figure after all.
  const kept: Drafts = {};
  for (const key of DRAFT_KEYS) {
    const draft = drafts[key];
    if (draft === undefined) continue;
    if (key in INVESTMENT_INPUTS) {
      const cost = validateInvestment(key as InvestmentKey, draft, state.locale);
      if (cost.ok) setCost(state, key as InvestmentKey, cost.value);
      else {
        kept[key] = draft;
        report.drafted.push(INVESTMENT_INPUTS[key as InvestmentKey].label);
      }
      continue;
    }
    const isLever = key in LEVER_INPUTS;
    const definition = isLever ? LEVER_INPUTS[key as LeverKey] : CALCULATOR_INPUTS[key as NumberInputKey];
    const result = validateNumberText(definition, draft, state.locale);
    if (result.ok && isLever) state.levers[key as LeverKey] = result.value;
    else if (result.ok) state.values[key as NumberInputKey] = result.value;
    else {
      kept[key] = draft;
      report.drafted.push(definition.label);
    }
  }
  if (report.drafted.length > 0) state.drafts = kept;
  // The sector preset started from, when the link names one (presets.ts).
  const preset = fields.get('ps');
  if (preset !== undefined) {
    if (findPreset(preset)) state.preset = preset;
    else report.ignored.push('Sector preset');
  }
  // Ranges last: each is checked against its input's likely figure, which must be usable.
  const rangeText = fields.get('rg');
  if (rangeText !== undefined && !readRanges(rangeText, state)) report.ignored.push('Ranges');
  return report;
}
