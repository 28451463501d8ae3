// The results far below the inputs: the year-by-year chart and table, and every figure's sum.
// Loaded when they near the screen (see NearScreen); neither is printed, so print never waits.
import { $calculatorForm, $calculatorOutcome } from '../../stores/calculator';
import { FormulaList } from './FormulaList';
import { useAtom } from '../shared/use-atom';
import { YearByYear } from './YearByYear';

function Waiting() {
  return <p class="calc-waiting">Fix the figures listed under “What doing nothing costs” to see this.</p>;
}

/** The year-by-year chart and table for the figures on screen. */
export function YearsDetail() {
  const { state } = useAtom($calculatorForm);
  const outcome = useAtom($calculatorOutcome);
  if (!outcome.ok) return <Waiting />;
  return <YearByYear comparison={outcome.comparison} locale={state.locale} currency={state.currency} />;
}

/** Every figure of the status quo with its sum. */
export function FormulasDetail() {
  const outcome = useAtom($calculatorOutcome);
  if (!outcome.ok) return <Waiting />;
  return <FormulaList result={outcome.comparison.statusQuo} />;
}
