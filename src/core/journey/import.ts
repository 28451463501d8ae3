// Bringing worksheets in from a file. Reading never throws and never trusts the file: size is
// checked before parsing, then the versioned decoder validates every field. Text is kept exactly
// as typed; it is data, never markup, and the UI must render it as text.
import { decodeVersioned } from '../versioned';
import type { EditContext } from './context';
import { fitName, reissueIds } from './worksheet';
import type { Worksheet } from './model';
import { saveWorksheet, findWorksheet } from './collection';
import { journeysFormat, type JourneyCollection } from './format';
import { IMPORT_MAX_CHARS, MAX_WORKSHEETS } from './limits';

/** What to do with an imported worksheet whose id is already on this device. */
export type ImportChoice = 'replace' | 'keep-both' | 'skip';

/** One worksheet found in the file. */
export interface ImportItem {
  /** The worksheet exactly as it is in the file. */
  worksheet: Worksheet;
  /** True when a worksheet with the same id is already here: ask whether to replace, keep both, or skip. */
  conflict: boolean;
  /** The name of the worksheet it would replace, when there is a conflict. */
  existingName?: string;
}

/** What a file would import, or a sentence explaining why it cannot be imported. */
export type ImportPreview = { ok: true; items: ImportItem[]; migratedFrom?: number } | { ok: false; message: string };

/** The result of applying an import. */
export type ImportOutcome =
  | { ok: true; collection: JourneyCollection; added: string[]; replaced: string[]; skipped: string[] }
  | { ok: false; message: string };

const importFormat = { ...journeysFormat, maxChars: IMPORT_MAX_CHARS };
const CHOOSE_EXPORT = 'Choose a .json file exported from the journey worksheets.';

const SEGMENT_NAMES: Readonly<Record<string, string>> = {
  worksheets: 'worksheet',
  stages: 'stage',
  moments: 'moment',
  tombstones: 'deletion record',
  traits: 'trait',
  heart: 'HEART value',
};

/** Turns `worksheets.0.moments.2.feeling` into `worksheet 1, moment 3, field “feeling”`. */
export function describeFieldPath(path: string): string {
  const parts = path.split('.');
  const words: string[] = [];
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i] ?? '';
    const next = parts[i + 1];
    const name = SEGMENT_NAMES[part];
    if (name && next !== undefined && /^\d+$/.test(next)) {
      words.push(`${name} ${Number(next) + 1}`);
      i += 1;
    } else {
      words.push(`field “${part}”`);
    }
  }
  return words.join(', ');
}

function explain(reason: string): string {
  if (reason.startsWith('it is larger than'))
    return `This file is too large to import: the limit is 2 MB. ${CHOOSE_EXPORT}`;
  if (reason === 'it is not valid JSON')
    return `This file is not a worksheet export: its text is not valid JSON. ${CHOOSE_EXPORT}`;
  if (reason === 'it is not an Accueil file') return `This file is not an Accueil export. ${CHOOSE_EXPORT}`;
  if (reason.startsWith('it is not a')) return `This file does not hold journey worksheets. ${CHOOSE_EXPORT}`;
  if (reason.startsWith('its version'))
    return `This file does not say which format version it uses, so it cannot be read safely. ${CHOOSE_EXPORT}`;
  const shape = /^its content is not valid(?: at ([^:]+))?: ([\s\S]*)$/.exec(reason);
  if (shape) {
    const where = shape[1] ? describeFieldPath(shape[1]) : 'the file as a whole';
    const problem = shape[2] ?? '';
    const sentence = problem.charAt(0).toLowerCase() + problem.slice(1);
    return `This file cannot be imported because of a problem in ${where}: ${sentence.replace(/\.?$/, '.')} Fix that field, or export the worksheet from Accueil again.`;
  }
  return `This file cannot be imported because ${reason}. ${CHOOSE_EXPORT}`;
}

/** Reads a file's text and lists what it would import; never throws. */
export function previewImport(text: string, existing: readonly Worksheet[]): ImportPreview {
  try {
    if (typeof text !== 'string') return { ok: false, message: `This file is empty. ${CHOOSE_EXPORT}` };
    // Checked before anything else reads the text, so a huge file is refused at once.
    if (text.length > IMPORT_MAX_CHARS) return { ok: false, message: explain('it is larger than the limit') };
    const decoded = decodeVersioned(importFormat, text);
    if (decoded.status === 'empty') return { ok: false, message: `This file is empty. ${CHOOSE_EXPORT}` };
    if (decoded.status === 'newer') {
      return {
        ok: false,
        message: `This file was made by a newer version of Accueil (format ${decoded.version}). Reload the page to get the latest version, then import it again.`,
      };
    }
    if (decoded.status === 'invalid') return { ok: false, message: explain(decoded.reason) };
    const { worksheets } = decoded.value;
    if (worksheets.length === 0)
      return { ok: false, message: 'This file holds no worksheets, so there is nothing to import.' };
    const here = new Map(existing.map((sheet) => [sheet.id, sheet]));
    const items = worksheets.map((worksheet): ImportItem => {
      const match = here.get(worksheet.id);
      return match ? { worksheet, conflict: true, existingName: match.name } : { worksheet, conflict: false };
    });
    return decoded.migratedFrom === undefined
      ? { ok: true, items }
      : { ok: true, items, migratedFrom: decoded.migratedFrom };
  } catch {
    return { ok: false, message: `This file could not be read. ${CHOOSE_EXPORT}` };
  }
}

/** The worksheet as if every part of it had just been edited, so older deletion records and stale tabs do not undo the import. */
function stampAsNew(sheet: Worksheet, now: string): Worksheet {
  return {
    ...sheet,
    stages: sheet.stages.map((stage) => ({ ...stage, updatedAt: now })),
    moments: sheet.moments.map((moment) => ({ ...moment, updatedAt: now })),
    updatedAt: now,
    detailsUpdatedAt: now,
  };
}

/**
 * Adds the previewed worksheets. Choices are keyed by the imported worksheet's id; a conflict
 * with no choice keeps both, so nothing is ever overwritten without being asked. `keep-both`
 * gives the imported copy new ids and adds "(imported)" to its name.
 */
export function applyImport(
  existing: JourneyCollection,
  preview: ImportPreview,
  choices: Readonly<Record<string, ImportChoice>>,
  ctx: EditContext,
): ImportOutcome {
  if (!preview.ok) return preview;
  const plan = preview.items.map(({ worksheet }) => {
    const conflict = findWorksheet(existing, worksheet.id) !== undefined;
    const choice = choices[worksheet.id] ?? (conflict ? 'keep-both' : 'replace');
    return {
      worksheet,
      action: choice === 'skip' ? 'skip' : conflict && choice === 'replace' ? 'replace' : conflict ? 'copy' : 'add',
    } as const;
  });
  const adding = plan.filter((step) => step.action === 'add' || step.action === 'copy').length;
  if (existing.worksheets.length + adding > MAX_WORKSHEETS) {
    return {
      ok: false,
      message: `This import would bring you to ${existing.worksheets.length + adding} worksheets, over the limit of ${MAX_WORKSHEETS}. Delete some you no longer need, or skip some of the imported ones.`,
    };
  }
  let collection = existing;
  const outcome = { added: [] as string[], replaced: [] as string[], skipped: [] as string[] };
  for (const step of plan) {
    if (step.action === 'skip') {
      outcome.skipped.push(step.worksheet.id);
      continue;
    }
    const sheet =
      step.action === 'copy'
        ? reissueIds(step.worksheet, ctx, fitName(`${step.worksheet.name} (imported)`))
        : stampAsNew(step.worksheet, ctx.now);
    const saved = saveWorksheet(collection, sheet);
    if (!saved.ok) return saved;
    collection = saved.collection;
    (step.action === 'replace' ? outcome.replaced : outcome.added).push(sheet.id);
  }
  return { ok: true, collection, ...outcome };
}
