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
