import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { updateMoment } from '../../../src/core/journey/edit-moments';
import { moveStage } from '../../../src/core/journey/edit-stages';
import { type Worksheet } from '../../../src/core/journey/model';
import {
  curveStages,
  feelingCurve,
  matrix,
  rankMoments,
  shortlist,
  SHORTLIST_REASON,
  TOO_FEW_MOMENTS,
} from '../../../src/core/journey/ranking';
import { buildSheet, makeCtx, ok, worksheetArb, must } from './helpers';

// Hand-computed: priority = impact × frequency.
//   S1: m1 4×3=12 feeling 0 | m2 3×4=12 feeling -2 (assumed) | m3 5×5=25 feeling +2 (owned, with a next step)
//   S2: m4 3×4=12 feeling -2 | m5 1×1=1 feeling -3 | m6 4×3=12 feeling -2
//   S3: m7 5×2=10 feeling -3
// Order: m3 (25); the 12s with feeling -2 by stage then position: m2, m4, m6; then m1 (12, feeling 0); m7 (10); m5 (1).
function sample(): Worksheet {
  return buildSheet([
    [
      'S1',
      [
        { title: 'm1', impact: 4, frequency: 3, feeling: 0, evidence: 'observed' },
        { title: 'm2', impact: 3, frequency: 4, feeling: -2, evidence: 'assumed' },
        {
          title: 'm3',
          impact: 5,
          frequency: 5,
          feeling: 2,
          evidence: 'observed',
          owner: 'Desk lead',
          nextAction: 'Lend umbrellas',
        },
      ],
    ],
    [
      'S2',
      [
        { title: 'm4', impact: 3, frequency: 4, feeling: -2, evidence: 'reported-staff' },
        { title: 'm5', impact: 1, frequency: 1, feeling: -3, evidence: 'observed' },
        { title: 'm6', impact: 4, frequency: 3, feeling: -2, evidence: 'reported-customers' },
      ],
    ],
    ['S3', [{ title: 'm7', impact: 5, frequency: 2, feeling: -3, evidence: 'assumed' }]],
  ]);
}
const idOf = (sheet: Worksheet) => (title: string) => must(sheet.moments.find((m) => m.title === title)).id;

describe('rankMoments', () => {
  it('orders by priority, then worse feeling, then stage, then position', () => {
    const ranked = rankMoments(sample());
    expect(ranked.map((r) => r.moment.title)).toEqual(['m3', 'm2', 'm4', 'm6', 'm1', 'm7', 'm5']);
    expect(ranked.map((r) => r.priority)).toEqual([25, 12, 12, 12, 12, 10, 1]);
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(must(ranked[1]).stage.name).toBe('S1');
  });

  it('follows the stage order, not the order stages were created in', () => {
    const sheet = sample();
    const s2 = must(sheet.stages.find((s) => s.name === 'S2')).id;
    const moved = ok(moveStage(sheet, s2, 'up', makeCtx('x', 5)));
    expect(rankMoments(moved).map((r) => r.moment.title)).toEqual(['m3', 'm4', 'm6', 'm2', 'm1', 'm7', 'm5']);
  });

  it('lets a worse feeling lift a moment above an equal-priority one', () => {
    const sheet = sample();
    const worse = ok(updateMoment(sheet, idOf(sheet)('m1'), { feeling: -3 }, makeCtx('x', 5)));
    expect(
      rankMoments(worse)
        .map((r) => r.moment.title)
        .slice(0, 3),
    ).toEqual(['m3', 'm1', 'm2']);
  });

  it('is empty for a worksheet with no moments', () => {
    expect(rankMoments(buildSheet([['Only', []]]))).toEqual([]);
  });

  it('ranks every moment once, in non-increasing priority, for any worksheet', () => {
    fc.assert(
      fc.property(worksheetArb, (sheet) => {
        const ranked = rankMoments(sheet);
        expect(ranked.map((r) => r.rank)).toEqual(sheet.moments.map((_, i) => i + 1));
        expect(new Set(ranked.map((r) => r.moment.id)).size).toBe(sheet.moments.length);
        ranked.slice(1).forEach((r, i) => {
          const before = must(ranked[i]);
          expect(r.priority).toBeLessThanOrEqual(before.priority);
          if (r.priority === before.priority) expect(r.moment.feeling).toBeGreaterThanOrEqual(before.moment.feeling);
          expect(Number.isFinite(r.priority)).toBe(true);
        });
      }),
    );
  });
});

describe('shortlist', () => {
  it('keeps the top five, says why, and counts the rest', () => {
    const list = shortlist(sample());
    expect(list.items.map((i) => i.moment.title)).toEqual(['m3', 'm2', 'm4', 'm6', 'm1']);
    expect(list.leftOff).toBe(2);
    expect(list.reason).toBe(SHORTLIST_REASON);
    expect(list.reason).toMatch(/three to five/);
    expect(list.hint).toBeUndefined();
  });

  it('flags assumed evidence, a missing owner and a missing next step', () => {
    const flags = shortlist(sample()).items.map((i) => [
      i.moment.title,
      i.needsEvidence,
      i.needsOwner,
      i.needsNextAction,
    ]);
    expect(flags).toEqual([
      ['m3', false, false, false],
      ['m2', true, true, true],
      ['m4', false, true, true],
      ['m6', false, true, true],
      ['m1', false, true, true],
    ]);
  });

  it('treats an owner of only spaces as missing', () => {
    const sheet = sample();
    const blank = { ...sheet, moments: sheet.moments.map((m) => (m.title === 'm3' ? { ...m, owner: '   ' } : m)) };
    expect(must(shortlist(blank).items[0]).needsOwner).toBe(true);
  });

  it('adds a hint when there are fewer than three moments to choose from', () => {
    const list = shortlist(buildSheet([['S', [{ title: 'a' }, { title: 'b' }]]]));
    expect(list.items).toHaveLength(2);
    expect(list.leftOff).toBe(0);
    expect(list.hint).toBe(TOO_FEW_MOMENTS);
  });

  it('never holds more than five moments', () => {
    fc.assert(
      fc.property(worksheetArb, (sheet) => {
        const list = shortlist(sheet);
        expect(list.items.length).toBe(Math.min(5, sheet.moments.length));
        expect(list.items.length + list.leftOff).toBe(sheet.moments.length);
      }),
    );
  });
});

describe('matrix', () => {
  it('places each moment in its impact × frequency square, rows from impact 5 down', () => {
    const sheet = sample();
    const id = idOf(sheet);
    const grid = matrix(sheet);
    expect(grid).toHaveLength(5);
    expect(grid.every((row) => row.length === 5)).toBe(true);
    expect(must(grid[0])[4]).toEqual({ impact: 5, frequency: 5, priority: 25, momentIds: [id('m3')] });
    expect(must(must(grid[0])[1]).momentIds).toEqual([id('m7')]);
    expect(must(must(grid[1])[2]).momentIds).toEqual([id('m6'), id('m1')]);
    expect(must(must(grid[2])[3]).momentIds).toEqual([id('m2'), id('m4')]);
    expect(must(must(grid[4])[0]).momentIds).toEqual([id('m5')]);
    expect(grid.flat().reduce((sum, cell) => sum + cell.momentIds.length, 0)).toBe(7);
  });
});

describe('feelingCurve', () => {
  it('lists every moment in journey order with its stage and feeling', () => {
    const curve = feelingCurve(sample());
    expect(curve.map((p) => [p.index, p.stageName, p.title, p.feeling])).toEqual([
      [0, 'S1', 'm1', 0],
      [1, 'S1', 'm2', -2],
      [2, 'S1', 'm3', 2],
      [3, 'S2', 'm4', -2],
      [4, 'S2', 'm5', -3],
      [5, 'S2', 'm6', -2],
      [6, 'S3', 'm7', -3],
    ]);
  });
});

describe('curveStages', () => {
  it('gives each stage the run of curve points it spans, in journey order', () => {
    const stages = curveStages(feelingCurve(sample()));
    expect(stages.map((s) => [s.stageName, s.first, s.last])).toEqual([
      ['S1', 0, 2],
      ['S2', 3, 5],
      ['S3', 6, 6],
    ]);
  });

  it('leaves out a stage with no moments and is empty for an empty curve', () => {
    const sheet = buildSheet([
      ['Empty', []],
      ['Full', [{ title: 'only' }]],
    ]);
    expect(curveStages(feelingCurve(sheet)).map((s) => s.stageName)).toEqual(['Full']);
    expect(curveStages([])).toEqual([]);
  });

  it('covers every point exactly once, whatever the worksheet', () => {
    fc.assert(
      fc.property(worksheetArb, (sheet) => {
        const points = feelingCurve(sheet);
        const covered = curveStages(points).flatMap((s) => {
          const run = points.slice(s.first, s.last + 1);
          expect(run.every((p) => p.stageId === s.stageId)).toBe(true);
          return run.map((p) => p.index);
        });
        expect(covered).toEqual(points.map((p) => p.index));
      }),
    );
  });
});
