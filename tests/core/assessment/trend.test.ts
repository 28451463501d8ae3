import { describe, expect, it } from 'vitest';
import { summariseTeam } from '../../../src/core/assessment/team-summary';
import {
  setAgreedRating,
  startWorkshopRecord,
  workshopHistoryFormat,
  type WorkshopRecord,
} from '../../../src/core/assessment/workshop-record';
import {
  STEADY_THRESHOLD,
  dimensionTrends,
  directionOf,
  teamAssessments,
  teamNames,
  teamRecords,
} from '../../../src/core/assessment/trend';
import { decodeVersioned, encodeVersioned } from '../../../src/core/versioned';
import { makeAssessment, three } from './fixtures';

const people = (scores: number[]) =>
  scores.map((s) => ({ answers: { 'a-1': s, 'a-2': s, 'a-3': s, 'b-1': 3, 'b-2': 3, 'b-3': 3 } as never }));

const record = (name: string, date: string, team: string | null, scores = [3, 3, 3], assessment = three) =>
  startWorkshopRecord({
    assessment,
    sessionName: name,
    date,
    summary: summariseTeam(assessment, people(scores)),
    team,
  });

describe('trend direction', () => {
  it('calls a change under a quarter point steady, and anything larger up or down', () => {
    expect(STEADY_THRESHOLD).toBe(0.25);
    expect(directionOf(0)).toBe('steady');
    expect(directionOf(0.24)).toBe('steady');
    expect(directionOf(-0.24)).toBe('steady');
    expect(directionOf(0.25)).toBe('up');
    expect(directionOf(-0.25)).toBe('down');
    expect(directionOf(2)).toBe('up');
    expect(directionOf(Number.NaN)).toBe('steady');
  });
});

describe('team trends', () => {
  const march = setAgreedRating(record('March', '2026-03-02', 'Support'), 'a', 2);
  const april = setAgreedRating(record('April', '2026-04-06', 'support', [4, 4, 5]), 'a', 4);
  const other = record('Other team', '2026-03-20', 'Sales');
  const none = record('No team', '2026-03-21', null);

  it('lists each team once, whatever its case, in alphabetical order', () => {
    expect(teamNames([march, other, april, none], ['Billing', 'sales'])).toEqual(['Billing', 'Sales', 'Support']);
  });

  it('keeps one team’s records on one assessment, oldest first', () => {
    const chain = makeAssessment({ id: 'chain', dimensions: [{ id: 'a', label: 'Alpha', items: 3 }] });
    const history = [april, other, record('Chain', '2026-03-30', 'Support', [3, 3, 3], chain), march, none];
    expect(teamRecords(history, 'SUPPORT', 'heart').map((r) => r.sessionName)).toEqual(['March', 'April']);
    expect(teamAssessments(history, 'Support')).toEqual(['heart', 'chain']);
  });

  it('compares the agreed rating when both workshops agreed one, else the median', () => {
    const trends = dimensionTrends([march, april]);
    const alpha = trends.find((t) => t.id === 'a');
    expect(alpha?.points.map((p) => p.agreed)).toEqual([2, 4]);
    expect(alpha?.points.map((p) => p.median)).toEqual([3, 4]);
    expect(alpha).toMatchObject({ change: 2, direction: 'up', basis: 'agreed' });
    const beta = trends.find((t) => t.id === 'b');
    expect(beta).toMatchObject({ change: 0, direction: 'steady', basis: 'median' });
  });

  it('has no direction with a single workshop, or when neither figure can be compared', () => {
    expect(dimensionTrends([march]).every((t) => t.direction === null && t.change === null)).toBe(true);
    const hidden = record('Two people', '2026-05-01', 'Support', [1, 1]);
    expect(dimensionTrends([april, hidden]).find((t) => t.id === 'a')?.direction).toBeNull();
    expect(dimensionTrends([])).toEqual([]);
  });
});

describe('workshop records with a team', () => {
  it('reads a version 1 history (no teams) as records of no team', () => {
    const old = record('Old', '2025-01-01', null) as Partial<WorkshopRecord>;
    delete old.team;
    const text = JSON.stringify({ kind: 'accueil.workshop-records', version: 1, data: [old] });
    const decoded = decodeVersioned(workshopHistoryFormat, text);
    expect(decoded.status).toBe('ok');
    if (decoded.status === 'ok') expect(decoded.value[0]?.team).toBeNull();
  });

  it('keeps the team through a save and a read', () => {
    const saved = encodeVersioned(workshopHistoryFormat, [record('New', '2026-01-01', '  Support  ')]);
    const decoded = decodeVersioned(workshopHistoryFormat, saved);
    expect(decoded.status === 'ok' && decoded.value[0]?.team).toBe('Support');
  });

  it('refuses a team name that is too long', () => {
    const long = { ...record('New', '2026-01-01', null), team: 'x'.repeat(61) };
    const text = JSON.stringify({ kind: 'accueil.workshop-records', version: 2, data: [long] });
    expect(decodeVersioned(workshopHistoryFormat, text).status).toBe('invalid');
  });
});
