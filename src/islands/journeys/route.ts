// Where the reader is lives in the address, so a reload shows the same screen and the browser's Back
// button returns to the list: `#open=<worksheet id>`, then `&view=<tab>` when a view other than the
// journey is chosen and `&edit=<moment id>,<moment id>` while moment forms are open. Opening a
// worksheet adds a history entry; changing the view or opening a form replaces the current one.
// `#tag=<kind>:<id>` (from an assessment's weak dimension) lists the moments tagged with it.
import { useEffect, useState } from 'preact/hooks';
import { $openMoments } from '../../stores/journeys-ui';
import type { WorksheetView } from './types';

/** Where the reader is: the open worksheet, its view and the moments whose form is open. */
export interface Place {
  open: string | undefined;
  view: WorksheetView;
  edit: string[];
}

const VIEW_NAMES: readonly WorksheetView[] = ['journey', 'curve', 'matrix', 'shortlist'];
// Ids are letters, digits, "-" and "_" (core's idSchema), so nothing else is ever read from the address.
const ID = /^[A-Za-z0-9_-]{1,64}$/;
/** More open forms than any worksheet can hold are ignored rather than trusted. */
const MOST_EDITS = 500;

/** Reads a place from an address fragment; anything malformed is left out, never trusted. */
export function readPlace(hash: string): Place {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const open = params.get('open') ?? '';
  if (!ID.test(open)) return { open: undefined, view: 'journey', edit: [] };
  const view = VIEW_NAMES.find((name) => name === params.get('view')) ?? 'journey';
  const edit = (params.get('edit') ?? '')
    .split(',')
    .filter((id) => ID.test(id))
    .slice(0, MOST_EDITS);
  return { open, view, edit: [...new Set(edit)] };
}

/** The address fragment for a place (empty for the list). */
export function placeHash(place: Place): string {
  if (!place.open) return '';
  let hash = `#open=${place.open}`;
  if (place.view !== 'journey') hash += `&view=${place.view}`;
  if (place.edit.length > 0) hash += `&edit=${place.edit.join(',')}`;
  return hash;
}

const currentPlace = (): Place =>
  typeof location === 'undefined' ? { open: undefined, view: 'journey', edit: [] } : readPlace(location.hash);

function writePlace(place: Place, push: boolean): void {
  const hash = placeHash(place);
  if (hash === location.hash) return;
  const target = hash || `${location.pathname}${location.search}`;
  if (push) history.pushState(null, '', target);
  else history.replaceState(history.state, '', target);
}

/** The view to show when the editor opens: the one in the address. */
export const initialView = (): WorksheetView => currentPlace().view;

/** Keeps the chosen view in the address (replacing the entry, so Back still returns to the list). */
export function rememberView(view: WorksheetView): void {
  const place = currentPlace();
  if (place.open) writePlace({ ...place, view }, false);
}

/** The open worksheet's id, and a function to open another (or none, for the list). */
export function useOpenWorksheet(): [string | undefined, (id: string | undefined) => void] {
  const [openId, setOpenId] = useState<string | undefined>(() => currentPlace().open);
  useEffect(() => {
    const follow = () => {
      const place = currentPlace();
      $openMoments.set(new Set(place.edit));
      setOpenId(place.open);
    };
    follow();
    window.addEventListener('popstate', follow);
    window.addEventListener('hashchange', follow);
    // Open and closed forms are written to the address as they change.
    const unlisten = $openMoments.listen((open) => {
      const place = currentPlace();
      if (place.open) writePlace({ ...place, edit: [...open] }, false);
    });
    return () => {
      window.removeEventListener('popstate', follow);
      window.removeEventListener('hashchange', follow);
      unlisten();
    };
  }, []);
  const open = (id: string | undefined) => {
    writePlace({ open: id, view: 'journey', edit: [] }, true);
    $openMoments.set(new Set());
    setOpenId(id);
  };
  return [openId, open];
}

const tagInAddress = (): string | null =>
  typeof location === 'undefined' ? null : new URLSearchParams(location.hash.slice(1)).get('tag');

/** The tag the address asks for (`#tag=trait:accessible`) as written, followed as it changes; null when none. */
export function useTagInAddress(): string | null {
  const [tag, setTag] = useState(tagInAddress);
  useEffect(() => {
    const follow = () => {
      setTag(tagInAddress());
    };
    window.addEventListener('hashchange', follow);
    window.addEventListener('popstate', follow);
    return () => {
      window.removeEventListener('hashchange', follow);
      window.removeEventListener('popstate', follow);
    };
  }, []);
  return tag;
}
