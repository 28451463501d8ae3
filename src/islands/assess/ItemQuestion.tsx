// One statement as a native radio group: arrow keys move between levels, Tab moves between
// statements, and each of the levels 1, 3 and 5 carries its concrete description as help text.
import type { AssessmentItem } from '../../schemas/assessment';
import type { Answer } from '../../core/assessment/answers';

interface Props {
  /** Unique prefix for element ids and the radio group name. */
  idPrefix: string;
  item: AssessmentItem;
  /** The current answer, or undefined when unanswered. */
  answer: Answer | undefined;
  /** Called with the chosen answer, or null when the answer is cleared. */
  onAnswer: (answer: Answer | null) => void;
}

const options: { value: Answer; name: string; note?: string }[] = [
  { value: 1, name: '1' },
  { value: 2, name: '2', note: 'In between' },
  { value: 3, name: '3' },
  { value: 4, name: '4', note: 'In between' },
  { value: 5, name: '5' },
  { value: 'dk', name: 'Don’t know' },
];

/** A fieldset whose legend is the statement, with radios 1-5 and "Don't know". */
export function ItemQuestion({ idPrefix, item, answer, onAnswer }: Props) {
  const describe = (value: Answer): string | undefined =>
    value === 1 || value === 3 || value === 5 ? item.levels[value] : undefined;
  return (
    <fieldset class="item-question">
      <legend>{item.statement}</legend>
      <div class="scale">
        {options.map((option) => {
          const description = describe(option.value);
          const optionId = `${idPrefix}-${String(option.value)}`;
          return (
            <label
              key={option.value}
              class={`level level-${String(option.value)}${description ? ' level-described' : ''}`}
            >
              <input
                type="radio"
                id={optionId}
                name={idPrefix}
                value={String(option.value)}
                checked={answer === option.value}
                aria-label={option.note ? `${option.name}, ${option.note.toLowerCase()}` : option.name}
                aria-describedby={description ? `${optionId}-text` : undefined}
                onChange={() => {
                  onAnswer(option.value);
                }}
              />
              <span class="level-name">{option.name}</span>
              {option.note && <span class="level-note">{option.note}</span>}
              {description && (
                <span class="level-text" id={`${optionId}-text`}>
                  {description}
                </span>
              )}
            </label>
          );
        })}
      </div>
      {answer !== undefined && (
        <button
          type="button"
          class="secondary clear-answer"
          onClick={() => {
            onAnswer(null);
            // The button disappears with the answer, so focus goes back to the statement's first level.
            document.getElementById(`${idPrefix}-1`)?.focus();
          }}
        >
          Clear this answer<span class="visually-hidden">: {item.statement}</span>
        </button>
      )}
    </fieldset>
  );
}
