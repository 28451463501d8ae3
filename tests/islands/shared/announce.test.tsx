// A result is spoken once typing pauses, through the page's one live region, never per keystroke.
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { act, cleanup, render } from '@testing-library/preact';
import { useAnnounceWhenSettled } from '../../../src/islands/shared/announce';

function Result({ text }: { text: string }) {
  useAnnounceWhenSettled(text);
  return null;
}

const spoken = (): string => document.getElementById('announcer')?.textContent ?? '';

beforeEach(() => {
  vi.useFakeTimers();
  const region = document.createElement('div');
  region.id = 'announcer';
  document.body.append(region);
});

afterEach(() => {
  cleanup();
  document.getElementById('announcer')?.remove();
  vi.useRealTimers();
});

it('says nothing on opening, then only the text it settles on', () => {
  const view = render(<Result text="€373,500 a year" />);
  void act(() => {
    vi.advanceTimersByTime(2000);
  });
  expect(spoken()).toBe('');
  view.rerender(<Result text="€1 a year" />);
  void act(() => {
    vi.advanceTimersByTime(300);
  });
  view.rerender(<Result text="€12 a year" />);
  void act(() => {
    vi.advanceTimersByTime(700);
  });
  expect(spoken()).toBe('');
  void act(() => {
    vi.advanceTimersByTime(200);
  });
  expect(spoken()).toBe('€12 a year');
});
