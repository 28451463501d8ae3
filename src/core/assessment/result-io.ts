// A person's saved results: kept on the device as a history, and exported to a file that can be
// imported again on another device. Files are checked against the assessment this page asks.
import * as z from '../zod';
import type { Assessment } from '../../schemas/assessment';
import { assessmentIds } from '../../schemas/assessment-ids';
import { decodeVersioned, describeDecodeFailure, encodeVersioned, type FormatSpec } from '../versioned';
import { answersSchema, cleanAnswers, listItems, type Answers } from './answers';
import { isoDateSchema } from './iso-date';
import { scoreAssessment } from './scoring';
import { formatChange, joinLabels } from './text';

/** One saved personal result. */
export const savedResultSchema = z.strictObject({
  /** A name the person chose, e.g. "Before the reorganisation". */
  label: z.string().check(z.trim(), z.minLength(1), z.maxLength(80)),
  /** When it was taken, yyyy-mm-dd. */
  date: isoDateSchema,
  /** The assessment answered. */
  assessmentId: z.enum(assessmentIds),
  /** The assessment content version answered. */
  assessmentVersion: z.int().check(z.gte(1), z.lte(255)),
  /** Answers keyed by item id. */
  answers: answersSchema,
});

export type SavedResult = z.infer<typeof savedResultSchema>;

/** One result as an exported file. */
export const savedResultFormat: FormatSpec<SavedResult> = {
  kind: 'accueil.assessment-result',
  version: 1,
  schema: savedResultSchema,
  maxChars: 100_000,
};

/** Every result kept on this device, oldest first. */
export const resultHistoryFormat: FormatSpec<SavedResult[]> = {
  kind: 'accueil.assessment-results',
  version: 1,
  schema: z.array(savedResultSchema).check(z.maxLength(500)),
};

/** Outcome of importing a result file; `note` warns about an older question version. */
export type ImportedResult = { ok: true; result: SavedResult; note: string | null } | { ok: false; message: string };

/** Builds a result to save from the current answers (invalid answers and unknown items dropped). */
export function createSavedResult(assessment: Assessment, answers: Answers, label: string, date: string): SavedResult {
  return {
    label: label.trim() || 'My result',
    date,
    assessmentId: assessment.id,
    assessmentVersion: assessment.version,
    answers: { ...cleanAnswers(assessment, answers) },
  };
}

/**
 * The latest saved result holding exactly these answers, or undefined: a file of the answers on
 * screen then carries the name and date they were saved under.
 */
export function findSavedAnswers(
  history: readonly SavedResult[],
  assessment: Assessment,
  answers: Answers,
): SavedResult | undefined {
  const wanted = Object.entries(cleanAnswers(assessment, answers));
  for (let index = history.length - 1; index >= 0; index -= 1) {
    const saved = history[index];
    if (!saved || saved.assessmentId !== assessment.id) continue;
    const kept = cleanAnswers(assessment, saved.answers);
    if (Object.keys(kept).length === wanted.length && wanted.every(([id, answer]) => kept[id] === answer)) {
      return saved;
    }
  }
  return undefined;
}

/** Serialises one result as a file that importResult reads back. */
export function exportResult(result: SavedResult): string {
  return encodeVersioned(savedResultFormat, result);
}

/** Reads an exported result and checks it against the assessment on this page; never throws. */
export function importResult(text: string, assessment: Assessment): ImportedResult {
  const decoded = decodeVersioned(savedResultFormat, text);
  if (decoded.status === 'empty')
    return { ok: false, message: 'The file is empty; choose a file exported from Accueil.' };
  if (decoded.status !== 'ok') {
    return {
      ok: false,
      message: `${describeDecodeFailure(decoded) ?? 'This file could not be read.'} Choose a result file exported from Accueil.`,
    };
  }
  const result = decoded.value;
  const title = assessment.title;
  if (result.assessmentId !== assessment.id) {
    return {
      ok: false,
      message: `This file holds a result for the "${result.assessmentId}" assessment, not ${title}; import it on that assessment's page.`,
    };
  }
  if (result.assessmentVersion > assessment.version) {
    return {
      ok: false,
      message: `This result was saved with a newer version of the ${title} questions (version ${result.assessmentVersion}; this page has version ${assessment.version}). Reload the page to get the latest version, then import it again.`,
    };
  }
  const known = new Set(listItems(assessment).map(({ item }) => item.id));
  const unknown = Object.keys(result.answers).filter((id) => !known.has(id));
  if (unknown.length > 0) {
    const shown = unknown.slice(0, 3).map((id) => `"${id}"`);
    const more = unknown.length > 3 ? ` and ${unknown.length - 3} more` : '';
    return {
      ok: false,
      message: `This result answers ${unknown.length === 1 ? 'a statement' : `${unknown.length} statements`} that version ${assessment.version} of the ${title} questions no longer asks (${joinLabels(shown)}${more}). It was saved with version ${result.assessmentVersion}, so it cannot be imported; take the assessment again to get a comparable result.`,
    };
  }
  const note =
    result.assessmentVersion < assessment.version
      ? `This result was saved with an older version of the ${title} questions (version ${result.assessmentVersion}); some statements may have been reworded since, so compare it with care.`
      : null;
  return { ok: true, result, note };
}

/**
 * A sentence for a saved result taken with an older version of the questions, or null when it
 * matches this page: answers to statements no longer asked are left out of its scores, and says so.
 */
export function describeOlderResult(assessment: Assessment, result: SavedResult): string | null {
  if (result.assessmentId !== assessment.id || result.assessmentVersion >= assessment.version) return null;
  const known = new Set(listItems(assessment).map(({ item }) => item.id));
  const ids = Object.keys(result.answers);
  const dropped = ids.filter((id) => !known.has(id)).length;
  const kept = ids.length - dropped;
  const saved = `This result was saved with version ${result.assessmentVersion} of the ${assessment.title} questions; this page asks version ${assessment.version}.`;
  if (dropped === 0) return `${saved} Some statements may have been reworded since, so compare it with care.`;
  const left = `${dropped === 1 ? '1 answer is' : `${dropped} answers are`} to statements no longer asked and ${dropped === 1 ? 'is' : 'are'} left out`;
  const rest =
    kept === 0
      ? 'so it has no scores here'
      : `so its scores rest on the ${kept === 1 ? '1 statement' : `${kept} statements`} both versions share`;
  return `${saved} ${left}, ${rest}. Take the assessment again for a comparable result.`;
}

/** How one dimension moved between two results. */
export interface ResultDimensionChange {
  id: string;
  label: string;
  /** Score in the first result, or null. */
  before: number | null;
  /** Score in the second result, or null. */
  after: number | null;
  /** After minus before, rounded to two decimals; null when either is missing. */
  change: number | null;
  /** The change as text, e.g. "+0.7" or "no change". */
  changeText: string;
}

/** Outcome of comparing two results. */
export type ResultComparison =
  { ok: true; dimensions: ResultDimensionChange[]; note: string | null } | { ok: false; message: string };

/** Scores two results of this assessment and compares them dimension by dimension. */
export function compareResults(assessment: Assessment, a: SavedResult, b: SavedResult): ResultComparison {
  const other = [a, b].find((r) => r.assessmentId !== assessment.id);
  if (other) {
    return {
      ok: false,
      message: `"${other.label}" is a result for the "${other.assessmentId}" assessment, not ${assessment.title}; compare two results of the same assessment.`,
    };
  }
  const before = scoreAssessment(assessment, a.answers);
  const after = scoreAssessment(assessment, b.answers);
  const dimensions = before.dimensions.map((dimension, index): ResultDimensionChange => {
    const later = after.dimensions[index]?.score ?? null;
    const change =
      dimension.score === null || later === null ? null : Math.round((later - dimension.score) * 100) / 100;
    return {
      id: dimension.id,
      label: dimension.label,
      before: dimension.score,
      after: later,
      change,
      changeText: formatChange(change),
    };
  });
  const note =
    a.assessmentVersion !== b.assessmentVersion
      ? `These results were taken with different versions of the questions (${a.assessmentVersion} and ${b.assessmentVersion}), so part of any change may come from the new wording.`
      : null;
  return { ok: true, dimensions, note };
}
