// A strict Content-Security-Policy on every page, with no violation reported anywhere.
import { expect, test, type Page } from '@playwright/test';
import { builtPages } from './built-site';

const pages = builtPages();
/** These tests visit every page in turn, so their time limit grows with the site. */
const perPage = 5_000;

/** Collects CSP violations the page reports, from the moment it starts loading. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
    });
  });
  const refused: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  return async () => [...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)), ...refused];
}

test('every page carries a strict policy, reports no violation, requests nothing from another origin and sets no cookie', async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(pages.length * perPage);
  const violations = await watchViolations(page);
  const origin = new URL(baseURL ?? '').origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin)
      foreign.push(`${page.url()} → ${url.href}`);
  });
  const problems: string[] = [];
  for (const path of pages) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const policy = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
    if (!policy.includes("default-src 'self'")) problems.push(`${path}: no default-src 'self'`);
    const scriptSrc = /script-src ([^;]*)/.exec(policy)?.[1] ?? '';
    if (!scriptSrc || scriptSrc.includes("'unsafe-inline'") || /'unsafe-eval'/.test(scriptSrc)) {
      problems.push(`${path}: weak script-src "${scriptSrc}"`);
    }
    for (const violation of await violations()) problems.push(`${path}: ${violation}`);
  }
  expect(problems).toEqual([]);
  expect(foreign).toEqual([]);
  expect(await context.cookies()).toEqual([]);
});

test('search works under the policy', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('/search/?q=umbrella');
  await expect(page.getByRole('list', { name: 'Search results' }).first().getByRole('link').first()).toBeVisible();
  expect(await violations()).toEqual([]);
});

test('the violation watcher catches an inline script the policy blocks', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('/');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__ran = true';
    document.body.append(script);
  });
  await expect.poll(violations).toContainEqual(expect.stringContaining('script-src'));
  expect(await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBeUndefined();
});
