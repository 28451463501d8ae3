/** The runtime cache of pages read (and of the whole guide once kept). */
export const PAGE_CACHE: string;
/** The runtime cache of an earlier version's styles and scripts that kept pages still need. */
export const ASSET_CACHE: string;
/** The runtime cache of pagefind's index, filter and fragment pieces. */
export const SEARCH_CACHE: string;
/** The runtime cache of the list itself. */
export const GUIDE_CACHE: string;
/** The BroadcastChannel on which the worker reports search pieces it could not give. */
export const SEARCH_CHANNEL: string;
/** Where the list of the whole guide is written, relative to dist/. */
export const GUIDE_LIST: string;
/** The page shown for an address that is neither cached nor reachable. */
export const OFFLINE_PAGE: string;
/** Glob patterns (relative to dist/) of the precache: the shell, tool pages and search's entry. */
export function shellPatterns(dist: string): string[];
/** Every page outside the shell and every search piece, as addresses, with their total size in bytes and a version. */
export function guideList(dist: string): { bytes: number; version: string; files: string[] };
