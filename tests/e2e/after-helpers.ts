// Shared steps for the "after the room" specs (workshop-trend, rollup).
import { expect, type Page } from '@playwright/test';

/** Scrolls to the end of the facilitator's page, where team trends and the roll-up load. */
export async function scrollToAfterRoom(page: Page): Promise<void> {
  await page.getByLabel('Import a team result file').scrollIntoViewIfNeeded();
  await expect(page.getByRole('heading', { name: 'Team trends' })).toBeVisible();
}
