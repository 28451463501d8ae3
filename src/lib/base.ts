/**
 * The path the site is served under: `/` at the root of a domain, `/accueil/` for a build with
 * BASE_PATH=/accueil/ (astro.config.mjs). Every site-relative link in pages, components, islands
 * and scripts goes through withBase(), so the site works under any path.
 */
export const base: string = import.meta.env.BASE_URL.endsWith('/')
  ? import.meta.env.BASE_URL
  : `${import.meta.env.BASE_URL}/`;

/** `/tools/` → `/accueil/tools/` under that base; full URLs, `#fragments` and `?queries` are left as they are. */
export function withBase(path: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  return `${base.slice(0, -1)}${path}`;
}

/** A path as the site knows it (`/tools/`) from one the browser sees (`/accueil/tools/`). */
export function withoutBase(pathname: string): string {
  return base !== '/' && pathname.startsWith(base) ? pathname.slice(base.length - 1) : pathname;
}
