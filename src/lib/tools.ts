// The browser tools, as listed on /tools/ and linked from playbooks.
import type { assessmentIds } from '../schemas/playbook';
import type { toolIds } from '../schemas/site-config';
import { siteConfig } from './site-config';

type AssessmentId = (typeof assessmentIds)[number];

/** A tool listed on /tools/ and linked from playbooks. */
export interface Tool {
  /** How accueil.config.json names it (`hideTools`). */
  id: (typeof toolIds)[number];
  href: string;
  title: string;
  summary: string;
}

/** Self-assessments by id. */
export const assessmentTools: Record<AssessmentId, Tool> = {
  'seven-traits': {
    id: 'seven-traits',
    href: '/tools/assess/seven-traits/',
    title: 'Seven traits self-assessment',
    summary: 'Where your organisation stands on the seven traits of human organisations.',
  },
  heart: {
    id: 'heart',
    href: '/tools/assess/heart/',
    title: 'HEART self-assessment',
    summary: 'Honesty, empathy, accountability, responsibility and transparency in day-to-day service.',
  },
  chain: {
    id: 'chain',
    href: '/tools/assess/chain/',
    title: 'Engagement chain self-assessment',
    summary: 'Leadership, employee and customer engagement: find the weak link.',
  },
  qualities: {
    id: 'qualities',
    href: '/tools/assess/qualities/',
    title: 'Five qualities self-assessment',
    summary: 'Ambition, connection, empowerment, focus and perspective.',
  },
  'service-model': {
    id: 'service-model',
    href: '/tools/assess/service-model/',
    title: 'Service model self-assessment',
    summary: 'How far your team is from issue-centric and toward human-centric service.',
  },
};

/** The other tools. */
export const otherTools: Tool[] = [
  {
    id: 'workshop',
    href: '/tools/workshop/',
    title: 'Workshop mode',
    summary: 'Run an assessment with a team, each on their own device, and see the spread, not an average.',
  },
  {
    id: 'cost-of-inaction',
    href: '/tools/cost-of-inaction/',
    title: 'Cost-of-inaction calculator',
    summary: 'What poor service costs in money and in human time, with every formula shown.',
  },
  {
    id: 'journeys',
    href: '/tools/journeys/',
    title: 'Moments-that-matter worksheets',
    summary: 'Sketch a journey, score the moments, and leave with the three to five that matter most.',
  },
  {
    id: 'plan',
    href: '/tools/plan/',
    title: 'Action plan',
    summary: 'Every action your team committed to, from workshops, journeys and plays, with owners and due dates.',
  },
  {
    id: 'my-data',
    href: '/tools/my-data/',
    title: 'Your data on this device',
    summary: 'Back up everything you have entered to one file, restore it, or delete it all.',
  },
];

/** False for a tool accueil.config.json hides (`hideTools`): its page is still built, but no list or link offers it. */
export const isShown = (tool: Tool): boolean => !siteConfig().hideTools.includes(tool.id);
