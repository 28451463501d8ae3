// One way to run axe-core in every browser test: WCAG 2.2 A and AA plus best practices, violations
// only. axe runs in the page itself (AxeBuilder's legacy mode): the site has no frames, and the
// default mode opens an extra page per run to merge frame results, which tripled the time of every
// check without finding anything more.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** The rules whose outcome depends on colour: all that must run again in the other theme. */
export const colourRules = ['color-contrast', 'link-in-text-block'];

/** Each violation as "rule: selectors", so a failure names what to fix. */
export async function axeViolations(page: Page, options: { rules?: string[] } = {}): Promise<string[]> {
  const builder = new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] });
  const results = await (options.rules ? builder.withRules(options.rules) : builder.withTags(axeTags)).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** No axe violation in the page's current state (only the colour rules when `colourOnly`). */
export async function expectNoAxeViolations(page: Page, where = page.url(), colourOnly = false): Promise<void> {
  expect(await axeViolations(page, colourOnly ? { rules: colourRules } : {}), `axe: ${where}`).toEqual([]);
}
