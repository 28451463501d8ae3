// Saving and deleting worksheets within the collection. Saving compares the new version with the
// stored one and records a tombstone for every stage and moment that disappeared, so edit
// functions stay simple and deletions still reach other tabs.
import type { Worksheet } from './model';
import { type JourneyCollection, type Tombstone } from './format';
import { MAX_TOMBSTONES, MAX_WORKSHEETS } from './limits';

/** A collection after a change, or why the change was refused. */
export type CollectionResult = { ok: true; collection: JourneyCollection } | { ok: false; message: string };

/** The key that identifies what a tombstone deletes. */
export function tombstoneKey(entry: Pick<Tombstone, 'entity' | 'worksheetId' | 'id'>): string {
  return `${entry.entity}/${entry.worksheetId}/${entry.id}`;
}

/** Keeps the newest MAX_TOMBSTONES deletion records, in a stable order. */
export function capTombstones(tombstones: readonly Tombstone[]): Tombstone[] {
  const sorted = [...tombstones].sort(
    (a, b) => Date.parse(b.deletedAt) - Date.parse(a.deletedAt) || (tombstoneKey(a) < tombstoneKey(b) ? -1 : 1),
  );
  return sorted.slice(0, MAX_TOMBSTONES);
}

/** The worksheet with this id, if the collection holds it. */
export function findWorksheet(collection: JourneyCollection, id: string): Worksheet | undefined {
  return collection.worksheets.find((sheet) => sheet.id === id);
}

/** Adds or replaces a worksheet, recording deletions of its stages and moments. */
export function saveWorksheet(collection: JourneyCollection, sheet: Worksheet): CollectionResult {
  const previous = findWorksheet(collection, sheet.id);
  if (!previous && collection.worksheets.length >= MAX_WORKSHEETS) {
    return {
      ok: false,
      message: `You can keep up to ${MAX_WORKSHEETS} worksheets on this device. Export and delete some you no longer use, then try again.`,
    };
  }
  const present = new Set([
    tombstoneKey({ entity: 'worksheet', worksheetId: sheet.id, id: sheet.id }),
    ...sheet.stages.map((stage) => tombstoneKey({ entity: 'stage', worksheetId: sheet.id, id: stage.id })),
    ...sheet.moments.map((moment) => tombstoneKey({ entity: 'moment', worksheetId: sheet.id, id: moment.id })),
  ]);
  const removed: Tombstone[] = previous
    ? [
        ...previous.stages.map((stage) => ({
          entity: 'stage' as const,
          worksheetId: sheet.id,
          id: stage.id,
          deletedAt: sheet.updatedAt,
        })),
        ...previous.moments.map((moment) => ({
          entity: 'moment' as const,
          worksheetId: sheet.id,
          id: moment.id,
          deletedAt: sheet.updatedAt,
        })),
      ].filter((entry) => !present.has(tombstoneKey(entry)))
    : [];
  const kept = collection.tombstones.filter((entry) => !present.has(tombstoneKey(entry)));
  const worksheets = previous
    ? collection.worksheets.map((s) => (s.id === sheet.id ? sheet : s))
    : [...collection.worksheets, sheet];
  return { ok: true, collection: { worksheets, tombstones: capTombstones([...kept, ...removed]) } };
}

/** Deletes a worksheet and records the deletion for other tabs. */
export function deleteWorksheet(collection: JourneyCollection, id: string, now: string): JourneyCollection {
  if (!findWorksheet(collection, id)) return collection;
  const record: Tombstone = { entity: 'worksheet', worksheetId: id, id, deletedAt: now };
  return {
    worksheets: collection.worksheets.filter((sheet) => sheet.id !== id),
    tombstones: capTombstones([
      ...collection.tombstones.filter((entry) => tombstoneKey(entry) !== tombstoneKey(record)),
      record,
    ]),
  };
}
