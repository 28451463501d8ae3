// Shared by the offline specs: installing the service worker with one visit, and noticing anything
// the page tried to fetch that the cache could not answer once the network is off.
import type { BrowserContext, Page } from '@playwright/test';

/** Visits the home page and waits until the service worker has precached the shell and the tools and controls the page. */
export async function installOffline(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => {
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true });
      });
    }
  });
  return page;
}

/** What a page fetched while offline: files the service worker answered, and requests that failed. */
export interface OfflineLoads {
  fromCache: string[];
  failed: string[];
}

/** Records, from now on, which requests the service worker answered and which failed. */
export function watchLoads(page: Page): OfflineLoads {
  const loads: OfflineLoads = { fromCache: [], failed: [] };
  page.on('response', (response) => {
    if (response.fromServiceWorker() && response.ok()) loads.fromCache.push(new URL(response.url()).pathname);
  });
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText ?? 'failed';
    // Leaving or reloading a page aborts what it was still fetching; a file missing from the
    // precache fails differently (net::ERR_INTERNET_DISCONNECTED), so it is still caught.
    if (error === 'net::ERR_ABORTED') return;
    loads.failed.push(`${request.url()} (${error})`);
  });
  return loads;
}

/** The paths of everything in the page's caches, by cache name (precache, pages read, search pieces). */
export function cachedPaths(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const all: Record<string, string[]> = {};
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      all[name] = (await cache.keys()).map((request) => new URL(request.url).pathname);
    }
    return all;
  });
}
