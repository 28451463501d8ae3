// The first screen a participant sees: what happens to their answers, and an optional alias.
import { useState } from 'preact/hooks';
import { sanitiseAlias } from '../../../core/assessment/alias';
import type { Assessment } from '../../../schemas/assessment';

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
      <p>{assessment.summary}</p>
      <ul>
        <li>It takes about {assessment.minutes} minutes. Answer on your own, as honestly as you can.</li>
        <li>Nobody asks for your name. Your answers stay on this device until you choose to send them.</li>
        <li>
          At the end you get a short code to send to the facilitator. It carries only your answers and the alias below,
          if you give one.
        </li>
        <li>The facilitator shows individual scores only once at least three people have sent theirs.</li>
      </ul>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onStart(typed);
        }}
      >
        <div class="field">
          <label for="participant-alias">Alias (optional)</label>
          <span class="hint" id="participant-alias-hint">
            A nickname the facilitator sees next to your answers, such as a colour or an animal. Leave it empty to stay
            anonymous. Up to about 16 letters.
          </span>
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
      </form>
    </section>
  );
}
