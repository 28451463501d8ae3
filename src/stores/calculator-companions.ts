// The state of the cost-of-inaction calculator's two companions ("actuals, not averages" and the
// value formula explorer), which read and write numbers in the calculator's number format. Each
// companion is its own island, loaded as it nears the screen, and so is this state.
import { atom, computed } from 'nanostores';
import {
  ACTUALS_INPUTS,
  ACTUALS_INPUT_KEYS,
  computeActuals,
  validateActuals,
  type Actuals,
  type ActualsInputKey,
} from '../core/calculator/actuals';
import { formatForEditing } from '../core/calculator/editable';
import { NumberLocale } from '../core/calculator/locale';
import { validateNumberText, type FieldError } from '../core/calculator/validate';
import { VALUE_FORMULA_EXAMPLE } from '../core/calculator/value-example';
import {
  VALUE_TERMS,
  compareValue,
  validateValueScore,
  type ValueComparison,
  type ValueFormulaInput,
  type ValueScores,
  type ValueTerm,
} from '../core/calculator/value-formula';
import { $calculatorForm } from './calculator';

// They keep exactly what the reader typed, and are not saved: they are for exploring, not for keeping.

/** The two sides of the value formula. */
export type ValueSide = 'us' | 'alternative';

/** The sides in the order the page shows them. */
export const VALUE_SIDES: readonly ValueSide[] = ['us', 'alternative'];

/** The number format and currency the calculator uses. */
export const $calculatorDisplay = computed($calculatorForm, ({ state }) => ({
  locale: state.locale,
  currency: state.currency,
}));

function actualsTexts(values: Record<ActualsInputKey, number>, locale: string): Record<ActualsInputKey, string> {
  const numbers = new NumberLocale(locale);
  return Object.fromEntries(ACTUALS_INPUT_KEYS.map((key) => [key, formatForEditing(values[key], numbers)])) as Record<
    ActualsInputKey,
    string
  >;
}

function valueTexts(input: ValueFormulaInput, locale: string): Record<ValueSide, Record<ValueTerm, string>> {
  const numbers = new NumberLocale(locale);
  const side = (scores: ValueScores) =>
    Object.fromEntries(VALUE_TERMS.map((term) => [term, formatForEditing(scores[term], numbers)])) as Record<
      ValueTerm,
      string
    >;
  return { us: side(input.us), alternative: side(input.alternative) };
}

const ACTUALS_DEFAULTS = Object.fromEntries(
  ACTUALS_INPUT_KEYS.map((key) => [key, ACTUALS_INPUTS[key].default]),
) as Record<ActualsInputKey, number>;

/** What the reader typed in the actuals fields. */
export const $actualsTexts = atom(actualsTexts(ACTUALS_DEFAULTS, $calculatorForm.get().state.locale));

/** What the reader typed in the value formula fields. */
export const $valueTexts = atom(valueTexts(VALUE_FORMULA_EXAMPLE, $calculatorForm.get().state.locale));

/** The actuals, or every field's problem. */
export const $actualsOutcome = computed(
  [$actualsTexts, $calculatorDisplay],
  (texts, display): { ok: true; actuals: Actuals } | { ok: false; errors: FieldError<ActualsInputKey>[] } => {
    const checked = validateActuals(texts, new NumberLocale(display.locale));
    return checked.ok ? { ok: true, actuals: computeActuals(checked.values, display) } : checked;
  },
);

/** One value formula field's problem. */
export interface ValueFieldError {
  side: ValueSide;
  term: ValueTerm;
  message: string;
}

/** The likely choice, or every field's problem. */
export const $valueOutcome = computed(
  [$valueTexts, $calculatorDisplay],
  (texts, { locale }): { ok: true; comparison: ValueComparison } | { ok: false; errors: ValueFieldError[] } => {
    const numbers = new NumberLocale(locale);
    const errors: ValueFieldError[] = [];
    const scores = { us: {}, alternative: {} } as ValueFormulaInput;
    for (const side of VALUE_SIDES) {
      for (const term of VALUE_TERMS) {
        const result = validateValueScore(term, texts[side][term], numbers);
        if (result.ok) scores[side][term] = result.value;
        else
          errors.push({ side, term, message: `${side === 'us' ? 'Yours' : 'The alternative’s'}: ${result.message}` });
      }
    }
    return errors.length > 0 ? { ok: false, errors } : { ok: true, comparison: compareValue(scores, numbers) };
  },
);

/** Records what the reader typed in an actuals field. */
export function setActualsText(key: ActualsInputKey, text: string): void {
  $actualsTexts.set({ ...$actualsTexts.get(), [key]: text });
}

/** Records what the reader typed in a value formula field. */
export function setValueText(side: ValueSide, term: ValueTerm, text: string): void {
  const texts = $valueTexts.get();
  $valueTexts.set({ ...texts, [side]: { ...texts[side], [term]: text } });
}

/** Loads a set of scores into the value formula fields, e.g. the example or neutral scores. */
export function loadValueScores(input: ValueFormulaInput): void {
  $valueTexts.set(valueTexts(input, $calculatorForm.get().state.locale));
}

// When the number format changes, usable fields are rewritten in it; fields with a problem keep
// their text, so nothing the reader typed is lost.
let shownLocale = $calculatorForm.get().state.locale;
$calculatorDisplay.subscribe(({ locale }) => {
  if (locale === shownLocale) return;
  const previous = new NumberLocale(shownLocale);
  const numbers = new NumberLocale(locale);
  shownLocale = locale;
  const actuals = { ...$actualsTexts.get() };
  for (const key of ACTUALS_INPUT_KEYS) {
    const result = validateNumberText(ACTUALS_INPUTS[key], actuals[key], previous);
    if (result.ok) actuals[key] = formatForEditing(result.value, numbers);
  }
  $actualsTexts.set(actuals);
  const rewritten = { ...$valueTexts.get() };
  for (const side of VALUE_SIDES) {
    const next = { ...rewritten[side] };
    for (const term of VALUE_TERMS) {
      const result = validateValueScore(term, next[term], previous);
      if (result.ok) next[term] = formatForEditing(result.value, numbers);
    }
    rewritten[side] = next;
  }
  $valueTexts.set(rewritten);
});
