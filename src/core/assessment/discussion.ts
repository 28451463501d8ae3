// Questions that turn the team chart into a conversation: where people disagree most, and where
// the team feels weakest.
import type { DimensionStats, TeamSummary } from './team-summary';
import { formatScore } from './text';

/** A suggested question for the workshop. */
export interface DiscussionPrompt {
  /** The dimension it is about. */
  dimensionId: string;
  /** Why it was chosen. */
  kind: 'contested' | 'weak';
  /** The prompt, in plain sentences. */
  text: string;
}

/** Least disagreement (mean distance from the median, in points) worth raising as contested. */
const CONTESTED_THRESHOLD = 0.5;
/** A median at or below this is described as weak rather than merely the lowest. */
const WEAK_MEDIAN = 2.5;
const PER_KIND = 2;

/**
 * Prompts for the two most contested dimensions, then the two with the lowest median. Only
 * dimensions that discloseDimension lets be shown are ever named: a hidden one has no prompt.
 */
export function discussionPrompts(summary: TeamSummary): DiscussionPrompt[] {
  const shown = (d: DimensionStats): boolean => d.reveal.allowed && d.median !== null;
  const contested = summary.byDisagreement
    .filter((d) => shown(d) && (d.disagreement ?? 0) >= CONTESTED_THRESHOLD)
    .slice(0, PER_KIND)
    .map((d): DiscussionPrompt => ({
      dimensionId: d.id,
      kind: 'contested',
      text: `People see ${d.label} differently: scores run from ${formatScore(d.min)} to ${formatScore(d.max)}. Ask a few people from each end to describe a recent moment that made them rate it the way they did.`,
    }));
  const weak = summary.byMedian
    .filter(shown)
    .slice(0, PER_KIND)
    .map((d): DiscussionPrompt => {
      const low = d.lowCount > 0 ? `; ${d.lowCount} of ${d.n} people rated it 2 or lower` : '';
      const figures = ` (median ${formatScore(d.median)}${low})`;
      const text =
        (d.median ?? 0) <= WEAK_MEDIAN
          ? `The team rates ${d.label} low${figures}. What would have to change for it to reach a 3 within the next month?`
          : `${d.label} is one of the team's lower-rated dimensions${figures}, though not low. What one change would move it up by a point?`;
      return { dimensionId: d.id, kind: 'weak', text };
    });
  return [...contested, ...weak];
}
