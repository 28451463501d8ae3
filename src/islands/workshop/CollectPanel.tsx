// Collecting answers: paste codes or links (many at once), scan a QR code, see who is in.
import { useState } from 'preact/hooks';
import type { CodeOutcome, Participant } from '../../core/assessment/team';
import type { WorkshopSession } from '../../core/assessment/workshop-session';
import { $workshopSessions } from '../../stores/workshop';
import { addSessionCodes } from '../../stores/workshop-codes';
import type { Assessment } from '../../schemas/assessment';
import type { PendingUndo } from './Facilitator';
import { OutcomeList, summariseOutcomes } from './OutcomeList';
import { ParticipantList } from './ParticipantList';
import { QrScanner, canScanQrCodes } from './QrScanner';
import type { Announce } from './types';

interface Props {
  session: WorkshopSession;
  assessment: Assessment;
  participants: Participant[];
  unreadable: number;
  announce: Announce;
  offerUndo: (undo: PendingUndo) => void;
}

/** Paste, scan and the list of participants. */
export function CollectPanel({ session, assessment, participants, unreadable, announce, offerUndo }: Props) {
  const [text, setText] = useState('');
  const [outcomes, setOutcomes] = useState<CodeOutcome[]>([]);
  const [error, setError] = useState('');

  const add = (pasted: string, from: 'paste' | 'scan'): string => {
    const found = addSessionCodes(assessment, session.id, pasted);
    if (found.length === 0) {
      const message =
        from === 'paste'
          ? 'No share code or reply link was found. A code is a run of letters, digits, - and _ (about 30 to 60 characters); an invitation link holds no answers.'
          : 'That QR code holds no share code (it may be the invitation, not a participant’s reply).';
      if (from === 'paste') setError(message);
      return message;
    }
    setError('');
    setOutcomes(found);
    // What could not be used stays in the box, so it can be fixed or pasted again; nothing is lost.
    if (from === 'paste')
      setText(
        found
          .filter((o) => o.status === 'rejected')
          .map((o) => o.input)
          .join('\n'),
      );
    const total = participants.length + found.filter((o) => o.status === 'added').length;
    const now = $workshopSessions.get().sessions.find((s) => s.id === session.id);
    const autoRevealed = !session.revealed && now?.revealed === true;
    const summary = `${summariseOutcomes(found, total)}${autoRevealed ? ' Everyone expected has answered, so the results are now revealed.' : ''}`;
    // A scan is spoken by the scanner's own status line, with the outcome of that one code.
    if (from === 'paste') announce(summary);
    const first = found[0];
    return from === 'scan' && first
      ? `${first.message} ${total} ${total === 1 ? 'person' : 'people'} in the session.`
      : summary;
  };

  return (
    <section class="card collect" aria-labelledby="collect-title">
      <h3 id="collect-title" class="no-print">
        2. Collect the answers
      </h3>
      <form
        class="no-print"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          add(text, 'paste');
        }}
      >
        <div class="field">
          <label for="paste-codes">Paste codes or reply links</label>
          <span class="hint" id="paste-codes-hint">
            One or many at once, for example a whole chat thread: the codes are picked out of the text. You can also
            open a participant’s reply link in this browser.
          </span>
          <textarea
            id="paste-codes"
            rows={5}
            spellcheck={false}
            value={text}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? 'paste-codes-hint paste-codes-error' : 'paste-codes-hint'}
            onInput={(event) => {
              setText(event.currentTarget.value);
              if (error) setError('');
            }}
          />
          {error && (
            <span class="error" id="paste-codes-error">
              {error}
            </span>
          )}
        </div>
        <p class="actions">
          <button type="submit">Add to the session</button>
        </p>
      </form>
      {canScanQrCodes() && <QrScanner onCode={(value) => add(value, 'scan')} />}
      {outcomes.length > 0 && <OutcomeList outcomes={outcomes} />}
      {unreadable > 0 && (
        <p class="notice">
          {unreadable} saved {unreadable === 1 ? 'code' : 'codes'} in this session can no longer be read (the questions
          may have changed since), so {unreadable === 1 ? 'it is' : 'they are'} kept but not counted.
        </p>
      )}
      <ParticipantList
        session={session}
        assessment={assessment}
        participants={participants}
        announce={announce}
        offerUndo={offerUndo}
      />
    </section>
  );
}
