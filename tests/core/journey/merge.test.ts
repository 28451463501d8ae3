import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deleteWorksheet, saveWorksheet } from '../../../src/core/journey/collection';
import { type EditContext } from '../../../src/core/journey/context';
import {
  addMoment,
  moveMoment,
  moveMomentToStage,
  removeMoment,
  updateMoment,
} from '../../../src/core/journey/edit-moments';
import { addStage, moveStage, removeStage, renameStage } from '../../../src/core/journey/edit-stages';
import { emptyCollection } from '../../../src/core/journey/format';
import { mergeCollections } from '../../../src/core/journey/merge';
import { type Worksheet } from '../../../src/core/journey/model';
import { type EditResult } from '../../../src/core/journey/stamp';
import { collectionSchema, type JourneyCollection } from '../../../src/core/journey/format';
import { renameWorksheet } from '../../../src/core/journey/worksheet';
import { at, buildSheet, makeCtx, ok, must } from './helpers';

const save = (collection: JourneyCollection, sheet: Worksheet): JourneyCollection => {
  const result = saveWorksheet(collection, sheet);
  if (!result.ok) throw new Error(result.message);
  return result.collection;
};

/** Both tabs start from the same saved worksheet: stage A (a1, a2), stage B (b1), stage C (empty). */
function start() {
  const base = buildSheet([
    ['A', [{ title: 'a1' }, { title: 'a2' }]],
    ['B', [{ title: 'b1' }]],
    ['C', []],
  ]);
  const stored = save(emptyCollection(), base);
  const id = (title: string) =>
    base.moments.find((m) => m.title === title)?.id ?? must(base.stages.find((s) => s.name === title)).id;
  return { base, stored, id, tabA: makeCtx('a', 10), tabB: makeCtx('b', 10) };
}
const sheetOf = (collection: JourneyCollection) => must(collection.worksheets[0]);
const moment = (collection: JourneyCollection, title: string) =>
  sheetOf(collection).moments.find((m) => m.title === title);

describe('mergeCollections', () => {
  it('keeps both tabs’ edits to different moments', () => {
    const { base, stored, id, tabA, tabB } = start();
    const a = save(stored, ok(updateMoment(base, id('a1'), { feeling: -3 }, tabA)));
    tabB.tick(12);
    const b = save(stored, ok(updateMoment(base, id('b1'), { owner: 'Desk lead' }, tabB)));
    const merged = mergeCollections(a, b);
    expect(moment(merged, 'a1')?.feeling).toBe(-3);
    expect(moment(merged, 'b1')?.owner).toBe('Desk lead');
    expect(sheetOf(merged).updatedAt).toBe(at(12));
    expect(mergeCollections(b, a)).toEqual(merged);
  });

  it('keeps the latest edit when both tabs change the same moment', () => {
    const { base, stored, id, tabA, tabB } = start();
    tabA.tick(20);
    const a = save(stored, ok(updateMoment(base, id('a1'), { title: 'from A', impact: 5 }, tabA)));
    tabB.tick(15);
    const b = save(stored, ok(updateMoment(base, id('a1'), { title: 'from B' }, tabB)));
    for (const merged of [mergeCollections(a, b), mergeCollections(b, a)]) {
      expect(sheetOf(merged).moments.find((m) => m.id === id('a1'))).toMatchObject({
        title: 'from A',
        impact: 5,
        updatedAt: at(20),
      });
    }
  });

  it('settles equal timestamps the same way whichever tab merges', () => {
    const { base, stored, id, tabA, tabB } = start();
    const a = save(stored, ok(updateMoment(base, id('a1'), { title: 'from A' }, tabA)));
    const b = save(stored, ok(updateMoment(base, id('a1'), { title: 'from B' }, tabB)));
    expect(mergeCollections(a, b)).toEqual(mergeCollections(b, a));
  });

  it('does not bring back a moment deleted in one tab from the other tab’s stale copy', () => {
    const { base, stored, id, tabA } = start();
    const a = save(stored, ok(removeMoment(base, id('a2'), tabA)));
    for (const merged of [mergeCollections(a, stored), mergeCollections(stored, a)]) {
      expect(moment(merged, 'a2')).toBeUndefined();
      expect(merged.tombstones).toEqual([{ entity: 'moment', worksheetId: base.id, id: id('a2'), deletedAt: at(10) }]);
    }
  });

  it('delete versus edit: an edit made after the deletion keeps the moment', () => {
    const { base, stored, id, tabA, tabB } = start();
    const a = save(stored, ok(removeMoment(base, id('a2'), tabA)));
    tabB.tick(11);
    const b = save(stored, ok(updateMoment(base, id('a2'), { nextAction: 'Call the customer' }, tabB)));
    const merged = mergeCollections(a, b);
    expect(moment(merged, 'a2')?.nextAction).toBe('Call the customer');
    expect(merged.tombstones).toEqual([]);
    expect(mergeCollections(b, a)).toEqual(merged);
  });

  it('delete versus edit: a deletion made after the edit wins', () => {
    const { base, stored, id, tabA, tabB } = start();
    tabA.tick(14);
    const a = save(stored, ok(removeMoment(base, id('a2'), tabA)));
    const b = save(stored, ok(updateMoment(base, id('a2'), { nextAction: 'Call the customer' }, tabB)));
    expect(moment(mergeCollections(a, b), 'a2')).toBeUndefined();
    expect(moment(mergeCollections(b, a), 'a2')).toBeUndefined();
  });

  it('delete versus edit: at the very same time, the deletion wins', () => {
    const { base, stored, id, tabA, tabB } = start();
    const a = save(stored, ok(removeMoment(base, id('a2'), tabA)));
    const b = save(stored, ok(updateMoment(base, id('a2'), { owner: 'Same minute' }, tabB)));
    expect(moment(mergeCollections(a, b), 'a2')).toBeUndefined();
    expect(moment(mergeCollections(b, a), 'a2')).toBeUndefined();
  });

  it('keeps a stage removed in one tab if the other tab put a moment in it', () => {
    const { base, stored, id, tabA, tabB } = start();
    tabA.tick(12);
    const a = save(stored, ok(removeStage(base, id('C'), tabA)));
    const b = save(stored, ok(addMoment(base, id('C'), { title: 'c1' }, tabB)));
    const merged = mergeCollections(a, b);
    expect(sheetOf(merged).stages.map((s) => s.name)).toEqual(['A', 'B', 'C']);
    expect(moment(merged, 'c1')?.stageId).toBe(id('C'));
    expect(merged.tombstones).toEqual([]);
    expect(collectionSchema.safeParse(merged).success).toBe(true);
  });

  it('removes an empty stage deleted in one tab', () => {
    const { base, stored, id, tabA } = start();
    const merged = mergeCollections(stored, save(stored, ok(removeStage(base, id('C'), tabA))));
    expect(sheetOf(merged).stages.map((s) => s.name)).toEqual(['A', 'B']);
  });

  it('takes the name from the later rename and keeps the other tab’s moment edits', () => {
    const { base, stored, id, tabA, tabB } = start();
    tabA.tick(13);
    const a = save(stored, ok(renameWorksheet(base, 'Hotel stay', tabA)));
    tabB.tick(15);
    const b = save(
      stored,
      ok(updateMoment(ok(renameStage(base, id('B'), 'Billing', tabB)), id('b1'), { impact: 5 }, tabB)),
    );
    const merged = sheetOf(mergeCollections(b, a));
    expect(merged.name).toBe('Hotel stay');
    expect(merged.stages.map((s) => s.name)).toEqual(['A', 'Billing', 'C']);
    expect(merged.moments.find((m) => m.title === 'b1')?.impact).toBe(5);
  });

  it('adds worksheets created in either tab', () => {
    const { stored } = start();
    const other = buildSheet([['X', []]], makeCtx('other'));
    const merged = mergeCollections(stored, save(stored, other));
    expect(merged.worksheets.map((w) => w.id).sort()).toEqual([sheetOf(stored).id, other.id].sort());
  });

  it('does not bring back a deleted worksheet from a stale tab, but keeps one edited after the deletion', () => {
    const { base, stored, id, tabB } = start();
    const deleted = deleteWorksheet(stored, base.id, at(11));
    expect(mergeCollections(stored, deleted).worksheets).toEqual([]);
    tabB.tick(12);
    const edited = save(stored, ok(updateMoment(base, id('a1'), { feeling: 2 }, tabB)));
    const merged = mergeCollections(deleted, edited);
    expect(merged.worksheets).toHaveLength(1);
    expect(merged.tombstones).toEqual([]);
  });
});

type Op = { kind: number; pick: number; value: number };
const opArb = fc.record({
  kind: fc.integer({ min: 0, max: 9 }),
  pick: fc.nat(20),
  value: fc.integer({ min: -3, max: 3 }),
});

/** Applies one random edit; refused edits leave the worksheet as it was. */
function apply(sheet: Worksheet, op: Op, ctx: EditContext): Worksheet {
  const stage = sheet.stages[op.pick % Math.max(sheet.stages.length, 1)];
  const item = sheet.moments[op.pick % Math.max(sheet.moments.length, 1)];
  const up = op.value >= 0 ? 'up' : 'down';
  const edits: (() => EditResult | undefined)[] = [
    () => renameWorksheet(sheet, `Name ${op.value}`, ctx),
    () => addStage(sheet, `Stage ${op.value}`, ctx),
    () => stage && removeStage(sheet, stage.id, ctx, { moveMomentsToNeighbour: op.value > 0 }),
    () => stage && moveStage(sheet, stage.id, up, ctx),
    () => stage && addMoment(sheet, stage.id, { title: `Moment ${op.value}`, feeling: op.value }, ctx),
    () => item && updateMoment(sheet, item.id, { feeling: op.value, impact: Math.abs(op.value) + 1 }, ctx),
    () => item && removeMoment(sheet, item.id, ctx),
    () => item && moveMoment(sheet, item.id, up, ctx),
    () => item && moveMomentToStage(sheet, item.id, op.value >= 0 ? 'next' : 'previous', ctx),
    () => stage && renameStage(sheet, stage.id, `Renamed ${op.value}`, ctx),
  ];
  const result = edits[op.kind]?.();
  return result?.ok ? result.worksheet : sheet;
}

/** A tab's collection after a run of edits, each saved as the UI would; the clock moves by `step` minutes. */
function runTab(stored: JourneyCollection, ops: Op[], prefix: string, step: number): JourneyCollection {
  const ctx = makeCtx(prefix, 10);
  let collection = stored;
  let sheet = sheetOf(stored);
  for (const op of ops) {
    ctx.tick(Number.parseInt(ctx.now.slice(14, 16), 10) + step);
    sheet = apply(sheet, op, ctx);
    collection = save(collection, sheet);
  }
  return collection;
}

describe('mergeCollections, for any two runs of edits', () => {
  const runs = fc.record({
    a: fc.array(opArb, { maxLength: 12 }),
    b: fc.array(opArb, { maxLength: 12 }),
    stepA: fc.constantFrom(1, 2),
    stepB: fc.constantFrom(1, 2),
  });

  // Property runs take a few seconds on a busy machine.
  it('gives the same valid result whichever tab merges, and merging again changes nothing', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(runs, ({ a, b, stepA, stepB }) => {
        const { stored } = start();
        const tabA = runTab(stored, a, 'a', stepA);
        const tabB = runTab(stored, b, 'b', stepB);
        const merged = mergeCollections(tabA, tabB);
        expect(collectionSchema.safeParse(merged).success).toBe(true);
        expect(mergeCollections(tabB, tabA)).toEqual(merged);
        expect(mergeCollections(merged, merged)).toEqual(merged);
        expect(mergeCollections(merged, tabA)).toEqual(merged);
        expect(mergeCollections(tabB, merged)).toEqual(merged);
      }),
      { numRuns: 200 },
    );
  });

  // Property runs take a few seconds on a busy machine.
  it('keeps every moment one tab added and the other never saw', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(runs, ({ a, b, stepA, stepB }) => {
        const { stored } = start();
        const tabA = runTab(stored, a, 'a', stepA);
        const tabB = runTab(stored, b, 'b', stepB);
        const merged = sheetOf(mergeCollections(tabA, tabB));
        const addedInA = sheetOf(tabA).moments.filter((m) => m.id.startsWith('a-'));
        for (const added of addedInA) expect(merged.moments.map((m) => m.id)).toContain(added.id);
      }),
      { numRuns: 200 },
    );
  });
});
