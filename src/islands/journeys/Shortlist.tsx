// The few moments a team leaves the room with: at most five, ranked by core, each with its owner and
// next step editable right here, and flags for what is still missing.
import { updateMoment } from '../../core/journey/edit-moments';
import { LIMITS } from '../../core/journey/limits';
import type { MomentFields, Worksheet } from '../../core/journey/model';
import { EVIDENCE_NEEDED, shortlist, type ShortlistItem } from '../../core/journey/ranking';
import { changeWorksheet } from '../../stores/journeys';
import { TextField } from './TextField';
import { domId, formatCount, formatFeeling, plural } from './labels';

interface Props {
  sheet: Worksheet;
}

function Flags({ item }: { item: ShortlistItem }) {
  const flags = [
    item.needsOwner ? 'Needs an owner.' : undefined,
    item.needsNextAction ? 'Needs a next action.' : undefined,
    item.needsEvidence ? `Needs real evidence. ${EVIDENCE_NEEDED}` : undefined,
  ].filter((flag) => flag !== undefined);
  if (flags.length === 0) return <p class="ready">Owned, with a next step and real evidence.</p>;
  return (
    <ul class="flags" aria-label={`Still missing for “${item.moment.title}”`}>
      {flags.map((flag) => (
        <li key={flag} class="flag">
          {flag}
        </li>
      ))}
    </ul>
  );
}

/** The shortlist with its reason, owners and next actions. */
export function Shortlist({ sheet }: Props) {
  const list = shortlist(sheet);
  const save = (momentId: string, patch: Partial<MomentFields>) => {
    const result = changeWorksheet(sheet.id, (current, ctx) => updateMoment(current, momentId, patch, ctx));
    return result.ok ? undefined : result.message;
  };
  const assumed = sheet.moments.filter((moment) => moment.evidence === 'assumed').length;
  return (
    <div class="shortlist">
      <p class="reason">{list.reason}</p>
      {list.hint && <p class="notice">{list.hint}</p>}
      {list.items.length === 0 ? (
        <p class="empty">No moments yet. Add moments in the Journey view and score them; the top five show here.</p>
      ) : (
        <ol class="shortlist-items">
          {list.items.map((item) => {
            const { moment } = item;
            return (
              <li key={moment.id} class="card shortlist-item">
                <h3>
                  <span class="rank">{formatCount(item.rank)}.</span> {moment.title}
                </h3>
                <p class="moment-meta">
                  Stage “{item.stage.name}” · priority {formatCount(item.priority)} (impact {moment.impact} × frequency{' '}
                  {moment.frequency}) · feeling {formatFeeling(moment.feeling)}
                </p>
                <Flags item={item} />
                <TextField
                  id={domId.moment(moment.id, 'shortlist-owner')}
                  label={`Owner of “${moment.title}”`}
                  value={moment.owner}
                  limit={LIMITS.owner}
                  onSave={(owner) => save(moment.id, { owner })}
                />
                <TextField
                  id={domId.moment(moment.id, 'shortlist-next-action')}
                  label={`Next action for “${moment.title}”`}
                  multiline
                  value={moment.nextAction}
                  limit={LIMITS.nextAction}
                  onSave={(nextAction) => save(moment.id, { nextAction })}
                />
              </li>
            );
          })}
        </ol>
      )}
      {list.leftOff > 0 && (
        <p>{plural(list.leftOff, 'more moment is', 'more moments are')} ranked lower and left off on purpose.</p>
      )}
      {assumed > 0 && (
        <p class="flag">
          {plural(assumed, 'moment', 'moments')} in this worksheet {assumed === 1 ? 'is' : 'are'} scored on an
          assumption. Watch them happen or ask customers before you act on the scores.
        </p>
      )}
    </div>
  );
}
