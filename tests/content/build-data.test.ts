// Site-wide data is computed once per build, not once per page: a build of 1,000 playbooks would
// otherwise read the whole collection again for every page and every citation (time and memory
// growing with the square of the number of pages). `astro dev` still reads it afresh each time.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const reads: string[] = [];
const playbook = (family: string, slug: string, order: number, related: string[] = []) => ({
  id: `${family}/${slug}`,
  data: { family, order, title: `${family} ${slug}`, related, sources: ['s1'] },
});
const collections: Record<string, unknown[]> = {
  playbooks: [
    playbook('heart', 'honesty', 1, ['heart/empathy']),
    playbook('heart', 'empathy', 2),
    playbook('heart', 'trust', 3),
    playbook('traits', 'clear', 1),
  ],
  sources: [{ id: 's1', data: {} }],
  families: [],
  pages: [],
  examples: [],
  glossary: [{ id: 'aht', data: { term: 'AHT' } }],
};
vi.mock('astro:content', () => ({
  getCollection: (name: string) => {
    reads.push(name);
    return Promise.resolve(collections[name] ?? []);
  },
}));

/** What a playbook page asks for, as src/pages/playbooks/[family]/[slug].astro and its citations do. */
async function renderPage(content: typeof import('../../src/lib/content'), id: string) {
  const byId = await content.getPlaybookMap();
  const related = (await content.getRelatedMap()).get(id) ?? [];
  const nav = (await content.getPreviousAndNext()).get(id);
  await content.getGlossaryMap();
  await content.getSourceMap();
  const listed = await content.getSourcesForUrl(`/playbooks/${id}/`);
  return { title: byId.get(id)?.data.title, related, previous: nav?.previous?.id, next: nav?.next?.id, listed };
}

describe('site-wide build data', () => {
  beforeEach(() => {
    reads.length = 0;
    vi.resetModules();
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('is read once per build, however many pages ask for it, and gives each page its own links', async () => {
    vi.stubEnv('DEV', false);
    const content = await import('../../src/lib/content');
    const pages = [];
    for (let round = 0; round < 25; round += 1) {
      for (const id of ['heart/honesty', 'heart/empathy', 'heart/trust', 'traits/clear'])
        pages.push(await renderPage(content, id));
    }
    expect(reads.filter((name) => name === 'playbooks')).toHaveLength(1);
    expect(reads.filter((name) => name === 'sources')).toHaveLength(1);
    expect(reads.filter((name) => name === 'glossary')).toHaveLength(1);
    expect(pages.slice(0, 4)).toEqual([
      { title: 'heart honesty', related: ['heart/empathy'], next: 'heart/empathy', previous: undefined, listed: ['s1'] },
      {
        title: 'heart empathy',
        related: ['heart/honesty'],
        previous: 'heart/honesty',
        next: 'heart/trust',
        listed: ['s1'],
      },
      { title: 'heart trust', related: [], previous: 'heart/empathy', next: undefined, listed: ['s1'] },
      { title: 'traits clear', related: [], previous: undefined, next: undefined, listed: ['s1'] },
    ]);
    // Callers may sort what they get without changing what the next page gets.
    (await content.getPlaybooks()).reverse();
    expect((await content.getPlaybooks())[0]?.id).toBe('heart/honesty');
  });

  it('is read afresh on every request under astro dev, so an edited file shows at once', async () => {
    vi.stubEnv('DEV', true);
    const content = await import('../../src/lib/content');
    await renderPage(content, 'heart/honesty');
    await renderPage(content, 'heart/empathy');
    expect(reads.filter((name) => name === 'playbooks').length).toBeGreaterThan(1);
  });
});
