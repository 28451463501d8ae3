// Copy a link to these figures, print a one-page summary, or start again from the usual figures
// (with Undo). The link holds everything in its fragment, which browsers never send to a server.
// While a field cannot be used, no link is offered: it would not show figures a colleague can use.
import { useRef, useState } from 'preact/hooks';
import {
  $calculatorFieldErrors,
  $calculatorRangeErrors,
  resetCalculator,
  restoreCalculator,
} from '../../stores/calculator';
import { type CalculatorForm } from '../../stores/calculator-form';
import { calculatorLink } from '../../stores/calculator-sync';
import { useAtom } from '../shared/use-atom';
import { UndoNotice } from '../shared/UndoNotice';
import { loadPrintPayback } from './PrintPayback';
import { loadPrintDrivers } from './PrintSummary';

/** What the copy button says while a field cannot be used. */
const FIX_BEFORE_SHARING = 'Fix the highlighted field before sharing: a link now would not show usable figures.';

/** Copy link, print and reset, with their status messages. */
export function ShareTools() {
  const [status, setStatus] = useState('');
  const [manualLink, setManualLink] = useState<string | undefined>(undefined);
  const [undo, setUndo] = useState<CalculatorForm | undefined>(undefined);
  const resetButton = useRef<HTMLButtonElement>(null);
  const manualInput = useRef<HTMLInputElement>(null);
  // A range with a problem would be left out of the link, so it blocks sharing like a field does.
  const blocked =
    Object.keys(useAtom($calculatorFieldErrors)).length > 0 || Object.keys(useAtom($calculatorRangeErrors)).length > 0;

  const copyLink = async (): Promise<void> => {
    if (blocked) {
      setManualLink(undefined);
      setStatus(FIX_BEFORE_SHARING);
      return;
    }
    const link = calculatorLink(location.href);
    try {
      await navigator.clipboard.writeText(link);
      setManualLink(undefined);
      setStatus('Link copied. Anyone who opens it sees these figures.');
    } catch {
      setManualLink(link);
      setStatus('This browser did not let the page copy. Copy the link from the box below.');
      requestAnimationFrame(() => manualInput.current?.select());
    }
  };
  const closeUndo = (): void => {
    setUndo(undefined);
    resetButton.current?.focus();
  };

  return (
    <div class="calc-share no-print">
      <div class="calc-actions">
        <button
          type="button"
          aria-disabled={blocked ? 'true' : undefined}
          aria-describedby={blocked ? 'calc-share-blocked' : undefined}
          onClick={() => void copyLink()}
        >
          Copy link to these figures
        </button>
        <button
          type="button"
          class="secondary"
          onClick={() => {
            // The summary names what drives the result and the payback: their code is fetched first (at once when cached).
            void Promise.allSettled([loadPrintDrivers(), loadPrintPayback()]).finally(() => {
              print();
            });
          }}
        >
          Print a one-page summary
        </button>
        <button
          type="button"
          class="secondary"
          ref={resetButton}
          onClick={() => {
            setUndo(resetCalculator());
            setStatus('');
          }}
        >
          Reset to the usual figures
        </button>
      </div>
      {blocked && (
        <p class="calc-share-blocked" id="calc-share-blocked">
          {FIX_BEFORE_SHARING}
        </p>
      )}
      <p role="status" class="calc-status">
        {blocked && status !== FIX_BEFORE_SHARING ? '' : status}
      </p>
      {manualLink !== undefined && !blocked && (
        <div class="field">
          <label for="calc-manual-link">Link to these figures</label>
          <input id="calc-manual-link" ref={manualInput} type="text" readOnly value={manualLink} />
        </div>
      )}
      {undo && (
        <UndoNotice
          message="The figures are back to their usual values. Your currency and number format are kept."
          onUndo={() => {
            restoreCalculator(undo);
            closeUndo();
          }}
          onDismiss={closeUndo}
        />
      )}
    </div>
  );
}
