// What a facilitator and a careful reader see on a playbook: a play's facilitator, "done when",
// artefact, remote variant and care note; each measure's source, frequency, denominator and owner;
// and the page's review date, change notes and a "report a problem" link that sends nothing itself.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { expectPhoneReady } from './people';

const playbook = '/playbooks/traits/accessible/';

test('a play says who runs it, when it is done, what it leaves, how to run it remotely and what to take care of', async ({
  page,
}) => {
  await page.goto(playbook);
  const play = page.locator('#play-leaders-on-the-line');
  await expect(play.getByText('Who runs it:')).toBeVisible();
  for (const term of ['Done when', 'What it leaves behind', 'Running it remotely', 'Take care']) {
    await expect(play.getByRole('term').filter({ hasText: term })).toBeVisible();
  }
  await expect(
    play.getByText('Customers on live contacts have not agreed to be studied', { exact: false }),
  ).toBeVisible();
  // A play that involves nobody's data has no empty care note.
  await expect(page.locator('#play-find-the-door').getByRole('term').filter({ hasText: 'Take care' })).toHaveCount(0);
});

test('every measure shows the actual beside the average, with its source, frequency, denominator and owner', async ({
  page,
}) => {
  await page.goto(playbook);
  const measures = page.locator('#measures').locator('..').locator('.measure');
  await expect(measures).toHaveCount(2);
  for (const measure of await measures.all()) {
    await expect(measure.getByText(/^Show it beside:/)).toBeVisible();
    for (const term of ['Out of', 'Where the number comes from', 'How often', 'Who counts it']) {
      const dd = measure.locator('dt', { hasText: term }).locator('+ dd');
      await expect(dd).not.toBeEmpty();
    }
  }
  await expect(page.getByText('instead of an average', { exact: false })).toHaveCount(0);
});

test('the page says when it was last reviewed and edited, lists its changes and offers a report link that sends nothing', async ({
  page,
}) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(playbook);
  const history = page.getByRole('region', { name: 'About this page' });
  await expect(history.getByText(/Last reviewed against its sources on\s+\d{4}-\d{2}-\d{2}/)).toBeVisible();
  await expect(history.getByText(/Last edited on\s+\d{4}-\d{2}-\d{2}/)).toBeVisible();
  await expect(history.getByRole('listitem').first()).toContainText(/^\s*\d{4}-\d{2}-\d{2}: \S/);
  const report = history.getByRole('link', { name: 'Report a problem with this page' });
  const href = await report.getAttribute('href');
  expect(href).toBeTruthy();
  const url = new URL(href ?? '');
  expect(['https:', 'mailto:']).toContain(url.protocol);
  expect(url.searchParams.get('body') ?? '').toContain(playbook);
  // Nothing leaves the page until the reader follows the link: no request to another origin.
  const origin = new URL(page.url()).origin;
  expect(requests.filter((request) => !request.startsWith(origin))).toEqual([]);
  await expect(page.locator('.meta').getByText(/Last reviewed/)).toBeVisible();
});

test('the new fields fit a phone and pass axe', async ({ page }) => {
  await page.goto(playbook);
  await expectPhoneReady(page);
  await expectNoAxeViolations(page);
});
