// Undo for destructive edits. Undo reverts only what the edit changed, so edits made since (in this
// tab or another) are kept, and everything that comes back is stamped as a new edit: a deletion
// record another tab already holds then loses to it instead of deleting the item again.
import type { EditContext } from './context';
import type { Moment, Stage, Worksheet } from './model';
import { saveWorksheet, type CollectionResult } from './collection';
import type { JourneyCollection } from './format';
import { accept, changedBeyondStamp, refuse, type EditResult } from './stamp';

const GONE_STAGE =
  'This cannot be undone because the stage it belonged to has been removed since. Add the stage again first.';

/** Ids of the items an edit added, removed or changed. */
function touchedIds<T extends Stage | Moment>(before: readonly T[], after: readonly T[]): Set<string> {
  const afterById = new Map(after.map((item) => [item.id, item]));
  const beforeIds = new Set(before.map((item) => item.id));
  const touched = new Set<string>();
  for (const item of before) {
    const now = afterById.get(item.id);
    if (!now || changedBeyondStamp(item, now)) touched.add(item.id);
  }
  for (const item of after) if (!beforeIds.has(item.id)) touched.add(item.id);
  return touched;
}

/** The current items with every touched one put back as it was before the edit (or dropped if the edit added it). */
function revertItems<T extends Stage | Moment>(current: readonly T[], before: readonly T[], after: readonly T[]): T[] {
  const touched = touchedIds(before, after);
  return [...current.filter((item) => !touched.has(item.id)), ...before.filter((item) => touched.has(item.id))];
}

/**
 * Reverts one edit (`before` → `after`) on the worksheet as it is now: the stages, moments, name and
 * customer that edit changed go back to their `before` versions; everything else stays as it is now.
 */
export function revertEdit(current: Worksheet, before: Worksheet, after: Worksheet, ctx: EditContext): EditResult {
  const stages = revertItems(current.stages, before.stages, after.stages);
  const moments = revertItems(current.moments, before.moments, after.moments);
  const stageIds = new Set(stages.map((stage) => stage.id));
  if (moments.some((moment) => !stageIds.has(moment.stageId))) return refuse(GONE_STAGE);
  const draft: Worksheet = {
    ...current,
    name: before.name !== after.name ? before.name : current.name,
    customer: before.customer !== after.customer ? before.customer : current.customer,
    stages,
    moments,
  };
  return accept(current, draft, ctx.now);
}

/** Brings back a deleted worksheet, stamped now so that other tabs' deletion records do not remove it again. */
export function restoreWorksheet(collection: JourneyCollection, sheet: Worksheet, now: string): CollectionResult {
  return saveWorksheet(collection, { ...sheet, updatedAt: now });
}
