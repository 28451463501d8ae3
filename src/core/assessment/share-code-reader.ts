// Reading a share code on the facilitator's device: a bare code or a link holding one, checked
// against the workshop's assessment and session, with a sentence for the facilitator for every way a
// code can fail (damaged, from another session or assessment, from a newer or older version). The
// layout is described, and codes are written, in share-code.ts. Never throws.
import { assessmentIds } from '../../schemas/assessment-ids';
import type { Assessment } from '../../schemas/assessment';
import { isAnswer, listItems, type Answer, type Answers } from './answers';
import { MAX_ALIAS_BYTES, sanitiseAlias } from './alias';
import { BitReader, decodeBase64Url, isBase64Url } from './binary';
import { crc16 } from '../checksum';
import {
  DONT_KNOW,
  HEADER_BYTES,
  MAX_CODE_CHARS,
  MAX_COMMENT_BYTES,
  SHARE_CODE_FORMAT,
  sanitiseComment,
} from './share-code';
import { parseShareInput } from './share-link';
import { sessionIdFromSextets, type SessionId } from './session-id';

/** Messages for each way a share code can fail, worded for the facilitator. */
const say = {
  blank: 'There is nothing to read yet: paste the share code or the link a participant sent you.',
  noCodeInLink:
    'This link is a workshop invitation and holds no answers; paste the code or link a participant sent back after finishing.',
  noAnswers:
    'This code holds no answers: it was made before any statement was answered. Ask the person to answer and send a new code.',
  badCharacters:
    'This code contains characters that are never part of a share code (such as spaces or punctuation inside it); copy it again exactly as it was sent.',
  badLength:
    'This code is too short or too long, so part of it was probably lost or added while copying; copy it again in full.',
  badChecksum:
    'This code does not check out: a character was changed, lost or added while copying. Copy it again exactly as it was sent.',
  badAlias:
    'The name inside this code is damaged, so the code was probably changed while copying; copy it again exactly as it was sent.',
  badComment:
    'A comment inside this code is damaged, so the code was probably changed while copying; copy it again exactly as it was sent.',
  newerFormat:
    'This code was made by a newer version of Accueil than this page; reload this page to get the latest version, then paste the code again.',
  /** The code is for another assessment, or one this build does not know. */
  wrongAssessment: (found: string | undefined, expectedTitle: string): string =>
    found === undefined
      ? `This code is for an assessment this page does not know, not ${expectedTitle}; reload the page, and check that the person used this workshop's invitation link.`
      : `This code is for the "${found}" assessment, not ${expectedTitle}; ask the person to open this workshop's invitation link and send a new code.`,
  /** The code belongs to another workshop session. */
  wrongSession: (found: string, expected: string): string =>
    `This code was made for another workshop session (${found}, not ${expected}); ask the person to open this session's invitation link and send a new code.`,
  /** The code's assessment version is newer than this build's. */
  newerAssessment: (title: string, found: number, current: number): string =>
    `This code was made with a newer version of the ${title} questions (version ${found}; this page has version ${current}). Reload this page to get the latest version, then paste the code again.`,
  /** The code's assessment version is older than this build's. */
  olderAssessment: (title: string, found: number, current: number): string =>
    `This code was made with an older version of the ${title} questions (version ${found}; this page asks version ${current}). The statements have changed since, so its answers cannot be merged; ask the person to open the invitation link again and retake the assessment.`,
} as const;

/** What a share code carries once decoded. */
export interface SharedAnswers {
  /** The code in its canonical form (what encodeShareCode would write). */
  code: string;
  /** The assessment answered. */
  assessmentId: Assessment['id'];
  /** The assessment content version the answers belong to. */
  assessmentVersion: number;
  /** The workshop session the code was made for. */
  sessionId: SessionId;
  /** The answers, keyed by item id. */
  answers: Answers;
  /** The alias the person chose, or '' for none. */
  alias: string;
  /** The random id of the participant's device for this session; null in codes of format 1. */
  participantId: string | null;
  /** How many times the participant made a new code (later codes replace earlier ones); 0 in format 1. */
  revision: number;
  /** The share-code format the code was written in. */
  format: number;
  /** Comments per dimension, in assessment order ('' for none); only in codes of format 3. */
  comments?: string[];
}

/** Why a share code could not be used. */
export type ShareCodeProblem =
  'corrupted' | 'wrong-assessment' | 'wrong-session' | 'newer-version' | 'older-version' | 'empty';

/** The outcome of reading a share code; failures carry a sentence for the facilitator. */
export type ShareCodeResult =
  { ok: true; value: SharedAnswers } | { ok: false; problem: ShareCodeProblem; message: string };

/** What the facilitator's page expects a code to match. */
export interface ShareCodeExpectation {
  /** The assessment the workshop uses, as loaded by this build. */
  assessment: Assessment;
  /** The workshop session; leave out to accept codes from any session. */
  sessionId?: string;
}

/** Reads a bare code or a link holding one and checks it against the workshop; never throws. */
export function decodeShareCode(text: string, expected: ShareCodeExpectation): ShareCodeResult {
  const fail = (problem: ShareCodeProblem, message: string): ShareCodeResult => ({ ok: false, problem, message });
  if (typeof text !== 'string' || text.trim() === '') return fail('empty', say.blank);
  if (text.length > 10_000) return fail('corrupted', say.badLength);
  const code = parseShareInput(text).code;
  if (code === null) return fail('empty', say.noCodeInLink);
  if (!isBase64Url(code)) return fail('corrupted', say.badCharacters);
  if (code.length > MAX_CODE_CHARS) return fail('corrupted', say.badLength);
  const bytes = decodeBase64Url(code);
  if (bytes === null || bytes.length < 11) return fail('corrupted', say.badLength);
  const body = bytes.subarray(0, bytes.length - 2);
  const checksum = ((bytes[bytes.length - 2] ?? 0) << 8) | (bytes[bytes.length - 1] ?? 0);
  if (crc16(body) !== checksum) return fail('corrupted', say.badChecksum);

  const reader = new BitReader(body);
  const format = reader.read(8) ?? 0;
  if (format === 0) return fail('corrupted', say.badChecksum);
  if (format > SHARE_CODE_FORMAT) return fail('newer-version', say.newerFormat);
  const headerBytes = HEADER_BYTES[format] ?? 0;
  if (bytes.length < headerBytes + 2) return fail('corrupted', say.badLength);
  const { assessment } = expected;
  const assessmentIndex = reader.read(8) ?? 0;
  const found = assessmentIds[assessmentIndex];
  if (found !== assessment.id) return fail('wrong-assessment', say.wrongAssessment(found, assessment.title));
  const version = reader.read(8) ?? 0;
  const itemCount = reader.read(8) ?? 0;
  if (version === 0 || reader.read(4) !== 0) return fail('corrupted', say.badChecksum);
  const sessionId = sessionIdFromSextets(Array.from({ length: 6 }, () => reader.read(6) ?? 0));
  if (expected.sessionId !== undefined && expected.sessionId !== sessionId) {
    return fail('wrong-session', say.wrongSession(sessionId, expected.sessionId));
  }
  let participantId: string | null = null;
  let revision = 0;
  if (format >= 2) {
    participantId = sessionIdFromSextets(Array.from({ length: 6 }, () => reader.read(6) ?? 0));
    revision = reader.read(12) ?? 0;
  }
  if (version > assessment.version)
    return fail('newer-version', say.newerAssessment(assessment.title, version, assessment.version));
  if (version < assessment.version)
    return fail('older-version', say.olderAssessment(assessment.title, version, assessment.version));

  const items = listItems(assessment);
  const answerBytes = Math.ceil((items.length * 3) / 8);
  const tailBytes = body.length - headerBytes - answerBytes;
  if (itemCount !== items.length || tailBytes < 0 || (format < 3 && tailBytes > MAX_ALIAS_BYTES)) {
    return fail('corrupted', say.badLength);
  }
  const answers: Record<string, Answer> = {};
  for (const { item } of items) {
    const packed = reader.read(3) ?? 7;
    const answer: unknown = packed === DONT_KNOW ? 'dk' : packed;
    if (packed > DONT_KNOW) return fail('corrupted', say.badChecksum);
    if (packed !== 0 && isAnswer(answer)) answers[item.id] = answer;
  }
  // Padding bits are always written as zero; anything else means a damaged or forged code.
  while (reader.offset % 8 !== 0) if (reader.read(1) !== 0) return fail('corrupted', say.badChecksum);
  const tail = body.subarray(headerBytes + answerBytes);
  const read = format >= 3 ? readCommentTail(tail, assessment.dimensions.length) : { alias: decodeAlias(tail) };
  if (read === null) return fail('corrupted', say.badLength);
  const { alias } = read;
  if (alias === null) return fail('corrupted', say.badAlias);
  if ('comments' in read && read.comments === null) return fail('corrupted', say.badComment);
  if (Object.keys(answers).length === 0) return fail('empty', say.noAnswers);
  return {
    ok: true,
    value: {
      code,
      assessmentId: assessment.id,
      assessmentVersion: version,
      sessionId,
      answers,
      alias,
      participantId,
      revision,
      format,
      ...('comments' in read && read.comments ? { comments: read.comments } : {}),
    },
  };
}

/**
 * Reads the tail of a format-3 code: the alias, then each comment. Null when its lengths do not add
 * up; a null alias or comments when a text is damaged or not in its clean form.
 */
function readCommentTail(
  tail: Uint8Array,
  dimensions: number,
): { alias: string | null; comments: string[] | null } | null {
  const aliasLength = tail[0];
  if (aliasLength === undefined || aliasLength > MAX_ALIAS_BYTES || 1 + aliasLength > tail.length) return null;
  const alias = decodeAlias(tail.subarray(1, 1 + aliasLength));
  const comments = Array.from({ length: dimensions }, () => '');
  let at = 1 + aliasLength;
  let previous = -1;
  while (at < tail.length) {
    const index = tail[at] ?? 0;
    const length = tail[at + 1] ?? 0;
    if (at + 2 + length > tail.length || length === 0 || length > MAX_COMMENT_BYTES) return null;
    const comment = decodeText(tail.subarray(at + 2, at + 2 + length));
    // Comments come in dimension order, each once, clean, for a dimension the assessment has.
    if (index <= previous || index >= dimensions || comment === null || sanitiseComment(comment) !== comment) {
      return { alias, comments: null };
    }
    comments[index] = comment;
    previous = index;
    at += 2 + length;
  }
  // A version-3 code always carries a comment; without one it would have been written as version 2.
  return { alias, comments: previous === -1 ? null : comments };
}

function decodeText(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function decodeAlias(bytes: Uint8Array): string | null {
  try {
    const alias = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return sanitiseAlias(alias) === alias ? alias : null;
  } catch {
    return null;
  }
}
