// Reviewing the actions a team agreed last time. Each status and note is the action plan's own
// (src/stores/plan.ts), so the review and /tools/plan/ always say the same thing, and both survive a reload.
import { useState } from 'preact/hooks';
import { PLAN_STATUS_LABELS, PLAN_STATUSES, recordActions, type PlanItem, type PlanStatus } from '../../core/plan';
import type { WorkshopRecord } from '../../core/assessment/workshop-record';
import { $plan, markProgress } from '../../stores/plan';
import { announce } from '../shared/announce';
import { useAtom } from '../shared/use-atom';
import { withBase } from '../../lib/base';

interface Props {
  team: string;
  previous: WorkshopRecord;
}

/** How each status reads in this review: "to do" means nobody has reviewed it yet. */
const REVIEW_LABELS: Readonly<Record<PlanStatus, string>> = { ...PLAN_STATUS_LABELS, 'to-do': 'Not reviewed yet' };
const REVIEW_ORDER: readonly PlanStatus[] = ['to-do', 'done', 'in-progress', 'dropped'];

function ActionReview({ item, index }: { item: PlanItem; index: number }) {
  const [note, setNote] = useState(item.note);
  const base = `last-action-${String(index)}`;
  const save = (status: PlanStatus, text: string) => {
    markProgress(item.key, { status, note: text.slice(0, 1000) });
  };
  return (
    <li>
      <p class="action-what" id={`${base}-what`}>
        {item.what}
      </p>
      <p class="hint">
        {item.owner ? `Owner: ${item.owner}.` : 'Nobody was named.'} {item.due ? `Due ${item.due}.` : 'No due date.'}
      </p>
      <div class="field">
        <label for={`${base}-status`}>Where it stands</label>
        <select
          id={`${base}-status`}
          aria-describedby={`${base}-what`}
          value={item.status}
          onChange={(event) => {
            const status = PLAN_STATUSES.find((s) => s === event.currentTarget.value) ?? 'to-do';
            save(status, note);
            announce(`${item.what}: ${REVIEW_LABELS[status]}.`);
          }}
        >
          {REVIEW_ORDER.map((status) => (
            <option key={status} value={status}>
              {REVIEW_LABELS[status]}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for={`${base}-note`}>Note</label>
        <textarea
          id={`${base}-note`}
          aria-describedby={`${base}-what`}
          rows={2}
          maxLength={1000}
          value={note}
          onInput={(event) => {
            setNote(event.currentTarget.value);
            save(item.status, event.currentTarget.value);
          }}
        />
      </div>
    </li>
  );
}

/** Last time's actions, each with where it stands and a note. */
export function LastActionsReview({ team, previous }: Props) {
  const items = recordActions(previous, useAtom($plan));
  const reviewed = items.filter((item) => item.status !== 'to-do').length;
  return (
    <section class="card last-actions no-print" aria-labelledby="last-actions-title">
      <h3 id="last-actions-title">Before you start: last time’s actions</h3>
      <p>
        {team}’s last workshop, “{previous.sessionName}” on {previous.date},{' '}
        {items.length === 0
          ? 'agreed no actions. Ask what changed since, then invite the team.'
          : `agreed ${String(items.length)} ${items.length === 1 ? 'action' : 'actions'}. Go through ${items.length === 1 ? 'it' : 'them'} with the team before anyone answers: done, in progress or dropped, and why.`}
      </p>
      {items.length > 0 && (
        <>
          <p id="last-actions-count">
            {reviewed} of {items.length} reviewed. Each status is also the action’s status in the{' '}
            <a href={withBase('/tools/plan/')}>action plan</a>.
          </p>
          <ol>
            {items.map((item, index) => (
              <ActionReview key={item.key} item={item} index={index} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
