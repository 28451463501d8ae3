// The one way a tool loads a part later: it waits to be wanted (or to near the screen), holds the
// part's place with a sentence, and says so with a Reload button when the part cannot arrive.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { lazyComponent } from '../../../src/islands/shared/lazy';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

describe('lazyComponent', () => {
  it('shows a note while loading, then the part with its props, and at once when shown again', async () => {
    const load = vi.fn(() => Promise.resolve(Greeting));
    const Lazy = lazyComponent(load, { what: 'the greeting' });
    render(<Lazy name="Ana" />);
    expect(screen.getByText('Loading the greeting…')).toBeTruthy();
    expect(await screen.findByText('Hello Ana')).toBeTruthy();
    cleanup();
    render(<Lazy name="Bo" />);
    expect(screen.getByText('Hello Bo')).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tells the reader when the part cannot be loaded and offers to reload the page', async () => {
    const reload = vi.fn();
    vi.spyOn(window, 'location', 'get').mockReturnValue({ reload } as unknown as Location);
    const Lazy = lazyComponent(() => Promise.reject(new Error('offline')), { what: 'the grid' });
    render(<Lazy />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^The grid could not be loaded/);
    fireEvent.click(screen.getByRole('button', { name: 'Reload the page' }));
    expect(reload).toHaveBeenCalledOnce();
  });

  it('loads a part kept for near the screen only once its place nears it', async () => {
    let seen: ((entries: { isIntersecting: boolean }[]) => void) | undefined;
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(callback: (entries: { isIntersecting: boolean }[]) => void) {
          seen = callback;
        }
        observe() {}
        disconnect() {}
      },
    );
    const load = vi.fn(() => Promise.resolve(Greeting));
    const Lazy = lazyComponent(load, { what: 'the greeting', near: true });
    render(<Lazy name="Ana" />);
    expect(screen.getByText('The greeting appears here as you scroll to it.')).toBeTruthy();
    expect(load).not.toHaveBeenCalled();
    seen?.([{ isIntersecting: true }]);
    expect(await screen.findByText('Hello Ana')).toBeTruthy();
  });
});
