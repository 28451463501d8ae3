// Checks for using the site as people do: on a phone, with a keyboard, after a reload, from a shared
// link. Every spec that exercises a page or a tool state calls these, so the same rules hold everywhere.
import { expect, type Page } from '@playwright/test';

/** Phone widths every page and tool state must fit (WCAG 2.2 1.4.10 Reflow is 320 CSS px). */
export const phoneWidths = [320, 390] as const;

/** The class of a scroll container a wide data table may sit in (it must show a visible cue). */
export const tableScrollClass = 'table-scroll';

interface Overflow {
  pageWidth: number;
  viewport: number;
  /** Elements whose right edge passes the viewport, outside any allowed scroll container. */
  cutOff: string[];
}

/** What is wider than the screen: the page itself, and every element that ends past its right edge. */
export async function measureOverflow(page: Page): Promise<Overflow> {
  return page.evaluate((scrollClass) => {
    const viewport = document.documentElement.clientWidth;
    const describe = (element: Element): string => {
      const id = element.id ? `#${element.id}` : '';
      const classes = [...element.classList]
        .slice(0, 2)
        .map((name) => `.${name}`)
        .join('');
      return `${element.tagName.toLowerCase()}${id}${classes}`;
    };
    const cutOff: string[] = [];
    for (const element of document.body.querySelectorAll('*')) {
      if (element.closest(`.${scrollClass}, [hidden], dialog:not([open]), .visually-hidden, .sr-only`)) continue;
      // Not rendered: inside a closed <details>, display: none or content-visibility: hidden.
      if (!element.checkVisibility()) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden' || style.position === 'fixed') continue;
      // An element whose box passes the edge by more than a rounding error is cut off.
      if (box.right > viewport + 1 || box.left < -1) {
        // Report the outermost offender only: its children pass the edge because it does.
        const parent = element.parentElement;
        const parentBox = parent?.getBoundingClientRect();
        if (parentBox && (parentBox.right > viewport + 1 || parentBox.left < -1) && parent !== document.body) continue;
        cutOff.push(`${describe(element)} (${Math.round(box.left)}–${Math.round(box.right)} px)`);
      }
    }
    return { pageWidth: document.documentElement.scrollWidth, viewport, cutOff };
  }, tableScrollClass);
}

/** The page does not scroll sideways and nothing is cut off at the current viewport width. */
export async function expectNoSidewaysScroll(page: Page, where = page.url()): Promise<void> {
  const overflow = await measureOverflow(page);
  expect(
    { pageWidth: overflow.pageWidth <= overflow.viewport ? 'fits' : overflow.pageWidth, cutOff: overflow.cutOff },
    `${where} at ${overflow.viewport} px`,
  ).toEqual({ pageWidth: 'fits', cutOff: [] });
}

/**
 * Every visible control is at least `min` CSS px in both directions (WCAG 2.2 2.5.8), except links
 * inside a sentence, which the criterion exempts.
 */
export async function expectTapTargets(page: Page, min = 24, where = page.url()): Promise<void> {
  const small = await page.evaluate((minimum) => {
    const controls = document.querySelectorAll<HTMLElement>(
      'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="tab"], [role="radio"], [tabindex]:not([tabindex="-1"])',
    );
    const out: string[] = [];
    for (const control of controls) {
      if (control.closest('[hidden], dialog:not([open])') || !control.checkVisibility()) continue;
      const box = control.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      const style = getComputedStyle(control);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      // Inline links in running text are exempt (2.5.8 "inline" exception).
      if (
        control.tagName === 'A' &&
        style.display === 'inline' &&
        control.closest('p, li, td, dd, figcaption, blockquote')
      )
        continue;
      // A radio or checkbox inside its label: the label is the target.
      const label = (control as HTMLInputElement).labels?.[0]?.getBoundingClientRect();
      if (label && label.width >= minimum && label.height >= minimum) continue;
      if (box.width < minimum - 0.5 || box.height < minimum - 0.5) {
        const name = (control.getAttribute('aria-label') ?? control.textContent).trim().slice(0, 30);
        out.push(`${control.tagName.toLowerCase()} "${name}" ${Math.round(box.width)}×${Math.round(box.height)}`);
      }
    }
    return out;
  }, min);
  expect(small, `${where}: controls smaller than ${min} px`).toEqual([]);
}

/** Every id on the page is unique, and every form control has a name a screen reader can say. */
export async function expectUniqueIdsAndLabels(page: Page, where = page.url()): Promise<void> {
  const problems = await page.evaluate(() => {
    const out: string[] = [];
    const seen = new Map<string, number>();
    for (const element of document.querySelectorAll('[id]')) seen.set(element.id, (seen.get(element.id) ?? 0) + 1);
    for (const [id, count] of seen) if (count > 1) out.push(`id "${id}" is used ${count} times`);
    const controls = document.querySelectorAll<HTMLElement>(
      'input:not([type="hidden"]), select, textarea, button, [role="radio"], [role="checkbox"], [role="tab"]',
    );
    for (const control of controls) {
      if (control.closest('[hidden]')) continue;
      const labelled =
        control.getAttribute('aria-label')?.trim() ||
        control
          .getAttribute('aria-labelledby')
          ?.split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent.trim() ?? '')
          .join('')
          .trim() ||
        [...((control as HTMLInputElement).labels ?? [])].map((label) => label.textContent.trim()).join('') ||
        control.getAttribute('title')?.trim() ||
        (control.tagName === 'BUTTON' || control.getAttribute('role') ? control.textContent.trim() : '');
      if (!labelled) out.push(`${control.tagName.toLowerCase()}${control.id ? `#${control.id}` : ''} has no label`);
    }
    return out;
  });
  expect(problems, where).toEqual([]);
}

/** Runs the phone checks at each phone width: no sideways scroll, targets of 24 px, unique ids. */
export async function expectPhoneReady(page: Page, where = page.url()): Promise<void> {
  const original = page.viewportSize();
  for (const width of phoneWidths) {
    await page.setViewportSize({ width, height: 800 });
    await expectNoSidewaysScroll(page, where);
    await expectTapTargets(page, 24, where);
  }
  await expectUniqueIdsAndLabels(page, where);
  if (original) await page.setViewportSize(original);
}

/**
 * Reloads the page and checks that what a reader sees is the same as before: `read` returns what
 * matters on screen (field values, checked radios, step, totals).
 */
export async function expectReloadKeeps<T>(page: Page, read: (page: Page) => Promise<T>, where = page.url()) {
  const before = await read(page);
  await page.reload();
  await expect.poll(() => read(page), { message: `${where}: after a reload` }).toEqual(before);
}

/** A visible text on the page never shows a broken number or missing value. */
export async function expectNoBrokenValues(page: Page, where = page.url()): Promise<void> {
  const text = await page.locator('main').innerText();
  expect(text, where).not.toMatch(/\bNaN\b|\bInfinity\b|\bundefined\b|\bnull\b|\[object Object\]/);
}

/**
 * Opens a tool and waits until it has started (every island hydrated, and no tool frame still inert),
 * as a person waits for a page to finish loading before they tap: until then its controls take nothing.
 */
export async function openTool(page: Page, address: string): Promise<void> {
  await page.goto(address);
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await expect(page.locator('.tool-frame[inert]')).toHaveCount(0);
}
