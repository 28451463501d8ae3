// Every built page, opened once: axe-core in the light and the dark theme (WCAG 2.2 AA and best
// practices); a phone at 320 and 390 CSS px (WCAG 2.2 1.4.10 Reflow: nothing scrolls sideways or is
// cut off, every control is a 24 px target, ids are unique and every control is labelled); and a
// strict Content-Security-Policy that reports no violation, with nothing requested from another
// origin and no cookie set.
import { expect, test, type BrowserContext } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { builtPages } from './built-site';
import { expectPhoneReady } from './people';
import { watchViolations } from './policy';

const pages = builtPages();

test('the site has pages to check', () => {
  expect(pages.length).toBeGreaterThan(30);
});

// Each page's check stands alone, so the pages are shared out between the workers.
test.describe.configure({ mode: 'parallel' });

let context: BrowserContext;
test.beforeAll(async ({ browser }) => {
  context = await browser.newContext({ colorScheme: 'light', serviceWorkers: 'block' });
});
test.afterAll(async () => {
  await context.close();
});

for (const path of pages) {
  test(`${path}: axe in both themes, a phone, the policy`, async ({ baseURL }) => {
    const page = await context.newPage();
    const origin = new URL(baseURL ?? '').origin;
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) foreign.push(url.href);
    });
    const violations = await watchViolations(page);
    try {
      await page.goto(path);
      // Islands render their first state before the checks look at them. Those that start when seen
      // (a play's "We will run this") start as a reader scrolls past them; then back to the top.
      await page.evaluate(async () => {
        for (const island of document.querySelectorAll('astro-island[client="visible"]')) {
          island.firstElementChild?.scrollIntoView();
          await new Promise((next) => requestAnimationFrame(() => requestAnimationFrame(next)));
        }
      });
      await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
      await page.evaluate(() => {
        window.scrollTo(0, 0);
      });

      // The full rule set in the light theme; then the rules whose outcome depends on colour in the
      // dark theme (every other rule checks structure, names and roles, which a theme does not change).
      await expectNoAxeViolations(page, `${path}, light theme`);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(28, 25, 22)');
      await expectNoAxeViolations(page, `${path}, dark theme`, true);
      await page.emulateMedia({ colorScheme: 'light' });

      await expectPhoneReady(page, path);

      const policy = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
      expect(policy, 'a policy whose default is this site').toContain("default-src 'self'");
      const scriptSrc = /script-src ([^;]*)/.exec(policy)?.[1] ?? '';
      expect(scriptSrc, 'script-src allows neither inline code nor eval').toMatch(/\S/);
      expect(scriptSrc).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
      expect(await violations(), 'policy violations').toEqual([]);
      expect(foreign, 'requests to another origin').toEqual([]);
      expect(await context.cookies(), 'cookies').toEqual([]);
    } finally {
      await page.close();
    }
  });
}
