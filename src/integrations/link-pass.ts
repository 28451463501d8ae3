// One pass over the built HTML, after Astro writes dist/ and before pagefind indexes it:
// - under a base path (BASE_PATH=/accueil/), every site-relative link, form and asset written as
//   `/playbooks/...` in pages, components and content is put under it, so authors never think about
//   it (islands and scripts, which build links in the browser, use withBase() from src/lib/base.ts);
// - every internal link gets data-print-href with its full address (or its path when the build has
//   no SITE_URL), for the print stylesheet.
// Working on the output keeps this independent of the Markdown engine and of each component.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * BASE_PATH as Astro's `base`: `/` when unset or blank, otherwise `/<path>/` with one slash at each
 * end. Anything but letters, digits, `-`, `_`, `.` and `/` is refused, with the value named.
 */
export function basePath(value: string | undefined): string {
  const trimmed = value?.trim() ?? '';
  if (trimmed === '' || trimmed === '/') return '/';
  if (!/^[/A-Za-z0-9._-]+$/.test(trimmed) || /(^|\/)\.\.?(\/|$)/.test(trimmed)) {
    throw new Error(
      `BASE_PATH must be a path such as /accueil/ (letters, digits, - _ . and /), not ${JSON.stringify(value)}.`,
    );
  }
  return `/${trimmed.split('/').filter(Boolean).join('/')}/`;
}

/** `/playbooks/x/` under `base` (`/` or `/path/`); anything not site-relative is returned as it is. */
function prefixBase(href: string, base: string): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  return `${base.replace(/\/$/, '')}${href}`;
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (entry): Promise<string[]> => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlFiles(path);
      return entry.name.endsWith('.html') ? [path] : [];
    }),
  );
  return nested.flat();
}

/**
 * Adds `data-print-href="<origin><path>"` to `<a href="/…">`, where the path already holds the base
 * path; with no site (SITE_URL unset) the printed address is the site-relative path, never an
 * invented domain.
 */
export function addPrintHrefs(html: string, site: string): string {
  const origin = site ? new URL(site).origin : '';
  return html.replace(/<a ([^>]*?)href="(\/[^"]*)"/g, (match: string, before: string, href: string) =>
    before.includes('data-print-href') ? match : `<a ${before}data-print-href="${origin}${href}" href="${href}"`,
  );
}

/**
 * Puts every site-relative `href`, `src` and `action` under `base`, leaving those already under it
 * (Astro's own assets, islands' links). The build refuses a base whose first folder is also one of
 * the site's own (see linkPass), so "already under it" is never ambiguous.
 */
export function addBase(html: string, base: string): string {
  if (base === '/') return html;
  return html.replace(/(\s(?:href|src|action)=")(\/(?!\/)[^"]*)"/g, (match: string, attribute: string, url: string) =>
    url.startsWith(base) ? match : `${attribute}${prefixBase(url, base)}"`,
  );
}

/** The Content-Security-Policy of a page's `<meta>` tag, if it has one. */
function metaPolicy(html: string): string | undefined {
  return /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
}

/**
 * The sha256 sources of a page's inline scripts and styles. A `<meta>` policy starts where the tag
 * is, so the theme script before it (Base.astro) runs unhashed; a header applies from the first byte.
 */
export function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
  const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  const scripts = [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)]
    .filter((match) => !/\ssrc=|type="application\/(ld\+)?json"/.test(match[1] ?? '') && match[2])
    .map((match) => hash(match[2] ?? ''));
  const styles = [...html.matchAll(/<style(\s[^>]*)?>([\s\S]*?)<\/style>/g)].map((match) => hash(match[2] ?? ''));
  return { scripts, styles };
}

/**
 * One policy for the whole site as a header: every directive of the pages' policies with every
 * source any page allows (Astro gives every page the same policy today), the hashes of the inline
 * code the pages hold, and `frame-ancestors 'none'`, which a `<meta>` tag cannot carry.
 */
export function headerPolicy(
  policies: readonly string[],
  inline = { scripts: [] as string[], styles: [] as string[] },
): string {
  const directives = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const part of policy.split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (!name) continue;
      const known = directives.get(name) ?? new Set<string>();
      for (const source of sources) known.add(source);
      directives.set(name, known);
    }
  }
  for (const [name, hashes] of [
    ['script-src', inline.scripts],
    ['style-src', inline.styles],
  ] as const) {
    const known = directives.get(name);
    if (known) for (const source of hashes) known.add(source);
  }
  directives.set('frame-ancestors', new Set(["'none'"]));
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The file a web server includes to send the policy as a header (deploy/nginx.conf). */
const CSP_HEADER_FILE = 'csp-header.conf';

/**
 * Refuses a base path whose first folder is also one of the built site's own (`/tools/`), since the
 * site's links could then not be told from links already under the base.
 */
export function checkBaseFolder(dist: string, base: string): void {
  const first = base.split('/')[1] ?? '';
  if (first && existsSync(join(dist, first))) {
    throw new Error(
      `BASE_PATH ${base} begins with /${first}/, which is also a folder of the site itself: choose another path.`,
    );
  }
}

/** The integration: runs after Astro has written dist/. */
export function linkPass(): AstroIntegration {
  let site = '';
  let base = '/';
  return {
    name: 'accueil:link-pass',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? '';
        base = basePath(config.base);
      },
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        checkBaseFolder(root, base);
        const policies = new Set<string>();
        const inline = { scripts: new Set<string>(), styles: new Set<string>() };
        for (const file of await htmlFiles(root)) {
          const html = await readFile(file, 'utf8');
          const policy = metaPolicy(html);
          if (policy) policies.add(policy);
          const updated = addPrintHrefs(addBase(html, base), site);
          const hashes = inlineHashes(updated);
          for (const source of hashes.scripts) inline.scripts.add(source);
          for (const source of hashes.styles) inline.styles.add(source);
          if (updated !== html) await writeFile(file, updated);
        }
        const header = `# The pages' Content-Security-Policy as a header, for deploy/nginx.conf (written by the build).\nadd_header Content-Security-Policy "${headerPolicy([...policies], { scripts: [...inline.scripts], styles: [...inline.styles] })}" always;\n`;
        await writeFile(join(root, CSP_HEADER_FILE), header);
      },
    },
  };
}
