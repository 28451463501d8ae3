// The facilitator's paste flow and reveal gating, as a facilitator would meet them.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STORE_UNMOUNT_DELAY } from 'nanostores';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { type SessionId } from '../../../src/core/assessment/session-id';
import { encodeShareCode } from '../../../src/core/assessment/share-code';
import { $workshopSessions, startSession } from '../../../src/stores/workshop';
import { addSessionCodes, setRevealed } from '../../../src/stores/workshop-codes';
import { $workshopRecords } from '../../../src/stores/workshop-records';
import { startWorkshopRecord, setAgreedRating } from '../../../src/core/assessment/workshop-record';
import { summariseTeam } from '../../../src/core/assessment/team-summary';
import { Facilitator } from '../../../src/islands/workshop/Facilitator';
import { makeAssessment, OTHER_SESSION, three } from '../../core/assessment/fixtures';

const dims = [
  { id: 'a', label: 'Alpha', items: 3 },
  { id: 'b', label: 'Beta', items: 3 },
  { id: 'c', label: 'Gamma', items: 3 },
];
const chain = makeAssessment({ id: 'chain', dimensions: dims });
const threeV2 = makeAssessment({ version: 2, dimensions: dims });

let sessionId: SessionId;
// Each alias stands for one person, with their own participant id (the alias padded to 6 characters).
const code = (answers: Record<string, 1 | 2 | 3 | 4 | 5>, alias: string, id: SessionId = sessionId) =>
  encodeShareCode(three, { sessionId: id, answers, alias, participantId: alias.padEnd(6, '_'), revision: 1 });
const flip = (text: string): string => {
  const at = Math.floor(text.length / 2);
  return `${text.slice(0, at)}${text[at] === 'A' ? 'B' : 'A'}${text.slice(at + 1)}`;
};

/** Renders the facilitator's view and waits for the open session's screens to load. */
async function renderSession(): Promise<void> {
  render(<Facilitator assessments={[three]} playbooks={{}} />);
  await screen.findByRole('textbox', { name: 'Paste codes or reply links' });
}

function paste(text: string): void {
  fireEvent.input(screen.getByRole('textbox', { name: 'Paste codes or reply links' }), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: 'Add to the session' }));
}

beforeEach(() => {
  localStorage.clear();
  $workshopSessions.set({ active: null, sessions: [] });
  sessionId = startSession(three, 'Support team').id as SessionId;
});
afterEach(cleanup);

// Stores unmount a moment after their last listener goes; let that happen while the DOM still exists.
afterAll(async () => {
  await new Promise((resolve) => setTimeout(resolve, STORE_UNMOUNT_DELAY + 100));
});

describe('pasting codes', () => {
  it('reports every outcome of one paste, saying which problem each code has', async () => {
    await renderSession();
    const ann = code({ 'a-1': 2 }, 'Ann');
    paste(
      [
        `Ann: ${ann}`,
        code({ 'a-1': 4 }, 'Ben'),
        ann,
        code({ 'a-1': 3 }, 'Cat', OTHER_SESSION),
        encodeShareCode(chain, { sessionId, answers: { 'a-1': 3 }, alias: 'Dan' }),
        flip(code({ 'b-1': 5 }, 'Eve')),
        encodeShareCode(threeV2, { sessionId, answers: { 'a-1': 1 }, alias: 'Flo' }),
      ].join('\n'),
    );
    const items = within(
      screen.getByRole('heading', { name: 'What happened to each code' }).parentElement as HTMLElement,
    )
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toHaveLength(7);
    expect(items[0]).toMatch(/^Added: Ann, code ending \S{6}, check [0-9A-Z]{6}\. Added Ann\.$/);
    expect(items[1]).toMatch(/^Added: .*Added Ben\.$/);
    expect(items[2]).toMatch(/^Counted once: .*already added \(Ann\), so it counts once\.$/);
    expect(items[3]).toMatch(/^Wrong session: .*another workshop session \(zz9ZZ0, not /);
    expect(items[4]).toMatch(/^Wrong assessment: .*for the "chain" assessment/);
    expect(items[5]).toMatch(/^Corrupted: .*Copy it again exactly as it was sent\.$/);
    expect(items[6]).toMatch(/^Newer version: .*newer version of the Test assessment for scoring questions/);
    expect(document.querySelector('.workshop-status')?.textContent).toBe(
      '2 added, 1 counted once, 4 could not be used. 2 people in the session.',
    );
    expect(screen.getByRole('heading', { name: 'In this session: 2 people' })).toBeTruthy();
    // Only the codes that could not be used stay in the box, so nothing is lost.
    const box = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Paste codes or reply links' });
    expect(box.value.split('\n')).toHaveLength(4);
  });

  it('says clearly when the text holds no code, and marks the field', async () => {
    await renderSession();
    paste('Hello everyone, see you at ten');
    const box = screen.getByRole('textbox', { name: 'Paste codes or reply links' });
    expect(box.getAttribute('aria-invalid')).toBe('true');
    const message = document.getElementById('paste-codes-error');
    expect(box.getAttribute('aria-describedby')).toContain('paste-codes-error');
    expect(message?.textContent).toMatch(/No share code or reply link was found/);
  });

  it('removes a participant and puts them back with Undo', async () => {
    addSessionCodes(three, sessionId, `${code({ 'a-1': 2 }, 'Ann')} ${code({ 'a-1': 4 }, 'Ben')}`);
    await renderSession();
    fireEvent.click(screen.getByRole('button', { name: 'Remove Ann' }));
    expect(screen.getByRole('heading', { name: 'In this session: 1 person' })).toBe(document.activeElement);
    expect(screen.getByText('Removed Ann.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.getByRole('heading', { name: 'In this session: 2 people' })).toBeTruthy();
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Ann/), expect.stringMatching(/^Ben/)]),
    );
  });
});

describe('revealing', () => {
  it('keeps results hidden until Reveal, and shows no breakdown below three people, saying why', async () => {
    addSessionCodes(three, sessionId, `${code({ 'a-1': 1, 'b-1': 3 }, 'Ann')} ${code({ 'a-1': 2, 'b-1': 3 }, 'Ben')}`);
    await renderSession();
    expect(screen.getByText(/The results are hidden\. 2 people have sent answers so far/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Reveal the results' }));
    const gate = await screen.findByText(/No breakdown is shown yet\. Only 2 people have rated this so far/);
    expect(gate.textContent).toMatch(/until at least 3 people have, so that nobody's answers can be picked out/);
    expect(screen.queryByRole('table')).toBeNull();
    expect(document.querySelectorAll('.dot')).toHaveLength(0);

    // The reveal showed two people; a third code waits for the facilitator instead of appearing live.
    paste(code({ 'a-1': 5, 'b-1': 3 }, 'Cat'));
    await screen.findByText('1 new answer');
    expect(screen.queryByRole('table')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Show them' }));
    const table = await screen.findByRole('table', { name: /Each person’s score per dimension/ });
    expect(screen.queryByText(/No breakdown is shown yet/)).toBeNull();
    const alpha = within(table).getByRole('row', { name: /Alpha/ });
    expect(alpha.textContent).toContain('1.0, 2.0, 5.0');
    // The dot plot is hidden from assistive technology; the scores beside it say the same in text.
    expect(alpha.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    expect(alpha.querySelector('.scores-text')?.textContent).toBe('1.0, 2.0, 5.0');
    expect(
      within(alpha)
        .getAllByRole('cell')
        .map((cell) => cell.textContent)
        .slice(1),
    ).toEqual(['2 of 3', '1.0 to 5.0', '2.0', '1.3']);
    expect(table.querySelectorAll('.dot')).toHaveLength(6);
    // Gamma was rated by nobody: no breakdown, with the reason.
    expect(within(table).getByRole('row', { name: /Gamma/ }).textContent).toMatch(/Hidden\. Nobody has rated this yet/);
    const radarTable = screen.getByRole('table', { name: 'Team median and range per dimension (1 to 5)' });
    expect(within(radarTable).getByRole('row', { name: /Beta/ }).textContent).toBe('Beta3.03.03.0');
  });

  it('hides the results again on request', async () => {
    addSessionCodes(
      three,
      sessionId,
      ['Ann', 'Ben', 'Cat'].map((a, i) => code({ 'a-1': (i + 1) as 1 | 2 | 3 }, a)).join(' '),
    );
    await renderSession();
    expect(screen.queryByRole('table')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Reveal the results' }));
    await screen.findByRole('table', { name: /Each person’s score per dimension/ });
    fireEvent.click(screen.getByRole('button', { name: 'Hide the results again' }));
    await waitFor(() => {
      expect(screen.queryAllByRole('table')).toHaveLength(0);
    });
  });
});

describe('the workshop record', () => {
  it('saves the agreed ratings and compares them with the previous workshop on the same assessment', async () => {
    localStorage.clear();
    const before = setAgreedRating(
      startWorkshopRecord({
        assessment: three,
        sessionName: 'March',
        date: '2025-03-04',
        summary: summariseTeam(three, []),
      }),
      'a',
      2,
    );
    $workshopRecords.set([before]);
    addSessionCodes(
      three,
      sessionId,
      ['Ann', 'Ben', 'Cat'].map((a, i) => code({ 'a-1': (i + 2) as 2 | 3 | 4 }, a)).join(' '),
    );
    setRevealed(three, sessionId, true);
    await renderSession();
    const agree = await screen.findByRole('group', { name: 'Agreed rating for Alpha' });
    fireEvent.click(within(agree).getByRole('radio', { name: '4' }));
    const save = await screen.findByRole('button', { name: 'Save the workshop record' });
    fireEvent.click(save);
    await waitFor(() => {
      expect($workshopRecords.get()).toHaveLength(2);
    });
    const table = await screen.findByRole('table', { name: /Compared with “March” on 2025-03-04/ });
    const alpha = within(table).getByRole('row', { name: /Alpha/ });
    expect(
      within(alpha)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['2', '4', '+2.0', 'no rating', '3.0', 'not comparable']);
  });
});
