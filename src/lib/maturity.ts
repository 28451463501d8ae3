// A maturity path drawn from an assessment's anchors: for every statement, what a team at 1, at 3
// and at 5 does in practice, in the order a team climbs (reverse statements are turned round).
import type { AssessmentItem } from '../schemas/assessment';

/** One rung of the ladder for one statement. */
export interface Rung {
  /** 1, 3 or 5 on the human-centred scale (5 is always the better end). */
  level: 1 | 3 | 5;
  /** What that level looks like in practice. */
  text: string;
}

/** The rungs of one statement from where teams start (1) to where they are heading (5). */
export function ladderOf(item: AssessmentItem): Rung[] {
  const at = (level: 1 | 3 | 5) => item.levels[item.reverse ? ((6 - level) as 1 | 3 | 5) : level];
  return ([1, 3, 5] as const).map((level) => ({ level, text: at(level) }));
}

/** Names for the rungs, shown beside each level. */
export const rungNames: Record<Rung['level'], string> = {
  1: 'Where many teams start',
  3: 'Part of the way',
  5: 'Where you are heading',
};
