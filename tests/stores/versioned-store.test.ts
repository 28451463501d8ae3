// Persisted stores never trust what storage returns, and survive a full or missing storage.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'astro/zod';
import type { FormatSpec } from '../../src/core/versioned';

const spec: FormatSpec<{ items: string[] }> = {
  kind: 'accueil.test-items',
  version: 2,
  schema: z.object({ items: z.array(z.string()) }).strict(),
  migrations: { 1: (old) => ({ items: (old as { list: string[] }).list }) },
};

async function freshModules() {
  vi.resetModules();
  const engine = await import('../../src/stores/storage-engine');
  const stores = await import('../../src/stores/versioned-store');
  return { ...engine, ...stores };
}

describe('versioned stores', () => {
  beforeEach(() => {
    localStorage.clear();
  });

  it('saves in the versioned envelope and reads it back', async () => {
    const { versionedStore } = await freshModules();
    const $items = versionedStore('accueil.items', spec, { items: [] });
    $items.set({ items: ['a'] });
    expect(JSON.parse(localStorage.getItem('accueil.items') ?? '')).toEqual({
      kind: 'accueil.test-items',
      version: 2,
      data: { items: ['a'] },
    });
    const again = await freshModules();
    expect(again.versionedStore('accueil.items', spec, { items: [] }).get()).toEqual({ items: ['a'] });
  });

  it('migrates data saved by an earlier version', async () => {
    localStorage.setItem(
      'accueil.items',
      JSON.stringify({ kind: 'accueil.test-items', version: 1, data: { list: ['old'] } }),
    );
    const { versionedStore } = await freshModules();
    expect(versionedStore('accueil.items', spec, { items: [] }).get()).toEqual({ items: ['old'] });
  });

  it('starts clean on corrupt data, keeps the raw text and reports it', async () => {
    localStorage.setItem('accueil.items', '{"kind":"accueil.test-items","version":2,"data":{"items":[1]}');
    const { versionedStore, $storageProblems, readStorageBackup, dismissStorageProblem } = await freshModules();
    const $items = versionedStore('accueil.items', spec, { items: [] });
    expect($items.get()).toEqual({ items: [] });
    const problem = $storageProblems.get()['accueil.items'];
    expect(problem?.message).toMatch(/could not be read/);
    expect(readStorageBackup('accueil.items')).toContain('"items":[1]');
    dismissStorageProblem('accueil.items');
    expect($storageProblems.get()).toEqual({});
    expect(localStorage.getItem(problem?.backupKey ?? '')).toBeNull();
  });

  it('reports data from a newer version without losing it', async () => {
    const newer = JSON.stringify({ kind: 'accueil.test-items', version: 9, data: {} });
    localStorage.setItem('accueil.items', newer);
    const { versionedStore, $storageProblems, readStorageBackup } = await freshModules();
    versionedStore('accueil.items', spec, { items: [] });
    expect($storageProblems.get()['accueil.items']?.message).toMatch(/newer version/);
    expect(readStorageBackup('accueil.items')).toBe(newer);
  });

  it('keeps working in memory and says so when storage is full', async () => {
    const { versionedStore, $storageHealth } = await freshModules();
    const $items = versionedStore('accueil.items', spec, { items: [] });
    const setItem = vi.spyOn(localStorage, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(() => {
      $items.set({ items: ['kept'] });
    }).not.toThrow();
    expect($items.get()).toEqual({ items: ['kept'] });
    expect($storageHealth.get().state).toBe('full');
    setItem.mockRestore();
    $items.set({ items: ['kept', 'saved'] });
    expect($storageHealth.get().state).toBe('ok');
    expect(localStorage.getItem('accueil.items')).toContain('saved');
  });
});
