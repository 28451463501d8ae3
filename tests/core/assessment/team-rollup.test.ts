import { describe, expect, it } from 'vitest';
import { summariseTeam } from '../../../src/core/assessment/team-summary';
import { setAgreedRating, startWorkshopRecord } from '../../../src/core/assessment/workshop-record';
import {
  buildRollup,
  exportTeamSummary,
  readTeamSummary,
  summariseRecord,
  type TeamSummaryFile,
} from '../../../src/core/assessment/team-rollup';
import { makeAssessment, three } from './fixtures';

const people = (scores: number[]) =>
  scores.map((s) => ({ answers: { 'a-1': s, 'a-2': s, 'a-3': s, 'b-1': 2, 'b-2': 2, 'b-3': 2 } as never }));

const record = (team: string | null, scores: number[], date = '2026-03-02', agreed = 3) =>
  setAgreedRating(
    startWorkshopRecord({
      assessment: three,
      sessionName: `${team ?? 'No'} session`,
      date,
      summary: summariseTeam(three, people(scores)),
      team,
    }),
    'a',
    agreed as 3,
  );

const file = (team: string, scores = [2, 3, 4], date?: string): TeamSummaryFile =>
  summariseRecord(record(team, scores, date));

describe('team summary files', () => {
  it('carry agreed ratings and the spread, never anyone’s scores, notes or actions', () => {
    const text = exportTeamSummary({
      ...record('Support', [1, 3, 5]),
      actions: [{ text: 'Secret plan', owner: 'Sam', due: null }],
    });
    expect(text).not.toMatch(/scores|notes|Secret|Sam/);
    const read = readTeamSummary(text, 'support.json');
    expect(read.ok && read.summary.dimensions[0]).toMatchObject({
      id: 'a',
      agreed: 3,
      n: 3,
      median: 3,
      min: 1,
      max: 5,
    });
  });

  it('drop the figures of a dimension rated by fewer than three, even when a file claims them', () => {
    const summary = file('Support');
    const forged = { ...summary, dimensions: summary.dimensions.map((d) => ({ ...d, n: 2 })) };
    const read = readTeamSummary(JSON.stringify({ kind: 'accueil.team-summary', version: 1, data: forged }), 'f.json');
    expect(read.ok && read.summary.dimensions[0]).toMatchObject({ n: 2, median: null, min: null, max: null });
  });

  it.each([
    ['', /is empty/],
    ['{not json', /not valid JSON/],
    [JSON.stringify({ kind: 'accueil.workshop-team', version: 2, data: {} }), /not an Accueil team summary file/],
    [JSON.stringify({ kind: 'accueil.team-summary', version: 9, data: {} }), /newer version/],
    [
      JSON.stringify({ kind: 'accueil.team-summary', version: 1, data: { team: '<img src=x onerror=alert(1)>' } }),
      /content is not valid|expected/,
    ],
    ['x'.repeat(200_000), /larger than/],
  ])('refuse a hostile or malformed file with a sentence naming it (%#)', (text, reason) => {
    const read = readTeamSummary(text, 'evil.json');
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.message).toMatch(/“evil\.json”/);
      expect(read.message).toMatch(reason);
    }
  });

  it('refuse a file with extra fields, such as individual scores', () => {
    const summary = file('Support');
    const withScores = { ...summary, dimensions: summary.dimensions.map((d) => ({ ...d, scores: [1, 2, 3] })) };
    expect(
      readTeamSummary(JSON.stringify({ kind: 'accueil.team-summary', version: 1, data: withScores }), 'x.json').ok,
    ).toBe(false);
  });
});

describe('roll-ups', () => {
  it('are refused from fewer than three teams, counting a team with two files once', () => {
    const none = buildRollup([], { showNames: false });
    expect(!none.ok && none.message).toMatch(/at least 3 teams.*none has been added/);
    const two = buildRollup([file('Support'), file('Sales'), file('support', [3, 3, 3], '2026-04-01')], {
      showNames: false,
    });
    expect(two.ok).toBe(false);
    if (!two.ok) expect(two.message).toMatch(/only 2 teams have been added/);
  });

  it('name teams A, B, C in the order added unless names are asked for, with each team’s figures', () => {
    const files = [file('Support', [1, 1, 2]), file('Sales', [4, 4, 5]), file('Billing', [3, 3, 3])];
    const rollup = buildRollup(files, { showNames: false });
    expect(rollup.ok).toBe(true);
    if (!rollup.ok) return;
    expect(rollup.teams.map((t) => t.label)).toEqual(['Team A', 'Team B', 'Team C']);
    expect(JSON.stringify(rollup)).not.toMatch(/Support|Sales|Billing/);
    const alpha = rollup.dimensions.find((d) => d.id === 'a');
    expect(alpha?.teams.map((t) => [t.team, t.agreed, t.median, t.min, t.max])).toEqual([
      ['Team A', 3, 1, 1, 2],
      ['Team B', 3, 4, 4, 5],
      ['Team C', 3, 3, 3, 3],
    ]);
    const named = buildRollup(files, { showNames: true });
    expect(named.ok && named.teams.map((t) => t.label)).toEqual(['Support', 'Sales', 'Billing']);
  });

  it('keep a team’s latest workshop and say so without naming it', () => {
    const rollup = buildRollup(
      [
        file('Support', [1, 1, 1], '2026-04-01'),
        file('Sales'),
        file('Billing'),
        file('SUPPORT', [5, 5, 5], '2026-03-01'),
      ],
      { showNames: false },
    );
    expect(rollup.ok && rollup.teams).toHaveLength(3);
    expect(rollup.ok && rollup.dimensions[0]?.teams[0]?.median).toBe(1);
    expect(rollup.ok && rollup.notes).toEqual(['Two files are from the same team; its later workshop is used.']);
  });

  it('are refused across assessments', () => {
    const chain = makeAssessment({ id: 'chain', dimensions: [{ id: 'a', label: 'Alpha', items: 3 }] });
    const other = summariseRecord(
      startWorkshopRecord({
        assessment: chain,
        sessionName: 'C',
        date: '2026-03-02',
        summary: summariseTeam(chain, []),
        team: 'Chain team',
      }),
    );
    const rollup = buildRollup([file('Support'), file('Sales'), other], { showNames: false });
    expect(!rollup.ok && rollup.message).toMatch(/different assessments \(heart, chain\)/);
  });
});
