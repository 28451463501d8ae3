// The search UI on pagefind's JS API, loaded only when a reader starts a search.
// Results are built with DOM methods and textContent: nothing is ever parsed as HTML.
import { preferExactTitles } from '../core/content/search-rank';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface PagefindSearch {
  results: { data: () => Promise<PagefindResultData> }[];
}
interface Pagefind {
  init: () => Promise<void>;
  options: (options: Record<string, unknown>) => Promise<void>;
  debouncedSearch: (
    term: string,
    options?: { filters?: Record<string, string[]> },
    ms?: number,
  ) => Promise<PagefindSearch | null>;
  search: (term: string, options?: { filters?: Record<string, string[]> }) => Promise<PagefindSearch>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

const MAX_RESULTS = 12;
let pagefindPromise: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  // A runtime URL keeps Vite from bundling the index, which only exists after `npm run build`.
  const url = '/pagefind/pagefind.js';
  pagefindPromise ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pagefind) => {
    // Favour words close to what was typed, so "responsible" finds Responsible before Responsibility.
    await pagefind.options({
      excerptLength: 24,
      ranking: { termSimilarity: 6, pageLength: 0.5 },
      // A fixed tag per build instead of a timestamp, so the service worker can answer offline.
      metaCacheTag: import.meta.env.BUILD_ID,
    });
    await pagefind.init();
    return pagefind;
  });
  return pagefindPromise;
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
};

/** Turns pagefind's escaped excerpt (text with <mark> tags) into safe DOM nodes. */
export function excerptNodes(excerpt: string): Node[] {
  const decode = (text: string) =>
    text.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity] ?? entity);
  return excerpt.split(/(<mark>[\s\S]*?<\/mark>)/).map((part) => {
    const marked = /^<mark>([\s\S]*?)<\/mark>$/.exec(part);
    if (!marked) return document.createTextNode(decode(part));
    const mark = document.createElement('mark');
    mark.textContent = decode(marked[1] ?? '');
    return mark;
  });
}

function renderResult(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta['title'] ?? data.url;
  const heading = document.createElement('h3');
  heading.append(link);
  item.append(heading);
  const family = data.meta['family'];
  if (family) {
    const label = document.createElement('p');
    label.className = 'search-family';
    label.textContent = family;
    item.append(label);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'search-excerpt';
  excerpt.append(...excerptNodes(data.excerpt));
  item.append(excerpt);
  return item;
}

function checkedFilters(form: HTMLFormElement): Record<string, string[]> {
  const filters: Record<string, string[]> = {};
  for (const box of form.querySelectorAll<HTMLInputElement>('input[data-filter]:checked')) {
    const name = box.dataset['filter'] ?? '';
    (filters[name] ??= []).push(box.value);
  }
  return filters;
}

async function renderFilters(form: HTMLFormElement, pagefind: Pagefind, onChange: () => void): Promise<void> {
  const fieldset = form.querySelector<HTMLFieldSetElement>('fieldset.filters');
  const groups = form.querySelector('[data-filter-groups]');
  if (!fieldset || !groups) return;
  const all = await pagefind.filters();
  for (const [name, values] of Object.entries(all)) {
    const group = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = name;
    group.append(legend);
    for (const [value, count] of Object.entries(values)) {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.value = value;
      box.dataset['filter'] = name;
      box.addEventListener('change', onChange);
      label.append(box, ` ${value} (${count})`);
      group.append(label);
    }
    groups.append(group);
  }
  fieldset.hidden = Object.keys(all).length === 0;
}

/** Wires a search form: live results as you type, announced, and reachable with the arrow keys. */
export function mountSearch(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[type="search"]');
  const status = form.querySelector<HTMLElement>('[data-search-status]');
  const list = form.querySelector<HTMLOListElement>('[data-search-results]');
  if (!input || !status || !list) return;
  let latest = 0;

  const run = async () => {
    const term = input.value.trim();
    const ticket = ++latest;
    const filters = checkedFilters(form);
    if (term === '' && Object.keys(filters).length === 0) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    let pagefind: Pagefind;
    try {
      pagefind = await loadPagefind();
    } catch {
      status.textContent = 'Search is not available: the search index has not been built (run npm start).';
      return;
    }
    const search = await pagefind.debouncedSearch(term || '', { filters }, 200);
    if (!search || ticket !== latest) return;
    const loaded = await Promise.all(search.results.slice(0, MAX_RESULTS).map((result) => result.data()));
    if (ticket !== latest) return;
    const shown = preferExactTitles(
      loaded.map((data) => ({ data, title: data.meta['title'] ?? '' })),
      term,
    ).map((result) => result.data);
    list.replaceChildren(...shown.map(renderResult));
    const total = search.results.length;
    const about = term ? ` for “${term}”` : '';
    status.textContent =
      total === 0
        ? `No results${about}. Try a shorter or different word.`
        : `${total} result${total === 1 ? '' : 's'}${about}${total > MAX_RESULTS ? `, showing the first ${MAX_RESULTS}` : ''}.`;
  };

  input.addEventListener('input', () => void run());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run().then(() => list.querySelector('a')?.focus());
  });
  form.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll('a')];
    if (links.length === 0) return;
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    event.preventDefault();
    if (event.key === 'ArrowDown') (links[index + 1] ?? links[0])?.focus();
    else if (index <= 0) input.focus();
    else links[index - 1]?.focus();
  });

  if (form.dataset['filters'] === 'yes') {
    void loadPagefind()
      .then((pagefind) => renderFilters(form, pagefind, () => void run()))
      .catch(() => undefined);
  }
  const initial = new URLSearchParams(location.search).get('q');
  if (initial && form.closest('dialog') === null) {
    input.value = initial;
    void run();
  }
}
