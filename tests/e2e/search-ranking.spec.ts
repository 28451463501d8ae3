// Searching a name from the framework finds its own page first; key phrases find the right pages.
import { expect, test, type Page } from '@playwright/test';

/** The first result URLs for a term, read from the site's own search page as a reader sees them. */
async function topResults(page: Page, term: string, count = 3): Promise<string[]> {
  await page.goto(`/search/?q=${encodeURIComponent(term)}`);
  await expect(page.getByRole('status').first()).toContainText(/results? for/);
  const links = page.getByRole('list', { name: 'Search results' }).first().getByRole('heading').getByRole('link');
  const hrefs = await links.evaluateAll((anchors) =>
    anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
  return hrefs.slice(0, count);
}

const names: [string, string][] = [
  ...['accessible', 'consistent', 'flexible', 'proactive', 'respectful', 'responsible', 'straightforward'].map(
    (slug): [string, string] => [slug, `/playbooks/traits/${slug}/`],
  ),
  ...['ambition', 'connection', 'empowerment', 'focus', 'perspective'].map((slug): [string, string] => [
    slug,
    `/playbooks/qualities/${slug}/`,
  ]),
  ...['honesty', 'empathy', 'accountability', 'responsibility', 'transparency'].map((slug): [string, string] => [
    slug,
    `/playbooks/heart/${slug}/`,
  ]),
  ['loyalty', '/playbooks/myths/loyalty/'],
  ['feedback', '/playbooks/myths/feedback/'],
  ['ROI', '/playbooks/myths/roi/'],
  ['leadership engagement', '/playbooks/chain/leadership-engagement/'],
  ['employee engagement', '/playbooks/chain/employee-engagement/'],
  ['customer engagement', '/playbooks/chain/customer-engagement/'],
];

// One page searches every name in turn (each search is a new address, as a reader would type it),
// and every name that misses is reported, not only the first.
test('names find their own page first', async ({ page }) => {
  for (const [term, url] of names) expect.soft((await topResults(page, term, 1))[0], `"${term}"`).toBe(url);
});

// Each phrase, and the pages that explain it: one of them must be among the first three results.
const phrases: [string, string[]][] = [
  ['umbrella', ['/playbooks/practices/accueil/']],
  // The figure is explained on several pages and is a default of the calculator.
  [
    '43 days',
    [
      '/playbooks/practices/actuals-not-averages/',
      '/playbooks/traits/respectful/',
      '/playbooks/myths/roi/',
      '/tools/cost-of-inaction/',
    ],
  ],
  ['granny', ['/playbooks/traits/responsible/']],
  ['cost of inaction', ['/playbooks/myths/roi/', '/tools/cost-of-inaction/']],
  ['preferred agent', ['/playbooks/practices/issue-vs-human-centric/']],
];

test('key phrases find one of the pages that explain them among the first three results', async ({ page }) => {
  for (const [term, urls] of phrases) {
    const top = await topResults(page, term);
    expect
      .soft(
        top.filter((url) => urls.includes(url)),
        `"${term}": top three ${top.join(', ')}`,
      )
      .not.toEqual([]);
  }
});
