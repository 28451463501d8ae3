// Issue 19, the roll-up across teams: a leader adds team summary files (one downloaded from a real
// workshop on this page, two written by the same exporter) and sees each team's agreed rating and
// spread per dimension, as Team A, B, C unless names are asked for; two teams are refused, and so
// are hostile or malformed files, each with its own sentence.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { encodeShareCode } from '../../src/core/assessment/share-code';
import type { SessionId } from '../../src/core/assessment/session-id';
import { summariseTeam } from '../../src/core/assessment/team-summary';
import { exportTeamSummary } from '../../src/core/assessment/team-rollup';
import { setAgreedRating, startWorkshopRecord } from '../../src/core/assessment/workshop-record';
import type { Assessment } from '../../src/schemas/assessment';
import type { Answers } from '../../src/core/assessment/answers';
import { expectNoAxeViolations } from './axe';
import { expectNoBrokenValues, expectPhoneReady, openTool } from './people';
import { scrollToAfterRoom } from './after-helpers';

const url = '/tools/workshop/';
const chain = parse(readFileSync('content/assessments/chain.yaml', 'utf8')) as Assessment;

const answersOf = (rating: number): Answers =>
  Object.fromEntries(
    chain.dimensions.flatMap((d) => d.items.map((item) => [item.id, item.reverse ? 6 - rating : rating])),
  ) as Answers;

/** A summary file as another team's facilitator would download it. */
function summaryFile(team: string, ratings: number[], agreed: 1 | 2 | 3 | 4 | 5) {
  const summary = summariseTeam(
    chain,
    ratings.map((rating) => ({ answers: answersOf(rating) })),
  );
  const record = startWorkshopRecord({
    assessment: chain,
    sessionName: `${team} check`,
    date: '2026-11-20',
    summary,
    team,
  });
  const buffer = Buffer.from(exportTeamSummary(setAgreedRating(record, 'leadership-engagement', agreed)));
  return { name: `${team.replace(/\W+/g, '-')}.json`, mimeType: 'application/json', buffer };
}

/** Runs a workshop for a team on this page and downloads its team summary. */
async function downloadRealSummary(page: Page) {
  const main = page.getByRole('main');
  await main.getByRole('radio', { name: /The engagement chain/ }).check();
  await main.getByRole('textbox', { name: 'Session name' }).fill('Support, November');
  await main.getByRole('combobox', { name: 'Team (optional)' }).fill('Support desk');
  await main.getByRole('button', { name: 'Start the session' }).click();
  const link = await main.getByRole('textbox', { name: 'Join link' }).inputValue();
  const sessionId = new URLSearchParams(new URL(link).hash.slice(1)).get('join') as SessionId;
  const codes = [2, 2, 3].map((rating, person) =>
    encodeShareCode(chain, {
      sessionId,
      answers: answersOf(rating),
      participantId: `sum00${person}` as SessionId,
      revision: 0,
    }),
  );
  await main.getByRole('textbox', { name: 'Paste codes or reply links' }).fill(codes.join('\n'));
  await main.getByRole('button', { name: 'Add to the session' }).click();
  await main.getByRole('button', { name: 'Reveal the results' }).click();
  await main
    .getByRole('group', { name: 'Agreed rating for Leadership engagement' })
    .getByRole('radio', { name: '2', exact: true })
    .check();
  await main.getByRole('button', { name: 'Save the workshop record' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    main.getByRole('button', { name: 'Download the roll-up summary' }).click(),
  ]);
  const text = readFileSync(await download.path(), 'utf8');
  // Never anyone's answers: no codes, no individual scores, no notes.
  for (const code of codes) expect(text).not.toContain(code);
  expect(text).not.toMatch(/"scores"|"notes"|"codes"/);
  return { name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(text) };
}

test('a roll-up from three team files, refused from two, with hostile files turned away', async ({ page }) => {
  test.setTimeout(120_000);
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  const main = page.getByRole('main');
  await openTool(page, url);
  const real = await downloadRealSummary(page);
  expect(real.name).toBe(`team-summary-support-desk-${new Date().toISOString().slice(0, 10)}.json`);

  // The roll-up's code comes only when it is opened.
  await scrollToAfterRoom(page);
  expect(scripts.filter((s) => /Rollup/.test(s))).toEqual([]);
  await main.getByRole('button', { name: 'Open the roll-up' }).click();
  const files = main.getByLabel('Add team summary files');
  await expect(files).toBeVisible();
  expect(scripts.filter((s) => /Rollup/.test(s)).length).toBeGreaterThan(0);
  const refusal = main.locator('#rollup-refusal');
  await expect(refusal).toContainText('none has been added yet');

  // Two teams, and two bad files: each bad file is named with what is wrong.
  await files.setInputFiles([
    real,
    summaryFile('<img src=x onerror=alert(1)> Sales', [4, 4, 5], 4),
    { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"kind":"accueil.workshop-team"') },
    {
      name: 'forged.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({ kind: 'accueil.team-summary', version: 1, data: { team: 'X', scores: [1, 2] } }),
      ),
    },
  ]);
  await expect(
    main.getByText('“notes.json” was not added. It could not be read because it is not valid JSON.'),
  ).toBeVisible();
  await expect(
    main.getByText(/“forged\.json” was not added\. It could not be read because its content is not valid/),
  ).toBeVisible();
  await expect(files).toHaveAttribute('aria-invalid', 'true');
  await expect(refusal).toContainText(
    'A roll-up needs files from at least 3 teams, so that no team can be picked out; only 2 teams have been added.',
  );
  await expect(main.locator('.rollup-dimensions')).toHaveCount(0);
  await expectNoAxeViolations(page, 'roll-up refused from two teams');
  await expectPhoneReady(page, 'roll-up refused from two teams');

  // A third team: the roll-up appears, unnamed.
  await files.setInputFiles([summaryFile('Billing', [3, 3, 3], 3)]);
  await expect(refusal).toHaveCount(0);
  await expect(main.getByText(/^3 teams on The engagement chain: Team A \(/)).toBeVisible();
  const leadership = main.getByRole('table', { name: 'Leadership engagement' });
  await expect(leadership.getByRole('row')).toHaveCount(4);
  await expect(leadership.getByRole('row', { name: /^Team A / })).toHaveText(/^Team A\s*2\s*2\.0\s*2\.0 to 3\.0\s*3$/);
  await expect(leadership.getByRole('row', { name: /^Team B / })).toHaveText(/^Team B\s*4\s*4\.0\s*4\.0 to 5\.0\s*3$/);
  await expect(main.locator('.rollup')).not.toContainText('Support desk');
  await expect(main.locator('.rollup')).not.toContainText('Billing');
  await expectNoBrokenValues(page, 'roll-up of three teams');
  await expectNoAxeViolations(page, 'roll-up of three teams');
  await expectPhoneReady(page, 'roll-up of three teams');

  // Names on request; markup in a name is shown as text, never run.
  await main.getByRole('checkbox', { name: /Show team names/ }).check();
  await expect(leadership.getByRole('row', { name: /Support desk/ })).toBeVisible();
  await expect(leadership.getByRole('rowheader', { name: '<img src=x onerror=alert(1)> Sales' })).toBeVisible();
  await expect(main.locator('.rollup img')).toHaveCount(0);

  // Removing a file takes the roll-up below three teams again.
  await main.getByRole('button', { name: 'Remove file 3' }).click();
  await expect(refusal).toContainText('only 2 teams have been added');
});
