// The install flow: where the site explains installing (the "Reading offline" part of Your data on
// this device), an install button while the browser offers one, and once installed, the way to keep
// the whole guide, offered and never started: with Save-Data on, nothing big is downloaded.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { distDir } from './built-site';
import { cachedPaths } from './offline-helpers';
import { expectPhoneReady } from './people';

test.use({ serviceWorkers: 'allow' });

const guide = JSON.parse(readFileSync(join(distDir, 'offline-guide.json'), 'utf8')) as { files: string[] };

test('installing the app leads to keeping the whole guide, which is offered and not downloaded (Save-Data on)', async ({
  browser,
}) => {
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  await context.addInitScript(() => {
    Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true });
  });
  const page = await context.newPage();
  await page.goto('/tools/my-data/');
  const section = page.getByRole('region', { name: 'Reading offline' });
  await expect(section.getByRole('heading', { name: 'Install and use offline' })).toBeVisible();
  const keep = section.getByRole('button', { name: /^Keep the whole guide on this device/ });
  await expect(keep).toBeVisible();
  const install = section.getByRole('button', { name: 'Install Accueil as an app' });
  await expect(install).toBeHidden();

  // The browser's offer to install, played here: Chromium never makes it in a test's private window.
  await page.evaluate(() => {
    const offer = new Event('beforeinstallprompt', { cancelable: true });
    Object.assign(offer, {
      prompt: () => {
        Object.assign(window, { accueilPrompted: true });
        return Promise.resolve({ outcome: 'accepted' });
      },
    });
    dispatchEvent(offer);
  });
  await expect(install).toBeVisible();
  await expectPhoneReady(page);
  await install.click();
  expect(await page.evaluate(() => 'accueilPrompted' in window)).toBe(true);
  await expect(install).toBeHidden();

  await page.evaluate(() => dispatchEvent(new Event('appinstalled')));
  await expect(section.getByRole('status')).toContainText(
    'Accueil is installed. To read every page and search everything offline too, keep the whole guide',
  );
  await expect(keep).toBeFocused();
  await expectNoAxeViolations(page);
  // Nothing of the guide was downloaded: that stays the reader's choice.
  const kept = Object.values(await cachedPaths(page)).flat();
  expect(kept.filter((path) => guide.files.includes(path))).toEqual([]);
  await context.close();
});
