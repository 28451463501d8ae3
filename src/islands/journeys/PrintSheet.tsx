// What the worksheet looks like on paper for the workshop wall (landscape): the journey as columns,
// then the shortlist with owners and next steps. Hidden on screen; print CSS shows only this.
import type { Worksheet } from '../../core/journey/model';
import { sortStages, stageMoments } from '../../core/journey/order';
import { assumptionOnly, shortlist } from '../../core/journey/ranking';
import { formatCount, formatFeeling } from './labels';
import { memo } from './memo';

interface Props {
  sheet: Worksheet;
}

function PrintSheetView({ sheet }: Props) {
  const list = shortlist(sheet);
  const stages = sortStages(sheet);
  return (
    // Hidden from assistive technology: on screen it is not displayed at all; it exists for paper.
    <div class="print-sheet" aria-hidden="true">
      <h2>{sheet.name}</h2>
      {sheet.customer !== '' && <p>Customer: {sheet.customer}</p>}
      <ol class="print-columns">
        {stages.map((stage) => (
          <li key={stage.id}>
            <h3>{stage.name}</h3>
            <ul>
              {stageMoments(sheet, stage.id).map((moment) => (
                <li key={moment.id}>
                  <strong>{moment.title}</strong>
                  <br />
                  feeling {formatFeeling(moment.feeling)} · priority {formatCount(moment.impact * moment.frequency)}
                  {assumptionOnly(moment) ? ' · assumption only' : ''}
                  {moment.spread
                    ? ` · agreed by ${formatCount(moment.spread.people)}, seen by ${formatCount(moment.spread.seen)}`
                    : ''}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <h3>The moments that matter most</h3>
      <p>{list.reason}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Moment</th>
            <th scope="col">Priority</th>
            <th scope="col">Owner</th>
            <th scope="col">Next action</th>
          </tr>
        </thead>
        <tbody>
          {list.items.map((item) => (
            <tr key={item.moment.id}>
              <td>{formatCount(item.rank)}</td>
              <td>
                {item.moment.title} ({item.stage.name}){item.needsEvidence ? ' · needs real evidence' : ''}
                {item.moment.pin ? ` · pinned: ${item.moment.pin.reason}` : ''}
                {item.moment.reviewBy ? ` · review by ${item.moment.reviewBy}` : ''}
              </td>
              <td>{formatCount(item.priority)}</td>
              <td>{item.needsOwner ? '(nobody yet)' : item.moment.owner}</td>
              <td>{item.needsNextAction ? '(not decided yet)' : item.moment.nextAction}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The printed summary; re-rendered only when the worksheet changes. */
export const PrintSheet = memo(PrintSheetView);
