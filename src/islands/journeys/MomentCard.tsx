// One moment in its stage's column: its content first (title, what happens, scores, evidence, owner)
// and one Edit button; the move and remove controls and the edit form open on demand. Memoised: an
// edit to one moment re-renders only that card, which keeps big worksheets quick.
import { useAtom } from '../shared/use-atom';
import type { Moment } from '../../core/journey/model';
import { EVIDENCE_NEEDED, assumptionOnly } from '../../core/journey/ranking';
import { MOMENT_KIND_LABELS } from '../../core/journey/vocabulary';
import { $openMoments, toggleMomentForm } from '../../stores/journeys-ui';
import { moveMomentAcross, moveMomentWithin, removeMomentWithUndo } from './actions';
import { MomentForm } from './MomentForm';
import { domId, formatCount, formatFeeling } from './labels';
import { memo } from './memo';

interface Props {
  sheetId: string;
  moment: Moment;
  /** 1 for the moment that matters most. */
  rank: number;
  first: boolean;
  last: boolean;
  firstStage: boolean;
  lastStage: boolean;
}

function MomentCardView({ sheetId, moment, rank, first, last, firstStage, lastStage }: Props) {
  const open = useAtom($openMoments).has(moment.id);
  const { id, title } = moment;
  const formId = domId.moment(id, 'form');
  const move = (
    key: 'up' | 'down' | 'previous' | 'next',
    symbol: string,
    label: string,
    blocked: boolean,
    run: () => void,
  ) => (
    <button
      type="button"
      id={domId.moment(id, `move-${key}`)}
      class="secondary icon"
      aria-label={label}
      title={label}
      aria-disabled={blocked ? 'true' : undefined}
      onClick={run}
    >
      <span aria-hidden="true">{symbol}</span>
    </button>
  );
  return (
    <li class={`moment-card kind-${moment.kind}${open ? ' editing' : ''}`}>
      <h4 class="moment-title">{title}</h4>
      {moment.whatHappens !== '' && <p class="moment-what">{moment.whatHappens}</p>}
      <p class="moment-meta">
        {MOMENT_KIND_LABELS[moment.kind]} · feeling {formatFeeling(moment.feeling)} · impact {moment.impact} × frequency{' '}
        {moment.frequency} = priority {formatCount(moment.impact * moment.frequency)} · rank {formatCount(rank)}
      </p>
      {assumptionOnly(moment) && (
        <p class="flag" title={EVIDENCE_NEEDED}>
          Needs real evidence: scored on an assumption.
        </p>
      )}
      {moment.spread && (
        <p class="moment-meta">
          Agreed by {formatCount(moment.spread.people)} people; seen happen by {formatCount(moment.spread.seen)}.
        </p>
      )}
      {moment.owner !== '' && <p class="moment-owner">Owner: {moment.owner}</p>}
      <button
        type="button"
        id={domId.moment(id, 'edit')}
        class="secondary moment-edit"
        aria-expanded={open}
        aria-controls={open ? formId : undefined}
        onClick={() => {
          toggleMomentForm(id, !open);
        }}
      >
        Edit<span class="visually-hidden"> “{title}”</span>
      </button>
      {open && (
        <div id={formId} class="moment-editor">
          <div class="moment-tools" role="group" aria-label={`Move or remove “${title}”`}>
            {move('up', '↑', `Move “${title}” up`, first, () => {
              moveMomentWithin(sheetId, id, title, 'up');
            })}
            {move('down', '↓', `Move “${title}” down`, last, () => {
              moveMomentWithin(sheetId, id, title, 'down');
            })}
            {move('previous', '←', `Move “${title}” to the previous stage`, firstStage, () => {
              moveMomentAcross(sheetId, id, title, 'previous');
            })}
            {move('next', '→', `Move “${title}” to the next stage`, lastStage, () => {
              moveMomentAcross(sheetId, id, title, 'next');
            })}
            <button
              type="button"
              class="secondary"
              aria-label={`Remove “${title}”`}
              onClick={() => {
                removeMomentWithUndo(sheetId, id, title);
              }}
            >
              Remove
            </button>
          </div>
          <MomentForm sheetId={sheetId} moment={moment} />
        </div>
      )}
    </li>
  );
}

/** A moment card that re-renders only when its own props change. */
export const MomentCard = memo(MomentCardView);
