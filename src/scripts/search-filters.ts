// The search page's filters: pagefind's filter values drawn as checkboxes once the index has
// loaded, ticked from the address and written back to it, each with the count of matching pages.
// The search dialog has no filters: every function here does nothing for it.
import { durationBands } from '../core/content/plays';

/** Chosen filter values by group ("family" → ["HEART values", "Practices"]). */
export type Selection = Record<string, string[]>;
/** Pages per filter value, by group, as pagefind's `filters()` gives them. */
export type FilterCounts = Record<string, Record<string, number>>;

/** What the filters need of a found page. */
interface Filtered {
  filters: Record<string, string[] | undefined>;
}

/** Filter values shown in this order rather than alphabetically. */
const VALUE_ORDER: Record<string, readonly string[]> = { 'play length': durationBands };

/** True when a page's filters pass the selection: one value of each chosen group (except `skip`). */
export function passes(page: Filtered, selection: Selection, skip?: string): boolean {
  return Object.entries(selection).every(
    ([group, values]) => group === skip || values.length === 0 || values.some((v) => page.filters[group]?.includes(v)),
  );
}

/**
 * The count beside each value: the found pages that have it and pass the other groups' choices
 * (OR within a group, AND across groups), so ticking a value never changes its own group's counts.
 */
export function countFilters(found: readonly Filtered[], totals: FilterCounts, selection: Selection): FilterCounts {
  return Object.fromEntries(
    Object.entries(totals).map(([group, values]) => {
      const inGroup = found.filter((page) => passes(page, selection, group));
      return [
        group,
        Object.fromEntries(
          Object.keys(values).map((value) => [
            value,
            inGroup.filter((page) => page.filters[group]?.includes(value)).length,
          ]),
        ),
      ];
    }),
  );
}

/** The filters of one search form, or none (the dialog). */
export function searchFilters(form: HTMLFormElement, input: HTMLInputElement) {
  const box = form.dataset['filters'] === 'yes' ? form.querySelector<HTMLDetailsElement>('[data-filters-box]') : null;
  const groups = box?.querySelector('[data-filter-groups]');
  const chosenSummary = box?.querySelector('[data-filter-summary]');
  const clear = form.querySelector<HTMLButtonElement>('[data-clear-filters]');
  const boxes = () => [...form.querySelectorAll<HTMLInputElement>('input[data-filter]')];
  let totals: FilterCounts = {};
  let ready: Promise<void> | undefined;

  const read = (): Selection => {
    const selection: Selection = {};
    for (const check of boxes()) {
      if (check.checked) (selection[check.dataset['filter'] ?? ''] ??= []).push(check.value);
    }
    return selection;
  };

  /** Sets the boxes and the field from the address: `field` "keep" leaves what is typed, "no" the field alone. */
  const readAddress = (field: 'set' | 'keep' | 'no') => {
    const params = new URLSearchParams(location.search);
    if (field === 'set' || (field === 'keep' && input.value.trim() === '')) input.value = params.get('q') ?? '';
    for (const check of boxes()) check.checked = params.getAll(check.dataset['filter'] ?? '').includes(check.value);
  };

  const draw = (all: FilterCounts) => {
    if (!box || !groups) return;
    totals = all;
    for (const [name, values] of Object.entries(all)) {
      const group = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.textContent = name.charAt(0).toUpperCase() + name.slice(1);
      group.append(legend);
      const order = VALUE_ORDER[name] ?? [];
      const names = Object.keys(values).sort(
        (a, b) => (order.indexOf(a) + 1 || Infinity) - (order.indexOf(b) + 1 || Infinity) || a.localeCompare(b),
      );
      for (const value of names) {
        const label = document.createElement('label');
        const check = document.createElement('input');
        check.type = 'checkbox';
        check.value = value;
        check.dataset['filter'] = name;
        const count = document.createElement('span');
        count.dataset['count'] = '';
        label.append(check, ` ${value} `, count);
        group.append(label);
      }
      groups.append(group);
    }
    box.hidden = Object.keys(all).length === 0;
  };

  return {
    /** True on the search page, which keeps the search in its address. */
    inAddress: box !== null,
    read,
    readAddress,
    /** Every value with the number of pages that have it, before any search. */
    totals: (): FilterCounts => totals,

    /** Loads the filters once beside the index and ticks them from the address (retried after a failure). */
    load(source: { filters: () => Promise<FilterCounts> }): Promise<void> {
      if (!box) return Promise.resolve();
      ready ??= source.filters().then((all) => {
        draw(all);
        readAddress('no');
      });
      ready.catch(() => {
        ready = undefined;
      });
      return ready;
    },

    /** Shows the counts beside the boxes, how many are chosen, and "Clear the filters" when any is. */
    show(counts: FilterCounts, selection: Selection) {
      for (const check of boxes()) {
        const count = counts[check.dataset['filter'] ?? '']?.[check.value] ?? 0;
        const out = check.parentElement?.querySelector('[data-count]');
        if (out) out.textContent = `(${count})`;
      }
      const chosen = Object.values(selection).flat().length;
      if (chosenSummary) chosenSummary.textContent = chosen > 0 ? `: ${chosen} chosen` : '';
      if (clear) clear.hidden = chosen === 0;
    },

    /** Writes the search and the filters into the address (the search page only). */
    writeAddress(how: 'push' | 'replace') {
      if (!box) return;
      const params = new URLSearchParams();
      const term = input.value.trim();
      if (term) params.set('q', term);
      for (const [group, values] of Object.entries(read())) {
        for (const value of values) params.append(group, value);
      }
      const search = params.size > 0 ? `?${params.toString()}` : '';
      if (search === location.search) return;
      const url = `${location.pathname}${search}`;
      if (how === 'push') history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    },

    /** Calls `then` after "Clear the filters" has unticked every box. */
    onClear(then: () => void) {
      clear?.addEventListener('click', () => {
        for (const check of boxes()) check.checked = false;
        then();
      });
    },
  };
}
