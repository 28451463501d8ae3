// Issue 7: every decoder of untrusted text (imported files, share codes and links, the calculator
// link, stored data) meets random and mutated input with either a clean rejection that says what is
// wrong, or data its format's own schema accepts. It never throws, never pollutes a prototype,
// refuses text over its size cap, and gives back HTML-looking names as the same plain text.
import * as z from 'zod/mini';
import { expect, it } from 'vitest';
import { listItems } from '../../src/core/assessment/answers';
import {
  importResult,
  resultHistoryFormat,
  savedResultFormat,
  savedResultSchema,
} from '../../src/core/assessment/result-io';
import { parseSessionId } from '../../src/core/assessment/session-id';
import { encodeShareCode } from '../../src/core/assessment/share-code';
import { decodeShareCode } from '../../src/core/assessment/share-code-reader';
import { parseManyCodes, parseShareInput } from '../../src/core/assessment/share-link';
import { addCodes } from '../../src/core/assessment/team';
import { importTeamResult, teamResultFormat } from '../../src/core/assessment/workshop-file';
import { participationFormat, participationSchema } from '../../src/core/assessment/workshop-participation';
import { workshopHistoryFormat, workshopRecordSchema } from '../../src/core/assessment/workshop-record';
import { workshopTeamsFormat } from '../../src/core/assessment/workshop-team';
import {
  exportTeamSummary,
  readTeamSummary,
  teamSummaryFileFormat,
  teamSummaryFileSchema,
} from '../../src/core/assessment/team-rollup';
import {
  workshopSessionSchema,
  workshopSessionsFormat,
  workshopSessionsSchema,
} from '../../src/core/assessment/workshop-session';
import { answersFormat } from '../../src/core/assessment/answers';
import { answersSchema } from '../../src/core/assessment/answers';
import { backupFormat, backupSchema, readBackup } from '../../src/core/backup';
import { CHOICE_INPUTS } from '../../src/core/calculator/choices';
import { decodeCalculatorState, fragmentFormat } from '../../src/core/calculator/fragment';
import { CALCULATOR_INPUTS, NUMBER_INPUT_KEYS } from '../../src/core/calculator/inputs';
import { LEVER_INPUTS } from '../../src/core/calculator/levers';
import { calculatorStateFormat, calculatorStateSchema } from '../../src/core/calculator/state-format';
import { getDefaultState } from '../../src/core/calculator/state';
import { collectionSchema, journeysFormat } from '../../src/core/journey/format';
import { previewImport } from '../../src/core/journey/import';
import { encodeVersioned } from '../../src/core/versioned';
import { assessmentIds } from '../../src/schemas/assessment-ids';
import { SESSION, three } from './assessment/fixtures';
import { mutateJson } from './fuzz-inputs';
import * as s from './fuzz-samples';
import { expectSentence, formatRow, fuzzRows, must, read, type Row } from './fuzz-kit';

const items = new Set(listItems(three).map(({ item }) => item.id));
const decodes = (code: string, sessionId: string) => decodeShareCode(code, { assessment: three, sessionId }).ok;
const LABELS = new Set<string>([
  'Currency',
  'Number format',
  'Improvements',
  'Cost of the improvement',
  'Sector preset',
  'Ranges',
  LEVER_INPUTS.failureDemandReduction.label,
  ...Object.values(CHOICE_INPUTS).map((choice) => choice.name),
  ...NUMBER_INPUT_KEYS.map((key) => CALCULATOR_INPUTS[key].label),
]);

const ROWS: Row[] = [
  formatRow(answersFormat, s.answers, answersSchema),
  formatRow(savedResultFormat, s.result, savedResultSchema),
  formatRow(resultHistoryFormat, [s.result, s.result], z.array(savedResultSchema)),
  formatRow(workshopHistoryFormat, [s.record], z.array(workshopRecordSchema)),
  formatRow(workshopSessionsFormat, { active: SESSION, sessions: [s.session] }, workshopSessionsSchema),
  formatRow(participationFormat, s.participation, z.nullable(participationSchema)),
  formatRow(teamResultFormat, s.session, workshopSessionSchema),
  formatRow(calculatorStateFormat, s.calculator, calculatorStateSchema),
  formatRow(fragmentFormat, { c: '20000', lc: 'de-CH' }, z.record(z.string(), z.string())),
  formatRow(journeysFormat, s.journeyData, collectionSchema),
  formatRow(backupFormat, s.backupData, backupSchema),
  formatRow(workshopTeamsFormat, { sessions: { [SESSION]: 'Support <b>team</b>' } }, workshopTeamsFormat.schema),
  {
    name: 'readTeamSummary',
    cap: teamSummaryFileFormat.maxChars ?? null,
    sample: exportTeamSummary(s.record),
    structured: mutateJson(exportTeamSummary(s.record)),
    run: (text) => {
      const read = readTeamSummary(text, 'summary.json');
      return read.ok ? { ok: true, value: read.summary } : read;
    },
    check: (value) => {
      const summary = teamSummaryFileSchema.parse(value);
      // Nothing below three raters survives a file, whatever it claims.
      for (const d of summary.dimensions)
        if (d.n < 3) expect([d.median, d.min, d.max, d.disagreement]).toEqual([null, null, null, null]);
    },
  },
  {
    name: 'decodeShareCode',
    cap: 10_000,
    sample: s.link,
    structured: s.resealed,
    run: (text) => decodeShareCode(text, { assessment: three, sessionId: SESSION }),
    check: (value) => {
      const shared = value as {
        code: string;
        sessionId: string;
        answers: Record<string, 1>;
        alias: string;
        participantId: string | null;
        revision: number;
        comments?: string[];
      };
      expect(shared.sessionId).toBe(SESSION);
      expect(answersSchema.safeParse(shared.answers).success).toBe(true);
      // Only a canonical code is accepted: writing what it holds again gives the same text.
      const again = encodeShareCode(three, {
        sessionId: SESSION,
        answers: shared.answers,
        alias: shared.alias,
        participantId: shared.participantId,
        revision: shared.revision,
        ...(shared.comments ? { comments: shared.comments } : {}),
      });
      expect(again).toBe(shared.code);
    },
  },
  {
    name: 'parseShareInput',
    cap: null,
    sample: s.link,
    structured: s.pasted,
    run: (text) => ({ ok: true, value: parseShareInput(text) }),
    check: (value) => {
      const { code, sessionId, assessmentId } = value as ReturnType<typeof parseShareInput>;
      expect(code === null || /^\S+$/.test(code)).toBe(true);
      expect(sessionId === null || parseSessionId(sessionId) === sessionId).toBe(true);
      expect(assessmentId === null || assessmentIds.includes(assessmentId)).toBe(true);
    },
  },
  {
    name: 'parseManyCodes',
    cap: null,
    sample: s.codes.join(', '),
    structured: s.pasted,
    run: (text) => ({ ok: true, value: { text, found: parseManyCodes(text) } }),
    check: (value) => {
      const { text, found } = value as { text: string; found: string[] };
      for (const token of found) expect(token !== '' && !/[\s,;]/.test(token) && text.includes(token)).toBe(true);
    },
  },
  {
    name: 'addCodes (pasted share codes and links)',
    cap: null,
    sample: `${s.codes.join('\n')}\n${s.link}`,
    structured: s.pasted,
    run: (text) => ({ ok: true, value: addCodes([], text, { assessment: three, sessionId: SESSION }) }),
    check: (value) => {
      const { participants, outcomes } = value as ReturnType<typeof addCodes>;
      for (const outcome of outcomes) expectSentence(outcome.message);
      expect(outcomes.every((o) => (o.status === 'rejected') === (o.problem !== undefined))).toBe(true);
      expect(participants).toHaveLength(outcomes.filter((o) => o.status === 'added').length);
      for (const participant of participants) expect(decodes(participant.code, SESSION)).toBe(true);
    },
  },
  {
    name: 'importResult',
    cap: savedResultFormat.maxChars ?? null,
    sample: encodeVersioned(savedResultFormat, s.result),
    structured: mutateJson(encodeVersioned(savedResultFormat, s.result)),
    run: (text) => {
      const imported = importResult(text, three);
      return imported.ok ? { ok: true, value: imported.result } : imported;
    },
    check: (value) => {
      const saved = savedResultSchema.parse(value);
      expect(saved.assessmentId).toBe('heart');
      expect(Object.keys(saved.answers).every((id) => items.has(id))).toBe(true);
    },
  },
  {
    name: 'importTeamResult',
    cap: teamResultFormat.maxChars ?? null,
    sample: encodeVersioned(teamResultFormat, s.session),
    structured: mutateJson(encodeVersioned(teamResultFormat, s.session)),
    run: (text) => {
      const imported = importTeamResult(text, [three]);
      return imported.ok ? { ok: true, value: imported.session } : imported;
    },
    check: (value) => {
      const imported = workshopSessionSchema.parse(value);
      for (const code of imported.codes) expect(decodes(code, imported.id)).toBe(true);
    },
  },
  {
    // The link always gives a state: anything unusable falls back to its default, with a notice.
    name: 'decodeCalculatorState',
    cap: 2000,
    sample: `#${s.fragment}`,
    structured: s.fragments,
    run: (text) => ({ ok: true, value: decodeCalculatorState(text) }),
    check: (value) => {
      const { state, notice, ignored } = value as ReturnType<typeof decodeCalculatorState>;
      expect(calculatorStateSchema.safeParse(state).success).toBe(true);
      expect(calculatorStateFormat.schema.safeParse(state).success).toBe(true);
      if (ignored.length > 0 || notice !== undefined) expectSentence(notice ?? '');
      // Nothing from the link is repeated back: only the calculator's own field names.
      expect(ignored.every((label) => LABELS.has(label)) && !notice?.includes('<')).toBe(true);
    },
  },
  {
    name: 'previewImport (journey worksheets file)',
    cap: 2_000_000,
    sample: s.journeyFile,
    structured: mutateJson(s.journeyFile),
    run: (text) => {
      const preview = previewImport(text, []);
      return preview.ok ? { ok: true, value: preview.items } : preview;
    },
    check: (value) => {
      const found = value as { worksheet: unknown }[];
      expect(found.length).toBeGreaterThan(0);
      expect(collectionSchema.safeParse({ worksheets: found.map((item) => item.worksheet) }).success).toBe(true);
    },
  },
  {
    name: 'readBackup',
    cap: 20_000_000,
    sample: s.backupFile,
    structured: mutateJson(s.backupFile),
    run: (text) => {
      const backup = readBackup(text);
      return backup.ok ? { ok: true, value: backup } : backup;
    },
    check: (value) => {
      const { backup, summary } = value as Extract<ReturnType<typeof readBackup>, { ok: true }>;
      expect(backupSchema.safeParse(backup).success).toBe(true);
      expect(summary.count).toBe(Object.keys(backup.entries).length);
    },
  },
];

fuzzRows(ROWS);

// The parsers have no cap of their own, and the calculator link falls back with a notice (tested below).
const CAPPED = ROWS.filter((row) => row.cap !== null && row.name !== 'decodeCalculatorState');

it.each(CAPPED)('$name refuses its valid sample padded past its cap', (row) => {
  const outcome = row.run(row.sample + ' '.repeat(row.cap ?? 0));
  expect(outcome.ok).toBe(false);
  if (outcome.ok === false) expect(outcome.message).toMatch(/large|limit|too long/);
});

it('decodeCalculatorState shows the usual figures, with a notice, for a link past its cap', () => {
  const decoded = decodeCalculatorState(`#${s.fragment}&${'x'.repeat(2000)}`);
  expect(decoded.state).toEqual(getDefaultState());
  expect(decoded.notice).toMatch(/too long/);
});

const VERBATIM: [string, () => unknown, unknown][] = [
  [
    'a result label (importResult, history)',
    () => [
      must(importResult(encodeVersioned(savedResultFormat, s.result), three)).result.label,
      read(resultHistoryFormat, [s.result])[0]?.label,
    ],
    [s.IMG, s.IMG],
  ],
  [
    'a session name, notes and action (importTeamResult, stored sessions)',
    () => {
      const { session } = must(importTeamResult(encodeVersioned(teamResultFormat, s.session), [three]));
      const stored = read(workshopSessionsFormat, { active: null, sessions: [s.session] }).sessions[0];
      const action = session.record?.actions[0];
      return [session.name, stored?.name, session.record?.dimensions[0]?.notes, action?.text, action?.owner];
    },
    [s.IMG, s.IMG, s.IMG, s.SCRIPT, s.IMG],
  ],
  ['a participant alias as stored', () => read(participationFormat, s.participation)?.alias, s.IMG],
  ['a share-code alias', () => must(decodeShareCode(s.codes[0], { assessment: three })).value.alias, s.ALIAS],
  [
    'an alias in the intake message',
    () => addCodes([], s.link, { assessment: three }).outcomes,
    [{ input: s.link, status: 'added', alias: s.ALIAS, message: `Added ${s.ALIAS}.` }],
  ],
  [
    'worksheet texts (previewImport)',
    () => {
      const sheet = must(previewImport(s.journeyFile, [])).items[0]?.worksheet;
      const moment = sheet?.moments[0];
      return [sheet?.name, sheet?.customer, sheet?.stages[0]?.name, moment?.title, moment?.whatHappens, moment?.owner];
    },
    [s.IMG, s.SCRIPT, s.SCRIPT, s.IMG, s.SCRIPT, s.IMG],
  ],
  [
    'stored texts in a backup',
    () => must(readBackup(s.backupFile)).backup.entries,
    { 'accueil.journeys': s.journeyFile, 'accueil.note': s.SCRIPT },
  ],
  ['the code in a reply link', () => parseShareInput(` ${s.link}\n`).code, s.codes[0]],
  [
    'every code in pasted chat text',
    () => parseManyCodes(`Here: (${s.codes[0]}), ${s.codes[1]}; and "${s.codes[2]}".`),
    [...s.codes],
  ],
];

it.each(VERBATIM)('gives back %s exactly as written', (_name, actual, expected) => {
  expect(actual()).toEqual(expected);
});
