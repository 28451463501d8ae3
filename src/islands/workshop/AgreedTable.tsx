// One dimension's agreed ratings as a table, a row per workshop (a team's trend) or per team (the
// roll-up across teams): the rating agreed, the median and the spread, the lowest to the highest score
// (hidden where fewer than three people rated). It scrolls sideways in its own box on a narrow phone.
import type { ComponentChildren } from 'preact';
import { formatScore } from '../../core/assessment/text';

/** One row: what it is (a workshop, a team) and its figures; `n` is how many rated, when shown. */
export interface AgreedRow {
  key: string;
  head: ComponentChildren;
  agreed: number | null;
  median: number | null;
  min: number | null;
  max: number | null;
  n?: number;
}

interface Props {
  /** The caption's id, unique in the page; the scroll box is named by it. */
  captionId: string;
  caption: string;
  /** The heading of the first column: "Workshop" or "Team". */
  rowHeading: string;
  rows: readonly AgreedRow[];
  /** Adds a "Rated by" column with each row's `n`. */
  ratedBy?: boolean;
}

const agreedText = (value: number | null): string => (value === null ? 'not agreed' : String(value));
const spreadText = (min: number | null, max: number | null): string =>
  min === null || max === null ? 'hidden' : `${formatScore(min)} to ${formatScore(max)}`;

/** The agreed rating, median and spread of each row, with an optional "Rated by" count. */
export function AgreedTable({ captionId, caption, rowHeading, rows, ratedBy = false }: Props) {
  return (
    <div class="table-scroll" role="region" aria-labelledby={captionId} tabindex={0}>
      <table>
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeading}</th>
            <th scope="col" class="num">
              Agreed
            </th>
            <th scope="col" class="num">
              Median
            </th>
            <th scope="col" class="num">
              Spread
            </th>
            {ratedBy && (
              <th scope="col" class="num">
                Rated by
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.head}</th>
              <td class="num">{agreedText(row.agreed)}</td>
              <td class="num">{formatScore(row.median)}</td>
              <td class="num">{spreadText(row.min, row.max)}</td>
              {ratedBy && <td class="num">{row.n ?? ''}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
