// One file holding everything Accueil keeps on a device, for "export everything" and "import
// everything". Each stored value is kept as the exact text the store wrote (itself a versioned
// envelope), so a backup restores byte for byte and each store still decodes it through its schema.
import { decodeVersioned, describeDecodeFailure, encodeVersioned, type FormatSpec } from './versioned';
import * as z from './zod';

/** Largest backup accepted on import (characters). */
export const MAX_BACKUP_CHARS = 20_000_000;

const keySchema = z
  .string()
  .check(z.maxLength(200), z.regex(/^accueil\.[A-Za-z0-9._:-]+$/, 'is not an Accueil storage key'));

/** The stored keys and their raw text. */
export const backupSchema = z.strictObject({
  /** When the backup was made (ISO 8601). */
  createdAt: z.iso.datetime(),
  /** Storage key → the exact text stored under it. */
  entries: z.record(keySchema, z.string().check(z.maxLength(MAX_BACKUP_CHARS))),
});

export type Backup = z.infer<typeof backupSchema>;

/** The backup file format. */
export const backupFormat: FormatSpec<Backup> = {
  kind: 'accueil.backup',
  label: 'an Accueil backup',
  version: 1,
  schema: backupSchema,
  maxChars: MAX_BACKUP_CHARS,
};

/** What a backup holds, in words a reader can check before restoring. */
export interface BackupSummary {
  /** Number of stored items. */
  count: number;
  /** Tool names found, e.g. "Journey worksheets". */
  tools: string[];
}

const TOOL_NAMES: [RegExp, string][] = [
  [/^accueil\.assess\./, 'Self-assessments'],
  [/^accueil\.workshop\./, 'Workshops'],
  [/^accueil\.calculator/, 'Cost-of-inaction calculator'],
  [/^accueil\.journeys/, 'Journey worksheets'],
  [/^accueil\.plan$/, 'Action plan'],
  [/^accueil\.theme$/, 'Colour theme'],
];

/** Which tools the keys belong to, in a fixed order. */
export function summariseKeys(keys: readonly string[]): BackupSummary {
  const tools = TOOL_NAMES.filter(([pattern]) => keys.some((key) => pattern.test(key))).map(([, name]) => name);
  if (keys.some((key) => !TOOL_NAMES.some(([pattern]) => pattern.test(key)))) tools.push('Other saved data');
  return { count: keys.length, tools };
}

/** Serialises every stored Accueil entry into a backup file. */
export function createBackup(entries: Readonly<Record<string, string>>, now: Date): string {
  const kept = Object.fromEntries(Object.entries(entries).filter(([key]) => keySchema.safeParse(key).success));
  return encodeVersioned(backupFormat, { createdAt: now.toISOString(), entries: kept });
}

/** Reads a backup file; never throws. */
export function readBackup(
  text: string,
): { ok: true; backup: Backup; summary: BackupSummary } | { ok: false; message: string } {
  const decoded = decodeVersioned(backupFormat, text);
  if (decoded.status === 'ok') {
    return { ok: true, backup: decoded.value, summary: summariseKeys(Object.keys(decoded.value.entries)) };
  }
  if (decoded.status === 'empty') return { ok: false, message: 'That file is empty. Choose an Accueil backup file.' };
  return { ok: false, message: describeDecodeFailure(decoded) ?? 'That file could not be read.' };
}
