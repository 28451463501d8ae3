// Merging two tabs' collections (e.g. on a `storage` event). Rules, per worksheet, stage and moment:
//  - Last writer wins: the version with the later `updatedAt` is kept, so two tabs editing
//    different moments both keep their edits. Name and customer follow `detailsUpdatedAt`.
//  - Delete versus edit: the later action wins. A deletion beats every version last changed at or
//    before it, so a stale copy in another tab never brings a deleted item back; an edit made after
//    the deletion keeps the item (someone was still working on it) and the deletion record is dropped.
//  - A stage that still holds a surviving moment is kept, so a moment added in one tab is never
//    lost because the other tab removed its (then empty) stage.
//  - Equal timestamps are settled by comparing content, so both tabs reach the same result
//    whichever one merges first.
import type { Moment, Stage, Worksheet } from './model';
import { capTombstones, tombstoneKey } from './collection';
import { compareText, orderedMoments, sortStages } from './order';
import type { JourneyCollection, Tombstone } from './format';

const timeOf = (iso: string): number => {
  const time = Date.parse(iso);
  return Number.isFinite(time) ? time : 0;
};

/** JSON with sorted keys, so equal content compares equal whatever order it was built in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => compareText(a, b));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The later of two versions; on a tie, the one whose merged content sorts last, so every tab picks the same. */
function later<T>(a: T, b: T, stampOf: (item: T) => string, contentOf: (item: T) => unknown = (item) => item): T {
  const difference = timeOf(stampOf(a)) - timeOf(stampOf(b));
  if (difference !== 0) return difference > 0 ? a : b;
  return compareText(canonical(contentOf(a)), canonical(contentOf(b))) >= 0 ? a : b;
}

const deletedBy = (stamp: string, record: Tombstone | undefined) =>
  record !== undefined && timeOf(stamp) <= timeOf(record.deletedAt);

/** Latest version of every item, and which survive their deletion records. */
function mergeItems<T extends Stage | Moment>(
  a: readonly T[],
  b: readonly T[],
  recordFor: (id: string) => Tombstone | undefined,
): { latest: Map<string, T>; alive: Map<string, T> } {
  const latest = new Map<string, T>();
  for (const item of [...a, ...b]) {
    const seen = latest.get(item.id);
    latest.set(item.id, seen ? later(seen, item, (x) => x.updatedAt) : item);
  }
  const alive = new Map([...latest].filter(([id, item]) => !deletedBy(item.updatedAt, recordFor(id))));
  return { latest, alive };
}

function mergeWorksheet(a: Worksheet, b: Worksheet, records: Map<string, Tombstone>): Worksheet {
  const recordFor = (entity: 'stage' | 'moment') => (id: string) =>
    records.get(tombstoneKey({ entity, worksheetId: a.id, id }));
  const details = later(
    a,
    b,
    (sheet) => sheet.detailsUpdatedAt,
    (sheet) => [sheet.name, sheet.customer],
  );
  const stages = mergeItems(a.stages, b.stages, recordFor('stage'));
  const moments = mergeItems(a.moments, b.moments, recordFor('moment'));
  for (const moment of moments.alive.values()) {
    const stage = stages.latest.get(moment.stageId);
    if (stage && !stages.alive.has(stage.id)) stages.alive.set(stage.id, stage);
  }
  const kept = {
    stages: sortStages({ stages: [...stages.alive.values()] }),
    // A moment's stage always exists in the version it came from, so none is dropped here for valid input.
    moments: [...moments.alive.values()],
  };
  return {
    id: a.id,
    name: details.name,
    customer: details.customer,
    stages: kept.stages,
    moments: orderedMoments(kept),
    createdAt: timeOf(a.createdAt) <= timeOf(b.createdAt) ? a.createdAt : b.createdAt,
    updatedAt: later(a, b, (sheet) => sheet.updatedAt).updatedAt,
    detailsUpdatedAt: details.detailsUpdatedAt,
  };
}

/** Combines this tab's collection with another tab's; the result is the same whichever tab runs it. */
export function mergeCollections(local: JourneyCollection, incoming: JourneyCollection): JourneyCollection {
  const records = new Map<string, Tombstone>();
  for (const record of [...local.tombstones, ...incoming.tombstones]) {
    const key = tombstoneKey(record);
    const seen = records.get(key);
    records.set(key, seen ? later(seen, record, (r) => r.deletedAt) : record);
  }
  const ids = new Set([...local.worksheets, ...incoming.worksheets].map((sheet) => sheet.id));
  const alive = new Set<string>();
  const worksheets: Worksheet[] = [];
  for (const id of ids) {
    const mine = local.worksheets.find((sheet) => sheet.id === id);
    const theirs = incoming.worksheets.find((sheet) => sheet.id === id);
    const a = mine ?? theirs;
    const b = theirs ?? mine;
    if (!a || !b) continue;
    const merged = mergeWorksheet(a, b, records);
    const key = tombstoneKey({ entity: 'worksheet', worksheetId: id, id });
    if (deletedBy(merged.updatedAt, records.get(key))) continue;
    // Whatever survived no longer needs its deletion record.
    alive.add(key);
    for (const stage of merged.stages) alive.add(tombstoneKey({ entity: 'stage', worksheetId: id, id: stage.id }));
    for (const moment of merged.moments) alive.add(tombstoneKey({ entity: 'moment', worksheetId: id, id: moment.id }));
    worksheets.push(merged);
  }
  worksheets.sort((x, y) => timeOf(x.createdAt) - timeOf(y.createdAt) || compareText(x.id, y.id));
  const tombstones = capTombstones([...records.values()].filter((record) => !alive.has(tombstoneKey(record))));
  return { worksheets, tombstones };
}
