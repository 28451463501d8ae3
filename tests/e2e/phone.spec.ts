// Every built page on a phone (WCAG 2.2 1.4.10 Reflow): at 320 and 390 CSS px nothing scrolls
// sideways or is cut off, every control is a 24 px target, ids are unique and every control is
// labelled; and the site's header leaves the screen to the content.
import { expect, test, type BrowserContext } from '@playwright/test';
import { builtPages } from './built-site';
import { expectPhoneReady, phoneWidths } from './people';

const pages = builtPages();

// Each page's check stands alone, so the pages are shared out between the workers.
test.describe.configure({ mode: 'parallel' });

let context: BrowserContext;
test.beforeAll(async ({ browser }) => {
  context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 390, height: 800 } });
});
test.afterAll(async () => {
  await context.close();
});

test('the site has pages to check', () => {
  expect(pages.length).toBeGreaterThan(30);
});

for (const path of pages) {
  test(`${path} fits a phone at ${phoneWidths.join(' and ')} px`, async () => {
    const page = await context.newPage();
    try {
      await page.goto(path);
      // Islands render their first state before the checks look at them.
      await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
      await expectPhoneReady(page, path);
    } finally {
      await page.close();
    }
  });
}

test('the header takes one row on a phone, and its search, theme and navigation are reachable', async () => {
  const page = await context.newPage();
  try {
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
  } finally {
    await page.close();
  }
});
