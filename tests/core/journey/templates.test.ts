// The template files in content/journeys/ parse, validate, and are written in our own words.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { copiedRuns } from '../../content/copied-runs';
import { stringsIn } from '../../content/load';
import { JOURNEY_TEMPLATE_SLUGS, worksheetFromTemplate } from '../../../src/core/journey/from-template';
import { worksheetSchema } from '../../../src/core/journey/model';
import { shortlist } from '../../../src/core/journey/ranking';
import { templateSchema, type JourneyTemplate } from '../../../src/core/journey/templates';
import { at, makeCtx, must } from './helpers';

const dir = join(import.meta.dirname, '../../../content/journeys');
const raw = (slug: string): unknown => parse(readFileSync(join(dir, `${slug}.yaml`), 'utf8'));
const template = (slug: string): JourneyTemplate => templateSchema.parse(raw(slug));
const sourceIds = new Set(
  (parse(readFileSync(join(import.meta.dirname, '../../../content/sources.yaml'), 'utf8')) as { id: string }[]).map(
    (s) => s.id,
  ),
);

describe('the template list', () => {
  it('names exactly the files in content/journeys', () => {
    const files = readdirSync(dir)
      .filter((file) => file.endsWith('.yaml'))
      .map((file) => file.replace(/\.yaml$/, ''))
      .sort();
    expect(files).toEqual([...JOURNEY_TEMPLATE_SLUGS].sort());
  });
});

describe.each(JOURNEY_TEMPLATE_SLUGS)('%s.yaml', (slug) => {
  it('is a valid template', () => {
    expect(templateSchema.safeParse(raw(slug)).error).toBeUndefined();
  });

  it('has 4 to 6 stages and 8 to 14 moments', () => {
    const { stages } = template(slug);
    const moments = stages.flatMap((stage) => stage.moments);
    expect(stages.length).toBeGreaterThanOrEqual(4);
    expect(stages.length).toBeLessThanOrEqual(6);
    expect(moments.length).toBeGreaterThanOrEqual(8);
    expect(moments.length).toBeLessThanOrEqual(14);
    expect(stages.every((stage) => stage.moments.length > 0)).toBe(true);
  });

  it('has scores that separate the moments, with every kind and a mix of feelings', () => {
    const moments = template(slug).stages.flatMap((stage) => stage.moments);
    expect(new Set(moments.map((m) => m.impact * m.frequency)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(moments.map((m) => m.kind)).size).toBe(3);
    expect(moments.some((m) => m.feeling < 0) && moments.some((m) => m.feeling > 0)).toBe(true);
    expect(moments.every((m) => m.owner.trim() !== '' && m.nextAction.trim() !== '')).toBe(true);
  });

  it('cites only sources in the bibliography', () => {
    expect(template(slug).sources.filter((id) => !sourceIds.has(id))).toEqual([]);
  });

  it('shares no 12-word run with the source essays', () => {
    expect(copiedRuns(stringsIn(raw(slug)).join('\n'))).toEqual([]);
  });

  it('becomes a valid worksheet with fresh ids and the given time', () => {
    const sheet = worksheetFromTemplate(template(slug), makeCtx('t').newId, at(3));
    expect(worksheetSchema.safeParse(sheet).success).toBe(true);
    expect(sheet.id).toBe('t-1');
    expect(sheet.name).toBe(template(slug).name);
    expect(sheet.moments).toHaveLength(template(slug).stages.flatMap((s) => s.moments).length);
    expect(new Set([sheet.updatedAt, ...sheet.moments.map((m) => m.updatedAt)])).toEqual(new Set([at(3)]));
    expect(shortlist(sheet).items).toHaveLength(5);
  });
});

describe('template content', () => {
  it('tells the borrowed-umbrella story in the hotel stay', () => {
    const moments = template('hotel-stay').stages.flatMap((s) => s.moments);
    const refusal = moments.find((m) => /umbrella/i.test(m.title) && m.feeling < 0);
    const lend = moments.find((m) => /lends her own umbrella/i.test(m.title));
    expect(refusal?.whatHappens).toMatch(/half past seven/);
    expect(lend?.feeling).toBe(3);
  });

  it('follows the request through an issue-centric queue in the support template', () => {
    const text = stringsIn(raw('support-request')).join(' ');
    for (const word of ['subject', 'email address', 'status', 'again', 'preferred agent']) expect(text).toContain(word);
  });
});

describe('the template schema', () => {
  it('refuses a template with an unknown field, saying which', () => {
    const broken = { ...(raw('hotel-stay') as object), colour: 'blue' };
    expect(templateSchema.safeParse(broken).error?.issues[0]).toMatchObject({
      code: 'unrecognized_keys',
      keys: ['colour'],
    });
  });

  it('refuses a moment with a score out of range', () => {
    const data = structuredClone(raw('support-request')) as { stages: { moments: { impact: number }[] }[] };
    must(must(data.stages[0]).moments[0]).impact = 9;
    expect(templateSchema.safeParse(data).error?.issues[0]).toMatchObject({
      path: ['stages', 0, 'moments', 0, 'impact'],
      message: 'The impact must be a whole number from 1 to 5.',
    });
  });
});
