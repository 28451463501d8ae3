import { z } from 'astro/zod';
import { families } from './playbook';

/** The tools a site can leave out of its lists: the five assessments and the other four tools. */
export const toolIds = [
  'seven-traits',
  'heart',
  'chain',
  'qualities',
  'service-model',
  'workshop',
  'cost-of-inaction',
  'journeys',
  'plan',
  'my-data',
] as const;

/**
 * accueil.config.json: what an organisation changes to make the site its own. Every field has a
 * default, and the defaults give Accueil as published.
 */
export const siteConfigSchema = z
  .object({
    /** The organisation shown beside Accueil's name in every page's header; `null` shows none. */
    organisation: z
      .object({
        /** Its name, as readers know it, e.g. `Northwind Service Desk`. */
        name: z.string().trim().min(1).max(60),
        /** Its logo: a file you put in public/, by its path there, e.g. `/northwind-logo.svg`. Optional. */
        logo: z
          .string()
          .regex(/^\/[^/]/, 'give the path of a file in public/, starting with /, e.g. /logo.svg')
          .optional(),
        /** Where its name links to, e.g. the intranet's home page. Optional. */
        url: z.url({ protocol: /^https?$/ }).optional(),
      })
      .strict()
      .nullable()
      .default(null),
    /**
     * Where readers report a problem with a page: a "new issue" address (`…/issues/new`, which gets
     * the page's title and address filled in), a `mailto:` address (the same, as subject and body),
     * or any other https address, used as it is.
     */
    reportProblem: z
      .string()
      .refine((value) => /^mailto:[^\s@]+@[^\s@]+$/.test(value) || /^https?:\/\/\S+$/.test(value), {
        message: 'give an https address or a mailto: address',
      })
      .default('https://github.com/accueil/accueil/issues/new'),
    /** Tools left out of the site's lists and links, by id, e.g. `["service-model", "journeys"]`. */
    hideTools: z.array(z.enum(toolIds)).default([]),
    /**
     * Families of playbooks left out of the home page, the playbooks page and the not-found page, by
     * id, e.g. `["myths"]`. Their pages are still built, so links in the guidance keep working.
     */
    hideFamilies: z.array(z.enum(families)).default([]),
  })
  .strict();

/** The configuration with its defaults filled in. */
export type SiteConfig = z.infer<typeof siteConfigSchema>;
