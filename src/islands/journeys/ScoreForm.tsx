// The participant's scoring form in a journey session: an optional name, then each moment of each
// stage scored privately (feeling, impact, frequency, each with "Don't know") with "I have seen this
// happen", then the moments the map is missing (MissingMoments.tsx). Every change is saved at once.
import type { Invitation } from '../../core/journey/invitation';
import type { Participation } from '../../core/journey/participation';
import type { MomentScore, Score } from '../../core/journey/score-code';
import { saveParticipation } from '../../stores/journeys-participant';
import { FEELING_WORDS, FREQUENCY_WORDS, IMPACT_WORDS, formatFeeling } from './labels';
import { MissingMoments } from './MissingMoments';

/** A moment not scored yet. */
export const EMPTY_SCORE: MomentScore = { feeling: null, impact: null, frequency: null, seen: false };

const toValue = (score: Score): string => (score === null ? '' : String(score));
const fromValue = (value: string): Score => (value === '' ? null : value === 'dk' ? 'dk' : Number(value));

interface ScaleProps {
  id: string;
  label: string;
  value: Score;
  options: [number, string][];
  onChange: (value: Score) => void;
}

function Scale({ id, label, value, options, onChange }: ScaleProps) {
  return (
    <div class="field score-field">
      <label for={id}>{label}</label>
      <select
        id={id}
        value={toValue(value)}
        onChange={(event) => {
          onChange(fromValue(event.currentTarget.value));
        }}
      >
        <option value="">Not scored</option>
        {options.map(([score, words]) => (
          <option key={score} value={String(score)}>
            {label === 'Feeling' ? formatFeeling(score) : score}: {words}
          </option>
        ))}
        <option value="dk">Don’t know</option>
      </select>
    </div>
  );
}

const FEELINGS = [3, 2, 1, 0, -1, -2, -3].map((score): [number, string] => [score, FEELING_WORDS[score] ?? '']);
const IMPACTS = [5, 4, 3, 2, 1].map((score): [number, string] => [score, IMPACT_WORDS[score] ?? '']);
const FREQUENCIES = [5, 4, 3, 2, 1].map((score): [number, string] => [score, FREQUENCY_WORDS[score] ?? '']);

interface FormProps {
  invitation: Invitation;
  participation: Participation;
  onDone: () => void;
}

export function ScoreForm({ invitation, participation, onDone }: FormProps) {
  const update = (patch: Partial<Participation>) => {
    saveParticipation({ ...participation, ...patch });
  };
  const setScore = (index: number, patch: Partial<MomentScore>) => {
    const scores = participation.scores.map((score, i) => (i === index ? { ...score, ...patch } : score));
    update({ scores });
  };
  let position = -1;
  return (
    <form
      class="jscore"
      onSubmit={(event) => {
        event.preventDefault();
        onDone();
      }}
    >
      <h2>Score “{invitation.name}”</h2>
      <p>
        Score each moment on your own: how the customer feels, how much it shapes the relationship, and how often it
        happens. Skip or choose “Don’t know” where you are unsure. Tick “I have seen this happen” only when you have
        seen it yourself. Nobody sees your scores until the facilitator reveals everyone’s together, and only when at
        least three people have sent theirs.
      </p>
      <div class="field">
        <label for="jscore-alias">Your name for the facilitator (optional)</label>
        <input
          id="jscore-alias"
          type="text"
          maxLength={16}
          autocomplete="off"
          value={participation.alias}
          onInput={(event) => {
            update({ alias: event.currentTarget.value });
          }}
        />
      </div>
      {invitation.stages.map((stage, stageIndex) => (
        <section key={stageIndex} class="jscore-stage" aria-labelledby={`jscore-stage-${stageIndex}`}>
          <h3 id={`jscore-stage-${stageIndex}`}>
            Stage {stageIndex + 1}: {stage.name || 'Unnamed stage'}
          </h3>
          {stage.moments.map((moment) => {
            position += 1;
            const index = position;
            const score = participation.scores[index] ?? EMPTY_SCORE;
            const id = (part: string) => `jscore-${index}-${part}`;
            return (
              <fieldset key={index} class="jscore-moment">
                <legend>{moment.title}</legend>
                {moment.description && <p class="muted">{moment.description}</p>}
                <div class="jscore-scales">
                  <Scale
                    id={id('feeling')}
                    label="Feeling"
                    value={score.feeling}
                    options={FEELINGS}
                    onChange={(feeling) => {
                      setScore(index, { feeling });
                    }}
                  />
                  <Scale
                    id={id('impact')}
                    label="Impact"
                    value={score.impact}
                    options={IMPACTS}
                    onChange={(impact) => {
                      setScore(index, { impact });
                    }}
                  />
                  <Scale
                    id={id('frequency')}
                    label="Frequency"
                    value={score.frequency}
                    options={FREQUENCIES}
                    onChange={(frequency) => {
                      setScore(index, { frequency });
                    }}
                  />
                </div>
                <div class="check">
                  <input
                    id={id('seen')}
                    type="checkbox"
                    checked={score.seen}
                    onChange={(event) => {
                      setScore(index, { seen: event.currentTarget.checked });
                    }}
                  />
                  <label for={id('seen')}>I have seen this happen</label>
                </div>
              </fieldset>
            );
          })}
        </section>
      ))}
      <MissingMoments
        stages={invitation.stages}
        proposals={participation.proposals}
        onChange={(proposals) => {
          update({ proposals });
        }}
      />
      <p>
        <button type="submit">Make my code</button>
      </p>
    </form>
  );
}
