// The team's ratings per dimension: every score as a dot and as text, how many rated it 2 or lower,
// the range and the median. Sorted by disagreement or in the assessment's order.
import { useState } from 'preact/hooks';
import { type DimensionStats, type TeamSummary } from '../../../core/assessment/team-summary';
import { formatScore } from '../../../core/assessment/text';
import { DotPlot } from './DotPlot';

type Order = 'disagreement' | 'assessment';

/** Dimensions in the chosen order; hidden ones (too few ratings) come last when sorting by disagreement. */
function orderDimensions(summary: TeamSummary, order: Order): DimensionStats[] {
  if (order === 'assessment') return summary.dimensions;
  return [...summary.byDisagreement, ...summary.dimensions.filter((d) => !d.reveal.allowed)];
}

function Row({ d }: { d: DimensionStats }) {
  if (!d.reveal.allowed) {
    return (
      <tr>
        <th scope="row">{d.label}</th>
        <td colSpan={5}>Hidden. {d.reveal.reason}</td>
      </tr>
    );
  }
  return (
    <tr>
      <th scope="row">{d.label}</th>
      {d.dotPlot.allowed ? (
        <td class="dots-cell">
          <DotPlot scores={d.scores} median={d.median} />
          <span class="scores-text">{d.scores.map((s) => formatScore(s)).join(', ')}</span>
        </td>
      ) : (
        <td class="dots-hidden">{d.dotPlot.reason}</td>
      )}
      <td class="num">
        {d.lowCount} of {d.n}
      </td>
      <td class="num">
        {formatScore(d.min)} to {formatScore(d.max)}
      </td>
      <td class="num">{formatScore(d.median)}</td>
      <td class="num">{formatScore(d.disagreement)}</td>
    </tr>
  );
}

/** The team table with its order switch. */
export function TeamTable({ summary }: { summary: TeamSummary }) {
  const [order, setOrder] = useState<Order>('disagreement');
  const rows = orderDimensions(summary, order);
  return (
    <>
      <fieldset class="order-choice no-print">
        <legend>Order the dimensions</legend>
        {(
          [
            ['disagreement', 'Most disagreement first'],
            ['assessment', 'In the assessment’s order'],
          ] as const
        ).map(([value, text]) => (
          <span class="choice-inline" key={value}>
            <input
              type="radio"
              id={`order-${value}`}
              name="team-order"
              checked={order === value}
              onChange={() => {
                setOrder(value);
              }}
            />
            <label for={`order-${value}`}>{text}</label>
          </span>
        ))}
      </fieldset>
      <div class="table-scroll" role="region" aria-labelledby="team-table-caption" tabindex={0}>
        <table class="team-table">
          <caption id="team-table-caption">
            Each person’s score per dimension (the mean of their answers, 1 to 5). A dot is one person; the line is the
            median.
          </caption>
          <thead>
            <tr>
              <th scope="col">Dimension</th>
              <th scope="col">Every score</th>
              <th scope="col" class="num">
                Rated 2 or lower
              </th>
              <th scope="col" class="num">
                Range
              </th>
              <th scope="col" class="num">
                Median
              </th>
              <th scope="col" class="num">
                Disagreement
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((d) => (
              <Row key={d.id} d={d} />
            ))}
          </tbody>
        </table>
      </div>
      <p class="hint">
        Disagreement is how far, on average, each score sits from the median, in points: 0 means everyone agrees.
      </p>
    </>
  );
}
