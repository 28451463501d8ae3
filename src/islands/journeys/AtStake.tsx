// Checkboxes for the traits or HEART values a moment tests, each beside a link to its playbook.
import { domId } from './labels';
import { withBase } from '../../lib/base';

interface Props<T extends string> {
  idBase: string;
  legend: string;
  /** Every value, in canonical order. */
  values: readonly T[];
  labels: Readonly<Record<T, string>>;
  /** The values ticked now. */
  chosen: readonly T[];
  /** The playbook page of a value. */
  playbook: (value: T) => string;
  /** Called with the new list; core sorts and validates it. */
  onChange: (next: T[]) => void;
}

/** A fieldset of checkboxes with playbook links. */
export function AtStake<T extends string>({ idBase, legend, values, labels, chosen, playbook, onChange }: Props<T>) {
  return (
    <fieldset class="checks">
      <legend>{legend}</legend>
      {values.map((value) => {
        const id = domId.sub(idBase, value);
        const label = labels[value];
        return (
          <div class="check" key={value}>
            <input
              type="checkbox"
              id={id}
              checked={chosen.includes(value)}
              onChange={(event) => {
                const on = event.currentTarget.checked;
                onChange(on ? [...chosen, value] : chosen.filter((item) => item !== value));
              }}
            />
            <label for={id}>{label}</label>
            <a href={withBase(playbook(value))} class="playbook-link">
              Read<span class="visually-hidden"> the {label} playbook</span>
            </a>
          </div>
        );
      })}
    </fieldset>
  );
}
