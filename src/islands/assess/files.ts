// Saving a result as a file the person keeps: JSON that imports again, or CSV for a spreadsheet.
import type { Assessment } from '../../schemas/assessment';
import type { Answers } from '../../core/assessment/answers';
import { toIsoDate } from '../../core/assessment/iso-date';
import { resultToCsv } from '../../core/assessment/result-csv';
import { createSavedResult, exportResult, type SavedResult } from '../../core/assessment/result-io';
import { slug } from '../../core/slug';
import { downloadText } from '../shared/download';

/** Largest result file accepted for import, checked before the file is read (the format's own limit). */
export const MAX_RESULT_FILE_BYTES = 100_000;

/** Why a picked file over MAX_RESULT_FILE_BYTES is too big to be a result. */
export function describeOversizedFile(bytes: number): string {
  const size = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }).format(bytes / 1000);
  return `That file is ${size} KB, and a result file is never more than 100 KB. Choose a result exported from this page.`;
}

function fileStem(assessment: Assessment, result: SavedResult): string {
  return `accueil-${assessment.id}-${slug(result.label) || 'result'}-${result.date}`;
}

/** Downloads a result as a JSON file that "Import a result" reads back. */
export function downloadResultJson(assessment: Assessment, result: SavedResult): void {
  downloadText(`${fileStem(assessment, result)}.json`, exportResult(result));
}

/** Downloads a result as CSV, one row per statement. */
export function downloadResultCsv(assessment: Assessment, result: SavedResult): void {
  downloadText(`${fileStem(assessment, result)}.csv`, resultToCsv(assessment, result), 'text/csv');
}

/** Downloads the answers given so far as a result file, e.g. when this device cannot save them. */
export function downloadCurrentAnswers(assessment: Assessment, answers: Answers): void {
  downloadResultJson(assessment, createSavedResult(assessment, answers, 'My result', toIsoDate(new Date())));
}
