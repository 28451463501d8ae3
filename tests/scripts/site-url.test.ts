// The site's public address comes from SITE_URL only. Without it the build invents no domain:
// no canonical URL, no sitemap, and links print as site-relative paths. With it, all three use it.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const temp = mkdtempSync(join(tmpdir(), 'accueil-site-url-'));
afterAll(() => {
  rmSync(temp, { recursive: true, force: true });
});

/** Builds a copy of the project (sharing node_modules) with SITE_URL set or unset; returns its dist/. */
function build(siteUrl: string | undefined): Promise<string> {
  const project = mkdtempSync(join(temp, 'case-'));
  for (const name of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public', 'content']) {
    cpSync(join(root, name), join(project, name), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'), 'dir');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: project,
      env: {
        ...process.env,
        SITE_URL: siteUrl,
        ACCUEIL_CONTENT: undefined,
        ASTRO_CACHE_DIR: join(project, '.cache'),
        DIST_DIR: undefined,
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('close', (status) => {
      if (status === 0) resolve(join(project, 'dist'));
      else reject(new Error(`astro build failed (${String(status)}): ${errors}`));
    });
  });
}

/** Every file a build wrote, with its path inside dist/. */
function outputFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

const page = (dist: string, path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const printHrefs = (html: string) => [...html.matchAll(/data-print-href="([^"]*)"/g)].map((match) => match[1]);

describe('the public address', () => {
  let unset = '';
  let set = '';
  beforeAll(async () => {
    [unset, set] = await Promise.all([build(undefined), build('https://accueil.test/')]);
  }, 600_000);

  it('without SITE_URL: no canonical URL, no sitemap, and links print as paths', () => {
    const html = page(unset, 'playbooks/traits/accessible');
    expect(html).not.toContain('rel="canonical"');
    expect(html).not.toContain('og:url');
    expect(html).not.toContain('accueil.example');
    expect(existsSync(join(unset, 'sitemap-index.xml'))).toBe(false);
    expect(readFileSync(join(unset, 'robots.txt'), 'utf8')).not.toContain('Sitemap');
    const printed = printHrefs(html);
    expect(printed.length).toBeGreaterThan(10);
    for (const href of printed) expect(href).toMatch(/^\/(?!\/)/);
  });

  it('without SITE_URL: no file of the build names a placeholder domain', () => {
    const files = outputFiles(unset);
    expect(files.length).toBeGreaterThan(100);
    const placeholders = files.filter((file) => /example\.org|accueil\.example/.test(readFileSync(file, 'latin1')));
    expect(placeholders).toEqual([]);
    // Pages, feeds and data name no example domain at all (pagefind's script parses URLs against one).
    const text = files.filter((file) => /\.(html|xml|txt|json|webmanifest)$/.test(file));
    expect(text.filter((file) => /example\.(org|com|net)/.test(readFileSync(file, 'utf8')))).toEqual([]);
  });

  it('with SITE_URL: canonical URLs, the sitemap and printed links use it', () => {
    const html = page(set, 'playbooks/traits/accessible');
    expect(html).toContain('<link rel="canonical" href="https://accueil.test/playbooks/traits/accessible/"');
    expect(html).toContain('content="https://accueil.test/playbooks/traits/accessible/"');
    expect(readFileSync(join(set, 'sitemap-0.xml'), 'utf8')).toContain(
      'https://accueil.test/playbooks/traits/accessible/',
    );
    expect(readFileSync(join(set, 'robots.txt'), 'utf8')).toContain('Sitemap: https://accueil.test/sitemap-index.xml');
    const printed = printHrefs(html);
    expect(printed.length).toBeGreaterThan(10);
    for (const href of printed) expect(href).toMatch(/^https:\/\/accueil\.test\//);
  });
});
