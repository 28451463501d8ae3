// Every playbook has the same shape, cites only known sources, and links to pages that exist.
import { basename, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CALCULATOR_SOURCES } from '../../src/core/calculator/inputs';
import { playbookSchema } from '../../src/schemas/playbook';
import { sourceSchema } from '../../src/schemas/source';
import { glossarySchema } from '../../src/schemas/glossary';
import { familyPageSchema, pageSchema } from '../../src/schemas/page';
import { allMdx, playbooks, readYaml } from './load';

const books = playbooks();
const idOf = (path: string) => path.replace(/^playbooks\//, '').replace(/\.mdx$/, '');
const ids = new Set(books.map((book) => idOf(book.path)));
const sources = sourceSchema.array().parse(readYaml('sources.yaml'));
const sourceIds = new Set(sources.map((source) => source.id));
const glossary = glossarySchema.array().parse(readYaml('glossary.yaml'));
const citesIn = (body: string) => [...body.matchAll(/<Cite\s+id="([^"]+)"/g)].map((m) => m[1] ?? '');

const expected: Record<string, string[]> = {
  traits: ['accessible', 'consistent', 'flexible', 'proactive', 'respectful', 'responsible', 'straightforward'],
  qualities: ['ambition', 'connection', 'empowerment', 'focus', 'perspective'],
  heart: ['honesty', 'empathy', 'accountability', 'responsibility', 'transparency'],
  myths: ['loyalty', 'feedback', 'roi'],
  chain: ['unbroken-chain', 'leadership-engagement', 'employee-engagement', 'customer-engagement'],
  practices: [
    'issue-vs-human-centric',
    'accueil',
    'actuals-not-averages',
    'moments-that-matter',
    'value-formula',
    'detraction-first',
    'data-trap',
  ],
};

describe('the set of playbooks', () => {
  it.each(Object.entries(expected))('%s has every playbook the essays call for', (family, slugs) => {
    for (const slug of slugs) expect(ids, `${family}/${slug}`).toContain(`${family}/${slug}`);
  });

  it('has at least 40 plays with unique ids', () => {
    const playIds = books.flatMap((book) => ((book.data.plays as { id: string }[] | undefined) ?? []).map((p) => p.id));
    expect(playIds.length).toBeGreaterThanOrEqual(40);
    expect(new Set(playIds).size).toBe(playIds.length);
  });

  it('cites every source somewhere', () => {
    // The calculator page cites its own (src/lib/content.ts counts it as a citing page).
    const cited = new Set([
      ...allMdx().flatMap((file) => (file.data.sources as string[] | undefined) ?? []),
      ...CALCULATOR_SOURCES,
    ]);
    expect(sources.map((s) => s.id).filter((id) => !cited.has(id))).toEqual([]);
  });

  it('has an overview for every family and a start-here page', () => {
    const others = allMdx().filter((file) => !file.path.startsWith('playbooks/'));
    for (const family of Object.keys(expected)) {
      const page = others.find((file) => file.path === `families/${family}.mdx`);
      expect(page, family).toBeDefined();
      familyPageSchema.parse(page?.data);
    }
    for (const page of others.filter((file) => file.path.startsWith('pages/'))) pageSchema.parse(page.data);
    expect(others.map((file) => file.path)).toContain('pages/start-here.mdx');
  });

  it('has glossary entries that point at real playbooks', () => {
    for (const entry of glossary) for (const ref of entry.see) expect(ids, entry.id).toContain(ref);
  });
});

describe.each(books)('$path', ({ path, data, body }) => {
  const parsed = playbookSchema.safeParse(data);
  it('matches the playbook schema', () => {
    expect(parsed.error?.issues ?? []).toEqual([]);
  });
  if (!parsed.success) return;
  const book = parsed.data;

  it('sits in the folder of its family', () => {
    expect(basename(dirname(path))).toBe(book.family);
  });

  it('opens with what it means and why it matters', () => {
    const headings = [...body.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(headings.slice(0, 2)).toEqual(['What it means', 'Why it matters']);
  });

  it('cites only its listed sources, each at least once in the text, all known', () => {
    const cites = citesIn(body);
    expect(cites.filter((id) => !book.sources.includes(id))).toEqual([]);
    expect(book.sources.filter((id) => !cites.includes(id))).toEqual([]);
    expect(book.sources.filter((id) => !sourceIds.has(id))).toEqual([]);
  });

  it('relates to at least three other playbooks that exist', () => {
    expect(book.related.filter((ref) => !ids.has(ref))).toEqual([]);
    expect(book.related).not.toContain(idOf(path));
  });

  it('uses only glossary terms that exist', () => {
    const terms = new Set(glossary.map((entry) => entry.id));
    expect(book.terms.filter((term) => !terms.has(term))).toEqual([]);
  });
});
