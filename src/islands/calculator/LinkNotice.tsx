// Says what part of a shared link could not be used, so the reader knows which figures are the
// usual ones rather than their colleague's.
import { useAtom } from '../shared/use-atom';
import { $calculatorLinkNotice, dismissCalculatorLinkNotice } from '../../stores/calculator-sync';

/** The notice about a link that could not be read in full. */
export function LinkNotice() {
  const notice = useAtom($calculatorLinkNotice);
  if (notice === undefined) return null;
  return (
    <div class="notice calc-link-notice" role="alert">
      <p>
        <strong>Part of this link could not be used.</strong> {notice}
      </p>
      <p>
        <button type="button" class="secondary" onClick={dismissCalculatorLinkNotice}>
          Dismiss
        </button>
      </p>
    </div>
  );
}
