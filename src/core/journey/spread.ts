// The spread of a team's scores for each moment, shown once the facilitator reveals it and only when
// at least three people have sent codes (so no one's scores can be picked out): every score, the
// median, how far apart the scores are, and how many have seen the moment happen.
import { median, medianAbsoluteSpread } from '../assessment/stats';
import { snapshotMoments, type JourneySnapshot } from './invitation';
import type { MomentScore, ProposedMoment } from './score-code';

/** The fewest people whose scores are shown moment by moment. */
export const MIN_PEOPLE = 3;

/** The three scores a participant gives a moment. */
export const MEASURES = ['feeling', 'impact', 'frequency'] as const;
export type Measure = (typeof MEASURES)[number];

/** Half the width of each scale: the largest typical distance from the median it allows. */
const HALF_RANGE: Readonly<Record<Measure, number>> = { feeling: 3, impact: 2, frequency: 2 };

/** The team's scores for one measure of one moment. */
export interface MeasureSpread {
  /** Every score given, in ascending order (one dot each). */
  values: number[];
  /** The middle score, or null when nobody scored it. */
  median: number | null;
  /** The typical distance of a score from the median (0 when all agree), or null when nobody scored it. */
  disagreement: number | null;
  /** How many said "don't know". */
  dontKnow: number;
}

/** The team's view of one moment. */
export interface MomentSpread {
  momentId: string;
  title: string;
  stageName: string;
  /** Position along the journey, from 0. */
  position: number;
  feeling: MeasureSpread;
  impact: MeasureSpread;
  frequency: MeasureSpread;
  /** How many said "I have seen this happen". */
  seen: number;
  /** Median impact × median frequency (1 to 25), or null when either is unscored. */
  priority: number | null;
  /** The largest of the three disagreements, each as a share of its scale's half-width: 0 (all agree) to 1. */
  disagreement: number;
}

/** What the facilitator sees: nothing before the reveal, nothing per moment under three people. */
export type TeamSpread =
  | { status: 'hidden'; people: number }
  | { status: 'too-few'; people: number }
  | { status: 'shown'; people: number; moments: MomentSpread[] };

/** The spread of one measure from the scores given. */
export function measureSpread(scores: readonly (number | 'dk' | null)[]): MeasureSpread {
  const values = scores.filter((score): score is number => typeof score === 'number').sort((a, b) => a - b);
  return {
    values,
    median: median(values),
    disagreement: medianAbsoluteSpread(values),
    dontKnow: scores.filter((score) => score === 'dk').length,
  };
}

/** One moment's spread from each participant's score of it. */
function momentSpread(
  scores: readonly MomentScore[],
): Omit<MomentSpread, 'momentId' | 'title' | 'stageName' | 'position'> {
  const spreads = {
    feeling: measureSpread(scores.map((s) => s.feeling)),
    impact: measureSpread(scores.map((s) => s.impact)),
    frequency: measureSpread(scores.map((s) => s.frequency)),
  };
  const { impact, frequency } = spreads;
  return {
    ...spreads,
    seen: scores.filter((s) => s.seen).length,
    priority: impact.median === null || frequency.median === null ? null : impact.median * frequency.median,
    disagreement: Math.max(...MEASURES.map((m) => (spreads[m].disagreement ?? 0) / HALF_RANGE[m])),
  };
}

/** The spread of every moment of the session, or why it is not shown. */
export function teamSpread(
  snapshot: JourneySnapshot,
  participants: readonly { scores: readonly MomentScore[] }[],
  revealed: boolean,
): TeamSpread {
  const people = participants.length;
  if (!revealed) return { status: 'hidden', people };
  if (people < MIN_PEOPLE) return { status: 'too-few', people };
  const moments = snapshotMoments(snapshot).map((moment, position) => ({
    momentId: moment.id,
    title: moment.title,
    stageName: snapshot.stages[moment.stage]?.name ?? '',
    position,
    ...momentSpread(participants.flatMap((p) => p.scores[position] ?? [])),
  }));
  return { status: 'shown', people, moments };
}

/** How the revealed moments are listed. */
export type SpreadOrder = 'journey' | 'disagreement' | 'priority';

/** The moments sorted: most disagreement first, or highest median priority first; ties keep journey order. */
export function sortSpread(moments: readonly MomentSpread[], order: SpreadOrder): MomentSpread[] {
  const key = (m: MomentSpread) =>
    order === 'disagreement' ? m.disagreement : order === 'priority' ? (m.priority ?? -1) : 0;
  return [...moments].sort((a, b) => key(b) - key(a) || a.position - b.position);
}

/** The score to start agreeing from: the median, rounded (halves up), or a fallback when nobody scored it. */
export function suggestedScore(spread: MeasureSpread, measure: Measure, fallback: number): number {
  if (spread.median === null) return fallback;
  const [low, high] = measure === 'feeling' ? [-3, 3] : [1, 5];
  // `+ 0` turns the -0 that Math.round(-0.4) gives into 0.
  return Math.min(high, Math.max(low, Math.round(spread.median) + 0));
}

/** A moment someone proposed, with who proposed it and a key the session records its fate under. */
export interface ProposalEntry extends ProposedMoment {
  /** The participant id and the proposal's position: stable while their code is kept. */
  key: string;
  /** The proposer's alias, or '' for none. */
  alias: string;
}

/** Every proposed moment in the session's codes, in the order the codes arrived. */
export function listProposals(
  participants: readonly { participantId: string; alias: string; proposals: readonly ProposedMoment[] }[],
): ProposalEntry[] {
  return participants.flatMap((p) =>
    p.proposals.map((proposal, index) => ({ ...proposal, key: `${p.participantId}-${index}`, alias: p.alias })),
  );
}
