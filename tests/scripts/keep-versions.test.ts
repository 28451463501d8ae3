// No broken mix of versions after an update (src/service-worker/keep-versions.ts): while a new
// version installs, the earlier version's hashed files are kept from the precache, then only those
// a kept page still needs stay. Run against caches made up in memory, at the root of a domain and
// under a base path (BASE_PATH=/accueil/), where the worker's own address tells it the base.
import { describe, expect, it } from 'vitest';
import { keepVersions } from '../../src/service-worker/keep-versions';

/** A Cache holding responses by absolute address (a relative one is refused, as it would be ambiguous). */
class MemoryCache {
  readonly entries = new Map<string, Response>();
  private key(request: RequestInfo | URL): string {
    return request instanceof Request ? request.url : new URL(request).href;
  }
  keys(): Promise<Request[]> {
    return Promise.resolve([...this.entries.keys()].map((url) => new Request(url)));
  }
  match(request: RequestInfo | URL): Promise<Response | undefined> {
    return Promise.resolve(this.entries.get(this.key(request))?.clone());
  }
  put(request: RequestInfo | URL, response: Response): Promise<void> {
    this.entries.set(this.key(request), response);
    return Promise.resolve();
  }
  delete(request: RequestInfo | URL): Promise<boolean> {
    return Promise.resolve(this.entries.delete(this.key(request)));
  }
}

class MemoryCaches {
  readonly named = new Map<string, MemoryCache>();
  keys(): Promise<string[]> {
    return Promise.resolve([...this.named.keys()]);
  }
  has(name: string): Promise<boolean> {
    return Promise.resolve(this.named.has(name));
  }
  open(name: string): Promise<MemoryCache> {
    const cache = this.named.get(name) ?? new MemoryCache();
    this.named.set(name, cache);
    return Promise.resolve(cache);
  }
  /** The paths a cache holds, sorted. */
  paths(name: string): string[] {
    return [...(this.named.get(name)?.entries.keys() ?? [])].map((url) => new URL(url).pathname).sort();
  }
}

describe.each([
  ['at the root of a domain', 'https://example.org/'],
  ['under a base path', 'https://example.org/accueil/'],
])('keeping an earlier version’s files, %s', (_where, scope) => {
  const base = new URL(scope).pathname;
  const at = (path: string) => new URL(path, scope).href;
  const text = (body: string) => new Response(body);

  /** The device after a visit to the earlier version, while the new one (with `new.B.js`) installs. */
  function device() {
    const caches = new MemoryCaches();
    const precache = new MemoryCache();
    // The earlier version's precache: its hashed files, and a page with Workbox's revision key.
    void precache.put(at('_astro/page.A.js'), text(`import"./chunk.A.js";console.log(1)`));
    void precache.put(at('_astro/chunk.A.js'), text('export const a=1'));
    void precache.put(at('_astro/page.A.css'), text('body{color:red}'));
    void precache.put(at('_astro/other.A.js'), text('export const b=2'));
    void precache.put(at('_astro/new.B.js'), text('export const c=3'));
    void precache.put(at('index.html?__WB_REVISION__=1'), text('<html></html>'));
    caches.named.set(`workbox-precache-v2-${scope}`, precache);
    // A page read before the update, which names its own version's files.
    const pages = new MemoryCache();
    void pages.put(
      at('playbooks/honesty/'),
      text(
        `<link rel="stylesheet" href="${base}_astro/page.A.css"><script type="module" src="${base}_astro/page.A.js"></script>`,
      ),
    );
    caches.named.set('pages', pages);
    const versions = keepVersions({
      caches: caches as unknown as CacheStorage,
      scope,
      // The new version's manifest, as injectManifest writes it into the worker.
      manifest: [{ url: '_astro/new.B.js' }, 'index.html'],
      assets: 'assets',
      pages: 'pages',
    });
    return { caches, versions };
  }

  it('copies every earlier hashed file, and none of this version’s, while the new version installs', async () => {
    const { caches, versions } = device();
    await versions.keepEarlier();
    expect(caches.paths('assets')).toEqual(
      ['chunk.A.js', 'other.A.js', 'page.A.css', 'page.A.js'].map((name) => `${base}_astro/${name}`),
    );
  });

  it('then keeps only what a kept page needs, following imports from script to script', async () => {
    const { caches, versions } = device();
    await versions.keepEarlier();
    await versions.prune();
    expect(caches.paths('assets')).toEqual(
      ['chunk.A.js', 'page.A.css', 'page.A.js'].map((name) => `${base}_astro/${name}`),
    );
  });

  it('drops everything once no kept page needs it', async () => {
    const { caches, versions } = device();
    await versions.keepEarlier();
    caches.named.delete('pages');
    await versions.prune();
    expect(caches.paths('assets')).toEqual([]);
  });
});
