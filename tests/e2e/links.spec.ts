// Every internal link and fragment in dist/ points at something that exists.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { expect, test } from '@playwright/test';
import { builtPages, distDir, readBuilt } from './built-site';

const pages = builtPages();
const documents = new Map(pages.map((path) => [path, parse(readBuilt(path))]));

function targetExists(pathname: string): boolean {
  if (documents.has(pathname)) return true;
  const file = join(distDir, decodeURIComponent(pathname));
  return existsSync(file) && !pathname.endsWith('/');
}

test('no broken internal links or fragments', () => {
  const broken: string[] = [];
  for (const [path, doc] of documents) {
    for (const element of doc.querySelectorAll('a[href], link[href], img[src], script[src]')) {
      const raw = element.getAttribute('href') ?? element.getAttribute('src') ?? '';
      if (/^(mailto:|tel:|data:|javascript:)/.test(raw)) continue;
      const url = new URL(raw, `http://site${path}`);
      if (url.host !== 'site') continue;
      if (!targetExists(url.pathname)) {
        broken.push(`${path} → ${raw}`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && element.tagName === 'A') {
        const target = documents.get(url.pathname);
        if (target && !target.getElementById(fragment)) broken.push(`${path} → ${raw} (no element with that id)`);
      }
    }
  }
  expect(broken).toEqual([]);
});

test('no page links to itself through an absolute address on another host', () => {
  const offsite = pages.filter((path) => /href="https?:\/\/(localhost|127\.0\.0\.1)/.test(readBuilt(path)));
  expect(offsite).toEqual([]);
});
