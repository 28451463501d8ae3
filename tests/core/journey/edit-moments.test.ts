import { describe, expect, it } from 'vitest';
import {
  addMoment,
  moveMoment,
  moveMomentToStage,
  removeMoment,
  updateMoment,
} from '../../../src/core/journey/edit-moments';
import { moveStage } from '../../../src/core/journey/edit-stages';
import { LIMITS } from '../../../src/core/journey/limits';
import { worksheetSchema } from '../../../src/core/journey/model';
import { orderedMoments } from '../../../src/core/journey/order';
import { at, buildSheet, makeCtx, ok, must } from './helpers';
import { layout, momentId, refusal, sample, stageId, stampOf } from './edit-fixtures';

describe('moments', () => {
  it('adds a moment with defaults, trimmed text and sorted traits', () => {
    const { sheet, ctx } = sample();
    const result = addMoment(
      sheet,
      stageId(sheet, 'C'),
      { title: '  Umbrella  ', traits: ['proactive', 'flexible'], heart: ['empathy'] },
      ctx,
    );
    const added = must(ok(result).moments.find((m) => m.title === 'Umbrella'));
    expect(added).toMatchObject({
      id: 'id-9',
      kind: 'small-meaningful',
      feeling: 0,
      impact: 3,
      frequency: 3,
      evidence: 'assumed',
      status: 'idea',
      traits: ['flexible', 'proactive'],
      updatedAt: at(10),
    });
    expect(result.ok && result.id).toBe('id-9');
  });

  it.each([
    [{ title: '' }, 'Fill in the moment title: it cannot be empty.'],
    [{ title: 'x', feeling: 5 }, 'The feeling must be a whole number from -3 to 3.'],
    [{ title: 'x', impact: 2.5 }, 'The impact must be a whole number from 1 to 5.'],
    [{ title: 'x', owner: 'o'.repeat(81) }, 'Keep the owner to 80 characters or fewer.'],
  ])('refuses %j', (input, expected) => {
    const { sheet, ctx } = sample();
    expect(refusal(addMoment(sheet, stageId(sheet, 'A'), input, ctx))).toBe(expected);
  });

  it('refuses a moment beyond the limit', () => {
    const ctx = makeCtx();
    const sheet = buildSheet([['S', Array.from({ length: LIMITS.moments }, (_, i) => ({ title: `m${i}` }))]], ctx);
    expect(refusal(addMoment(sheet, must(sheet.stages[0]).id, { title: 'more' }, ctx))).toContain(
      'at most 200 moments',
    );
  });

  it('updates only the given fields and stamps only that moment', () => {
    const { sheet, ctx } = sample();
    const updated = ok(updateMoment(sheet, momentId(sheet, 'a2'), { feeling: -3, owner: ' Desk lead ' }, ctx));
    expect(updated.moments.find((m) => m.title === 'a2')).toMatchObject({ feeling: -3, owner: 'Desk lead', impact: 3 });
    expect(stampOf(updated, 'a2')).toBe(at(10));
    expect(stampOf(updated, 'a1')).toBe(at(0));
  });

  it('ignores attempts to change identity fields through an update', () => {
    const { sheet, ctx } = sample();
    const updated = ok(updateMoment(sheet, momentId(sheet, 'a2'), { id: 'hijack', stageId: 'x' } as never, ctx));
    expect(updated).toBe(sheet);
  });

  it('removes a moment without renumbering (or stamping) the others', () => {
    const { sheet, ctx } = sample();
    const removed = ok(removeMoment(sheet, momentId(sheet, 'a1'), ctx));
    expect(layout(removed)).toEqual(['A: a2 a3', 'B: b1', 'C: ']);
    expect(removed.moments.map((m) => m.updatedAt)).toEqual([at(0), at(0), at(0)]);
    expect(removed.updatedAt).toBe(at(10));
  });

  it.each([
    ['a2', 'up', 'A: a2 a1 a3'],
    ['a2', 'down', 'A: a1 a3 a2'],
    ['a1', 'down', 'A: a2 a1 a3'],
  ] as const)('moves %s %s within its stage', (title, direction, expected) => {
    const { sheet, ctx } = sample();
    const moved = ok(moveMoment(sheet, momentId(sheet, title), direction, ctx));
    expect(layout(moved)[0]).toBe(expected);
    expect(moved.moments.filter((m) => m.updatedAt === at(10))).toHaveLength(2);
  });

  it.each([
    ['a1', 'up', '“a1” is already the first moment in its stage.'],
    ['a3', 'down', '“a3” is already the last moment in its stage.'],
    ['b1', 'up', '“b1” is already the first moment in its stage.'],
  ] as const)('refuses to move %s %s', (title, direction, expected) => {
    const { sheet, ctx } = sample();
    expect(refusal(moveMoment(sheet, momentId(sheet, title), direction, ctx))).toBe(expected);
  });

  it('moves a moment to the start of the next stage and to the end of the previous one', () => {
    const { sheet, ctx } = sample();
    const next = ok(moveMomentToStage(sheet, momentId(sheet, 'a3'), 'next', ctx));
    expect(layout(next)).toEqual(['A: a1 a2', 'B: a3 b1', 'C: ']);
    const back = ok(moveMomentToStage(next, momentId(sheet, 'b1'), 'previous', ctx));
    expect(layout(back)).toEqual(['A: a1 a2 b1', 'B: a3', 'C: ']);
    expect(next.moments.filter((m) => m.updatedAt === at(10)).map((m) => m.title)).toEqual(['a3']);
  });

  it('refuses to move past the first or last stage', () => {
    const { sheet, ctx } = sample();
    expect(refusal(moveMomentToStage(sheet, momentId(sheet, 'a1'), 'previous', ctx))).toBe(
      '“a1” is already in the first stage.',
    );
    const inLast = ok(moveMomentToStage(sheet, momentId(sheet, 'b1'), 'next', ctx));
    expect(layout(inLast)).toEqual(['A: a1 a2 a3', 'B: ', 'C: b1']);
    expect(refusal(moveMomentToStage(inLast, momentId(sheet, 'b1'), 'next', ctx))).toBe(
      '“b1” is already in the last stage.',
    );
  });

  it('repairs repeated order keys (left by a merge) when moving', () => {
    const { sheet, ctx } = sample();
    const tied = {
      ...sheet,
      moments: sheet.moments.map((m) => (m.stageId === stageId(sheet, 'A') ? { ...m, order: 0 } : m)),
    };
    const moved = ok(moveMoment(tied, momentId(sheet, 'a3'), 'up', ctx));
    expect(layout(moved)[0]).toBe('A: a1 a3 a2');
  });

  it('keeps every edited worksheet valid and stored in display order', () => {
    const { sheet, ctx } = sample();
    const edited = ok(
      moveStage(ok(moveMomentToStage(sheet, momentId(sheet, 'a1'), 'next', ctx)), stageId(sheet, 'C'), 'up', ctx),
    );
    expect(worksheetSchema.safeParse(edited).success).toBe(true);
    expect(edited.moments.map((m) => m.id)).toEqual(orderedMoments(edited).map((m) => m.id));
    expect(edited.stages.map((s) => s.name)).toEqual(['A', 'C', 'B']);
  });
});
