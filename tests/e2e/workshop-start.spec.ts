// Issue 15, workshop: the facilitator's first screen (the session list and the form to start one)
// loads without the code that reads share codes; that code is fetched with an open session, or when a
// reply link or a team result file asks for it. When it cannot be fetched (the Wi-Fi dropped), the
// facilitator is told so in the one notice every tool uses, nothing is lost, and after a reload the
// reply link or the file works.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import type { Answers } from '../../src/core/assessment/answers';
import { encodeShareCode } from '../../src/core/assessment/share-code';
import type { SessionId } from '../../src/core/assessment/session-id';
import { exportTeamResult } from '../../src/core/assessment/workshop-file';
import { createWorkshopSession } from '../../src/core/assessment/workshop-session';
import type { Assessment } from '../../src/schemas/assessment';
import { expectPhoneReady, openTool } from './people';

const url = '/tools/workshop/';
const chain = parse(
  readFileSync(join(import.meta.dirname, '../../content/assessments/chain.yaml'), 'utf8'),
) as Assessment;
// The chunk of the session's actions (src/stores/workshop-codes.ts), which reads share codes.
const codeReader = '**/_astro/workshop-codes.*.js';

/** A code for one made-up person who rated every statement of the chain 4. */
function madeUpCode(sessionId: string, alias: string): string {
  const answers: Answers = Object.fromEntries(
    chain.dimensions.flatMap((dimension) => dimension.items.map((item) => [item.id, 4 as const])),
  );
  return encodeShareCode(chain, {
    sessionId: sessionId as SessionId,
    answers,
    alias,
    participantId: 'Maker1',
    revision: 1,
  });
}

/** Starts a session on the chain, goes back to the list (no session open) and returns its join link. */
async function startAndLeaveSession(page: Page, name: string): Promise<string> {
  await openTool(page, url);
  const main = page.getByRole('main');
  await main.getByRole('radio', { name: /The engagement chain/ }).check();
  await main.getByRole('textbox', { name: 'Session name' }).fill(name);
  await main.getByRole('button', { name: 'Start the session' }).click();
  const link = await main.getByRole('textbox', { name: 'Join link' }).inputValue();
  await main.getByRole('button', { name: 'Start a new session' }).click();
  await expect(main.getByRole('heading', { name: 'Start a workshop session' })).toBeVisible();
  return link;
}

test('a reply link whose code reader cannot be fetched says so, keeps the link, and adds the code after a reload', async ({
  context,
}) => {
  const link = await startAndLeaveSession(await context.newPage(), 'Dropped Wi-Fi');
  const sessionId = new URLSearchParams(new URL(link).hash.slice(1)).get('join') ?? '';
  const reply = `${link}&code=${madeUpCode(sessionId, 'Owl')}`;

  // The link is opened in another tab of the same browser, which has not loaded the session's code.
  const page = await context.newPage();
  await page.route(codeReader, (route) => route.abort());
  await page.goto(reply);
  const main = page.getByRole('main');
  const notice = main
    .getByRole('alert')
    .filter({ hasText: 'The part of the workshop that reads reply links could not be loaded' });
  await expect(notice).toContainText('Nothing you typed is lost.');
  await expect(notice.getByRole('button', { name: 'Reload the page' })).toBeVisible();
  // The session list and the form still work, and the reply link stays in the address for the reload.
  await expect(main.getByRole('heading', { name: 'Start a workshop session' })).toBeVisible();
  await expect(main.getByRole('button', { name: 'Open Dropped Wi-Fi' })).toBeVisible();
  expect(page.url()).toContain('code=');
  await expectPhoneReady(page, 'workshop: reply link reader not loaded');

  await page.unroute(codeReader);
  await notice.getByRole('button', { name: 'Reload the page' }).click();
  await expect(main.locator('.workshop-status')).toContainText('From the reply link, for session “Dropped Wi-Fi”');
  await expect(main.locator('.workshop-status')).toContainText('Added Owl.');
  await expect(main.getByRole('alert').filter({ hasText: 'could not be loaded' })).toHaveCount(0);
});

test('a team result file whose reader cannot be fetched says so, and imports when chosen again', async ({ page }) => {
  const session = createWorkshopSession({
    assessment: chain,
    name: 'From another laptop',
    id: 'Impt01' as SessionId,
    date: '2026-12-01',
  });
  const withCode = { ...session, codes: [madeUpCode(session.id, 'Fox')] };
  const file = { name: 'team.json', mimeType: 'application/json', buffer: Buffer.from(exportTeamResult(withCode)) };

  await openTool(page, url);
  const main = page.getByRole('main');
  await page.route(codeReader, (route) => route.abort());
  await main.getByLabel('Import a team result file').setInputFiles(file);
  const notice = main.getByRole('alert').filter({ hasText: 'The team result import could not be loaded' });
  await expect(notice).toContainText('Nothing you typed is lost.');
  await expect(notice.getByRole('button', { name: 'Reload the page' })).toBeVisible();
  await expectPhoneReady(page, 'workshop: team file reader not loaded');

  // Once the connection is back, choosing the file again imports it.
  await page.unroute(codeReader);
  await main.getByLabel('Import a team result file').setInputFiles(file);
  await expect(main.locator('.workshop-status')).toContainText('Imported the session “From another laptop”.');
  await expect(notice).toHaveCount(0);
  await expect(main.getByRole('heading', { name: 'From another laptop' })).toBeVisible();
});
