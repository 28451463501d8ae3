// Editing a worksheet with the keyboard: adding stages and moments, moving them with the buttons,
// core's limits and refusals shown in place, and Undo after a removal.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { $journeys, getWorksheet } from '../../../src/stores/journeys';
import { renderTool, resetTool, seedSheet, spoken } from './setup';

beforeEach(resetTool);
afterEach(resetTool);

const titlesIn = (stage: string) =>
  within(screen.getByRole('list', { name: `Moments in “${stage}”` }))
    .getAllByRole('heading', { level: 4 })
    .map((heading) => heading.textContent);

/** A card's move and remove controls open with its Edit button. */
function openControls(title: string) {
  fireEvent.click(screen.getByRole('button', { name: `Edit “${title}”` }));
}

async function openSample() {
  const sheet = seedSheet('Hotel stay', [
    ['Arriving', [{ title: 'Check-in queue' }, { title: 'Finding the room' }, { title: 'Wi-Fi code' }]],
    ['Leaving', [{ title: 'The bill' }]],
  ]);
  renderTool(sheet.id);
  await screen.findByRole('heading', { level: 2, name: 'Hotel stay' });
  return sheet;
}

describe('the worksheet editor', () => {
  it('builds a journey from the add fields: Enter adds, the field clears and keeps focus', async () => {
    const sheet = seedSheet('Blank', []);
    renderTool(sheet.id);
    expect(await screen.findByText(/Start with the stages of the journey/)).toBeTruthy();
    const stageField = screen.getByRole('textbox', { name: 'Add a stage' });
    fireEvent.input(stageField, { target: { value: 'Arriving' } });
    fireEvent.submit(stageField.closest('form') as HTMLFormElement);
    const momentField = await screen.findByRole('textbox', { name: 'Add a moment to “Arriving”' });
    momentField.focus();
    fireEvent.input(momentField, { target: { value: 'Check-in queue' } });
    fireEvent.submit(momentField.closest('form') as HTMLFormElement);
    await waitFor(() => {
      expect(titlesIn('Arriving')).toEqual(['Check-in queue']);
    });
    expect((momentField as HTMLInputElement).value).toBe('');
    expect(document.activeElement).toBe(momentField);
    await waitFor(() => {
      expect(spoken()).toContain('Added “Check-in queue” to “Arriving”.');
    });
    expect(getWorksheet(sheet.id)?.moments.map((m) => m.title)).toEqual(['Check-in queue']);
  });

  it('shows core’s sentence when a stage name is empty, and keeps nothing', async () => {
    const sheet = seedSheet('Blank', []);
    renderTool(sheet.id);
    const stageField = await screen.findByRole('textbox', { name: 'Add a stage' });
    fireEvent.submit(stageField.closest('form') as HTMLFormElement);
    expect(await screen.findByText('Fill in the stage name: it cannot be empty.')).toBeTruthy();
    expect(stageField.getAttribute('aria-invalid')).toBe('true');
    const described = (stageField.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent);
    expect(described).toContain('Fill in the stage name: it cannot be empty.');
    expect(getWorksheet(sheet.id)?.stages).toEqual([]);
  });

  it('moves a moment up and down with its buttons, keeping focus on the button pressed', async () => {
    await openSample();
    expect(screen.queryByRole('button', { name: 'Move “Wi-Fi code” up' })).toBeNull();
    openControls('Wi-Fi code');
    openControls('Check-in queue');
    const up = screen.getByRole('button', { name: 'Move “Wi-Fi code” up' });
    up.focus();
    fireEvent.click(up);
    await waitFor(() => {
      expect(titlesIn('Arriving')).toEqual(['Check-in queue', 'Wi-Fi code', 'Finding the room']);
    });
    await waitFor(() => {
      expect(spoken()).toContain('Moved “Wi-Fi code” up: now 2 of 3 in “Arriving”.');
    });
    await waitFor(() => {
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move “Wi-Fi code” up' }));
    });
    fireEvent.click(screen.getByRole('button', { name: 'Move “Check-in queue” down' }));
    await waitFor(() => {
      expect(titlesIn('Arriving')).toEqual(['Wi-Fi code', 'Check-in queue', 'Finding the room']);
    });
  });

  it('says why a move is not possible, in core’s words', async () => {
    await openSample();
    openControls('Check-in queue');
    const up = screen.getByRole('button', { name: 'Move “Check-in queue” up' });
    expect(up.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(up);
    await waitFor(() => {
      expect(spoken()).toContain('“Check-in queue” is already the first moment in its stage.');
    });
  });

  it('moves a moment to the next stage and a stage earlier', async () => {
    await openSample();
    openControls('Wi-Fi code');
    fireEvent.click(screen.getByRole('button', { name: 'Move “Wi-Fi code” to the next stage' }));
    await waitFor(() => {
      expect(titlesIn('Leaving')).toEqual(['Wi-Fi code', 'The bill']);
    });
    fireEvent.click(screen.getByRole('button', { name: 'Edit stage “Leaving”' }));
    fireEvent.click(screen.getByRole('button', { name: 'Move the stage “Leaving” earlier' }));
    await waitFor(() => {
      // The stages of the journey view (the team scoring section below it has a heading of its own).
      const view = within(screen.getByRole('tabpanel'));
      expect(view.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
        'Stage 1 of 2: Leaving',
        'Stage 2 of 2: Arriving',
      ]);
    });
  });

  it('edits every field of a moment, saving as you type, with core’s limits', async () => {
    const sheet = await openSample();
    const edit = screen.getByRole('button', { name: 'Edit “The bill”' });
    fireEvent.click(edit);
    const title = await screen.findByRole('textbox', { name: 'Title' });
    expect(edit.getAttribute('aria-expanded')).toBe('true');
    fireEvent.input(title, { target: { value: 'x'.repeat(121) } });
    expect(await screen.findByText('Keep the moment title to 120 characters or fewer.')).toBeTruthy();
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(getWorksheet(sheet.id)?.moments.find((m) => m.title === 'The bill')).toBeTruthy();
    fireEvent.input(title, { target: { value: 'A surprise on the bill' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'How the customer feels (-3 to +3)' }), {
      target: { value: '-2' },
    });
    fireEvent.change(screen.getByRole('combobox', { name: 'Evidence: how do you know?' }), {
      target: { value: 'observed' },
    });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Honesty' }));
    fireEvent.input(screen.getByRole('textbox', { name: 'Owner' }), { target: { value: 'Front office' } });
    const moment = getWorksheet(sheet.id)?.moments.find((m) => m.title === 'A surprise on the bill');
    expect(moment).toMatchObject({ feeling: -2, evidence: 'observed', heart: ['honesty'], owner: 'Front office' });
    const link = screen.getByRole('link', { name: 'Read the Honesty playbook' });
    expect(link.getAttribute('href')).toBe('/playbooks/heart/honesty/');
  });

  it('removes a moment, offers Undo with focus on it, and brings it back', async () => {
    const sheet = await openSample();
    openControls('Finding the room');
    fireEvent.click(screen.getByRole('button', { name: 'Remove “Finding the room”' }));
    await waitFor(() => {
      expect(titlesIn('Arriving')).toEqual(['Check-in queue', 'Wi-Fi code']);
    });
    const undo = screen.getByRole('button', { name: 'Undo' });
    await waitFor(() => {
      expect(document.activeElement).toBe(undo);
    });
    await waitFor(() => {
      expect(spoken()).toContain('Removed “Finding the room”.');
    });
    fireEvent.click(undo);
    await waitFor(() => {
      expect(titlesIn('Arriving')).toEqual(['Check-in queue', 'Finding the room', 'Wi-Fi code']);
    });
    expect($journeys.get().tombstones.some((t) => t.worksheetId === sheet.id && t.entity === 'moment')).toBe(false);
  });

  it('refuses to drop a stage that holds moments, then moves them on request', async () => {
    await openSample();
    fireEvent.click(screen.getByRole('button', { name: 'Edit stage “Leaving”' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove stage “Leaving”' }));
    expect(
      await screen.findByText(
        'The stage “Leaving” still holds 1 moment. Move or remove them first, or choose to move them to the neighbouring stage.',
      ),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Move 1 moment to “Arriving” and remove “Leaving”' }));
    await waitFor(() => {
      expect(titlesIn('Arriving')).toEqual(['Check-in queue', 'Finding the room', 'Wi-Fi code', 'The bill']);
    });
    // Undo brings the stage back, with focus on its Edit stage button (its fields open on demand).
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => {
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit stage “Leaving”' }));
    });
  });

  it('switches views with the arrow keys, as ARIA tabs do', async () => {
    await openSample();
    const journey = screen.getByRole('tab', { name: 'Journey' });
    expect(journey.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(journey, { key: 'ArrowRight' });
    const curve = screen.getByRole('tab', { name: 'Feeling curve' });
    await waitFor(() => {
      expect(curve.getAttribute('aria-selected')).toBe('true');
    });
    expect(document.activeElement).toBe(curve);
    fireEvent.keyDown(curve, { key: 'End' });
    await waitFor(() => {
      expect(screen.getByRole('tab', { name: 'Shortlist' }).getAttribute('aria-selected')).toBe('true');
    });
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe('journeys-tab-shortlist');
  });
});
