// A participant's turn: join, optional alias, answer with the shared stepper, share the code.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STORE_UNMOUNT_DELAY } from 'nanostores';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { decodeShareCode } from '../../../src/core/assessment/share-code-reader';
import { $participation } from '../../../src/stores/workshop-participant';
import { Participant } from '../../../src/islands/workshop/participant/Participant';
import { qrPath } from '../../../src/islands/workshop/QrCode';
import { SESSION, three } from '../../core/assessment/fixtures';

beforeEach(() => {
  localStorage.clear();
  $participation.set(null);
});
afterEach(() => {
  cleanup();
  location.hash = '';
});

// Stores unmount a moment after their last listener goes; let that happen while the DOM still exists.
afterAll(async () => {
  await new Promise((resolve) => setTimeout(resolve, STORE_UNMOUNT_DELAY + 100));
});

describe('the participant view', () => {
  it('joins with an alias, answers, and ends on a share screen that says what is shared', async () => {
    location.hash = `#a=heart&join=${SESSION}`;
    render(<Participant assessments={[three]} playbooks={{}} />);
    await screen.findByRole('heading', { name: 'Join the workshop: Test assessment for scoring' });
    fireEvent.input(screen.getByRole('textbox', { name: 'Alias (optional)' }), {
      target: { value: '  Red   Fox of the North ' },
    });
    // Aliases are capped at 16 bytes; the person sees what will actually be sent.
    expect(screen.getByText('It will be sent as “Red Fox of the N”.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Start answering' }));
    await screen.findByRole('heading', { name: 'Alpha' });
    const first = screen.getByRole('group', { name: 'Statement number 1 about Alpha.' });
    fireEvent.click(within(first).getByRole('radio', { name: '4, in between' }));
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByRole('heading', { name: 'Beta' });
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByRole('heading', { name: 'Gamma' });
    fireEvent.click(screen.getByRole('button', { name: 'Finish and get my code' }));
    await screen.findByRole('heading', { name: 'Send your answers to the facilitator' });
    const code = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Your share code' }).value;
    const decoded = decodeShareCode(code, { assessment: three, sessionId: SESSION });
    expect(decoded.ok && decoded.value).toMatchObject({ alias: 'Red Fox of the N', answers: { 'a-1': 4 } });
    const link = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Your reply link' }).value;
    expect(link).toMatch(new RegExp(`#a=heart&join=${SESSION.replace('-', '\\-')}&code=${code}$`));
    expect(await screen.findByRole('img', { name: 'QR code of your reply link' })).toBeTruthy();
    expect(screen.getByText(/Your answers: 1 of 9 statements/)).toBeTruthy();
    expect(screen.getByText('Your alias, “Red Fox of the N”.')).toBeTruthy();
    // Kept apart from personal results, under the workshop's own key.
    expect(Object.keys(localStorage)).toEqual(['accueil.workshop.participant.current']);
  });

  it('has nothing to send before any answer', async () => {
    location.hash = `#a=heart&join=${SESSION}`;
    $participation.set({
      sessionId: SESSION,
      assessmentId: 'heart',
      alias: '',
      answers: {},
      step: 2,
      stage: 'share',
      participantId: 'Pq-_9z',
      revision: 1,
      comments: {},
    });
    render(<Participant assessments={[three]} playbooks={{}} />);
    expect(await screen.findByRole('heading', { name: 'Nothing to send yet' })).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'Your share code' })).toBeNull();
  });

  it('explains a damaged invitation link instead of showing an empty page', () => {
    location.hash = '#a=nope&join=xx';
    render(<Participant assessments={[three]} playbooks={{}} />);
    expect(screen.getByRole('alert').textContent).toMatch(/invitation link is incomplete or damaged/);
  });
});

describe('QR codes', () => {
  it('draws the code as one path with a quiet zone, growing with the text', () => {
    const short = qrPath('https://x.test/#a=heart&join=Ab3_-9');
    const long = qrPath(`https://x.test/tools/workshop/#a=seven-traits&join=Ab3_-9&code=${'A'.repeat(64)}`);
    expect(short.d).toMatch(/^M\d+ \d+h\d+v1h-\d+z/);
    expect(short.size).toBeGreaterThanOrEqual(21 + 8);
    expect(long.size).toBeGreaterThan(short.size);
  });
});
