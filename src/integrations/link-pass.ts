// One pass over the built HTML, after Astro writes dist/ and before pagefind indexes it: every
// internal link gets data-print-href with its full address (or its path when the build has no
// SITE_URL), for the print stylesheet.
// Working on the output keeps this independent of the Markdown engine and of each component.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

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
 * Adds `data-print-href="<site><path>"` to `<a href="/…">`; with no site (SITE_URL unset) the
 * printed address is the site-relative path, never an invented domain.
 */
export function addPrintHrefs(html: string, site: string): string {
  const origin = site.replace(/\/$/, '');
  return html.replace(/<a ([^>]*?)href="(\/[^"]*)"/g, (match: string, before: string, href: string) =>
    before.includes('data-print-href') ? match : `<a ${before}data-print-href="${origin}${href}" href="${href}"`,
  );
}

/** The integration: runs after Astro has written dist/. */
export function linkPass(): AstroIntegration {
  let site = '';
  return {
    name: 'accueil:link-pass',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? '';
      },
      'astro:build:done': async ({ dir }) => {
        for (const file of await htmlFiles(fileURLToPath(dir))) {
          const html = await readFile(file, 'utf8');
          const updated = addPrintHrefs(html, site);
          if (updated !== html) await writeFile(file, updated);
        }
      },
    },
  };
}
