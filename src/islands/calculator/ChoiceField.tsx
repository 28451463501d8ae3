// A choice between a few options, as a radio group with a legend and help.
import type { ChoiceInputDefinition } from '../../core/calculator/choices';
import { useHelp } from './help';

interface Props {
  /** Prefix for the radio ids. */
  id: string;
  /** The question, options and help. */
  definition: ChoiceInputDefinition;
  /** The option chosen. */
  value: string;
  /** Called with the option picked. */
  onChoose: (value: string) => void;
}

/** A radio group in a fieldset. */
export function ChoiceField({ id, definition, value, onChoose }: Props) {
  const help = useHelp(definition.key, definition.help);
  const helpId = `${id}-help`;
  return (
    <fieldset class="calc-choice" aria-describedby={helpId}>
      <legend>{definition.label}</legend>
      <p class="hint" id={helpId}>
        {help}
      </p>
      {definition.options.map((option) => (
        <label class="calc-radio" key={option.value}>
          <input
            type="radio"
            name={id}
            id={`${id}-${option.value}`}
            value={option.value}
            checked={option.value === value}
            onChange={() => {
              onChoose(option.value);
            }}
          />{' '}
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
