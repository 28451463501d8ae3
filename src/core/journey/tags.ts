// Moments by the trait or HEART value they test, across every worksheet on the device: where an
// assessment's weak dimension leads (core/assessment/weak-links.ts). The tag travels in the
// journeys page's address as `#tag=trait:accessible` or `#tag=heart:honesty`.
import type { Moment, Worksheet } from './model';
import { HEART_LABELS, HEART_VALUES, TRAIT_LABELS, TRAITS, type HeartValue, type Trait } from './vocabulary';

/** A trait or HEART value a moment can be tagged with. */
export type MomentTag = { kind: 'trait'; id: Trait } | { kind: 'heart'; id: HeartValue };

/** Reads `trait:<id>` or `heart:<id>`; null for anything else (never trusted as it comes). */
export function readMomentTag(text: string | null): MomentTag | null {
  const [kind, id] = (text ?? '').split(':');
  const trait = TRAITS.find((known) => known === id);
  if (kind === 'trait' && trait) return { kind, id: trait };
  const value = HEART_VALUES.find((known) => known === id);
  if (kind === 'heart' && value) return { kind, id: value };
  return null;
}

/** The address fragment that lists a tag's moments on the journeys page. */
export const momentTagHash = (tag: { kind: 'trait' | 'heart'; id: string }): string => `#tag=${tag.kind}:${tag.id}`;

/** The tag's name as the worksheets show it, e.g. "Accessible". */
export const momentTagLabel = (tag: MomentTag): string =>
  tag.kind === 'trait' ? TRAIT_LABELS[tag.id] : HEART_LABELS[tag.id];

/** A tagged moment and the worksheet it is in. */
export interface TaggedMoment {
  sheet: Pick<Worksheet, 'id' | 'name'>;
  moment: Moment;
}

/** Every moment carrying the tag, the highest priority (impact × frequency) first, then by title. */
export function taggedMoments(worksheets: readonly Worksheet[], tag: MomentTag): TaggedMoment[] {
  const carries = (moment: Moment) =>
    tag.kind === 'trait' ? moment.traits.includes(tag.id) : moment.heart.includes(tag.id);
  return worksheets
    .flatMap((sheet) => sheet.moments.filter(carries).map((moment) => ({ sheet, moment })))
    .sort(
      (a, b) =>
        b.moment.impact * b.moment.frequency - a.moment.impact * a.moment.frequency ||
        a.moment.title.localeCompare(b.moment.title),
    );
}
