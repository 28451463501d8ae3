// Build-time access to the content collections, with the cross-file checks the schemas cannot do.
// Site-wide data (every playbook, related links, previous and next, which page cites what) is
// computed once per build and shared by every page: a build of 1,000 playbooks would otherwise
// read the whole collection again for each page and each citation, and its time and memory grow
// with the square of the number of pages. `astro dev` computes it afresh on every request, so an
// edited file shows at once.
import { getCollection, type CollectionEntry } from 'astro:content';
import { symmetricRelated, sortInFamily, type NavEntry } from '../core/content/navigation';
import { families, type Family } from '../schemas/playbook';
import { CALCULATOR_SOURCES } from '../core/calculator/inputs';

export type PlaybookEntry = CollectionEntry<'playbooks'>;
export type SourceEntry = CollectionEntry<'sources'>;

/** Human names of the families, for headings and breadcrumbs. */
export const familyNames: Record<Family, string> = {
  traits: 'The seven traits',
  qualities: 'The five qualities',
  heart: 'HEART values',
  myths: 'The three myths',
  chain: 'The engagement chain',
  practices: 'Practices',
};

/** `load` run once per build; the same promise for every page after the first asks. */
export function oncePerBuild<T>(load: () => Promise<T>): () => Promise<T> {
  let kept: Promise<T> | undefined;
  return () => {
    if (import.meta.env.DEV) return load();
    if (!kept) {
      kept = load();
      kept.catch(() => {
        kept = undefined;
      });
    }
    return kept;
  };
}

const checkedPlaybooks = oncePerBuild(async () => {
  const entries = await getCollection('playbooks');
  for (const entry of entries) {
    const folder = entry.id.split('/')[0];
    if (folder !== entry.data.family) {
      throw new Error(
        `content/playbooks/${entry.id}.mdx: front matter field "family" is "${entry.data.family}" but the file is in the "${folder}" folder.`,
      );
    }
  }
  return entries;
});

/** Every playbook, checked: the family matches the folder. (A new array each time; the entries are shared.) */
export async function getPlaybooks(): Promise<PlaybookEntry[]> {
  return [...(await checkedPlaybooks())];
}

/** Every playbook by id. */
export const getPlaybookMap = oncePerBuild(
  async () => new Map((await checkedPlaybooks()).map((entry) => [entry.id, entry])),
);

/** The playbooks of one family in reading order. */
export async function getFamily(family: Family): Promise<PlaybookEntry[]> {
  return sortInFamily((await getPlaybooks()).filter((entry) => entry.data.family === family).map(withNav)).map(
    (nav) => nav.entry,
  );
}

function withNav(entry: PlaybookEntry): NavEntry & { entry: PlaybookEntry } {
  return {
    entry,
    id: entry.id,
    family: entry.data.family,
    order: entry.data.order,
    title: entry.data.title,
    related: entry.data.related,
  };
}

/** Related playbooks for every page, made symmetric. */
export const getRelatedMap = oncePerBuild(async () => symmetricRelated((await checkedPlaybooks()).map(withNav)));

/** The previous and next playbook of every playbook, within its family. */
export const getPreviousAndNext = oncePerBuild(async () => {
  const all = (await checkedPlaybooks()).map(withNav);
  const byFamily = new Map<string, typeof all>();
  for (const nav of all) byFamily.set(nav.family, [...(byFamily.get(nav.family) ?? []), nav]);
  const found = new Map<string, { previous?: NavEntry; next?: NavEntry }>();
  for (const members of byFamily.values()) {
    const ordered = sortInFamily(members);
    ordered.forEach((nav, index) => {
      const previous = ordered[index - 1];
      const next = ordered[index + 1];
      found.set(nav.id, { ...(previous ? { previous } : {}), ...(next ? { next } : {}) });
    });
  }
  return found;
});

/** Every glossary term by id. */
export const getGlossaryMap = oncePerBuild(
  async () => new Map((await getCollection('glossary')).map((term) => [term.id, term.data])),
);

/** Every source by id. */
export const getSourceMap = oncePerBuild(
  async (): Promise<Map<string, SourceEntry>> =>
    new Map((await getCollection('sources')).map((entry) => [entry.id, entry])),
);

/** A page that cites sources, with the URL it is published at. */
export interface CitingPage {
  url: string;
  title: string;
  file: string;
  sources: string[];
}

/** Every page that cites sources: playbooks, family overviews and free-standing pages. */
const getCitingPages = oncePerBuild(async (): Promise<CitingPage[]> => {
  const pages: CitingPage[] = (await checkedPlaybooks()).map((entry) => ({
    url: `/playbooks/${entry.id}/`,
    title: entry.data.title,
    file: `content/playbooks/${entry.id}.mdx`,
    sources: entry.data.sources,
  }));
  for (const entry of await getCollection('families')) {
    pages.push({
      url: `/playbooks/${entry.data.family}/`,
      title: entry.data.title,
      file: `content/families/${entry.id}.mdx`,
      sources: entry.data.sources,
    });
  }
  for (const entry of await getCollection('pages')) {
    pages.push({
      url: `/${entry.id}/`,
      title: entry.data.title,
      file: `content/pages/${entry.id}.mdx`,
      sources: entry.data.sources,
    });
  }
  for (const entry of await getCollection('examples')) {
    pages.push({
      url: `/facilitators/examples/${entry.id}/`,
      title: entry.data.title,
      file: `content/examples/${entry.id}.mdx`,
      sources: entry.data.sources,
    });
  }
  // The calculator cites the sources of its defaults and figures beside its fields.
  pages.push({
    url: '/tools/cost-of-inaction/',
    title: 'Cost-of-inaction calculator',
    file: 'src/pages/tools/cost-of-inaction.astro',
    sources: [...CALCULATOR_SOURCES],
  });
  return pages;
});

const citingPagesByUrl = oncePerBuild(async () => new Map((await getCitingPages()).map((page) => [page.url, page])));

/**
 * Fails the build when a page cites a source that is not in content/sources.yaml, or when a source
 * is cited by no page; returns which pages cite each source.
 */
export async function checkCitations(): Promise<Map<string, CitingPage[]>> {
  const sources = await getSourceMap();
  const pages = await getCitingPages();
  const citedBy = new Map<string, CitingPage[]>([...sources.keys()].map((id) => [id, []]));
  const problems: string[] = [];
  for (const page of pages) {
    for (const id of page.sources) {
      const list = citedBy.get(id);
      if (list) list.push(page);
      else problems.push(`${page.file}: field "sources" cites "${id}", which is not in content/sources.yaml.`);
    }
  }
  for (const [id, list] of citedBy) {
    if (list.length === 0)
      problems.push(`content/sources.yaml: source "${id}" is cited by no page; cite it or remove it.`);
  }
  if (problems.length > 0) throw new Error(`Citation check failed:\n${problems.join('\n')}`);
  return citedBy;
}

/** The sources a page lists, for numbering citations, found from the page's URL. */
export async function getSourcesForUrl(pathname: string): Promise<string[] | undefined> {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  return (await citingPagesByUrl()).get(path)?.sources;
}

export { families };
