/** Name and navigation shared by every page. */
import { reportProblemLink, reportProblemWhere, siteConfig } from './site-config';

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

/** A "report a problem" link for one page, to the address set in accueil.config.json (`reportProblem`). */
export function reportProblemHref(pageTitle: string, pagePath: string): string {
  return reportProblemLink(siteConfig().reportProblem, pageTitle, pagePath);
}

/** What the "report a problem" link opens, in words, beside it. */
export function reportProblemNote(): string {
  return reportProblemWhere(siteConfig().reportProblem);
}
