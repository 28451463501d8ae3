// The zod schemas of the stored and exported collection: the reference the build, the types and
// the tests use. The browser reads and writes through format.ts, whose zod-free check decides the
// same (tests/core/journey/check.test.ts), so zod never reaches the page.
import { z } from 'astro/zod';
import { MAX_STORED_WORKSHEETS, MAX_TOMBSTONES } from './limits';
import { CROSS_MESSAGES, SHAPE_MESSAGES } from './messages';
import { idSchema, timestampSchema, worksheetSchema } from './model';

export * from './format';

/** A record that something was deleted, so another tab's stale copy does not bring it back. */
export const tombstoneSchema = z.object({
  /** What was deleted. */
  entity: z.enum(['worksheet', 'stage', 'moment'], { error: SHAPE_MESSAGES.entity }),
  /** The worksheet it belonged to (for a worksheet, its own id). */
  worksheetId: idSchema,
  /** The deleted item's id. */
  id: idSchema,
  /** When it was deleted. */
  deletedAt: timestampSchema,
});
/** A deletion record. */
export type Tombstone = z.infer<typeof tombstoneSchema>;

/** Every worksheet on the device, plus deletion records for merging tabs. */
export const collectionSchema = z
  .object(
    {
      /** The worksheets. */
      worksheets: z
        .array(worksheetSchema, { error: SHAPE_MESSAGES.worksheetList })
        .max(MAX_STORED_WORKSHEETS, { error: CROSS_MESSAGES.tooManyWorksheets(MAX_STORED_WORKSHEETS) }),
      /** Deletion records; exported files carry none, so the field may be left out. */
      tombstones: z
        .array(tombstoneSchema)
        .max(MAX_TOMBSTONES * 2)
        .default([]),
    },
    { error: SHAPE_MESSAGES.collection },
  )
  .superRefine((collection, ctx) => {
    const seen = new Set<string>();
    collection.worksheets.forEach((sheet, index) => {
      if (seen.has(sheet.id))
        ctx.addIssue({
          code: 'custom',
          path: ['worksheets', index, 'id'],
          message: CROSS_MESSAGES.worksheetTwice(sheet.id),
        });
      seen.add(sheet.id);
    });
  });
/** Every worksheet on the device. */
export type JourneyCollection = z.infer<typeof collectionSchema>;
