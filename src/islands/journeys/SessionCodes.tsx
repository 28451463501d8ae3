// The second step of a journey scoring session: the facilitator pastes codes or reply links (many at
// once) or scans them one after another, sees what happened to each, how many people have sent
// scores (never their scores before the reveal), and can remove a person's code.
import { useState } from 'preact/hooks';
import { describeParticipant } from '../../core/assessment/team';
import { sessionParticipants, type JourneySession, type ScoreCodeOutcome } from '../../core/journey/session';
import { activeSessionFor, dropCode, pasteCodes } from '../../stores/journeys-sessions';
import { announce } from '../shared/announce';
import { QrScanner } from '../workshop/QrScanner';
import { plural } from './labels';

interface Props {
  session: JourneySession;
  /** Everyone whose code the session holds. */
  people: ReturnType<typeof sessionParticipants>;
}

/** "2. Collect the codes". */
export function SessionCodes({ session, people }: Props) {
  const [pasted, setPasted] = useState('');
  const [outcomes, setOutcomes] = useState<ScoreCodeOutcome[]>([]);
  const addText = (text: string): string => {
    const result = pasteCodes(session, text);
    setOutcomes(result);
    const count = sessionParticipants(activeSessionFor(session.worksheetId) ?? session).length;
    const summary =
      result.length === 0
        ? 'No code was found in that text. Paste the codes or links participants sent.'
        : `${result.map((o) => o.message).join(' ')} ${plural(count, 'person has', 'people have')} sent scores.`;
    announce(summary);
    return summary;
  };
  return (
    <section aria-labelledby="jsession-collect">
      <h4 id="jsession-collect">2. Collect the codes</h4>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          addText(pasted);
          setPasted('');
        }}
      >
        <div class="field">
          <label for="jsession-paste">Paste codes or reply links (as many as you like)</label>
          <textarea
            id="jsession-paste"
            rows={3}
            value={pasted}
            onInput={(event) => {
              setPasted(event.currentTarget.value);
            }}
          />
        </div>
        <button type="submit">Add codes</button>
      </form>
      {outcomes.length > 0 && (
        <ul class="jsession-outcomes" aria-label="What happened to each code">
          {outcomes.map((outcome, index) => (
            <li key={index} class={outcome.status === 'rejected' ? 'flag' : undefined}>
              {outcome.message}
            </li>
          ))}
        </ul>
      )}
      <QrScanner onCode={addText} />
      <p class="jsession-count" aria-live="off">
        <strong>{plural(people.length, 'person has', 'people have')} sent scores.</strong>
        {!session.revealed && ' Nothing is shown until you reveal the spread.'}
      </p>
      {people.length > 0 && (
        <ul class="jsession-people" aria-label="People who sent scores">
          {people.map((person, index) => (
            <li key={person.key}>
              {describeParticipant(person, index)}{' '}
              <button
                type="button"
                class="secondary"
                onClick={() => {
                  dropCode(session, person.key);
                  announce(`Removed ${describeParticipant(person, index)}.`);
                }}
              >
                Remove<span class="visually-hidden"> {describeParticipant(person, index)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
