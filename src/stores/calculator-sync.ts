// Where the calculator's state lives outside the page: the URL fragment (so a copied link shows
// the same figures) and this device (so a returning reader without a link gets theirs back).
// The link wins when there is one. Anchors such as #results are not state: after the browser has
// scrolled to one, the state is written back so the address bar always holds a shareable link.
import { atom } from 'nanostores';
import { pickLocale } from '../core/calculator/editable';
import { encodeCalculatorState } from '../core/calculator/link';
import { CALCULATOR_STATE_ENVELOPE, getDefaultState } from '../core/calculator/state';
import { encodeVersioned } from '../core/versioned';
import { storage } from './storage-engine';
import { $storageProblems } from './versioned-store';
import { $calculatorForm, CALCULATOR_STORAGE_KEY } from './calculator';
import { formFromState, stateToKeep } from './calculator-form';

// What reads a link or the saved copy, with the schema both are checked against: loaded only when
// there is one to read, so a first visit without a link never fetches it.
const loadReader = () => import('./calculator-saved');

/** The shortest time between two writes of the fragment, in milliseconds. */
const FRAGMENT_INTERVAL_MS = 250;

/**
 * This tab's newest figures beside the addresses it has had (sessionStorage, this tab only). The
 * address is written at most once per interval, and a reload keeps the address it started with even
 * if a write lands while the old page unloads; so when a reload brings back an address this tab
 * had, the newest figures win over the older ones in it. A link from elsewhere is shown as it is.
 */
const CALCULATOR_TAB_KEY = 'accueil.calculator.tab';
/** How many of this tab's recent addresses are recognised. */
const KEPT_ADDRESSES = 8;

interface TabNote {
  newest: string;
  addresses: string[];
}

function readTab(): TabNote | undefined {
  try {
    const note = JSON.parse(sessionStorage.getItem(CALCULATOR_TAB_KEY) ?? 'null') as unknown;
    if (typeof note !== 'object' || note === null) return undefined;
    const { newest, addresses } = note as Record<string, unknown>;
    if (typeof newest !== 'string' || !Array.isArray(addresses)) return undefined;
    return { newest, addresses: addresses.filter((a): a is string => typeof a === 'string') };
  } catch {
    return undefined;
  }
}

/** Notes the figures on screen and the address the page has now. */
function rememberTab(address: string, newest: string): void {
  const addresses = [address, ...(readTab()?.addresses ?? []).filter((a) => a !== address)].slice(0, KEPT_ADDRESSES);
  try {
    sessionStorage.setItem(CALCULATOR_TAB_KEY, JSON.stringify({ newest, addresses }));
  } catch {
    // Private browsing or full storage: a reload then shows what the address holds.
  }
}

/** The figures to show for an address: this tab's newest when the address is one it had. */
function newestFor(hash: string): string {
  const note = readTab();
  return note && note.addresses.includes(hash) && isStateFragment(note.newest) ? note.newest : hash;
}

/** What a link gave that could not be used, in words; undefined when the link was fine. */
export const $calculatorLinkNotice = atom<string | undefined>(undefined);

/** True when a fragment carries calculator state rather than naming an anchor. */
export function isStateFragment(hash: string): boolean {
  return hash.replace(/^#/, '').includes('=');
}

/** The address of the page showing what is on screen, for sharing (any field to fix is in it as typed). */
export function calculatorLink(href: string): string {
  const base = href.split('#')[0] ?? href;
  return `${base}#${encodeCalculatorState(stateToKeep($calculatorForm.get()))}`;
}

/** True when a link or the saved copy could not be read because its reader did not load (flaky Wi-Fi). */
export const $calculatorReaderFailed = atom(false);

/**
 * Shows the state from a link, the saved one, or the defaults in the reader's number format. It
 * settles once the figures are on screen (at once when there is nothing to read), true when they
 * are the ones asked for; false when the reader could not be loaded (the page then says so, and
 * neither the address nor the saved copy may be overwritten).
 */
export async function loadCalculator(hash: string, preferredLocales: readonly string[] = []): Promise<boolean> {
  try {
    await showCalculator(hash, preferredLocales);
    return true;
  } catch {
    $calculatorReaderFailed.set(true);
    return false;
  }
}

async function showCalculator(hash: string, preferredLocales: readonly string[]): Promise<void> {
  if (isStateFragment(hash)) {
    const { decodeCalculatorState } = await loadReader();
    const decoded = decodeCalculatorState(newestFor(hash));
    $calculatorForm.set(formFromState(decoded.state));
    $calculatorLinkNotice.set(decoded.notice);
    return;
  }
  $calculatorLinkNotice.set(undefined);
  const reader = storage.read(CALCULATOR_STORAGE_KEY) === undefined ? undefined : await loadReader();
  const saved = reader !== undefined && !$storageProblems.get()[CALCULATOR_STORAGE_KEY];
  const shown = $calculatorForm.get();
  const state = saved ? reader.$savedCalculator.get() : { ...getDefaultState(), locale: pickLocale(preferredLocales) };
  // The page already shows these figures (often the defaults): setting them again would redraw it all.
  if (encodeCalculatorState(state) === encodeCalculatorState(stateToKeep(shown))) return;
  $calculatorForm.set(formFromState(state));
}

/** Dismisses the notice about a link. */
export function dismissCalculatorLinkNotice(): void {
  $calculatorLinkNotice.set(undefined);
}

/**
 * Keeps the fragment and the saved copy in step with the form, and follows a fragment the reader
 * edits by hand. Opening a link saves nothing: only the reader's own changes replace their saved
 * figures (a fragment edited by hand is a change made here, so it is saved). Returns a function
 * that stops it.
 */
export function startCalculatorSync(win: Window): () => void {
  let lastWrite = Number.NEGATIVE_INFINITY;
  let lastHash = '';
  let pending: ReturnType<typeof setTimeout> | undefined;
  const writeFragment = (): void => {
    pending = undefined;
    lastWrite = Date.now();
    const hash = `#${encodeCalculatorState(stateToKeep($calculatorForm.get()))}`;
    lastHash = hash;
    rememberTab(hash, hash);
    try {
      if (win.location.hash !== hash) win.history.replaceState(win.history.state, '', hash);
    } catch {
      // Safari refuses more than 100 replaceState calls in 30 s; the next change writes it again.
    }
  };
  // Browsers throttle history updates, so fast typing writes at most one fragment per interval.
  const scheduleFragment = (): void => {
    if (pending !== undefined) return;
    const wait = lastWrite + FRAGMENT_INTERVAL_MS - Date.now();
    if (wait <= 0) writeFragment();
    else pending = setTimeout(writeFragment, wait);
  };
  // In a task of its own: the page has just loaded the figures, and a phone should get a breath
  // between that and updating its address.
  pending = setTimeout(writeFragment);
  const stopForm = $calculatorForm.listen((form) => {
    scheduleFragment();
    const kept = stateToKeep(form);
    // Whatever the address holds now (a link, or what this tab last wrote), a reload shows this.
    rememberTab(win.location.hash, `#${encodeCalculatorState(kept)}`);
    storage.write(CALCULATOR_STORAGE_KEY, encodeVersioned(CALCULATOR_STATE_ENVELOPE, kept));
  });
  const onHashChange = (): void => {
    const hash = win.location.hash;
    // Only a fragment we did not write is news: some engines report replaceState as a hash change.
    if (hash === lastHash || hash === `#${encodeCalculatorState(stateToKeep($calculatorForm.get()))}`) return;
    if (isStateFragment(hash)) void loadCalculator(hash);
    else writeFragment();
  };
  win.addEventListener('hashchange', onHashChange);
  return () => {
    if (pending !== undefined) clearTimeout(pending);
    stopForm();
    win.removeEventListener('hashchange', onHashChange);
  };
}
