// The site as an organisation deploys it: built under a base path (BASE_PATH=/accueil/, dist-base/)
// and served by nginx with deploy/nginx.conf, the file the Dockerfile copies
// (playwright.deployed.config.ts starts it through scripts/nginx.mjs). Every page and link stays
// under the path, each tool works there, share and join links lead back to it, the site works
// offline after one visit, and the server sends the headers the README's guide promises. The build
// uses another organisation's configuration (tests/fixtures/accueil.config.deployed.json).
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { expect, test, type Page } from '@playwright/test';
import { expectPhoneReady, openTool } from './people';
import { watchViolations } from './policy';

const dist = join(import.meta.dirname, '../..', process.env['DEPLOYED_DIST_DIR'] ?? 'dist-base');

/** The built pages as the paths under the base: `''`, `tools/`, `404.html`… */
function builtPages(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
    );
  return walk(dist)
    .filter((file) => file.endsWith('.html') && !file.includes(`${sep}pagefind${sep}`))
    .map((file) =>
      relative(dist, file)
        .split(sep)
        .join('/')
        .replace(/(^|\/)index\.html$/, '$1'),
    )
    .sort();
}

/** Records every request a page makes that leaves the base path (on this origin) or the origin. */
function watchRequests(page: Page, base: URL): string[] {
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname)) outside.push(request.url());
  });
  return outside;
}

test.describe.configure({ timeout: 120_000 });

test('every page, link, form, script, style and image stays under the base path and exists', async ({
  request,
  baseURL,
}) => {
  const base = new URL(baseURL ?? '');
  expect(base.pathname).not.toBe('/');
  const documents = new Map<string, HTMLElement>();
  const checked = new Map<string, number>();
  const outside: string[] = [];
  const fragments: string[] = [];
  const queue = [base.href];
  while (queue.length > 0) {
    const address = queue.shift() ?? '';
    const response = await request.get(address);
    checked.set(address, response.status());
    if (!response.ok()) continue;
    if (!(response.headers()['content-type'] ?? '').startsWith('text/html')) continue;
    const doc = parse(await response.text());
    documents.set(new URL(address).pathname, doc);
    for (const element of doc.querySelectorAll('a[href], link[href], script[src], img[src], form[action]')) {
      const raw = element.getAttribute('href') ?? element.getAttribute('src') ?? element.getAttribute('action') ?? '';
      if (/^(mailto:|tel:|data:|javascript:)/.test(raw)) continue;
      const url = new URL(raw, address);
      if (url.origin !== base.origin) continue;
      if (!url.pathname.startsWith(base.pathname)) {
        outside.push(`${new URL(address).pathname} → ${raw}`);
        continue;
      }
      const target = `${url.origin}${url.pathname}`;
      if (element.tagName === 'FORM') continue;
      if (!checked.has(target) && !queue.includes(target)) queue.push(target);
      if (url.hash && element.tagName === 'A') fragments.push(`${new URL(address).pathname} ${raw}`);
    }
  }
  expect(outside).toEqual([]);
  expect([...checked].filter(([, status]) => status !== 200)).toEqual([]);
  // Fragments: each points at an element of its page.
  const missing = fragments.filter((entry) => {
    const [from = '', raw = ''] = entry.split(' ');
    const url = new URL(raw, `${base.origin}${from}`);
    const target = documents.get(url.pathname);
    return !target?.getElementById(decodeURIComponent(url.hash.slice(1)));
  });
  expect(missing).toEqual([]);
  // Every page the build wrote is served under the base (404.html included), and the crawl reached
  // every page but the two shown in place of another (not found, offline).
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(50);
  const unreached = pages.filter((path) => !documents.has(`${base.pathname}${path}`));
  expect(unreached.filter((path) => !['404.html', 'offline/'].includes(path))).toEqual([]);
  for (const path of pages) {
    expect((await request.get(path)).status(), path).toBe(200);
  }
});

test('a build without SITE_URL names no placeholder domain in any file', () => {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
    );
  const files = walk(dist);
  expect(files.length).toBeGreaterThan(100);
  expect(files.filter((file) => /example\.org|accueil\.example/.test(readFileSync(file, 'latin1')))).toEqual([]);
  expect(readdirSync(dist).filter((name) => name.startsWith('sitemap'))).toEqual([]);
});

test('the server sends the guide’s headers: caching, compression and the Content-Security-Policy', async ({
  request,
}) => {
  const home = await request.get('');
  const headers = home.headers();
  expect(headers['cache-control']).toBe('no-cache');
  expect(headers['content-encoding']).toBe('gzip');
  expect(headers['x-content-type-options']).toBe('nosniff');
  // The header carries the page's own policy (plus the hashes of inline code before the <meta> tag,
  // which a header covers and the tag does not) and frame-ancestors, which a <meta> tag cannot carry.
  const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(await home.text())?.[1] ?? '';
  const directives = (policy: string) =>
    new Map(
      policy
        .split(';')
        .map((part) => part.trim().split(/\s+/))
        .filter((words) => words[0])
        .map(([name = '', ...sources]) => [name, sources]),
    );
  const header = directives(headers['content-security-policy'] ?? '');
  expect(meta).not.toBe('');
  for (const [name, sources] of directives(meta))
    expect(header.get(name), name).toEqual(expect.arrayContaining(sources));
  expect(header.get('frame-ancestors')).toEqual(["'none'"]);
  expect(header.get('script-src')?.join(' ')).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);

  const asset = /(?:src|href)="([^"]*\/_astro\/[^"]+\.(?:js|css))"/.exec(
    await (await request.get('tools/')).text(),
  )?.[1];
  expect(asset).toBeTruthy();
  const hashed = await request.get(asset ?? '');
  expect(hashed.status()).toBe(200);
  expect(hashed.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(hashed.headers()['content-encoding']).toBe('gzip');

  const worker = await request.get('sw.js');
  expect(worker.status()).toBe(200);
  expect(worker.headers()['cache-control']).toBe('no-cache');
  expect(worker.headers()['content-type']).toContain('javascript');

  const manifest = await request.get('manifest.webmanifest');
  expect(manifest.headers()['content-type']).toContain('application/manifest+json');
  const {
    start_url: start,
    scope,
    icons,
  } = (await manifest.json()) as {
    start_url: string;
    scope: string;
    icons: { src: string }[];
  };
  const base = new URL(home.url()).pathname;
  expect([start, scope]).toEqual([base, base]);
  for (const icon of icons) {
    expect(icon.src.startsWith(base)).toBe(true);
    expect((await request.get(new URL(icon.src, home.url()).href)).status()).toBe(200);
  }

  const missing = await request.get('no-such-page/');
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain('We could not find that page');
  // The file the server includes for the header is not served.
  expect((await request.get('csp-header.conf')).status()).toBe(404);
});

test('pages and search work under the base path, with nothing fetched outside it', async ({ page, baseURL }) => {
  const base = new URL(baseURL ?? '');
  const outside = watchRequests(page, base);
  const violations = await watchViolations(page);
  await page.goto('');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The stylesheet applied (a page without it has the browser's default serif body text).
  expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).not.toBe('Times New Roman');
  await page.getByRole('navigation', { name: 'Main' }).first().getByRole('link', { name: 'Tools' }).click();
  await expect(page).toHaveURL(`${base.href}tools/`);
  await expect(
    page.getByRole('navigation', { name: 'Main' }).first().getByRole('link', { name: 'Tools' }),
  ).toHaveAttribute('aria-current', 'page');

  await page.goto('search/?q=umbrella');
  const first = page.getByRole('list', { name: 'Search results' }).first().getByRole('link').first();
  await expect(first).toHaveAttribute('href', new RegExp(`^${base.pathname}playbooks/`));
  await first.click();
  await expect(page).toHaveURL(new RegExp(`^${base.href}playbooks/`));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  await page.goto('no-such-page/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
  await page.getByRole('link', { name: 'The home page' }).click();
  await expect(page).toHaveURL(base.href);
  expect(outside).toEqual([]);
  expect(await violations()).toEqual([]);
});

test('each tool works under the base path, and its share and join links lead back to it', async ({
  browser,
  baseURL,
}) => {
  const base = new URL(baseURL ?? '');
  const context = await browser.newContext();
  const page = await context.newPage();
  const outside = watchRequests(page, base);

  // Calculator: a figure changed is in the link, and the link opened elsewhere shows it.
  await openTool(page, 'tools/cost-of-inaction/');
  await expect(page).toHaveURL(/#v=\d+&/);
  await page.getByLabel('Customers', { exact: true }).fill('777');
  await expect(page).toHaveURL(/&c=777&/);
  const calculatorLink = page.url();
  expect(calculatorLink.startsWith(`${base.href}tools/cost-of-inaction/#`)).toBe(true);
  const sourceLink = page.locator('a[href*="/sources/#"]').first();
  await expect(sourceLink).toHaveAttribute('href', new RegExp(`^${base.pathname}sources/#`));

  // Self-assessment: an answer is kept, and the results' links point under the base.
  await openTool(page, 'tools/assess/heart/');
  const firstGroup = page.getByRole('main').locator('fieldset.item-question').first();
  await firstGroup.getByRole('radio').first().check();
  await expect(firstGroup.getByRole('radio', { checked: true })).toHaveCount(1);

  // Worksheets: a template opens.
  await openTool(page, 'tools/journeys/');
  await page.getByRole('button', { name: 'Start from “Hotel stay”' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Hotel stay' })).toBeVisible();

  // My data: lists what the tools above kept.
  await openTool(page, 'tools/my-data/');
  await expect(page.getByRole('button', { name: 'Export everything' })).toBeVisible();

  // Workshop: the join link and its QR code lead to the participant's screen under the base.
  await openTool(page, 'tools/workshop/');
  const main = page.getByRole('main');
  await main.getByRole('textbox', { name: 'Session name' }).fill('Deployed');
  await main.getByRole('textbox', { name: 'Session name' }).press('Enter');
  await expect(main.getByRole('img', { name: 'QR code of the join link' })).toBeVisible();
  const joinLink = await main.getByRole('textbox', { name: 'Join link' }).inputValue();
  expect(joinLink).toMatch(new RegExp(`^${base.href}tools/workshop/#a=[a-z-]+&join=[A-Za-z0-9_-]{6}$`));
  expect(outside).toEqual([]);

  // Someone else opens both links.
  const other = await browser.newContext();
  const reader = await other.newPage();
  const readerOutside = watchRequests(reader, base);
  await openTool(reader, calculatorLink);
  await expect(reader.getByLabel('Customers', { exact: true })).toHaveValue('777');
  await openTool(reader, joinLink);
  await expect(reader.getByRole('main').getByRole('heading', { name: /Join the workshop/ })).toBeVisible();
  await expect(reader.getByRole('main').getByRole('button', { name: 'Start answering' })).toBeVisible();
  expect(readerOutside).toEqual([]);
  await other.close();
  await context.close();
});

test('after one visit the site works offline under the base path', async ({ browser, baseURL }) => {
  const base = new URL(baseURL ?? '');
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const page = await context.newPage();
  await page.goto('');
  const scope = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => {
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true });
      });
    }
    return registration.scope;
  });
  expect(scope).toBe(base.href);
  await page.goto('playbooks/heart/honesty/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Honesty');

  await context.setOffline(true);
  await page.goto('');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto('playbooks/heart/honesty/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Honesty');
  await openTool(page, 'tools/cost-of-inaction/');
  await page.getByLabel('Customers', { exact: true }).fill('4321');
  await expect(page).toHaveURL(/&c=4321&/);
  // A page never read: the offline page, from the base path.
  await page.goto('playbooks/traits/accessible/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page is not on this device yet');
  await expect(page.getByRole('link', { name: 'The home page' })).toHaveAttribute('href', base.pathname);
  await context.close();
});

test('the organisation’s configuration: its name and logo beside Accueil’s, its report address, its tools and families', async ({
  page,
}) => {
  await page.goto('');
  const org = page.getByRole('banner').getByRole('link', { name: 'Northwind Service Desk' });
  await expect(org).toHaveAttribute('href', 'https://intranet.northwind.test/service/');
  const logo = org.locator('img');
  await expect(logo).toBeVisible();
  expect(await logo.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);
  await expectPhoneReady(page, 'home page with an organisation');

  await page.goto('playbooks/heart/honesty/');
  const report = page.getByRole('link', { name: /report a problem/i });
  await expect(page.getByText('(opens a pre-filled e-mail; nothing is sent unless you send it)')).toBeVisible();
  await expect(report).toHaveAttribute(
    'href',
    /^mailto:cx-team@northwind\.test\?subject=Problem%20on%20%22Honesty%22&body=/,
  );

  await page.goto('tools/');
  const tools = page.getByRole('main').getByRole('list').first();
  await expect(tools.getByRole('link', { name: 'HEART self-assessment' })).toBeVisible();
  await expect(page.getByRole('main').getByText('Service model self-assessment')).toHaveCount(0);

  // A hidden family is left out of the lists; its pages are still there for links in the guidance.
  await page.goto('');
  const ideas = page.getByRole('region', { name: 'The ideas' });
  await expect(ideas.getByRole('link', { name: 'HEART values' })).toBeVisible();
  await expect(ideas.getByRole('link', { name: /myths/i })).toHaveCount(0);
  await page.goto('playbooks/');
  await expect(page.getByRole('main').getByRole('link', { name: 'Honesty' })).toBeVisible();
  await expect(page.getByRole('main').locator('a[href$="/playbooks/myths/roi/"]')).toHaveCount(0);
  await page.goto('playbooks/myths/roi/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
