// The projector view as a component: the count before the reveal, the results after it, arrows
// between dimensions, Escape to leave, and nothing private on screen.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STORE_UNMOUNT_DELAY } from 'nanostores';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { type SessionId } from '../../../src/core/assessment/session-id';
import { encodeShareCode } from '../../../src/core/assessment/share-code';
import { $workshopSessions, startSession } from '../../../src/stores/workshop';
import { addSessionCodes, setRevealed, updateSessionSettings } from '../../../src/stores/workshop-codes';
import { Facilitator } from '../../../src/islands/workshop/Facilitator';
import { three } from '../../core/assessment/fixtures';

let sessionId: SessionId;
const code = (rating: 1 | 2 | 3 | 4 | 5, alias: string) =>
  encodeShareCode(three, {
    sessionId,
    answers: { 'a-1': rating, 'b-1': rating, 'c-1': rating },
    alias,
    participantId: alias.padEnd(6, '_'),
    revision: 1,
  });

async function openProjector(): Promise<HTMLElement> {
  render(<Facilitator assessments={[three]} playbooks={{}} />);
  fireEvent.click(await screen.findByRole('button', { name: 'Present on the projector' }));
  return screen.findByRole('dialog', { name: 'Support team' });
}

beforeEach(() => {
  localStorage.clear();
  $workshopSessions.set({ active: null, sessions: [] });
  sessionId = startSession(three, 'Support team').id as SessionId;
});
afterEach(cleanup);
afterAll(async () => {
  await new Promise((resolve) => setTimeout(resolve, STORE_UNMOUNT_DELAY + 100));
});

describe('the projector view', () => {
  it('shows only the join link and the count before the reveal', async () => {
    updateSessionSettings(three, sessionId, { expected: 9 });
    addSessionCodes(three, sessionId, [code(1, 'Ann'), code(2, 'Ben')].join('\n'));
    const dialog = await openProjector();
    expect(within(dialog).getByText('2 of 9 answered')).toBeTruthy();
    expect(within(dialog).queryByRole('textbox')).toBeNull();
    expect(dialog.textContent).not.toMatch(/Ann|Ben|Remove/);
    expect(dialog.querySelector('.dot')).toBeNull();
  });

  it('moves between dimensions with the arrow keys and leaves with Escape', async () => {
    addSessionCodes(three, sessionId, [code(1, 'Ann'), code(2, 'Ben'), code(5, 'Cat')].join('\n'));
    setRevealed(three, sessionId, true);
    const dialog = await openProjector();
    expect(within(dialog).getByRole('heading', { name: 'Alpha' })).toBeTruthy();
    expect(dialog.querySelectorAll('.dot')).toHaveLength(3);
    fireEvent.keyDown(dialog, { key: 'ArrowRight' });
    expect(within(dialog).getByRole('heading', { name: 'Beta' })).toBeTruthy();
    fireEvent.keyDown(dialog, { key: 'End' });
    expect(within(dialog).getByText('Dimension 3 of 3')).toBeTruthy();
    fireEvent.keyDown(dialog, { key: 'ArrowRight' });
    expect(within(dialog).getByText('Dimension 3 of 3')).toBeTruthy();
    fireEvent.keyDown(dialog, { key: 'ArrowLeft' });
    expect(within(dialog).getByRole('heading', { name: 'Beta' })).toBeTruthy();
    expect(dialog.textContent).not.toMatch(/Ann|Ben|Cat/);
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement?.id).toBe('projector-open');
  });
});
