// The moments-that-matter worksheets tool: the list of worksheets or one open worksheet, with storage
// notices, the Undo notice and a polite live region. Templates arrive as props from the page.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useAtom } from '../shared/use-atom';
import { findWorksheet } from '../../core/journey/collection';
import { encodeCollection } from '../../core/journey/format';
import { $journeys, $journeysSyncNotice, JOURNEYS_KEY } from '../../stores/journeys';
import { $undoOffer } from '../../stores/journeys-ui';
import { dismissUndo, focusSoon, runUndo } from './feedback';
import { ErrorBoundary } from '../shared/ErrorBoundary';
import { StorageNotices } from '../shared/StorageNotices';
import { UndoNotice } from '../shared/UndoNotice';
import { downloadText, todayStamp } from '../shared/download';
import { WorksheetList } from './WorksheetList';
import { domId } from './labels';
import { lazyComponent } from '../shared/lazy';
import { useOpenWorksheet, useTagInAddress } from './route';
import type { TemplateOffer } from './types';
import './journeys.css';
import './journey-columns.css';
import './journey-views.css';

interface Props {
  /** The templates from content/journeys, in the order to offer them. */
  templates: TemplateOffer[];
}

// The editor is fetched when a worksheet is opened (at once when the address names one), so the
// list loads light; the service worker keeps every chunk for offline use after the first visit.
const WorksheetEditor = lazyComponent(() => import('./WorksheetEditor').then((m) => m.WorksheetEditor), {
  what: 'the worksheet',
});
// The moments that test one trait or value, fetched when the address asks for them.
const TaggedMoments = lazyComponent(() => import('./TaggedMoments').then((m) => m.TaggedMoments), {
  what: 'the tagged moments',
});

function Tool({ templates }: Props) {
  const collection = useAtom($journeys);
  const undo = useAtom($undoOffer);
  const syncNotice = useAtom($journeysSyncNotice);
  const [openId, open] = useOpenWorksheet();
  const tagText = useTagInAddress();
  const undoArea = useRef<HTMLDivElement>(null);
  // Nothing takes focus when the page opens on a worksheet; opening one from the list does.
  const [focusOnOpen, setFocusOnOpen] = useState<'none' | 'heading' | 'name'>('none');
  const sheet = openId ? findWorksheet(collection, openId) : undefined;
  // A participant's reply link (`#join=<session>&code=<code>`) opened here, on arrival or pasted into
  // the address bar of this tab, adds its code to that session; the sessions store loads only then.
  const [reply, setReply] = useState<{ ok: boolean; message: string } | undefined>(undefined);
  useEffect(() => {
    const readReply = () => {
      const params = new URLSearchParams(location.hash.slice(1));
      const sessionId = params.get('join');
      if (!sessionId || !params.get('code')) return;
      const link = location.href;
      import('../../stores/journeys-sessions')
        .then(({ addReplyLink }) => {
          const result = addReplyLink(sessionId, link);
          setReply(result);
          if (result.worksheetId) open(result.worksheetId);
          else history.replaceState(history.state, '', `${location.pathname}${location.search}`);
        })
        .catch(() => {
          setReply({
            ok: false,
            message: 'The reply link could not be read: part of the page did not load. Reload the page.',
          });
        });
    };
    readReply();
    window.addEventListener('hashchange', readReply);
    return () => {
      window.removeEventListener('hashchange', readReply);
    };
  }, []);

  useEffect(() => {
    // The Undo button takes focus, so undoing is one key press away; Dismiss sends focus back.
    if (undo) undoArea.current?.querySelector('button')?.focus();
    // While the notice covers the bottom of the screen, focused fields scroll clear of it (WCAG 2.4.11).
    document.documentElement.classList.toggle('journeys-undo-open', undo !== undefined);
  }, [undo]);

  const openSheet = (id: string, toName = false) => {
    setFocusOnOpen(toName ? 'name' : 'heading');
    open(id);
  };
  const closeSheet = () => {
    const closing = openId;
    open(undefined);
    if (closing) focusSoon(domId.sheetOpen(closing), domId.listHeading);
  };

  return (
    <div class={undo ? 'journeys-app has-undo' : 'journeys-app'}>
      <StorageNotices
        keys={[JOURNEYS_KEY]}
        onExport={() => {
          // The emergency copy uses only what is already loaded, so it works offline.
          const text = encodeCollection({ worksheets: $journeys.get().worksheets, tombstones: [] });
          downloadText(`accueil-journeys-${todayStamp()}.json`, text);
        }}
      />
      {syncNotice && (
        <div class="notice" role="alert">
          <p>{syncNotice}</p>
        </div>
      )}
      {reply && (
        <div class={reply.ok ? 'notice' : 'notice flag'} role="alert">
          <p>{reply.message}</p>
        </div>
      )}
      {openId && !sheet && (
        <div class="notice" role="alert">
          <p>
            That worksheet is not on this device. Worksheets stay on the device where they were made, so a link to one
            opens it only there; to share a worksheet, download it as JSON and import the file on the other device. It
            may also have been deleted, perhaps in another tab.
          </p>
        </div>
      )}
      {sheet ? (
        <WorksheetEditor key={sheet.id} sheet={sheet} onClose={closeSheet} focusOnOpen={focusOnOpen} />
      ) : (
        <>
          {tagText !== null && <TaggedMoments worksheets={collection.worksheets} tagText={tagText} />}
          <WorksheetList collection={collection} templates={templates} onOpen={openSheet} />
        </>
      )}
      {undo && (
        <div class="undo-area no-print" ref={undoArea}>
          <UndoNotice message={undo.message} onUndo={runUndo} onDismiss={dismissUndo} />
        </div>
      )}
    </div>
  );
}

/** The tool, rendered once the browser has read this device's worksheets. */
export default function JourneysApp({ templates }: Props) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    setReady(true);
  }, []);
  if (!ready) return <p class="journeys-loading">Opening your worksheets…</p>;
  return (
    <ErrorBoundary tool="journey worksheets">
      <Tool templates={templates} />
    </ErrorBoundary>
  );
}
