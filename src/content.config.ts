import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { playbookSchema } from './schemas/playbook';
import { sourceSchema } from './schemas/source';
import { glossarySchema } from './schemas/glossary';
import { familyPageSchema, pageSchema } from './schemas/page';
import { assessmentSchema } from './schemas/assessment';
import { templateSchema } from './core/journey/templates';
import { sessionSchema } from './schemas/session';
import { exampleSchema } from './schemas/example';

/** The content folder; tests and the benchmark point ACCUEIL_CONTENT at a temporary copy. */
const root = process.env['ACCUEIL_CONTENT'] ?? './content';

/** The guidance: content/playbooks/<family>/<slug>.mdx, id `<family>/<slug>`. */
const playbooks = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: `${root}/playbooks` }),
  schema: playbookSchema,
});

/** One overview per family: content/families/<family>.mdx. */
const families = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${root}/families` }),
  schema: familyPageSchema,
});

/** Free-standing prose pages (about, start here): content/pages/<slug>.mdx. */
const pages = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${root}/pages` }),
  schema: pageSchema,
});

/** The bibliography: content/sources.yaml. */
const sources = defineCollection({
  loader: file(`${root}/sources.yaml`),
  schema: sourceSchema,
});

/** Terms used across the playbooks: content/glossary.yaml. */
const glossary = defineCollection({
  loader: file(`${root}/glossary.yaml`),
  schema: glossarySchema,
});

/** Self-assessments: content/assessments/<id>.yaml. */
const assessments = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${root}/assessments` }),
  schema: assessmentSchema,
});

/** Journey worksheet templates: content/journeys/<slug>.yaml, id `<slug>`. */
const journeys = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${root}/journeys` }),
  schema: templateSchema,
});

/** Session plans for facilitators: content/sessions/<slug>.mdx. */
const sessions = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${root}/sessions` }),
  schema: sessionSchema,
});

/** Worked examples for facilitators, filled in: content/examples/<slug>.mdx. */
const examples = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${root}/examples` }),
  schema: exampleSchema,
});

export const collections = { playbooks, families, pages, sources, glossary, assessments, journeys, sessions, examples };
