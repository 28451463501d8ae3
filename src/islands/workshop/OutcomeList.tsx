// What happened to each pasted code, in words: added, counted once, or why it could not be used.
import type { CodeOutcome } from '../../core/assessment/team';
import { codeTag } from '../../core/assessment/code-tag';

const labels: Record<string, string> = {
  added: 'Added',
  updated: 'Updated',
  duplicate: 'Counted once',
  outdated: 'Older copy',
  'wrong-session': 'Wrong session',
  'wrong-assessment': 'Wrong assessment',
  corrupted: 'Corrupted',
  'newer-version': 'Newer version',
  'older-version': 'Older version',
  empty: 'No answers',
};

/** The short label for an outcome, e.g. "Counted once" or "Wrong session". */
function outcomeLabel(outcome: CodeOutcome): string {
  const key = outcome.status === 'rejected' ? (outcome.problem ?? 'corrupted') : outcome.status;
  return labels[key] ?? 'Not used';
}

/** One sentence for the live region: how many were added, counted once and refused. */
export function summariseOutcomes(outcomes: readonly CodeOutcome[], total: number): string {
  const count = (status: CodeOutcome['status']) => outcomes.filter((o) => o.status === status).length;
  const parts = [`${count('added')} added`];
  if (count('updated') > 0) parts.push(`${count('updated')} updated`);
  if (count('duplicate') > 0) parts.push(`${count('duplicate')} counted once`);
  if (count('outdated') > 0)
    parts.push(`${count('outdated')} older ${count('outdated') === 1 ? 'copy' : 'copies'} not used`);
  if (count('rejected') > 0) parts.push(`${count('rejected')} could not be used`);
  return `${parts.join(', ')}. ${total} ${total === 1 ? 'person' : 'people'} in the session.`;
}

/**
 * How the log names a code: the alias when it could be read, the code's last characters and a
 * fingerprint of the whole code, so a damaged copy never looks like the code it was copied from.
 */
function describeCode(outcome: Pick<CodeOutcome, 'input' | 'alias'>): string {
  const { end, fingerprint } = codeTag(outcome.input);
  const who = outcome.alias ? `${outcome.alias}, ` : '';
  return `${who}code ending ${end}, check ${fingerprint}`;
}

/** The outcome of each code from the last paste or scan. */
export function OutcomeList({ outcomes }: { outcomes: CodeOutcome[] }) {
  return (
    <div class="outcomes no-print">
      <h4>What happened to each code</h4>
      <ul>
        {outcomes.map((outcome, index) => (
          <li key={`${index}-${outcome.input}`} class={`outcome outcome-${outcome.status}`}>
            <strong class="outcome-label">{outcomeLabel(outcome)}:</strong>{' '}
            <span class="outcome-code">{describeCode(outcome)}</span>. {outcome.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
