// Getting worksheets out: JSON that imports back exactly, CSV for spreadsheets, Markdown handouts.
import { toCsv, type CsvCell } from '../csv';
import { slug } from '../slug';
import { encodeVersioned } from '../versioned';
import type { Worksheet } from './model';
import { EVIDENCE_LABELS, HEART_LABELS, MOMENT_KIND_LABELS, STATUS_LABELS, TRAIT_LABELS } from './vocabulary';
import { sortStages, stageMoments } from './order';
import { rankMoments } from './ranking';
import { journeysFormat } from './format';

/** A JSON file holding the worksheets, in the stored format; previewImport reads it back unchanged. */
export function exportJson(worksheets: readonly Worksheet[]): string {
  return encodeVersioned(journeysFormat, { worksheets: [...worksheets], tombstones: [] });
}

/** The CSV columns, one row per moment. */
export const CSV_HEADER = [
  'Worksheet',
  'Stage',
  'Stage number',
  'Position in stage',
  'Rank',
  'Priority (impact × frequency)',
  'Moment',
  'What happens',
  'Kind',
  'Feeling (-3 to +3)',
  'Impact (1 to 5)',
  'Frequency (1 to 5)',
  'Evidence',
  'Traits',
  'HEART values',
  'Owner',
  'Next action',
  'Status',
  'Moment id',
  'Stage id',
  'Worksheet id',
  'Last changed',
] as const;

function csvRows(sheet: Worksheet): CsvCell[][] {
  const ranks = new Map(rankMoments(sheet).map((item) => [item.moment.id, item]));
  return sortStages(sheet).flatMap((stage, stageIndex) =>
    stageMoments(sheet, stage.id).map((moment, index) => [
      sheet.name,
      stage.name,
      stageIndex + 1,
      index + 1,
      ranks.get(moment.id)?.rank,
      moment.impact * moment.frequency,
      moment.title,
      moment.whatHappens,
      MOMENT_KIND_LABELS[moment.kind],
      moment.feeling,
      moment.impact,
      moment.frequency,
      EVIDENCE_LABELS[moment.evidence],
      moment.traits.map((trait) => TRAIT_LABELS[trait]).join('; '),
      moment.heart.map((value) => HEART_LABELS[value]).join('; '),
      moment.owner,
      moment.nextAction,
      STATUS_LABELS[moment.status],
      moment.id,
      stage.id,
      sheet.id,
      moment.updatedAt,
    ]),
  );
}

/** A CSV document with one row per moment of every worksheet given, in journey order. */
export function exportCsv(worksheets: readonly Worksheet[]): string {
  return toCsv(CSV_HEADER, worksheets.flatMap(csvRows));
}

/** A file name such as `journey-hotel-stay.json`, or `journeys-3.csv` for several worksheets. */
export function exportFileName(
  worksheets: readonly Pick<Worksheet, 'name'>[],
  extension: 'json' | 'csv' | 'md',
): string {
  const [only] = worksheets;
  if (worksheets.length !== 1 || !only) return `journeys-${worksheets.length}.${extension}`;
  return `journey-${slug(only.name, 60) || 'worksheet'}.${extension}`;
}
