// The list of worksheets: how to start, templates, duplicating, and deleting with Undo.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { templateSchema, type JourneyTemplate } from '../../../src/core/journey/templates';
import JourneysApp from '../../../src/islands/journeys/JourneysApp';
import { $journeys } from '../../../src/stores/journeys';
import { resetTool, seedSheet, spoken } from './setup';

beforeEach(resetTool);
afterEach(resetTool);

const names = () => $journeys.get().worksheets.map((sheet) => sheet.name);
const listed = () => screen.queryAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);

function template(): JourneyTemplate {
  const moment = {
    whatHappens: '',
    kind: 'high-emotion',
    feeling: -2,
    impact: 4,
    frequency: 3,
    evidence: 'observed',
    traits: ['accessible'],
    heart: [],
    owner: '',
    nextAction: '',
    status: 'idea',
  };
  return templateSchema.parse({
    name: 'Hotel stay',
    summary: 'A two-night stay where one colleague steps outside the script.',
    customer: 'A guest on a work trip',
    stages: [
      { name: 'Arriving', moments: [{ ...moment, title: 'Late check-in' }] },
      { name: 'Leaving', moments: [{ ...moment, title: 'The bill' }] },
    ],
  });
}

describe('the list of worksheets', () => {
  it('says how to start when there are none, and starts a blank one with focus on its name', async () => {
    render(<JourneysApp templates={[]} />);
    expect(await screen.findByText(/You have no worksheets yet\. Start a blank one/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Start a blank worksheet' }));
    const name = await screen.findByRole('textbox', { name: 'Worksheet name' }, { timeout: 10_000 });
    await waitFor(() => {
      expect(document.activeElement).toBe(name);
    });
    expect(names()).toEqual(['Untitled journey']);
    expect(location.hash).toBe(`#open=${$journeys.get().worksheets[0]?.id ?? ''}`);
  });

  it('starts from a template with its stages and moments', async () => {
    render(
      <JourneysApp
        templates={[{ slug: 'hotel-stay', template: template(), credits: [{ id: 'x', text: 'A, “B”' }] }]}
      />,
    );
    expect(await screen.findByText('2 stages · 2 moments')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'A, “B”' }).getAttribute('href')).toBe('/sources/#x');
    fireEvent.click(screen.getByRole('button', { name: 'Start from “Hotel stay”' }));
    expect(await screen.findByRole('list', { name: 'Moments in “Leaving”' }, { timeout: 10_000 })).toBeTruthy();
    expect($journeys.get().worksheets[0]?.moments.map((m) => m.title)).toEqual(['Late check-in', 'The bill']);
  });

  it('duplicates a worksheet as “Copy of …” and moves focus to the copy', async () => {
    seedSheet('Hotel stay', [['Arriving', [{ title: 'Queue' }]]]);
    render(<JourneysApp templates={[]} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Duplicate “Hotel stay”' }));
    await waitFor(() => {
      expect(names()).toEqual(['Hotel stay', 'Copy of Hotel stay']);
    });
    await waitFor(() => {
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Open “Copy of Hotel stay”' }));
    });
  });

  it('deletes a worksheet with Undo, and Dismiss returns focus to the list', async () => {
    seedSheet('Hotel stay', []);
    seedSheet('Bank account', [], 'b');
    render(<JourneysApp templates={[]} />);
    await screen.findByRole('button', { name: 'Delete “Hotel stay”' });
    const before = listed();
    fireEvent.click(screen.getByRole('button', { name: 'Delete “Hotel stay”' }));
    await waitFor(() => {
      expect(names()).toEqual(['Bank account']);
    });
    await waitFor(() => {
      expect(spoken()).toContain('Deleted the worksheet “Hotel stay”. Undo is available.');
    });
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => {
      expect(listed()).toEqual(before);
    });
    fireEvent.click(screen.getByRole('button', { name: 'Delete “Bank account”' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Dismiss' }));
    await waitFor(() => {
      expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Your worksheets' }));
    });
    expect(names()).toEqual(['Hotel stay']);
  });
});
