// The journey worksheets on this device. $journeys is what the page shows; every change is written at
// once (saved as you type) through a versioned store, which decodes stored text through core's schema
// and keeps a backup of anything unreadable. Other tabs' writes arrive as `storage` events and are
// MERGED with core's mergeCollections, never swapped in, so two tabs editing different moments both
// keep their work.
import { atom, onMount } from 'nanostores';
import { deleteWorksheet, findWorksheet, saveWorksheet } from '../core/journey/collection';
import { createEditContext, type EditContext } from '../core/journey/context';
import type { EditResult } from '../core/journey/stamp';
import {
  decodeCollection,
  emptyCollection,
  encodeCollection,
  journeysFormat,
  type JourneyCollection,
} from '../core/journey/format';
import { mergeCollections } from '../core/journey/merge';
import type { Worksheet } from '../core/journey/model';
import { restoreWorksheet } from '../core/journey/undo';
import { storage } from './storage-engine';
import { versionedStore } from './versioned-store';

/** The storage key of the worksheets. */
export const JOURNEYS_KEY = 'accueil.journeys';

/** The outcome of an action: done (with the id of anything created), or a sentence saying why not. */
export type ActionResult = { ok: true; id?: string } | { ok: false; message: string };

// Only ever written to, never subscribed: its own storage listener would replace rather than merge.
// Worksheets an earlier version stored are written back in today's version as soon as they load.
const $persisted = versionedStore<JourneyCollection>(JOURNEYS_KEY, journeysFormat, emptyCollection(), {
  saveUpgradeOnLoad: true,
});

/** Every worksheet on this device, as shown. Read with `.value`, which decodes without mounting the persisted store. */
export const $journeys = atom<JourneyCollection>($persisted.value ?? emptyCollection());

/** Set when another tab wrote data this tab cannot read (e.g. a newer version): a sentence for the reader. */
export const $journeysSyncNotice = atom<string | undefined>(undefined);

const NEWER_ELSEWHERE =
  'Another tab saved these worksheets with a newer version of Accueil. Reload this page before you edit, so neither version overwrites the other.';

function commit(next: JourneyCollection): void {
  $journeys.set(next);
  $persisted.set(next);
}

/** Merges what another tab stored into this tab, and writes back when this tab held edits the other lacked. */
export function mergeStoredText(text: string | null | undefined): void {
  if (text === null || text === undefined) {
    // The data was deleted elsewhere (for example "delete my data"): follow that choice.
    $journeys.set(emptyCollection());
    return;
  }
  const decoded = decodeCollection(text);
  if (decoded.status === 'newer') $journeysSyncNotice.set(NEWER_ELSEWHERE);
  // Anything unreadable is left alone: this tab keeps its worksheets and its next save repairs storage.
  if (decoded.status !== 'ok') return;
  const merged = mergeCollections($journeys.get(), decoded.value);
  $journeys.set(merged);
  if (encodeCollection(merged) !== text) $persisted.set(merged);
}

onMount($journeys, () => {
  if (typeof window === 'undefined') return;
  const onStorage = (event: StorageEvent) => {
    if (event.key === JOURNEYS_KEY) mergeStoredText(event.newValue);
    else if (event.key === null) mergeStoredText(null);
  };
  const onPageShow = (event: PageTransitionEvent) => {
    // Back from the browser's page cache: other tabs may have saved in the meantime.
    if (event.persisted) {
      const stored = storage.read(JOURNEYS_KEY);
      if (stored !== undefined) mergeStoredText(stored);
    }
  };
  window.addEventListener('storage', onStorage);
  window.addEventListener('pageshow', onPageShow);
  return () => {
    window.removeEventListener('storage', onStorage);
    window.removeEventListener('pageshow', onPageShow);
  };
});

/** The worksheet with this id, if it exists. */
export function getWorksheet(id: string): Worksheet | undefined {
  return findWorksheet($journeys.get(), id);
}

/** Saves a worksheet (new or changed) into the collection. */
export function putWorksheet(sheet: Worksheet): ActionResult {
  const saved = saveWorksheet($journeys.get(), sheet);
  if (!saved.ok) return saved;
  commit(saved.collection);
  return { ok: true, id: sheet.id };
}

const MISSING_SHEET =
  'That worksheet no longer exists: it may have been deleted in another tab. Go back to the list of worksheets.';

/** Applies a core edit to one worksheet and saves it; returns core's sentence when the edit is refused. */
export function changeWorksheet(id: string, edit: (sheet: Worksheet, ctx: EditContext) => EditResult): ActionResult {
  const sheet = getWorksheet(id);
  if (!sheet) return { ok: false, message: MISSING_SHEET };
  const result = edit(sheet, createEditContext());
  if (!result.ok) return result;
  if (result.worksheet === sheet) return result.id === undefined ? { ok: true } : { ok: true, id: result.id };
  const saved = putWorksheet(result.worksheet);
  if (!saved.ok) return saved;
  return result.id === undefined ? { ok: true } : { ok: true, id: result.id };
}

/** Deletes a worksheet; returns it so the deletion can be undone. */
export function removeWorksheet(id: string): Worksheet | undefined {
  const sheet = getWorksheet(id);
  if (!sheet) return undefined;
  commit(deleteWorksheet($journeys.get(), id, createEditContext().now));
  return sheet;
}

/** Undoes removeWorksheet. */
export function bringBackWorksheet(sheet: Worksheet): ActionResult {
  const result = restoreWorksheet($journeys.get(), sheet, createEditContext().now);
  if (!result.ok) return result;
  commit(result.collection);
  return { ok: true, id: sheet.id };
}

/** Replaces the whole collection with one core has already worked out (e.g. by applyImport), and saves it. */
export function replaceCollection(next: JourneyCollection): void {
  commit(next);
}
