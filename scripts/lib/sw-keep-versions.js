// Added to dist/sw.js by scripts/service-worker.mjs, which calls it with this version's hashed
// files (/_astro/…, answered by the precache) and the names of two runtime caches.
//
// No broken mix of versions after an update. A deploy removes the earlier version's hashed files
// from the server, and the new worker's precache drops them on activation, yet the pages kept on
// the device (read, or the whole guide) still name them. So, while the new version installs (the
// earlier files are still in the precache), every earlier /_astro/ file is copied into the assets
// cache, from which the worker answers them; on activation, and when a page asks (the guide's
// control after bringing the guide up to date), that cache keeps only the files a kept page needs,
// following imports from file to file. Online, pages come from the network first, so a reader gets
// the new version with its own files.

// eslint-disable-next-line @typescript-eslint/no-unused-vars -- called by the line service-worker.mjs adds after it
function accueilKeepVersions(current, assets, pages) {
  const pathOf = (request) => new URL(request.url).pathname;
  const precaches = async () => (await caches.keys()).filter((name) => name.startsWith('workbox-precache'));
  /** Files named in a page, a script or a style sheet: "/_astro/x.js", or "./x.js" from a script. */
  const named = /(?:\/_astro\/|\.\/)([\w.~-]+\.(?:js|css|woff2?|svg|png|webp|avif|jpe?g))/g;

  async function keepEarlier() {
    const keep = await caches.open(assets);
    for (const name of await precaches()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const path = pathOf(request);
        if (!path.startsWith('/_astro/') || current.has(path) || (await keep.match(path))) continue;
        const response = await cache.match(request);
        if (response) await keep.put(path, response);
      }
    }
  }

  async function prune() {
    if (!(await caches.has(assets))) return;
    const keep = await caches.open(assets);
    const have = new Map((await keep.keys()).map((request) => [pathOf(request), request]));
    if (have.size === 0) return;
    const needed = new Set();
    const queue = [];
    const scan = (text) => {
      for (const found of text.matchAll(named)) {
        const path = `/_astro/${found[1]}`;
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
    while (queue.length > 0) {
      const request = have.get(queue.pop());
      if (!request || !/\.(js|css)$/.test(pathOf(request))) continue;
      const response = await keep.match(request);
      if (response) scan(await response.text());
    }
    for (const [path, request] of have) if (current.has(path) || !needed.has(path)) await keep.delete(request);
  }

  self.addEventListener('install', (event) => event.waitUntil(keepEarlier()));
  self.addEventListener('activate', (event) => event.waitUntil(prune()));
  self.addEventListener('message', (event) => {
    if (event.data?.type === 'PRUNE_ASSETS') event.waitUntil(prune());
  });
}
