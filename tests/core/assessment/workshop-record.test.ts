import { describe, expect, it } from 'vitest';
import { decodeVersioned, encodeVersioned } from '../../../src/core/versioned';
import type { Answers } from '../../../src/core/assessment/answers';
import { isIsoDate, toIsoDate } from '../../../src/core/assessment/iso-date';
import { summariseTeam } from '../../../src/core/assessment/team-summary';
import { compareRecords } from '../../../src/core/assessment/workshop-compare';
import {
  addAction,
  removeAction,
  setAgreedRating,
  setDimensionNotes,
  startWorkshopRecord,
  validateAction,
  workshopHistoryFormat,
  type WorkshopRecord,
} from '../../../src/core/assessment/workshop-record';
import { makeAssessment, three } from './fixtures';

// Alpha: 1, 2, 4 (median 2); Beta: 3, 3, 5 (median 3); Gamma rated by two people only: 2, 5.
const team: { answers: Answers }[] = [
  { answers: { 'a-1': 1, 'b-1': 3, 'c-1': 2 } },
  { answers: { 'a-1': 2, 'b-1': 3, 'c-1': 5 } },
  { answers: { 'a-1': 4, 'b-1': 5 } },
];
const start = (date = '2025-03-04'): WorkshopRecord =>
  startWorkshopRecord({
    assessment: three,
    sessionName: '  Support team March ',
    date,
    summary: summariseTeam(three, team),
  });

describe('isIsoDate', () => {
  it.each<[unknown, boolean]>([
    ['2025-03-31', true],
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['2023-02-29', false],
    ['1900-02-29', false],
    ['2025-04-31', false],
    ['2025-13-01', false],
    ['2025-00-10', false],
    ['2025-1-1', false],
    ['31/03/2025', false],
    ['2025-03-31T10:00', false],
    [20250331, false],
  ])('%j is %s', (text, valid) => {
    expect(isIsoDate(text)).toBe(valid);
  });

  it('writes a local date as yyyy-mm-dd', () => {
    expect(toIsoDate(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05');
  });
});

describe('workshop records', () => {
  it('starts from the team summary with nothing agreed', () => {
    const record = start();
    expect(record).toMatchObject({
      sessionName: 'Support team March',
      assessmentId: 'heart',
      assessmentVersion: 1,
      participantCount: 3,
      actions: [],
    });
    expect(record.dimensions.map((d) => [d.id, d.agreed, d.notes, d.team.median])).toEqual([
      ['a', null, '', 2],
      ['b', null, '', 3],
      // Gamma was rated by two people only, so the record keeps no figure that could expose them.
      ['c', null, '', null],
    ]);
  });

  it('keeps individual scores only where three or more people rated', () => {
    const record = start();
    expect(record.dimensions.map((d) => d.team.scores)).toEqual([[1, 2, 4], [3, 3, 5], []]);
    expect(record.dimensions[2]?.team).toEqual({
      n: 2,
      scores: [],
      median: null,
      min: null,
      max: null,
      lowCount: 0,
      disagreement: null,
    });
  });

  it('sets agreed ratings, notes and actions without changing the original', () => {
    const original = start();
    const action = validateAction({ text: ' Call back every complaint ', owner: 'Ana', due: '2025-04-01' });
    if (!action.ok) throw new Error('expected a valid action');
    const record = addAction(setDimensionNotes(setAgreedRating(original, 'b', 4), 'b', 'Mostly fine'), action.action);
    expect(record.dimensions[1]).toMatchObject({ agreed: 4, notes: 'Mostly fine' });
    expect(record.actions).toEqual([{ text: 'Call back every complaint', owner: 'Ana', due: '2025-04-01' }]);
    expect(original.dimensions[1]?.agreed).toBeNull();
    expect(removeAction(record, 0).actions).toEqual([]);
    expect(setAgreedRating(record, 'b', null).dimensions[1]?.agreed).toBeNull();
  });

  it.each<[string, { text: string; owner: string; due: string }, string[]]>([
    ['a complete action', { text: 'Rewrite the refund letter', owner: 'Sam', due: '2025-05-01' }, []],
    ['no due date', { text: 'Rewrite the refund letter', owner: '', due: '  ' }, []],
    ['an impossible date', { text: 'Rewrite the refund letter', owner: 'Sam', due: '2025-02-30' }, ['due']],
    ['a date in another format', { text: 'Rewrite the refund letter', owner: 'Sam', due: '01/05/2025' }, ['due']],
    ['no text', { text: ' ', owner: 'x'.repeat(81), due: '' }, ['text', 'owner']],
  ])('validates %s', (_label, input, fields) => {
    const result = validateAction(input);
    expect(result.ok ? [] : result.problems.map((p) => p.field)).toEqual(fields);
    if (!result.ok) for (const problem of result.problems) expect(problem.message).toMatch(/^[A-Z].+\.$/);
  });

  it('stores and reads back records through the versioned format', () => {
    const record = setAgreedRating(start(), 'a', 2);
    expect(decodeVersioned(workshopHistoryFormat, encodeVersioned(workshopHistoryFormat, [record, record]))).toEqual({
      status: 'ok',
      value: [record, record],
    });
  });

  it.each<[string, (r: WorkshopRecord) => unknown]>([
    ['an impossible due date', (r) => ({ ...r, actions: [{ text: 'Do it now', owner: '', due: '2025-02-30' }] })],
    ['an agreed rating of 6', (r) => ({ ...r, dimensions: r.dimensions.map((d) => ({ ...d, agreed: 6 })) })],
    ['an unknown assessment', (r) => ({ ...r, assessmentId: 'nope' })],
  ])('refuses a stored record with %s', (_label, damage) => {
    const raw = JSON.stringify({ kind: workshopHistoryFormat.kind, version: 1, data: [damage(start())] });
    expect(decodeVersioned(workshopHistoryFormat, raw).status).toBe('invalid');
  });
});

describe('compareRecords', () => {
  const before = setAgreedRating(setAgreedRating(start('2025-01-10'), 'a', 2), 'b', 3);
  // Second workshop: Alpha 3, 3, 4 (median 3); Beta 4, 4, 5 (median 4); Gamma 1, 2, 3 (median 2).
  const later = summariseTeam(three, [
    { answers: { 'a-1': 3, 'b-1': 4, 'c-1': 1 } },
    { answers: { 'a-1': 3, 'b-1': 4, 'c-1': 2 } },
    { answers: { 'a-1': 4, 'b-1': 5, 'c-1': 3 } },
  ]);
  const after = setAgreedRating(
    startWorkshopRecord({ assessment: three, sessionName: 'April', date: '2025-04-10', summary: later }),
    'a',
    3,
  );

  it('gives the change in agreed rating and median per dimension', () => {
    const comparison = compareRecords(before, after);
    expect(comparison.ok).toBe(true);
    if (!comparison.ok) return;
    expect(comparison.note).toBeNull();
    expect(
      comparison.dimensions.map((d) => [d.id, d.agreedChange, d.medianBefore, d.medianNow, d.medianChange]),
    ).toEqual([
      ['a', 1, 2, 3, 1],
      ['b', null, 3, 4, 1],
      ['c', null, null, 2, null],
    ]);
    expect(comparison.dimensions[0]?.summary).toBe('agreed +1.0, median +1.0');
    expect(comparison.dimensions[1]?.summary).toBe('agreed not comparable, median +1.0');
  });

  it('refuses to compare workshops on different assessments', () => {
    const other = { ...after, assessmentId: 'chain' as const };
    const comparison = compareRecords(before, other);
    expect(comparison.ok ? '' : comparison.message).toMatch(/different assessments \(heart and chain\)/);
  });

  it('notes a change of question version and keeps dimensions that exist on one side only', () => {
    const v2 = makeAssessment({
      version: 2,
      dimensions: [
        { id: 'a', label: 'Alpha', items: 3 },
        { id: 'd', label: 'Delta', items: 3 },
      ],
    });
    const newer = startWorkshopRecord({
      assessment: v2,
      sessionName: 'May',
      date: '2025-05-10',
      summary: summariseTeam(v2, []),
    });
    const comparison = compareRecords(before, newer);
    if (!comparison.ok) throw new Error(comparison.message);
    expect(comparison.note).toMatch(/version 1 and version 2/);
    expect(comparison.dimensions.map((d) => [d.id, d.medianBefore, d.medianNow])).toEqual([
      ['a', 2, null],
      ['d', null, null],
      ['b', 3, null],
      ['c', null, null],
    ]);
  });
});
