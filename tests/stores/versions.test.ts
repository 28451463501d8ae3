// Issue 7: every persisted store writes a versioned envelope and reads stored text through its
// format's schema. A value of the current version loads; data from a newer version or corrupt data
// is not loaded but kept raw under a backup key and reported. The version table below makes a
// version bump without a migration test fail, and a test format proves the migration path end to end.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'astro/zod';
import type { WritableAtom } from 'nanostores';
import { answersFormat } from '../../src/core/assessment/answers';
import { resultHistoryFormat } from '../../src/core/assessment/result-io';
import { workshopHistoryFormat } from '../../src/core/assessment/workshop-record';
import { workshopTeamsFormat } from '../../src/core/assessment/workshop-team';
import { workshopSessionsFormat } from '../../src/core/assessment/workshop-session';
import { participationFormat } from '../../src/core/assessment/workshop-participation';
import { calculatorStateFormat } from '../../src/core/calculator/state-format';
import { getDefaultState } from '../../src/core/calculator/state';
import { emptyCollection, journeysFormat } from '../../src/core/journey/format';
import { decodeVersioned, encodeVersioned, type FormatSpec } from '../../src/core/versioned';
import * as sample from '../core/fuzz-samples';

// A session as version 2 stored it: without dotPlotMin, expected and autoReveal.
const { dotPlotMin: _min, expected: _expected, autoReveal: _auto, ...v2Session } = sample.session;

/** A store opened from freshly imported modules, as on a page load. */
interface Opened {
  get: () => unknown;
  set: (value: unknown) => void;
  versioned: typeof import('../../src/stores/versioned-store');
}

/** A stored value of an earlier version and what the store must load from it. */
interface EarlierSample {
  data: unknown;
  expected: unknown;
}

interface StoreCase {
  name: string;
  key: string;
  spec: FormatSpec<unknown>;
  /**
   * The version this test knows. Raising a format's version makes this table fail until the number
   * is raised here too, which is the moment to add the migration and a stored sample of the old
   * version under `earlier` (one per earlier version), so the upgrade is tested through the store.
   */
  version: number;
  earlier: Readonly<Record<number, EarlierSample>>;
  value: unknown;
  initial: unknown;
  open: () => Promise<Opened>;
}

async function fresh<M>(load: () => Promise<M>, pick: (module: M) => Omit<Opened, 'versioned'>): Promise<Opened> {
  vi.resetModules();
  const versioned = await import('../../src/stores/versioned-store');
  return { ...pick(await load()), versioned };
}

const atomOf = (store: WritableAtom<unknown>): Omit<Opened, 'versioned'> => ({
  get: () => store.get(),
  set: (value) => {
    store.set(value);
  },
});

const STORES: StoreCase[] = [
  {
    name: 'assessment answers',
    key: 'accueil.assess.heart.answers',
    spec: answersFormat,
    version: 1,
    earlier: {},
    value: sample.answers,
    initial: {},
    open: () =>
      fresh(
        () => import('../../src/stores/assess'),
        (m) => atomOf(m.$answersFor('heart')),
      ),
  },
  {
    name: 'assessment history',
    key: 'accueil.assess.heart.history',
    spec: resultHistoryFormat,
    version: 1,
    earlier: {},
    value: [sample.result],
    initial: [],
    open: () =>
      fresh(
        () => import('../../src/stores/assess-history'),
        (m) => atomOf(m.$historyFor('heart')),
      ),
  },
  {
    name: 'workshop sessions',
    key: 'accueil.workshop.sessions',
    spec: workshopSessionsFormat,
    version: 3,
    earlier: {
      // Version 1 had no shownCodes: a revealed session showed every code it held.
      1: {
        data: { active: sample.session.id, sessions: [{ ...v2Session, shownCodes: undefined }] },
        expected: { active: sample.session.id, sessions: [{ ...sample.session, shownCodes: sample.session.codes }] },
      },
      // Version 2 had no anonymity or headcount settings: dot plots from 3, nobody expected, no auto-reveal.
      2: {
        data: { active: sample.session.id, sessions: [v2Session] },
        expected: { active: sample.session.id, sessions: [sample.session] },
      },
    },
    value: { active: sample.session.id, sessions: [sample.session] },
    initial: { active: null, sessions: [] },
    open: () =>
      fresh(
        () => import('../../src/stores/workshop'),
        (m) => atomOf(m.$workshopSessions),
      ),
  },
  {
    name: 'workshop records',
    key: 'accueil.workshop.records',
    spec: workshopHistoryFormat,
    version: 2,
    earlier: {
      // Version 1 had no teams: every record is a record of no team.
      1: {
        data: [{ ...sample.record, team: undefined }],
        expected: [{ ...sample.record, team: null }],
      },
    },
    value: [{ ...sample.record, team: 'Support <b>team</b>' }],
    initial: [],
    open: () =>
      fresh(
        () => import('../../src/stores/workshop-records'),
        (m) => atomOf(m.$workshopRecords),
      ),
  },
  {
    name: 'workshop teams',
    key: 'accueil.workshop.teams',
    spec: workshopTeamsFormat,
    version: 1,
    earlier: {},
    value: { sessions: { [sample.session.id]: 'Support <b>team</b>' } },
    initial: { sessions: {} },
    open: () =>
      fresh(
        () => import('../../src/stores/workshop-teams'),
        (m) => atomOf(m.$workshopTeams),
      ),
  },
  {
    name: 'workshop participant',
    key: 'accueil.workshop.participant.current',
    spec: participationFormat,
    version: 3,
    earlier: {
      // Version 1 had no participant id: one is made (random), and the code shown counts as revision 0.
      1: {
        data: { ...sample.participation, participantId: undefined, revision: undefined, comments: undefined },
        expected: {
          ...sample.participation,
          participantId: expect.stringMatching(/^[A-Za-z0-9_-]{6}$/) as unknown as string,
          revision: 0,
          comments: {},
        },
      },
      // Version 2 had no comments.
      2: {
        data: { ...sample.participation, comments: undefined },
        expected: { ...sample.participation, comments: {} },
      },
    },
    value: sample.participation,
    initial: null,
    open: () =>
      fresh(
        () => import('../../src/stores/workshop-participant'),
        (m) => atomOf(m.$participation),
      ),
  },
  {
    name: 'calculator state',
    key: 'accueil.calculator',
    spec: calculatorStateFormat,
    version: 2,
    earlier: {
      // Version 1 had no failure demand: a copy saved then opens with none, every figure as it was.
      1: {
        data: {
          ...sample.calculator,
          values: (({ failureDemandShare: _share, ...values }) => values)(sample.calculator.values),
          levers: (({ failureDemandReduction: _cut, ...levers }) => levers)(sample.calculator.levers),
        },
        expected: {
          ...sample.calculator,
          values: { ...sample.calculator.values, failureDemandShare: 0 },
          levers: { ...sample.calculator.levers, failureDemandReduction: 25 },
        },
      },
    },
    value: sample.calculator,
    initial: getDefaultState(),
    open: () =>
      fresh(
        () => import('../../src/stores/calculator-saved'),
        (m) => atomOf(m.$savedCalculator),
      ),
  },
  {
    name: 'journey worksheets',
    key: 'accueil.journeys',
    spec: journeysFormat,
    version: 2,
    earlier: {
      // Version 2 marks the moments' spread, pin and review date; version 1 is read as it is, any of those kept.
      1: {
        data: sample.journeyData,
        expected: decodedValue(journeysFormat, sample.journeyData),
      },
    },
    value: decodedValue(journeysFormat, sample.journeyData),
    initial: emptyCollection(),
    open: () =>
      fresh(
        () => import('../../src/stores/journeys'),
        (m) => ({
          get: () => m.$journeys.get(),
          set: (value) => {
            m.replaceCollection(value as typeof sample.journeyData);
          },
        }),
      ),
  },
];

/** The value as its format reads it back (defaults filled in), so comparisons are exact. */
function decodedValue<T>(spec: FormatSpec<T>, value: T): T {
  const decoded = decodeVersioned(spec, encodeVersioned(spec, value));
  if (decoded.status !== 'ok') throw new Error(`sample refused: ${JSON.stringify(decoded)}`);
  return decoded.value;
}

const envelope = (store: StoreCase, version: number, data: unknown) =>
  JSON.stringify({ kind: store.spec.kind, version, data });

beforeEach(() => {
  localStorage.clear();
});

describe.each(STORES)('the $name store', (store) => {
  it('writes its value in an envelope carrying its kind and version', async () => {
    const opened = await store.open();
    opened.set(store.value);
    const text = localStorage.getItem(store.key) ?? '';
    expect(JSON.parse(text)).toMatchObject({ kind: store.spec.kind, version: store.spec.version });
    expect(decodeVersioned(store.spec, text)).toEqual({ status: 'ok', value: store.value });
  });

  it('loads a stored value of the current version', async () => {
    localStorage.setItem(store.key, encodeVersioned(store.spec, store.value));
    const opened = await store.open();
    expect(opened.get()).toEqual(store.value);
    expect(opened.versioned.$storageProblems.get()).toEqual({});
  });

  it.each([
    ['data from a newer version', (s: StoreCase) => envelope(s, s.spec.version + 1, s.value), /newer version/],
    ['JSON cut short', (s: StoreCase) => encodeVersioned(s.spec, s.value).slice(0, -2), /not valid JSON/],
    ['data of the wrong shape', (s: StoreCase) => envelope(s, s.spec.version, 'not the data'), /content is not valid/],
  ])('does not load %s, keeps it raw under its backup key and reports it', async (_what, stored, reason) => {
    const text = stored(store);
    localStorage.setItem(store.key, text);
    const opened = await store.open();
    expect(opened.get()).toEqual(store.initial);
    const problem = opened.versioned.$storageProblems.get()[store.key];
    expect(problem?.message).toMatch(reason);
    expect(problem?.message).toMatch(/your old data is kept/);
    expect(problem?.backupKey).toBe(`accueil.backup.${store.key.slice('accueil.'.length)}`);
    expect(localStorage.getItem(problem?.backupKey ?? '')).toBe(text);
    expect(opened.versioned.readStorageBackup(store.key)).toBe(text);
    // Loading alone never overwrites what was stored.
    expect(localStorage.getItem(store.key)).toBe(text);
  });

  it('is at the version this table knows, with a migration and a tested sample for each earlier one', async () => {
    // To raise a version: add `migrations[n]` to the format, a stored sample of version n under
    // `earlier[n]` above for every earlier n, then raise `version` in this table.
    expect(store.spec.version).toBe(store.version);
    const earlierVersions = Array.from({ length: store.spec.version - 1 }, (_, i) => String(i + 1));
    expect(Object.keys(store.spec.migrations ?? {})).toEqual(earlierVersions);
    expect(Object.keys(store.earlier)).toEqual(earlierVersions);
    for (const [version, { data, expected }] of Object.entries(store.earlier)) {
      localStorage.setItem(store.key, envelope(store, Number(version), data));
      const opened = await store.open();
      expect(opened.get()).toEqual(expected);
      expect(opened.versioned.$storageProblems.get()).toEqual({});
    }
  });
});

describe('a format upgraded from version 1 to 2', () => {
  const v2: FormatSpec<{ names: string[] }> = {
    kind: 'accueil.test-names',
    version: 2,
    schema: z.object({ names: z.array(z.string()) }).strict(),
    // Version 1 kept one comma-separated string; version 2 keeps a list.
    migrations: { 1: (old) => ({ names: String((old as { names: unknown }).names).split(',') }) },
  };
  const KEY = 'accueil.test-names';

  it('loads version 1 through the migration in the real store, and saves it back as version 2', async () => {
    localStorage.setItem(KEY, JSON.stringify({ kind: v2.kind, version: 1, data: { names: 'Ann,Bo' } }));
    vi.resetModules();
    const { versionedStore, $storageProblems } = await import('../../src/stores/versioned-store');
    const $names = versionedStore(KEY, v2, { names: [] });
    expect($names.get()).toEqual({ names: ['Ann', 'Bo'] });
    expect($storageProblems.get()).toEqual({});
    $names.set({ names: [...$names.get().names, 'Cy'] });
    expect(JSON.parse(localStorage.getItem(KEY) ?? '')).toEqual({
      kind: v2.kind,
      version: 2,
      data: { names: ['Ann', 'Bo', 'Cy'] },
    });
  });

  it('keeps version 1 data raw and reports it when the migration gives data the schema refuses', async () => {
    const text = JSON.stringify({ kind: v2.kind, version: 1, data: { names: 'Ann', extra: true } });
    const broken = { ...v2, migrations: { 1: (old: unknown) => old } };
    localStorage.setItem(KEY, text);
    vi.resetModules();
    const { versionedStore, $storageProblems, readStorageBackup } = await import('../../src/stores/versioned-store');
    expect(versionedStore(KEY, broken, { names: [] }).get()).toEqual({ names: [] });
    expect($storageProblems.get()[KEY]?.message).toMatch(/content is not valid/);
    expect(readStorageBackup(KEY)).toBe(text);
  });
});
