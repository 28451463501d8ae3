// One stage as a column: its name, its moments in order, and a field to add one more; renaming,
// moving and removing the stage open on demand with "Edit stage", as a moment's controls do.
import { useState } from 'preact/hooks';
import { renameStage } from '../../core/journey/edit-stages';
import { LIMITS } from '../../core/journey/limits';
import type { Moment, Stage } from '../../core/journey/model';
import { changeWorksheet } from '../../stores/journeys';
import { focusSoon } from './feedback';
import { addMomentTitled, moveStageBy, removeStageWithUndo } from './actions';
import { AddForm } from './AddForm';
import { MomentCard } from './MomentCard';
import { TextField } from './TextField';
import { domId, formatCount, plural } from './labels';

interface Props {
  sheetId: string;
  stage: Stage;
  /** This stage's moments, in order. */
  moments: Moment[];
  /** Rank of every moment of the worksheet, by id. */
  ranks: ReadonlyMap<string, number>;
  /** 0-based position and the number of stages. */
  index: number;
  count: number;
  /** The stage that would receive this stage's moments if it were removed. */
  neighbourName: string | undefined;
}

/** A stage column with its moments. */
export function StageColumn({ sheetId, stage, moments, ranks, index, count, neighbourName }: Props) {
  const [refusal, setRefusal] = useState<string | undefined>(undefined);
  const [editing, setEditing] = useState(false);
  const { id, name } = stage;
  const headingId = domId.stage(id, 'heading');
  const moveId = domId.stage(id, 'confirm-move');
  const toolsId = domId.stage(id, 'tools');
  const remove = (moveMoments: boolean) => {
    const message = removeStageWithUndo(sheetId, id, name, moveMoments);
    setRefusal(message);
    if (message && !moveMoments && moments.length > 0 && neighbourName !== undefined) focusSoon(moveId);
  };
  const stageButton = (key: 'up' | 'down', symbol: string, label: string, blocked: boolean) => (
    <button
      type="button"
      id={domId.stage(id, `move-${key}`)}
      class="secondary icon"
      aria-label={label}
      title={label}
      aria-disabled={blocked ? 'true' : undefined}
      onClick={() => {
        moveStageBy(sheetId, id, name, key);
      }}
    >
      <span aria-hidden="true">{symbol}</span>
    </button>
  );
  return (
    <li class="stage-column" aria-labelledby={headingId}>
      <h3 id={headingId} class="stage-heading">
        <span class="stage-number">
          Stage {formatCount(index + 1)} of {formatCount(count)}:
        </span>{' '}
        {name}
      </h3>
      <button
        type="button"
        id={domId.stage(id, 'edit')}
        class="secondary stage-edit"
        aria-expanded={editing}
        aria-controls={editing ? toolsId : undefined}
        onClick={() => {
          setEditing(!editing);
        }}
      >
        Edit stage<span class="visually-hidden"> “{name}”</span>
      </button>
      {editing && (
        <div id={toolsId} class="stage-editor">
          <TextField
            id={domId.stage(id, 'name')}
            label={`Name of stage ${formatCount(index + 1)}`}
            value={name}
            limit={LIMITS.stageName}
            onSave={(text) => {
              const result = changeWorksheet(sheetId, (sheet, ctx) => renameStage(sheet, id, text, ctx));
              return result.ok ? undefined : result.message;
            }}
          />
          <div class="stage-tools" role="group" aria-label={`Move or remove the stage “${name}”`}>
            {stageButton('up', '←', `Move the stage “${name}” earlier`, index === 0)}
            {stageButton('down', '→', `Move the stage “${name}” later`, index === count - 1)}
            <button
              type="button"
              class="secondary"
              onClick={() => {
                remove(false);
              }}
            >
              Remove stage<span class="visually-hidden"> “{name}”</span>
            </button>
          </div>
        </div>
      )}
      {refusal && (
        <div class="notice" role="alert">
          <p>{refusal}</p>
          {moments.length > 0 && neighbourName !== undefined && (
            <p class="actions">
              <button
                type="button"
                id={moveId}
                onClick={() => {
                  remove(true);
                }}
              >
                Move {plural(moments.length, 'moment')} to “{neighbourName}” and remove “{name}”
              </button>{' '}
              <button
                type="button"
                class="secondary"
                onClick={() => {
                  setRefusal(undefined);
                }}
              >
                Keep the stage
              </button>
            </p>
          )}
        </div>
      )}
      <p class="stage-count">{plural(moments.length, 'moment')}</p>
      {moments.length > 0 && (
        <ol class="moment-list" aria-label={`Moments in “${name}”`}>
          {moments.map((moment, position) => (
            <MomentCard
              key={moment.id}
              sheetId={sheetId}
              moment={moment}
              rank={ranks.get(moment.id) ?? 0}
              first={position === 0}
              last={position === moments.length - 1}
              firstStage={index === 0}
              lastStage={index === count - 1}
            />
          ))}
        </ol>
      )}
      <AddForm
        id={domId.stage(id, 'new-moment')}
        label={`Add a moment to “${name}”`}
        button="Add moment"
        buttonDetail={` to “${name}”`}
        hint={`A few words, e.g. “Waiting in the queue”. Up to ${LIMITS.momentTitle} characters.`}
        onAdd={(title) => addMomentTitled(sheetId, id, name, title)}
      />
    </li>
  );
}
