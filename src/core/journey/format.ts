// How the worksheets are stored on the device and written to files: one versioned format for the
// whole collection. To change the shape later, bump JOURNEYS_VERSION, change the schema, and add
// `<old version>: upgrade` to JOURNEY_MIGRATIONS; older files and stored data then upgrade on reading.
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
const JOURNEYS_KIND = 'accueil.journeys';
/**
 * The format version written today. Version 2 added a moment's optional `spread`, `pin` and
 * `reviewBy`; a build that knows only version 1 reads version 2 as newer and leaves it alone,
 * where it would have rewritten the worksheets without the fields it does not know.
 */
const JOURNEYS_VERSION = 2;

/**
 * Version 1 to 2: nothing to change. Every version 1 collection is a valid version 2 one: moments
 * written before the new fields have none of them, and those written with them (by the builds
 * that added them before the version was raised) keep them.
 */
function upgradeCollectionV1(old: unknown): unknown {
  return old;
}

/** Upgrades from version N to N + 1, keyed by N. */
const JOURNEY_MIGRATIONS: Readonly<Record<number, (old: unknown) => unknown>> = { 1: upgradeCollectionV1 };

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
