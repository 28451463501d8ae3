// Reads the built site in dist/ so tests can visit every page that exists.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The built site: dist/, or DIST_DIR when a parallel build uses its own folder. */
export const distDir = join(import.meta.dirname, '../..', process.env['DIST_DIR'] ?? 'dist');

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** Every built HTML page as a URL path, e.g. `/playbooks/traits/accessible/`; 404 as `/404.html`. */
export function builtPages(): string[] {
  return walk(distDir)
    .filter((file) => file.endsWith('.html') && !file.includes(`${sep}pagefind${sep}`))
    .map((file) => {
      const path = `/${relative(distDir, file).split(sep).join('/')}`;
      return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
    })
    .sort();
}

/** The HTML of a built page by its URL path. */
export function readBuilt(path: string): string {
  const file = path.endsWith('/') ? join(distDir, path, 'index.html') : join(distDir, path);
  return readFileSync(file, 'utf8');
}
