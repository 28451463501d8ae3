// How the worksheets are stored on the device and written to files: one versioned format for the
// whole collection. To change the shape later, bump JOURNEYS_VERSION, add the new schema, and add
// `1: migrateV1ToV2` to JOURNEY_MIGRATIONS; older files and stored data then upgrade on reading.
import { decodeVersioned, encodeVersioned, type Decoded, type FormatSpec } from '../versioned';
import * as z from '../zod';
import { MAX_STORED_WORKSHEETS, MAX_TOMBSTONES } from './limits';
import { flagRepeatedIds, idSchema, timestampSchema, worksheetSchema } from './model';

/** A record that something was deleted, so another tab's stale copy does not bring it back. */
export const tombstoneSchema = z.object({
  /** What was deleted. */
  entity: z.enum(['worksheet', 'stage', 'moment'], {
    error: 'A deletion record must name a worksheet, stage or moment.',
  }),
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
        .array(worksheetSchema, { error: 'The file must hold a list of worksheets.' })
        .check(
          z.maxLength(MAX_STORED_WORKSHEETS, { error: `A file can hold at most ${MAX_STORED_WORKSHEETS} worksheets.` }),
        ),
      /** Deletion records; exported files carry none, so the field may be left out. */
      tombstones: z._default(z.array(tombstoneSchema).check(z.maxLength(MAX_TOMBSTONES * 2)), () => []),
    },
    { error: 'The data must be an object holding a list of worksheets.' },
  )
  .check(
    z.superRefine((collection, ctx) => {
      flagRepeatedIds(ctx, collection.worksheets, 'worksheets');
    }),
  );
/** Every worksheet on the device. */
export type JourneyCollection = z.infer<typeof collectionSchema>;

/** The `kind` written into stored data and exported files. */
export const JOURNEYS_KIND = 'accueil.journeys';
/** The format version written today. */
export const JOURNEYS_VERSION = 1;

/** Upgrades from version N to N + 1, keyed by N; empty while version 1 is the only one. */
export const JOURNEY_MIGRATIONS: Readonly<Record<number, (old: unknown) => unknown>> = {};

/** The stored and exported format of the worksheets. */
export const journeysFormat: FormatSpec<JourneyCollection> = {
  kind: JOURNEYS_KIND,
  version: JOURNEYS_VERSION,
  schema: collectionSchema,
  migrations: JOURNEY_MIGRATIONS,
  // Above any browser's storage quota, so nothing the browser managed to store is ever refused on reading.
  maxChars: 20_000_000,
};

/** A collection with no worksheets. */
export function emptyCollection(): JourneyCollection {
  return { worksheets: [], tombstones: [] };
}

/** Serialises the collection for storage. */
export function encodeCollection(collection: JourneyCollection): string {
  return encodeVersioned(journeysFormat, collection);
}

/** Reads stored text; never throws. */
export function decodeCollection(raw: string | null | undefined): Decoded<JourneyCollection> {
  return decodeVersioned(journeysFormat, raw);
}
