import { describe, expect, it } from 'vitest';
import { addPrintHrefs } from '../../src/integrations/link-pass';

describe('the post-build link pass', () => {
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
