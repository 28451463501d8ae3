// The results view: the data table beside the radar, unanswered items counted but never scored,
// where to start, and saving to the history.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { ResultsPanel } from '../../../src/islands/assess/ResultsPanel';
import type { DimensionGuide } from '../../../src/islands/assess/guides';
import type { Answers } from '../../../src/core/assessment/answers';
import { $historyFor } from '../../../src/stores/assess-history';
import { createSavedResult } from '../../../src/core/assessment/result-io';
import { sevenTraits } from '../../core/assessment/fixtures';

const guides: DimensionGuide[] = sevenTraits.dimensions.map((d) => ({
  dimensionId: d.id,
  playbookTitle: d.label,
  playbookHref: `/playbooks/traits/${d.id}/`,
  plays: [
    {
      id: `${d.id}-play`,
      title: `Play for ${d.label}`,
      runMinutes: 30,
      href: `/playbooks/traits/${d.id}/#play-${d.id}-play`,
    },
  ],
}));

// Accessible: 5, 4 and a reversed 3 → (5 + 4 + 3) / 3 = 4.0. Consistent: 1 and 2, one unanswered → 1.5.
// Caring: all "don't know" → no rating. The other dimensions are not answered at all.
const answers: Answers = {
  'accessible-1': 5,
  'accessible-2': 4,
  'accessible-3': 3,
  'consistent-1': 1,
  'consistent-2': 2,
  'caring-1': 'dk',
  'caring-2': 'dk',
  'caring-3': 'dk',
};

function renderPanel(given: Answers = answers) {
  return render(
    <ResultsPanel
      assessment={sevenTraits}
      guides={guides}
      answers={given}
      focusOnShow={false}
      view="results"
      onView={vi.fn()}
      onBackToQuestions={vi.fn()}
    />,
  );
}

const row = (name: string) =>
  within(screen.getByRole('table', { name: /your scores by dimension/i }))
    .getByRole('rowheader', { name })
    .closest('tr') as HTMLElement;
const cells = (name: string) =>
  within(row(name))
    .getAllByRole('cell')
    .map((cell) => cell.textContent);

beforeEach(() => {
  localStorage.clear();
  $historyFor('seven-traits').set([]);
});
afterEach(cleanup);

describe('ResultsPanel', () => {
  it('shows every dimension in a data table: score, rated, don’t know and unanswered', () => {
    renderPanel();
    expect(cells('Accessible')).toEqual(['4.0', '3 of 3', '0', '0']);
    expect(cells('Consistent')).toEqual(['1.5', '2 of 3', '0', '1']);
    expect(cells('Caring')).toEqual(['no rating', '0 of 3', '3', '0']);
    expect(cells('Empowered')).toEqual(['no rating', '0 of 3', '0', '3']);
  });

  it('never scores unanswered or “don’t know” statements as zero, and says how many there are', () => {
    renderPanel();
    const table = screen.getByRole('table', { name: /your scores by dimension/i });
    expect(table.textContent).not.toMatch(/\b0\.0\b|NaN|undefined|null|Infinity/);
    expect(
      screen.getByText(/You rated 5 of 21 statements, answered “don’t know” to 3 and left 13 unanswered\./),
    ).toBeTruthy();
    expect(screen.getByText(/never scored/)).toBeTruthy();
  });

  it('names the strongest and weakest dimensions in words', () => {
    renderPanel();
    expect(
      screen.getByText(/Your strongest dimension is Accessible \(4\.0\) and your weakest is Consistent \(1\.5\)/),
    ).toBeTruthy();
  });

  it('links each weak dimension to its playbook and its plays', () => {
    renderPanel();
    const start = screen.getByRole('region', { name: 'Where to start' });
    expect(within(start).getByRole('heading', { name: 'Consistent: 1.5' })).toBeTruthy();
    expect(within(start).getByRole('link', { name: 'Consistent playbook' }).getAttribute('href')).toBe(
      '/playbooks/traits/consistent/',
    );
    expect(within(start).getByRole('link', { name: 'Play for Consistent' }).getAttribute('href')).toBe(
      '/playbooks/traits/consistent/#play-consistent-play',
    );
    expect(within(start).queryByRole('heading', { name: /Accessible/ })).toBeNull();
  });

  it('shows an empty state and no numbers when nothing is answered', () => {
    renderPanel({});
    expect(screen.getByText(/No statement has a rating from 1 to 5 yet/)).toBeTruthy();
    expect(screen.getByText(/Rate statements in at least two dimensions/)).toBeTruthy();
    expect(screen.getByText(/No saved results yet/)).toBeTruthy();
  });

  it('saves the result with a name and date, and refuses an invalid date with a linked message', () => {
    renderPanel();
    const date = screen.getByLabelText('Date taken');
    fireEvent.input(date, { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save result' }));
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(date.getAttribute('aria-describedby') ?? '')?.textContent).toMatch(/Enter the date/);
    fireEvent.input(date, { target: { value: '2025-03-31' } });
    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'Before the reorganisation' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save result' }));
    expect(screen.getByRole('status').textContent).toMatch(/Saved “Before the reorganisation” \(2025-03-31\)/);
    expect($historyFor('seven-traits').get()).toHaveLength(1);
    expect(screen.getByRole('rowheader', { name: 'Before the reorganisation' })).toBeTruthy();
  });

  it('shows a result opened from the history as a result, labelled as imported, and goes back to its own', () => {
    $historyFor('seven-traits').set([
      createSavedResult(
        sevenTraits,
        { 'accessible-1': 2, 'accessible-2': 2, 'accessible-3': 2 },
        'Away day',
        '2025-02-14',
      ),
    ]);
    const onView = vi.fn();
    render(
      <ResultsPanel
        assessment={sevenTraits}
        guides={guides}
        answers={answers}
        focusOnShow={false}
        view={{ index: 0, imported: true }}
        onView={onView}
        onBackToQuestions={vi.fn()}
      />,
    );
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Imported result: Away day (2025-02-14)');
    const table = screen.getByRole('table', { name: 'Away day by dimension (1 to 5)' });
    const accessible = within(table).getByRole('rowheader', { name: 'Accessible' }).closest('tr') as HTMLElement;
    // Its own answers, not this device's: 2, 2 and a reversed 2 (scored 4) → 2.7.
    expect(within(accessible).getAllByRole('cell')[0]?.textContent).toBe('2.7');
    // The save form would save this device's answers, so it is not offered here.
    expect(screen.queryByRole('button', { name: 'Save result' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Back to your own results' }));
    expect(onView).toHaveBeenCalledWith('results');
  });

  it('says when a saved result used older questions and which of its answers are left out', () => {
    // Saved with version 2; the page asks version 3, where one of its statements is no longer asked.
    const newer = { ...sevenTraits, version: 3 };
    $historyFor('seven-traits').set([
      {
        ...createSavedResult(sevenTraits, { 'accessible-1': 4, 'accessible-2': 4 }, 'Last year', '2025-02-14'),
        assessmentVersion: 2,
        answers: { 'accessible-1': 4, 'accessible-2': 4, 'gone-1': 5 },
      },
    ]);
    render(
      <ResultsPanel
        assessment={newer}
        guides={guides}
        answers={answers}
        focusOnShow={false}
        view={{ index: 0, imported: false }}
        onView={vi.fn()}
        onBackToQuestions={vi.fn()}
      />,
    );
    expect(
      screen.getByText(
        /saved with version 2 of the .* questions; this page asks version 3\. 1 answer is to statements no longer asked and is left out, so its scores rest on the 2 statements both versions share/,
      ),
    ).toBeTruthy();
  });

  it('falls back to its own results when the opened result no longer exists', () => {
    const onView = vi.fn();
    render(
      <ResultsPanel
        assessment={sevenTraits}
        guides={guides}
        answers={answers}
        focusOnShow={false}
        view={{ index: 3, imported: false }}
        onView={onView}
        onBackToQuestions={vi.fn()}
      />,
    );
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Your results');
    expect(onView).toHaveBeenCalledWith('results');
  });
});
