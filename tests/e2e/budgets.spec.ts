// Byte budgets: the JavaScript each page type loads before interaction, measured on dist/.
import { existsSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { pageTypes } from '../../scripts/lib/budgets.mjs';
import { htmlFileFor, measurePageJs } from '../../scripts/lib/page-weight.mjs';
import { builtPages, distDir } from './built-site';

for (const { type, path, budget } of pageTypes) {
  test(`${type} page (${path}) loads at most ${budget / 1024} KB of JS gzip`, () => {
    test.skip(!existsSync(htmlFileFor(distDir, path)), `${path} is not built yet`);
    expect(measurePageJs(distDir, path).gzip).toBeLessThanOrEqual(budget);
  });
}

test('every playbook page stays within the playbook budget', () => {
  const playbookBudget = pageTypes.find((page) => page.type === 'playbook')?.budget ?? 0;
  const over = builtPages()
    .filter((path) => path.startsWith('/playbooks/'))
    .map((path) => ({ path, gzip: measurePageJs(distDir, path).gzip }))
    .filter((page) => page.gzip > playbookBudget);
  expect(over).toEqual([]);
});
