// The revealed spread, moment by moment: every score as a dot (with the scores in words beside
// them, so the table is its own text alternative), the median, the disagreement, how many have seen
// it happen, and the score the team agrees, starting from the rounded median.
import { useState } from 'preact/hooks';
import type { AgreedScores } from '../../core/journey/curate';
import type { JourneySession } from '../../core/journey/session';
import {
  MEASURES,
  sortSpread,
  suggestedScore,
  type Measure,
  type MeasureSpread,
  type MomentSpread,
  type SpreadOrder,
  type TeamSpread,
} from '../../core/journey/spread';
import { agreeScores, writeAgreedScores } from '../../stores/journeys-sessions';
import { announce } from '../shared/announce';
import { formatFeeling } from './labels';

interface Props {
  session: JourneySession;
  spread: Extract<TeamSpread, { status: 'shown' }>;
  /** Ids of the worksheet's moments scored on assumption only. */
  assumed: ReadonlySet<string>;
}

const NAMES: Readonly<Record<Measure, string>> = { feeling: 'Feeling', impact: 'Impact', frequency: 'Frequency' };
const RANGE: Readonly<Record<Measure, number[]>> = {
  feeling: [3, 2, 1, 0, -1, -2, -3],
  impact: [5, 4, 3, 2, 1],
  frequency: [5, 4, 3, 2, 1],
};
const FALLBACK: AgreedScores = { feeling: 0, impact: 3, frequency: 3 };
// Built on first use, like the formats in labels.ts.
let oneDecimal: Intl.NumberFormat | undefined;
const formatMedian = (value: number) =>
  (oneDecimal ??= new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 })).format(value);
const show = (measure: Measure, value: number) => (measure === 'feeling' ? formatFeeling(value) : String(value));

function Dots({ measure, spread }: { measure: Measure; spread: MeasureSpread }) {
  const words = spread.values.map((value) => show(measure, value)).join(', ');
  return (
    <>
      <span class="jsession-dots" aria-hidden="true">
        {spread.values.map((value, index) => (
          <span key={index} class="jsession-dot">
            {show(measure, value)}
          </span>
        ))}
      </span>
      <span class="visually-hidden">{words === '' ? 'no scores' : words}</span>
      {spread.dontKnow > 0 && <span> ({spread.dontKnow} don’t know)</span>}
    </>
  );
}

/** The suggested agreed scores: each moment's rounded medians. */
function suggestedScores(moments: readonly MomentSpread[]): Record<string, AgreedScores> {
  return Object.fromEntries(
    moments.map((m) => [
      m.momentId,
      {
        feeling: suggestedScore(m.feeling, 'feeling', FALLBACK.feeling),
        impact: suggestedScore(m.impact, 'impact', FALLBACK.impact),
        frequency: suggestedScore(m.frequency, 'frequency', FALLBACK.frequency),
      },
    ]),
  );
}

/** Every moment's spread, sorted as asked, with the agreed scores. */
export function SpreadView({ session, spread, assumed }: Props) {
  const [order, setOrder] = useState<SpreadOrder>('disagreement');
  const suggested = suggestedScores(spread.moments);
  const agreedFor = (id: string): AgreedScores =>
    (Object.hasOwn(session.agreed, id) ? session.agreed[id] : suggested[id]) ?? FALLBACK;
  return (
    <div class="jsession-spread">
      <p>
        Scores from {spread.people} people. The disagreement is the typical distance of a score from the median (0 when
        everyone agrees). Agree each moment’s scores together; they start at the median.
      </p>
      <div class="field">
        <label for="jsession-order">Order the moments by</label>
        <select
          id="jsession-order"
          value={order}
          onChange={(event) => {
            setOrder(event.currentTarget.value as SpreadOrder);
          }}
        >
          <option value="disagreement">Disagreement, most first</option>
          <option value="priority">Priority (median impact × frequency), highest first</option>
          <option value="journey">Journey order</option>
        </select>
      </div>
      <ol class="jsession-list">
        {sortSpread(spread.moments, order).map((moment) => {
          const agreed = agreedFor(moment.momentId);
          const headingId = `jsession-m-${moment.position}`;
          return (
            <li key={moment.momentId} class="jsession-moment">
              <h5 id={headingId}>
                {moment.title} <span class="muted">({moment.stageName})</span>
              </h5>
              <p>
                Seen happen by {moment.seen} of {spread.people}.
                {moment.seen === 0 && assumed.has(moment.momentId) && (
                  <strong class="jsession-assumed"> Assumption only: nobody has seen this happen.</strong>
                )}{' '}
                Median priority: {moment.priority === null ? 'not scored' : formatMedian(moment.priority)}.
              </p>
              <div class="table-scroll">
                <table>
                  <caption class="visually-hidden">Scores for “{moment.title}”</caption>
                  <thead>
                    <tr>
                      <th scope="col">Score</th>
                      <th scope="col">Everyone’s</th>
                      <th scope="col">Median</th>
                      <th scope="col">Disagreement</th>
                      <th scope="col">Agreed</th>
                    </tr>
                  </thead>
                  <tbody>
                    {MEASURES.map((measure) => {
                      const part = moment[measure];
                      const id = `jsession-agree-${moment.position}-${measure}`;
                      return (
                        <tr key={measure}>
                          <th scope="row">{NAMES[measure]}</th>
                          <td>
                            <Dots measure={measure} spread={part} />
                          </td>
                          <td>{part.median === null ? '–' : formatMedian(part.median)}</td>
                          <td>{part.disagreement === null ? '–' : formatMedian(part.disagreement)}</td>
                          <td>
                            <label class="visually-hidden" for={id}>
                              Agreed {NAMES[measure].toLowerCase()} for “{moment.title}”
                            </label>
                            <select
                              id={id}
                              value={String(agreed[measure])}
                              onChange={(event) => {
                                agreeScores(session, moment.momentId, {
                                  ...agreed,
                                  [measure]: Number(event.currentTarget.value),
                                });
                              }}
                            >
                              {RANGE[measure].map((value) => (
                                <option key={value} value={String(value)}>
                                  {show(measure, value)}
                                </option>
                              ))}
                            </select>
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            </li>
          );
        })}
      </ol>
      <p>
        <button
          type="button"
          onClick={() => {
            const done = writeAgreedScores(session, suggested);
            announce(
              done.ok ? 'The agreed scores are in the worksheet, with the spread kept beside each.' : done.message,
            );
          }}
        >
          Write the agreed scores to the worksheet
        </button>
        {session.applied && <span> Written to the worksheet.</span>}
      </p>
    </div>
  );
}
