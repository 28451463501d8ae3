// Ranges in the calculator's form (issue 21): opened at the likely figure, each end checked as typed,
// used only while low <= likely <= high, kept through a change of number format and in the link.
import { beforeEach, describe, expect, it } from 'vitest';
import { encodeCalculatorState } from '../../src/core/calculator/link';
import { getDefaultState } from '../../src/core/calculator/state';
import {
  $calculatorForm,
  $calculatorOutcome,
  $calculatorRangeErrors,
  closeCalculatorRange,
  openCalculatorRange,
  setCalculatorLocale,
  setCalculatorRangeText,
  setCalculatorText,
} from '../../src/stores/calculator';
import { formFromState, stateToKeep } from '../../src/stores/calculator-form';

beforeEach(() => {
  $calculatorForm.set(formFromState(getDefaultState()));
});

const outcomeRanges = () => {
  const outcome = $calculatorOutcome.get();
  return outcome.ok ? outcome.ranges : undefined;
};

describe('a range on an input', () => {
  it('opens at the likely figure and is used once widened', () => {
    openCalculatorRange('customers');
    expect($calculatorForm.get().rangeTexts.customers).toEqual({ low: '20,000', high: '20,000' });
    expect(outcomeRanges()).toEqual({});
    setCalculatorRangeText('customers', 'low', '15,000');
    setCalculatorRangeText('customers', 'high', '30000');
    expect(outcomeRanges()).toEqual({ customers: { low: 15_000, high: 30_000 } });
    expect(encodeCalculatorState(stateToKeep($calculatorForm.get()))).toContain('&rg=c,15000,30000');
  });

  it('says what is wrong with each end, keeps what was typed, and leaves the range out meanwhile', () => {
    openCalculatorRange('averageWaitMinutes');
    setCalculatorRangeText('averageWaitMinutes', 'low', 'soon');
    setCalculatorRangeText('averageWaitMinutes', 'high', '12');
    expect($calculatorRangeErrors.get().averageWaitMinutes?.low).toMatch(/^Low: /);
    expect($calculatorForm.get().rangeTexts.averageWaitMinutes?.low).toBe('soon');
    expect(outcomeRanges()).toEqual({});
    setCalculatorRangeText('averageWaitMinutes', 'low', '9');
    expect($calculatorRangeErrors.get().averageWaitMinutes?.pair).toContain('must not be above the likely figure');
    expect(stateToKeep($calculatorForm.get()).ranges).toBeUndefined();
    // The likely figure moving into the range makes it usable, with nothing retyped.
    setCalculatorText('averageWaitMinutes', '10');
    expect($calculatorRangeErrors.get()).toEqual({});
    expect(outcomeRanges()).toEqual({ averageWaitMinutes: { low: 9, high: 12 } });
    // And moving out of it again sets it aside, with its message.
    setCalculatorText('averageWaitMinutes', '20');
    expect(outcomeRanges()).toEqual({});
    expect($calculatorRangeErrors.get().averageWaitMinutes?.pair).toContain('high figure must not be below');
  });

  it('refuses a low end above the high end', () => {
    openCalculatorRange('headcount');
    setCalculatorRangeText('headcount', 'low', '50');
    setCalculatorRangeText('headcount', 'high', '30');
    expect($calculatorRangeErrors.get().headcount?.pair).toBe('The low figure must not be above the high figure.');
  });

  it('is rewritten in a new number format, and closing it drops it from the results and the link', () => {
    openCalculatorRange('customers');
    setCalculatorRangeText('customers', 'high', '30000');
    setCalculatorLocale('de-DE');
    expect($calculatorForm.get().rangeTexts.customers).toEqual({ low: '20.000', high: '30.000' });
    closeCalculatorRange('customers');
    expect($calculatorForm.get().rangeTexts.customers).toBeUndefined();
    expect(outcomeRanges()).toEqual({});
    expect(encodeCalculatorState(stateToKeep($calculatorForm.get()))).not.toContain('rg=');
  });

  it('opens from a state with ranges, as a link gives it', () => {
    const state = { ...getDefaultState(), ranges: { customers: { low: 15_000, high: 30_000 } } };
    $calculatorForm.set(formFromState(state));
    expect($calculatorForm.get().rangeTexts.customers).toEqual({ low: '15,000', high: '30,000' });
    expect(outcomeRanges()).toEqual({ customers: { low: 15_000, high: 30_000 } });
  });
});
