// Getting worksheets out: JSON that imports back exactly, CSV for spreadsheets, Markdown handouts.
import { toCsv, type CsvCell } from '../csv';
import { slug } from '../slug';
import { encodeVersioned } from '../versioned';
import type { Moment, Worksheet } from './model';
import { EVIDENCE_LABELS, HEART_LABELS, MOMENT_KIND_LABELS, STATUS_LABELS, TRAIT_LABELS } from './vocabulary';
import { sortStages, stageMoments } from './order';
import { assumptionOnly, rankMoments, shortlist } from './ranking';
import { median, medianAbsoluteSpread } from '../assessment/stats';
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
  'On the shortlist',
  'Pinned because',
  'Review by',
  'Scored on assumption only',
  'People who scored it in a session',
  'Feeling scores given',
  'Feeling median',
  'Feeling disagreement',
  'Impact scores given',
  'Impact median',
  'Impact disagreement',
  'Frequency scores given',
  'Frequency median',
  'Frequency disagreement',
  'Seen happen by',
  'Agreed on',
] as const;

const round = (value: number | null) => (value === null ? '' : Math.round(value * 100) / 100);

/** The spread columns of a moment: scores, median and disagreement of each measure (empty without a session). */
function spreadCells(moment: Moment): CsvCell[] {
  const { spread } = moment;
  if (!spread) return ['', '', '', '', '', '', '', '', '', '', '', ''];
  const measure = (values: readonly number[]): CsvCell[] => [
    values.join('; '),
    round(median(values)),
    round(medianAbsoluteSpread(values)),
  ];
  return [
    spread.people,
    ...measure(spread.feeling),
    ...measure(spread.impact),
    ...measure(spread.frequency),
    spread.seen,
    spread.agreedOn,
  ];
}

function csvRows(sheet: Worksheet): CsvCell[][] {
  const ranks = new Map(rankMoments(sheet).map((item) => [item.moment.id, item]));
  const listed = new Set(shortlist(sheet).items.map((item) => item.moment.id));
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
      listed.has(moment.id) ? 'Yes' : 'No',
      moment.pin?.reason ?? '',
      moment.reviewBy ?? '',
      assumptionOnly(moment) ? 'Yes' : 'No',
      ...spreadCells(moment),
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
