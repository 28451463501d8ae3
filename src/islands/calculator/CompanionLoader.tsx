// The two companions sit below the calculator, so like the chart they load only when their section
// nears the screen: they cost nothing when the page opens.
import { ErrorBoundary } from '../shared/ErrorBoundary';
import { NearScreen } from './NearScreen';
import { SourcesContext, type SourceSummaries } from './sources';
import './calculator.css';

const loadActuals = () => import('./ActualsExplorer').then((module) => module.ActualsExplorer);
const loadValueFormula = () => import('./ValueFormulaExplorer').then((module) => module.ValueFormulaExplorer);

/** Which companion to show. */
export type CompanionName = 'actuals' | 'value-formula';

/** A companion explorer, loaded when its section nears the screen. */
export function CompanionLoader({ which, sources }: { which: CompanionName; sources: SourceSummaries }) {
  const tool = which === 'actuals' ? 'actuals explorer' : 'value formula explorer';
  return (
    <ErrorBoundary tool={tool}>
      <SourcesContext.Provider value={sources}>
        <NearScreen load={which === 'actuals' ? loadActuals : loadValueFormula} what={`The ${tool}`} />
      </SourcesContext.Provider>
    </ErrorBoundary>
  );
}
