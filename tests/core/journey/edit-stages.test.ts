import { describe, expect, it } from 'vitest';
import { addStage, moveStage, removeStage, renameStage } from '../../../src/core/journey/edit-stages';
import { LIMITS } from '../../../src/core/journey/limits';
import { worksheetSchema } from '../../../src/core/journey/model';
import { createBlankWorksheet } from '../../../src/core/journey/worksheet';
import { at, buildSheet, makeCtx, ok, must } from './helpers';
import { layout, refusal, sample, stageId, stageNames } from './edit-fixtures';

describe('stages', () => {
  it('adds a stage at the end and reports its id', () => {
    const { sheet, ctx } = sample();
    const result = addStage(sheet, ' D ', ctx);
    expect(result.ok && result.id).toBe('id-9');
    expect(stageNames(ok(result))).toEqual(['A', 'B', 'C', 'D']);
  });

  it('refuses a thirteenth stage', () => {
    const ctx = makeCtx();
    let sheet = createBlankWorksheet(ctx);
    for (let i = 1; i <= LIMITS.stages; i += 1) sheet = ok(addStage(sheet, `S${i}`, ctx));
    expect(refusal(addStage(sheet, 'One too many', ctx))).toBe(
      'A worksheet can have at most 12 stages. Combine two stages or remove one first.',
    );
  });

  it('renames a stage and stamps only that stage', () => {
    const { sheet, ctx } = sample();
    const renamed = ok(renameStage(sheet, stageId(sheet, 'B'), 'Billing', ctx));
    expect(stageNames(renamed)).toEqual(['A', 'Billing', 'C']);
    expect(renamed.stages.map((s) => s.updatedAt)).toEqual([at(0), at(10), at(0)]);
    expect(refusal(renameStage(sheet, stageId(sheet, 'B'), ' ', ctx))).toBe(
      'Fill in the stage name: it cannot be empty.',
    );
  });

  it.each([
    ['B', 'up', ['B', 'A', 'C']],
    ['B', 'down', ['A', 'C', 'B']],
    ['A', 'down', ['B', 'A', 'C']],
  ] as const)('moves %s %s', (name, direction, expected) => {
    const { sheet, ctx } = sample();
    const moved = ok(moveStage(sheet, stageId(sheet, name), direction, ctx));
    expect(stageNames(moved)).toEqual(expected);
    expect(moved.stages.filter((s) => s.updatedAt === at(10))).toHaveLength(2);
  });

  it.each([
    ['A', 'up', '“A” is already the first stage.'],
    ['C', 'down', '“C” is already the last stage.'],
  ] as const)('refuses to move %s %s', (name, direction, expected) => {
    const { sheet, ctx } = sample();
    expect(refusal(moveStage(sheet, stageId(sheet, name), direction, ctx))).toBe(expected);
  });

  it('removes an empty stage', () => {
    const { sheet, ctx } = sample();
    expect(stageNames(ok(removeStage(sheet, stageId(sheet, 'C'), ctx)))).toEqual(['A', 'B']);
  });

  it('refuses to remove a stage that still holds moments, and says how many', () => {
    const { sheet, ctx } = sample();
    expect(refusal(removeStage(sheet, stageId(sheet, 'A'), ctx))).toBe(
      'The stage “A” still holds 3 moments. Move or remove them first, or choose to move them to the neighbouring stage.',
    );
    expect(refusal(removeStage(sheet, stageId(sheet, 'B'), ctx))).toContain('still holds 1 moment.');
  });

  it('on request moves the moments to the end of the previous stage', () => {
    const { sheet, ctx } = sample();
    const result = ok(removeStage(sheet, stageId(sheet, 'B'), ctx, { moveMomentsToNeighbour: true }));
    expect(layout(result)).toEqual(['A: a1 a2 a3 b1', 'C: ']);
    expect(worksheetSchema.safeParse(result).success).toBe(true);
  });

  it('moves the first stage’s moments to the start of the next stage', () => {
    const { sheet, ctx } = sample();
    const result = ok(removeStage(sheet, stageId(sheet, 'A'), ctx, { moveMomentsToNeighbour: true }));
    expect(layout(result)).toEqual(['B: a1 a2 a3 b1', 'C: ']);
  });

  it('refuses to remove the only stage while it holds moments', () => {
    const ctx = makeCtx();
    const sheet = buildSheet([['Only', [{ title: 'x' }]]], ctx);
    expect(refusal(removeStage(sheet, must(sheet.stages[0]).id, ctx, { moveMomentsToNeighbour: true }))).toBe(
      'The stage “Only” is the only stage, so its moment cannot move anywhere. Add another stage first.',
    );
  });

  it('says so when a stage has gone (e.g. removed in another tab)', () => {
    const { sheet, ctx } = sample();
    expect(refusal(renameStage(sheet, 'gone', 'X', ctx))).toContain('no longer exists');
  });
});
