// Printed only: whether the improvement pays back, in the summary at the top of the printout, with
// what it is worth. Its code is the payback part's own (Payback.tsx), loaded when the
// page is printed (the print button loads it before it opens the print dialog), like what drives
// the result.
import { useEffect, useState } from 'preact/hooks';

type PaybackViews = typeof import('./Payback');
let views: PaybackViews | undefined;

/** Loads the code that works out and writes the payback, before printing. */
export async function loadPrintPayback(): Promise<void> {
  views = await import('./Payback');
}

/** The payback sentence and what it is worth, once their code is here. */
export function PrintPayback() {
  const [loaded, setLoaded] = useState(views);
  useEffect(() => {
    if (loaded) return;
    loadPrintPayback().then(
      () => {
        setLoaded(views);
      },
      () => undefined,
    );
  }, [loaded]);
  if (!loaded) return null;
  const { PaybackPrint } = loaded;
  return <PaybackPrint />;
}
