// axe-core on every built page in the light and the dark theme (WCAG 2.2 AA and best practices).
// Each page loads once: the full rule set runs in the light theme, then the page switches to dark
// and the rules whose outcome depends on colour run again. Every other axe rule checks structure,
// names and roles, which the theme does not change.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type BrowserContext } from '@playwright/test';
import { builtPages } from './built-site';

const pages = builtPages();
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const colourRules = ['color-contrast', 'link-in-text-block'];

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

const summarise = (violations: { id: string; nodes: { target: unknown[] }[] }[]) =>
  violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

for (const path of pages) {
  test(`${path} has no axe violations in either theme`, async () => {
    const page = await context.newPage();
    await page.goto(path);
    const light = await new AxeBuilder({ page }).withTags(tags).analyze();
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(28, 25, 22)');
    const dark = await new AxeBuilder({ page }).withRules(colourRules).analyze();
    await page.close();
    expect({ light: summarise(light.violations), dark: summarise(dark.violations) }).toEqual({ light: [], dark: [] });
  });
}
