// Results a person chose to keep, per assessment, so they can compare how things change. Kept apart
// from the answers store because it needs the result schemas, which only the results view loads.
import type { WritableAtom } from 'nanostores';
import type { Assessment } from '../schemas/assessment';
import type { Answers } from '../core/assessment/answers';
import { createSavedResult, importResult, resultHistoryFormat, type SavedResult } from '../core/assessment/result-io';
import { versionedStore } from './versioned-store';
import { historyKey } from './assess';
import { storesById } from './per-key';

/** The most results kept per assessment (the history format's limit). */
export const HISTORY_LIMIT = 500;

const historyStores = storesById<SavedResult[]>();

/** The saved results of one assessment, oldest first. */
export function $historyFor(assessmentId: string): WritableAtom<SavedResult[]> {
  return historyStores(assessmentId, () => versionedStore(historyKey(assessmentId), resultHistoryFormat, []));
}

/** Outcome of adding a result to the history. */
export type HistoryAdd =
  | { ok: true; result: SavedResult; duplicate: boolean; /** Where it sits in the history. */ index: number }
  | { ok: false; message: string };

function sameResult(a: SavedResult, b: SavedResult): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function addToHistory(assessmentId: string, result: SavedResult): HistoryAdd {
  const store = $historyFor(assessmentId);
  const history = store.get();
  const existing = history.findIndex((kept) => sameResult(kept, result));
  if (existing !== -1) return { ok: true, result, duplicate: true, index: existing };
  if (history.length >= HISTORY_LIMIT) {
    return {
      ok: false,
      message: `You already keep ${HISTORY_LIMIT} results, the most this page can hold. Delete an old one first.`,
    };
  }
  store.set([...history, result]);
  return { ok: true, result, duplicate: false, index: history.length };
}

/** Saves the current answers as a result with a label and a yyyy-mm-dd date. */
export function saveResult(assessment: Assessment, answers: Answers, label: string, date: string): HistoryAdd {
  return addToHistory(assessment.id, createSavedResult(assessment, answers, label, date));
}

/** Outcome of importing a result file into the history. */
export type HistoryImport = (HistoryAdd & { note: string | null }) | { ok: false; message: string };

/** Reads an exported result file and adds it to the history; never throws. */
export function importIntoHistory(assessment: Assessment, text: string): HistoryImport {
  const imported = importResult(text, assessment);
  if (!imported.ok) return imported;
  const added = addToHistory(assessment.id, imported.result);
  return added.ok ? { ...added, note: imported.note } : added;
}

/** Removes the result at `index` and returns it for Undo; undefined when there is none. */
export function deleteResult(assessmentId: string, index: number): SavedResult | undefined {
  const store = $historyFor(assessmentId);
  const history = store.get();
  const removed = history[index];
  if (removed) store.set(history.filter((_, i) => i !== index));
  return removed;
}

/** Puts a deleted result back where it was. */
export function restoreResult(assessmentId: string, index: number, result: SavedResult): void {
  const store = $historyFor(assessmentId);
  const history = [...store.get()];
  history.splice(Math.min(Math.max(0, index), history.length), 0, result);
  store.set(history);
}
