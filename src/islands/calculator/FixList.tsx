// Instead of results that cannot be trusted: which fields need fixing, each linked to its field.
// Following a link moves focus into the field, as the GOV.UK error summary does.

/** One field that needs fixing. */
export interface FieldToFix {
  /** The field's input id. */
  id: string;
  /** The problem, in words. */
  message: string;
}

/** Moves focus to a field and brings it into view, without changing the address. */
export function focusField(id: string): void {
  const field = document.getElementById(id);
  if (!field) return;
  field.scrollIntoView({ block: 'center' });
  field.focus({ preventScroll: true });
}

interface Props {
  /** The heading, e.g. "Fix 2 inputs to see the results". */
  title: string;
  /** What to say before the list. */
  intro: string;
  /** The fields. */
  fields: FieldToFix[];
}

/** A notice listing the fields to fix, each a link to its field. */
export function FixList({ title, intro, fields }: Props) {
  return (
    <div class="notice calc-fix">
      <h3>{title}</h3>
      <p>{intro}</p>
      <ul>
        {fields.map((field) => (
          <li key={field.id}>
            <a
              href={`#${field.id}`}
              onClick={(event) => {
                event.preventDefault();
                focusField(field.id);
              }}
            >
              {field.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** "1 input" or "3 inputs". */
export function countFields(count: number, noun = 'input'): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Stands in for a section below the results while a field needs fixing. */
export function WaitingForFixes() {
  return <p class="calc-waiting">Fix the figures listed under “What doing nothing costs” to see this.</p>;
}
