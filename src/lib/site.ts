/** Name and navigation shared by every page. */
export const siteName = 'Accueil';

/** Primary navigation, in header order. */
export const primaryNav = [
  { href: '/playbooks/', label: 'Playbooks' },
  { href: '/tools/', label: 'Tools' },
  { href: '/search/', label: 'Search' },
  { href: '/sources/', label: 'Sources' },
] as const;

/** One crumb in a breadcrumb trail; the last one is the current page. */
export interface Crumb {
  href: string;
  label: string;
}

/**
 * Where readers report a problem with a page: the project's issue tracker (its "new issue" form).
 * The one place this address lives; the link pre-fills a title and a body and sends nothing until
 * the reader submits the form themselves.
 */
export const issueTrackerNewUrl = 'https://github.com/accueil/accueil/issues/new';

/** A "report a problem" link for one page: opens a pre-filled new issue, sends nothing by itself. */
export function reportProblemHref(pageTitle: string, pagePath: string): string {
  const url = new URL(issueTrackerNewUrl);
  url.searchParams.set('title', `Problem on "${pageTitle}"`);
  url.searchParams.set(
    'body',
    `Page: ${pagePath}\n\nWhat is wrong (a fact, a figure, a quote, a play that did not work)?\n\nWhat should it say, and where did you find that?\n`,
  );
  return url.href;
}
