// What happened to each pasted code, in words: added, counted once, or why it could not be used.
import type { CodeOutcome } from '../../core/assessment';

const labels: Record<string, string> = {
  added: 'Added',
  duplicate: 'Counted once',
  'wrong-session': 'Wrong session',
  'wrong-assessment': 'Wrong assessment',
  corrupted: 'Corrupted',
  'newer-version': 'Newer version',
  'older-version': 'Older version',
  empty: 'No answers',
};

/** The short label for an outcome, e.g. "Counted once" or "Wrong session". */
export function outcomeLabel(outcome: CodeOutcome): string {
  const key = outcome.status === 'rejected' ? (outcome.problem ?? 'corrupted') : outcome.status;
  return labels[key] ?? 'Not used';
}

/** One sentence for the live region: how many were added, counted once and refused. */
export function summariseOutcomes(outcomes: readonly CodeOutcome[], total: number): string {
  const count = (status: CodeOutcome['status']) => outcomes.filter((o) => o.status === status).length;
  const parts = [`${count('added')} added`];
  if (count('duplicate') > 0) parts.push(`${count('duplicate')} counted once`);
  if (count('rejected') > 0) parts.push(`${count('rejected')} could not be used`);
  return `${parts.join(', ')}. ${total} ${total === 1 ? 'person' : 'people'} in the session.`;
}

// Long codes and links are shortened so the list stays readable; the full text stays in the box.
const shorten = (input: string): string => (input.length > 28 ? `${input.slice(0, 12)}…${input.slice(-12)}` : input);

/** The outcome of each code from the last paste or scan. */
export function OutcomeList({ outcomes }: { outcomes: CodeOutcome[] }) {
  return (
    <div class="outcomes no-print">
      <h4>What happened to each code</h4>
      <ul>
        {outcomes.map((outcome, index) => (
          <li key={`${index}-${outcome.input}`} class={`outcome outcome-${outcome.status}`}>
            <strong class="outcome-label">{outcomeLabel(outcome)}:</strong> <code>{shorten(outcome.input)}</code>.{' '}
            {outcome.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
