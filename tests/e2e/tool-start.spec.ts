// A tool the server drew cannot be used before its code has started: a value typed then would be
// lost when the tool starts (it was, on a slow connection, before the tools' frame made it inert).
// Once started, the same field takes what is typed, and keeps it.
import { expect, test, type Page, type Route } from '@playwright/test';

/** Holds the page's scripts until the returned function is called. */
async function holdScripts(page: Page): Promise<() => Promise<void>> {
  const held: Route[] = [];
  let holding = true;
  await page.route('**/_astro/*.js', (route) => {
    if (holding) held.push(route);
    else void route.continue();
  });
  return async () => {
    holding = false;
    for (const route of held.splice(0)) await route.continue();
  };
}

const tools = [
  { url: '/tools/cost-of-inaction/', field: (page: Page) => page.getByRole('textbox', { name: /^Customers/ }).first() },
  { url: '/tools/my-data/', field: (page: Page) => page.getByLabel('Choose an Accueil backup file') },
];

for (const { url, field } of tools) {
  test(`${url}: nothing can be typed or pressed before the tool has started, and it works after`, async ({ page }) => {
    const release = await holdScripts(page);
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForSelector('footer');
    const control = field(page);
    await expect(control).toBeVisible();
    await expect(page.locator('.tool-frame').first()).toHaveJSProperty('inert', true);
    await control.focus();
    expect(await control.evaluate((element) => element === document.activeElement)).toBe(false);

    await release();
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
    await expect(page.locator('.tool-frame[inert]')).toHaveCount(0);
    await control.focus();
    expect(await control.evaluate((element) => element === document.activeElement)).toBe(true);
  });
}

test('an answer chosen as soon as the tool starts is kept', async ({ page }) => {
  const release = await holdScripts(page);
  await page.goto('/tools/assess/seven-traits/', { waitUntil: 'commit' });
  await page.waitForSelector('footer');
  const option = page.getByRole('radio').nth(2);
  await expect(option).toBeVisible();
  await expect(page.locator('.tool-frame').first()).toHaveJSProperty('inert', true);
  await release();
  await option.check();
  await expect(option).toBeChecked();
  await page.reload();
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await expect(page.getByRole('radio').nth(2)).toBeChecked();
});
