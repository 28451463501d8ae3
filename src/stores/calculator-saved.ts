// Reading what the calculator keeps outside the page: the saved copy on this device and a link's
// fragment. Both are checked against their schema (zod) before they are trusted, so this module is
// loaded only when there is something to read; writing them (calculator-sync.ts) needs no schema.
import { calculatorStateFormat } from '../core/calculator/state-format';
import { getDefaultState, type CalculatorState } from '../core/calculator/state';
import { versionedStore } from './versioned-store';
import { CALCULATOR_STORAGE_KEY } from './calculator';

export { decodeCalculatorState } from '../core/calculator/fragment';

/** The last state kept on this device, for a reader who comes back without a link. */
export const $savedCalculator = versionedStore<CalculatorState>(
  CALCULATOR_STORAGE_KEY,
  calculatorStateFormat,
  getDefaultState(),
);
