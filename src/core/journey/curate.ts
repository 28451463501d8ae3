// What a team decides about its moments, in a scoring session or without one: the agreed scores
// (with the spread of private scores kept beside them), proposed moments added to the map, moments
// pinned to the shortlist with a reason, and each shortlisted moment's owner and review-by date.
import type { EditContext } from './context';
import { isoDateSchema } from '../assessment/iso-date';
import { addMoment } from './edit-moments';
import { pinSchema, type KeptSpread, type Moment, type Worksheet } from './model';
import { SHORTLIST_LIMIT } from './ranking';
import { accept, checkField, refuse, type EditResult } from './stamp';

const MISSING_MOMENT =
  'That moment no longer exists: it may have been removed in another tab. Reload the worksheet and try again.';

/** Scores the team agreed for one moment. */
export interface AgreedScores {
  feeling: number;
  impact: number;
  frequency: number;
}

/** Agreed scores and the spread to keep beside them, by moment id. */
export type AgreedMoments = Readonly<Record<string, { agreed: AgreedScores; spread: KeptSpread }>>;

const inRange = (value: number, low: number, high: number) => Number.isInteger(value) && value >= low && value <= high;

/** Writes agreed scores into the worksheet, keeping the spread beside each; unknown moments are skipped. */
export function applyAgreedScores(sheet: Worksheet, agreed: AgreedMoments, ctx: EditContext): EditResult {
  for (const { agreed: scores } of Object.values(agreed)) {
    if (!inRange(scores.feeling, -3, 3) || !inRange(scores.impact, 1, 5) || !inRange(scores.frequency, 1, 5))
      return refuse('Agree a feeling from -3 to +3 and an impact and a frequency from 1 to 5 for every moment.');
  }
  const moments = sheet.moments.map((moment): Moment => {
    const entry = Object.hasOwn(agreed, moment.id) ? agreed[moment.id] : undefined;
    return entry ? { ...moment, ...entry.agreed, spread: entry.spread } : moment;
  });
  return accept(sheet, { ...sheet, moments }, ctx.now);
}

/** Adds a moment someone proposed, at the end of the given stage (or of the first stage). */
export function acceptProposedMoment(
  sheet: Worksheet,
  proposal: { title: string; description: string; stageId: string | null },
  ctx: EditContext,
): EditResult {
  const stageId =
    proposal.stageId !== null && sheet.stages.some((stage) => stage.id === proposal.stageId)
      ? proposal.stageId
      : [...sheet.stages].sort((a, b) => a.order - b.order)[0]?.id;
  if (stageId === undefined) return refuse('Add a stage to the worksheet before adding a proposed moment.');
  return addMoment(sheet, stageId, { title: proposal.title, whatHappens: proposal.description }, ctx);
}

/** Pins a moment to the shortlist with a reason; at most five moments can be pinned. */
export function pinMoment(sheet: Worksheet, momentId: string, reason: string, ctx: EditContext): EditResult {
  const target = sheet.moments.find((moment) => moment.id === momentId);
  if (!target) return refuse(MISSING_MOMENT);
  const checked = checkField(pinSchema, { reason: reason.trim() });
  if (!checked.ok) return refuse(checked.message);
  const pinned = sheet.moments.filter((moment) => moment.pin !== undefined && moment.id !== momentId).length;
  if (pinned >= SHORTLIST_LIMIT)
    return refuse(
      `The shortlist already has ${SHORTLIST_LIMIT} pinned moments, its limit. Unpin one before pinning “${target.title}”.`,
    );
  const moments = sheet.moments.map((moment) => (moment.id === momentId ? { ...moment, pin: checked.value } : moment));
  return accept(sheet, { ...sheet, moments }, ctx.now);
}

/** Takes a moment off the shortlist's pins; the ranking decides again whether it is listed. */
export function unpinMoment(sheet: Worksheet, momentId: string, ctx: EditContext): EditResult {
  if (!sheet.moments.some((moment) => moment.id === momentId)) return refuse(MISSING_MOMENT);
  const moments = sheet.moments.map((moment) => {
    if (moment.id !== momentId) return moment;
    const { pin: _dropped, ...rest } = moment;
    return rest;
  });
  return accept(sheet, { ...sheet, moments }, ctx.now);
}

/** Sets (or, with '', clears) the day a moment's owner reviews it. */
export function setReviewBy(sheet: Worksheet, momentId: string, date: string, ctx: EditContext): EditResult {
  if (!sheet.moments.some((moment) => moment.id === momentId)) return refuse(MISSING_MOMENT);
  const trimmed = date.trim();
  if (trimmed !== '' && !isoDateSchema.safeParse(trimmed).success)
    return refuse('Write the review date as yyyy-mm-dd, for example 2025-03-31, or leave it empty.');
  const moments = sheet.moments.map((moment) => {
    if (moment.id !== momentId) return moment;
    const { reviewBy: _old, ...rest } = moment;
    return trimmed === '' ? rest : { ...rest, reviewBy: trimmed };
  });
  return accept(sheet, { ...sheet, moments }, ctx.now);
}
