// Every self-assessment parses against the schema, points at playbooks that exist on the site,
// keeps its item ids unique, and is written in our own words.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessmentSchema } from '../../src/schemas/assessment';
import { assessmentIds } from '../../src/schemas/playbook';
import { MAX_ALIAS_BYTES } from '../../src/core/assessment/alias';
import type { SessionId } from '../../src/core/assessment/session-id';
import { encodeShareCode } from '../../src/core/assessment/share-code';
import { copiedRuns } from './copied-runs';
import { contentDir, playbooks, readYaml, stringsIn } from './load';

/** Every playbook id on the site (family/slug), read from content/playbooks/. */
const playbookIds = new Set(playbooks().map((book) => book.path.replace(/^playbooks\//, '').replace(/\.mdx$/, '')));

/** The dimensions each assessment must chart, in order. */
const expectedDimensions: Record<string, string[]> = {
  'seven-traits': ['accessible', 'consistent', 'flexible', 'proactive', 'respectful', 'responsible', 'straightforward'],
  heart: ['honesty', 'empathy', 'accountability', 'responsibility', 'transparency'],
  chain: ['leadership-engagement', 'employee-engagement', 'customer-engagement'],
  qualities: ['ambition', 'connection', 'empowerment', 'focus', 'perspective'],
};

const files = readdirSync(join(contentDir, 'assessments'))
  .filter((name) => name.endsWith('.yaml'))
  .sort()
  .map((name) => ({ name, id: name.replace(/\.yaml$/, ''), data: readYaml(`assessments/${name}`) }));

describe('the set of assessments', () => {
  it('has one file for every assessment id a playbook can point to', () => {
    expect(files.map((file) => file.id).sort()).toEqual([...assessmentIds].sort());
  });
});

describe.each(files)('assessments/$name', ({ id, data }) => {
  const parsed = assessmentSchema.safeParse(data);

  it('matches the assessment schema', () => {
    expect(parsed.error?.issues ?? []).toEqual([]);
  });
  if (!parsed.success) return;
  const assessment = parsed.data;
  const items = assessment.dimensions.flatMap((dimension) => dimension.items);

  it('has the id of its file name', () => {
    expect(assessment.id).toBe(id);
  });

  it('points every dimension at a playbook that exists', () => {
    const unknown = assessment.dimensions.map((d) => d.playbook).filter((ref) => !playbookIds.has(ref));
    expect(unknown).toEqual([]);
  });

  it('uses unique dimension ids and unique item ids', () => {
    const dimensionIds = assessment.dimensions.map((d) => d.id);
    expect(new Set(dimensionIds).size).toBe(dimensionIds.length);
    const itemIds = items.map((item) => item.id);
    expect(new Set(itemIds).size).toBe(itemIds.length);
  });

  it('has the expected dimensions, in order', () => {
    const expected = expectedDimensions[id];
    if (expected) expect(assessment.dimensions.map((d) => d.id)).toEqual(expected);
    else expect(assessment.dimensions.length).toBeGreaterThan(0);
  });

  it('reverses only one or two items', () => {
    const reversed = items.filter((item) => item.reverse).length;
    expect(reversed).toBeGreaterThanOrEqual(1);
    expect(reversed).toBeLessThanOrEqual(2);
  });

  it('shares no 12-word run with the essays', () => {
    expect(copiedRuns(stringsIn(data).join('\n'))).toEqual([]);
  });
});

describe('item counts', () => {
  const count = (id: string) => {
    const file = files.find((f) => f.id === id);
    return assessmentSchema.parse(file?.data).dimensions.flatMap((d) => d.items).length;
  };

  it('keeps each of the seven traits at 3 or 4 statements', () => {
    const file = assessmentSchema.parse(files.find((f) => f.id === 'seven-traits')?.data);
    for (const dimension of file.dimensions) {
      expect(dimension.items.length, dimension.id).toBeGreaterThanOrEqual(3);
      expect(dimension.items.length, dimension.id).toBeLessThanOrEqual(4);
    }
  });

  it.each(files.map((file) => file.id))('keeps the longest share code of %s short enough to read out', (id) => {
    // Every statement answered, the longest alias: the most characters a participant ever sends.
    const assessment = assessmentSchema.parse(files.find((f) => f.id === id)?.data);
    const answers = Object.fromEntries(assessment.dimensions.flatMap((d) => d.items).map((item) => [item.id, 5 as const]));
    const code = encodeShareCode(assessment, {
      sessionId: 'Ab3_x-' as SessionId,
      participantId: 'Zz9-q_',
      revision: 4095,
      answers,
      alias: 'x'.repeat(MAX_ALIAS_BYTES),
    });
    expect(code.length).toBeLessThanOrEqual(60);
  });

  it('gives the service model at least 8 items', () => {
    expect(count('service-model')).toBeGreaterThanOrEqual(8);
  });
});
