// Builds the pagefind search index over the built site (dist/, or DIST_DIR).
// What is indexed is chosen in the pages: `data-pagefind-body` on each page's text (playbooks,
// families, pages, the glossary, plays, sources and every tool page) and `data-pagefind-ignore` on
// what repeats from page to page (Related, Sources, reading time). Islands (`astro-island`) are left
// out here, because their elements cannot carry the attribute: a tool page is found by its name,
// its description and the text around the tool, not by the tool's buttons and labels.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const site = process.env.DIST_DIR ?? 'dist';
const bin = fileURLToPath(new URL('../node_modules/pagefind/lib/runner/bin.cjs', import.meta.url));
const result = spawnSync(
  process.execPath,
  [bin, '--site', site, '--exclude-selectors', 'astro-island', ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
