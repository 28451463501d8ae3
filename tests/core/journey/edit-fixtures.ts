// A small worksheet and lookups shared by the editing tests.
import { type Worksheet } from '../../../src/core/journey/model';
import { sortStages, stageMoments } from '../../../src/core/journey/order';
import { buildSheet, makeCtx, must, titles } from './helpers';

/** Stages A (a1, a2, a3), B (b1), C (empty); ids id-1 … id-8, all made at minute 0. */
export function sample() {
  const ctx = makeCtx();
  const sheet = buildSheet(
    [
      ['A', [{ title: 'a1' }, { title: 'a2' }, { title: 'a3' }]],
      ['B', [{ title: 'b1' }]],
      ['C', []],
    ],
    ctx,
  );
  ctx.tick(10);
  return { sheet, ctx };
}
export const stageNames = (sheet: Worksheet) => sortStages(sheet).map((stage) => stage.name);
export const layout = (sheet: Worksheet) =>
  sortStages(sheet).map((stage) => `${stage.name}: ${titles(stageMoments(sheet, stage.id)).join(' ')}`);
export const stageId = (sheet: Worksheet, name: string) => must(sheet.stages.find((stage) => stage.name === name)).id;
export const momentId = (sheet: Worksheet, title: string) =>
  must(sheet.moments.find((moment) => moment.title === title)).id;
export const stampOf = (sheet: Worksheet, title: string) =>
  must(sheet.moments.find((moment) => moment.title === title)).updatedAt;
export const refusal = (result: { ok: boolean; message?: string }) => (result.ok ? 'accepted' : result.message);
