// Participants' comments as the team sees them after the reveal: per dimension, without who wrote
// them, in an order that says nothing about who sent their code first (sorted, then shuffled with a
// seed made from the session id, so the order is the same on every screen and every reload of that
// session), and only once anonymity.ts lets comments be shown.
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { canShowComments } from './anonymity';
import type { Assessment } from '../../schemas/assessment';

/** The comments on one dimension. */
export interface DimensionComments {
  id: string;
  label: string;
  /** The comments, unattributed, in the session's stable random order. */
  comments: string[];
}

/** Comments to show, or why they are held back. */
export type TeamComments =
  { allowed: true; dimensions: DimensionComments[]; total: number } | { allowed: false; reason: string; total: number };

/** FNV-1a, 32 bits: a small, stable hash for the seed. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    value ^= text.charCodeAt(i);
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value;
}

/** Puts texts in an order fixed by the seed alone, whatever order they came in. */
export function stableShuffle(texts: readonly string[], seed: string): string[] {
  const out = [...texts].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  // pure-rand's seeded generator, as the calculator's simulation uses.
  const rng = xoroshiro128plus(hash(seed));
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = uniformInt(rng, 0, i);
    const here = out[i] ?? '';
    out[i] = out[j] ?? '';
    out[j] = here;
  }
  return out;
}

/**
 * The team's comments per dimension (only dimensions with at least one), for the people shown,
 * shuffled with `seed` (the session id); held back below the comment minimum.
 */
export function teamComments(
  assessment: Pick<Assessment, 'dimensions'>,
  people: readonly { comments?: readonly string[] }[],
  seed: string,
): TeamComments {
  const dimensions = assessment.dimensions
    .map((dimension, index) => ({
      id: dimension.id,
      label: dimension.label,
      comments: stableShuffle(
        people.map((p) => p.comments?.[index] ?? '').filter((c) => c !== ''),
        `${seed}:${dimension.id}`,
      ),
    }))
    .filter((d) => d.comments.length > 0);
  const total = dimensions.reduce((sum, d) => sum + d.comments.length, 0);
  const decision = canShowComments(people.length);
  if (!decision.allowed) return { allowed: false, reason: decision.reason, total };
  return { allowed: true, dimensions, total };
}
