// Valid samples for tests/core/fuzz-decoders.test.ts, carrying HTML-looking text wherever a format
// accepts a name or free text, and the mutations specific to share codes, pasted text and the
// calculator link.
import fc from 'fast-check';
import { createSavedResult } from '../../src/core/assessment/result-io';
import { encodeShareCode } from '../../src/core/assessment/share-code';
import { buildShareLink } from '../../src/core/assessment/share-link';
import { summariseTeam } from '../../src/core/assessment/team-summary';
import { addAction, setDimensionNotes } from '../../src/core/assessment/workshop-record';
import { addCodesToSession } from '../../src/core/assessment/workshop-participants';
import { createWorkshopSession, refreshWorkshopRecord } from '../../src/core/assessment/workshop-session';
import { decodeBase64Url, encodeBase64Url } from '../../src/core/assessment/binary';
import { crc16 } from '../../src/core/checksum';
import { createBackup, type Backup } from '../../src/core/backup';
import { encodeCalculatorState } from '../../src/core/calculator/fragment';
import { getDefaultState } from '../../src/core/calculator/state';
import { exportJson } from '../../src/core/journey/export';
import { type JourneyCollection } from '../../src/core/journey/format';
import { anyText, SESSION, three } from './assessment/fixtures';
import { HOSTILE_TEXT } from './fuzz-inputs';
import { buildSheet, makeCtx } from './journey/helpers';

/** HTML-looking names that must come back as the same text. */
export const IMG = '<img src=x onerror=alert(1)>';
export const SCRIPT = '<script>alert(1)</script>';
/** A share-code alias holds at most 16 bytes. */
export const ALIAS = '<img src=x>';

/** A person's answers to the test assessment `three`. */
export const answers = { 'a-1': 1, 'b-2': 'dk', 'c-3': 5 } as const;
/** A saved result labelled with markup. */
export const result = createSavedResult(three, answers, IMG, '2025-03-04');

const code = (alias: string, a: 1 | 2 | 3) =>
  encodeShareCode(three, { sessionId: SESSION, answers: { 'a-1': a }, alias, participantId: `Pid00${a}`, revision: 1 });
/** Three participants' share codes; the first one's alias is markup. */
export const codes = [code(ALIAS, 1), code('Bo', 2), code('', 3)] as const;
/** A reply link holding the first code. */
export const link = buildShareLink('https://x.test/tools/workshop/', {
  assessmentId: 'heart',
  sessionId: SESSION,
  code: codes[0],
});

const opened = createWorkshopSession({ assessment: three, name: IMG, id: SESSION, date: '2025-03-04' });
const filled = addCodesToSession(three, opened, codes.join('\n')).session;
const summary = summariseTeam(
  three,
  filled.codes.map((c) => ({ answers: { 'a-1': c === codes[0] ? 1 : 2 } })),
);
const started = refreshWorkshopRecord({ assessment: three, session: filled, summary, date: '2025-03-05' });
/** A workshop record with markup in its notes and action. */
export const record = addAction(setDimensionNotes(started, 'a', IMG), { text: SCRIPT, owner: IMG, due: '2025-04-01' });
/** A revealed session named with markup, holding the codes and the record. */
export const session = { ...filled, record, savedRecord: record, revealed: true, shownCodes: filled.codes };
/** A participant's stored answers with a markup alias. */
export const participation = {
  sessionId: SESSION,
  assessmentId: 'heart' as const,
  alias: IMG,
  answers,
  step: 1,
  stage: 'answering' as const,
  participantId: 'Pq-_9z',
  revision: 1,
  comments: { a: SCRIPT },
};

const sheet = buildSheet([[SCRIPT, [{ title: IMG, whatHappens: SCRIPT, owner: IMG }]]], makeCtx('w'));
/** A journey export whose names and texts are markup. */
export const journeyFile = exportJson([{ ...sheet, name: IMG, customer: SCRIPT }]);
/** The worksheets in that export. */
export const journeyData = (JSON.parse(journeyFile) as { data: JourneyCollection }).data;
/** A backup holding the journey export and a markup value. */
export const backupFile = createBackup({ 'accueil.journeys': journeyFile, 'accueil.note': SCRIPT }, new Date(0));
/** What that backup holds. */
export const backupData = (JSON.parse(backupFile) as { data: Backup }).data;
/** A calculator state that is not the default one. */
export const calculator = { ...getDefaultState(), currency: 'CHF', locale: 'de-CH' };
/** The calculator link of that state, without the #. */
export const fragment = encodeCalculatorState(calculator);

type ByteOp = [op: 'flip' | 'drop' | 'add', at: number, byte: number];
const byteOps = fc.array(fc.tuple(fc.constantFrom('flip', 'drop', 'add'), fc.nat(), fc.nat(255)), {
  minLength: 1,
  maxLength: 3,
});

function reseal(base: string, ops: ByteOp[]): string {
  let body = [...(decodeBase64Url(base) ?? [])].slice(0, -2);
  for (const [op, at, byte] of ops) {
    const i = at % (body.length + 1);
    if (op === 'flip') body[i % body.length] = (body[i % body.length] ?? 0) ^ (1 << (byte % 8));
    else if (op === 'drop') body = body.filter((_, j) => j !== i);
    else body.splice(i, 0, byte);
  }
  const sum = crc16(Uint8Array.from(body));
  return encodeBase64Url(Uint8Array.from([...body, sum >> 8, sum & 255]));
}

/** A share code whose bytes were changed and its checksum then fixed, so the inner reader is reached. */
export const resealed = fc
  .tuple(fc.constantFrom(...codes), byteOps, fc.boolean())
  .map(([base, ops, asLink]) => (asLink ? link.replace(codes[0], reseal(base, ops)) : reseal(base, ops)));

const piece = fc.oneof(
  fc.constantFrom(...codes, link, ...HOSTILE_TEXT, 'https://x.test/#a=<b>&join=<i>&code=<s>', '((((x))))'),
  resealed,
  anyText(20),
);
/** Pasted chat text: codes, links, damaged codes and junk, between any separators. */
export const pasted = fc
  .array(fc.tuple(piece, fc.constantFrom(' ', '\n', ',', ';', '&', '#', '?', '=', '')), { maxLength: 12 })
  .map((parts) => parts.map(([text, separator]) => text + separator).join(''));

const fragmentKey = fc.constantFrom('v', 'c', 'lc', 'cur', 'imp', 'vb', '__proto__', 'constructor', SCRIPT, '%E0%A4%A');
const fragmentValue = fc.oneof(
  fc.constantFrom(...HOSTILE_TEXT, '2,3', '%ZZ', '1e3', '0x10', '99999999999999999999'),
  anyText(10),
  fc.double().map(String),
);
/** The calculator link with fields left out and hostile fields added before or after. */
export const fragments = fc
  .tuple(
    fc.subarray(fragment.split('&')),
    fc.array(
      fc.tuple(fragmentKey, fragmentValue).map(([key, value]) => `${key}=${value}`),
      { maxLength: 8 },
    ),
    fc.boolean(),
  )
  .map(([kept, extra, first]) => (first ? [...extra, ...kept] : [...kept, ...extra]).join('&'));
