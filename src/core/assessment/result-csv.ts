// Spreadsheet exports. Team files carry only team statistics, never one person's scores.
import type { Assessment } from '../../schemas/assessment';
import { toCsv } from '../csv';
import { readAnswer, scoreAnswer } from './answers';
import type { SavedResult } from './result-io';
import { scoreAssessment } from './scoring';
import type { TeamSummary } from './team-summary';
import { roundTo2 } from './text';
import type { WorkshopRecord } from './workshop-record';

/** One row per statement, with the dimension score repeated so the sheet can be filtered. */
export function resultToCsv(assessment: Assessment, result: SavedResult): string {
  const scored = scoreAssessment(assessment, result.answers);
  const rows = assessment.dimensions.flatMap((dimension, index) =>
    dimension.items.map((item) => {
      const answer = readAnswer(result.answers, item.id);
      return [
        result.label,
        result.date,
        dimension.label,
        roundTo2(scored.dimensions[index]?.score ?? null),
        item.id,
        item.statement,
        item.reverse ? 'yes' : 'no',
        answer === 'dk' ? "don't know" : answer,
        scoreAnswer(item, answer),
      ];
    }),
  );
  return toCsv(
    [
      'Result',
      'Date',
      'Dimension',
      'Dimension score',
      'Statement id',
      'Statement',
      'Reverse scored',
      'Answer',
      'Scored as',
    ],
    rows,
  );
}

/**
 * One row per dimension with the team statistics, plus the agreed rating and notes when a record is
 * given. A dimension hidden by discloseDimension has no figures, and says why.
 */
export function teamToCsv(summary: TeamSummary, record?: WorkshopRecord): string {
  const rows = summary.dimensions.map((d) => {
    const agreed = record?.dimensions.find((r) => r.id === d.id);
    if (!d.reveal.allowed) {
      return [d.label, 'hidden', null, null, null, null, null, null, agreed?.agreed ?? null, agreed?.notes ?? null];
    }
    return [
      d.label,
      d.n,
      roundTo2(d.median),
      roundTo2(d.min),
      roundTo2(d.max),
      roundTo2(d.range),
      roundTo2(d.disagreement),
      d.lowCount,
      agreed?.agreed ?? null,
      agreed?.notes ?? null,
    ];
  });
  return toCsv(
    [
      'Dimension',
      'People',
      'Median',
      'Lowest',
      'Highest',
      'Range',
      'Disagreement',
      'Rated 2 or lower',
      'Agreed rating',
      'Notes',
    ],
    rows,
  );
}

/** One row per agreed action. */
export function actionsToCsv(record: WorkshopRecord): string {
  return toCsv(
    ['Session', 'Date', 'Action', 'Owner', 'Due'],
    record.actions.map((a) => [record.sessionName, record.date, a.text, a.owner, a.due]),
  );
}
