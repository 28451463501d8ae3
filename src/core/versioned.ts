// Versioned envelopes for everything stored on the device or exported to a file.
// Stored data is never trusted: it is parsed, migrated from older versions, then validated.

/**
 * What a format needs from its schema: a zod/mini schema (src/core/zod.ts) fits, and so does
 * anything else with the same safeParse.
 */
export interface Validator<T> {
  safeParse(
    data: unknown,
  ):
    | { success: true; data: T }
    | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
}

/** How a stored or imported format is read: its current version, schema and upgrades. */
export interface FormatSpec<T> {
  /** A short name that identifies the format in files, e.g. `accueil.journeys`. */
  kind: string;
  /** What readers call it, for messages, e.g. "an Accueil backup"; defaults to the kind. */
  label?: string;
  /** The version written today. */
  version: number;
  /** Validates the current shape. */
  schema: Validator<T>;
  /** Upgrades from version N to N + 1, keyed by N. */
  migrations?: Readonly<Record<number, (old: unknown) => unknown>>;
  /** Largest accepted input, in characters (default 5 MB). */
  maxChars?: number;
}

/** The outcome of reading a stored or imported text. Never throws. */
export type Decoded<T> =
  | { status: 'ok'; value: T; migratedFrom?: number }
  | { status: 'empty' }
  | { status: 'invalid'; reason: string; raw: string }
  | { status: 'newer'; version: number; raw: string };

const DEFAULT_MAX_CHARS = 5_000_000;

/** Wraps a value in its envelope and serialises it (writing needs only the kind and version, not the schema). */
export function encodeVersioned<T>(spec: Pick<FormatSpec<T>, 'kind' | 'version'>, value: T): string {
  return JSON.stringify({ kind: spec.kind, version: spec.version, data: value });
}

/** Reads a text written by encodeVersioned, migrating older versions; never throws. */
export function decodeVersioned<T>(spec: FormatSpec<T>, raw: string | null | undefined): Decoded<T> {
  // A search for the first non-space character stops early; trimming would copy a 20 MB text first.
  if (raw === null || raw === undefined || !/\S/.test(raw)) return { status: 'empty' };
  const text = raw;
  const max = spec.maxChars ?? DEFAULT_MAX_CHARS;
  if (text.length > max) {
    const limit = max < 1_000_000 ? `${Math.round(max / 1000)} KB` : `${(max / 1_000_000).toFixed(1)} MB`;
    return { status: 'invalid', reason: `it is larger than the ${limit} limit`, raw: text };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { status: 'invalid', reason: 'it is not valid JSON', raw: text };
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return { status: 'invalid', reason: 'it is not an Accueil file', raw: text };
  }
  const envelope = parsed as { kind?: unknown; version?: unknown; data?: unknown };
  if (envelope.kind !== spec.kind) {
    return { status: 'invalid', reason: `it is not ${spec.label ?? `a ${spec.kind}`} file`, raw: text };
  }
  const version = envelope.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { status: 'invalid', reason: 'its version is missing or not a whole number', raw: text };
  }
  if (version > spec.version) return { status: 'newer', version, raw: text };
  let data = envelope.data;
  try {
    for (let v = version; v < spec.version; v += 1) {
      const migrate = spec.migrations?.[v];
      if (!migrate) return { status: 'invalid', reason: `there is no upgrade from version ${v}`, raw: text };
      data = migrate(data);
    }
  } catch {
    return { status: 'invalid', reason: `it could not be upgraded from version ${version}`, raw: text };
  }
  const result = spec.schema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.map(String).join('.')}` : '';
    return {
      status: 'invalid',
      reason: `its content is not valid${where}: ${issue?.message ?? 'unknown problem'}`,
      raw: text,
    };
  }
  return version === spec.version
    ? { status: 'ok', value: result.data }
    : { status: 'ok', value: result.data, migratedFrom: version };
}

/** A sentence for the reader explaining why a text could not be used. */
export function describeDecodeFailure(decoded: Decoded<unknown>): string | undefined {
  if (decoded.status === 'invalid') return `This data could not be read because ${decoded.reason}.`;
  if (decoded.status === 'newer') {
    return `This data was saved by a newer version of Accueil (format ${decoded.version}); reload the page to get the latest version.`;
  }
  return undefined;
}
