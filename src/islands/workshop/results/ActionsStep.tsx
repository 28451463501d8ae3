// Actions the team commits to: what, who, by when. Checked by the core before they are added.
import { useRef, useState } from 'preact/hooks';
import { addAction, removeAction, validateAction, type FieldProblem } from '../../../core/assessment/workshop-record';
import { type WorkshopSession } from '../../../core/assessment/workshop-session';
import { updateRecord } from '../../../stores/workshop-codes';
import type { Assessment } from '../../../schemas/assessment';
import type { PendingUndo } from '../Facilitator';
import type { Announce } from '../types';

interface Props {
  session: WorkshopSession;
  assessment: Assessment;
  announce: Announce;
  offerUndo: (undo: PendingUndo) => void;
}

type Field = FieldProblem['field'];
const LABELS: Record<Field, string> = { text: 'Action', owner: 'Owner (optional)', due: 'Due date (optional)' };

/** The action form and the list of agreed actions. */
export function ActionsStep({ session, assessment, announce, offerUndo }: Props) {
  const [values, setValues] = useState<Record<Field, string>>({ text: '', owner: '', due: '' });
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const first = useRef<HTMLInputElement>(null);
  const actions = session.record?.actions ?? [];

  const submit = (event: Event) => {
    event.preventDefault();
    const checked = validateAction(values);
    if (!checked.ok) {
      setProblems(checked.problems);
      document.getElementById(`action-${checked.problems[0]?.field ?? 'text'}`)?.focus();
      return;
    }
    updateRecord(assessment, session.id, (r) => addAction(r, checked.action));
    setProblems([]);
    setValues({ text: '', owner: '', due: '' });
    announce(`Action added: ${checked.action.text}.`);
    first.current?.focus();
  };

  const remove = (index: number) => {
    const action = actions[index];
    if (!action) return;
    updateRecord(assessment, session.id, (r) => removeAction(r, index));
    offerUndo({
      message: `Action “${action.text}” removed.`,
      undo: () => {
        updateRecord(assessment, session.id, (r) => ({
          ...r,
          actions: [...r.actions.slice(0, index), action, ...r.actions.slice(index)],
        }));
      },
    });
    first.current?.focus();
  };

  return (
    <section class="card actions-step" aria-labelledby="actions-title">
      <h3 id="actions-title">Actions</h3>
      {actions.length === 0 ? (
        <p>No actions yet. Agree one or two that the team will really do, each with an owner and a date.</p>
      ) : (
        <table class="actions-table">
          <caption class="visually-hidden">Agreed actions</caption>
          <thead>
            <tr>
              <th scope="col">Action</th>
              <th scope="col">Owner</th>
              <th scope="col">Due</th>
              <th scope="col" class="no-print">
                <span class="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {actions.map((action, index) => (
              <tr key={`${index}-${action.text}`}>
                <td>{action.text}</td>
                <td>{action.owner || 'nobody named'}</td>
                <td>{action.due ?? 'no date'}</td>
                <td class="no-print">
                  <button
                    type="button"
                    class="secondary"
                    onClick={() => {
                      remove(index);
                    }}
                  >
                    Remove<span class="visually-hidden"> action {action.text}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form class="action-form no-print" noValidate onSubmit={submit}>
        {(['text', 'owner', 'due'] as const).map((field) => {
          const problem = problems.find((p) => p.field === field);
          const id = `action-${field}`;
          return (
            <div class="field" key={field}>
              <label for={id}>{LABELS[field]}</label>
              <input
                id={id}
                {...(field === 'text' ? { ref: first, maxLength: 300 } : {})}
                {...(field === 'owner' ? { maxLength: 80 } : {})}
                type={field === 'due' ? 'date' : 'text'}
                value={values[field]}
                aria-invalid={problem ? 'true' : undefined}
                aria-describedby={problem ? `${id}-error` : undefined}
                onInput={(event) => {
                  setValues({ ...values, [field]: event.currentTarget.value });
                }}
              />
              {problem && (
                <span class="error" id={`${id}-error`}>
                  {problem.message}
                </span>
              )}
            </div>
          );
        })}
        <button type="submit">Add the action</button>
      </form>
    </section>
  );
}
