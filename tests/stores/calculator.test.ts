// The calculator's stores: what was typed is kept, usable values follow it, the link wins over the
// saved copy, opening a link saves nothing, and another tab never overwrites the form on screen.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeCalculatorState } from '../../src/core/calculator/fragment';
import { calculatorStateSchema } from '../../src/core/calculator/state-format';
import { getDefaultState } from '../../src/core/calculator/state';
import {
  $calculatorFieldErrors,
  $calculatorForm,
  $calculatorOutcome,
  CALCULATOR_STORAGE_KEY,
  resetCalculator,
  restoreCalculator,
  setCalculatorChoice,
  setCalculatorCurrency,
  setCalculatorLocale,
  setCalculatorText,
} from '../../src/stores/calculator';
import { formFromState, stateToKeep } from '../../src/stores/calculator-form';
import {
  $calculatorLinkNotice,
  calculatorLink,
  isStateFragment,
  loadCalculator,
  startCalculatorSync,
} from '../../src/stores/calculator-sync';
import { $savedCalculator } from '../../src/stores/calculator-saved';

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  $calculatorForm.set(formFromState(getDefaultState()));
  window.location.hash = '';
});

describe('the form', () => {
  it('keeps what was typed and takes the value only when it is usable', () => {
    setCalculatorText('customers', '1 234');
    expect($calculatorForm.get().texts.customers).toBe('1 234');
    expect($calculatorForm.get().state.values.customers).toBe(1234);
    setCalculatorText('customers', '12abc');
    expect($calculatorForm.get().texts.customers).toBe('12abc');
    expect($calculatorForm.get().state.values.customers).toBe(1234);
    expect($calculatorFieldErrors.get().customers).toContain('is not a number');
    expect($calculatorOutcome.get().ok).toBe(false);
  });

  it('computes both scenarios once every field is usable', () => {
    setCalculatorText('waitingReduction', '50');
    const outcome = $calculatorOutcome.get();
    if (!outcome.ok) throw new Error('expected results');
    expect(outcome.levers.waitingReduction).toBe(50);
    expect(outcome.comparison.differences.waitingHours.text).toBe('2,400 hours less');
  });

  it('rewrites usable fields in a new number format and leaves problem fields as typed', () => {
    setCalculatorText('contactsPerCustomer', 'three');
    setCalculatorLocale('de-DE');
    const { texts, state } = $calculatorForm.get();
    expect(state.locale).toBe('de-DE');
    expect(texts.customers).toBe('20.000');
    expect(texts.acquisitionMultiple).toBe('6,5');
    expect(texts.contactsPerCustomer).toBe('three');
  });

  it('ignores an unknown currency, locale or option', () => {
    const before = $calculatorForm.get();
    setCalculatorCurrency('XXX');
    setCalculatorLocale('<script>');
    setCalculatorChoice('valueBasis', 'profit');
    expect($calculatorForm.get()).toBe(before);
  });

  it('resets the figures, keeps currency and format, and can undo', () => {
    setCalculatorCurrency('CHF');
    setCalculatorText('customers', '99');
    const previous = resetCalculator();
    expect($calculatorForm.get().state.values.customers).toBe(20_000);
    expect($calculatorForm.get().state.currency).toBe('CHF');
    restoreCalculator(previous);
    expect($calculatorForm.get().texts.customers).toBe('99');
  });
});

describe('the link and the saved copy', () => {
  it('tells a state fragment from an anchor', () => {
    expect(isStateFragment('#v=1&c=5')).toBe(true);
    expect(isStateFragment('#results')).toBe(false);
  });

  it('loads a link with a notice naming what it ignored, and saves nothing for it', async () => {
    await loadCalculator('#v=1&c=5000&h=99', ['en-US']);
    expect($calculatorForm.get().state.values.customers).toBe(5000);
    expect($calculatorLinkNotice.get()).toContain('Years to look ahead');
    expect(localStorage.getItem(CALCULATOR_STORAGE_KEY)).toBeNull();
  });

  it('gives a returning reader their saved figures when there is no link, and the link wins when there is', async () => {
    const saved = getDefaultState();
    saved.values.customers = 4321;
    $savedCalculator.set(saved);
    await loadCalculator('', ['en-US']);
    expect($calculatorForm.get().state.values.customers).toBe(4321);
    await loadCalculator('#v=1&c=5000', ['en-US']);
    expect($calculatorForm.get().state.values.customers).toBe(5000);
  });

  it('starts a new reader in their browser’s number format', async () => {
    await loadCalculator('', ['fr-FR']);
    expect($calculatorForm.get().state.locale).toBe('fr-FR');
    expect($calculatorForm.get().texts.customers).toBe('20\u202F000');
    await loadCalculator('', ['en-IN']);
    expect($calculatorForm.get().state.locale).toBe('en-IN');
  });

  it('starts an en-US reader in en-US, though en-GB writes the same figures', async () => {
    await loadCalculator('', ['en-US', 'en-GB']);
    expect($calculatorForm.get().state.locale).toBe('en-US');
  });

  it('leaves the page as drawn when it already shows the reader’s figures', async () => {
    const drawn = $calculatorForm.get();
    const changes = vi.fn();
    const stop = $calculatorForm.listen(changes);
    await loadCalculator('', ['en-GB']);
    await loadCalculator('', []);
    stop();
    expect(changes).not.toHaveBeenCalled();
    expect($calculatorForm.get()).toBe(drawn);
  });

  it('writes the opening figures into the address in the next task, not while the page starts', async () => {
    const stop = startCalculatorSync(window);
    expect(window.location.hash).toBe('');
    await vi.waitFor(() => {
      expect(window.location.hash).toBe(`#${encodeCalculatorState($calculatorForm.get().state)}`);
    });
    stop();
    window.location.hash = '';
    // Stopped before that task, it writes nothing.
    startCalculatorSync(window)();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(window.location.hash).toBe('');
  });

  it('writes the fragment and the saved copy as the reader types', async () => {
    const stop = startCalculatorSync(window);
    setCalculatorText('customers', '808');
    // Fragment writes are spaced out, because browsers throttle history updates.
    await vi.waitFor(() => {
      expect(window.location.hash).toContain('&c=808&');
    });
    const saved = JSON.parse(localStorage.getItem(CALCULATOR_STORAGE_KEY) ?? '{}') as {
      data: { values: { customers: number } };
    };
    expect(saved.data.values.customers).toBe(808);
    expect(calculatorLink('https://example.org/tools/cost-of-inaction/#old')).toBe(
      `https://example.org/tools/cost-of-inaction/#${encodeCalculatorState($calculatorForm.get().state)}`,
    );
    stop();
  });

  it('a reload before the address catches up shows the newest figures; a link typed in still wins', async () => {
    const stop = startCalculatorSync(window);
    await vi.waitFor(() => {
      expect(window.location.hash).toContain('=');
    });
    const written = window.location.hash;
    // Two changes in a row: the second waits for the interval before it reaches the address.
    setCalculatorText('customers', '808');
    setCalculatorText('customers', '809');
    expect(window.location.hash).not.toContain('&c=809&');
    const onScreen = encodeCalculatorState($calculatorForm.get().state);
    stop();
    // The reload: the page starts from its HTML, then reads the address it was reloaded with.
    $calculatorForm.set(formFromState(getDefaultState()));
    await loadCalculator(window.location.hash, ['en-GB']);
    expect(encodeCalculatorState($calculatorForm.get().state)).toBe(onScreen);
    // An address this tab did not write (a link pasted in, an edit by hand) is shown as it is.
    await loadCalculator(written.replace(/&c=\d+&/, '&c=4321&'), ['en-GB']);
    expect($calculatorForm.get().state.values.customers).toBe(4321);
  });

  it('does not let another tab overwrite the form on screen', () => {
    setCalculatorText('customers', '111');
    const other = getDefaultState();
    other.values.customers = 222;
    const text = JSON.stringify({ kind: 'accueil.cost-of-inaction', version: 1, data: other });
    localStorage.setItem(CALCULATOR_STORAGE_KEY, text);
    window.dispatchEvent(new StorageEvent('storage', { key: CALCULATOR_STORAGE_KEY, newValue: text }));
    expect($calculatorForm.get().state.values.customers).toBe(111);
  });
});

describe('ranges', () => {
  it('are kept while they hold their figure, and dropped from the saved copy and the link once it leaves them', () => {
    $calculatorForm.set(formFromState({ ...getDefaultState(), ranges: { customers: { low: 15_000, high: 30_000 } } }));
    expect(stateToKeep($calculatorForm.get()).ranges).toEqual({ customers: { low: 15_000, high: 30_000 } });
    setCalculatorText('customers', '40000');
    const kept = stateToKeep($calculatorForm.get());
    expect(kept.ranges).toBeUndefined();
    // What is saved must read back next time, not end as "saved data could not be read".
    expect(calculatorStateSchema.safeParse(kept).success).toBe(true);
    expect(encodeCalculatorState(kept)).not.toContain('rg=');
  });
});
