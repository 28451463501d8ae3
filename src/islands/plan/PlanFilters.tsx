// The action plan's filters: by where an action came from, its status or its owner.
import {
  PLAN_SOURCE_LABELS,
  PLAN_SOURCES,
  PLAN_STATUS_LABELS,
  PLAN_STATUSES,
  type PlanFilter,
  type PlanSource,
  type PlanStatus,
} from '../../core/plan';
import { SelectField } from './SelectField';

/** Every action shown. */
export const NO_FILTER: PlanFilter = { source: '', status: '', owner: '' };

interface Props {
  filter: PlanFilter;
  /** Everyone who owns an action, for the owner filter. */
  owners: readonly string[];
  onChange: (filter: PlanFilter) => void;
}

/** The filter form above the list. */
export function PlanFilters({ filter, owners, onChange }: Props) {
  return (
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
        options={[['', 'Everywhere'], ...PLAN_SOURCES.map((source) => [source, PLAN_SOURCE_LABELS[source]] as const)]}
        onChange={(source) => {
          onChange({ ...filter, source: source as PlanSource | '' });
        }}
      />
      <SelectField
        id="plan-status"
        label="Status"
        value={filter.status}
        options={[['', 'Any status'], ...PLAN_STATUSES.map((status) => [status, PLAN_STATUS_LABELS[status]] as const)]}
        onChange={(status) => {
          onChange({ ...filter, status: status as PlanStatus | '' });
        }}
      />
      <SelectField
        id="plan-owner"
        label="Owner"
        value={filter.owner}
        options={[['', 'Anyone'], ['-', 'Nobody yet'], ...owners.map((owner) => [owner, owner] as const)]}
        onChange={(owner) => {
          onChange({ ...filter, owner });
        }}
      />
    </form>
  );
}
