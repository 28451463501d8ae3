// The filter forms on /playbooks/ and /plays/: hidden until JavaScript runs (the pages list
// everything without it), restored from the address, applied on every change, and written back to
// the address so a filtered list can be shared or bookmarked.

/**
 * Enhances the form inside `root`. `apply` receives the chosen value of each named select ('' for
 * all), shows or hides the items, and returns the sentence for the live status.
 */
export function enhanceFilterForm(
  root: HTMLElement,
  names: readonly string[],
  apply: (values: Readonly<Record<string, string>>) => string,
): void {
  const form = root.querySelector('form');
  const status = root.querySelector('[data-filter-status]');
  if (!form || !status) return;
  const selects = names.flatMap((name) => {
    const select = form.elements.namedItem(name);
    return select instanceof HTMLSelectElement ? [select] : [];
  });
  const params = new URLSearchParams(location.search);
  for (const select of selects) {
    const value = params.get(select.name);
    if (value && [...select.options].some((option) => option.value === value)) select.value = value;
  }
  const run = (): void => {
    const values = Object.fromEntries(selects.map((select) => [select.name, select.value]));
    status.textContent = apply(values);
    const query = new URLSearchParams(Object.entries(values).filter(([, value]) => value !== ''));
    history.replaceState(null, '', query.size > 0 ? `?${query.toString()}` : location.pathname);
  };
  form.hidden = false;
  form.addEventListener('change', run);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
  });
  if (selects.some((select) => select.value !== '')) run();
}
