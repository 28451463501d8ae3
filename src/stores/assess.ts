// A person's own answers to each self-assessment, saved on this device as they are given, and the
// step they are on. Workshop answers live under accueil.workshop.* so the two never mix.
import { atom, type WritableAtom } from 'nanostores';
import type { Assessment } from '../schemas/assessment';
import { setAnswer, type Answer, type Answers } from '../core/assessment/answers';
import { answersFormat } from '../core/assessment/answers-format';
import { findResumeStep } from '../core/assessment/progress';
import { versionedStore } from './versioned-store';

/** Storage key of a person's answers to one assessment. */
export function answersKey(assessmentId: string): string {
  return `accueil.assess.${assessmentId}.answers`;
}

/** Storage key of the results a person saved for one assessment (see assess-history.ts). */
export function historyKey(assessmentId: string): string {
  return `accueil.assess.${assessmentId}.history`;
}

const answerStores = new Map<string, WritableAtom<Answers>>();
const stepStores = new Map<string, WritableAtom<number>>();

/** The persisted answers to one assessment (one store per assessment, created on first use). */
export function $answersFor(assessmentId: string): WritableAtom<Answers> {
  let store = answerStores.get(assessmentId);
  if (!store) {
    store = versionedStore<Answers>(answersKey(assessmentId), answersFormat, {});
    answerStores.set(assessmentId, store);
  }
  return store;
}

/** The step shown for one assessment; starts at the first step with an unanswered statement. */
export function $stepFor(assessment: Assessment): WritableAtom<number> {
  let store = stepStores.get(assessment.id);
  if (!store) {
    store = atom(findResumeStep(assessment, $answersFor(assessment.id).get()) ?? 0);
    stepStores.set(assessment.id, store);
  }
  return store;
}

/** Records one answer, or clears it back to unanswered when `answer` is null. */
export function answerItem(assessmentId: string, itemId: string, answer: Answer | null): void {
  const store = $answersFor(assessmentId);
  store.set(setAnswer(store.get(), itemId, answer));
}

/** Moves to a step. */
export function goToStep(assessment: Assessment, step: number): void {
  $stepFor(assessment).set(step);
}

/** What "start over" cleared, so Undo can put it back. */
export interface ClearedAnswers {
  answers: Answers;
  step: number;
}

/** Clears every answer to one assessment and returns what was there for Undo. */
export function startOver(assessment: Assessment): ClearedAnswers {
  const cleared = { answers: $answersFor(assessment.id).get(), step: $stepFor(assessment).get() };
  $answersFor(assessment.id).set({});
  $stepFor(assessment).set(0);
  return cleared;
}

/** Puts back answers cleared by startOver; answers given since then are kept. */
export function undoStartOver(assessment: Assessment, cleared: ClearedAnswers): void {
  const store = $answersFor(assessment.id);
  store.set({ ...cleared.answers, ...store.get() });
  $stepFor(assessment).set(cleared.step);
}
