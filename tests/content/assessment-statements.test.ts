// Each assessment statement measures one thing, in neutral words, and says whose "we" it means;
// and a change to the statements always comes with a new version, so older share codes and saved
// results are recognised as older instead of being read against statements they never answered.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessmentSchema, type Assessment } from '../../src/schemas/assessment';
import { contentDir, readYaml } from './load';

const assessments: Assessment[] = readdirSync(join(contentDir, 'assessments'))
  .filter((name) => name.endsWith('.yaml'))
  .sort()
  .map((name) => assessmentSchema.parse(readYaml(`assessments/${name}`)));

const items = (assessment: Assessment) => assessment.dimensions.flatMap((dimension) => dimension.items);

/**
 * Statements that may contain "and", each with the reason it still measures one thing. Keep this
 * list short: a second "and" clause is usually a second question that deserves its own statement.
 */
const andAllowed: Record<string, string> = {};

/**
 * Statements that may use an absolute word, each with the reason. An absolute ("always", "every")
 * makes a statement almost impossible to agree with honestly, so the scale collapses to 1.
 */
const absoluteAllowed: Record<string, string> = {};

/** Joins two measures: "and" between words, a semicolon, or "as well as". */
const JOINS = /\band\b|;|\bas well as\b/i;
/** Absolute words that leave no room between "never" and "always". */
const ABSOLUTES = /\b(always|never|every|everyone|everybody|everything|nobody|no one|all|any|none)\b/i;
/** Loaded wording found in earlier versions: it tells the reader which answer is right. */
const LOADED = /\b(acting like humans|held back|just a number|just numbers)\b/i;

describe.each(assessments.map((assessment) => [assessment.id, assessment] as const))(
  'assessments/%s.yaml statements',
  (_id, assessment) => {
  it('join no second measure with "and" or ";" unless allow-listed with a reason', () => {
    const joined = items(assessment)
      .filter((item) => JOINS.test(item.statement) && !(item.id in andAllowed))
      .map((item) => `${item.id}: ${item.statement}`);
    expect(joined).toEqual([]);
  });

  it('use no absolute word ("always", "never", "every", ...) unless allow-listed with a reason', () => {
    const absolute = items(assessment)
      .filter((item) => ABSOLUTES.test(item.statement) && !(item.id in absoluteAllowed))
      .map((item) => `${item.id}: ${item.statement}`);
    expect(absolute).toEqual([]);
  });

  it('use no loaded wording that hints at the right answer', () => {
    const loaded = items(assessment)
      .filter((item) => LOADED.test(item.statement))
      .map((item) => `${item.id}: ${item.statement}`);
    expect(loaded).toEqual([]);
  });

  it('say in the summary whether "we" means the team or the organisation', () => {
    expect(assessment.summary).toMatch(/"We"[^.]*\bmeans? (your team|your organisation|the team|the organisation)/);
  });
});

describe('the allow-lists', () => {
  const ids = new Set(assessments.flatMap((assessment) => items(assessment).map((item) => item.id)));
  it('name only statements that exist and still need the exception', () => {
    const stale = [
      ...Object.keys(andAllowed).filter((id) => !ids.has(id)),
      ...Object.keys(absoluteAllowed).filter((id) => !ids.has(id)),
    ];
    expect(stale).toEqual([]);
    for (const assessment of assessments) {
      for (const item of items(assessment)) {
        if (item.id in andAllowed) expect(JOINS.test(item.statement), item.id).toBe(true);
        if (item.id in absoluteAllowed) expect(ABSOLUTES.test(item.statement), item.id).toBe(true);
      }
    }
  });
});
