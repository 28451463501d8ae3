// The site shell: metadata, theme, skip link, 404, print-friendly links.
import { expect, test } from '@playwright/test';
import { parse } from 'node-html-parser';
import { builtPages, readBuilt } from './built-site';
import { expectPhoneReady, phoneWidths } from './people';

const pages = builtPages().filter((path) => path !== '/404.html');
/** The public address the site was built for, if any (SITE_URL); without one there is no canonical URL. */
const site = process.env['SITE_URL']?.replace(/\/$/, '');

test('every page has a unique title and description, a canonical URL when built for an address, Open Graph tags and lang', () => {
  const titles = new Map<string, string>();
  const descriptions = new Map<string, string>();
  const problems: string[] = [];
  for (const path of pages) {
    const doc = parse(readBuilt(path));
    const title = doc.querySelector('title')?.text ?? '';
    const description = doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
    if (!title) problems.push(`${path}: no title`);
    if (description.length < 50) problems.push(`${path}: description too short`);
    if (titles.has(title)) problems.push(`${path}: title also used by ${titles.get(title) ?? ''}`);
    if (descriptions.has(description))
      problems.push(`${path}: description also used by ${descriptions.get(description) ?? ''}`);
    titles.set(title, path);
    descriptions.set(description, path);
    const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
    if (canonical !== (site ? `${site}${path}` : '')) problems.push(`${path}: canonical is "${canonical}"`);
    for (const property of ['og:title', 'og:description', 'og:type', ...(site ? ['og:url'] : [])]) {
      if (!doc.querySelector(`meta[property="${property}"]`)) problems.push(`${path}: no ${property}`);
    }
    if (!doc.querySelector('html')?.getAttribute('lang')) problems.push(`${path}: no lang`);
  }
  expect(problems).toEqual([]);
});

test('the sitemap lists the pages when the site is built for an address, and is absent otherwise', async ({
  request,
}) => {
  const index = await request.get('/sitemap-index.xml');
  expect(index.ok()).toBe(Boolean(site));
  if (!site) return;
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  expect(sitemap).toContain('/playbooks/traits/accessible/');
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/playbooks/traits/accessible/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('the theme follows the system, and a chosen theme persists without a flash', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('/');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(await background()).toBe('rgb(28, 25, 22)');
  // The button shows one icon: the theme it switches to.
  const icons = (name: string) => page.getByRole('button', { name }).locator('svg:visible');
  await expect(icons('Use light theme')).toHaveCount(1);
  await expect(icons('Use light theme')).toHaveClass('sun');
  await page.getByRole('button', { name: 'Use light theme' }).click();
  await expect(page.getByRole('button', { name: 'Use dark theme' })).toBeVisible();
  await expect(icons('Use dark theme')).toHaveCount(1);
  await expect(icons('Use dark theme')).toHaveClass('moon');
  expect(await background()).toBe('rgb(251, 248, 243)');
  // The stored choice is applied by an inline script in <head>, before the body is painted.
  await page.route('**/*', (route) => route.continue());
  await page.goto('/playbooks/', { waitUntil: 'commit' });
  await page.waitForSelector('body');
  expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('light');
  await context.close();
});

test('an unknown address gets a helpful 404 page', async ({ page }) => {
  const response = await page.goto('/no/such/page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
  await expect(page.getByRole('searchbox')).toBeVisible();
});

test('links print with their address', async ({ page }) => {
  await page.goto('/playbooks/traits/accessible/');
  await page.emulateMedia({ media: 'print' });
  const link = page.locator('main a[href^="/playbooks/"]').first();
  const after = await link.evaluate((element) => getComputedStyle(element, '::after').content);
  expect(after).toContain(`${site ?? ''}${(await link.getAttribute('href')) ?? ''}`);
  await expect(page.locator('.site-header')).toBeHidden();
});

test('the header takes one row on a phone, and its search, theme and navigation are reachable', async ({ page }) => {
  await page.goto('/playbooks/traits/accessible/');
  for (const width of phoneWidths) {
    await page.setViewportSize({ width, height: 800 });
    const header = await page.locator('.site-header').boundingBox();
    expect(header?.height, `header at ${width} px`).toBeLessThanOrEqual(72);
    await expect(page.getByRole('button', { name: /search/i }).first()).toBeVisible();
    await expect(page.getByRole('button', { name: /theme/i })).toBeVisible();
  }
  // The open menu fits too, and its links are full-size targets.
  await page.locator('.site-header summary').click();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sources' })).toBeVisible();
  await expectPhoneReady(page, 'the open menu');
});
