// Playbooks print as clean handouts on A4 and Letter.
import { expect, test } from '@playwright/test';
import { builtPages } from './built-site';

const playbooks = builtPages().filter((path) => /^\/playbooks\/[a-z]+\/[a-z0-9-]+\/$/.test(path));

for (const format of ['A4', 'Letter'] as const) {
  test(`a playbook renders to a ${format} PDF`, async ({ page }) => {
    await page.goto('/playbooks/traits/accessible/');
    const pdf = await page.pdf({ format, printBackground: false });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(2);
    // Every play now says who runs it, when it is done, what it leaves and how to run it remotely.
    expect(pages.length).toBeLessThanOrEqual(12);
  });
}

test('in print, navigation is hidden, plays stay together and links show where they go', async ({ page }) => {
  for (const path of playbooks) {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.site-footer')).toBeHidden();
    await expect(page.locator('.toc')).toBeHidden();
    const plays = await page
      .locator('.play')
      .evaluateAll((elements) => elements.map((element) => getComputedStyle(element).breakInside));
    expect(plays.length).toBeGreaterThan(0);
    expect(new Set(plays)).toEqual(new Set(['avoid']));
    const related = page.locator('#related ~ ul a, section:has(#related) a').first();
    const after = await related.evaluate((element) => getComputedStyle(element, '::after').content);
    // The address the site was built for (SITE_URL), or the site-relative path without one.
    expect(after).toContain(
      `${process.env['SITE_URL']?.replace(/\/$/, '') ?? ''}${(await related.getAttribute('href')) ?? ''}`,
    );
  }
});
