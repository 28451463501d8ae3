/** Path of the HTML file for a URL path in dist/. */
export function htmlFileFor(distDir: string, path: string): string;
/** The bodies of a page's inline scripts that run (JSON data blocks are not code). */
export function inlineScripts(html: string): string[];
/** JS loaded at page load (with `whenSeen`, also by islands that start when seen): files, raw bytes and gzip bytes, plus the page's HTML bytes. */
export function measurePageJs(
  distDir: string,
  path: string,
  options?: { whenSeen?: boolean },
): { files: string[]; raw: number; gzip: number; htmlBytes: number };
/** Total size in bytes of a folder. */
export function folderBytes(dir: string): number;
