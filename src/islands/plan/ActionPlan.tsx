// The action plan page: every action the team committed to, from workshops, journey shortlists and
// chosen plays, with its owner, due date, status and note; filtered, exported and printed. Each
// action's card is ItemCard.tsx, the filters PlanFilters.tsx, the downloads and print PlanExport.tsx.
import { useState } from 'preact/hooks';
import { filterPlan, gatherPlan, planOwners, type PlanFilter, type PlanItem } from '../../core/plan';
import { withBase } from '../../lib/base';
import { $journeys } from '../../stores/journeys';
import { $workshopRecords } from '../../stores/workshop-records';
import { $plan, PLAN_KEY, removePlay, restorePlay } from '../../stores/plan';
import { announce } from '../shared/announce';
import { StorageNotices } from '../shared/StorageNotices';
import { UndoNotice } from '../shared/UndoNotice';
import { useAtom } from '../shared/use-atom';
import { ItemCard } from './ItemCard';
import { NO_FILTER, PlanFilters } from './PlanFilters';
import { downloadPlan, PlanExport } from './PlanExport';

/** The whole action plan. */
export default function ActionPlan() {
  const items = gatherPlan({
    records: useAtom($workshopRecords),
    worksheets: useAtom($journeys).worksheets,
    plan: useAtom($plan),
  });
  const [filter, setFilter] = useState<PlanFilter>(NO_FILTER);
  const [removed, setRemoved] = useState<ReturnType<typeof removePlay>>(null);
  const owners = planOwners(items);
  const shown = filterPlan(items, filter);

  const remove = (item: PlanItem): void => {
    setRemoved(removePlay(item.ref));
  };

  return (
    <div class="action-plan">
      <StorageNotices
        keys={[PLAN_KEY]}
        onExport={() => {
          downloadPlan(items, 'md');
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
          <PlanFilters filter={filter} owners={owners} onChange={setFilter} />
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
                  setFilter(NO_FILTER);
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
          <PlanExport items={items} />
        </>
      )}
    </div>
  );
}
