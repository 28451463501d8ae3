// The search UI on pagefind's JS API, loaded only when a reader starts a search.
// Results are built with DOM methods and textContent: nothing is ever parsed as HTML.
//
// Pagefind finds the candidate pages; every candidate's text is then checked for every word asked
// for (src/core/content/search-match.ts), because pagefind falls back to ever shorter prefixes of
// an unknown word. Filters are applied here too, OR within a group and AND across groups, so the
// counts beside each filter are those of the pages that really match the words. Loading the index
// is search-index.ts; drawing the results, search-results.ts.
import { contentMatches, queryWords } from '../core/content/search-match';
import { preferNamedPages } from '../core/content/search-rank';
import { countFilters, passes, searchFilters, type Selection } from './search-filters';
import {
  listenForMissingPieces,
  loadPagefind,
  missingPieceCount,
  preloadIndex,
  reportsArrived,
  type PagefindResultData,
} from './search-index';
import { placeholder, plural, renderResult, sayNeedsGuide } from './search-results';

const MAX_RESULTS = 12;
/** Pause after a key press before searching: long enough to skip the keys of a word typed at speed. */
const DEBOUNCE_MS = 60;
/** Results whose data load at once after the first screenful, so a long list never floods the page. */
const BATCH = 24;

/** Wires a search form: live results as you type, announced, and reachable with the arrow keys. */
export function mountSearch(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[type="search"]');
  const status = form.querySelector<HTMLElement>('[data-search-status]');
  const list = form.querySelector<HTMLOListElement>('[data-search-results]');
  if (!input || !status || !list) return;
  listenForMissingPieces();
  const headingTag = form.dataset['resultLevel'] === '2' ? 'h2' : 'h3';
  // The full search page has filters and keeps the search in its address; the dialog has neither.
  const filters = searchFilters(form, input);
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let searched = false;

  /** Runs the search now. Resolves true when its results are the ones on screen. */
  const run = async (address: 'push' | 'replace' | 'none' = 'replace'): Promise<boolean> => {
    clearTimeout(timer);
    const ticket = ++latest;
    const missingBefore = missingPieceCount();
    // The first search loads the index: say so, rather than nothing, on a slow connection.
    if (!searched && input.value.trim() !== '') status.textContent = 'Searching…';
    const term = input.value.trim();
    const words = queryWords(term);
    let found: PagefindResultData[];
    let selection: Selection;
    try {
      const pagefind = await loadPagefind();
      if (ticket !== latest) return false;
      const searching = term === '' ? undefined : pagefind.search(term);
      searching?.catch(() => undefined);
      await filters.load(pagefind);
      if (ticket !== latest) return false;
      selection = filters.read();
      if (address !== 'none') filters.writeAddress(address);
      if (term === '' && Object.keys(selection).length === 0) {
        list.replaceChildren();
        status.textContent = '';
        filters.show(filters.totals(), selection);
        return true;
      }
      const search = await (searching ?? pagefind.search(null));
      if (ticket !== latest) return false;
      // Draw at once: a placeholder for each of the first results, in pagefind's order, each
      // filled as its data arrive. The rest load in batches behind them, for the counts and the
      // final order (named pages first), and stop as soon as a newer search starts.
      const results = search.results;
      const pages: (PagefindResultData | undefined)[] = [];
      const keeps = (page: PagefindResultData) => contentMatches(page.content, words) && passes(page, selection);
      const slots = results.slice(0, MAX_RESULTS).map(placeholder);
      list.setAttribute('aria-busy', 'true');
      list.replaceChildren(...slots);
      // The first result's data load alone, so nothing competes with them; then the rest of the
      // screenful at once. Each is shown in rank order, once those above it are drawn or dropped,
      // so a result never appears below places that may still close up.
      let pending: Promise<PagefindResultData>[] = [];
      for (const [index, slot] of slots.entries()) {
        if (index === 1) {
          pending = results.slice(1, slots.length).map((result) => result.data());
          for (const loading of pending) loading.catch(() => undefined);
        }
        const page = await (index === 0 ? results[0]?.data() : pending[index - 1]);
        if (ticket !== latest) return false;
        if (!page) continue;
        pages[index] = page;
        if (keeps(page)) slot.replaceWith(renderResult(page, words, headingTag));
        else slot.remove();
      }
      for (let start = slots.length; start < results.length; start += BATCH) {
        if (ticket !== latest) return false;
        const batch = await Promise.all(results.slice(start, start + BATCH).map((result) => result.data()));
        pages.push(...batch);
      }
      if (ticket !== latest) return false;
      found = pages.filter(
        (page): page is PagefindResultData => page !== undefined && contentMatches(page.content, words),
      );
      if (!navigator.onLine) await reportsArrived();
    } catch {
      if (!navigator.onLine) await reportsArrived();
      if (ticket !== latest) return false;
      list.removeAttribute('aria-busy');
      list.querySelectorAll('.search-placeholder').forEach((slot) => {
        slot.remove();
      });
      if (!navigator.onLine || missingPieceCount() > missingBefore) sayNeedsGuide(status, 0);
      else
        status.textContent =
          'Search is not available: its index could not be loaded. Check the connection and try again.';
      return false;
    }
    if (ticket !== latest) return false;
    searched = true;
    const filtered = Object.keys(selection).length > 0;

    const shown = found.filter((page) => passes(page, selection));
    filters.show(countFilters(found, filters.totals(), selection), selection);
    const ordered = preferNamedPages(
      shown.map((data) => ({ data, title: data.meta['title'] ?? '', url: data.url })),
      term,
    ).map((result) => result.data);
    // The drawn results stay when they are already the final ones (a reader may be on one).
    const top = ordered.slice(0, MAX_RESULTS);
    const drawn = [...list.querySelectorAll<HTMLAnchorElement>(':scope > li > :is(h2, h3) > a')];
    const same =
      list.querySelector('.search-placeholder') === null &&
      drawn.length === top.length &&
      drawn.every((link, index) => link.getAttribute('href') === top[index]?.url);
    if (!same) {
      // A reader who moved onto a result while the first ones were drawn stays on it.
      const onResult = list.contains(document.activeElement) ? document.activeElement?.getAttribute('href') : null;
      list.replaceChildren(...top.map((data) => renderResult(data, words, headingTag)));
      if (onResult) [...list.querySelectorAll('a')].find((link) => link.getAttribute('href') === onResult)?.focus();
    }
    list.removeAttribute('aria-busy');

    if (missingPieceCount() > missingBefore) {
      sayNeedsGuide(status, Math.min(ordered.length, MAX_RESULTS));
      return true;
    }
    const about = term ? ` for “${term}”` : '';
    const withFilters = filtered ? ' with the filters chosen' : '';
    const total = shown.length;
    if (total > 0) {
      const more = total > MAX_RESULTS ? `, showing the first ${MAX_RESULTS}` : '';
      status.textContent = `${plural(total, 'result')}${about}${withFilters}${more}.`;
    } else if (!filtered) {
      status.textContent = `No results${about}. Check the spelling, or try another word.`;
    } else if (term && found.length === 0) {
      status.textContent = `No results${about}, even without the filters. Check the spelling, or try another word.`;
    } else if (term) {
      status.textContent = `No results${about} with the filters chosen: the filters hide all ${plural(found.length, 'result')}. Clear the filters to see them.`;
    } else {
      status.textContent = 'No page matches every filter group chosen. Untick one, or clear the filters.';
    }
    return true;
  };

  const schedule = () => {
    clearTimeout(timer);
    // Any search under way is now stale: its results are not drawn.
    latest += 1;
    timer = setTimeout(() => void run(), DEBOUNCE_MS);
    // Meanwhile, pagefind fetches the index pieces the words need.
    const term = input.value.trim();
    if (term !== '') preloadIndex(term);
  };

  input.addEventListener('input', schedule);
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).matches('input[data-filter]')) void run('push');
  });
  filters.onClear(() => {
    input.focus();
    void run('push');
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run().then((current) => {
      if (current) list.querySelector('a')?.focus();
    });
  });
  form.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    if (!(event.target === input || list.contains(event.target as Node))) return;
    const links = [...list.querySelectorAll('a')];
    if (links.length === 0) return;
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    event.preventDefault();
    if (event.key === 'ArrowDown') (links[index + 1] ?? links[0])?.focus();
    else if (index <= 0) input.focus();
    else links[index - 1]?.focus();
  });

  if (filters.inAddress) {
    // Shown at once, so the search from the address says it is loading rather than nothing.
    filters.readAddress('keep');
    window.addEventListener('popstate', () => {
      filters.readAddress('set');
      void run('none');
    });
    // The search from the address, or whatever was typed or pasted before this code arrived.
    void run('none');
  } else if (input.value.trim() !== '') {
    void run('none');
  } else {
    // Loading the index as the dialog opens makes the first search quicker.
    loadPagefind().catch(() => undefined);
  }
}
