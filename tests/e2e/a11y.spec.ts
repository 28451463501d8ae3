// axe-core on every built page, in the light and the dark theme (WCAG 2.2 AA and best practices).
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type BrowserContext } from '@playwright/test';
import { builtPages } from './built-site';

const pages = builtPages();
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

test('the site has pages to check', () => {
  expect(pages.length).toBeGreaterThan(30);
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    let context: BrowserContext;
    test.beforeAll(async ({ browser }) => {
      context = await browser.newContext({ colorScheme: scheme });
    });
    test.afterAll(async () => {
      await context.close();
    });

    for (const path of pages) {
      test(`${path} has no axe violations`, async () => {
        const page = await context.newPage();
        await page.goto(path);
        const results = await new AxeBuilder({ page }).withTags(tags).analyze();
        await page.close();
        const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(summary).toEqual([]);
      });
    }
  });
}
