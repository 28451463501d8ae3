// Display order. Stored `order` values may have gaps or, after a merge, repeats; the id breaks
// ties so every tab shows the same order.
import type { Moment, Stage, Worksheet } from './model';

/** Compares two strings by code unit, the same in every locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const byOrder = (a: { order: number; id: string }, b: { order: number; id: string }) =>
  a.order - b.order || compareText(a.id, b.id);

/** The stages in display order. */
export function sortStages(sheet: Pick<Worksheet, 'stages'>): Stage[] {
  return [...sheet.stages].sort(byOrder);
}

/** The moments of one stage in display order. */
export function stageMoments(sheet: Pick<Worksheet, 'moments'>, stageId: string): Moment[] {
  return sheet.moments.filter((moment) => moment.stageId === stageId).sort(byOrder);
}

/** Every moment in display order: stage by stage, then within the stage. */
export function orderedMoments(sheet: Pick<Worksheet, 'stages' | 'moments'>): Moment[] {
  return sortStages(sheet).flatMap((stage) => stageMoments(sheet, stage.id));
}

/** Gives the items of `next` the order keys the same items held before, reusing distinct keys so only moved items change. */
export function assignOrders<T extends { order: number }>(previous: readonly T[], next: readonly T[]): T[] {
  const keys = previous.map((item) => item.order).sort((a, b) => a - b);
  const distinct = new Set(keys).size === keys.length;
  return next.map((item, index) => ({ ...item, order: distinct ? (keys[index] ?? index) : index }));
}

/** A sort key after every item in the list. */
export function orderAfter(items: readonly { order: number }[]): number {
  return items.reduce((max, item) => Math.max(max, item.order + 1), 0);
}

/** A sort key before every item in the list. */
export function orderBefore(items: readonly { order: number }[]): number {
  return items.reduce((min, item) => Math.min(min, item.order - 1), 0);
}
