import { describe, expect, it } from 'vitest';
import { addPrintHrefs, unlinkUnbuiltTools } from '../../src/integrations/link-pass';

describe('the post-build link pass', () => {
  const unbuilt = new Set(['/tools/journeys/']);

  it('turns links to unbuilt tools into their text and keeps other links', () => {
    const html = '<p>Use <a href="/tools/journeys/">the <em>worksheets</em></a> or <a href="/tools/">tools</a>.</p>';
    expect(unlinkUnbuiltTools(html, unbuilt)).toBe(
      '<p>Use the <em>worksheets</em> or <a href="/tools/">tools</a>.</p>',
    );
  });

  it('matches a tool link with a fragment or without its trailing slash', () => {
    expect(unlinkUnbuiltTools('<a class="x" href="/tools/journeys#top">go</a>', unbuilt)).toBe('go');
  });

  it('adds the full address of internal links for print, once', () => {
    const once = addPrintHrefs('<a href="/sources/">s</a> <a href="https://x.org/">x</a>', 'https://site.org/');
    expect(once).toBe(
      '<a data-print-href="https://site.org/sources/" href="/sources/">s</a> <a href="https://x.org/">x</a>',
    );
    expect(addPrintHrefs(once, 'https://site.org/')).toBe(once);
  });

  it('prints the site-relative path when the build has no public address', () => {
    expect(addPrintHrefs('<a href="/sources/">s</a>', '')).toBe(
      '<a data-print-href="/sources/" href="/sources/">s</a>',
    );
  });
});
