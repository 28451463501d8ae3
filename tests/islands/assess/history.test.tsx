// Saved results: delete with Undo, comparing two results in a table, and importing files.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { HistoryList } from '../../../src/islands/assess/HistoryList';
import { CompareResults } from '../../../src/islands/assess/CompareResults';
import { ImportResult } from '../../../src/islands/assess/ImportResult';
import { createSavedResult, exportResult } from '../../../src/core/assessment/result-io';
import { $historyFor } from '../../../src/stores/assess-history';
import { small } from '../../core/assessment/fixtures';

const before = createSavedResult(small, { 'a-1': 2, 'a-2': 2, 'b-1': 4 }, 'Before', '2025-01-10');
const after = createSavedResult(small, { 'a-1': 4, 'a-2': 4, 'b-1': 4 }, 'After', '2025-04-10');

beforeEach(() => {
  localStorage.clear();
  $historyFor('heart').set([before, after]);
});
afterEach(cleanup);

describe('saved results', () => {
  it('deletes a result, moves focus to the list heading, and Undo puts it back in place', () => {
    render(<HistoryList assessment={small} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete Before (2025-01-10)' }));
    expect(screen.queryByRole('rowheader', { name: 'Before' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Your saved results' }));
    expect(screen.getByRole('group', { name: 'Undo' }).textContent).toMatch(/Deleted “Before” \(2025-01-10\)/);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(
      $historyFor('heart')
        .get()
        .map((r) => r.label),
    ).toEqual(['Before', 'After']);
  });

  it('compares the two latest results in a table of changes', () => {
    render(<CompareResults assessment={small} answers={{}} />);
    expect(screen.getByLabelText<HTMLSelectElement>('Earlier result').value).toBe('0');
    expect(screen.getByLabelText<HTMLSelectElement>('Later result').value).toBe('1');
    const table = screen.getByRole('table', { name: /Changes from Before \(2025-01-10\) to After/ });
    const alpha = within(table).getByRole('rowheader', { name: 'Alpha' }).closest('tr') as HTMLElement;
    expect(
      within(alpha)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['2.0', '4.0', '+2.0']);
    const beta = within(table).getByRole('rowheader', { name: 'Beta' }).closest('tr') as HTMLElement;
    expect(
      within(beta)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['4.0', '4.0', 'no change']);
  });

  it('asks for two different results when the same one is picked twice', () => {
    render(<CompareResults assessment={small} answers={{}} />);
    fireEvent.change(screen.getByLabelText('Later result'), { target: { value: '0' } });
    expect(screen.getByText('Choose two different results to see what changed.')).toBeTruthy();
  });

  it('imports an exported file and explains a broken one on the field', async () => {
    $historyFor('heart').set([]);
    const messages: string[] = [];
    render(<ImportResult assessment={small} onMessage={(m) => messages.push(m)} />);
    const input = screen.getByLabelText<HTMLInputElement>(/Result file/);
    const good = new File([exportResult(before)], 'before.json', { type: 'application/json' });
    fireEvent.change(input, { target: { files: [good] } });
    await waitFor(() => {
      expect(messages).toEqual(['Imported “Before” (2025-01-10) into your saved results.']);
    });
    const broken = new File(['{"kind":"accueil.assessment-result","version":1,"data":{}}'], 'x.json');
    fireEvent.change(input, { target: { files: [broken] } });
    await waitFor(() => {
      expect(input.getAttribute('aria-invalid')).toBe('true');
    });
    const describedBy = (input.getAttribute('aria-describedby') ?? '').split(' ');
    const error = describedBy.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
    expect(error).toMatch(/could not be read because its content is not valid/);
    expect($historyFor('heart').get()).toHaveLength(1);
  });

  it('refuses a file over the size limit before reading it', async () => {
    render(<ImportResult assessment={small} onMessage={() => undefined} />);
    const input = screen.getByLabelText<HTMLInputElement>(/Result file/);
    const huge = new File(['x'.repeat(300_000)], 'huge.json');
    fireEvent.change(input, { target: { files: [huge] } });
    await waitFor(() => {
      expect(screen.getByRole('alert').textContent).toBe(
        'That file is 300 KB, and a result file is never more than 100 KB. Choose a result exported from this page.',
      );
    });
  });
});
