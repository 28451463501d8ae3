// Copy a link to these figures, print a one-page summary, or start again from the usual figures
// (with Undo). The link holds everything in its fragment, which browsers never send to a server.
import { useRef, useState } from 'preact/hooks';
import { resetCalculator, restoreCalculator, type CalculatorForm } from '../../stores/calculator';
import { calculatorLink } from '../../stores/calculator-sync';
import { UndoNotice } from '../shared/UndoNotice';

/** Copy link, print and reset, with their status messages. */
export function ShareTools() {
  const [status, setStatus] = useState('');
  const [manualLink, setManualLink] = useState<string | undefined>(undefined);
  const [undo, setUndo] = useState<CalculatorForm | undefined>(undefined);
  const resetButton = useRef<HTMLButtonElement>(null);
  const manualInput = useRef<HTMLInputElement>(null);

  const copyLink = async (): Promise<void> => {
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
        <button type="button" onClick={() => void copyLink()}>
          Copy link to these figures
        </button>
        <button
          type="button"
          class="secondary"
          onClick={() => {
            print();
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
      <p role="status" class="calc-status">
        {status}
      </p>
      {manualLink !== undefined && (
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
