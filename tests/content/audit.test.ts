// The audit checklist (content/audit.yaml) covers every page and every source, stays in step with
// the words on the pages, and records a verdict for each claim.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { allMdx, readYaml } from './load';

const verdicts = ['supported', 'corrected', 'our-words', 'figure-without-source'] as const;
const rowSchema = z
  .object({
    page: z.string().min(3),
    claim: z.string().min(10),
    sources: z.array(z.string()).min(1),
    verdict: z.enum(verdicts),
    note: z.string().min(10).optional(),
  })
  .strict()
  .refine((row) => row.verdict === 'supported' || row.verdict === 'figure-without-source' || row.note, {
    message: 'a corrected or our-words row says what changed or why in a note',
  });
const rows = z.array(rowSchema).parse(readYaml('audit.yaml'));

/** A page's words as a reader sees them: citations removed, links as their text, one space. */
function readerText(body: string): string {
  return body
    .replace(/<Cite\s+id="[^"]+"\s*\/>/g, '')
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
    .replaceAll('**', '')
    .replace(/\s+/g, ' ')
    .replace(/ ([.,;:)])/g, '$1')
    .trim();
}

const pages = allMdx().map((file) => ({ ...file, text: readerText(file.body) }));
const sources = z
  .array(z.object({ id: z.string(), supports: z.string() }).loose())
  .parse(readYaml('sources.yaml'));

describe('the audit checklist', () => {
  it.each(pages.filter((page) => /<Cite\s/.test(page.body)).map((page) => [page.path, page] as const))(
    '%s has its claims in the checklist, each still on the page, every cited source among them',
    (path, page) => {
      const mine = rows.filter((row) => row.page === path);
      expect(mine.length, 'rows for this page').toBeGreaterThan(0);
      expect(mine.filter((row) => !page.text.includes(row.claim)).map((row) => row.claim)).toEqual([]);
      const cited = new Set([...page.body.matchAll(/<Cite\s+id="([^"]+)"/g)].map((m) => m[1] ?? ""));
      const audited = new Set(mine.flatMap((row) => row.sources));
      expect([...cited].filter((id) => !audited.has(id))).toEqual([]);
    },
  );

  it('covers every source entry, with its claim word for word', () => {
    const mine = rows.filter((row) => row.page === 'sources.yaml');
    for (const source of sources) {
      const row = mine.find((r) => r.sources.includes(source.id));
      expect(row, source.id).toBeDefined();
      expect(source.supports.replace(/\s+/g, ' ').trim()).toContain(row?.claim);
    }
  });

  it('names only pages that exist', () => {
    const known = new Set([...pages.map((page) => page.path), 'sources.yaml']);
    expect(rows.filter((row) => !known.has(row.page)).map((row) => row.page)).toEqual([]);
  });

  it('names only sources that exist', () => {
    const ids = new Set(sources.map((source) => source.id));
    expect(rows.flatMap((row) => row.sources).filter((id) => !ids.has(id))).toEqual([]);
  });
});
