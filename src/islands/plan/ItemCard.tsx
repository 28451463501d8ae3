// One action in the plan: what, owner, due date and where it was agreed (linked), with its status and
// note to set; a chosen play also takes its owner and due date here and can be removed (with undo).
import { isIsoDate } from '../../core/assessment/iso-date';
import { PLAN_STATUS_LABELS, PLAN_STATUSES, type PlanItem, type PlanStatus } from '../../core/plan';
import { withBase } from '../../lib/base';
import { markProgress, updatePlay } from '../../stores/plan';
import { announce } from '../shared/announce';
import { SelectField } from './SelectField';

const NOTE_LIMIT = 1000;
const statusOptions = PLAN_STATUSES.map((status) => [status, PLAN_STATUS_LABELS[status]] as const);

/** Where an item can be seen where it was agreed. */
function sourceHref(item: PlanItem): string {
  if (item.source === 'workshop') return '/tools/workshop/';
  if (item.source === 'journey') return '/tools/journeys/';
  const [playbook = '', play = ''] = item.ref.split('#');
  return `/playbooks/${playbook}/#play-${play}`;
}

/** A due date in the reader's own words, e.g. 31 January 2027. */
function formatDue(due: string | null): string {
  if (due === null) return 'No date';
  const [year, month, day] = due.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day).toLocaleDateString(undefined, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
}

interface Props {
  item: PlanItem;
  /** Its place in the whole plan, for its ids. */
  index: number;
  onRemove: (item: PlanItem) => void;
}

/** One action's card in the list. */
export function ItemCard({ item, index, onRemove }: Props) {
  const id = `plan-item-${String(index)}`;
  return (
    <li class="plan-item card" aria-labelledby={`${id}-what`}>
      <h3 id={`${id}-what`}>{item.what}</h3>
      <dl class="plan-facts">
        <div>
          <dt>Owner</dt>
          <dd>{item.owner || 'Nobody yet'}</dd>
        </div>
        <div>
          <dt>Due</dt>
          <dd>{item.due === null ? 'No date' : <time dateTime={item.due}>{formatDue(item.due)}</time>}</dd>
        </div>
        <div>
          <dt>From</dt>
          <dd>
            <a href={withBase(sourceHref(item))}>{item.from}</a>
          </dd>
        </div>
      </dl>
      <div class="plan-edit no-print">
        <SelectField
          id={`${id}-status`}
          label="Status"
          value={item.status}
          options={statusOptions}
          onChange={(value) => {
            const status = value as PlanStatus;
            markProgress(item.key, { status, note: item.note });
            announce(`“${item.what}” is now ${PLAN_STATUS_LABELS[status].toLowerCase()}.`);
          }}
        />
        <div class="field">
          <label for={`${id}-note`}>Note</label>
          <textarea
            id={`${id}-note`}
            rows={2}
            maxLength={NOTE_LIMIT}
            value={item.note}
            onInput={(event) => {
              // Kept as it is typed, so a reload halfway through a note loses nothing.
              markProgress(item.key, { status: item.status, note: event.currentTarget.value });
            }}
          />
        </div>
        {item.source !== 'play' && (
          <p class="hint">
            The owner and date are kept {item.source === 'workshop' ? 'in the workshop record' : 'on the journey'}:
            change them there.
          </p>
        )}
        {item.source === 'play' && (
          <>
            <div class="field">
              <label for={`${id}-owner`}>Owner</label>
              <input
                id={`${id}-owner`}
                type="text"
                maxLength={80}
                autoComplete="off"
                value={item.owner}
                onInput={(event) => {
                  updatePlay(item.ref, { owner: event.currentTarget.value });
                }}
              />
            </div>
            <div class="field">
              <label for={`${id}-due`}>Due</label>
              <input
                id={`${id}-due`}
                type="date"
                value={item.due ?? ''}
                onChange={(event) => {
                  const due = event.currentTarget.value;
                  // A date input gives '' or a real yyyy-mm-dd; anything else is left as it was.
                  if (due === '' || isIsoDate(due)) updatePlay(item.ref, { due: due === '' ? null : due });
                }}
              />
            </div>
            <p>
              <button
                type="button"
                class="secondary"
                onClick={() => {
                  onRemove(item);
                }}
              >
                Remove from the plan
              </button>
            </p>
          </>
        )}
      </div>
      <p class="print-only">
        {PLAN_STATUS_LABELS[item.status]}
        {item.note && ` — ${item.note}`}
      </p>
    </li>
  );
}
