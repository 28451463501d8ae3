// Where the reader is survives a reload (the address keeps the worksheet, the view and the open
// forms), hostile addresses are ignored, and every id the tool writes is unique in every state.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { MOMENT_PARTS, STAGE_PARTS, domId } from '../../../src/islands/journeys/labels';
import { placeHash, readPlace } from '../../../src/islands/journeys/route';
import { renderTool, resetTool, seedSheet } from './setup';

beforeEach(resetTool);
afterEach(resetTool);

// These render the whole tool with several forms open: slow on a busy machine.
const SLOW = { timeout: 30_000 };
/** The editor's code is fetched on first use; the first fetch in a run also compiles it. */
const LOADED = { timeout: 10_000 };

const duplicateIds = () => {
  const seen = new Map<string, number>();
  for (const element of document.querySelectorAll('[id]')) seen.set(element.id, (seen.get(element.id) ?? 0) + 1);
  return [...seen].filter(([, count]) => count > 1).map(([id]) => id);
};

function seedTwoStages() {
  return seedSheet('Hotel stay', [
    ['Arriving', [{ title: 'Check-in queue' }, { title: 'Finding the room' }]],
    ['Leaving', [{ title: 'The bill', owner: 'Front office' }]],
  ]);
}

const waitForView = () =>
  waitFor(
    () => {
      expect(screen.queryByText(/^Loading the /)).toBeNull();
    },
    { timeout: 10_000 },
  );

describe('ids', () => {
  it('never collide, whatever the ids and parts (the scheme cannot give one string twice)', () => {
    const id = fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/);
    const owned = fc.oneof(
      fc.tuple(fc.constant('moment'), id, fc.constantFrom(...MOMENT_PARTS)),
      fc.tuple(fc.constant('stage'), id, fc.constantFrom(...STAGE_PARTS)),
      fc.tuple(fc.constant('sheet'), id, fc.constant('open')),
    );
    const make = ([kind, of, part]: [string, string, string]) =>
      kind === 'moment'
        ? domId.moment(of, part as (typeof MOMENT_PARTS)[number])
        : kind === 'stage'
          ? domId.stage(of, part as (typeof STAGE_PARTS)[number])
          : domId.sheetOpen(of);
    fc.assert(
      fc.property(owned, owned, fc.constantFrom('', 'hint', 'error'), (a, b, sub) => {
        const [x, y] = [make(a), make(b)].map((base) => (sub ? domId.sub(base, sub) : base));
        if (a.join('\u0000') !== b.join('\u0000')) expect(x).not.toBe(y);
        // A derived id never equals an id the tool writes directly.
        if (sub) expect(domId.sub(make(a), sub)).not.toBe(make(b));
      }),
    );
  });

  it('are unique with every moment form open, and “Next action” labels its own field', SLOW, async () => {
    const sheet = seedTwoStages();
    renderTool(sheet.id);
    for (const title of ['Check-in queue', 'Finding the room', 'The bill'])
      fireEvent.click(await screen.findByRole('button', { name: `Edit “${title}”` }, LOADED));
    await screen.findAllByRole('textbox', { name: 'Next action' }, LOADED);
    expect(duplicateIds()).toEqual([]);
    for (const label of document.querySelectorAll('label')) {
      const target = document.getElementById(label.htmlFor);
      if (label.textContent === 'Next action') expect(target?.tagName).toBe('TEXTAREA');
      expect(target?.matches('input, select, textarea')).toBe(true);
    }
  });

  it('are unique in every view', SLOW, async () => {
    const sheet = seedTwoStages();
    renderTool(sheet.id);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit “The bill”' }, LOADED));
    for (const tab of ['Feeling curve', 'Impact × frequency', 'Shortlist', 'Journey']) {
      fireEvent.click(screen.getByRole('tab', { name: tab }));
      await waitForView();
      expect(duplicateIds(), tab).toEqual([]);
    }
  });
});

describe('the address', () => {
  it('reads the worksheet, the view and the open forms, and writes them back the same', () => {
    expect(readPlace('#open=w-1&view=curve&edit=m-1,m_2')).toEqual({
      open: 'w-1',
      view: 'curve',
      edit: ['m-1', 'm_2'],
    });
    expect(readPlace('#open=w-1')).toEqual({ open: 'w-1', view: 'journey', edit: [] });
    expect(placeHash({ open: 'w-1', view: 'journey', edit: [] })).toBe('#open=w-1');
    expect(placeHash({ open: undefined, view: 'curve', edit: ['m'] })).toBe('');
    const id = fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/);
    fc.assert(
      fc.property(
        id,
        fc.constantFrom('journey', 'curve', 'matrix', 'shortlist' as const),
        fc.uniqueArray(id, { maxLength: 5 }),
        (open, view, edit) => {
          expect(readPlace(placeHash({ open, view, edit }))).toEqual({ open, view, edit });
        },
      ),
    );
  });

  it('ignores anything malformed or hostile in the address', () => {
    expect(readPlace('#open=<script>alert(1)</script>').open).toBeUndefined();
    expect(readPlace('#open=w&view=__proto__').view).toBe('journey');
    expect(readPlace('#open=w&edit=a,<b>,a,,c%20d,e').edit).toEqual(['a', 'e']);
    expect(readPlace(`#open=${'x'.repeat(65)}`).open).toBeUndefined();
    expect(readPlace('#edit=a&view=curve')).toEqual({ open: undefined, view: 'journey', edit: [] });
    fc.assert(
      fc.property(fc.string(), (hash) => {
        const place = readPlace(hash);
        expect(['journey', 'curve', 'matrix', 'shortlist']).toContain(place.view);
        for (const id of [place.open ?? 'ok', ...place.edit]) expect(id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
      }),
    );
  });

  it('keeps the view and the open forms, so a reload shows the same screen', SLOW, async () => {
    const sheet = seedTwoStages();
    renderTool(sheet.id);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit “Finding the room”' }, LOADED));
    fireEvent.click(screen.getByRole('tab', { name: 'Shortlist' }));
    await waitForView();
    const [, edit] = /&edit=([^&]+)/.exec(location.hash) ?? [];
    expect(location.hash).toContain('&view=shortlist');
    expect(edit?.split(',')).toHaveLength(1);
    const before = history.length;

    // A reload: the page starts again from the same address.
    cleanup();
    renderTool();
    const tab = await screen.findByRole('tab', { name: 'Shortlist' }, LOADED);
    expect(tab.getAttribute('aria-selected')).toBe('true');
    fireEvent.click(screen.getByRole('tab', { name: 'Journey' }));
    expect(await screen.findByRole('textbox', { name: 'Title' }, LOADED)).toHaveProperty('value', 'Finding the room');
    expect(screen.getByRole('button', { name: 'Edit “Finding the room”' }).getAttribute('aria-expanded')).toBe('true');
    // Choosing views and opening forms replaced the entry: Back still goes to the list.
    expect(history.length).toBe(before);
  });
});
