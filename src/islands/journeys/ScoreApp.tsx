// A participant's page in a journey session: the journey's stages and moments (titles and
// descriptions only, from the invitation link), a private score for each moment, "I have seen this
// happen", up to three moments the map is missing, then a code to send back. Everything stays on
// this phone until the participant sends the code; a reload keeps every answer.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { generateSessionId, type SessionId } from '../../core/assessment/session-id';
import type { Invitation } from '../../core/journey/invitation';
import type { Participation } from '../../core/journey/participation';
import {
  MAX_PROPOSALS,
  PROPOSAL_LIMITS,
  encodeScoreCode,
  type MomentScore,
  type ProposedMoment,
  type Score,
} from '../../core/journey/score-code';
import { $journeyParticipation, saveParticipation } from '../../stores/journeys-participant';
import { withBase } from '../../lib/base';
import { announce } from '../shared/announce';
import { useAtom } from '../shared/use-atom';
import { CopyText } from '../workshop/CopyText';
import { LazyQrCode } from '../workshop/LazyQrCode';
import { MAX_QR_CHARS, readInvite, replyLink } from './invite-link';
import { FEELING_WORDS, FREQUENCY_WORDS, IMPACT_WORDS, formatFeeling } from './labels';
import './journey-session.css';

type Loaded =
  | { state: 'loading' }
  | { state: 'failed'; message: string }
  | { state: 'ready'; invitation: Invitation; check: number };

const EMPTY: MomentScore = { feeling: null, impact: null, frequency: null, seen: false };

function freshParticipation(invitation: Invitation, check: number): Participation {
  const count = invitation.stages.reduce((sum, stage) => sum + stage.moments.length, 0);
  return {
    sessionId: invitation.sessionId,
    check,
    participantId: generateSessionId(),
    revision: 0,
    lastCode: '',
    alias: '',
    scores: Array.from({ length: count }, () => ({ ...EMPTY })),
    proposals: [],
  };
}

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

interface FormProps {
  invitation: Invitation;
  participation: Participation;
  onDone: () => void;
}

function ScoreForm({ invitation, participation, onDone }: FormProps) {
  const update = (patch: Partial<Participation>) => {
    saveParticipation({ ...participation, ...patch });
  };
  const setScore = (index: number, patch: Partial<MomentScore>) => {
    const scores = participation.scores.map((score, i) => (i === index ? { ...score, ...patch } : score));
    update({ scores });
  };
  const setProposal = (index: number, patch: Partial<ProposedMoment>) => {
    update({ proposals: participation.proposals.map((p, i) => (i === index ? { ...p, ...patch } : p)) });
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
            const score = participation.scores[index] ?? EMPTY;
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
      <section aria-labelledby="jscore-missing">
        <h3 id="jscore-missing">Moments the map is missing</h3>
        <p>Up to {MAX_PROPOSALS}. The team decides together whether to add them.</p>
        {participation.proposals.map((proposal, index) => (
          <fieldset key={index} class="jscore-moment">
            <legend>Missing moment {index + 1}</legend>
            <div class="field">
              <label for={`jscore-p${index}-title`}>Title</label>
              <input
                id={`jscore-p${index}-title`}
                type="text"
                maxLength={PROPOSAL_LIMITS.title}
                value={proposal.title}
                onInput={(event) => {
                  setProposal(index, { title: event.currentTarget.value });
                }}
              />
            </div>
            <div class="field">
              <label for={`jscore-p${index}-stage`}>Stage</label>
              <select
                id={`jscore-p${index}-stage`}
                value={proposal.stage === null ? '' : String(proposal.stage)}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  setProposal(index, { stage: value === '' ? null : Number(value) });
                }}
              >
                <option value="">Not sure</option>
                {invitation.stages.map((stage, stageIndex) => (
                  <option key={stageIndex} value={String(stageIndex)}>
                    {stage.name || `Stage ${stageIndex + 1}`}
                  </option>
                ))}
              </select>
            </div>
            <div class="field">
              <label for={`jscore-p${index}-description`}>What happens (short, optional)</label>
              <textarea
                id={`jscore-p${index}-description`}
                rows={2}
                maxLength={PROPOSAL_LIMITS.description}
                value={proposal.description}
                onInput={(event) => {
                  setProposal(index, { description: event.currentTarget.value });
                }}
              />
            </div>
            <button
              type="button"
              class="secondary"
              onClick={() => {
                update({ proposals: participation.proposals.filter((_, i) => i !== index) });
                announce(`Missing moment ${index + 1} removed.`);
              }}
            >
              Remove missing moment {index + 1}
            </button>
          </fieldset>
        ))}
        {participation.proposals.length < MAX_PROPOSALS && (
          <button
            type="button"
            class="secondary"
            onClick={() => {
              update({ proposals: [...participation.proposals, { title: '', stage: null, description: '' }] });
              requestAnimationFrame(() =>
                document.getElementById(`jscore-p${participation.proposals.length}-title`)?.focus(),
              );
            }}
          >
            Add a missing moment
          </button>
        )}
      </section>
      <p>
        <button type="submit">Make my code</button>
      </p>
    </form>
  );
}

interface ShareProps {
  invitation: Invitation;
  participation: Participation;
  onBack: () => void;
}

function ShareCode({ invitation, participation, onBack }: ShareProps) {
  const sessionId = invitation.sessionId;
  const stageCount = invitation.stages.length;
  const code = useMemo(() => {
    const make = (revision: number) =>
      encodeScoreCode({
        sessionId,
        participantId: participation.participantId as SessionId,
        revision,
        alias: participation.alias,
        check: participation.check,
        scores: participation.scores,
        proposals: participation.proposals,
        stageCount,
      });
    // Changed answers make a code one revision higher, so it replaces the earlier one.
    const same = make(participation.revision);
    return same === participation.lastCode || participation.lastCode === '' ? same : make(participation.revision + 1);
  }, [participation, sessionId, stageCount]);
  useEffect(() => {
    if (code === participation.lastCode) return;
    const revision = participation.lastCode === '' ? participation.revision : participation.revision + 1;
    saveParticipation({ ...participation, lastCode: code, revision });
  }, [code]);
  const scored = participation.scores.filter(
    (s) => s.seen || s.feeling !== null || s.impact !== null || s.frequency !== null,
  ).length;
  const proposals = participation.proposals.filter((p) => p.title.trim() !== '').length;
  const back = (
    <button type="button" class="secondary" onClick={onBack}>
      Change my scores
    </button>
  );
  if (scored === 0 && proposals === 0) {
    return (
      <section class="jscore-share" aria-labelledby="jscore-share-title">
        <h2 id="jscore-share-title" tabIndex={-1}>
          Nothing to send yet
        </h2>
        <p>You have not scored any moment, so there is no code to send. Go back and score at least one.</p>
        {back}
      </section>
    );
  }
  const link = replyLink(sessionId, code);
  return (
    <section class="jscore-share" aria-labelledby="jscore-share-title">
      <h2 id="jscore-share-title" tabIndex={-1}>
        Send your scores to the facilitator
      </h2>
      <p>Show the QR code to the facilitator, or copy your code or link into the session chat. Either one is enough.</p>
      <div class="jscore-share-body">
        {link.length <= MAX_QR_CHARS ? (
          <LazyQrCode text={link} label="QR code of your reply link" class="qr-share" />
        ) : (
          <p class="notice">Your scores are too long for a QR code; copy the code or the link instead.</p>
        )}
        <div>
          <CopyText id="jscore-code" label="Your score code" value={code} button="Copy the code" rows={3} />
          <CopyText id="jscore-link" label="Your reply link" value={link} button="Copy the link" rows={4} />
        </div>
      </div>
      <h3>What you are sharing</h3>
      <ul>
        <li>
          Your scores for {scored} of {participation.scores.length} moments, and {proposals} missing moment
          {proposals === 1 ? '' : 's'}.
        </li>
        <li>
          {participation.alias.trim()
            ? `Your name, “${participation.alias.trim()}”.`
            : 'No name: your scores are anonymous.'}
        </li>
        <li>Nothing else. The code sits after the # in the link, a part browsers never send to a server.</li>
      </ul>
      <p>If you change your scores, send the new code: it replaces this one.</p>
      {back}
    </section>
  );
}
