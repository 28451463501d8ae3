// The views of a worksheet: the shortlist stops at five and says why, assumed evidence is flagged,
// the grid places each moment by impact and frequency, and the feeling curve has its data table.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { type MomentInput } from '../../../src/core/journey/edit-moments';
import { SHORTLIST_REASON, TOO_FEW_MOMENTS } from '../../../src/core/journey/ranking';
import { getWorksheet } from '../../../src/stores/journeys';
import { renderTool, resetTool, seedSheet } from './setup';

beforeEach(resetTool);
afterEach(resetTool);

const scored = (title: string, impact: number, frequency: number, extra: Partial<MomentInput> = {}): MomentInput => ({
  title,
  impact,
  frequency,
  evidence: 'observed',
  owner: 'Desk lead',
  nextAction: 'Watch it happen',
  ...extra,
});

async function openView(tab: string, moments: MomentInput[]) {
  const sheet = seedSheet('Support request', [['Asking', moments]]);
  renderTool(sheet.id);
  fireEvent.click(await screen.findByRole('tab', { name: tab }));
  // The view's code is fetched on first use; the first fetch in a test run also compiles it.
  await waitFor(
    () => {
      expect(screen.queryByText(/^Loading the /)).toBeNull();
    },
    { timeout: 10_000 },
  );
  return sheet;
}

describe('the shortlist', () => {
  it('holds at most five moments, best first, with core’s sentence on why', async () => {
    await openView('Shortlist', [
      scored('a', 1, 1),
      scored('b', 5, 5),
      scored('c', 4, 4),
      scored('d', 2, 2),
      scored('e', 3, 5),
      scored('f', 5, 4),
      scored('g', 3, 3),
    ]);
    await screen.findByRole('heading', { level: 3, name: '1. b' });
    const panel = within(screen.getByRole('tabpanel'));
    expect(panel.getByText(SHORTLIST_REASON)).toBeTruthy();
    const items = panel.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(items).toEqual(['1. b', '2. f', '3. c', '4. e', '5. g']);
    expect(screen.getByText('2 more moments are ranked lower and left off on purpose.')).toBeTruthy();
  });

  it('flags a missing owner, a missing next action and assumed evidence', async () => {
    await openView('Shortlist', [
      scored('Owned', 5, 5),
      scored('Guessed', 4, 4, { evidence: 'assumed', owner: '', nextAction: '' }),
      scored('Third', 1, 1),
    ]);
    const missing = await screen.findByRole('list', { name: 'Still missing for “Guessed”' });
    expect(
      within(missing)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Needs an owner.',
      'Needs a next action.',
      expect.stringMatching(/^Needs real evidence\. This moment is scored on an assumption\./) as unknown as string,
    ]);
    expect(screen.queryByRole('list', { name: 'Still missing for “Owned”' })).toBeNull();
    expect(screen.getByText(/1 moment in this worksheet is scored on an assumption/)).toBeTruthy();
  });

  it('lets the team fill in an owner right there, saved at once', async () => {
    const sheet = await openView('Shortlist', [scored('Only one', 3, 3, { owner: '' })]);
    await screen.findByRole('heading', { level: 3, name: '1. Only one' });
    expect(within(screen.getByRole('tabpanel')).getByText(TOO_FEW_MOMENTS)).toBeTruthy();
    fireEvent.input(screen.getByRole('textbox', { name: 'Owner of “Only one”' }), { target: { value: 'Team lead' } });
    await waitFor(() => {
      expect(getWorksheet(sheet.id)?.moments[0]?.owner).toBe('Team lead');
    });
  });
});

describe('the journey columns', () => {
  it('mark a moment scored on an assumption as needing real evidence', async () => {
    const sheet = seedSheet('Support request', [
      ['Asking', [scored('Known', 3, 3), scored('Hunch', 3, 3, { evidence: 'assumed' })]],
    ]);
    renderTool(sheet.id);
    await screen.findByRole('list', { name: 'Moments in “Asking”' });
    const cards = screen.getAllByRole('listitem').filter((li) => li.classList.contains('moment-card'));
    const flagged = cards.map((card) => [
      within(card).getByRole('heading', { level: 4 }).textContent,
      within(card).queryByText(/Needs real evidence/) !== null,
    ]);
    expect(flagged).toEqual([
      ['Known', false],
      ['Hunch', true],
    ]);
  });
});

describe('the impact × frequency grid', () => {
  it('is a table with impact rows from 5 down and frequency columns, each moment in its cell', async () => {
    await openView('Impact × frequency', [scored('Queue', 5, 4), scored('Receipt', 1, 2)]);
    const table = await screen.findByRole('table');
    const header = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(header.map((text) => text.slice(0, 11))).toEqual([
      'Frequency 1',
      'Frequency 2',
      'Frequency 3',
      'Frequency 4',
      'Frequency 5',
    ]);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent.slice(0, 8))).toEqual([
      'Impact 5',
      'Impact 4',
      'Impact 3',
      'Impact 2',
      'Impact 1',
    ]);
    const cellOf = (impact: number, frequency: number) =>
      within(rows[5 - impact] as HTMLElement).getAllByRole('cell')[frequency - 1]?.textContent;
    expect(cellOf(5, 4)).toBe('priority 20#1 Queue');
    expect(cellOf(1, 2)).toBe('priority 2#2 Receipt');
    expect(cellOf(3, 3)).toBe('priority 9');
  });
});

describe('the feeling curve', () => {
  it('always shows its figures in a table grouped by stage (the chart cannot draw without a canvas here)', async () => {
    const sheet = seedSheet('Support request', [
      ['Asking', [scored('Waiting', 3, 3, { feeling: -3 }), scored('Solved', 3, 3, { feeling: 2 })]],
      ['Following up', [scored('Survey', 1, 1, { feeling: 0 })]],
    ]);
    renderTool(sheet.id);
    fireEvent.click(await screen.findByRole('tab', { name: 'Feeling curve' }));
    const table = await screen.findByRole('table', {}, { timeout: 10_000 });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.textContent);
    expect(rows).toEqual(['Stage 1: Asking', '1Waiting-3', '2Solved+2', 'Stage 2: Following up', '3Survey0']);
    const groups = table.querySelectorAll('tbody');
    expect([...groups].map((group) => group.querySelector('th[scope="rowgroup"]')?.textContent)).toEqual([
      'Stage 1: Asking',
      'Stage 2: Following up',
    ]);
    // The chart's description names the stages it marks.
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain('in 2 stages (Asking, Following up)');
    expect(within(table).getByText(/The lowest point is -3 \(very bad\)\./)).toBeTruthy();
  });
});
