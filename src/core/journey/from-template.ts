// Turning a template into a new worksheet. The page validates templates at build time
// (templates.ts) and passes them in.
import type { IdGenerator } from './context';
import type { Worksheet } from './model';
import type { JourneyTemplate } from './templates';
import { sortHeartValues, sortTraits } from './vocabulary';

/** The template files, in the order the page offers them. */
export const JOURNEY_TEMPLATE_SLUGS = ['opening-a-bank-account', 'hotel-stay', 'support-request'] as const;

/** A new worksheet filled in from a template, with fresh ids and every timestamp set to `now`. */
export function worksheetFromTemplate(template: JourneyTemplate, newId: IdGenerator, now: string): Worksheet {
  const id = newId();
  const stages = template.stages.map((stage, order) => ({ id: newId(), name: stage.name, order, updatedAt: now }));
  const moments = template.stages.flatMap((stage, index) =>
    stage.moments.map((fields, order) => ({
      id: newId(),
      stageId: stages[index]?.id ?? '',
      ...fields,
      traits: sortTraits(fields.traits),
      heart: sortHeartValues(fields.heart),
      order,
      updatedAt: now,
    })),
  );
  return {
    id,
    name: template.name,
    customer: template.customer,
    stages,
    moments,
    createdAt: now,
    updatedAt: now,
    detailsUpdatedAt: now,
  };
}
