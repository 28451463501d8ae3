// Shared test helpers: a controllable clock, a quick worksheet builder, and fast-check arbitraries.
import fc from 'fast-check';
import { createSequentialIds, type EditContext } from '../../../src/core/journey/context';
import { addMoment, type MomentInput } from '../../../src/core/journey/edit-moments';
import { addStage } from '../../../src/core/journey/edit-stages';
import { LIMITS } from '../../../src/core/journey/limits';
import { type Worksheet } from '../../../src/core/journey/model';
import { type EditResult } from '../../../src/core/journey/stamp';
import {
  EVIDENCE_LEVELS,
  HEART_VALUES,
  MOMENT_KINDS,
  MOMENT_STATUSES,
  TRAITS,
} from '../../../src/core/journey/vocabulary';
import { createBlankWorksheet } from '../../../src/core/journey/worksheet';

/** 2025-01-01 at 09:00 UTC plus `minute` minutes. */
export const at = (minute: number) => new Date(Date.UTC(2025, 0, 1, 9, minute)).toISOString();

/** A context with sequential ids `prefix-1`, `prefix-2`… and a clock that moves only when asked. */
export function makeCtx(prefix = 'id', minute = 0): EditContext & { tick: (to?: number) => void } {
  const newId = createSequentialIds(prefix);
  const ctx = {
    newId,
    now: at(minute),
    tick(to?: number) {
      minute = to ?? minute + 1;
      ctx.now = at(minute);
    },
  };
  return ctx;
}

/** Unwraps a successful edit, failing the test with the refusal message otherwise. */
export function ok(result: EditResult): Worksheet {
  if (!result.ok) throw new Error(`edit refused: ${result.message}`);
  return result.worksheet;
}

/** Builds a worksheet stage by stage with the real edit functions; ids are `<prefix>-1`, `<prefix>-2`, … */
export function buildSheet(stages: [string, MomentInput[]][], ctx: EditContext = makeCtx()): Worksheet {
  let sheet = createBlankWorksheet(ctx, 'Test journey');
  for (const [name, moments] of stages) {
    const added = addStage(sheet, name, ctx);
    sheet = ok(added);
    const stageId = added.ok ? (added.id ?? '') : '';
    for (const moment of moments) sheet = ok(addMoment(sheet, stageId, moment, ctx));
  }
  return sheet;
}

/** The titles of a list of moments. */
export const titles = (items: { title: string }[]) => items.map((item) => item.title);

const hostile = fc.constantFrom(
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"quoted", with comma',
  '=HYPERLINK("http://x")',
  '**bold** [link](javascript:alert(1))',
  'Café — naïve 😀',
  'line one\nline two',
);

/** Text up to `max` code units, sometimes hostile; never blank when `required`. */
export function textArb(max: number, required = false): fc.Arbitrary<string> {
  const base = fc.oneof(
    hostile,
    fc.string({ unit: 'grapheme', maxLength: Math.min(max, 40) }),
    fc.string({ unit: 'binary', maxLength: 20 }),
  );
  return base.filter((text) => text.length <= max && (!required || text.trim() !== ''));
}

const idArb = fc.stringMatching(/^[A-Za-z0-9_-]{1,24}$/);
const timeArb = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
const subsetArb = <T>(values: readonly T[]) =>
  fc
    .subarray([...values])
    .chain((list) => fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }));

/** Any valid worksheet, including hostile text, shuffled arrays and gaps in order keys. */
export const worksheetArb: fc.Arbitrary<Worksheet> = fc
  .record({
    ids: fc.uniqueArray(idArb, { minLength: 1 + LIMITS.stages + 30, maxLength: 1 + LIMITS.stages + 30 }),
    stageCount: fc.integer({ min: 0, max: 6 }),
    name: textArb(LIMITS.worksheetName, true),
    customer: textArb(LIMITS.customer),
    createdAt: timeArb,
    updatedAt: timeArb,
    detailsUpdatedAt: timeArb,
  })
  .chain(({ ids, stageCount, ...details }) => {
    const [sheetId = 'w', ...rest] = ids;
    const stageIds = rest.slice(0, stageCount);
    const momentIds = rest.slice(LIMITS.stages);
    const stages = fc.tuple(
      ...stageIds.map((id) =>
        fc.record({
          id: fc.constant(id),
          name: textArb(LIMITS.stageName, true),
          order: fc.integer({ min: -50, max: 50 }),
          updatedAt: timeArb,
        }),
      ),
    );
    const moment = (id: string) =>
      fc.record({
        id: fc.constant(id),
        stageId: fc.constantFrom(...stageIds),
        title: textArb(LIMITS.momentTitle, true),
        whatHappens: textArb(LIMITS.whatHappens),
        kind: fc.constantFrom(...MOMENT_KINDS),
        feeling: fc.integer({ min: -3, max: 3 }),
        impact: fc.integer({ min: 1, max: 5 }),
        frequency: fc.integer({ min: 1, max: 5 }),
        evidence: fc.constantFrom(...EVIDENCE_LEVELS),
        traits: subsetArb(TRAITS),
        heart: subsetArb(HEART_VALUES),
        owner: textArb(LIMITS.owner),
        nextAction: textArb(LIMITS.nextAction),
        status: fc.constantFrom(...MOMENT_STATUSES),
        order: fc.integer({ min: -50, max: 50 }),
        updatedAt: timeArb,
      });
    const moments: fc.Arbitrary<Worksheet['moments']> =
      stageIds.length === 0
        ? fc.constant([])
        : fc.integer({ min: 0, max: 12 }).chain((n) => fc.tuple(...momentIds.slice(0, n).map(moment)));
    // fc.record builds prototype-less objects; spreading gives ordinary ones, as JSON.parse does.
    return fc.record({ stages, moments }).map(({ stages: s, moments: m }): Worksheet => ({
      id: sheetId,
      name: details.name,
      customer: details.customer,
      stages: s.map((x) => ({ ...x })),
      moments: m.map((x) => ({ ...x })),
      createdAt: details.createdAt,
      updatedAt: details.updatedAt,
      detailsUpdatedAt: details.detailsUpdatedAt,
    }));
  });

/** The value, or a test failure when it is missing. */
export function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('expected a value, found none');
  return value;
}
