// Answers made with version 1 of the real assessments (kept in tests/fixtures/assessments-v1/) meet
// today's version 2: share codes are refused with a message naming both versions, result files
// explain the statements no longer asked, and answers to removed statements are never counted.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { listItems, type Answer, type Answers } from '../../../src/core/assessment/answers';
import { measureProgress } from '../../../src/core/assessment/progress';
import {
  createSavedResult,
  describeOlderResult,
  exportResult,
  importResult,
} from '../../../src/core/assessment/result-io';
import { scoreAssessment } from '../../../src/core/assessment/scoring';
import { encodeShareCode } from '../../../src/core/assessment/share-code';
import { decodeShareCode } from '../../../src/core/assessment/share-code-reader';
import { readSessionParticipants } from '../../../src/core/assessment/workshop-participants';
import { assessmentSchema, type Assessment } from '../../../src/schemas/assessment';
import { assessmentIds } from '../../../src/schemas/assessment-ids';
import { SESSION } from './fixtures';

const load = (path: string): Assessment => assessmentSchema.parse(parse(readFileSync(path, 'utf8')));
const root = join(import.meta.dirname, '../../..');
const pairs = assessmentIds.map((id) => ({
  id,
  v1: load(join(root, 'tests/fixtures/assessments-v1', `${id}.yaml`)),
  v2: load(join(root, 'content/assessments', `${id}.yaml`)),
}));

/** Every statement of an assessment answered, cycling through the ratings and "don't know". */
const answerAll = (assessment: Assessment): Answers =>
  Object.fromEntries(
    listItems(assessment).map(({ item }, i): [string, Answer] => [
      item.id,
      ([5, 4, 3, 2, 1, 'dk'] as const)[i % 6] ?? 5,
    ]),
  );

describe.each(pairs)('$id: version 1 answers against version $v2.version', ({ v1, v2 }) => {
  it('is a newer version with different statements', () => {
    expect(v1.version).toBe(1);
    expect(v2.version).toBe(2);
    expect(listItems(v1).map(({ item }) => item.id)).not.toEqual(listItems(v2).map(({ item }) => item.id));
  });

  it('refuses a version 1 share code and says which versions, instead of reading answers by position', () => {
    const code = encodeShareCode(v1, {
      sessionId: SESSION,
      participantId: 'Zz9-q_',
      revision: 3,
      answers: answerAll(v1),
    });
    const decoded = decodeShareCode(code, { assessment: v2, sessionId: SESSION });
    expect(decoded.ok).toBe(false);
    if (decoded.ok) return;
    expect(decoded.problem).toBe('older-version');
    expect(decoded.message).toContain('version 1; this page asks version 2');
    expect(decoded.message).toMatch(/open the invitation link again/);
  });

  it('refuses a version 1 code of format 1 (no participant id) the same way', () => {
    const code = encodeShareCode(v1, { sessionId: SESSION, answers: answerAll(v1) });
    const decoded = decodeShareCode(code, { assessment: v2 });
    expect(decoded.ok ? 'read' : decoded.problem).toBe('older-version');
  });

  it('reports a version 1 code kept in a stored workshop session instead of showing its answers', () => {
    const code = encodeShareCode(v1, { sessionId: SESSION, participantId: 'Zz9-q_', answers: answerAll(v1) });
    const { participants, unreadable } = readSessionParticipants(v2, { id: SESSION, codes: [code] });
    expect(participants).toEqual([]);
    expect(unreadable.map((outcome) => outcome.problem)).toEqual(['older-version']);
  });

  it('refuses a version 1 result file that answers removed statements, naming them', () => {
    const file = exportResult(createSavedResult(v1, answerAll(v1), 'Before', '2026-11-01'));
    const imported = importResult(file, v2);
    expect(imported.ok).toBe(false);
    if (imported.ok) return;
    const removed = listItems(v1)
      .map(({ item }) => item.id)
      .filter((id) => !listItems(v2).some(({ item }) => item.id === id));
    expect(imported.message).toContain(`"${removed[0] ?? ''}"`);
    expect(imported.message).toMatch(/no longer asks/);
    expect(imported.message).toMatch(/saved with version 1/);
  });

  it('imports a version 1 result that answers only statements kept, with a note to compare with care', () => {
    const kept = new Set(listItems(v2).map(({ item }) => item.id));
    const answers = Object.fromEntries(Object.entries(answerAll(v1)).filter(([id]) => kept.has(id)));
    if (Object.keys(answers).length === 0) return;
    const imported = importResult(exportResult(createSavedResult(v1, answers, 'Before', '2026-11-01')), v2);
    expect(imported.ok && imported.note).toMatch(/older version .*version 1\).*compare it with care/);
  });

  it('neither counts nor scores answers stored for removed statements', () => {
    const stored = answerAll(v1);
    const kept = new Set(listItems(v2).map(({ item }) => item.id));
    const stillAsked = Object.keys(stored).filter((id) => kept.has(id)).length;
    expect(measureProgress(v2, stored).answered).toBe(stillAsked);
    const scored = scoreAssessment(v2, stored).dimensions.reduce((sum, d) => sum + d.answered + d.dontKnow, 0);
    expect(scored).toBe(stillAsked);
  });

  it('explains a version 1 result kept in the history: answers to removed statements are left out', () => {
    const saved = createSavedResult(v1, answerAll(v1), 'Before', '2026-11-01');
    const kept = new Set(listItems(v2).map(({ item }) => item.id));
    const dropped = Object.keys(saved.answers).filter((id) => !kept.has(id)).length;
    const note = describeOlderResult(v2, saved);
    expect(note).toContain(`saved with version 1 of the ${v2.title} questions; this page asks version 2`);
    expect(note).toContain(`${dropped} answers are to statements no longer asked and are left out`);
    expect(note).not.toMatch(/NaN|undefined|null/);
    expect(describeOlderResult(v2, createSavedResult(v2, answerAll(v2), 'Now', '2026-12-03'))).toBeNull();
  });
});
