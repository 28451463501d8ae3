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
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Astro 7.3 inlines styles of components used in MDX without a CSP hash; external files avoid it.
    inlineStylesheets: 'never',
  },
  integrations: [mdx(), preact({ compat: false }), sitemap(), linkPass()],
  devToolbar: { enabled: false },
});
