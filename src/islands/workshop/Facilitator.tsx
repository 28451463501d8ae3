// The facilitator's view: start or open a session, invite the team, collect codes, reveal results.
import { useAtom } from '../shared/use-atom';
import { useEffect, useRef, useState } from 'preact/hooks';
import { StorageNotices } from '../shared/StorageNotices';
import { UndoNotice } from '../shared/UndoNotice';
import { announce } from '../shared/announce';
import { downloadText, todayStamp } from '../shared/download';
import { LoadFailed, lazyComponent } from '../shared/lazy';
import { $workshopRecords } from '../../stores/workshop-records';
import {
  $workshopSessions,
  WORKSHOP_KEYS,
  activeSession,
  deleteSession,
  openSession,
  restoreSession,
} from '../../stores/workshop';
import { fileStem } from './file-stem';
import { NewSessionForm } from './NewSessionForm';
import { SessionList } from './SessionList';
import type { WorkshopProps } from './types';

// The session screens are a chunk of their own: a first visit only needs the form to start one. What
// reads share codes (the session's actions, the team result file) comes with them, or is fetched
// here only when a reply link or an export asks for it.
const loadCodes = () => import('../../stores/workshop-codes');
const loadTeamFile = () => import('../../core/assessment/workshop-file');
const SessionView = lazyComponent(() => import('./SessionView').then((m) => m.SessionView), {
  what: 'the session',
  pending: () => <p class="workshop-loading">Opening the session…</p>,
});

/** Pending undo: what to say and how to put things back. */
export interface PendingUndo {
  message: string;
  undo: () => void;
}

/** The facilitator's side of workshop mode. */
export function Facilitator({ assessments, playbooks }: WorkshopProps) {
  const { active, sessions } = useAtom($workshopSessions);
  const [status, setStatus] = useState('');
  const [pendingUndo, setPendingUndo] = useState<PendingUndo | null>(null);
  // What could not be fetched when asked for (the connection dropped), e.g. "the team result file".
  const [failed, setFailed] = useState<string | null>(null);
  // Focus follows the facilitator's own actions, never the first load, which would scroll the page.
  const [moveFocus, setMoveFocus] = useState(false);
  // Messages stay visible and are spoken through the page's persistent live region.
  const say = (message: string) => {
    setStatus(message);
    if (message) announce(message);
  };
  const act = (message: string) => {
    say(message);
    setMoveFocus(true);
  };
  const sessionsHeading = useRef<HTMLHeadingElement>(null);
  const session = sessions.find((s) => s.id === active) ?? null;
  const assessment = session ? assessments.find((a) => a.id === session.assessmentId) : undefined;

  // A participant's reply link opened on this device adds their code to the matching session.
  useEffect(() => {
    const takeReply = () => {
      if (!/[#&]code=/.test(location.hash)) return;
      const link = location.href;
      loadCodes()
        .then(({ addReplyLink }) => {
          setFailed(null);
          say(addReplyLink(assessments, link).message);
          history.replaceState(null, '', `${location.pathname}${location.search}`);
        })
        .catch(() => {
          setFailed('the part of the workshop that reads reply links');
        });
    };
    takeReply();
    addEventListener('hashchange', takeReply);
    return () => {
      removeEventListener('hashchange', takeReply);
    };
  }, [assessments]);

  // The open session goes out as a team result file that can be imported again; without one, everything.
  const exportEverything = () => {
    const open = activeSession();
    if (open) {
      loadTeamFile()
        .then(({ exportTeamResult }) => {
          downloadText(`${fileStem(open)}.json`, exportTeamResult(open));
        })
        .catch(() => {
          setFailed('the team result file');
        });
      return;
    }
    const data = { sessions: $workshopSessions.get(), records: $workshopRecords.get() };
    downloadText(`accueil-workshops-${todayStamp()}.json`, JSON.stringify(data, null, 2));
  };

  const remove = (id: string) => {
    const deleted = deleteSession(id);
    if (!deleted) return;
    setPendingUndo({
      message: `Session “${deleted.session.name}” deleted.`,
      undo: () => {
        restoreSession(deleted);
        say(`Session “${deleted.session.name}” restored.`);
      },
    });
    sessionsHeading.current?.focus();
  };

  return (
    <div class="facilitator">
      <StorageNotices keys={[WORKSHOP_KEYS.sessions, WORKSHOP_KEYS.records]} onExport={exportEverything} />
      <p class="workshop-status">{status}</p>
      {failed && <LoadFailed what={failed} />}
      {pendingUndo && (
        <UndoNotice
          message={pendingUndo.message}
          onUndo={() => {
            pendingUndo.undo();
            setPendingUndo(null);
          }}
          onDismiss={() => {
            setPendingUndo(null);
          }}
        />
      )}
      {session && assessment ? (
        <SessionView
          key={session.id}
          session={session}
          assessment={assessment}
          playbooks={playbooks}
          announce={say}
          offerUndo={setPendingUndo}
          focusOnMount={moveFocus}
        />
      ) : (
        <NewSessionForm assessments={assessments} announce={act} focusOnMount={moveFocus} />
      )}
      <SessionList
        sessions={sessions}
        active={active}
        assessments={assessments}
        headingRef={sessionsHeading}
        onOpen={(id) => {
          openSession(id);
          act('');
        }}
        onDelete={remove}
        onNew={() => {
          openSession(null);
          act('');
        }}
        announce={act}
      />
    </div>
  );
}
