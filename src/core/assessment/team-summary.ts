// Team statistics per dimension for the workshop screen. Individual scores are kept anonymous
// (sorted, without names) so a person cannot be followed from one dimension to the next.
import type { Assessment } from '../../schemas/assessment';
import type { Answers } from './answers';
import { scoreAssessment } from './scoring';
import { median, medianAbsoluteSpread, sortAscending } from './stats';
import { countOf } from './text';

/** Fewest people whose individual scores may be shown. */
export const MIN_REVEAL = 3;

/** Whether individual scores may be shown, and why not when they may not. */
export type RevealDecision = { allowed: true } | { allowed: false; reason: string };

/** Team statistics for one dimension; every statistic is null when nobody rated it. */
export interface DimensionStats {
  id: string;
  label: string;
  /** Each rater's dimension score, ascending and without names (the dots). */
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
  /** Whether the individual scores may be shown. */
  reveal: RevealDecision;
}

/** The team's results for a whole assessment. */
export interface TeamSummary {
  assessmentId: Assessment['id'];
  /** Assessment content version. */
  assessmentVersion: number;
  /** People merged into the session. */
  participantCount: number;
  /** Every dimension, in assessment order. */
  dimensions: DimensionStats[];
  /** Dimensions that may be shown, most disagreement first (then wider range, then assessment order). */
  byDisagreement: DimensionStats[];
  /** Dimensions that may be shown, lowest median first (then lower minimum, then assessment order). */
  byMedian: DimensionStats[];
}

/** Whether n people are enough to show individual scores without exposing anyone. */
export function canRevealBreakdown(n: number): RevealDecision {
  if (n >= MIN_REVEAL) return { allowed: true };
  const sofar =
    n <= 0 ? 'Nobody has rated this yet' : `Only ${countOf(n, 'person has', 'people have')} rated this so far`;
  return {
    allowed: false,
    reason: `${sofar}; individual scores stay hidden until at least ${MIN_REVEAL} people have, so that nobody's answers can be picked out.`,
  };
}

/**
 * The one rule for what may be shown of a dimension, given how many people rated it. Below the
 * threshold only the label and the number of raters remain: every score, count of low ratings,
 * median, range and disagreement is removed here, before any view, prompt, record, print or export
 * sees it, so none of them can give a hidden dimension away.
 */
export function discloseDimension(stats: DimensionStats): DimensionStats {
  const reveal = canRevealBreakdown(stats.n);
  if (reveal.allowed) return { ...stats, reveal };
  return {
    ...stats,
    reveal,
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
export function summariseTeam(assessment: Assessment, participants: readonly { answers: Answers }[]): TeamSummary {
  const results = participants.map((p) => scoreAssessment(assessment, p.answers));
  const dimensions = assessment.dimensions.map((dimension, index): DimensionStats => {
    const scores = sortAscending(
      results.map((r) => r.dimensions[index]?.score ?? null).filter((s): s is number => s !== null),
    );
    const n = scores.length;
    const min = scores[0] ?? null;
    const max = scores[n - 1] ?? null;
    return discloseDimension({
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
      reveal: canRevealBreakdown(n),
    });
  });
  const order = new Map(dimensions.map((d, index) => [d.id, index]));
  // Only dimensions that may be shown are ranked, so no ordering hints at a hidden one.
  const rated = dimensions.filter((d) => d.reveal.allowed);
  const position = (d: DimensionStats): number => order.get(d.id) ?? 0;
  return {
    assessmentId: assessment.id,
    assessmentVersion: assessment.version,
    participantCount: participants.length,
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
