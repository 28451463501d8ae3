// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { linkPass } from './src/integrations/link-pass';

/** The public address the site is built for; canonical URLs and the sitemap use it. */
const site = process.env.SITE_URL ?? 'https://accueil.example.org';

export default defineConfig({
  site,
  // Parallel builds (e.g. several e2e runs) each use their own cache and output folder.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  ...(process.env.DIST_DIR ? { outDir: process.env.DIST_DIR } : {}),
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Astro 7.3 inlines styles of components used in MDX without a CSP hash; external files avoid it.
    inlineStylesheets: 'never',
  },
  integrations: [mdx(), preact({ compat: false }), sitemap(), linkPass()],
  devToolbar: { enabled: false },
});
