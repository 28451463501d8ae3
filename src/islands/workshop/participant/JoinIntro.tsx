// The first screen a participant sees: what happens to their answers, and an optional alias.
import { useState } from 'preact/hooks';
import { sanitiseAlias } from '../../../core/assessment/alias';
import type { Assessment } from '../../../schemas/assessment';
import { MIN_COMMENTS, MIN_DOT_PLOT, MIN_FIGURES } from '../../../core/assessment/anonymity';

interface Props {
  assessment: Assessment;
  alias: string;
  onStart: (alias: string) => void;
}

/** Welcome, privacy in plain words, and the optional alias. */
export function JoinIntro({ assessment, alias, onStart }: Props) {
  const [typed, setTyped] = useState(alias);
  const cleaned = sanitiseAlias(typed);
  const shortened = typed.trim() !== '' && cleaned !== typed.trim().replace(/\s+/g, ' ');
  return (
    <section class="card join-intro" aria-labelledby="join-intro-title">
      <h2 id="join-intro-title" class="stage-heading" tabindex={-1}>
        Join the workshop: {assessment.title}
      </h2>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onStart(typed);
        }}
      >
        <div class="field">
          <label for="participant-alias">Alias (optional)</label>
          <input
            id="participant-alias"
            type="text"
            autocomplete="off"
            maxLength={64}
            value={typed}
            aria-describedby={shortened ? 'participant-alias-hint participant-alias-note' : 'participant-alias-hint'}
            onInput={(event) => {
              setTyped(event.currentTarget.value);
            }}
          />
          {shortened && (
            <span class="hint" id="participant-alias-note">
              It will be sent as “{cleaned}”.
            </span>
          )}
        </div>
        <button type="submit">Start answering</button>
        <p class="hint" id="participant-alias-hint">
          The alias is a nickname such as a colour or an animal; leave it empty to stay anonymous. About{' '}
          {assessment.minutes} minutes, on your own. Nobody asks for your name, and your answers stay on this device
          until you send them.
        </p>
      </form>
      <h3 class="join-more">What happens to your answers</h3>
      <p>{assessment.summary}</p>
      <ul>
        <li>Answer as honestly as you can: there are no right answers.</li>
        <li>
          At the end you get a short code and a QR code to show or send to the facilitator. They carry only your answers
          and your alias, if you give one (up to about 16 letters).
        </li>
        <li>
          If you change your answers later, send the new code: it replaces the one you sent before, so you count once.
        </li>
        <li>
          The facilitator shows a dimension’s figures only once at least {MIN_FIGURES} people have rated it, and each
          person’s rating as a dot only from {MIN_DOT_PLOT} people or more, as the facilitator chooses.
        </li>
        <li>
          At the end you may add a short comment on each part. Comments are shown without your alias, mixed with
          everyone else’s, and only once at least {MIN_COMMENTS} people have answered.
        </li>
      </ul>
    </section>
  );
}
