// The few moments a team leaves the room with: at most five, the pinned ones first (each with its
// reason), then core's ranking; each with its owner, next step and review-by date editable right
// here (they go to the action plan), and flags for what is still missing.
import { useState } from 'preact/hooks';
import { pinMoment, setReviewBy, unpinMoment } from '../../core/journey/curate';
import { updateMoment } from '../../core/journey/edit-moments';
import { LIMITS } from '../../core/journey/limits';
import type { MomentFields, Worksheet } from '../../core/journey/model';
import {
  EVIDENCE_NEEDED,
  SHORTLIST_LIMIT,
  assumptionOnly,
  shortlist,
  type ShortlistItem,
} from '../../core/journey/ranking';
import { announce } from '../shared/announce';
import { changeWorksheet } from '../../stores/journeys';
import { TextField } from './TextField';
import { domId, formatCount, formatFeeling, plural } from './labels';

interface Props {
  sheet: Worksheet;
  /** Told of each pin (with its reason) or unpin (null), e.g. so a scoring session records it. */
  onPin?: ((momentId: string, reason: string | null) => void) | undefined;
  /** Told of each owner or review-by date given. */
  onOwner?: ((momentId: string, owner: string, reviewBy: string) => void) | undefined;
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

/** Pins a moment the ranking left out, with a reason. */
function PinForm({ sheet, onPin }: Pick<Props, 'sheet' | 'onPin'>) {
  const candidates = sheet.moments.filter((moment) => moment.pin === undefined);
  const [momentId, setMomentId] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  const pinned = sheet.moments.length - candidates.length;
  if (candidates.length === 0) return null;
  const chosen = candidates.some((moment) => moment.id === momentId) ? momentId : (candidates[0]?.id ?? '');
  return (
    <form
      class="pin-form"
      onSubmit={(event) => {
        event.preventDefault();
        const result = changeWorksheet(sheet.id, (current, ctx) => pinMoment(current, chosen, reason, ctx));
        if (!result.ok) {
          setError(result.message);
          return;
        }
        const title = sheet.moments.find((moment) => moment.id === chosen)?.title ?? '';
        onPin?.(chosen, reason.trim());
        setError('');
        setReason('');
        announce(`“${title}” is pinned to the shortlist.`);
      }}
    >
      <fieldset>
        <legend>Pin a moment to the shortlist</legend>
        <p>
          Pinned moments come first; the ranking fills the rest. At most {SHORTLIST_LIMIT} can be pinned ({pinned} now).
        </p>
        <div class="field">
          <label for="journeys-pin-moment">Moment</label>
          <select
            id="journeys-pin-moment"
            value={chosen}
            onChange={(event) => {
              setMomentId(event.currentTarget.value);
            }}
          >
            {candidates.map((moment) => (
              <option key={moment.id} value={moment.id}>
                {moment.title}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="journeys-pin-reason">Why it belongs on the shortlist</label>
          <input
            id="journeys-pin-reason"
            type="text"
            maxLength={LIMITS.pinReason}
            value={reason}
            aria-invalid={error !== ''}
            aria-describedby={error === '' ? undefined : 'journeys-pin-error'}
            onInput={(event) => {
              setReason(event.currentTarget.value);
            }}
          />
        </div>
        {error !== '' && (
          <p id="journeys-pin-error" class="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit">Pin it</button>
      </fieldset>
    </form>
  );
}

/** The day a shortlisted moment's owner reviews it. */
function ReviewBy({ sheet, item, onOwner }: Pick<Props, 'sheet' | 'onOwner'> & { item: ShortlistItem }) {
  const { moment } = item;
  const [error, setError] = useState('');
  const id = domId.moment(moment.id, 'shortlist-review-by');
  return (
    <div class="field">
      <label for={id}>Review by, for “{moment.title}”</label>
      <input
        id={id}
        type="date"
        value={moment.reviewBy ?? ''}
        aria-invalid={error !== ''}
        onChange={(event) => {
          const date = event.currentTarget.value;
          const result = changeWorksheet(sheet.id, (current, ctx) => setReviewBy(current, moment.id, date, ctx));
          setError(result.ok ? '' : result.message);
          if (result.ok) onOwner?.(moment.id, moment.owner, date);
        }}
      />
      {error !== '' && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** The shortlist with its reason, pins, owners, next actions and review-by dates. */
export function Shortlist({ sheet, onPin, onOwner }: Props) {
  const list = shortlist(sheet);
  const save = (momentId: string, patch: Partial<MomentFields>) => {
    const result = changeWorksheet(sheet.id, (current, ctx) => updateMoment(current, momentId, patch, ctx));
    if (result.ok && patch.owner !== undefined) {
      onOwner?.(momentId, patch.owner.trim(), sheet.moments.find((m) => m.id === momentId)?.reviewBy ?? '');
    }
    return result.ok ? undefined : result.message;
  };
  const assumed = sheet.moments.filter((moment) => assumptionOnly(moment)).length;
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
                {moment.pin && (
                  <p class="pinned">
                    <strong>Pinned:</strong> {moment.pin.reason}{' '}
                    <button
                      type="button"
                      class="secondary"
                      onClick={() => {
                        const result = changeWorksheet(sheet.id, (current, ctx) =>
                          unpinMoment(current, moment.id, ctx),
                        );
                        if (result.ok) onPin?.(moment.id, null);
                        announce(result.ok ? `“${moment.title}” is no longer pinned.` : result.message);
                      }}
                    >
                      Unpin<span class="visually-hidden"> “{moment.title}”</span>
                    </button>
                  </p>
                )}
                {moment.spread && (
                  <p class="moment-meta">
                    Agreed in a session on {moment.spread.agreedOn} by {moment.spread.people} people; seen happen by{' '}
                    {moment.spread.seen}.
                  </p>
                )}
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
                <ReviewBy sheet={sheet} item={item} onOwner={onOwner} />
              </li>
            );
          })}
        </ol>
      )}
      {list.leftOff > 0 && (
        <p>{plural(list.leftOff, 'more moment is', 'more moments are')} ranked lower and left off on purpose.</p>
      )}
      <PinForm sheet={sheet} onPin={onPin} />
      {assumed > 0 && (
        <p class="flag">
          {plural(assumed, 'moment', 'moments')} in this worksheet {assumed === 1 ? 'is' : 'are'} scored on an
          assumption. Watch them happen or ask customers before you act on the scores.
        </p>
      )}
    </div>
  );
}
