import { describe, expect, it } from 'vitest';
import { summariseTeam } from '../../../src/core/assessment/team-summary';
import {
  setAgreedRating,
  startWorkshopRecord,
  type WorkshopRecord,
} from '../../../src/core/assessment/workshop-record';
import { findPreviousRecord, saveRecordToHistory } from '../../../src/core/assessment/workshop-history';
import { makeAssessment, three } from './fixtures';

const record = (name: string, date: string, assessment = three): WorkshopRecord =>
  startWorkshopRecord({ assessment, sessionName: name, date, summary: summariseTeam(assessment, []) });

describe('workshop history', () => {
  const march = record('March', '2025-03-04');
  const april = record('April', '2025-04-01');

  it('appends a first save and replaces the same session’s earlier save', () => {
    const history = saveRecordToHistory([march], april, null);
    expect(history.map((r) => r.sessionName)).toEqual(['March', 'April']);
    const edited = setAgreedRating(april, 'a', 4);
    const again = saveRecordToHistory(history, edited, april);
    expect(again).toHaveLength(2);
    expect(again[1]?.dimensions[0]?.agreed).toBe(4);
  });

  it('appends when the earlier save is no longer in the history', () => {
    expect(saveRecordToHistory([march], april, record('Gone', '2025-01-01'))).toHaveLength(2);
  });

  it('finds the latest earlier workshop on the same assessment, not the session’s own save', () => {
    const chain = makeAssessment({ id: 'chain', dimensions: [{ id: 'a', label: 'Alpha', items: 3 }] });
    const history = [march, record('Chain', '2025-03-20', chain), april, record('May', '2025-05-01')];
    const current = setAgreedRating(april, 'a', 3);
    expect(findPreviousRecord(history, current, april)?.sessionName).toBe('March');
    expect(findPreviousRecord(history, current, null)?.sessionName).toBe('April');
    expect(findPreviousRecord([april], march, null)).toBeNull();
  });
});
