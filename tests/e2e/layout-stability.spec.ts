// Nothing jumps while a tool page opens on a phone: the page's own layout shifts (the ones Chrome
// reports, not caused by the reader) add up to almost nothing once every tool has drawn itself.
import { expect, test } from '@playwright/test';
import { pageTypes } from '../../scripts/lib/budgets.mjs';

test.use({ viewport: { width: 412, height: 823 } });

for (const { type, path } of pageTypes.filter((page) => page.path.startsWith('/tools/'))) {
  test(`the ${type} page (${path}) opens without layout shifts`, async ({ page }) => {
    await page.addInitScript(() => {
      const shifts: number[] = [];
      Object.assign(window, { accueilShifts: shifts });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
          if (!entry.hadRecentInput) shifts.push(entry.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(path);
    // Every island hydrated, and the tools that read this device first have drawn their view.
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
    await expect(page.locator('.workshop-loading, .journeys-loading')).toHaveCount(0);
    await page.evaluate(
      () =>
        new Promise((resolve) => {
          requestAnimationFrame(() => requestAnimationFrame(resolve));
        }),
    );
    const shifts = await page.evaluate(() => (window as unknown as { accueilShifts: number[] }).accueilShifts);
    // Lighthouse calls 0.1 good; a page that jumps on every visit reaches it, so 0.01 is the bar.
    expect(shifts.reduce((sum, value) => sum + value, 0)).toBeLessThan(0.01);
  });
}
