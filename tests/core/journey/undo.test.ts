import { describe, expect, it } from 'vitest';
import { deleteWorksheet, saveWorksheet } from '../../../src/core/journey/collection';
import { removeMoment, updateMoment } from '../../../src/core/journey/edit-moments';
import { removeStage } from '../../../src/core/journey/edit-stages';
import { emptyCollection } from '../../../src/core/journey/format';
import { mergeCollections } from '../../../src/core/journey/merge';
import { type Worksheet } from '../../../src/core/journey/model';
import { type JourneyCollection } from '../../../src/core/journey/format';
import { restoreWorksheet, revertEdit } from '../../../src/core/journey/undo';
import { renameWorksheet } from '../../../src/core/journey/worksheet';
import { at, must, ok } from './helpers';
import { layout, momentId, refusal, sample, stageId } from './edit-fixtures';

const saved = (collection: JourneyCollection, sheet: Worksheet) => {
  const result = saveWorksheet(collection, sheet);
  if (!result.ok) throw new Error(result.message);
  return result.collection;
};

describe('revertEdit', () => {
  it('brings a removed moment back to its place, keeping later edits to other moments', () => {
    const { sheet, ctx } = sample();
    const removed = ok(removeMoment(sheet, momentId(sheet, 'a2'), ctx));
    ctx.tick();
    const edited = ok(updateMoment(removed, momentId(sheet, 'b1'), { owner: 'Sam' }, ctx));
    ctx.tick();
    const undone = ok(revertEdit(edited, sheet, removed, ctx));
    expect(layout(undone)).toEqual(['A: a1 a2 a3', 'B: b1', 'C: ']);
    expect(must(undone.moments.find((m) => m.title === 'b1')).owner).toBe('Sam');
    expect(must(undone.moments.find((m) => m.title === 'a2')).updatedAt).toBe(at(12));
  });

  it('puts back a removed stage and moves its moments home again', () => {
    const { sheet, ctx } = sample();
    const removed = ok(removeStage(sheet, stageId(sheet, 'B'), ctx, { moveMomentsToNeighbour: true }));
    expect(layout(removed)).toEqual(['A: a1 a2 a3 b1', 'C: ']);
    ctx.tick();
    expect(layout(ok(revertEdit(removed, sheet, removed, ctx)))).toEqual(['A: a1 a2 a3', 'B: b1', 'C: ']);
  });

  it('reverts a rename but not a later change to the customer', () => {
    const { sheet, ctx } = sample();
    const renamed = ok(renameWorksheet(sheet, 'New name', ctx));
    const described = { ...renamed, customer: 'A guest' };
    const undone = ok(revertEdit(described, sheet, renamed, ctx));
    expect([undone.name, undone.customer]).toEqual(['Test journey', 'A guest']);
  });

  it('refuses when the moment’s stage has been removed since', () => {
    const { sheet, ctx } = sample();
    const removed = ok(removeMoment(sheet, momentId(sheet, 'b1'), ctx));
    const stageGone = ok(removeStage(removed, stageId(sheet, 'B'), ctx));
    expect(refusal(revertEdit(stageGone, sheet, removed, ctx))).toMatch(/stage it belonged to has been removed/);
  });

  it('survives a merge with a tab that saw the removal', () => {
    const { sheet, ctx } = sample();
    const before = saved(emptyCollection(), sheet);
    ctx.tick();
    const removed = ok(removeMoment(sheet, momentId(sheet, 'a1'), ctx));
    const otherTab = saved(before, removed);
    ctx.tick();
    const undone = ok(revertEdit(removed, sheet, removed, ctx));
    const thisTab = saved(otherTab, undone);
    expect(layout(must(mergeCollections(otherTab, thisTab).worksheets[0]))).toEqual(['A: a1 a2 a3', 'B: b1', 'C: ']);
  });
});

describe('restoreWorksheet', () => {
  it('brings a deleted worksheet back for good, even in a tab that saw the deletion', () => {
    const { sheet } = sample();
    const deleted = deleteWorksheet(saved(emptyCollection(), sheet), sheet.id, at(20));
    const result = restoreWorksheet(deleted, sheet, at(21));
    if (!result.ok) throw new Error(result.message);
    expect(result.collection.worksheets.map((s) => s.id)).toEqual([sheet.id]);
    expect(result.collection.tombstones).toEqual([]);
    expect(mergeCollections(deleted, result.collection).worksheets.map((s) => s.id)).toEqual([sheet.id]);
  });
});
