// Measures the JavaScript a built page loads before any interaction: its module scripts, the
// islands it hydrates, and everything they import statically. Dynamic imports (chart.js, the search
// index) are left out on purpose: they load only when needed; so are islands that start only when
// they come into view (client:visible, such as a playbook's "We will run this" below its text),
// which `measurePageJs(…, { whenSeen: true })` adds back.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Path of the HTML file for a URL path in dist/. */
export function htmlFileFor(distDir, path) {
  return path.endsWith('/') ? join(distDir, path, 'index.html') : join(distDir, path);
}

function scriptUrls(html, whenSeen) {
  const urls = new Set();
  for (const m of html.matchAll(/<script[^>]*\bsrc="([^"]+)"[^>]*>/g)) urls.add(m[1]);
  for (const island of html.matchAll(/<astro-island\b[^>]*>/g)) {
    if (!whenSeen && /\bclient="visible"/.test(island[0])) continue;
    for (const m of island[0].matchAll(/\b(?:component-url|renderer-url|before-hydration-url)="([^"]+)"/g))
      if (m[1]) urls.add(m[1]);
  }
  return [...urls].filter((url) => url.startsWith('/'));
}

/** The bodies of a page's inline scripts that run (JSON data blocks are not code). */
export function inlineScripts(html) {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1])
    .filter((body) => body.trim() !== '' && !body.trim().startsWith('{'));
}

function staticImports(code, fromUrl) {
  const found = [];
  const pattern = /(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.m?js)["']/g;
  for (const m of code.matchAll(pattern)) {
    const spec = m[1];
    if (spec.startsWith('.') || spec.startsWith('/')) found.push(new URL(spec, `http://x${fromUrl}`).pathname);
  }
  return found;
}

const gzipSize = (buffer) => gzipSync(buffer, { level: 9 }).length;

/** JS loaded at page load: files (deduplicated), raw bytes and gzip bytes, inline scripts included. */
export function measurePageJs(distDir, path, { whenSeen = false } = {}) {
  const html = readFileSync(htmlFileFor(distDir, path), 'utf8');
  const seen = new Set();
  const queue = scriptUrls(html, whenSeen);
  let raw = 0;
  let gzip = 0;
  for (const body of inlineScripts(html)) {
    raw += Buffer.byteLength(body);
    gzip += gzipSize(Buffer.from(body));
    queue.push(...staticImports(body, path));
  }
  while (queue.length > 0) {
    const url = queue.shift();
    if (seen.has(url)) continue;
    seen.add(url);
    const file = join(distDir, url);
    if (!existsSync(file)) continue;
    const buffer = readFileSync(file);
    raw += buffer.length;
    gzip += gzipSize(buffer);
    queue.push(...staticImports(buffer.toString('utf8'), url));
  }
  return { files: [...seen], raw, gzip, htmlBytes: statSync(htmlFileFor(distDir, path)).size };
}

/** Total size in bytes of a folder. */
export function folderBytes(dir) {
  if (!existsSync(dir)) return 0;
  let total = 0;
  const stack = [dir];
  while (stack.length > 0) {
    const current = stack.pop();
    const stats = statSync(current);
    if (stats.isDirectory()) {
      for (const name of readdirSync(current)) stack.push(join(current, name));
    } else total += stats.size;
  }
  return total;
}
