// Which moments matter most. The rule is deliberately simple so a team can check it by hand:
//   1. priority = impact × frequency, highest first (1 to 25);
//   2. on a tie, the worse feeling first (-3 before +3): pain is fixed before delight is added;
//   3. then the earlier stage, then the earlier moment within the stage.
import type { Moment, Stage, Worksheet } from './model';
import { orderedMoments, sortStages } from './order';

/** A moment with its place in the ranking. */
export interface RankedMoment {
  /** 1 for the moment that matters most; no two moments share a rank. */
  rank: number;
  /** Impact × frequency, from 1 to 25. */
  priority: number;
  /** The moment itself. */
  moment: Moment;
  /** The stage it belongs to. */
  stage: Stage;
}

/** A ranked moment on the shortlist, with what it still lacks. */
export interface ShortlistItem extends RankedMoment {
  /** Pinned by hand (with its reason), rather than picked by the ranking. */
  pinned: boolean;
  /** Scored on assumption only: go and see, or ask customers, before acting. */
  needsEvidence: boolean;
  /** Nobody owns the moment yet. */
  needsOwner: boolean;
  /** No next step is written down yet. */
  needsNextAction: boolean;
}

/** The few moments a team takes away from the session. */
export interface Shortlist {
  /** At most SHORTLIST_LIMIT moments, best first. */
  items: ShortlistItem[];
  /** Why the list stops at five (SHORTLIST_REASON). */
  reason: string;
  /** How many moments were left off. */
  leftOff: number;
  /** Present when the worksheet has too few moments for a real choice. */
  hint?: string;
}

/** One square of the impact × frequency grid. */
export interface MatrixCell {
  /** 1 to 5. */
  impact: number;
  /** 1 to 5. */
  frequency: number;
  /** Impact × frequency. */
  priority: number;
  /** Ids of the moments in this square, in rank order. */
  momentIds: string[];
}

/** One point of the feeling curve. */
export interface FeelingPoint {
  /** Position along the journey, from 0. */
  index: number;
  /** The moment's stage. */
  stageId: string;
  /** The stage's name, for the chart's axis and the data table. */
  stageName: string;
  /** The moment. */
  momentId: string;
  /** The moment's title. */
  title: string;
  /** -3 to +3. */
  feeling: number;
}

/** The most moments a shortlist holds. */
export const SHORTLIST_LIMIT = 5;

/** Why the shortlist stops at five; shown next to it. */
export const SHORTLIST_REASON =
  'The shortlist stops at five on purpose: a team can genuinely change three to five moments, not forty, so it pays to focus on the few that matter most.';

/** Shown next to a shortlisted moment whose evidence is only assumed. */
export const EVIDENCE_NEEDED =
  'This moment is scored on an assumption. Watch it happen or ask customers about it before you act on the score.';

/** Shown when a worksheet has fewer than three moments. */
export const TOO_FEW_MOMENTS =
  'Add a few more moments before choosing: the shortlist works best when it picks three to five from a longer list.';

/** Ranks every moment by the rule at the top of this file. */
export function rankMoments(sheet: Worksheet): RankedMoment[] {
  const stages = new Map(sortStages(sheet).map((stage) => [stage.id, stage]));
  return orderedMoments(sheet)
    .map((moment, position) => ({ moment, position, priority: moment.impact * moment.frequency }))
    .sort((a, b) => b.priority - a.priority || a.moment.feeling - b.moment.feeling || a.position - b.position)
    .flatMap(({ moment, priority }) => {
      const stage = stages.get(moment.stageId);
      return stage ? [{ moment, stage, priority }] : [];
    })
    .map((item, index) => ({ rank: index + 1, ...item }));
}

/**
 * True when a moment is scored on assumption only: its evidence is "assumed" and nobody in a scoring
 * session said they have seen it happen.
 */
export function assumptionOnly(moment: Pick<Moment, 'evidence' | 'spread'>): boolean {
  return moment.evidence === 'assumed' && (moment.spread?.seen ?? 0) === 0;
}

/**
 * The moments that matter most, at most five: the pinned moments first (in rank order), then the
 * best-ranked others; each flagged for missing evidence, owner or next step.
 */
export function shortlist(sheet: Worksheet): Shortlist {
  const ranked = rankMoments(sheet);
  const pinned = ranked.filter((item) => item.moment.pin !== undefined).slice(0, SHORTLIST_LIMIT);
  const others = ranked.filter((item) => item.moment.pin === undefined);
  const chosen = [...pinned, ...others].slice(0, SHORTLIST_LIMIT);
  const items = chosen.map((item) => ({
    ...item,
    pinned: item.moment.pin !== undefined,
    needsEvidence: assumptionOnly(item.moment),
    needsOwner: item.moment.owner.trim() === '',
    needsNextAction: item.moment.nextAction.trim() === '',
  }));
  const list: Shortlist = { items, reason: SHORTLIST_REASON, leftOff: ranked.length - items.length };
  return ranked.length < 3 ? { ...list, hint: TOO_FEW_MOMENTS } : list;
}

/** The 5 × 5 grid: rows from impact 5 (top) down to 1, columns from frequency 1 (left) to 5. */
export function matrix(sheet: Worksheet): MatrixCell[][] {
  const rows = [5, 4, 3, 2, 1].map((impact) =>
    [1, 2, 3, 4, 5].map((frequency): MatrixCell => ({
      impact,
      frequency,
      priority: impact * frequency,
      momentIds: [],
    })),
  );
  for (const { moment } of rankMoments(sheet))
    rows[5 - moment.impact]?.[moment.frequency - 1]?.momentIds.push(moment.id);
  return rows;
}

/** The customer's feeling moment by moment, in journey order, for the chart and its data table. */
export function feelingCurve(sheet: Worksheet): FeelingPoint[] {
  const names = new Map(sheet.stages.map((stage) => [stage.id, stage.name]));
  return orderedMoments(sheet).map((moment, index) => ({
    index,
    stageId: moment.stageId,
    stageName: names.get(moment.stageId) ?? '',
    momentId: moment.id,
    title: moment.title,
    feeling: moment.feeling,
  }));
}

/** One stage along the feeling curve: the run of points from `first` to `last` (indexes, inclusive). */
export interface CurveStage {
  stageId: string;
  stageName: string;
  first: number;
  last: number;
}

/**
 * The stages the feeling curve passes through, in journey order, each with the points it spans, so
 * the chart can mark them and the data table can group by them. Stages without moments are absent.
 */
export function curveStages(points: readonly FeelingPoint[]): CurveStage[] {
  const stages: CurveStage[] = [];
  for (const point of points) {
    const current = stages.at(-1);
    if (current?.stageId === point.stageId) current.last = point.index;
    else stages.push({ stageId: point.stageId, stageName: point.stageName, first: point.index, last: point.index });
  }
  return stages;
}
