// The browser tools and which of them are built, so pages only link to tools that exist.
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
  /** False until the tool's page is built; unbuilt tools are never linked. */
  available: boolean;
}

/** Self-assessments by id. */
export const assessmentTools: Record<AssessmentId, Tool> = {
  'seven-traits': {
    id: 'seven-traits',
    href: '/tools/assess/seven-traits/',
    title: 'Seven traits self-assessment',
    summary: 'Where your organisation stands on the seven traits of human organisations.',
    available: true,
  },
  heart: {
    id: 'heart',
    href: '/tools/assess/heart/',
    title: 'HEART self-assessment',
    summary: 'Honesty, empathy, accountability, responsibility and transparency in day-to-day service.',
    available: true,
  },
  chain: {
    id: 'chain',
    href: '/tools/assess/chain/',
    title: 'Engagement chain self-assessment',
    summary: 'Leadership, employee and customer engagement: find the weak link.',
    available: true,
  },
  qualities: {
    id: 'qualities',
    href: '/tools/assess/qualities/',
    title: 'Five qualities self-assessment',
    summary: 'Ambition, connection, empowerment, focus and perspective.',
    available: true,
  },
  'service-model': {
    id: 'service-model',
    href: '/tools/assess/service-model/',
    title: 'Service model self-assessment',
    summary: 'How far your team is from issue-centric and toward human-centric service.',
    available: true,
  },
};

/** The other tools. */
export const otherTools: Tool[] = [
  {
    id: 'workshop',
    href: '/tools/workshop/',
    title: 'Workshop mode',
    summary: 'Run an assessment with a team, each on their own device, and see the spread, not an average.',
    available: true,
  },
  {
    id: 'cost-of-inaction',
    href: '/tools/cost-of-inaction/',
    title: 'Cost-of-inaction calculator',
    summary: 'What poor service costs in money and in human time, with every formula shown.',
    available: true,
  },
  {
    id: 'journeys',
    href: '/tools/journeys/',
    title: 'Moments-that-matter worksheets',
    summary: 'Sketch a journey, score the moments, and leave with the three to five that matter most.',
    available: true,
  },
  {
    id: 'my-data',
    href: '/tools/my-data/',
    title: 'Your data on this device',
    summary: 'Back up everything you have entered to one file, restore it, or delete it all.',
    available: true,
  },
];

/** False for a tool accueil.config.json hides (`hideTools`): its page is still built, but no list or link offers it. */
export const isShown = (tool: Tool): boolean => !siteConfig().hideTools.includes(tool.id);
