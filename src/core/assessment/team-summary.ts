// Team statistics per dimension for the workshop screen. Individual scores are kept anonymous
// (sorted, without names) so a person cannot be followed from one dimension to the next.
import type { Assessment } from '../../schemas/assessment';
import type { Answers } from './answers';
import { scoreAssessment } from './scoring';
import {
  DEFAULT_RULES,
  MIN_FIGURES,
  canShowDotPlot,
  canShowFigures,
  type AnonymityRules,
  type RevealDecision,
} from './anonymity';
import { median, medianAbsoluteSpread, sortAscending } from './stats';

/** Fewest people whose figures may be shown (the rule lives in anonymity.ts). */
export const MIN_REVEAL = MIN_FIGURES;

export type { RevealDecision } from './anonymity';

/** Team statistics for one dimension; every statistic is null when nobody rated it. */
export interface DimensionStats {
  id: string;
  label: string;
  /** Each rater's dimension score, ascending and without names (the dots); empty while the dot plot is hidden. */
  scores: number[];
  /** People with a score for this dimension (those with only "don't know" are left out). */
  n: number;
  /** People whose score is 2 or lower. */
  lowCount: number;
  min: number | null;
  max: number | null;
  range: number | null;
  /** Middle score; the mean of the two middle scores for an even n. */
  median: number | null;
  /**
   * Disagreement: the mean distance, in points, between each score and the median. 0 when all
   * agree; it grows when views spread or split into camps, and unlike the range one outlier
   * barely moves it, while unlike the interquartile range it behaves well for 3-10 people.
   */
  disagreement: number | null;
  /** Whether the figures may be shown (anonymity.ts: canShowFigures). */
  reveal: RevealDecision;
  /** Whether each person's score, the dot plot, may be shown (anonymity.ts: canShowDotPlot). */
  dotPlot: RevealDecision;
}

/** The team's results for a whole assessment. */
export interface TeamSummary {
  assessmentId: Assessment['id'];
  /** Assessment content version. */
  assessmentVersion: number;
  /** People merged into the session. */
  participantCount: number;
  /** The rules the summary was made under. */
  rules: AnonymityRules;
  /** Every dimension, in assessment order. */
  dimensions: DimensionStats[];
  /** Dimensions that may be shown, most disagreement first (then wider range, then assessment order). */
  byDisagreement: DimensionStats[];
  /** Dimensions that may be shown, lowest median first (then lower minimum, then assessment order). */
  byMedian: DimensionStats[];
}

/** Whether n people are enough to show a dimension's figures (anonymity.ts: canShowFigures). */
export const canRevealBreakdown = canShowFigures;

/**
 * The one rule for what may be shown of a dimension, given how many people rated it and the
 * session's rules (anonymity.ts). Below the figures threshold only the label and the number of
 * raters remain: every score, count of low ratings, median, range and disagreement is removed. Below
 * the dot-plot minimum the individual scores are removed. This happens here, before any view,
 * prompt, record, print or export sees the summary, so none of them can give a hidden part away.
 */
export function discloseDimension(stats: DimensionStats, rules: AnonymityRules = DEFAULT_RULES): DimensionStats {
  const reveal = canShowFigures(stats.n);
  const dotPlot = canShowDotPlot(stats.n, rules);
  if (reveal.allowed) return { ...stats, reveal, dotPlot, scores: dotPlot.allowed ? stats.scores : [] };
  return {
    ...stats,
    reveal,
    dotPlot,
    scores: [],
    lowCount: 0,
    min: null,
    max: null,
    range: null,
    median: null,
    disagreement: null,
  };
}

/** Whether a dimension score counts as low: rated 2 or lower on the 1-5 scale. */
export const isLowScore = (score: number): boolean => score <= 2;

/** Scores every participant and summarises each dimension for the team, through discloseDimension. */
export function summariseTeam(
  assessment: Assessment,
  participants: readonly { answers: Answers }[],
  rules: AnonymityRules = DEFAULT_RULES,
): TeamSummary {
  const results = participants.map((p) => scoreAssessment(assessment, p.answers));
  const dimensions = assessment.dimensions.map((dimension, index): DimensionStats => {
    const scores = sortAscending(
      results.map((r) => r.dimensions[index]?.score ?? null).filter((s): s is number => s !== null),
    );
    const n = scores.length;
    const min = scores[0] ?? null;
    const max = scores[n - 1] ?? null;
    const stats: DimensionStats = {
      id: dimension.id,
      label: dimension.label,
      scores,
      n,
      lowCount: scores.filter(isLowScore).length,
      min,
      max,
      range: min === null || max === null ? null : max - min,
      median: median(scores),
      disagreement: medianAbsoluteSpread(scores),
      reveal: canShowFigures(n),
      dotPlot: canShowDotPlot(n, rules),
    };
    return discloseDimension(stats, rules);
  });
  const order = new Map(dimensions.map((d, index) => [d.id, index]));
  // Only dimensions that may be shown are ranked, so no ordering hints at a hidden one.
  const rated = dimensions.filter((d) => d.reveal.allowed);
  const position = (d: DimensionStats): number => order.get(d.id) ?? 0;
  return {
    assessmentId: assessment.id,
    assessmentVersion: assessment.version,
    participantCount: participants.length,
    rules,
    dimensions,
    byDisagreement: [...rated].sort(
      (a, b) =>
        compareDesc(a.disagreement, b.disagreement) || compareDesc(a.range, b.range) || position(a) - position(b),
    ),
    byMedian: [...rated].sort(
      (a, b) => compareDesc(b.median, a.median) || compareDesc(b.min, a.min) || position(a) - position(b),
    ),
  };
}

// Scores are means of small integers, so differences below this are rounding, not real.
const EPSILON = 1e-9;

function compareDesc(a: number | null, b: number | null): number {
  const diff = (b ?? 0) - (a ?? 0);
  return Math.abs(diff) < EPSILON ? 0 : diff;
}
