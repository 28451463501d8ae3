// What the worksheet buttons do: call a core edit through the store, then tell the reader what
// happened, move focus somewhere sensible, and offer Undo for anything destructive.
import { addMoment, moveMoment, moveMomentToStage, removeMoment } from '../../core/journey/edit-moments';
import { addStage, moveStage, removeStage, type MoveDirection } from '../../core/journey/edit-stages';
import type { Worksheet } from '../../core/journey/model';
import { sortStages, stageMoments } from '../../core/journey/order';
import { revertEdit } from '../../core/journey/undo';
import { changeWorksheet, getWorksheet } from '../../stores/journeys';
import { offerUndo } from '../../stores/journeys-ui';
import { announce } from '../shared/announce';
import { focusSoon } from './feedback';
import { domId, formatCount } from './labels';

/** Offers Undo for an edit that removed something, by reverting only what that edit changed. */
function offerRevert(
  sheetId: string,
  before: Worksheet,
  words: { message: string; back: string },
  focusId: string,
  returnFocusId: string,
): void {
  const after = getWorksheet(sheetId);
  if (!after) return;
  const { message, back } = words;
  offerUndo({
    message,
    returnFocusId,
    undo: () => {
      const result = changeWorksheet(sheetId, (sheet, ctx) => revertEdit(sheet, before, after, ctx));
      if (!result.ok) return result.message;
      focusSoon(focusId);
      return back;
    },
  });
}

/** Where a moment now sits, e.g. "2 of 4 in “Arriving”". */
function placeOf(sheetId: string, momentId: string): string {
  const sheet = getWorksheet(sheetId);
  const moment = sheet?.moments.find((item) => item.id === momentId);
  const stage = sheet?.stages.find((item) => item.id === moment?.stageId);
  if (!sheet || !moment || !stage) return '';
  const siblings = stageMoments(sheet, stage.id);
  return `${formatCount(siblings.findIndex((item) => item.id === momentId) + 1)} of ${formatCount(siblings.length)} in “${stage.name}”`;
}

/** Adds a stage at the end; returns core's sentence when refused. */
export function addStageNamed(sheetId: string, name: string): string | undefined {
  const result = changeWorksheet(sheetId, (sheet, ctx) => addStage(sheet, name, ctx));
  if (!result.ok) return result.message;
  announce(`Added the stage “${name.trim()}”.`);
  return undefined;
}

/** Adds a moment at the end of a stage; returns core's sentence when refused. */
export function addMomentTitled(
  sheetId: string,
  stageId: string,
  stageName: string,
  title: string,
): string | undefined {
  const result = changeWorksheet(sheetId, (sheet, ctx) => addMoment(sheet, stageId, { title }, ctx));
  if (!result.ok) return result.message;
  announce(`Added “${title.trim()}” to “${stageName}”.`);
  return undefined;
}

/** Moves a moment within its stage; focus stays on the button pressed. */
export function moveMomentWithin(sheetId: string, momentId: string, title: string, direction: MoveDirection): void {
  const result = changeWorksheet(sheetId, (sheet, ctx) => moveMoment(sheet, momentId, direction, ctx));
  announce(result.ok ? `Moved “${title}” ${direction}: now ${placeOf(sheetId, momentId)}.` : result.message);
  focusSoon(domId.moment(momentId, `move-${direction}`));
}

/** Moves a moment to the previous or next stage; focus follows it. */
export function moveMomentAcross(sheetId: string, momentId: string, title: string, to: 'previous' | 'next'): void {
  const result = changeWorksheet(sheetId, (sheet, ctx) => moveMomentToStage(sheet, momentId, to, ctx));
  announce(result.ok ? `Moved “${title}” to the ${to} stage: now ${placeOf(sheetId, momentId)}.` : result.message);
  focusSoon(domId.moment(momentId, `move-${to}`));
}

/** Removes a moment, offers Undo, and moves focus to its neighbour or the stage's new-moment field. */
export function removeMomentWithUndo(sheetId: string, momentId: string, title: string): void {
  const before = getWorksheet(sheetId);
  const moment = before?.moments.find((item) => item.id === momentId);
  if (!before || !moment) return;
  const siblings = stageMoments(before, moment.stageId);
  const index = siblings.findIndex((item) => item.id === momentId);
  const neighbour = siblings[index + 1] ?? siblings[index - 1];
  const result = changeWorksheet(sheetId, (sheet, ctx) => removeMoment(sheet, momentId, ctx));
  if (!result.ok) {
    announce(result.message);
    return;
  }
  offerRevert(
    sheetId,
    before,
    { message: `Removed “${title}”.`, back: `Brought back “${title}”.` },
    domId.moment(momentId, 'edit'),
    neighbour ? domId.moment(neighbour.id, 'edit') : domId.stage(moment.stageId, 'new-moment'),
  );
}

/** Moves a stage earlier or later; focus stays on the button pressed. */
export function moveStageBy(sheetId: string, stageId: string, name: string, direction: MoveDirection): void {
  const result = changeWorksheet(sheetId, (sheet, ctx) => moveStage(sheet, stageId, direction, ctx));
  const sheet = getWorksheet(sheetId);
  const position = sheet ? sortStages(sheet).findIndex((stage) => stage.id === stageId) + 1 : 0;
  announce(
    result.ok
      ? `Moved the stage “${name}” ${direction === 'up' ? 'earlier' : 'later'}: now stage ${formatCount(position)} of ${formatCount(sheet?.stages.length ?? 0)}.`
      : result.message,
  );
  focusSoon(domId.stage(stageId, `move-${direction}`));
}

/**
 * Removes a stage following core's rule: a stage with moments is only removed when the reader chose
 * to move them to the neighbouring stage. Returns core's sentence when refused.
 */
export function removeStageWithUndo(
  sheetId: string,
  stageId: string,
  name: string,
  moveMoments: boolean,
): string | undefined {
  const before = getWorksheet(sheetId);
  if (!before) return undefined;
  const result = changeWorksheet(sheetId, (sheet, ctx) =>
    removeStage(sheet, stageId, ctx, { moveMomentsToNeighbour: moveMoments }),
  );
  if (!result.ok) return result.message;
  const stages = sortStages(before);
  const index = stages.findIndex((stage) => stage.id === stageId);
  const neighbour = stages[index - 1] ?? stages[index + 1];
  offerRevert(
    sheetId,
    before,
    { message: `Removed the stage “${name}”.`, back: `Brought back the stage “${name}”.` },
    domId.stage(stageId, 'edit'),
    neighbour ? domId.stage(neighbour.id, 'edit') : domId.newStage,
  );
  return undefined;
}
