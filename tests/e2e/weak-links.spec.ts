// Issue 19: from an assessment's weak dimension, the results lead to the journey moments tagged with
// it and to the line of the cost-of-inaction calculator the weakness costs (Accessible: waiting).
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { weakLinks } from '../../src/core/assessment/weak-links';
import { expectNoAxeViolations } from './axe';
import { expectPhoneReady, openTool } from './people';

const traits = parse(readFileSync('content/assessments/seven-traits.yaml', 'utf8')) as {
  dimensions: { id: string; label: string; items: { id: string }[] }[];
};

test('a weak Accessible leads to the moments tagged Accessible and to what waiting costs', async ({ page }) => {
  test.setTimeout(120_000);
  await openTool(page, '/tools/assess/seven-traits/');
  const main = page.getByRole('main');
  for (const [index, dimension] of traits.dimensions.entries()) {
    await expect(main.getByRole('heading', { level: 2, name: dimension.label })).toBeVisible();
    const groups = main.locator('fieldset.item-question');
    for (let item = 0; item < (await groups.count()); item += 1) {
      // Accessible is rated 1 on every statement, everything else 5.
      await groups
        .nth(item)
        .getByRole('radio', { name: dimension.id === 'accessible' ? /^1\b/ : /^5\b/ })
        .check();
    }
    const last = index === traits.dimensions.length - 1;
    await main.getByRole('button', { name: last ? 'See my results' : 'Next', exact: true }).click();
  }
  const start = main.getByRole('region', { name: 'Where to start' });
  const accessible = start.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /^Accessible/ }) });
  await expect(accessible.getByRole('link', { name: 'Journey moments that test Accessible' })).toHaveAttribute(
    'href',
    '/tools/journeys/#tag=trait:accessible',
  );
  const cost = accessible.getByRole('link', { name: 'What it costs' });
  const field = weakLinks('seven-traits', 'accessible').calculator?.field;
  expect(field).toBe('averageWaitMinutes');
  await expect(cost).toHaveAttribute('href', `/tools/cost-of-inaction/#calc-${field ?? ''}`);
  await expect(accessible).toContainText('customers’ time spent waiting');
  await expectNoAxeViolations(page, 'results with weak-dimension links');
  await expectPhoneReady(page, 'results with weak-dimension links');

  // The link lands on the calculator's waiting line, and the calculator reads no state from it. Once
  // the browser has scrolled there, the calculator may replace the anchor with its shareable state.
  await cost.click();
  await expect(page).toHaveURL(/\/tools\/cost-of-inaction\/#(calc-averageWaitMinutes|v=)/);
  const input = page.getByRole('textbox', { name: /Average wait \(minutes\)/ });
  await expect(input).toBeInViewport();
  await expect(page.getByText(/could not be read|was ignored/i)).toHaveCount(0);
});
