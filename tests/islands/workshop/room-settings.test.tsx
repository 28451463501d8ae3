// The facilitator's room settings: expected headcount, auto-reveal, and the dot-plot minimum.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STORE_UNMOUNT_DELAY } from 'nanostores';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { type SessionId } from '../../../src/core/assessment/session-id';
import { encodeShareCode } from '../../../src/core/assessment/share-code';
import { $workshopSessions, activeSession, startSession } from '../../../src/stores/workshop';
import { addSessionCodes } from '../../../src/stores/workshop-codes';
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

async function renderSession(): Promise<void> {
  render(<Facilitator assessments={[three]} playbooks={{}} />);
  await screen.findByRole('textbox', { name: 'Paste codes or reply links' });
}

function settings(values: { expected?: string; dotPlotMin?: string; autoReveal?: boolean }): void {
  if (values.expected !== undefined)
    fireEvent.input(screen.getByRole('textbox', { name: 'People expected (optional)' }), {
      target: { value: values.expected },
    });
  if (values.dotPlotMin !== undefined)
    fireEvent.input(screen.getByRole('textbox', { name: /Show each person’s rating as a dot/ }), {
      target: { value: values.dotPlotMin },
    });
  if (values.autoReveal !== undefined) {
    const box = screen.getByRole<HTMLInputElement>('checkbox', { name: /Reveal the results by themselves/ });
    if (box.checked !== values.autoReveal) fireEvent.click(box);
  }
  fireEvent.click(screen.getByRole('button', { name: 'Save the settings' }));
}

function paste(text: string): void {
  fireEvent.input(screen.getByRole('textbox', { name: 'Paste codes or reply links' }), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: 'Add to the session' }));
}

beforeEach(() => {
  localStorage.clear();
  $workshopSessions.set({ active: null, sessions: [] });
  sessionId = startSession(three, 'Room').id as SessionId;
});
afterEach(cleanup);
afterAll(async () => {
  await new Promise((resolve) => setTimeout(resolve, STORE_UNMOUNT_DELAY + 100));
});

describe('room settings', () => {
  it('refuses a dot-plot minimum below 3 or a bad headcount, keeping what was typed', async () => {
    await renderSession();
    settings({ expected: '-4', dotPlotMin: '2' });
    expect(screen.getByText(/Write how many people you expect as a whole number/)).toBeTruthy();
    expect(screen.getByText(/Write a whole number from 3 to 50/)).toBeTruthy();
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: /Show each person’s rating/ }).value).toBe('2');
    expect(activeSession()).toMatchObject({ expected: null, dotPlotMin: 3, autoReveal: false });
  });

  it('says how many of those expected have answered, and reveals by itself when all have', async () => {
    await renderSession();
    settings({ expected: '4', autoReveal: true });
    expect(activeSession()).toMatchObject({ expected: 4, autoReveal: true });
    expect(screen.getByText('0 of 4 answered')).toBeTruthy();
    paste([code(1, 'Ann'), code(2, 'Ben'), code(4, 'Cat')].join('\n'));
    expect(await screen.findByText('3 of 4 answered')).toBeTruthy();
    expect(activeSession()?.revealed).toBe(false);
    paste(code(5, 'Dan'));
    await screen.findByRole('table', { name: /Each person’s score per dimension/ });
    expect(activeSession()?.revealed).toBe(true);
    expect(screen.getByText(/Everyone expected has answered, so the results are now revealed/)).toBeTruthy();
    expect(screen.getByText('4 of 4 answered')).toBeTruthy();
  });

  it('does not reveal by itself unless asked', async () => {
    addSessionCodes(three, sessionId, [code(1, 'Ann'), code(2, 'Ben'), code(4, 'Cat')].join('\n'));
    await renderSession();
    settings({ expected: '3' });
    expect(screen.getByText('3 of 3 answered')).toBeTruthy();
    expect(activeSession()?.revealed).toBe(false);
  });

  it('shows figures but no dot with a minimum of 5 and four people', async () => {
    addSessionCodes(three, sessionId, [code(1, 'Ann'), code(2, 'Ben'), code(4, 'Cat'), code(5, 'Dan')].join('\n'));
    await renderSession();
    settings({ dotPlotMin: '5' });
    fireEvent.click(screen.getByRole('button', { name: 'Reveal the results' }));
    const table = await screen.findByRole('table', { name: /Each person’s score per dimension/ });
    const alpha = within(table).getByRole('row', { name: /Alpha/ });
    expect(alpha.textContent).toMatch(/appears once at least 5 people have rated this \(4 people have so far\)/);
    expect(alpha.textContent).toContain('1.0 to 5.0');
    expect(document.querySelectorAll('.dot, .dot-plot, .scores-text')).toHaveLength(0);
  });
});
