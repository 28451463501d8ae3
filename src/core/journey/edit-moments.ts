// Adding, changing, moving and removing moments.
import type { EditContext } from './context';
import * as z from '../zod';
import { LIMITS } from './limits';
import { momentFieldsSchema, type Moment, type MomentFields, type Worksheet } from './model';
import { sortHeartValues, sortTraits } from './vocabulary';
import type { MoveDirection } from './edit-stages';
import { assignOrders, orderAfter, orderBefore, sortStages, stageMoments } from './order';
import { accept, checkField, refuse, type EditResult } from './stamp';

const momentPatchSchema = z.partial(momentFieldsSchema);

/** The fields of a new moment: a title, and anything else the team already knows. */
export type MomentInput = Partial<MomentFields> & { title: string };

/** Values for fields a new moment leaves out: a neutral, unscored, unowned idea. */
const MOMENT_DEFAULTS: Readonly<Omit<MomentFields, 'title'>> = {
  whatHappens: '',
  kind: 'small-meaningful',
  feeling: 0,
  impact: 3,
  frequency: 3,
  evidence: 'assumed',
  traits: [],
  heart: [],
  owner: '',
  nextAction: '',
  status: 'idea',
};

const MISSING_MOMENT =
  'That moment no longer exists: it may have been removed in another tab. Reload the worksheet and try again.';
const MISSING_STAGE =
  'That stage no longer exists: it may have been removed in another tab. Reload the worksheet and try again.';
const TEXT_FIELDS = ['title', 'whatHappens', 'owner', 'nextAction'] as const;

/** Trims text, sorts trait and value lists, and validates; unknown keys are dropped. */
function cleanPatch(
  patch: Partial<MomentFields>,
): { ok: true; value: Partial<MomentFields> } | { ok: false; message: string } {
  const draft: Record<string, unknown> = { ...patch };
  for (const key of TEXT_FIELDS) {
    const value = draft[key];
    if (typeof value === 'string') draft[key] = value.trim();
  }
  // Keys left out or undefined are skipped, which keeps "not given" distinct from "cleared".
  const given = Object.fromEntries(Object.entries(draft).filter(([, value]) => value !== undefined));
  const checked = checkField(momentPatchSchema, given);
  if (!checked.ok) return checked;
  // No key is undefined any more (filtered above), so the output fits Partial<MomentFields>.
  const value = checked.value as Partial<MomentFields>;
  if (value.traits) value.traits = sortTraits(value.traits);
  if (value.heart) value.heart = sortHeartValues(value.heart);
  return { ok: true, value };
}

/** Adds a moment at the end of a stage. */
export function addMoment(sheet: Worksheet, stageId: string, input: MomentInput, ctx: EditContext): EditResult {
  if (!sheet.stages.some((stage) => stage.id === stageId)) return refuse(MISSING_STAGE);
  if (sheet.moments.length >= LIMITS.moments) {
    return refuse(
      `A worksheet can have at most ${LIMITS.moments} moments. Keep the few that matter most and remove the rest.`,
    );
  }
  const cleaned = cleanPatch({ ...MOMENT_DEFAULTS, ...input });
  if (!cleaned.ok) return refuse(cleaned.message);
  const moment: Moment = {
    id: ctx.newId(),
    stageId,
    ...MOMENT_DEFAULTS,
    title: input.title,
    ...cleaned.value,
    order: orderAfter(stageMoments(sheet, stageId)),
    updatedAt: ctx.now,
  };
  return accept(sheet, { ...sheet, moments: [...sheet.moments, moment] }, ctx.now, moment.id);
}

/** Changes some fields of a moment; its place and id stay the same. */
export function updateMoment(
  sheet: Worksheet,
  momentId: string,
  patch: Partial<MomentFields>,
  ctx: EditContext,
): EditResult {
  if (!sheet.moments.some((moment) => moment.id === momentId)) return refuse(MISSING_MOMENT);
  const cleaned = cleanPatch(patch);
  if (!cleaned.ok) return refuse(cleaned.message);
  const moments = sheet.moments.map((moment) => (moment.id === momentId ? { ...moment, ...cleaned.value } : moment));
  return accept(sheet, { ...sheet, moments }, ctx.now);
}

/** Removes a moment. */
export function removeMoment(sheet: Worksheet, momentId: string, ctx: EditContext): EditResult {
  if (!sheet.moments.some((moment) => moment.id === momentId)) return refuse(MISSING_MOMENT);
  return accept(sheet, { ...sheet, moments: sheet.moments.filter((moment) => moment.id !== momentId) }, ctx.now);
}

/** Swaps a moment with its neighbour within the same stage. */
export function moveMoment(sheet: Worksheet, momentId: string, direction: MoveDirection, ctx: EditContext): EditResult {
  const current = sheet.moments.find((moment) => moment.id === momentId);
  if (!current) return refuse(MISSING_MOMENT);
  const siblings = stageMoments(sheet, current.stageId);
  const index = siblings.findIndex((moment) => moment.id === momentId);
  const target = direction === 'up' ? index - 1 : index + 1;
  const neighbour = siblings[target];
  if (!neighbour)
    return refuse(`“${current.title}” is already the ${direction === 'up' ? 'first' : 'last'} moment in its stage.`);
  const reordered = [...siblings];
  reordered[index] = neighbour;
  reordered[target] = current;
  const updated = new Map(assignOrders(siblings, reordered).map((moment) => [moment.id, moment]));
  return accept(sheet, { ...sheet, moments: sheet.moments.map((moment) => updated.get(moment.id) ?? moment) }, ctx.now);
}

/**
 * Moves a moment to the previous or next stage. It lands next to where it was: at the end of the
 * previous stage, or at the start of the next one.
 */
export function moveMomentToStage(
  sheet: Worksheet,
  momentId: string,
  direction: 'previous' | 'next',
  ctx: EditContext,
): EditResult {
  const current = sheet.moments.find((moment) => moment.id === momentId);
  if (!current) return refuse(MISSING_MOMENT);
  const stages = sortStages(sheet);
  const index = stages.findIndex((stage) => stage.id === current.stageId);
  const target = stages[direction === 'previous' ? index - 1 : index + 1];
  if (!target)
    return refuse(`“${current.title}” is already in the ${direction === 'previous' ? 'first' : 'last'} stage.`);
  const others = stageMoments(sheet, target.id);
  const order = direction === 'previous' ? orderAfter(others) : orderBefore(others);
  const moments = sheet.moments.map((moment) =>
    moment.id === momentId ? { ...moment, stageId: target.id, order } : moment,
  );
  return accept(sheet, { ...sheet, moments }, ctx.now);
}
