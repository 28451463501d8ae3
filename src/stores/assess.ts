// A person's own answers to each self-assessment, saved on this device as they are given, and the
// step they are on. Workshop answers live under accueil.workshop.* so the two never mix.
import { atom, type WritableAtom } from 'nanostores';
import type { Assessment } from '../schemas/assessment';
import { answersFormat, setAnswer, type Answer, type Answers } from '../core/assessment/answers';
import { findResumeStep } from '../core/assessment/progress';
import { versionedStore } from './versioned-store';
import { storesById } from './per-key';

/** Storage key of a person's answers to one assessment. */
export function answersKey(assessmentId: string): string {
  return `accueil.assess.${assessmentId}.answers`;
}

/** Storage key of the results a person saved for one assessment (see assess-history.ts). */
export function historyKey(assessmentId: string): string {
  return `accueil.assess.${assessmentId}.history`;
}

const answerStores = storesById<Answers>();
const stepStores = storesById<number>();

/** The persisted answers to one assessment (one store per assessment, created on first use). */
export function $answersFor(assessmentId: string): WritableAtom<Answers> {
  return answerStores(assessmentId, () => versionedStore<Answers>(answersKey(assessmentId), answersFormat, {}));
}

/** The step shown for one assessment; starts at the first step with an unanswered statement. */
export function $stepFor(assessment: Assessment): WritableAtom<number> {
  return stepStores(assessment.id, () => atom(findResumeStep(assessment, $answersFor(assessment.id).get()) ?? 0));
}

/** What a person is looking at: the questions, their own results, or a result from the history. */
export type PlaceView = 'questions' | 'results' | { index: number; imported: boolean };

/** Which screen of one assessment a person is on, and the step of the questions. */
export interface Place {
  view: PlaceView;
  step: number;
}

function placeKey(assessmentId: string): string {
  return `accueil.assess.${assessmentId}.place`;
}

/**
 * The screen this tab last showed, so a reload shows the same one; null when there is none. Kept in
 * sessionStorage (this tab only): a person who comes back another day resumes at the first step
 * with an unanswered statement instead. Anything unreadable there is ignored.
 */
export function readPlace(assessmentId: string): Place | null {
  let text: string | null;
  try {
    text = sessionStorage.getItem(placeKey(assessmentId));
  } catch {
    return null;
  }
  const match = /^(questions|results|(saved|imported)-(\d{1,3}))@(\d{1,3})$/.exec(text ?? '');
  if (!match) return null;
  const step = Number(match[4]);
  if (match[1] === 'questions' || match[1] === 'results') return { view: match[1], step };
  return { view: { index: Number(match[3]), imported: match[2] === 'imported' }, step };
}

/** Remembers the screen shown, for readPlace; does nothing where sessionStorage is refused. */
export function keepPlace(assessmentId: string, place: Place): void {
  const { view } = place;
  const name = typeof view === 'string' ? view : `${view.imported ? 'imported' : 'saved'}-${String(view.index)}`;
  try {
    sessionStorage.setItem(placeKey(assessmentId), `${name}@${String(place.step)}`);
  } catch {
    // Private browsing or full storage: a reload then resumes at the first unanswered step.
  }
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
