// Page-level defects people meet on the built site: words run together, links that print an
// invented address, a theme button that does not say what it does, the home page's calls to action,
// the tools index and a playbook's reading time.
import { expect, test } from '@playwright/test';
import { HTMLElement, TextNode, parse, type Node } from 'node-html-parser';
import { builtPages, readBuilt } from './built-site';

const pages = builtPages();

/** Elements that start a new block: text on either side of one never reads as one line. */
const blocks = new Set(
  'address article aside blockquote br button caption dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr legend li main nav ol option p pre section select summary table tbody td textarea tfoot th thead tr ul'.split(
    ' ',
  ),
);

/**
 * Where two pieces of text from different elements meet with no space inside one line of text
 * ("Monday.Facilitators", "Jump to a family:The seven traits"), as a screen reader, a search
 * excerpt or a copy reads it. Hidden elements, scripts, styles and tool islands are skipped.
 */
function runTogether(html: string): string[] {
  const main = parse(html).querySelector('main');
  if (!main) return [];
  // Text in reading order; null where a block starts or ends.
  const texts: (string | null)[] = [];
  const walk = (node: Node) => {
    if (node instanceof TextNode) {
      if (node.text.length > 0) texts.push(node.text);
      return;
    }
    if (!(node instanceof HTMLElement)) return;
    const tag = node.tagName.toLowerCase();
    // Tool islands are Preact views, whose text is the tool helpers' to fix (JSX drops line breaks).
    if (['script', 'style', 'template', 'svg', 'astro-island'].includes(tag) || node.hasAttribute('hidden')) return;
    const block = blocks.has(tag);
    if (block) texts.push(null);
    for (const child of node.childNodes) walk(child);
    if (block) texts.push(null);
  };
  walk(main);
  const joins: string[] = [];
  for (let index = 1; index < texts.length; index += 1) {
    const before = texts[index - 1];
    const after = texts[index];
    if (before == null || after == null) continue;
    if (/[\p{Ll}\p{N}.:;!?,)’”]$/u.test(before) && /^[\p{Lu}(“‘]/u.test(after))
      joins.push(`${before.slice(-25)}|${after.slice(0, 25)}`);
  }
  return joins;
}

test('no page runs two sentences, a heading and its text, or a label and a link together', () => {
  const problems = pages.flatMap((path) => runTogether(readBuilt(path)).map((join) => `${path}: ${join}`));
  expect(problems).toEqual([]);
});

test('no page prints, links to or names an address the site was not given', () => {
  const site = process.env['SITE_URL'];
  const problems: string[] = [];
  for (const path of pages) {
    const html = readBuilt(path);
    if (html.includes('accueil.example')) problems.push(`${path}: names accueil.example`);
    const doc = parse(html);
    const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
    for (const link of doc.querySelectorAll('a[data-print-href]')) {
      const printed = link.getAttribute('data-print-href') ?? '';
      const expected = `${site ? site.replace(/\/$/, '') : ''}${link.getAttribute('href') ?? ''}`;
      if (printed !== expected) problems.push(`${path}: prints ${printed} for ${expected}`);
    }
    if (!site && canonical) problems.push(`${path}: canonical ${canonical} without SITE_URL`);
  }
  expect(problems).toEqual([]);
});

test('links print with the address the site was built for, or as paths when it has none', async ({ page }) => {
  await page.goto('/playbooks/traits/accessible/');
  await page.emulateMedia({ media: 'print' });
  const link = page.locator('main a[href^="/playbooks/"]').first();
  const href = (await link.getAttribute('href')) ?? '';
  const after = await link.evaluate((element) => getComputedStyle(element, '::after').content);
  const site = process.env['SITE_URL']?.replace(/\/$/, '') ?? '';
  expect(after).toBe(`" (${site}${href})"`);
});

test('the theme button says what it does in either theme, after a reload and with a dark system', async ({
  browser,
}) => {
  const light = await browser.newContext({ colorScheme: 'light', serviceWorkers: 'block' });
  const page = await light.newPage();
  await page.goto('/');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const toDark = page.getByRole('button', { name: 'Use dark theme' });
  await expect(toDark).toBeVisible();
  // What a sighted reader sees is the same as what a screen reader says.
  expect((await toDark.innerText()).trim()).toBe('Use dark theme');
  expect(await background()).toBe('rgb(251, 248, 243)');
  await toDark.click();
  const toLight = page.getByRole('button', { name: 'Use light theme' });
  await expect(toLight).toBeVisible();
  expect(await background()).toBe('rgb(28, 25, 22)');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Use light theme' })).toBeVisible();
  expect(await background()).toBe('rgb(28, 25, 22)');
  await light.close();

  const dark = await browser.newContext({ colorScheme: 'dark', serviceWorkers: 'block' });
  const darkPage = await dark.newPage();
  await darkPage.goto('/playbooks/');
  await expect(darkPage.getByRole('button', { name: 'Use light theme' })).toBeVisible();
  await darkPage.getByRole('button', { name: 'Use light theme' }).click();
  await expect(darkPage.getByRole('button', { name: 'Use dark theme' })).toBeVisible();
  await dark.close();
});

test('the phone menu opens by keyboard and lists the navigation', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 700 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto('/playbooks/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Tools' })).toBeHidden();
  const menu = page.locator('.site-header summary');
  await menu.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.site-header details')).toHaveAttribute('open', '');
  await expect(nav.getByRole('link', { name: 'Tools' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Playbooks' })).toHaveAttribute('aria-current', 'page');
  await context.close();
});

test('the home page leads with a "Start here" button, and "Run a workshop" opens the workshop', async ({ page }) => {
  await page.goto('/');
  const start = page.getByRole('main').getByRole('link', { name: 'Start here', exact: true });
  await expect(start).toHaveAttribute('href', '/start-here/');
  await expect(start).toHaveClass(/\bbutton\b/);
  const box = await start.boundingBox();
  expect(box?.height).toBeGreaterThanOrEqual(44);
  // It sits above the entry cards, not inside one of them.
  expect(await start.evaluate((element) => element.closest('.card'))).toBeNull();
  await expect(page.getByRole('link', { name: 'Run a workshop' })).toHaveAttribute('href', '/tools/workshop/');
});

test('the tools index lists every tool and says none is still coming', async ({ page }) => {
  await page.goto('/tools/');
  const main = page.locator('main');
  await expect(main).not.toContainText(/coming|being built|in the meantime|in progress/i);
  for (const href of ['/tools/workshop/', '/tools/cost-of-inaction/', '/tools/journeys/', '/tools/my-data/']) {
    await expect(main.locator(`a[href="${href}"]`)).toHaveCount(1);
  }
});

test('a playbook gives its reading time and, apart, its plays’ run time', () => {
  const playbooks = pages.filter((path) => /^\/playbooks\/[a-z]+\/[a-z0-9-]+\/$/.test(path));
  expect(playbooks.length).toBeGreaterThan(20);
  for (const path of playbooks) {
    const doc = parse(readBuilt(path));
    const meta = doc.querySelector('.playbook .meta')?.text.replace(/\s+/g, ' ').trim() ?? '';
    const runs = doc.querySelectorAll('.play').length;
    expect(meta, path).toMatch(
      new RegExp(
        `^\\d+ min read · ${runs} plays?, \\d+(–\\d+)? min to run · For `.replace(
          'plays?',
          runs === 1 ? 'play' : 'plays',
        ),
      ),
    );
    // The reading time is the page's words at 200 a minute, give or take, not the plays' run time.
    const words = (doc.querySelector('article')?.text ?? '').split(/\s+/).filter((word) => /\w/.test(word)).length;
    const minutes = Number(/^(\d+) min read/.exec(meta)?.[1]);
    expect(minutes, path).toBeGreaterThanOrEqual(Math.floor((words * 0.7) / 200));
    expect(minutes, path).toBeLessThanOrEqual(Math.ceil((words * 1.2) / 200) + 1);
  }
});
