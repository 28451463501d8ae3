// When a tool fails, the reader sees what happened and can save their data, never an empty box.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { ErrorBoundary } from '../../../src/islands/shared/ErrorBoundary';

function Broken(): never {
  throw new Error('the stored figures could not be read');
}

let saved: { name: string; blob: Blob }[] = [];

beforeEach(() => {
  localStorage.clear();
  saved = [];
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    saved.push({ name: '', blob: blob as Blob });
    return 'blob:test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const last = saved.at(-1);
    if (last) last.name = this.download;
  });
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('ErrorBoundary', () => {
  it('shows its children while nothing fails', () => {
    render(
      <ErrorBoundary tool="calculator">
        <p>All well</p>
      </ErrorBoundary>,
    );
    expect(screen.getByText('All well')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says which tool failed and why, instead of an empty box', () => {
    render(
      <ErrorBoundary tool="worksheet tool">
        <Broken />
      </ErrorBoundary>,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Something went wrong in the worksheet tool');
    expect(alert.textContent).toContain('the stored figures could not be read');
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeTruthy();
  });

  it('saves every Accueil key on the device, and nothing else, as one JSON file', async () => {
    localStorage.setItem('accueil.journeys', '{"kind":"accueil.journeys","version":1,"data":{}}');
    localStorage.setItem('accueil.calculator', 'not even JSON');
    localStorage.setItem('another-site', 'private');
    render(
      <ErrorBoundary tool="calculator">
        <Broken />
      </ErrorBoundary>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save a copy of my data' }));
    expect(saved).toHaveLength(1);
    expect(saved[0]?.name).toMatch(/^accueil-data-\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(await (saved[0]?.blob as Blob).text()) as Record<string, string>;
    expect(data).toEqual({
      'accueil.calculator': 'not even JSON',
      'accueil.journeys': '{"kind":"accueil.journeys","version":1,"data":{}}',
    });
  });
});
