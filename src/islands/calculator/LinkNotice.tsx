// Says what part of a shared link could not be used, so the reader knows which figures are the
// usual ones rather than their colleague's; or that their figures could not be loaded at all.
import { useAtom } from '../shared/use-atom';
import {
  $calculatorLinkNotice,
  $calculatorReaderFailed,
  dismissCalculatorLinkNotice,
} from '../../stores/calculator-sync';
import { LoadFailed } from '../shared/lazy';

/**
 * The notice about a link that could not be read in full, or, when the code that reads a link or
 * the saved copy could not be fetched, the shared "could not be loaded, reload" notice.
 */
export function LinkNotice() {
  const notice = useAtom($calculatorLinkNotice);
  const readerFailed = useAtom($calculatorReaderFailed);
  if (readerFailed) return <LoadFailed what="your figures" />;
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
