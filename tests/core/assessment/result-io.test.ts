import { describe, expect, it } from 'vitest';
import { encodeVersioned } from '../../../src/core/versioned';
import {
  compareResults,
  createSavedResult,
  exportResult,
  findSavedAnswers,
  importResult,
  savedResultFormat,
  type SavedResult,
} from '../../../src/core/assessment/result-io';
import { actionsToCsv, resultToCsv, teamToCsv } from '../../../src/core/assessment/result-csv';
import { summariseTeam } from '../../../src/core/assessment/team-summary';
import {
  addAction,
  setAgreedRating,
  setDimensionNotes,
  startWorkshopRecord,
} from '../../../src/core/assessment/workshop-record';
import { makeAssessment, small, three } from './fixtures';

const result = createSavedResult(
  small,
  { 'a-1': 5, 'a-2': 'dk', 'a-3': 2, 'b-1': 3, 'zz-1': 4 } as never,
  '  ',
  '2025-02-01',
);
const lines = (csv: string): string[] =>
  csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');

describe('saved results', () => {
  it('keeps only answers the assessment asks and a default label', () => {
    expect(result).toEqual({
      label: 'My result',
      date: '2025-02-01',
      assessmentId: 'heart',
      assessmentVersion: 1,
      answers: { 'a-1': 5, 'a-2': 'dk', 'a-3': 2, 'b-1': 3 },
    });
  });

  it('finds the latest saved result with exactly the answers on screen, whatever their order', () => {
    const before = createSavedResult(small, { 'a-1': 5, 'b-1': 3 }, 'Before', '2025-01-01');
    const other = createSavedResult(small, { 'a-1': 4 }, 'Other', '2025-01-02');
    const again = createSavedResult(small, { 'b-1': 3, 'a-1': 5 }, 'Again', '2025-01-03');
    expect(findSavedAnswers([before, other], small, { 'b-1': 3, 'a-1': 5 })).toBe(before);
    expect(findSavedAnswers([before, other, again], small, { 'a-1': 5, 'b-1': 3 })).toBe(again);
    // Unknown items and invalid values are not part of a result, so they do not stop a match.
    expect(findSavedAnswers([before], small, { 'a-1': 5, 'b-1': 3, 'zz-1': 4 } as never)).toBe(before);
    expect(findSavedAnswers([before], small, { 'a-1': 5 })).toBeUndefined();
    expect(findSavedAnswers([before], small, { 'a-1': 5, 'b-1': 3, 'b-2': 'dk' })).toBeUndefined();
    expect(findSavedAnswers([before], small, { 'a-1': 5, 'b-1': 4 })).toBeUndefined();
    expect(findSavedAnswers([], small, {})).toBeUndefined();
  });

  it('imports what it exports', () => {
    expect(importResult(exportResult(result), small)).toEqual({ ok: true, result, note: null });
  });

  const v2 = makeAssessment({
    version: 2,
    dimensions: [
      { id: 'a', label: 'Alpha', items: 3, reverse: [3] },
      { id: 'b', label: 'Beta', items: 4 },
    ],
  });
  const renamed = makeAssessment({
    version: 2,
    dimensions: [
      { id: 'x', label: 'Alpha', items: 3 },
      { id: 'b', label: 'Beta', items: 3 },
    ],
  });
  const fileWith = (data: unknown): string => encodeVersioned(savedResultFormat, data as SavedResult);

  it.each<[string, string, RegExp]>([
    ['an empty file', '  ', /^The file is empty/],
    ['a file that is not JSON', 'hello', /not valid JSON.*Choose a result file/],
    [
      'a workshop file',
      JSON.stringify({ kind: 'accueil.workshop-record', version: 1, data: {} }),
      /not a accueil\.assessment-result file/,
    ],
    ['a bad date', fileWith({ ...result, date: '2025-02-30' }), /yyyy-mm-dd/],
    ['another assessment', fileWith({ ...result, assessmentId: 'chain' }), /"chain" assessment, not Test assessment/],
    [
      'a newer version',
      fileWith({ ...result, assessmentVersion: 3 }),
      /newer version.*version 3; this page has version 1/,
    ],
  ])('refuses %s with a clear message', (_label, text, message) => {
    const imported = importResult(text, small);
    expect(imported.ok).toBe(false);
    expect(imported.ok ? '' : imported.message).toMatch(message);
  });

  it('names the statements a newer version no longer asks', () => {
    const imported = importResult(exportResult(result), renamed);
    expect(imported.ok ? '' : imported.message).toBe(
      'This result answers 3 statements that version 2 of the Test assessment for scoring questions no longer asks ("a-1", "a-2" and "a-3"). It was saved with version 1, so it cannot be imported; take the assessment again to get a comparable result.',
    );
  });

  it('accepts an older version whose statements still exist, with a warning', () => {
    const imported = importResult(exportResult(result), v2);
    expect(imported.ok && imported.note).toMatch(/older version .*version 1\).*compare it with care/);
  });

  it('compares two results dimension by dimension', () => {
    // Before: Alpha (5 + 4) / 2 = 4.5, Beta 3. After: Alpha (2 + 3 + 5) / 3 = 3.33, Beta nothing.
    const later = createSavedResult(small, { 'a-1': 2, 'a-2': 3, 'a-3': 1, 'b-1': 'dk' }, 'Later', '2025-06-01');
    const comparison = compareResults(small, result, later);
    if (!comparison.ok) throw new Error(comparison.message);
    expect(comparison.dimensions.map((d) => [d.id, d.before, d.change, d.changeText])).toEqual([
      ['a', 4.5, -1.17, '-1.2'],
      ['b', 3, null, 'not comparable'],
    ]);
    expect(comparison.dimensions[0]?.after).toBeCloseTo(10 / 3, 10);
    const wrong = compareResults(small, result, { ...later, assessmentId: 'chain' });
    expect(wrong.ok ? '' : wrong.message).toMatch(/^"Later" is a result for the "chain" assessment/);
  });
});

describe('CSV exports', () => {
  it('writes one row per statement with the answer, reverse scoring and dimension score', () => {
    const rows = lines(resultToCsv(small, { ...result, label: '=Me' }));
    expect(rows[0]).toBe(
      'Result,Date,Dimension,Dimension score,Statement id,Statement,Reverse scored,Answer,Scored as',
    );
    // Alpha = (5 + (6 - 2)) / 2 = 4.5; the label is neutralised so it cannot run as a formula.
    expect(rows.slice(1, 4)).toEqual([
      "'=Me,2025-02-01,Alpha,4.5,a-1,Statement number 1 about Alpha.,no,5,5",
      "'=Me,2025-02-01,Alpha,4.5,a-2,Statement number 2 about Alpha.,no,don't know,",
      "'=Me,2025-02-01,Alpha,4.5,a-3,Statement number 3 about Alpha.,yes,2,4",
    ]);
    expect(rows[6]).toBe("'=Me,2025-02-01,Beta,3,b-3,Statement number 3 about Beta.,no,,");
    expect(rows).toHaveLength(7);
  });

  it('writes team statistics without anyone’s individual scores, with agreed ratings and notes', () => {
    const summary = summariseTeam(three, [
      { answers: { 'a-1': 1, 'a-2': 2, 'b-1': 4 } },
      { answers: { 'a-1': 4, 'b-1': 4 } },
      { answers: { 'a-1': 5, 'b-1': 3 } },
    ]);
    const record = setDimensionNotes(
      setAgreedRating(
        startWorkshopRecord({ assessment: three, sessionName: 'S', date: '2025-01-01', summary }),
        'a',
        3,
      ),
      'a',
      'Hold, then "see"',
    );
    const rows = lines(teamToCsv(summary, record));
    expect(rows[0]).toBe(
      'Dimension,People,Median,Lowest,Highest,Range,Disagreement,Rated 2 or lower,Agreed rating,Notes',
    );
    // Alpha: 1.5, 4, 5 → median 4, range 3.5, disagreement (2.5 + 0 + 1) / 3 = 1.17.
    expect(rows[1]).toBe('Alpha,3,4,1.5,5,3.5,1.17,1,3,"Hold, then ""see"""');
    // Nobody rated Gamma: it is hidden like any dimension under the threshold, with no figures.
    expect(rows[3]).toBe('Gamma,hidden,,,,,,,,');
    expect(lines(teamToCsv(summary))[1]).toBe('Alpha,3,4,1.5,5,3.5,1.17,1,,');
    const withAction = addAction(record, { text: 'Call Ana back', owner: 'Sam', due: null });
    expect(lines(actionsToCsv(withAction))).toEqual([
      'Session,Date,Action,Owner,Due',
      'S,2025-01-01,Call Ana back,Sam,',
    ]);
  });
});
