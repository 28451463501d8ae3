// The self-assessment page: questions one step at a time, then results. The results view (scores,
// history, files) is loaded when it is first shown, with the chart, so the questions load fast.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useAtom } from '../shared/use-atom';
import type { Assessment } from '../../schemas/assessment';
import { measureProgress } from '../../core/assessment/progress';
import {
  $answersFor,
  $stepFor,
  answerItem,
  answersKey,
  goToStep,
  historyKey,
  keepPlace,
  readPlace,
  startOver,
  undoStartOver,
  type ClearedAnswers,
  type PlaceView,
} from '../../stores/assess';
import { ErrorBoundary } from '../shared/ErrorBoundary';
import { lazyComponent } from '../shared/lazy';
import { StorageNotices } from '../shared/StorageNotices';
import { UndoNotice } from '../shared/UndoNotice';
import type { DimensionGuide } from './guides';
import { Stepper } from './Stepper';
import './assess.css';

interface Props {
  /** The assessment, from content/assessments. */
  assessment: Assessment;
  /** Each dimension's playbook and plays. */
  guides: DimensionGuide[];
}

/** The whole self-assessment tool for one assessment. */
export function AssessTool(props: Props) {
  return (
    <ErrorBoundary tool="self-assessment">
      <AssessView {...props} />
    </ErrorBoundary>
  );
}

const ResultsPanel = lazyComponent(() => import('./ResultsPanel').then((m) => m.ResultsPanel), {
  what: 'your results',
  pending: () => (
    <p class="results-loading" role="status">
      Loading your results…
    </p>
  ),
});

const serverAnswers = {};

function AssessView({ assessment, guides }: Props) {
  const storedAnswers = useAtom($answersFor(assessment.id));
  const storedStep = useAtom($stepFor(assessment));
  // The server renders the first step with no answers, and hydration keeps the server's attributes
  // (radio names, ids, checked) wherever the first render differs. So the first render repeats the
  // server's, and this device's answers, step and view are shown once hydrated.
  const [hydrated, setHydrated] = useState(false);
  const answers = hydrated ? storedAnswers : serverAnswers;
  const step = hydrated ? storedStep : 0;
  const progress = measureProgress(assessment, answers);
  const [view, setView] = useState<PlaceView>('questions');
  const [cleared, setCleared] = useState<ClearedAnswers | null>(null);
  const [focusTick, setFocusTick] = useState(0);
  const root = useRef<HTMLDivElement>(null);

  // Set by anything the person does, so the screen is remembered only once they have used it.
  const touched = useRef(false);

  useEffect(() => {
    // A reload shows the screen this tab showed; a new visit resumes the questions, or shows the
    // results to someone who finished them.
    const place = readPlace(assessment.id);
    if (place) {
      goToStep(assessment, place.step);
      setView(place.view);
    } else if (measureProgress(assessment, $answersFor(assessment.id).get()).complete) setView('results');
    setHydrated(true);
  }, []);

  // Before the browser paints: a screen a person can see is already the one a reload shows.
  useLayoutEffect(() => {
    if (hydrated && touched.current) keepPlace(assessment.id, { view, step: storedStep });
  }, [hydrated, view, storedStep, storedAnswers]);

  useEffect(() => {
    if (focusTick === 0 || view !== 'questions') return;
    root.current?.querySelector<HTMLElement>('.step-heading')?.focus();
  }, [focusTick, view]);

  const show = (next: PlaceView) => {
    touched.current = true;
    setView(next);
    setFocusTick((tick) => tick + 1);
  };

  const exportNow = () => {
    void import('./files').then(({ downloadCurrentAnswers }) => {
      downloadCurrentAnswers(assessment, answers);
    });
  };

  return (
    <div class="assess-tool" ref={root}>
      {hydrated && (
        <StorageNotices keys={[answersKey(assessment.id), historyKey(assessment.id)]} onExport={exportNow} />
      )}
      {cleared && (
        <UndoNotice
          message="Your answers were cleared. Saved results are kept."
          onUndo={() => {
            undoStartOver(assessment, cleared);
            setCleared(null);
            show('questions');
          }}
          onDismiss={() => {
            setCleared(null);
          }}
        />
      )}
      {view === 'questions' ? (
        <Stepper
          // Drawn afresh once hydrated, so focus stays put and every attribute is this device's.
          key={hydrated ? 'device' : 'server'}
          assessment={assessment}
          answers={answers}
          onAnswer={(itemId, answer) => {
            touched.current = true;
            answerItem(assessment.id, itemId, answer);
          }}
          step={step}
          onStep={(next) => {
            touched.current = true;
            goToStep(assessment, next);
          }}
          onFinish={() => {
            show('results');
          }}
        />
      ) : (
        <ResultsPanel
          assessment={assessment}
          guides={guides}
          answers={answers}
          focusOnShow={focusTick > 0}
          view={view}
          onView={show}
          onBackToQuestions={() => {
            show('questions');
          }}
        />
      )}
      <div class="tool-actions no-print">
        {view === 'questions' && (
          <button
            type="button"
            class="secondary"
            onClick={() => {
              show('results');
            }}
          >
            {progress.answered > 0 ? 'See results so far' : 'Saved results and import'}
          </button>
        )}
        {progress.answered > 0 && (
          <button
            type="button"
            class="secondary"
            onClick={() => {
              setCleared(startOver(assessment));
              show('questions');
            }}
          >
            Start over
          </button>
        )}
      </div>
    </div>
  );
}
