import type { APIRoute } from 'astro';

/** robots.txt; with the site's public address (SITE_URL), the sitemap's absolute address too. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = site
    ? `\nSitemap: ${new URL(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}sitemap-index.xml`, site).href}\n`
    : '';
  return new Response(`User-agent: *\nAllow: /\n${sitemap}`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
