// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { basePath, linkPass } from './src/integrations/link-pass';

/**
 * The public address the site is built for, from SITE_URL. Canonical URLs, the sitemap and printed
 * links use it; without it the build invents no address: no canonical URL, no sitemap, and links
 * print as site-relative paths (src/integrations/link-pass.ts).
 */
const site = process.env.SITE_URL?.trim() || undefined;

/**
 * The path the site is served under, from BASE_PATH (e.g. `/accueil/` for
 * https://org.github.io/accueil/); `/` when unset. The built pages' links, written site-relative
 * (`/playbooks/...`) in pages, components and content, are put under it after the build
 * (src/integrations/link-pass.ts); islands and scripts use withBase() from src/lib/base.ts.
 */
const base = basePath(process.env.BASE_PATH);

/** Identifies this build; pagefind's metaCacheTag uses it (see src/scripts/search-ui.ts). */
const buildId = process.env.BUILD_ID ?? String(Date.now());

export default defineConfig({
  ...(site ? { site } : {}),
  base,
  // Astro 7's default ('jsx') drops the line breaks around elements, which ran sentences together
  // ("Monday.Facilitators") for screen readers, search excerpts and copy-paste; `true` keeps a space.
  compressHTML: true,
  // Parallel builds (e.g. several e2e runs) each use their own cache and output folder.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  ...(process.env.DIST_DIR ? { outDir: process.env.DIST_DIR } : {}),
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Astro 7.3 inlines styles of components used in MDX without a CSP hash; external files avoid it.
    inlineStylesheets: 'never',
  },
  integrations: [
    mdx(),
    // Preact's integration sends every file it is given through Babel, only to compile JSX; by
    // default that is every .ts file too (stores, core, schemas), which holds no JSX and which
    // Vite's own compiler already strips of its types. Only .tsx and .jsx files hold components.
    preact({ compat: false, include: [/\.[jt]sx$/] }),
    ...(site ? [sitemap()] : []),
    linkPass(),
  ],
  devToolbar: { enabled: false },
  vite: {
    define: { 'import.meta.env.BUILD_ID': JSON.stringify(buildId) },
    build: {
      rolldownOptions: {
        output: {
          codeSplitting: {
            // Groups name packages, never the project's source files (renaming a file must not change
            // what a page loads); everything else splits at dynamic import() boundaries. The runtime
            // every island needs is one cached file instead of several small ones; Vite's preload
            // helper, which every page with a dynamic import() needs, stays out of it.
            groups: [
              { name: 'preload-helper', test: /vite\/preload-helper/, priority: 2 },
              {
                name: 'runtime',
                test: /node_modules\/(preact|@astrojs\/preact|nanostores|@nanostores\/persistent)\//,
                priority: 1,
              },
            ],
          },
        },
      },
    },
  },
  // A strict Content-Security-Policy on every page: Astro hashes every script and style it emits,
  // so nothing inline runs unless Astro put it there; everything else comes from this origin only.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "manifest-src 'self'",
        "media-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // pagefind's search runs as WebAssembly, which CSP gates behind 'wasm-unsafe-eval'
      // (this does not allow eval of JavaScript, nor any inline script).
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
