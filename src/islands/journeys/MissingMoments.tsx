// Up to three moments a participant thinks the journey map is missing, each with a title, the stage
// it belongs to (or "Not sure") and a short description, sent with their scores for the team to
// accept or drop together.
import type { Invitation } from '../../core/journey/invitation';
import { MAX_PROPOSALS, PROPOSAL_LIMITS, type ProposedMoment } from '../../core/journey/score-code';
import { announce } from '../shared/announce';

interface Props {
  stages: Invitation['stages'];
  proposals: ProposedMoment[];
  onChange: (proposals: ProposedMoment[]) => void;
}

/** The "Moments the map is missing" part of the scoring form. */
export function MissingMoments({ stages, proposals, onChange }: Props) {
  const setProposal = (index: number, patch: Partial<ProposedMoment>) => {
    onChange(proposals.map((p, i) => (i === index ? { ...p, ...patch } : p)));
  };
  return (
    <section aria-labelledby="jscore-missing">
      <h3 id="jscore-missing">Moments the map is missing</h3>
      <p>Up to {MAX_PROPOSALS}. The team decides together whether to add them.</p>
      {proposals.map((proposal, index) => (
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
              {stages.map((stage, stageIndex) => (
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
              onChange(proposals.filter((_, i) => i !== index));
              announce(`Missing moment ${index + 1} removed.`);
            }}
          >
            Remove missing moment {index + 1}
          </button>
        </fieldset>
      ))}
      {proposals.length < MAX_PROPOSALS && (
        <button
          type="button"
          class="secondary"
          onClick={() => {
            onChange([...proposals, { title: '', stage: null, description: '' }]);
            requestAnimationFrame(() => document.getElementById(`jscore-p${proposals.length}-title`)?.focus());
          }}
        >
          Add a missing moment
        </button>
      )}
    </section>
  );
}
