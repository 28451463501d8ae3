// Printed only: whether the improvement pays back, in the summary at the top of the printout, with
// the figures behind the sentence. Its code is the payback's own, loaded when the page is printed
// (the print button loads it before it opens the print dialog), like what drives the result.
import { useEffect, useState } from 'preact/hooks';
import { createFormatter } from '../../core/calculator/figures';
import { $calculatorForm, $calculatorInvestment, $calculatorOutcome } from '../../stores/calculator';
import { useAtom } from '../shared/use-atom';

type PaybackModule = typeof import('../../core/calculator/payback');
let paybackModule: PaybackModule | undefined;

/** Loads the code that works out the payback, before printing. */
export async function loadPrintPayback(): Promise<void> {
  paybackModule = await import('../../core/calculator/payback');
}

/** The payback sentence and its figures, once their code is here and every figure can be used. */
export function PrintPayback() {
  const [payback, setPayback] = useState(paybackModule);
  const outcome = useAtom($calculatorOutcome);
  const costs = useAtom($calculatorInvestment);
  const { state } = useAtom($calculatorForm);
  useEffect(() => {
    if (payback) return;
    loadPrintPayback().then(
      () => {
        setPayback(paybackModule);
      },
      () => undefined,
    );
  }, [payback]);
  if (!payback || !outcome.ok || !costs.ok) return null;
  const f = createFormatter({ locale: state.locale, currency: state.currency });
  const result = payback.analysePayback(
    costs.investment,
    outcome.comparison.years.map((row) => row.total.saving),
  );
  const figures = payback.paybackFigures(result, f);
  const spends = result.point.kind !== 'no-cost';
  return (
    <div class="calc-print-payback">
      <h3>Does it pay back?</h3>
      <p>{payback.describePayback(result, f)}</p>
      <ul>
        <li>Saved: {figures.totalSaving.formula}.</li>
        {spends && <li>Spent: {figures.totalCost.formula}.</li>}
        {spends && <li>Net benefit: {figures.netBenefit.formula}.</li>}
        <li>The most worth spending up front: {figures.maxOneOff.formula}.</li>
      </ul>
    </div>
  );
}
