// Search as people use it in a real room: typed, pasted or submitted the moment the page opens,
// made-up words, the tools by name, filters combined, shared and undone, on a phone and a desktop.
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { expectPhoneReady } from './people';

// The first search loads the index and the pages it finds; on a busy shared machine that can take
// several seconds, so these checks wait longer than the default (they still wait for what they need).
const expect = baseExpect.configure({ timeout: 20_000 });

const main = (page: Page) => page.getByRole('main');
const field = (page: Page) => main(page).getByRole('searchbox', { name: /search the playbooks/i });
const status = (page: Page) => main(page).getByRole('status');
const results = (page: Page) => main(page).getByRole('list', { name: 'Search results' });
const resultLinks = (page: Page) => results(page).getByRole('heading').getByRole('link');
const paths = async (page: Page) =>
  resultLinks(page).evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
const filterBox = (page: Page, group: string, value: string) =>
  main(page)
    .getByRole('group', { name: group })
    .getByRole('checkbox', { name: new RegExp(`^${value} \\(\\d+\\)$`) });
const openFilters = async (page: Page) => {
  await main(page).locator('summary', { hasText: 'Filters' }).click();
};

test.describe('the tools can be found by name', () => {
  const tools: [string, RegExp][] = [
    ['calculator', /^\/tools\/cost-of-inaction\/$/],
    ['workshop', /^\/tools\/workshop\/$/],
    ['self-assessment', /^\/tools\/assess\/[a-z-]+\/$/],
    ['journey', /^\/tools\/journeys\/$/],
  ];
  for (const [term, tool] of tools) {
    test(`"${term}" puts the tool among the first three results`, async ({ page }) => {
      await page.goto(`/search/?q=${encodeURIComponent(term)}`);
      await expect(status(page)).toContainText(`for “${term}”`);
      const top = (await paths(page)).slice(0, 3);
      expect(
        top.some((path) => tool.test(path)),
        top.join(', '),
      ).toBe(true);
    });
  }

  test('a tool result shows its description, not its buttons', async ({ page }) => {
    await page.goto('/search/?q=calculator');
    const item = results(page)
      .getByRole('listitem')
      .filter({ has: page.locator('a[href="/tools/cost-of-inaction/"]') });
    await expect(item.locator('.search-excerpt')).toContainText('What poor service costs');
    await expect(item.locator('.search-family')).toHaveText('Tool');
  });

  test('/plays/ and /sources/ are in the index', async ({ page }) => {
    await page.goto('/search/?q=granny');
    await expect(resultLinks(page).filter({ hasText: /^Plays$/ })).toHaveCount(1);
    await page.goto('/search/?q=dogma');
    await expect(resultLinks(page).filter({ hasText: /^Sources$/ })).toHaveCount(1);
  });
});

test.describe('results match the words asked for', () => {
  for (const term of ['nonsense-xyz', 'holdd', 'zzqqxx', 'customer nonsense-xyz']) {
    test(`a made-up word, "${term}", gives no results`, async ({ page }) => {
      await page.goto(`/search/?q=${encodeURIComponent(term)}`);
      await expect(status(page)).toHaveText(`No results for “${term}”. Check the spelling, or try another word.`);
      await expect(results(page).getByRole('listitem')).toHaveCount(0);
    });
  }

  test('"on hold" highlights "hold", never "one" or "no"', async ({ page }) => {
    await page.goto('/search/?q=on%20hold');
    await expect(status(page)).toContainText('for “on hold”');
    const marks = await results(page).locator('mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark.toLowerCase()).toMatch(/^hold/);
  });

  test('every result of a two-word search holds both words', async ({ page }) => {
    await page.goto('/search/?q=preferred%20agent');
    await expect(status(page)).toContainText('for “preferred agent”');
    for (const text of await results(page).locator('.search-excerpt').allTextContents()) {
      expect(text.toLowerCase()).toContain('agent');
    }
  });

  test('a word found only in Sources lists is not found on the playbooks that list it', async ({ page }) => {
    // "Brainfood" is the publication of a source several playbooks list; no playbook's text says it.
    await page.goto('/search/?q=brainfood');
    await expect(status(page)).toContainText('for “brainfood”');
    expect(await paths(page)).toEqual(['/sources/']);
  });

  test('excerpts of playbooks come from their text, not their Related list', async ({ page }) => {
    // A playbook's Related list names other playbooks with their family: "Flexible (The seven traits)".
    await page.goto('/search/?q=flexible');
    await expect(status(page)).toContainText('for “flexible”');
    const playbooks = results(page)
      .getByRole('listitem')
      .filter({ has: page.locator(':is(h2, h3) a[href^="/playbooks/"]') });
    expect(await playbooks.count()).toBeGreaterThan(0);
    for (const text of await playbooks.locator('.search-excerpt').allTextContents()) {
      expect(text).not.toMatch(/\((The [a-z]+ (traits|qualities|myths)|HEART values|Practices|The engagement chain)\)/);
    }
  });
});

test.describe('a search right after the page opens is never lost', () => {
  const ways: [string, (page: Page) => Promise<void>][] = [
    ['pasted', (page) => field(page).fill('umbrella')],
    ['typed in one go', (page) => field(page).pressSequentially('umbrella')],
    [
      'pasted and submitted with Enter',
      async (page) => {
        await field(page).fill('umbrella');
        await field(page).press('Enter');
      },
    ],
    [
      'typed and submitted with Enter',
      async (page) => {
        await field(page).pressSequentially('umbrella');
        await field(page).press('Enter');
      },
    ],
  ];
  for (const [how, act] of ways) {
    for (const waitUntil of ['commit', 'domcontentloaded', 'load'] as const) {
      test(`${how}, as soon as the page ${waitUntil === 'commit' ? 'starts' : waitUntil === 'load' ? 'has loaded' : 'is parsed'}`, async ({
        page,
      }) => {
        await page.goto('/search/', { waitUntil });
        await act(page);
        await expect(status(page)).toContainText(/\d+ results? for “umbrella”/);
        await expect(resultLinks(page).first()).toBeVisible();
      });
    }
  }

  test('Enter moves to the first result', async ({ page }) => {
    await page.goto('/search/');
    await field(page).fill('umbrella');
    await field(page).press('Enter');
    await expect(resultLinks(page).first()).toBeFocused();
  });

  test('the dialog searches what was typed while it opened', async ({ page }) => {
    await page.goto('/about/');
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: 'Search Accueil' });
    await dialog.getByRole('searchbox').pressSequentially('umbrella');
    await expect(dialog.getByRole('status')).toContainText(/\d+ results? for “umbrella”/);
  });
});

test.describe('filters', () => {
  test('two families combine with OR, another group with AND, and the address keeps them', async ({ page }) => {
    await page.goto('/search/?q=customer');
    await expect(status(page)).toContainText('for “customer”');
    await openFilters(page);
    await filterBox(page, 'Family', 'HEART values').check();
    await expect(status(page)).toContainText('with the filters chosen');
    const heart = Number(/^(\d+)/.exec((await status(page).textContent()) ?? '')?.[1]);
    await filterBox(page, 'Family', 'The seven traits').check();
    await expect(status(page)).not.toHaveText(new RegExp(`^${heart} result`));
    const both = Number(/^(\d+)/.exec((await status(page).textContent()) ?? '')?.[1]);
    expect(both).toBeGreaterThan(heart);
    for (const family of await results(page).locator('.search-family').allTextContents()) {
      expect(['HEART values', 'The seven traits']).toContain(family);
    }
    const url = new URL(page.url());
    expect(url.searchParams.get('q')).toBe('customer');
    expect(url.searchParams.getAll('family').sort()).toEqual(['HEART values', 'The seven traits']);

    await filterBox(page, 'Audience', 'facilitators').check();
    await expect(status(page)).not.toHaveText(new RegExp(`^${both} result`));
    const narrowed = Number(/^(\d+)/.exec((await status(page).textContent()) ?? '')?.[1] ?? 0);
    expect(narrowed).toBeLessThan(both);
    expect(new URL(page.url()).searchParams.getAll('audience')).toEqual(['facilitators']);

    // A reload, then back and forward, show the same filters and results as before.
    const shown = await paths(page);
    await page.reload();
    await openFilters(page);
    await expect(filterBox(page, 'Audience', 'facilitators')).toBeChecked();
    await expect(filterBox(page, 'Family', 'HEART values')).toBeChecked();
    await expect.poll(() => paths(page)).toEqual(shown);
    await page.goBack();
    await expect(filterBox(page, 'Audience', 'facilitators')).not.toBeChecked();
    await expect(filterBox(page, 'Family', 'The seven traits')).toBeChecked();
    await expect(status(page)).toContainText(new RegExp(`^${both} results`));
    await page.goForward();
    await expect(filterBox(page, 'Audience', 'facilitators')).toBeChecked();
  });

  test('when the filters hide everything, the message says so and offers to clear them', async ({ page }) => {
    await page.goto(`/search/?q=umbrella&family=${encodeURIComponent('The engagement chain')}`);
    await expect(status(page)).toContainText('with the filters chosen');
    await expect(status(page)).toContainText('Clear the filters');
    await expect(status(page)).not.toContainText('Check the spelling');
    const clear = main(page).getByRole('button', { name: 'Clear the filters' });
    await clear.click();
    await expect(status(page)).toContainText(/^\d+ results? for “umbrella”\.$/);
    await expect(clear).toBeHidden();
    expect(new URL(page.url()).search).toBe('?q=umbrella');
  });

  test('a made-up word with filters blames the word, not the filters', async ({ page }) => {
    await page.goto(`/search/?q=nonsense-xyz&family=${encodeURIComponent('HEART values')}`);
    await expect(status(page)).toContainText('No results for “nonsense-xyz”, even without the filters');
  });

  test('the counts beside the filters follow the search', async ({ page }) => {
    await page.goto('/search/');
    await field(page).focus();
    await openFilters(page);
    const heart = filterBox(page, 'Family', 'HEART values');
    await expect(heart).toBeVisible();
    await expect(heart.locator('..')).toHaveText(/HEART values \(\d+\)/);
    const before = (await heart.locator('..').textContent()) ?? '';
    await field(page).fill('umbrella');
    await expect(status(page)).toContainText('for “umbrella”');
    await expect(heart.locator('..')).not.toHaveText(before);
    await expect(heart.locator('..')).toHaveText(/HEART values \(1\)/);
    await expect(filterBox(page, 'Family', 'The three myths').locator('..')).toHaveText(/\(0\)/);
  });

  for (const size of [
    { width: 390, height: 800 },
    { width: 1280, height: 800 },
  ]) {
    test(`the first result shows without scrolling at ${size.width} px`, async ({ page }) => {
      await page.setViewportSize(size);
      await page.goto(`/search/?q=customer&family=${encodeURIComponent('HEART values')}`);
      // The first results are drawn as their data arrive, then put in their final order once
      // the search has finished: measure the final list.
      await expect(status(page)).toContainText('for “customer”');
      await expect(results(page)).not.toHaveAttribute('aria-busy', 'true');
      const first = resultLinks(page).first();
      await expect(first).toBeVisible();
      const box = await first.boundingBox();
      expect(box).not.toBeNull();
      expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual(size.height);
    });
  }

  test('the search page with open filters works on a phone and passes axe', async ({ page }) => {
    await page.goto('/search/?q=customer');
    await expect(status(page)).toContainText('for “customer”');
    await openFilters(page);
    await filterBox(page, 'Family', 'HEART values').check();
    await expect(status(page)).toContainText('with the filters chosen');
    await expectPhoneReady(page, 'search with filters');
    await expectNoAxeViolations(page, 'search with filters');
  });
});
