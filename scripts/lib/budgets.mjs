// Page types the benchmark reports, and the JS budgets (gzip bytes at page load) they must meet.
// Byte counts are deterministic, so tests/e2e/budgets.spec.ts enforces them; timings are only reported.

/** A representative page for each page type. Content pages: 8 KB; tool pages: 45 KB before a chart is needed. */
export const pageTypes = [
  { type: 'home', path: '/', budget: 8 * 1024 },
  { type: 'playbook', path: '/playbooks/traits/accessible/', budget: 8 * 1024 },
  { type: 'search', path: '/search/', budget: 8 * 1024 },
  { type: 'tools index', path: '/tools/', budget: 8 * 1024 },
  { type: 'assessment', path: '/tools/assess/seven-traits/', budget: 45 * 1024 },
  { type: 'workshop', path: '/tools/workshop/', budget: 45 * 1024 },
  { type: 'calculator', path: '/tools/cost-of-inaction/', budget: 45 * 1024 },
  { type: 'worksheets', path: '/tools/journeys/', budget: 45 * 1024 },
];
