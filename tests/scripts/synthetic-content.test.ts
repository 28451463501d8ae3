// The scale benchmark's synthetic playbooks are valid content: they pass the real playbook schema,
// cite only sources that exist, link only to playbooks that exist, and come out the same each time.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { playbookSchema } from '../../src/schemas/playbook';
import { sourceSchema } from '../../src/schemas/source';
import { glossarySchema } from '../../src/schemas/glossary';
import { bodyWords, syntheticFamilies, writeSyntheticContent } from '../../scripts/lib/synthetic-content.mjs';

const temp = mkdtempSync(join(tmpdir(), 'accueil-synthetic-'));
afterAll(() => {
  rmSync(temp, { recursive: true, force: true });
});

const COUNT = 60;
const first = join(temp, 'first');
const { real, synthetic } = writeSyntheticContent(first, COUNT);

/** Every file under a folder, as paths relative to it, sorted. */
function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

function readPlaybook(id: string): { data: unknown; body: string } {
  const text = readFileSync(join(first, 'playbooks', `${id}.mdx`), 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${id} has no front matter`);
  return { data: parse(match[1] ?? ''), body: match[2] ?? '' };
}

const onDisk = new Set(
  filesIn(join(first, 'playbooks'))
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => file.replace(/\.mdx$/, '')),
);
const sourceIds = new Set(
  sourceSchema
    .array()
    .parse(parse(readFileSync(join(first, 'sources.yaml'), 'utf8')))
    .map((source) => source.id),
);
const termIds = new Set(
  glossarySchema
    .array()
    .parse(parse(readFileSync(join(first, 'glossary.yaml'), 'utf8')))
    .map((term) => term.id),
);
const parsed = synthetic.map((id) => {
  const { data, body } = readPlaybook(id);
  return { id, body, result: playbookSchema.safeParse(data) };
});
const words = (body: string) =>
  body
    .replace(/<[^>]*>/g, ' ')
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

describe('writeSyntheticContent', () => {
  it('keeps the real playbooks and adds synthetic ones up to the count asked for', () => {
    expect(real.length).toBeGreaterThan(20);
    expect(synthetic.length).toBe(COUNT - real.length);
    expect(onDisk.size).toBe(COUNT);
    for (const id of real) expect(onDisk, id).toContain(id);
  });

  it('spreads the synthetic playbooks over all six families', () => {
    const families = new Set(synthetic.map((id) => id.split('/')[0]));
    expect([...families].sort()).toEqual([...syntheticFamilies].sort());
  });

  it.each(parsed)('$id matches the playbook schema and sits in its family folder', ({ id, result }) => {
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.data?.family).toBe(id.split('/')[0]);
  });

  it('links only to playbooks that exist, never to itself', () => {
    for (const { id, result } of parsed) {
      const related = result.data?.related ?? [];
      expect(related.length, id).toBeGreaterThanOrEqual(3);
      expect(
        related.filter((ref) => !onDisk.has(ref) || ref === id),
        id,
      ).toEqual([]);
    }
  });

  it('cites only listed, known sources, each at least once, and uses known glossary terms', () => {
    for (const { id, body, result } of parsed) {
      const listed = result.data?.sources ?? [];
      const cited = [...body.matchAll(/<Cite id="([^"]+)" \/>/g)].map((m) => m[1] ?? '');
      expect(
        listed.filter((source) => !sourceIds.has(source)),
        id,
      ).toEqual([]);
      expect(
        cited.filter((source) => !listed.includes(source)),
        id,
      ).toEqual([]);
      expect(
        listed.filter((source) => !cited.includes(source)),
        id,
      ).toEqual([]);
      expect(
        (result.data?.terms ?? []).filter((term) => !termIds.has(term)),
        id,
      ).toEqual([]);
    }
  });

  it('gives every page the headings the pages expect and a realistic length', () => {
    for (const { id, body } of parsed) {
      const headings = [...body.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
      expect(headings.slice(0, 2), id).toEqual(['What it means', 'Why it matters']);
      expect(words(body), id).toBeGreaterThanOrEqual(bodyWords.min);
      expect(words(body), id).toBeLessThanOrEqual(bodyWords.max);
      // MDX would read braces as expressions and other tags as components.
      expect(body.replace(/<Cite id="[^"]+" \/>/g, ''), id).not.toMatch(/[{}<>]/);
    }
  });

  it('keeps play ids unique across the whole site', () => {
    const all = [...onDisk].flatMap((id) => {
      const data = readPlaybook(id).data as { plays?: { id: string }[] };
      return (data.plays ?? []).map((play) => play.id);
    });
    expect(all.length).toBeGreaterThan(COUNT);
    expect(new Set(all).size).toBe(all.length);
  });

  it('writes identical files for the same seed and different ones for another seed', () => {
    const again = join(temp, 'again');
    const other = join(temp, 'other');
    writeSyntheticContent(again, COUNT);
    writeSyntheticContent(other, COUNT, { seed: 8 });
    const contents = (dir: string) => filesIn(dir).map((file) => [file, readFileSync(join(dir, file), 'utf8')]);
    expect(contents(again)).toEqual(contents(first));
    expect(contents(other)).not.toEqual(contents(first));
  });
});
