// The names the service worker (src/service-worker/sw.ts) and the pages share: its runtime caches,
// which the pages read and fill (the whole guide's control, the offline page), and the channel on
// which it reports search pieces it could not give. One place, so the two sides never drift apart.

/** Pages read (and the whole guide once kept). */
export const PAGE_CACHE = 'accueil-pages';
/** An earlier version's styles and scripts that kept pages still need. */
export const ASSET_CACHE = 'accueil-assets';
/** Pagefind's index, filter and fragment pieces. */
export const SEARCH_CACHE = 'accueil-search';
/** The list of the whole guide itself, so the control can remove the guide offline. */
export const GUIDE_CACHE = 'accueil-guide-list';
/** The BroadcastChannel of the worker's reports on search pieces, and of its ping/pong. */
export const SEARCH_CHANNEL = 'accueil-search';
