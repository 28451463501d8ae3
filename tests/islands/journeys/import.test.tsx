// Importing worksheets: a preview first, an explicit choice before anything is replaced, hostile
// names shown as plain text, and a clear sentence for files that cannot be used.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { exportJson } from '../../../src/core/journey/export';
import { type Worksheet } from '../../../src/core/journey/model';
import { $journeys } from '../../../src/stores/journeys';
import { renderTool, resetTool, seedSheet, spoken } from './setup';

beforeEach(resetTool);
afterEach(resetTool);

const HOSTILE = '<img src=x onerror=window.__pwned=1>';

async function pick(text: string, name = 'worksheets.json') {
  const input = await screen.findByLabelText('Choose a worksheet file (.json)');
  Object.defineProperty(input, 'files', { value: [new File([text], name)], configurable: true });
  fireEvent.change(input);
}
const names = () => $journeys.get().worksheets.map((sheet) => sheet.name);
const preview = async () =>
  within(
    (await screen.findByRole('heading', { name: /^This file holds/ }, { timeout: 10_000 })).closest(
      '.import-preview',
    ) as HTMLElement,
  );
const renamed = (sheet: Worksheet, name: string): Worksheet => ({ ...sheet, name });

describe('importing worksheets', () => {
  it('previews names and counts, and keeps both by default when a worksheet is already here', async () => {
    const here = seedSheet('Hotel stay', [['Arriving', [{ title: 'Queue' }, { title: 'Keys' }]]]);
    renderTool();
    await pick(exportJson([renamed(here, 'Hotel stay, edited elsewhere')]));
    const shown = await preview();
    expect(shown.getByText('Hotel stay, edited elsewhere').closest('li')?.textContent).toContain('1 stage, 2 moments');
    const group = shown.getByRole('group', { name: /You already have a worksheet “Hotel stay”/ });
    expect(within(group).getByRole('radio', { name: 'Keep both: import it as a copy' })).toHaveProperty(
      'checked',
      true,
    );
    fireEvent.click(shown.getByRole('button', { name: 'Import' }));
    await waitFor(() => {
      expect(names()).toEqual(['Hotel stay', 'Hotel stay, edited elsewhere (imported)']);
    });
  });

  it('replaces only when the reader chooses Replace', async () => {
    const here = seedSheet('Hotel stay', [['Arriving', []]]);
    renderTool();
    await pick(exportJson([renamed(here, 'Newer hotel stay')]));
    const shown = await preview();
    fireEvent.click(shown.getByRole('radio', { name: 'Replace the one on this device' }));
    fireEvent.click(shown.getByRole('button', { name: 'Import' }));
    await waitFor(() => {
      expect(names()).toEqual(['Newer hotel stay']);
    });
    await waitFor(() => {
      expect(spoken()).toContain('Import finished: replaced 1 worksheet.');
    });
  });

  it('adds nothing when the reader cancels or skips', async () => {
    const here = seedSheet('Hotel stay', []);
    renderTool();
    await pick(exportJson([renamed(here, 'Other')]));
    fireEvent.click((await preview()).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => {
      expect(screen.queryByRole('heading', { name: /^This file holds/ })).toBeNull();
    });
    await pick(exportJson([renamed(here, 'Other')]));
    const shown = await preview();
    fireEvent.click(shown.getByRole('radio', { name: 'Skip it' }));
    fireEvent.click(shown.getByRole('button', { name: 'Import' }));
    await waitFor(() => {
      expect(screen.queryByRole('heading', { name: /^This file holds/ })).toBeNull();
    });
    expect(names()).toEqual(['Hotel stay']);
  });

  it('shows markup in names as plain text and never runs it', async () => {
    const donor = seedSheet(HOSTILE, [[`<script>window.__pwned=2</script>`, [{ title: HOSTILE }]]], 'h');
    const file = exportJson([donor]);
    resetTool();
    renderTool();
    await pick(file);
    const shown = await preview();
    expect(shown.getByText(HOSTILE).tagName).toBe('STRONG');
    fireEvent.click(shown.getByRole('button', { name: 'Import' }));
    expect(await screen.findByRole('heading', { level: 3, name: HOSTILE })).toBeTruthy();
    expect(document.querySelector('img, .import-preview script, .sheet-list script')).toBeNull();
    expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
  });

  it.each([
    ['not JSON', 'hello', /not valid JSON/],
    [
      'another kind of file',
      JSON.stringify({ kind: 'accueil.other', version: 1, data: {} }),
      /does not hold journey worksheets/,
    ],
    ['a newer version', JSON.stringify({ kind: 'accueil.journeys', version: 9, data: {} }), /newer version of Accueil/],
    [
      'the wrong shape',
      JSON.stringify({ kind: 'accueil.journeys', version: 1, data: { worksheets: [{ name: 5 }] } }),
      /problem in worksheet 1, field “id”: an id must be text\./,
    ],
  ])('refuses %s with a clear sentence', async (_what, text, message) => {
    renderTool();
    await pick(text);
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(alert.textContent).toMatch(message);
    expect(names()).toEqual([]);
  });

  it('refuses a 20 MB file before reading it', async () => {
    renderTool();
    const input = await screen.findByLabelText('Choose a worksheet file (.json)');
    const huge = new File(['x'], 'huge.json');
    Object.defineProperty(huge, 'size', { value: 20_000_000 });
    Object.defineProperty(huge, 'text', {
      value: () => Promise.reject(new Error('must not be read')),
    });
    Object.defineProperty(input, 'files', { value: [huge], configurable: true });
    fireEvent.change(input);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'That file is 20.0 MB; the limit is 2 MB. Choose an Accueil export.',
    );
  });
});
