// Adding, renaming, moving and removing stages.
import type { EditContext } from './context';
import { LIMITS } from './limits';
import { stageSchema, type Moment, type Stage, type Worksheet } from './model';
import { assignOrders, orderAfter, orderBefore, sortStages, stageMoments } from './order';
import { accept, checkField, refuse, type EditResult } from './stamp';

/** Earlier (`up`) or later (`down`) in the list. */
export type MoveDirection = 'up' | 'down';

/** What to do with a stage's moments when the stage is removed. */
export interface RemoveStageOptions {
  /** Move them to the previous stage (or the next one, when removing the first); otherwise removal is refused. */
  moveMomentsToNeighbour?: boolean;
}

const MISSING_STAGE =
  'That stage no longer exists: it may have been removed in another tab. Reload the worksheet and try again.';

/** Adds a stage at the end. */
export function addStage(sheet: Worksheet, name: string, ctx: EditContext): EditResult {
  if (sheet.stages.length >= LIMITS.stages) {
    return refuse(`A worksheet can have at most ${LIMITS.stages} stages. Combine two stages or remove one first.`);
  }
  const checked = checkField(stageSchema.shape.name, name.trim());
  if (!checked.ok) return refuse(checked.message);
  const stage: Stage = { id: ctx.newId(), name: checked.value, order: orderAfter(sheet.stages), updatedAt: ctx.now };
  return accept(sheet, { ...sheet, stages: [...sortStages(sheet), stage] }, ctx.now, stage.id);
}

/** Renames a stage. */
export function renameStage(sheet: Worksheet, stageId: string, name: string, ctx: EditContext): EditResult {
  if (!sheet.stages.some((stage) => stage.id === stageId)) return refuse(MISSING_STAGE);
  const checked = checkField(stageSchema.shape.name, name.trim());
  if (!checked.ok) return refuse(checked.message);
  const stages = sheet.stages.map((stage) => (stage.id === stageId ? { ...stage, name: checked.value } : stage));
  return accept(sheet, { ...sheet, stages }, ctx.now);
}

/** Swaps a stage with its neighbour before (`up`) or after (`down`) it. */
export function moveStage(sheet: Worksheet, stageId: string, direction: MoveDirection, ctx: EditContext): EditResult {
  const stages = sortStages(sheet);
  const index = stages.findIndex((stage) => stage.id === stageId);
  const current = stages[index];
  if (!current) return refuse(MISSING_STAGE);
  const target = direction === 'up' ? index - 1 : index + 1;
  const neighbour = stages[target];
  if (!neighbour) return refuse(`“${current.name}” is already the ${direction === 'up' ? 'first' : 'last'} stage.`);
  const reordered = [...stages];
  reordered[index] = neighbour;
  reordered[target] = current;
  return accept(sheet, { ...sheet, stages: assignOrders(stages, reordered) }, ctx.now);
}

/** Moves every moment of one stage into another, keeping their order and placing them next to the removed stage. */
function rehome(sheet: Worksheet, fromId: string, toId: string, atEnd: boolean): Moment[] {
  const moving = stageMoments(sheet, fromId);
  const staying = stageMoments(sheet, toId);
  const start = atEnd ? orderAfter(staying) : orderBefore(staying) - moving.length + 1;
  const moved = new Map(moving.map((moment, index) => [moment.id, { ...moment, stageId: toId, order: start + index }]));
  return sheet.moments.map((moment) => moved.get(moment.id) ?? moment);
}

/**
 * Removes a stage. A stage that still holds moments is kept and the edit refused, unless
 * `moveMomentsToNeighbour` is set: then its moments join the end of the previous stage (or the
 * start of the next one when the first stage is removed), so no moment is ever lost silently.
 */
export function removeStage(
  sheet: Worksheet,
  stageId: string,
  ctx: EditContext,
  options: RemoveStageOptions = {},
): EditResult {
  const stages = sortStages(sheet);
  const index = stages.findIndex((stage) => stage.id === stageId);
  const stage = stages[index];
  if (!stage) return refuse(MISSING_STAGE);
  const count = stageMoments(sheet, stageId).length;
  let moments = sheet.moments;
  if (count > 0) {
    const plural = count === 1 ? 'moment' : 'moments';
    if (!options.moveMomentsToNeighbour) {
      return refuse(
        `The stage “${stage.name}” still holds ${count} ${plural}. Move or remove them first, or choose to move them to the neighbouring stage.`,
      );
    }
    const previous = stages[index - 1];
    const next = stages[index + 1];
    const neighbour = previous ?? next;
    if (!neighbour)
      return refuse(
        `The stage “${stage.name}” is the only stage, so its ${plural} cannot move anywhere. Add another stage first.`,
      );
    moments = rehome(sheet, stageId, neighbour.id, previous !== undefined);
  }
  return accept(sheet, { ...sheet, stages: sheet.stages.filter((s) => s.id !== stageId), moments }, ctx.now);
}
