// Personal answers persist as they are given, survive a reload, start clean on corrupt data, follow
// other tabs, and stay apart from workshop answers. Saved results keep their own history.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { exportResult, createSavedResult } from '../../src/core/assessment/result-io';
import { sevenTraits, small } from '../core/assessment/fixtures';

async function freshModules() {
  vi.resetModules();
  const stores = await import('../../src/stores/versioned-store');
  const assess = await import('../../src/stores/assess');
  const history = await import('../../src/stores/assess-history');
  return { ...stores, ...assess, ...history };
}

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

describe('the screen kept for a reload', () => {
  it('reads back each screen it kept, for this tab only', async () => {
    const { keepPlace, readPlace } = await freshModules();
    expect(readPlace('heart')).toBeNull();
    for (const place of [
      { view: 'questions', step: 3 },
      { view: 'results', step: 0 },
      { view: { index: 12, imported: true }, step: 6 },
      { view: { index: 0, imported: false }, step: 1 },
    ] as const) {
      keepPlace('heart', place);
      expect(readPlace('heart')).toEqual(place);
    }
    expect(readPlace('seven-traits')).toBeNull();
    expect(Object.keys(localStorage)).toEqual([]);
  });

  it('ignores anything else found there, and storage that is refused', async () => {
    const { readPlace, keepPlace } = await freshModules();
    for (const text of ['', 'step:3', 'questions@-1', 'questions@1e3', 'saved-@2', 'results@9999', '<img>@1', '{}']) {
      sessionStorage.setItem('accueil.assess.heart.place', text);
      expect(readPlace('heart')).toBeNull();
    }
    const refuse = vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const refuseWrite = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(readPlace('heart')).toBeNull();
    expect(() => {
      keepPlace('heart', { view: 'results', step: 0 });
    }).not.toThrow();
    refuse.mockRestore();
    refuseWrite.mockRestore();
  });
});

describe('personal answers', () => {
  it('saves each answer as it is given, under accueil.assess.<id>.answers, and reads it back after a reload', async () => {
    const first = await freshModules();
    first.answerItem('seven-traits', 'accessible-1', 4);
    first.answerItem('seven-traits', 'accessible-2', 'dk');
    const stored: unknown = JSON.parse(localStorage.getItem('accueil.assess.seven-traits.answers') ?? '');
    expect(stored).toEqual({
      kind: 'accueil.assessment-answers',
      version: 1,
      data: { 'accessible-1': 4, 'accessible-2': 'dk' },
    });
    expect(Object.keys(localStorage).every((key) => !key.startsWith('accueil.workshop.'))).toBe(true);

    const reloaded = await freshModules();
    expect(reloaded.$answersFor('seven-traits').get()).toEqual({ 'accessible-1': 4, 'accessible-2': 'dk' });
    // Step 1 still has an unanswered statement, so that is where the person resumes.
    expect(reloaded.$stepFor(sevenTraits).get()).toBe(0);
  });

  it('resumes at the first step with an unanswered statement', async () => {
    const first = await freshModules();
    for (const item of sevenTraits.dimensions.slice(0, 3).flatMap((d) => d.items)) {
      first.answerItem('seven-traits', item.id, 3);
    }
    const reloaded = await freshModules();
    expect(reloaded.$stepFor(sevenTraits).get()).toBe(3);
  });

  it('clears an answer back to unanswered', async () => {
    const { answerItem, $answersFor } = await freshModules();
    answerItem('seven-traits', 'accessible-1', 4);
    answerItem('seven-traits', 'accessible-1', null);
    expect($answersFor('seven-traits').get()).toEqual({});
  });

  it('starts clean on corrupt data and records the problem, keeping the old text', async () => {
    localStorage.setItem(
      'accueil.assess.seven-traits.answers',
      JSON.stringify({ kind: 'accueil.assessment-answers', version: 1, data: { 'accessible-1': 9 } }),
    );
    const { $answersFor, $stepFor, $storageProblems, readStorageBackup } = await freshModules();
    expect($answersFor('seven-traits').get()).toEqual({});
    expect($stepFor(sevenTraits).get()).toBe(0);
    const problem = $storageProblems.get()['accueil.assess.seven-traits.answers'];
    expect(problem?.message).toMatch(/could not be read.*started fresh/);
    expect(readStorageBackup('accueil.assess.seven-traits.answers')).toContain('"accessible-1":9');
  });

  it('treats text that is not JSON as corrupt, not as a crash', async () => {
    localStorage.setItem('accueil.assess.heart.answers', '{not json');
    const { $answersFor, $storageProblems } = await freshModules();
    expect($answersFor('heart').get()).toEqual({});
    expect($storageProblems.get()['accueil.assess.heart.answers']?.message).toMatch(/not valid JSON/);
  });

  it('follows answers given in another tab', async () => {
    const { $answersFor } = await freshModules();
    const $answers = $answersFor('seven-traits');
    const unbind = $answers.listen(() => undefined);
    const newValue = JSON.stringify({ kind: 'accueil.assessment-answers', version: 1, data: { 'honest-1': 2 } });
    localStorage.setItem('accueil.assess.seven-traits.answers', newValue);
    window.dispatchEvent(new StorageEvent('storage', { key: 'accueil.assess.seven-traits.answers', newValue }));
    expect($answers.get()).toEqual({ 'honest-1': 2 });
    unbind();
  });

  it('start over clears answers and Undo brings them back, keeping answers given since', async () => {
    const { answerItem, startOver, undoStartOver, $answersFor, $stepFor } = await freshModules();
    answerItem('seven-traits', 'accessible-1', 4);
    $stepFor(sevenTraits).set(2);
    const cleared = startOver(sevenTraits);
    expect($answersFor('seven-traits').get()).toEqual({});
    expect($stepFor(sevenTraits).get()).toBe(0);
    answerItem('seven-traits', 'accessible-2', 5);
    undoStartOver(sevenTraits, cleared);
    expect($answersFor('seven-traits').get()).toEqual({ 'accessible-1': 4, 'accessible-2': 5 });
    expect($stepFor(sevenTraits).get()).toBe(2);
  });
});

describe('saved results', () => {
  it('saves, survives a reload, deletes and restores in place', async () => {
    const first = await freshModules();
    first.saveResult(small, { 'a-1': 5 }, 'First', '2025-01-01');
    first.saveResult(small, { 'a-1': 3 }, 'Second', '2025-02-01');
    const reloaded = await freshModules();
    const $history = reloaded.$historyFor('heart');
    expect($history.get().map((r) => r.label)).toEqual(['First', 'Second']);
    const removed = reloaded.deleteResult('heart', 0);
    expect($history.get().map((r) => r.label)).toEqual(['Second']);
    if (removed) reloaded.restoreResult('heart', 0, removed);
    expect($history.get().map((r) => r.label)).toEqual(['First', 'Second']);
  });

  it('imports an exported result once, says when it is already there, and explains a bad file', async () => {
    const { importIntoHistory, $historyFor } = await freshModules();
    const text = exportResult(createSavedResult(small, { 'a-1': 4 }, 'On the train', '2025-03-01'));
    const first = importIntoHistory(small, text);
    expect(first.ok && !first.duplicate).toBe(true);
    expect(first.ok && first.index).toBe(0);
    const again = importIntoHistory(small, text);
    expect(again.ok && again.duplicate).toBe(true);
    expect(again.ok && again.index).toBe(0);
    expect($historyFor('heart').get()).toHaveLength(1);
    const bad = importIntoHistory(small, '{"kind":"something-else"}');
    expect(!bad.ok && bad.message).toMatch(/not a accueil.assessment-result file|could not be read/);
    const other = importIntoHistory(sevenTraits, text);
    expect(!other.ok && other.message).toMatch(/"heart" assessment/);
  });

  it('starts an unreadable history clean and records the problem', async () => {
    localStorage.setItem('accueil.assess.heart.history', '[1,2,3]');
    const { $historyFor, $storageProblems } = await freshModules();
    expect($historyFor('heart').get()).toEqual([]);
    expect($storageProblems.get()['accueil.assess.heart.history']).toBeDefined();
  });
});
