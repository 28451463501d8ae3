// No broken mix of versions after an update. A deploy removes the earlier version's hashed files
// from the server, and the new worker's precache drops them on activation, yet the pages kept on
// the device (read, or the whole guide) still name them. So, while the new version installs (the
// earlier files are still in the precache), every earlier hashed file is copied into the assets
// cache, from which the worker answers them; on activation, and when a page asks (the guide's
// control after bringing the guide up to date), that cache keeps only the files a kept page needs,
// following imports from file to file. Online, pages come from the network first, so a reader gets
// the new version with its own files.
//
// Only the Cache API and URLs are used here (no worker-only type), so the same code runs in the
// worker (sw.ts wires it to its events) and in a unit test with caches made up in memory.

export interface KeepVersions {
  /** Copies every earlier version's hashed file from the precache into the assets cache (at install). */
  keepEarlier: () => Promise<void>;
  /** Drops from the assets cache every file this version has or no kept page needs. */
  prune: () => Promise<void>;
}

export interface KeepVersionsOptions {
  caches: CacheStorage;
  /** The worker's own folder, e.g. `https://example.org/accueil/`: the site's base. */
  scope: string;
  /** This version's precache manifest, as injected into the worker: its hashed files are answered by the precache. */
  manifest: readonly (string | { url: string })[];
  /** The runtime cache of an earlier version's files. */
  assets: string;
  /** The runtime cache of pages kept on the device. */
  pages: string;
}

/** Files named in a page, a script or a style sheet: ".../_astro/x.js", or "./x.js" from a script. */
const named = /(?:\/_astro\/|\.\/)([\w.~-]+\.(?:js|css|woff2?|svg|png|webp|avif|jpe?g))/g;
/** Files whose text may name other hashed files. */
const readable = /\.(js|css)$/;

const pathOf = (request: Request): string => new URL(request.url).pathname;

export function keepVersions({ caches, scope, manifest, assets, pages }: KeepVersionsOptions): KeepVersions {
  /** Where the hashed files are served, under the site's base: `/_astro/` or `/accueil/_astro/`. */
  const hashed = new URL('_astro/', scope).pathname;
  const current = new Set(
    manifest
      .map((entry) => new URL(typeof entry === 'string' ? entry : entry.url, scope).pathname)
      .filter((path) => path.startsWith(hashed)),
  );
  const at = (path: string) => new URL(path, scope).href;
  const precaches = async () => (await caches.keys()).filter((name) => name.startsWith('workbox-precache'));

  async function keepEarlier(): Promise<void> {
    const keep = await caches.open(assets);
    for (const name of await precaches()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const path = pathOf(request);
        if (!path.startsWith(hashed) || current.has(path) || (await keep.match(at(path)))) continue;
        const response = await cache.match(request);
        if (response) await keep.put(at(path), response);
      }
    }
  }

  async function prune(): Promise<void> {
    if (!(await caches.has(assets))) return;
    const keep = await caches.open(assets);
    const have = new Map((await keep.keys()).map((request) => [pathOf(request), request]));
    if (have.size === 0) return;
    const needed = new Set<string>();
    const queue: string[] = [];
    const scan = (text: string) => {
      for (const found of text.matchAll(named)) {
        const path = `${hashed}${found[1] ?? ''}`;
        if (needed.has(path)) continue;
        needed.add(path);
        queue.push(path);
      }
    };
    if (await caches.has(pages)) {
      const kept = await caches.open(pages);
      for (const request of await kept.keys()) {
        const response = await kept.match(request);
        if (response) scan(await response.text());
      }
    }
    for (let path = queue.pop(); path !== undefined; path = queue.pop()) {
      const request = have.get(path);
      if (!request || !readable.test(path)) continue;
      const response = await keep.match(request);
      if (response) scan(await response.text());
    }
    for (const [path, request] of have) if (current.has(path) || !needed.has(path)) await keep.delete(request);
  }

  return { keepEarlier, prune };
}
