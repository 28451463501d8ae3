// Zod-free checks for the workshop formats the browser reads at load: they decide exactly what
// workshopRecordSchema, workshopSessionSchema and participationSchema decide (see check.ts).
import { assessmentIds } from '../../schemas/assessment-ids';
import { safeParseAnswers } from './answers-format';
import {
  CheckFailure,
  checkArray,
  checkBoolean,
  checkIsoDate,
  checkNumber,
  checkOneOf,
  checkString,
  orNull,
  strictObject,
  type Path,
} from './check';
import type { Participation } from './workshop-participation';
import type { RecordDimension, WorkshopAction, WorkshopRecord } from './workshop-record';
import type { WorkshopSession, WorkshopSessions } from './workshop-session';

const SESSION_ID = /^[A-Za-z0-9_-]{6}$/;
const CODE = /^[A-Za-z0-9_-]{1,100}$/;
const score = (v: unknown, p: Path) => checkNumber(v, p, { min: 1, max: 5 });
const count = (v: unknown, p: Path) => checkNumber(v, p, { min: 0, integer: true });
const rating = (v: unknown, p: Path) => checkOneOf(v, p, [1, 2, 3, 4, 5] as const);

function checkDimension(value: unknown, path: Path): RecordDimension {
  const read = strictObject(value, path, ['id', 'label', 'agreed', 'notes', 'team']);
  const teamPath = [...path, 'team'];
  const team = strictObject(read('team'), teamPath, [
    'n',
    'scores',
    'median',
    'min',
    'max',
    'lowCount',
    'disagreement',
  ]);
  return {
    id: checkString(read('id'), [...path, 'id'], { min: 1 }),
    label: checkString(read('label'), [...path, 'label'], { min: 1 }),
    agreed: orNull(read('agreed'), [...path, 'agreed'], rating),
    notes: checkString(read('notes'), [...path, 'notes'], { max: 4000 }),
    team: {
      n: count(team('n'), [...teamPath, 'n']),
      scores: checkArray(team('scores'), [...teamPath, 'scores'], Number.MAX_SAFE_INTEGER, score),
      median: orNull(team('median'), [...teamPath, 'median'], score),
      min: orNull(team('min'), [...teamPath, 'min'], score),
      max: orNull(team('max'), [...teamPath, 'max'], score),
      lowCount: count(team('lowCount'), [...teamPath, 'lowCount']),
      disagreement: orNull(team('disagreement'), [...teamPath, 'disagreement'], (v, p) =>
        checkNumber(v, p, { min: 0, max: 4 }),
      ),
    },
  };
}

function checkAction(value: unknown, path: Path): WorkshopAction {
  const read = strictObject(value, path, ['text', 'owner', 'due']);
  return {
    text: checkString(read('text'), [...path, 'text'], { trim: true, min: 3, max: 300 }),
    owner: checkString(read('owner'), [...path, 'owner'], { trim: true, max: 80 }),
    due: orNull(read('due'), [...path, 'due'], checkIsoDate),
  };
}

/** Checks one workshop record as workshopRecordSchema does; throws CheckFailure. */
export function checkWorkshopRecord(value: unknown, path: Path = []): WorkshopRecord {
  const keys = [
    'sessionName',
    'assessmentId',
    'assessmentVersion',
    'date',
    'participantCount',
    'dimensions',
    'actions',
  ];
  const read = strictObject(value, path, keys);
  return {
    sessionName: checkString(read('sessionName'), [...path, 'sessionName'], { trim: true, min: 1, max: 80 }),
    assessmentId: checkOneOf(read('assessmentId'), [...path, 'assessmentId'], assessmentIds),
    assessmentVersion: checkNumber(read('assessmentVersion'), [...path, 'assessmentVersion'], {
      min: 1,
      max: 255,
      integer: true,
    }),
    date: checkIsoDate(read('date'), [...path, 'date']),
    participantCount: count(read('participantCount'), [...path, 'participantCount']),
    dimensions: checkArray(read('dimensions'), [...path, 'dimensions'], Number.MAX_SAFE_INTEGER, checkDimension),
    actions: checkArray(read('actions'), [...path, 'actions'], 100, checkAction),
  };
}

/** Checks the saved workshop records (at most 500) as workshopHistoryFormat's schema does. */
export function checkWorkshopRecords(value: unknown): WorkshopRecord[] {
  return checkArray(value, [], 500, checkWorkshopRecord);
}

/** Checks one session as workshopSessionSchema does; throws CheckFailure. */
export function checkWorkshopSession(value: unknown, path: Path = []): WorkshopSession {
  const keys = ['id', 'name', 'assessmentId', 'created', 'codes', 'revealed', 'shownCodes', 'record', 'savedRecord'];
  const read = strictObject(value, path, keys);
  return {
    id: checkString(read('id'), [...path, 'id'], { pattern: SESSION_ID }),
    name: checkString(read('name'), [...path, 'name'], { trim: true, min: 1, max: 80 }),
    assessmentId: checkOneOf(read('assessmentId'), [...path, 'assessmentId'], assessmentIds),
    created: checkIsoDate(read('created'), [...path, 'created']),
    codes: checkArray(read('codes'), [...path, 'codes'], 300, (v, p) => checkString(v, p, { pattern: CODE })),
    revealed: checkBoolean(read('revealed'), [...path, 'revealed']),
    shownCodes: checkArray(read('shownCodes'), [...path, 'shownCodes'], 300, (v, p) =>
      checkString(v, p, { pattern: CODE }),
    ),
    record: orNull(read('record'), [...path, 'record'], checkWorkshopRecord),
    savedRecord: orNull(read('savedRecord'), [...path, 'savedRecord'], checkWorkshopRecord),
  };
}

/** Checks the facilitator's stored sessions as workshopSessionsSchema does. */
export function checkWorkshopSessions(value: unknown): WorkshopSessions {
  const read = strictObject(value, [], ['active', 'sessions']);
  return {
    active: orNull(read('active'), ['active'], (v, p) => checkString(v, p)),
    sessions: checkArray(read('sessions'), ['sessions'], 100, checkWorkshopSession),
  };
}

/** Checks a participant's stored answers (or null) as participationFormat's zod schema does. */
export function checkParticipation(value: unknown): Participation | null {
  if (value === null) return null;
  const read = strictObject(
    value,
    [],
    ['sessionId', 'assessmentId', 'alias', 'answers', 'step', 'stage', 'participantId', 'revision'],
  );
  const sessionId = checkString(read('sessionId'), ['sessionId'], { pattern: SESSION_ID });
  const assessmentId = checkOneOf(read('assessmentId'), ['assessmentId'], assessmentIds);
  const alias = checkString(read('alias'), ['alias'], { max: 64 });
  const answers = safeParseAnswers(read('answers'));
  if (!answers.success)
    throw new CheckFailure(['answers', ...(answers.error.issues[0]?.path.map(String) ?? [])], 'invalid answers');
  return {
    sessionId,
    assessmentId,
    alias,
    answers: answers.data,
    step: checkNumber(read('step'), ['step'], { min: 0, max: 50, integer: true }),
    stage: checkOneOf(read('stage'), ['stage'], ['intro', 'answering', 'share'] as const),
    participantId: checkString(read('participantId'), ['participantId'], { pattern: SESSION_ID }),
    revision: checkNumber(read('revision'), ['revision'], { min: 0, max: 4095, integer: true }),
  };
}
