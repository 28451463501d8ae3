// The zod-free workshop checks decide exactly what the zod schemas decide: on valid data, on data
// with one part damaged, and on arbitrary JSON. Same success, same output (strings trimmed alike).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { toIsoDate } from '../../../src/core/assessment/iso-date';
import { safeParseWith } from '../../../src/core/assessment/check';
import {
  checkParticipation,
  checkWorkshopRecord,
  checkWorkshopRecords,
  checkWorkshopSession,
  checkWorkshopSessions,
} from '../../../src/core/assessment/workshop-check';
import { participationSchema } from '../../../src/core/assessment/workshop-participation';
import { workshopRecordSchema } from '../../../src/core/assessment/workshop-record';
import { workshopSessionSchema, workshopSessionsSchema } from '../../../src/core/assessment/workshop-session';

const nasty = fc.oneof(
  fc.constantFrom(undefined, null, '', '  ', ' x ', 'AbCdEf', 'seven-traits', 0, -1, 1, 3, 5, 6, 255, 256, 2.5, -0),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, true, false, [], {}, '2024-02-29', '2023-02-29'),
  fc.constantFrom('share', 'intro', 'x'.repeat(81), '😀'.repeat(80), '😀'.repeat(81), '\u00a0text\u3000'),
  fc.string({ maxLength: 12 }),
  fc.double(),
  fc.jsonValue({ maxDepth: 1 }),
);

const text = (min: number, max: number) =>
  fc.oneof(
    fc.string({ minLength: min, maxLength: max }),
    fc.string({ minLength: min, maxLength: max }).map((s) => ` ${s} `),
  );
const isoDate = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
  .map(toIsoDate);
const score = fc.double({ min: 1, max: 5, noNaN: true });
const orNull = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const sessionId = fc.stringMatching(/^[A-Za-z0-9_-]{6}$/);

const record = fc.record({
  sessionName: text(1, 20),
  assessmentId: fc.constantFrom('seven-traits', 'heart', 'chain', 'qualities', 'service-model'),
  assessmentVersion: fc.integer({ min: 1, max: 255 }),
  date: isoDate,
  participantCount: fc.nat(),
  dimensions: fc.array(
    fc.record({
      id: fc.string({ minLength: 1, maxLength: 8 }),
      label: fc.string({ minLength: 1, maxLength: 8 }),
      agreed: orNull(fc.constantFrom(1, 2, 3, 4, 5)),
      notes: fc.string({ maxLength: 20 }),
      team: fc.record({
        n: fc.nat(),
        scores: fc.array(score, { maxLength: 4 }),
        median: orNull(score),
        min: orNull(score),
        max: orNull(score),
        lowCount: fc.nat(),
        disagreement: orNull(fc.double({ min: 0, max: 4, noNaN: true })),
      }),
    }),
    { maxLength: 3 },
  ),
  actions: fc.array(fc.record({ text: text(3, 20), owner: text(0, 10), due: orNull(isoDate) }), { maxLength: 2 }),
});
const session = fc.record({
  id: sessionId,
  name: text(1, 20),
  assessmentId: fc.constantFrom('seven-traits', 'heart', 'chain'),
  created: isoDate,
  codes: fc.array(fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/), { maxLength: 3 }),
  revealed: fc.boolean(),
  shownCodes: fc.array(fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/), { maxLength: 3 }),
  record: orNull(record),
  savedRecord: orNull(record),
});
const sessions = fc.record({
  active: orNull(fc.string({ maxLength: 8 })),
  sessions: fc.array(session, { maxLength: 2 }),
});
const participation = orNull(
  fc.record({
    sessionId,
    assessmentId: fc.constantFrom('heart', 'chain'),
    alias: fc.string({ maxLength: 70 }),
    answers: fc.dictionary(fc.string({ minLength: 1, maxLength: 6 }), fc.constantFrom(1, 2, 3, 4, 5, 'dk')),
    step: fc.integer({ min: 0, max: 60 }),
    stage: fc.constantFrom('intro', 'answering', 'share'),
    participantId: sessionId,
    revision: fc.integer({ min: 0, max: 5000 }),
  }),
);

type Json = unknown;
/** Every path to a value inside a tree of plain objects and arrays. */
function paths(value: Json, at: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [at];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [at, ...keys.flatMap((key) => paths((value as Record<string | number, Json>)[key], [...at, key]))];
}

/** Replaces, deletes or adds one value somewhere in a copy of the tree. */
function damage(value: Json, pick: number, replacement: Json, how: number): Json {
  const copy = structuredClone(value);
  const all = paths(copy);
  const path = all[pick % all.length] ?? [];
  if (path.length === 0) return how === 0 ? replacement : copy;
  const parent = path.slice(0, -1).reduce<Json>((node, key) => (node as Record<string | number, Json>)[key], copy);
  const key = path[path.length - 1] ?? '';
  const target = parent as Record<string | number, Json>;
  if (how === 0) target[key] = replacement;
  else if (how === 1 && !Array.isArray(target)) Reflect.deleteProperty(target, key);
  else if (!Array.isArray(target)) target.extra = replacement;
  else target.push(replacement);
  return copy;
}

function agree(schema: z.ZodType, check: (value: unknown) => unknown, value: unknown): void {
  const expected = schema.safeParse(value);
  const actual = safeParseWith(check, value);
  expect(actual.success).toBe(expected.success);
  if (actual.success && expected.success) expect(actual.data).toEqual(expected.data);
}

const cases: [string, z.ZodType, (value: unknown) => unknown, fc.Arbitrary<Json>][] = [
  ['a workshop record', workshopRecordSchema, (v) => checkWorkshopRecord(v), record],
  [
    'the saved records',
    z.array(workshopRecordSchema).max(500),
    checkWorkshopRecords,
    fc.array(record, { maxLength: 2 }),
  ],
  ['a session', workshopSessionSchema, (v) => checkWorkshopSession(v), session],
  ['the stored sessions', workshopSessionsSchema, checkWorkshopSessions, sessions],
  ['a participation', participationSchema.nullable(), checkParticipation, participation],
];

describe.each(cases)('checking %s without zod', (_name, schema, check, valid) => {
  it('is tested mostly on data zod accepts, so the comparison is not empty', () => {
    const passed = fc.sample(valid, { numRuns: 100, seed: 42 }).filter((v) => schema.safeParse(v).success).length;
    expect(passed).toBeGreaterThan(50);
  });

  it('accepts and outputs what zod does for valid data', () => {
    fc.assert(
      fc.property(valid, (value) => {
        agree(schema, check, value);
      }),
      { numRuns: 150 },
    );
  });

  it('decides like zod when one part is damaged', () => {
    fc.assert(
      fc.property(valid, fc.nat(), nasty, fc.integer({ min: 0, max: 2 }), (value, pick, replacement, how) => {
        agree(schema, check, damage(value, pick, replacement, how));
      }),
      { numRuns: 600 },
    );
  });

  it('decides like zod on any JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), (value) => {
        agree(schema, check, value);
      }),
      { numRuns: 200 },
    );
  });
});

describe('edge cases zod decides in a particular way', () => {
  it.each<[string, unknown]>([
    ['an own __proto__ key', JSON.parse('{"active":null,"sessions":[],"__proto__":{}}')],
    ['a hole in a list', { active: null, sessions: new Array(1) }],
    ['a code list over the maximum', { active: null, sessions: [] }],
    ['Infinity where a count goes', { active: 'x', sessions: 2 }],
  ])('agrees on %s', (_label, value) => {
    agree(workshopSessionsSchema, checkWorkshopSessions, value);
  });

  it('measures text in code points, as zod does', () => {
    const base = {
      sessionId: 'AbCdEf',
      assessmentId: 'heart',
      answers: {},
      step: 0,
      stage: 'intro',
    };
    for (const alias of ['😀'.repeat(64), '😀'.repeat(65), '\ud800'.repeat(64)]) {
      agree(participationSchema.nullable(), checkParticipation, { ...base, alias });
    }
  });
});
