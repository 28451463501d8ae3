// The action plan page: every action the team committed to, from workshops, journey shortlists and
// chosen plays, with its owner, due date, status and note; filtered, exported and printed.
import { withBase } from '../../lib/base';
import { useState } from 'preact/hooks';
import {
  filterPlan,
  gatherPlan,
  PLAN_SOURCE_LABELS,
  PLAN_SOURCES,
  PLAN_STATUS_LABELS,
  PLAN_STATUSES,
  planCalendar,
  planCsv,
  planMarkdown,
  planOwners,
  type PlanFilter,
  type PlanItem,
  type PlanSource,
  type PlanStatus,
} from '../../core/plan';
import { isIsoDate } from '../../core/assessment/iso-date';
import { $journeys } from '../../stores/journeys';
import { $workshopRecords } from '../../stores/workshop-records';
import { $plan, markProgress, PLAN_KEY, removePlay, restorePlay, updatePlay } from '../../stores/plan';
import { announce } from '../shared/announce';
import { downloadText, todayStamp } from '../shared/download';
import { LoadFailed } from '../shared/lazy';
import { StorageNotices } from '../shared/StorageNotices';
import { UndoNotice } from '../shared/UndoNotice';
import { useAtom } from '../shared/use-atom';

const NOTE_LIMIT = 1000;
const statusOptions = PLAN_STATUSES.map((status) => [status, PLAN_STATUS_LABELS[status]] as const);
const noFilter: PlanFilter = { source: '', status: '', owner: '' };

/** Where an item can be seen where it was agreed. */
function sourceHref(item: PlanItem): string {
  if (item.source === 'workshop') return '/tools/workshop/';
  if (item.source === 'journey') return '/tools/journeys/';
  const [playbook = '', play = ''] = item.ref.split('#');
  return `/playbooks/${playbook}/#play-${play}`;
}

function formatDue(due: string | null): string {
  if (due === null) return 'No date';
  const [year, month, day] = due.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day).toLocaleDateString(undefined, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
}

/** A labelled choice among [value, words] pairs. */
function SelectField(props: {
  id: string;
  label: string;
  value: string;
  options: readonly (readonly [string, string])[];
  onChange: (value: string) => void;
}) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value}
        onChange={(event) => {
          props.onChange(event.currentTarget.value);
        }}
      >
        {props.options.map(([value, words]) => (
          <option value={value} key={value}>
            {words}
          </option>
        ))}
      </select>
    </div>
  );
}

function ItemCard({ item, index, onRemove }: { item: PlanItem; index: number; onRemove: (item: PlanItem) => void }) {
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

/** The whole action plan. */
export default function ActionPlan() {
  const items = gatherPlan({
    records: useAtom($workshopRecords),
    worksheets: useAtom($journeys).worksheets,
    plan: useAtom($plan),
  });
  const [filter, setFilter] = useState<PlanFilter>(noFilter);
  const [removed, setRemoved] = useState<ReturnType<typeof removePlay>>(null);
  const owners = planOwners(items);
  const shown = filterPlan(items, filter);
  const dated = items.filter((item) => item.due !== null && item.status !== 'dropped').length;

  const remove = (item: PlanItem): void => {
    setRemoved(removePlay(item.ref));
  };
  const save = (kind: 'md' | 'csv'): void => {
    const stamp = todayStamp();
    if (kind === 'md') downloadText(`accueil-action-plan-${stamp}.md`, planMarkdown(items, stamp), 'text/markdown');
    else downloadText(`accueil-action-plan-${stamp}.csv`, planCsv(items), 'text/csv');
  };
  // The calendar library loads only when a calendar file is asked for.
  const [calendarFailed, setCalendarFailed] = useState(false);
  const saveCalendar = (kind: 'todo' | 'event'): void => {
    import('../../core/calendar').then(
      ({ calendarFile }) => {
        setCalendarFailed(false);
        const text = calendarFile(planCalendar(items, kind), new Date());
        downloadText(`accueil-action-plan-${todayStamp()}.ics`, text, 'text/calendar');
      },
      () => {
        setCalendarFailed(true);
      },
    );
  };

  return (
    <div class="action-plan">
      <StorageNotices
        keys={[PLAN_KEY]}
        onExport={() => {
          save('md');
        }}
      />
      {removed && (
        <UndoNotice
          message={`“${removed.play.title}” removed from the plan.`}
          onUndo={() => {
            restorePlay(removed);
            setRemoved(null);
            announce(`“${removed.play.title}” is back in the plan.`);
          }}
          onDismiss={() => {
            setRemoved(null);
          }}
        />
      )}
      {items.length === 0 ? (
        <div class="plan-empty">
          <h2>Nothing in the plan yet</h2>
          <p>Actions arrive here on their own, from three places:</p>
          <ul>
            <li>
              the actions a team agrees in a <a href={withBase('/tools/workshop/')}>workshop</a> and saves in its
              record;
            </li>
            <li>
              the owners and next steps of the moments on a{' '}
              <a href={withBase('/tools/journeys/')}>journey’s shortlist</a>;
            </li>
            <li>
              the plays you mark “We will run this” on a <a href={withBase('/playbooks/')}>playbook</a>.
            </li>
          </ul>
        </div>
      ) : (
        <>
          <form
            class="plan-filters no-print"
            aria-label="Filter the plan"
            onSubmit={(event) => {
              event.preventDefault();
            }}
          >
            <SelectField
              id="plan-source"
              label="From"
              value={filter.source}
              options={[
                ['', 'Everywhere'],
                ...PLAN_SOURCES.map((source) => [source, PLAN_SOURCE_LABELS[source]] as const),
              ]}
              onChange={(source) => {
                setFilter({ ...filter, source: source as PlanSource | '' });
              }}
            />
            <SelectField
              id="plan-status"
              label="Status"
              value={filter.status}
              options={[
                ['', 'Any status'],
                ...PLAN_STATUSES.map((status) => [status, PLAN_STATUS_LABELS[status]] as const),
              ]}
              onChange={(status) => {
                setFilter({ ...filter, status: status as PlanStatus | '' });
              }}
            />
            <SelectField
              id="plan-owner"
              label="Owner"
              value={filter.owner}
              options={[['', 'Anyone'], ['-', 'Nobody yet'], ...owners.map((owner) => [owner, owner] as const)]}
              onChange={(owner) => {
                setFilter({ ...filter, owner });
              }}
            />
          </form>
          <h2 id="plan-list-title">
            {shown.length === items.length
              ? `${String(items.length)} ${items.length === 1 ? 'action' : 'actions'}`
              : `${String(shown.length)} of ${String(items.length)} actions`}
          </h2>
          {shown.length === 0 ? (
            <p>
              No action matches these filters.{' '}
              <button
                type="button"
                class="secondary"
                onClick={() => {
                  setFilter(noFilter);
                }}
              >
                Show every action
              </button>
            </p>
          ) : (
            <ul class="plan-list" aria-labelledby="plan-list-title">
              {shown.map((item) => (
                <ItemCard item={item} index={items.indexOf(item)} onRemove={remove} key={item.key} />
              ))}
            </ul>
          )}
          <section class="plan-export no-print" aria-labelledby="plan-export-title">
            <h2 id="plan-export-title">Take the plan with you</h2>
            <p>
              The files hold every action, whatever the filters show. Nothing leaves this device until you share a file.
            </p>
            <p class="plan-buttons">
              <button
                type="button"
                class="secondary"
                onClick={() => {
                  save('md');
                }}
              >
                Download as Markdown
              </button>
              <button
                type="button"
                class="secondary"
                onClick={() => {
                  save('csv');
                }}
              >
                Download as a spreadsheet (CSV)
              </button>
              <button
                type="button"
                class="secondary"
                onClick={() => {
                  window.print();
                }}
              >
                Print
              </button>
            </p>
            {dated === 0 ? (
              <p>Give an action a due date to put it in a calendar.</p>
            ) : (
              <p class="plan-buttons">
                <button
                  type="button"
                  class="secondary"
                  onClick={() => {
                    saveCalendar('todo');
                  }}
                >
                  Due dates as calendar to-dos (.ics)
                </button>
                <button
                  type="button"
                  class="secondary"
                  onClick={() => {
                    saveCalendar('event');
                  }}
                >
                  Due dates as calendar events (.ics)
                </button>
              </p>
            )}
            {calendarFailed && <LoadFailed what="the calendar writer" />}
          </section>
        </>
      )}
    </div>
  );
}
