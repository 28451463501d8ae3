// The two companions sit below the calculator, so like the chart they load only when their section
// nears the screen: they cost nothing when the page opens.
import { ErrorBoundary } from '../shared/ErrorBoundary';
import { lazyComponent } from '../shared/lazy';
import { SourcesContext, type SourceSummaries } from './sources';
import './calculator.css';

const companions = {
  actuals: lazyComponent(() => import('./ActualsExplorer').then((module) => module.ActualsExplorer), {
    what: 'the actuals explorer',
    near: true,
  }),
  'value-formula': lazyComponent(() => import('./ValueFormulaExplorer').then((module) => module.ValueFormulaExplorer), {
    what: 'the value formula explorer',
    near: true,
  }),
};

/** Which companion to show. */
export type CompanionName = keyof typeof companions;

/** A companion explorer, loaded when its section nears the screen. */
export function CompanionLoader({ which, sources }: { which: CompanionName; sources: SourceSummaries }) {
  const tool = which === 'actuals' ? 'actuals explorer' : 'value formula explorer';
  const Companion = companions[which];
  return (
    <ErrorBoundary tool={tool}>
      <SourcesContext.Provider value={sources}>
        <Companion />
      </SourcesContext.Provider>
    </ErrorBoundary>
  );
}
