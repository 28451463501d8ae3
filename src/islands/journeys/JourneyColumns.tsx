// The journey as columns: one per stage, moments in order, with everything editable by keyboard.
import { useMemo } from 'preact/hooks';
import { LIMITS } from '../../core/journey/limits';
import type { Worksheet } from '../../core/journey/model';
import { sortStages, stageMoments } from '../../core/journey/order';
import { rankMoments } from '../../core/journey/ranking';
import { addStageNamed } from './actions';
import { AddForm } from './AddForm';
import { StageColumn } from './StageColumn';
import { domId } from './labels';

interface Props {
  sheet: Worksheet;
}

/** Stages side by side (stacked on a phone), then a field to add a stage. */
export function JourneyColumns({ sheet }: Props) {
  const ranks = useMemo(() => new Map(rankMoments(sheet).map((item) => [item.moment.id, item.rank])), [sheet]);
  const stages = sortStages(sheet);
  return (
    <div class="journey">
      {stages.length === 0 ? (
        <p class="empty">
          Start with the stages of the journey, in order: for a hotel stay, “Booking”, “Arriving”, “Staying” and
          “Leaving”. Then add the moments that happen in each.
        </p>
      ) : (
        <ol class="journey-columns" aria-label="Stages of the journey">
          {stages.map((stage, index) => (
            <StageColumn
              key={stage.id}
              sheetId={sheet.id}
              stage={stage}
              moments={stageMoments(sheet, stage.id)}
              ranks={ranks}
              index={index}
              count={stages.length}
              neighbourName={(stages[index - 1] ?? stages[index + 1])?.name}
            />
          ))}
        </ol>
      )}
      <AddForm
        id={domId.newStage}
        label="Add a stage"
        button="Add stage"
        hint={`A short name, e.g. “Arriving”. Up to ${LIMITS.stageName} characters and ${LIMITS.stages} stages.`}
        onAdd={(name) => addStageNamed(sheet.id, name)}
      />
    </div>
  );
}
