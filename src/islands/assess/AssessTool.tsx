// The self-assessment page: questions one step at a time, then results. The results view (scores,
// history, files) is loaded when it is first shown, with the chart, so the questions load fast.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { Assessment } from '../../schemas/assessment';
import { measureProgress } from '../../core/assessment/progress';
import {
  $answersFor,
  $stepFor,
  answerItem,
  answersKey,
  goToStep,
  historyKey,
  startOver,
  undoStartOver,
  type ClearedAnswers,
} from '../../stores/assess';
import { ErrorBoundary } from '../shared/ErrorBoundary';
import { StorageNotices } from '../shared/StorageNotices';
import { UndoNotice } from '../shared/UndoNotice';
import type { DimensionGuide } from './guides';
import { Stepper } from './Stepper';
import { ResultsLoader } from './ResultsLoader';
import './assess.css';

interface Props {
  /** The assessment, from content/assessments. */
  assessment: Assessment;
  /** Each dimension's playbook and plays. */
  guides: DimensionGuide[];
}

type View = 'questions' | 'results';

/** The whole self-assessment tool for one assessment. */
export function AssessTool(props: Props) {
  return (
    <ErrorBoundary tool="self-assessment">
      <AssessView {...props} />
    </ErrorBoundary>
  );
}

function AssessView({ assessment, guides }: Props) {
  const answers = useStore($answersFor(assessment.id));
  const step = useStore($stepFor(assessment));
  const progress = measureProgress(assessment, answers);
  // Someone who finished before sees their results again; everyone else resumes the questions.
  const [view, setView] = useState<View>(() => (progress.complete ? 'results' : 'questions'));
  const [cleared, setCleared] = useState<ClearedAnswers | null>(null);
  const [focusTick, setFocusTick] = useState(0);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (focusTick === 0 || view !== 'questions') return;
    root.current?.querySelector<HTMLElement>('.step-heading')?.focus();
  }, [focusTick, view]);

  const show = (next: View) => {
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
      <StorageNotices keys={[answersKey(assessment.id), historyKey(assessment.id)]} onExport={exportNow} />
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
          assessment={assessment}
          answers={answers}
          onAnswer={(itemId, answer) => {
            answerItem(assessment.id, itemId, answer);
          }}
          step={step}
          onStep={(next) => {
            goToStep(assessment, next);
          }}
          onFinish={() => {
            show('results');
          }}
        />
      ) : (
        <ResultsLoader
          assessment={assessment}
          guides={guides}
          answers={answers}
          focusOnShow={focusTick > 0}
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
