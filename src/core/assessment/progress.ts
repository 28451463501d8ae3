// Progress through an assessment asked one dimension per step. "Don't know" counts as answered:
// the person has responded, and nagging them to change it would push them to guess.
import type { Assessment } from '../../schemas/assessment';
import { readAnswer, type Answers } from './answers';

/** How far one step (one dimension) has got. */
export interface StepProgress {
  /** Dimension id shown on this step. */
  dimensionId: string;
  /** Items with a rating or "don't know". */
  answered: number;
  /** Items on the step. */
  total: number;
  /** True when every item on the step has an answer. */
  complete: boolean;
}

/** How far a person has got through the whole assessment. */
export interface Progress {
  /** Items with a rating or "don't know". */
  answered: number;
  /** Items in the assessment. */
  total: number;
  /** Answered share from 0 to 1 (0 for an assessment without items). */
  share: number;
  /** True when every item has an answer. */
  complete: boolean;
  /** One entry per step, in order. */
  steps: StepProgress[];
}

/** Measures progress per step and overall. */
export function measureProgress(assessment: Assessment, answers: Answers): Progress {
  const steps = assessment.dimensions.map((dimension): StepProgress => {
    const answered = dimension.items.filter((item) => readAnswer(answers, item.id) !== undefined).length;
    const total = dimension.items.length;
    return { dimensionId: dimension.id, answered, total, complete: answered === total };
  });
  const answered = steps.reduce((sum, step) => sum + step.answered, 0);
  const total = steps.reduce((sum, step) => sum + step.total, 0);
  return { answered, total, share: total > 0 ? answered / total : 0, complete: answered === total, steps };
}

/** The first step (0-based) with an unanswered item, to resume at; null when everything is answered. */
export function findResumeStep(assessment: Assessment, answers: Answers): number | null {
  const index = measureProgress(assessment, answers).steps.findIndex((step) => !step.complete);
  return index === -1 ? null : index;
}
