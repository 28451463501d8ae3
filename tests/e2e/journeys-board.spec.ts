// The worksheet board as a laptop shows it: every stage in sight without sideways scrolling, each
// moment card its content first with one control, and an open editor given room.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { expectPhoneReady, openTool } from './people';

const BANK = 'Start from “Opening a bank account”';

for (const width of [1024, 1280, 1440]) {
  test(`all five stages are in sight at ${width} px, with no sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await openTool(page, '/tools/journeys/');
    await page.getByRole('button', { name: BANK }).click();
    const board = page.locator('.journey-columns');
    await expect(board.getByRole('heading', { level: 3 })).toHaveCount(5);
    const overflow = await board.evaluate((element) => element.scrollWidth - element.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    for (const heading of await board.getByRole('heading', { level: 3 }).all()) {
      const box = await heading.boundingBox();
      expect(box && box.x + box.width).toBeLessThanOrEqual(width);
    }
  });
}

test('a moment card shows its content first and one Edit control; the rest open with it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openTool(page, '/tools/journeys/');
  await page.getByRole('button', { name: BANK }).click();
  const card = page.locator('.moment-card').filter({ has: page.getByRole('heading', { name: 'Choosing an account' }) });
  await expect(card.getByText(/^The comparison page lists five accounts/)).toBeVisible();
  await expect(card.getByRole('button')).toHaveText(['Edit “Choosing an account”']);
  const narrow = (await card.boundingBox())?.width ?? 0;

  await card.getByRole('button', { name: 'Edit “Choosing an account”' }).click();
  await expect(card.getByRole('button', { name: 'Edit “Choosing an account”' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  const tools = card.getByRole('group', { name: 'Move or remove “Choosing an account”' });
  await expect(tools.getByRole('button')).toHaveCount(5);
  await expect(card.getByRole('textbox', { name: 'Title' })).toBeVisible();
  // The open editor's column takes two tracks: the form is wider than a closed card.
  expect((await card.boundingBox())?.width ?? 0).toBeGreaterThan(narrow * 1.5);

  await card.getByRole('button', { name: 'Edit “Choosing an account”' }).click();
  await expect(card.getByRole('button')).toHaveCount(1);
});

test('a stage’s name, moves and removal open with “Edit stage”, on a phone and under axe', async ({ page }) => {
  await openTool(page, '/tools/journeys/');
  await page.getByRole('button', { name: BANK }).click();
  await expect(page.getByRole('textbox', { name: /^Name of stage/ })).toHaveCount(0);
  const edit = page.getByRole('button', { name: 'Edit stage “Getting started”' });
  await edit.focus();
  await page.keyboard.press('Enter');
  await expect(edit).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('textbox', { name: 'Name of stage 3' })).toHaveValue('Getting started');
  const tools = page.getByRole('group', { name: 'Move or remove the stage “Getting started”' });
  await tools.getByRole('button', { name: 'Move the stage “Getting started” later' }).click();
  await expect(page.getByRole('heading', { level: 3, name: /Getting started/ })).toHaveText(
    'Stage 4 of 5: Getting started',
  );
  await expect(tools.getByRole('button', { name: 'Move the stage “Getting started” later' })).toBeFocused();
  await page.getByRole('button', { name: 'Edit “Card and PIN arrive days apart”' }).click();
  await expectPhoneReady(page, 'stage and moment editors open');
  await expectNoAxeViolations(page);
});
