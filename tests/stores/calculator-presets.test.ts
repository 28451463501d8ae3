// A sector preset in the calculator's form: sets only its figures, closes a range on them, keeps
// every other figure and what is typed elsewhere, is recorded for the link, and undoes exactly.
import { beforeEach, describe, expect, it } from 'vitest';
import { encodeCalculatorState } from '../../src/core/calculator/link';
import { getDefaultState } from '../../src/core/calculator/state';
import {
  $calculatorForm,
  applyCalculatorPreset,
  openCalculatorRange,
  restoreCalculator,
  setCalculatorRangeText,
  setCalculatorText,
} from '../../src/stores/calculator';
import { formFromState, stateToKeep } from '../../src/stores/calculator-form';

beforeEach(() => {
  $calculatorForm.set(formFromState(getDefaultState()));
});

describe('a sector preset', () => {
  it('sets its sourced figure only, closes a range on it, and undoes to the form before', () => {
    setCalculatorText('serviceChurnShare', '50');
    openCalculatorRange('serviceChurnShare');
    setCalculatorRangeText('serviceChurnShare', 'high', '60');
    setCalculatorText('customers', '1e309');
    const before = $calculatorForm.get();

    expect(applyCalculatorPreset('retail-banking')).toBe(before);
    const after = $calculatorForm.get();
    expect(after.texts.serviceChurnShare).toBe('37');
    expect(after.state.values.serviceChurnShare).toBe(37);
    expect(after.rangeTexts.serviceChurnShare).toBeUndefined();
    expect(after.state.ranges?.serviceChurnShare).toBeUndefined();
    // Nothing else moves: what was typed elsewhere stays, as typed.
    expect(after.texts.customers).toBe('1e309');
    expect(after.state.values.annualChurn).toBe(before.state.values.annualChurn);
    expect(stateToKeep(after).preset).toBe('retail-banking');
    expect(encodeCalculatorState(stateToKeep(after))).toContain('&ps=retail-banking');

    restoreCalculator(before);
    expect($calculatorForm.get()).toBe(before);
    expect(encodeCalculatorState(stateToKeep(before))).not.toContain('ps=');
  });

  it('does nothing for an unknown preset', () => {
    const before = $calculatorForm.get();
    expect(applyCalculatorPreset('utilities')).toBeUndefined();
    expect($calculatorForm.get()).toBe(before);
  });
});
