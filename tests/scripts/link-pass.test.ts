import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  addBase,
  addPrintHrefs,
  basePath,
  checkBaseFolder,
  headerPolicy,
  inlineHashes,
} from '../../src/integrations/link-pass';

describe('the post-build link pass', () => {
  it('adds the full address of internal links for print, once', () => {
    const once = addPrintHrefs('<a href="/sources/">s</a> <a href="https://x.org/">x</a>', 'https://site.org/');
    expect(once).toBe(
      '<a data-print-href="https://site.org/sources/" href="/sources/">s</a> <a href="https://x.org/">x</a>',
    );
    expect(addPrintHrefs(once, 'https://site.org/')).toBe(once);
  });

  it('prints the site-relative path when the build has no public address', () => {
    expect(addPrintHrefs('<a href="/sources/">s</a>', '')).toBe(
      '<a data-print-href="/sources/" href="/sources/">s</a>',
    );
  });
});

describe('the base path (BASE_PATH)', () => {
  it('is normalised to one slash at each end, and / when unset', () => {
    expect(basePath(undefined)).toBe('/');
    expect(basePath('  ')).toBe('/');
    expect(basePath('accueil')).toBe('/accueil/');
    expect(basePath('/cx/accueil')).toBe('/cx/accueil/');
    expect(basePath('//accueil//')).toBe('/accueil/');
  });

  it('refuses what is not a path, naming the value', () => {
    expect(() => basePath('https://org.github.io/accueil/')).toThrow(/BASE_PATH must be a path.*https:/);
    expect(() => basePath('/a b/')).toThrow(/"\/a b\/"/);
    expect(() => basePath('/../')).toThrow(/BASE_PATH/);
  });

  it('puts site-relative links, forms and assets under it, once, and leaves the rest', () => {
    const html =
      '<a href="/">h</a><a href="/sources/#x">s</a><form action="/search/"></form><img src="/icons/a.png">' +
      '<link href="/accueil/_astro/a.css"><a href="https://x.org/">x</a><a href="#main">m</a><a href="//cdn.x/">c</a>';
    const once = addBase(html, '/accueil/');
    expect(once).toBe(
      '<a href="/accueil/">h</a><a href="/accueil/sources/#x">s</a><form action="/accueil/search/"></form><img src="/accueil/icons/a.png">' +
        '<link href="/accueil/_astro/a.css"><a href="https://x.org/">x</a><a href="#main">m</a><a href="//cdn.x/">c</a>',
    );
    expect(addBase(once, '/accueil/')).toBe(once);
    expect(addBase(html, '/')).toBe(html);
  });

  it('prints the full address with the base path and the SITE_URL origin', () => {
    expect(addPrintHrefs('<a href="/accueil/sources/">s</a>', 'https://org.github.io/')).toBe(
      '<a data-print-href="https://org.github.io/accueil/sources/" href="/accueil/sources/">s</a>',
    );
  });
});

describe('the Content-Security-Policy as a header', () => {
  it('joins the pages’ policies, adds inline code’s hashes and frame-ancestors', () => {
    const policy = headerPolicy(["default-src 'self'; script-src 'self' 'sha256-a'", "script-src 'self' 'sha256-b'"], {
      scripts: ["'sha256-c'"],
      styles: ["'sha256-d'"],
    });
    expect(policy).toBe(
      "default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b' 'sha256-c'; frame-ancestors 'none'",
    );
  });

  it('hashes each inline script and style, not external or data scripts', () => {
    const { scripts, styles } = inlineHashes(
      '<script>a()</script><script src="/x.js"></script><script type="application/json">{}</script><style>p{}</style>',
    );
    expect(scripts).toEqual(["'sha256-qVpDBgj7bpq5hMAcGp3AOc79J3Y1Z4HvySTwKrWDoy4='"]);
    expect(styles).toHaveLength(1);
  });
});

describe('a base path that the site’s own folders would hide', () => {
  it('is refused, naming the folder; any other is accepted', () => {
    const dist = mkdtempSync(join(tmpdir(), 'accueil-base-'));
    try {
      mkdirSync(join(dist, 'tools'));
      expect(() => {
        checkBaseFolder(dist, '/tools/');
      }).toThrow(/BASE_PATH \/tools\/ begins with \/tools\/, which is also a folder of the site itself/);
      expect(() => {
        checkBaseFolder(dist, '/accueil/');
      }).not.toThrow();
      expect(() => {
        checkBaseFolder(dist, '/');
      }).not.toThrow();
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
