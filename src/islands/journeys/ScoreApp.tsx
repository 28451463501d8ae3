// A participant's page in a journey session: the journey's stages and moments (titles and
// descriptions only, from the invitation link), a private score for each moment, "I have seen this
// happen", up to three moments the map is missing, then a code to send back. Everything stays on
// this phone until the participant sends the code; a reload keeps every answer. This file opens the
// invitation and shows the scoring form (ScoreForm.tsx) or the code to send (ShareCode.tsx).
import { useEffect, useState } from 'preact/hooks';
import { generateSessionId } from '../../core/assessment/session-id';
import type { Invitation } from '../../core/journey/invitation';
import type { Participation } from '../../core/journey/participation';
import { $journeyParticipation, saveParticipation } from '../../stores/journeys-participant';
import { withBase } from '../../lib/base';
import { useAtom } from '../shared/use-atom';
import { readInvite } from './invite-link';
import { EMPTY_SCORE, ScoreForm } from './ScoreForm';
import { ShareCode } from './ShareCode';
import './journey-session.css';

type Loaded =
  | { state: 'loading' }
  | { state: 'failed'; message: string }
  | { state: 'ready'; invitation: Invitation; check: number };

function freshParticipation(invitation: Invitation, check: number): Participation {
  const count = invitation.stages.reduce((sum, stage) => sum + stage.moments.length, 0);
  return {
    sessionId: invitation.sessionId,
    check,
    participantId: generateSessionId(),
    revision: 0,
    lastCode: '',
    alias: '',
    scores: Array.from({ length: count }, () => ({ ...EMPTY_SCORE })),
    proposals: [],
  };
}

/** The participant's page. */
export default function ScoreApp() {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const stored = useAtom($journeyParticipation);
  const [showCode, setShowCode] = useState(false);

  useEffect(() => {
    let live = true;
    void readInvite(location.hash).then((result) => {
      if (!live) return;
      if (!result.ok) {
        setLoaded({ state: 'failed', message: result.message });
        return;
      }
      setLoaded({ state: 'ready', invitation: result.value, check: result.check });
      const kept = $journeyParticipation.get();
      if (!kept || kept.sessionId !== result.value.sessionId || kept.check !== result.check)
        saveParticipation(freshParticipation(result.value, result.check));
      else if (kept.lastCode !== '') setShowCode(true);
    });
    return () => {
      live = false;
    };
  }, []);

  if (loaded.state === 'loading') return <p class="loading">Opening the journey…</p>;
  if (loaded.state === 'failed')
    return (
      <div class="notice" role="alert">
        <p>{loaded.message}</p>
        <p>
          To map and score a journey yourself, open the <a href={withBase('/tools/journeys/')}>journey worksheets</a>.
        </p>
      </div>
    );
  const { invitation, check } = loaded;
  const participation = stored && stored.sessionId === invitation.sessionId && stored.check === check ? stored : null;
  if (!participation) return <p class="loading">Opening the journey…</p>;
  return showCode ? (
    <ShareCode
      invitation={invitation}
      participation={participation}
      onBack={() => {
        setShowCode(false);
      }}
    />
  ) : (
    <ScoreForm
      invitation={invitation}
      participation={participation}
      onDone={() => {
        setShowCode(true);
        requestAnimationFrame(() => document.getElementById('jscore-share-title')?.focus());
      }}
    />
  );
}
