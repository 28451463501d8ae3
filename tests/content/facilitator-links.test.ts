// The facilitators' links on every playbook page (its card, maturity path, sessions and worked
// examples) come from data checked once per build, not once per page: at 1,000 playbooks, checking
// the session plans and examples again for each page read every play of every playbook 1,000 times.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const reads: string[] = [];
const play = (id: string) => ({ id });
const playbook = (family: string, slug: string, plays: string[], assessment?: string) => ({
  id: `${family}/${slug}`,
  data: { family, order: 1, title: slug, related: [], sources: [], plays: plays.map(play), assessment },
});
const collections: Record<string, unknown[]> = {
  playbooks: [
    playbook('traits', 'accessible', ['open-door', 'map-contacts'], 'seven-traits'),
    playbook('heart', 'honesty', ['say-no']),
    playbook('practices', 'rules', ['rules-on-trial']),
    playbook('practices', 'quiet', ['listen']),
  ],
  sessions: [
    { id: 'workshop', data: { order: 2, title: 'Half-day workshop', assessment: 'qualities', agenda: [{ play: 'rules-on-trial' }, {}] } },
    { id: 'health-check', data: { order: 1, title: 'Health check', assessment: 'seven-traits', agenda: [] } },
  ],
  examples: [{ id: 'rules', data: { order: 1, title: 'Rules on trial', playbook: 'practices/rules' } }],
  journeys: [{ id: 'bank' }],
  assessments: [
    { id: 'heart', data: { dimensions: [{ id: 'h', playbook: 'heart/honesty' }] } },
    { id: 'seven-traits', data: { dimensions: [{ id: 'access', playbook: 'traits/accessible' }] } },
  ],
};
vi.mock('astro:content', () => ({
  getCollection: (name: string) => {
    reads.push(name);
    return Promise.resolve([...(collections[name] ?? [])]);
  },
}));

type Facilitators = typeof import('../../src/lib/facilitators');
type Content = typeof import('../../src/lib/content');

/** The links each playbook page shows, in the order of the collection. */
async function linksOfEveryPage(facilitators: Facilitators, content: Content) {
  const pages: Record<string, string[]> = {};
  for (const entry of await content.getPlaybooks())
    pages[entry.id] = (await facilitators.getFacilitatorLinks(entry)).map((link) => `${link.label} -> ${link.href}`);
  return pages;
}

describe('facilitators’ build data', () => {
  beforeEach(() => {
    reads.length = 0;
    vi.resetModules();
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('is checked once per build, however many playbook pages ask for it, and gives each page its own links', async () => {
    vi.stubEnv('DEV', false);
    const facilitators = await import('../../src/lib/facilitators');
    const content = await import('../../src/lib/content');
    const rounds: Record<string, string[]>[] = [];
    for (let round = 0; round < 25; round += 1) rounds.push(await linksOfEveryPage(facilitators, content));
    for (const name of ['playbooks', 'sessions', 'examples', 'assessments', 'journeys'])
      expect(reads.filter((read) => read === name), name).toHaveLength(1);
    expect(rounds[0]).toEqual({
      'traits/accessible': [
        'Print this card -> /facilitators/cards/traits/accessible/',
        'Its maturity path -> /facilitators/paths/seven-traits/#dimension-access',
        'Use it in a session: Health check -> /facilitators/sessions/health-check/',
      ],
      'heart/honesty': [
        'Print this card -> /facilitators/cards/heart/honesty/',
        'Its maturity path -> /facilitators/paths/heart/#dimension-h',
        'Use it in a session: the facilitators’ start -> /facilitators/',
      ],
      'practices/rules': [
        'Use it in a session: Half-day workshop -> /facilitators/sessions/workshop/',
        'Worked example: Rules on trial -> /facilitators/examples/rules/',
      ],
      'practices/quiet': [],
    });
    expect(rounds.every((pages) => JSON.stringify(pages) === JSON.stringify(rounds[0]))).toBe(true);
    expect((await facilitators.getPlayIndex()).get('rules-on-trial')?.href).toBe(
      '/playbooks/practices/rules/#play-rules-on-trial',
    );
    // Callers may reorder what they get without changing what the next page gets.
    (await facilitators.getSessions()).reverse();
    (await facilitators.getAssessments()).reverse();
    expect((await facilitators.getSessions()).map((session) => session.id)).toEqual(['health-check', 'workshop']);
    expect((await facilitators.getAssessments()).map((entry) => entry.id)).toEqual(['seven-traits', 'heart']);
  });

  it('still fails the build when a session plan names a play that does not exist', async () => {
    vi.stubEnv('DEV', false);
    const saved = collections['sessions'];
    collections['sessions'] = [{ id: 'broken', data: { order: 1, title: 'Broken', agenda: [{ play: 'no-such-play' }] } }];
    try {
      const facilitators = await import('../../src/lib/facilitators');
      await expect(facilitators.getSessions()).rejects.toThrow(/"agenda\[0\]\.play" is "no-such-play"/);
    } finally {
      collections['sessions'] = saved ?? [];
    }
  });

  it('is read afresh on every request under astro dev, so an edited file shows at once', async () => {
    vi.stubEnv('DEV', true);
    const facilitators = await import('../../src/lib/facilitators');
    const content = await import('../../src/lib/content');
    await linksOfEveryPage(facilitators, content);
    expect(reads.filter((read) => read === 'sessions').length).toBeGreaterThan(1);
  });
});
