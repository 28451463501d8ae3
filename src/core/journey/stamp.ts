// Shared plumbing for edits: results, field checks, and timestamps. Every stage or moment whose
// content changed gets the edit's time, and nothing else does, so a merge keeps the other tab's
// edits to untouched items.
import { worksheetSchema, type Moment, type Stage, type Worksheet } from './model';
import { orderedMoments, sortStages } from './order';

/** The outcome of an edit: the new worksheet (and the id of anything created), or why it was refused. */
export type EditResult = { ok: true; worksheet: Worksheet; id?: string } | { ok: false; message: string };

/** A refused edit. */
export function refuse(message: string): EditResult {
  return { ok: false, message };
}

/** Checks one value with a schema of model.ts, returning the value or the first problem's sentence. */
export function checkField<T>(
  schema: {
    safeParse(
      value: unknown,
    ): { success: true; data: T } | { success: false; error: { issues: { message: string }[] } };
  },
  value: unknown,
): { ok: true; value: T } | { ok: false; message: string } {
  const result = schema.safeParse(value);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, message: result.error.issues[0]?.message ?? 'That value is not valid.' };
}

/** Structural equality for plain JSON data. */
function equalData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  const bKeys = Object.keys(b);
  if (aKeys.length !== bKeys.length) return false;
  return aKeys.every(
    (key) =>
      Object.hasOwn(b, key) && equalData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

/** True when two versions of an item differ in anything but their timestamp. */
export function changedBeyondStamp<T extends { updatedAt: string }>(before: T, after: T): boolean {
  return !equalData({ ...before, updatedAt: '' }, { ...after, updatedAt: '' });
}

function stampItems<T extends Stage | Moment>(
  before: readonly T[],
  after: readonly T[],
  now: string,
): { items: T[]; changed: boolean } {
  const previous = new Map(before.map((item) => [item.id, item]));
  let changed = before.length !== after.length;
  const items = after.map((item) => {
    const old = previous.get(item.id);
    if (old && !changedBeyondStamp(old, item)) return old;
    changed = true;
    return { ...item, updatedAt: now };
  });
  return { items, changed };
}

/** Stamps what changed between two versions and stores items in display order; returns `before` itself when nothing changed. */
function finishEdit(before: Worksheet, draft: Worksheet, now: string): Worksheet {
  const stages = stampItems(before.stages, draft.stages, now);
  const moments = stampItems(before.moments, draft.moments, now);
  const detailsChanged = before.name !== draft.name || before.customer !== draft.customer;
  if (!stages.changed && !moments.changed && !detailsChanged) return before;
  const sorted = { stages: sortStages({ stages: stages.items }), moments: moments.items };
  return {
    ...draft,
    stages: sorted.stages,
    moments: orderedMoments(sorted),
    updatedAt: now,
    detailsUpdatedAt: detailsChanged ? now : before.detailsUpdatedAt,
  };
}

/** A successful edit, stamped and checked: an edit can never produce a worksheet that would not load again. */
export function accept(before: Worksheet, draft: Worksheet, now: string, id?: string): EditResult {
  const worksheet = finishEdit(before, draft, now);
  // Catches what field checks cannot: a bad clock value or an id generator producing unusable ids.
  const checked = checkField(worksheetSchema, worksheet);
  if (!checked.ok) return refuse(`That change could not be saved: ${checked.message} Reload the page and try again.`);
  return id === undefined ? { ok: true, worksheet } : { ok: true, worksheet, id };
}
