import type { APIRoute } from 'astro';
import { withBase } from '../lib/base';

/** The web app manifest: start page, scope and icons under the path the site is served from (BASE_PATH). */
export const GET: APIRoute = () => {
  const manifest = {
    name: 'Accueil: human customer service, in practice',
    short_name: 'Accueil',
    description:
      'Playbooks and workshop tools for treating customers as people. Works offline; nothing you type leaves your device.',
    lang: 'en-GB',
    start_url: withBase('/'),
    scope: withBase('/'),
    display: 'standalone',
    background_color: '#fbf8f3',
    theme_color: '#9a3b17',
    icons: [
      { src: withBase('/icons/icon-192.png'), sizes: '192x192', type: 'image/png' },
      { src: withBase('/icons/icon-512.png'), sizes: '512x512', type: 'image/png' },
      { src: withBase('/icons/maskable-512.png'), sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
  return new Response(`${JSON.stringify(manifest, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/manifest+json' },
  });
};
