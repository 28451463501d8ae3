// The facilitators' pages: reachable, accessible, phone-ready, in search, and cards that print as
// one sheet per card (front, then back) on A4 and US Letter, with backs lined up behind fronts.
import { expect, test, type Page } from '@playwright/test';
import { builtPages } from './built-site';

const pages = builtPages().filter((path) => path.startsWith('/facilitators/'));
const cardPages = pages.filter((path) => /^\/facilitators\/cards\/[a-z]+\/[a-z0-9-]+\/$/.test(path));

/** Paper sizes in CSS pixels (96 per inch): A4 is 210 x 297 mm, US Letter 8.5 x 11 in. */
const papers = { A4: { width: 794, height: 1123 }, Letter: { width: 816, height: 1056 } } as const;

const pdfPageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

test('there is a start page, two session plans, cards for 20 ideas, maturity paths and worked examples', () => {
  expect(pages).toContain('/facilitators/');
  expect(pages.filter((path) => path.startsWith('/facilitators/sessions/'))).toHaveLength(2);
  expect(cardPages).toHaveLength(20);
  expect(pages.filter((path) => /^\/facilitators\/paths\/[a-z-]+\/$/.test(path))).toHaveLength(5);
  expect(pages.filter((path) => /^\/facilitators\/examples\/[a-z-]+\/$/.test(path))).toHaveLength(3);
});

test('the home page and the footer lead to the facilitators’ start', async ({ page }) => {
  await page.goto('/');
  await page
    .getByRole('main')
    .getByRole('link', { name: /facilitators/i })
    .click();
  await expect(page).toHaveURL(/\/facilitators\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('For facilitators');
  await expect(page.getByRole('contentinfo').getByRole('link', { name: 'For facilitators' })).toBeVisible();
});

test('a playbook with a card links to its card, its maturity path and a session', async ({ page }) => {
  await page.goto('/playbooks/traits/flexible/');
  const related = page.locator('.facilitator-links');
  await related.getByRole('link', { name: 'Print this card' }).click();
  await expect(page).toHaveURL(/\/facilitators\/cards\/traits\/flexible\/$/);
  await page.goBack();
  await related.getByRole('link', { name: 'Its maturity path' }).click();
  await expect(page).toHaveURL(/\/facilitators\/paths\/seven-traits\/#dimension-flexible$/);
  await expect(page.locator('#dimension-flexible')).toBeVisible();
  await page.goBack();
  await expect(related.getByRole('link', { name: /Use it in a session/ }).first()).toBeVisible();
});

test('every card family playbook links to its card', async ({ page }) => {
  for (const path of cardPages) {
    const playbook = path.replace('/facilitators/cards/', '/playbooks/');
    await page.goto(playbook);
    await expect(page.locator('.facilitator-links').getByRole('link', { name: 'Print this card' })).toHaveAttribute(
      'href',
      path,
    );
  }
});

// axe in both themes and the phone checks run on these pages with every other page
// (tests/e2e/every-page.spec.ts).

test('the facilitators’ pages are in search', async ({ page }) => {
  for (const [term, url] of [
    ['health check', '/facilitators/sessions/team-health-check/'],
    ['maturity path', '/facilitators/paths/'],
    ['cards to print', '/facilitators/cards/'],
  ] as const) {
    await page.goto(`/search/?q=${encodeURIComponent(term)}`);
    await expect(page.getByRole('status').first()).toContainText(/results? for/);
    const hrefs = await page
      .getByRole('list', { name: 'Search results' })
      .first()
      .getByRole('heading')
      .getByRole('link')
      .evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(
      hrefs.some((href) => href.startsWith(url)),
      `${term}: ${hrefs.join(', ')}`,
    ).toBe(true);
  }
});

/** Every card face, measured in print media at a paper's width. */
async function measureFaces(page: Page, width: number) {
  await page.setViewportSize({ width, height: 900 });
  await page.emulateMedia({ media: 'print' });
  return page.locator('.card-face').evaluateAll((faces) =>
    faces
      .filter((face) => getComputedStyle(face).display !== 'none')
      .map((face) => {
        const box = face.getBoundingClientRect();
        const style = getComputedStyle(face);
        return {
          front: face.classList.contains('card-front'),
          left: box.left,
          right: document.documentElement.clientWidth - box.right,
          width: box.width,
          height: box.height,
          overflows: face.scrollHeight > face.clientHeight + 1 || face.scrollWidth > face.clientWidth + 1,
          breakBefore: style.breakBefore,
          page: style.getPropertyValue('page'),
        };
      }),
  );
}

for (const format of ['A4', 'Letter'] as const) {
  test(`all cards print on ${format}: one sheet per card, front then back`, async ({ page }) => {
    await page.goto('/facilitators/cards/');
    const pdf = await page.pdf({ format, printBackground: false });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfPageCount(pdf)).toBe(2 * cardPages.length);
  });

  test(`one card prints on ${format} as exactly two pages`, async ({ page }) => {
    for (const path of [cardPages[0] ?? '', cardPages.at(-1) ?? '']) {
      await page.goto(path);
      await expect(page.getByRole('button', { name: 'Print this card' })).toBeVisible();
      expect(pdfPageCount(await page.pdf({ format, printBackground: false }))).toBe(2);
    }
  });

  test(`on ${format}, no card overflows and every back sits exactly behind its front`, async ({ page }) => {
    await page.goto('/facilitators/cards/');
    const faces = await measureFaces(page, papers[format].width);
    expect(faces).toHaveLength(2 * cardPages.length);
    for (const face of faces) {
      expect(face.overflows).toBe(false);
      expect(face.breakBefore).toBe('page');
      // 180 x 250 mm fits inside both A4 and Letter (with the 15 mm top margin).
      expect(face.width).toBeCloseTo((180 / 25.4) * 96, 0);
      expect(face.height).toBeCloseTo((250 / 25.4) * 96, 0);
      expect(face.height + (15 / 25.4) * 96).toBeLessThanOrEqual(papers[format].height);
      // Centred across the sheet, so a long-edge flip puts the back where the front is.
      expect(Math.abs(face.left - face.right)).toBeLessThanOrEqual(1);
    }
    expect(faces.map((face) => face.front)).toEqual(faces.map((_, index) => index % 2 === 0));
  });
}

test('in print, only the cards show: no navigation, no intro, no buttons', async ({ page }) => {
  await page.goto('/facilitators/cards/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
  await expect(page.locator('print-button button').first()).toBeHidden();
});

test('"print this card" on the list of all cards prints that card alone', async ({ page }) => {
  await page.goto('/facilitators/cards/');
  // Record what would be printed at the moment the browser's print is called.
  await page.evaluate(() => {
    window.print = () => {
      const shown = [...document.querySelectorAll<HTMLElement>('.card-pair')].filter(
        (pair) => !window.matchMedia('print').matches && pair.classList.contains('is-printing'),
      );
      document.body.dataset['printed'] = shown.map((pair) => pair.dataset['card']).join(',');
    };
  });
  await page.getByRole('button', { name: 'Print this card: Respectful' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'traits/respectful');
  await expect(page.locator('html')).toHaveAttribute('data-print-only', 'traits/respectful');
  await page.emulateMedia({ media: 'print' });
  const visible = await page
    .locator('.card-pair')
    .evaluateAll((pairs) => pairs.filter((pair) => getComputedStyle(pair).display !== 'none').length);
  expect(visible).toBe(1);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(page.locator('html')).not.toHaveAttribute('data-print-only');
});
