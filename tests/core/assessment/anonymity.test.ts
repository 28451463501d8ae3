// The anonymity rules, tested in one place: the thresholds themselves, and that the summary every
// view, prompt, record and export reads obeys them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_DOT_PLOT,
  MIN_COMMENTS,
  MIN_DOT_PLOT,
  MIN_FIGURES,
  canShowComments,
  canShowDotPlot,
  canShowFigures,
  canShowTeam,
  parseDotPlotMin,
  safeDotPlotMin,
} from '../../../src/core/assessment/anonymity';
import type { Answers } from '../../../src/core/assessment/answers';
import { discussionPrompts } from '../../../src/core/assessment/discussion';
import { teamToCsv } from '../../../src/core/assessment/result-csv';
import { encodeShareCode } from '../../../src/core/assessment/share-code';
import { summariseTeam } from '../../../src/core/assessment/team-summary';
import { startWorkshopRecord } from '../../../src/core/assessment/workshop-record';
import { exportTeamResult, importTeamResult } from '../../../src/core/assessment/workshop-file';
import {
  createWorkshopSession,
  describeAnswered,
  sessionRules,
  setAutoReveal,
  setDotPlotMin,
  setExpected,
  shouldAutoReveal,
  upgradeSessionV2,
  workshopSessionsFormat,
} from '../../../src/core/assessment/workshop-session';
import { decodeVersioned } from '../../../src/core/versioned';
import { SESSION, three } from './fixtures';

const people = (ratings: number[]): { answers: Answers }[] =>
  ratings.map((r) => ({ answers: { 'a-1': r as 1, 'b-1': r as 1, 'c-1': r as 1 } }));

describe('the thresholds', () => {
  it('are 3 for figures, 3 by default and never below 3 for dot plots, and 5 for comments', () => {
    expect([MIN_FIGURES, MIN_DOT_PLOT, MIN_COMMENTS]).toEqual([3, 3, 5]);
  });

  it.each([0, 1, 2])('shows no figures, dot plot or team view for %i people', (n) => {
    expect(canShowFigures(n).allowed).toBe(false);
    expect(canShowTeam(n).allowed).toBe(false);
    expect(canShowDotPlot(n).allowed).toBe(false);
  });

  it('shows figures and the default dot plot from 3 people', () => {
    expect(canShowFigures(3)).toEqual({ allowed: true });
    expect(canShowDotPlot(3)).toEqual({ allowed: true });
  });

  it('holds the dot plot back below the facilitator’s minimum, saying why', () => {
    const four = canShowDotPlot(4, { dotPlotMin: 5 });
    expect(four.allowed).toBe(false);
    if (!four.allowed) expect(four.reason).toMatch(/at least 5 people have rated this \(4 people have so far\)/);
    expect(canShowDotPlot(5, { dotPlotMin: 5 }).allowed).toBe(true);
  });

  it('never lets a minimum below 3 show a dot plot of fewer than 3 people, whatever is stored', () => {
    for (const dotPlotMin of [2, 1, 0, -4, Number.NaN, Number.NEGATIVE_INFINITY]) {
      expect(canShowDotPlot(2, { dotPlotMin }).allowed).toBe(false);
    }
  });

  it('shows comments from 5 people only', () => {
    expect(canShowComments(4).allowed).toBe(false);
    expect(canShowComments(-1).allowed).toBe(false);
    const four = canShowComments(4);
    if (!four.allowed) expect(four.reason).toMatch(/at least 5 people's answers are shown, .*\(4 people so far\)/);
    expect(canShowComments(5).allowed).toBe(true);
  });

  it('agree with each other for any number of people and any minimum', () => {
    fc.assert(
      fc.property(fc.integer({ min: -5, max: 200 }), fc.integer({ min: -10, max: 100 }), (n, dotPlotMin) => {
        const dots = canShowDotPlot(n, { dotPlotMin }).allowed;
        // A dot plot is never shown where the figures are not, nor below 3.
        if (dots) expect(canShowFigures(n).allowed).toBe(true);
        if (dots) expect(n).toBeGreaterThanOrEqual(Math.max(3, Math.min(dotPlotMin, MAX_DOT_PLOT)));
        expect(canShowComments(n).allowed).toBe(n >= 5);
      }),
    );
  });
});

describe('reading a dot-plot minimum', () => {
  it.each([
    ['3', 3],
    [' 12 ', 12],
    [5, 5],
    ['50', 50],
    ['2', null],
    ['-3', null],
    ['', null],
    ['4.5', null],
    ['five', null],
    ['1e9', null],
    ['51', null],
    [null, null],
  ])('reads %j as %j', (input, expected) => {
    expect(parseDotPlotMin(input)).toBe(expected);
  });

  it('keeps any stored value within 3 to 50', () => {
    expect([2, 0, -1, 3.2, 99, Number.NaN, 'x'].map(safeDotPlotMin)).toEqual([3, 3, 3, 4, 50, 3, 3]);
  });
});

describe('the team summary under the session’s rules', () => {
  const four = people([1, 2, 4, 5]);

  it('keeps the figures but drops every individual score below the dot-plot minimum', () => {
    const summary = summariseTeam(three, four, { dotPlotMin: 5 });
    for (const d of summary.dimensions) {
      expect(d.reveal.allowed).toBe(true);
      expect(d.dotPlot.allowed).toBe(false);
      expect(d.scores).toEqual([]);
      expect(d).toMatchObject({ n: 4, median: 3, min: 1, max: 5, lowCount: 2 });
    }
    expect(summary.rules).toEqual({ dotPlotMin: 5 });
  });

  it('shows the scores by default with the same four people', () => {
    const summary = summariseTeam(three, four);
    expect(summary.dimensions[0]?.scores).toEqual([1, 2, 4, 5]);
    expect(summary.dimensions[0]?.dotPlot.allowed).toBe(true);
  });

  it('keeps individual scores out of the record, the prompts and the spreadsheet', () => {
    const summary = summariseTeam(three, four, { dotPlotMin: 5 });
    const record = startWorkshopRecord({ assessment: three, sessionName: 'S', date: '2025-01-01', summary });
    expect(record.dimensions.map((d) => d.team.scores)).toEqual([[], [], []]);
    const csv = teamToCsv(summary, record);
    // Figures only: the people, median, lowest, highest, range, disagreement, low count per row.
    expect(csv.split('\n')[1]).toMatch(/^Alpha,4,3,1,5,4,1.5,2,,/);
    expect(discussionPrompts(summary).length).toBeGreaterThan(0);
  });
});

describe('the session’s settings', () => {
  const fresh = () => createWorkshopSession({ assessment: three, name: 'S', id: SESSION, date: '2025-03-04' });

  it('start with dot plots from 3, nobody expected and no auto-reveal', () => {
    expect(fresh()).toMatchObject({ dotPlotMin: 3, expected: null, autoReveal: false });
    expect(sessionRules(fresh())).toEqual({ dotPlotMin: 3 });
  });

  it('never store a dot-plot minimum below 3', () => {
    expect(setDotPlotMin(fresh(), 1).dotPlotMin).toBe(3);
    expect(setDotPlotMin(fresh(), 5).dotPlotMin).toBe(5);
    expect(
      createWorkshopSession({ assessment: three, name: 'S', id: SESSION, date: '2025-03-04', dotPlotMin: 0 }),
    ).toMatchObject({ dotPlotMin: 3 });
  });

  it('say "7 answers", or "7 of 9 answered" with a headcount', () => {
    expect(describeAnswered(fresh(), 7)).toBe('7 answers');
    expect(describeAnswered(fresh(), 1)).toBe('1 answer');
    expect(describeAnswered(setExpected(fresh(), 9), 7)).toBe('7 of 9 answered');
  });

  it('reveal by themselves only when asked, with a headcount, once everyone expected has answered', () => {
    const expecting = setExpected(fresh(), 4);
    expect(shouldAutoReveal(expecting, 4)).toBe(false); // off by default
    const auto = setAutoReveal(expecting, true);
    expect(shouldAutoReveal(auto, 3)).toBe(false);
    expect(shouldAutoReveal(auto, 4)).toBe(true);
    expect(shouldAutoReveal(auto, 5)).toBe(true);
    expect(shouldAutoReveal({ ...auto, revealed: true }, 4)).toBe(false);
    // Never below the team view's threshold, whatever headcount was given.
    expect(shouldAutoReveal(setAutoReveal(setExpected(fresh(), 2), true), 2)).toBe(false);
    // No auto-reveal without a headcount, and clearing the headcount turns it off.
    expect(setAutoReveal(fresh(), true).autoReveal).toBe(false);
    expect(setExpected(auto, null)).toMatchObject({ expected: null, autoReveal: false });
    for (const bad of [0, -2, 2.5, Number.NaN, 301]) expect(setExpected(fresh(), bad).expected).toBeNull();
  });

  it('load from a version-2 store and a version-2 team file with the defaults', () => {
    const session = { ...fresh(), codes: [encodeShareCode(three, { sessionId: SESSION, answers: { 'a-1': 3 } })] };
    const { dotPlotMin: _m, expected: _e, autoReveal: _a, ...old } = session;
    expect(upgradeSessionV2(old)).toEqual(session);
    const stored = JSON.stringify({
      kind: workshopSessionsFormat.kind,
      version: 2,
      data: { active: null, sessions: [old] },
    });
    expect(decodeVersioned(workshopSessionsFormat, stored)).toMatchObject({
      status: 'ok',
      value: { sessions: [session] },
    });
    const file = JSON.stringify({ ...JSON.parse(exportTeamResult(session)), version: 2, data: old });
    expect(importTeamResult(file, [three])).toMatchObject({ ok: true, session });
  });

  it('refuse a stored minimum below 3 rather than trusting it', () => {
    const stored = JSON.stringify({
      kind: workshopSessionsFormat.kind,
      version: 3,
      data: { active: null, sessions: [{ ...fresh(), dotPlotMin: 1 }] },
    });
    expect(decodeVersioned(workshopSessionsFormat, stored).status).toBe('invalid');
  });
});
