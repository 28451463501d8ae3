// The zod-free checks (check.ts) must decide exactly as the zod schemas: same value out, or the
// same first problem (path and sentence). Valid worksheets, then the same data broken at a random
// place with awkward values: wrong types, limits ±1 in code points, bad dates, repeats, long lists.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkCollection,
  checkCustomer,
  checkMomentPatch,
  checkStageName,
  checkWorksheet,
  checkWorksheetName,
} from '../../../src/core/journey/check';
import { type Checker } from '../../../src/core/journey/check-kit';
import { LIMITS } from '../../../src/core/journey/limits';
import { momentFieldsSchema, stageSchema, worksheetSchema } from '../../../src/core/journey/model';
import { collectionSchema } from '../../../src/core/journey/storage';
import { worksheetArb } from './helpers';

type Outcome = { ok: true; value: unknown } | { ok: false; path: PropertyKey[]; message: string };

const byZod = (schema: { safeParse: (v: unknown) => unknown }, value: unknown): Outcome => {
  const result = schema.safeParse(value) as
    | { success: true; data: unknown }
    | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
  if (result.success) return { ok: true, value: result.data };
  const [issue] = result.error.issues;
  return { ok: false, path: issue?.path ?? [], message: issue?.message ?? '' };
};
const byCheck = (check: Checker<unknown>, value: unknown): Outcome => {
  const result = check(value);
  return result.ok ? { ok: true, value: result.value } : { ok: false, ...result.issue };
};

const emoji = (n: number) => '😀'.repeat(n);
const awkward = fc.oneof(
  fc.constantFrom<unknown>(
    undefined,
    null,
    '',
    '   ',
    'ok',
    'bad id!',
    'a-b_C9',
    'x'.repeat(LIMITS.id + 1),
    'x'.repeat(LIMITS.stageName),
    'x'.repeat(LIMITS.stageName + 1),
    emoji(LIMITS.stageName),
    emoji(LIMITS.stageName + 1),
    'x'.repeat(LIMITS.momentTitle + 1),
    emoji(LIMITS.worksheetName),
    '\uD83D'.repeat(LIMITS.owner + 1),
    -4,
    -3,
    0,
    1,
    3,
    5,
    6,
    1.5,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    2 ** 60,
    true,
    [],
    {},
    ['accessible', 'accessible'],
    ['nope'],
    ['honesty', 7],
    ['accessible', 'consistent', 'flexible', 'proactive', 'respectful', 'responsible', 'straightforward', 'x'],
    'high-emotion',
    'assumed',
    'worksheet',
    '2024-02-29T00:00:00Z',
    '2025-02-29T00:00:00Z',
    '2025-01-01T00:00Z',
    '2025-01-01T00:00:00.123456Z',
    '2025-01-01T00:00:00+01:00',
    '2025-01-01 00:00:00Z',
    new Date(0),
  ),
  fc.array(fc.constantFrom<unknown>(1, 'x', null, {}), { minLength: 11, maxLength: 14 }),
  fc.array(fc.constant({}), { minLength: 99, maxLength: 102 }),
  fc.string({ maxLength: 8 }),
  fc.integer(),
);

/** Every place in a value where something could be broken, as paths. */
function places(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [path, ...value.flatMap((item, i) => places(item, [...path, i]))];
  if (value && typeof value === 'object') {
    return [path, ...Object.entries(value).flatMap(([key, item]) => places(item, [...path, key]))];
  }
  return [path];
}

type Mutation = 'replace' | 'delete' | 'extra' | 'copy-id';

/** A copy of `value` broken at `path`. */
function breakAt(value: unknown, path: (string | number)[], how: Mutation, junk: unknown): unknown {
  const copy = structuredClone(value);
  if (path.length === 0) return how === 'replace' ? junk : copy;
  const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], copy) as
    Record<string, unknown> | unknown[];
  const key = path[path.length - 1] as string;
  const target = parent as Record<string, unknown>;
  if (how === 'replace') target[key] = junk;
  else if (how === 'delete') Reflect.deleteProperty(target, key);
  else if (how === 'extra') target['unexpected'] = junk;
  else if (Array.isArray(parent) && parent.length > 1) {
    // Gives an item the id of its neighbour, so a repeated id must be noticed.
    const [first, second] = parent as { id?: unknown }[];
    if (first && second && typeof first === 'object' && typeof second === 'object') second.id = first.id;
  }
  return copy;
}

const collectionArb = fc
  .array(worksheetArb, { maxLength: 2 })
  .map((worksheets) => ({ worksheets, tombstones: [] as unknown[] }));
const brokenArb = fc
  .tuple(
    collectionArb,
    fc.nat(),
    fc.constantFrom<Mutation>('replace', 'replace', 'delete', 'extra', 'copy-id'),
    awkward,
  )
  .map(([collection, pick, how, junk]) => {
    const all = places(collection);
    return breakAt(collection, all[pick % all.length] ?? [], how, junk);
  });

describe('zod-free checks decide as the zod schemas do', () => {
  it('accept every valid worksheet and collection, with the same output', () => {
    fc.assert(
      fc.property(collectionArb, (collection) => {
        expect(byCheck(checkCollection, collection)).toEqual(byZod(collectionSchema, collection));
        for (const sheet of collection.worksheets)
          expect(byCheck(checkWorksheet, sheet)).toEqual(byZod(worksheetSchema, sheet));
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('report the same first problem for data broken anywhere', () => {
    fc.assert(
      fc.property(brokenArb, (data) => {
        expect(byCheck(checkCollection, data)).toEqual(byZod(collectionSchema, data));
      }),
      { numRuns: 400 },
    );
  }, 120_000);

  it('agree on single fields and on moment patches', () => {
    const fields: [Checker<unknown>, { safeParse: (v: unknown) => unknown }][] = [
      [checkWorksheetName, worksheetSchema.shape.name],
      [checkCustomer, worksheetSchema.shape.customer],
      [checkStageName, stageSchema.shape.name],
    ];
    fc.assert(
      fc.property(awkward, (value) => {
        for (const [check, schema] of fields) expect(byCheck(check, value)).toEqual(byZod(schema, value));
      }),
      { numRuns: 300 },
    );
    const keys = Object.keys(momentFieldsSchema.shape);
    const partial = momentFieldsSchema.partial();
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys, 'other'), awkward, { maxKeys: 4 }), (patch) => {
        const checked = checkMomentPatch(patch);
        const zod = byZod(partial, patch);
        if (zod.ok) {
          const defined = Object.entries(zod.value as object).filter(([, item]) => item !== undefined);
          expect(checked).toEqual({ ok: true, value: Object.fromEntries(defined) });
        } else {
          expect(checked.ok ? 'accepted' : checked.issue.message).toBe(zod.message);
        }
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('refuse data that is not an object at all, in zod’s words', () => {
    for (const value of [null, [], 'text', 3, undefined]) {
      expect(byCheck(checkCollection, value)).toEqual(byZod(collectionSchema, value));
      expect(byCheck(checkWorksheet, value)).toEqual(byZod(worksheetSchema, value));
    }
  });
});
