// One way to run axe-core in every browser test: WCAG 2.2 A and AA plus best practices, violations
// only. axe is put into a page once and run there as often as the test needs (light theme, dark
// theme, each state of a tool): putting its 0.5 MB into the page again for every run, as
// @axe-core/playwright does, cost more than the checks themselves. The site has no frames, so one
// run of the document covers everything.
import { expect, type Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** The rules whose outcome depends on colour: all that must run again in the other theme. */
export const colourRules = ['color-contrast', 'link-in-text-block'];

/** Each violation as "rule: selectors", so a failure names what to fix. */
export async function axeViolations(page: Page, options: { rules?: string[] } = {}): Promise<string[]> {
  // Playwright's evaluate runs outside the page's Content-Security-Policy, which forbids eval.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const runOptions: RunOptions = {
    runOnly: options.rules ? { type: 'rule', values: options.rules } : { type: 'tag', values: axeTags },
    resultTypes: ['violations'],
  };
  const violations = await page.evaluate(async (run) => {
    const { axe } = window as unknown as {
      axe: { run: (context: Document, options: RunOptions) => Promise<AxeResults> };
    };
    const results = await axe.run(document, run);
    return results.violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }, runOptions);
  return violations.map((v) => `${v.id}: ${v.targets.join(', ')}`);
}

/** No axe violation in the page's current state (only the colour rules when `colourOnly`). */
export async function expectNoAxeViolations(page: Page, where = page.url(), colourOnly = false): Promise<void> {
  expect(await axeViolations(page, colourOnly ? { rules: colourRules } : {}), `axe: ${where}`).toEqual([]);
}
