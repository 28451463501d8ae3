import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { playbookSchema } from './schemas/playbook';
import { sourceSchema } from './schemas/source';
import { glossarySchema } from './schemas/glossary';
import { familyPageSchema, pageSchema } from './schemas/page';

/** The guidance: content/playbooks/<family>/<slug>.mdx, id `<family>/<slug>`. */
const playbooks = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './content/playbooks' }),
  schema: playbookSchema,
});

/** One overview per family: content/families/<family>.mdx. */
const families = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/families' }),
  schema: familyPageSchema,
});

/** Free-standing prose pages (about, start here): content/pages/<slug>.mdx. */
const pages = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/pages' }),
  schema: pageSchema,
});

/** The bibliography: content/sources.yaml. */
const sources = defineCollection({
  loader: file('./content/sources.yaml'),
  schema: sourceSchema,
});

/** Terms used across the playbooks: content/glossary.yaml. */
const glossary = defineCollection({
  loader: file('./content/glossary.yaml'),
  schema: glossarySchema,
});

export const collections = { playbooks, families, pages, sources, glossary };
