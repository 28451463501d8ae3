// The improvement's costs in the calculator's store: typed like any amount, optional, checked on
// their own (a cost to fix holds up the payback and sharing, never the results), and kept in the
// link and the saved copy only when something is spent.
import { beforeEach, describe, expect, it } from 'vitest';
import { encodeCalculatorState } from '../../src/core/calculator/fragment';
import { getDefaultState } from '../../src/core/calculator/state';
import {
  $calculatorFieldErrors,
  $calculatorForm,
  $calculatorInvestment,
  $calculatorOutcome,
  resetCalculator,
  setCalculatorLocale,
  setCalculatorText,
} from '../../src/stores/calculator';
import { formFromState, isFormShareable, stateToKeep } from '../../src/stores/calculator-form';

beforeEach(() => {
  $calculatorForm.set(formFromState(getDefaultState()));
});

describe('the costs of the improvement', () => {
  it('start empty, meaning nothing is spent, and leave the link as it was', () => {
    const { texts, state } = $calculatorForm.get();
    expect(texts.oneOffCost).toBe('');
    expect(texts.yearlyCost).toBe('');
    expect($calculatorInvestment.get()).toEqual({ ok: true, investment: { oneOffCost: 0, yearlyCost: 0 } });
    expect(encodeCalculatorState(stateToKeep($calculatorForm.get()))).not.toContain('inv=');
    expect(state.investment).toBeUndefined();
  });

  it('are read like any amount, kept in the state and the link, and dropped again at zero', () => {
    setCalculatorText('oneOffCost', '400,000');
    setCalculatorText('yearlyCost', '50000');
    expect($calculatorForm.get().state.investment).toEqual({ oneOffCost: 400_000, yearlyCost: 50_000 });
    expect(encodeCalculatorState(stateToKeep($calculatorForm.get()))).toMatch(/&inv=400000,50000$/);
    setCalculatorText('oneOffCost', '');
    setCalculatorText('yearlyCost', '0');
    expect($calculatorForm.get().state.investment).toBeUndefined();
    expect(encodeCalculatorState(stateToKeep($calculatorForm.get()))).not.toContain('inv=');
  });

  it('with a cost that cannot be used: its message, the last usable cost, the results still shown, no link', () => {
    setCalculatorText('oneOffCost', '1000');
    setCalculatorText('oneOffCost', '-5');
    expect($calculatorFieldErrors.get().oneOffCost).toBe(
      '“One-off cost of the improvement” is too small. Enter a number between 0 and 1,000,000,000.',
    );
    expect($calculatorForm.get().texts.oneOffCost).toBe('-5');
    expect($calculatorForm.get().state.investment).toEqual({ oneOffCost: 1000, yearlyCost: 0 });
    expect($calculatorInvestment.get().ok).toBe(false);
    expect($calculatorOutcome.get().ok).toBe(true);
    expect(isFormShareable($calculatorForm.get())).toBe(false);
    expect(stateToKeep($calculatorForm.get()).drafts).toEqual({ oneOffCost: '-5' });
  });

  it('are rewritten in a new number format, and go with a reset', () => {
    setCalculatorText('oneOffCost', '250000.5');
    setCalculatorLocale('de-DE');
    expect($calculatorForm.get().texts.oneOffCost).toBe('250.000,5');
    resetCalculator();
    expect($calculatorForm.get().texts.oneOffCost).toBe('');
    expect($calculatorForm.get().state.investment).toBeUndefined();
  });
});
