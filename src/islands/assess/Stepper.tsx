// Asks an assessment one dimension per step. It keeps no state of its own: answers and the step
// come in as props and every change goes out through a callback, so the personal self-assessment
// and workshop mode can store them wherever they need to.
import { useEffect, useId, useRef } from 'preact/hooks';
import type { Assessment } from '../../schemas/assessment';
import { readAnswer, type Answer, type Answers } from '../../core/assessment/answers';
import { measureProgress } from '../../core/assessment/progress';
import { ItemQuestion } from './ItemQuestion';
import './assess.css';

/** Props of the Stepper; kept stable because workshop mode reuses it. */
export interface StepperProps {
  /** The assessment to ask, as loaded from content/assessments. */
  assessment: Assessment;
  /** Current answers keyed by item id; a missing item is unanswered. */
  answers: Answers;
  /** Called with an answer, or null to clear one back to unanswered. */
  onAnswer: (itemId: string, answer: Answer | null) => void;
  /** The step shown, 0-based (one dimension per step); out-of-range values are clamped. */
  step: number;
  /** Called with the step to show next. */
  onStep: (step: number) => void;
  /** Called when the person leaves the last step; without it the last step has no forward button. */
  onFinish?: () => void;
  /** Text of the button that leaves the last step. */
  finishLabel?: string;
}

/** One dimension per step, with progress, back, next and skip. */
export function Stepper({
  assessment,
  answers,
  onAnswer,
  step,
  onStep,
  onFinish,
  finishLabel = 'See my results',
}: StepperProps) {
  const total = assessment.dimensions.length;
  const index = Math.min(Math.max(0, Math.trunc(Number.isFinite(step) ? step : 0)), Math.max(0, total - 1));
  const dimension = assessment.dimensions[index];
  const progress = measureProgress(assessment, answers);
  const stepProgress = progress.steps[index];
  const heading = useRef<HTMLHeadingElement>(null);
  const shownStep = useRef(index);
  const id = useId();

  // Focus follows a step change (not the first render, which would pull focus from the page).
  useEffect(() => {
    if (shownStep.current === index) return;
    shownStep.current = index;
    heading.current?.focus();
  }, [index]);

  if (!dimension) return <p class="notice">This assessment has no questions yet.</p>;

  const isLast = index === total - 1;
  const left = (stepProgress?.total ?? 0) - (stepProgress?.answered ?? 0);
  const goForward = () => {
    if (!isLast) onStep(index + 1);
    else onFinish?.();
  };
  const canGoForward = !isLast || onFinish !== undefined;

  return (
    <section class="stepper" aria-labelledby={`${id}-heading`}>
      <div class="stepper-progress">
        <p class="step-count">
          Step {index + 1} of {total}
        </p>
        <label for={`${id}-progress`} class="progress-label">
          {progress.answered} of {progress.total} statements answered
        </label>
        <progress id={`${id}-progress`} max={progress.total} value={progress.answered} />
      </div>
      <h2 id={`${id}-heading`} ref={heading} tabIndex={-1} class="step-heading">
        {dimension.label}
      </h2>
      <p class="step-help">
        For each statement, pick the description closest to what happens today. 2 and 4 are in between; choose “Don’t
        know” when you cannot say. Your answers are saved on this device as you go.
      </p>
      {dimension.items.map((item) => (
        <ItemQuestion
          key={item.id}
          idPrefix={`${id}-${item.id}`}
          item={item}
          answer={readAnswer(answers, item.id)}
          onAnswer={(answer) => {
            onAnswer(item.id, answer);
          }}
        />
      ))}
      <div class="step-nav">
        {index > 0 && (
          <button
            type="button"
            class="secondary"
            onClick={() => {
              onStep(index - 1);
            }}
          >
            Back
          </button>
        )}
        {canGoForward && (
          <button type="button" onClick={goForward}>
            {isLast ? finishLabel : 'Next'}
          </button>
        )}
        {canGoForward && left > 0 && (
          <button type="button" class="secondary" onClick={goForward}>
            {isLast ? 'Skip and finish' : 'Skip this step'}
          </button>
        )}
      </div>
      {left > 0 && (
        <p class="step-left muted">
          {left === 1 ? '1 statement' : `${left} statements`} on this step {left === 1 ? 'has' : 'have'} no answer yet.
          You can skip {left === 1 ? 'it' : 'them'}: unanswered statements are counted, never scored as zero.
        </p>
      )}
    </section>
  );
}
