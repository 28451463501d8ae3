// Share codes: one person's answers, packed small enough to send in a chat message or a link.
//
// The outer envelope never changes, so any build can tell a damaged code from a newer one: the
// text is canonical base64url without padding, and the bytes end in a CRC-16 of everything before
// it. Inside, version 2 is laid out in bits, most significant first:
//   8 format version | 8 assessment index in assessmentIds | 8 assessment content version
//   8 item count | 4 zero | 36 session id (6 × 6) | 36 participant id (6 × 6) | 12 revision
//   3 per item: 0 unanswered, 1-5, 6 don't know
//   zero bits to the next byte | alias in UTF-8 (0-16 bytes, the rest of the bytes) | 16 CRC
// Version 1 is the same without the participant id and the revision. Version 3 is version 2 with
// the participant's optional comments, one short text per dimension, after the answers:
//   zero bits to the next byte | 8 alias length | alias in UTF-8 |
//   per comment, in dimension order: 8 dimension index | 8 length | comment in UTF-8 | 16 CRC
// A code without comments is still written as version 2, so earlier builds read it as before, and
// every code stays within 100 characters: comments share what room the answers and alias leave. The participant id is random,
// made once on the participant's device for the session, so a re-sent code replaces the earlier one
// without saying who the person is; the revision orders their codes, whatever order they arrive in.
import { assessmentIds } from '../../schemas/assessment-ids';
import type { Assessment } from '../../schemas/assessment';
import { isAnswer, isRating, listItems, readAnswer, type Answer, type Answers } from './answers';
import { MAX_ALIAS_BYTES, cleanShortText, sanitiseAlias, utf8Length } from './alias';
import { BitReader, BitWriter, crc16, decodeBase64Url, encodeBase64Url, isBase64Url } from './binary';
import { parseShareInput } from './share-link';
import { parseSessionId, sessionIdFromSextets, sessionIdToSextets, type SessionId } from './session-id';

/** The newest share-code layout this build reads (and writes, for a code with comments). */
export const SHARE_CODE_FORMAT = 3;
/** The layout written for a code without comments, which every build since participant ids reads. */
const PLAIN_FORMAT = 2;

/** Header bytes of each format: version 1 had no participant id or revision. */
const HEADER_BYTES: Record<number, number> = { 1: 9, 2: 15, 3: 15 };
/** Longest code, in characters, and the bytes it holds. */
export const MAX_CODE_CHARS = 100;
const MAX_CODE_BYTES = Math.floor((MAX_CODE_CHARS * 6) / 8);
/** Longest single comment, in UTF-8 bytes (the room left in the code is usually the tighter limit). */
export const MAX_COMMENT_BYTES = 60;
/** Highest revision a code can carry. */
export const MAX_REVISION = 4095;
const DONT_KNOW = 6;

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

/** What a participant's page packs into a code. */
export interface ShareCodeInput {
  /** The workshop session from the invitation link. */
  sessionId: SessionId;
  /** The person's answers; invalid values and unknown item ids are left out. */
  answers: Answers;
  /** An optional alias; it is cleaned with sanitiseAlias. */
  alias?: string;
  /**
   * The participant's random id for this session (6 base64url characters). Without one the code is
   * written in format 1, as earlier builds wrote it, where each distinct code counts as a person.
   */
  participantId?: string | null;
  /** The participant's revision; a later code carries a higher one (0 to 4095). */
  revision?: number;
  /**
   * Optional comments, one per dimension in assessment order ('' for none), cleaned like an alias.
   * They need a participant id; those that do not fit in the code's room are left out (see commentRoom).
   */
  comments?: readonly string[];
}

/** A comment as the code carries it: cleaned like an alias, at most MAX_COMMENT_BYTES. */
export function sanitiseComment(raw: string): string {
  return cleanShortText(raw, MAX_COMMENT_BYTES);
}

// Bytes of a code before any comment: header, answers, alias length and alias, checksum.
function baseBytes(assessment: Assessment, alias: string): number {
  const answerBytes = Math.ceil((listItems(assessment).length * 3) / 8);
  return (HEADER_BYTES[SHARE_CODE_FORMAT] ?? 0) + answerBytes + 1 + utf8Length(sanitiseAlias(alias)) + 2;
}

/**
 * The bytes of room left in a code for these comments (negative when they do not fit): each
 * comment takes its UTF-8 length plus 2. The participant's screen shows it as it is typed.
 */
export function commentRoom(assessment: Assessment, alias: string, comments: readonly string[]): number {
  const used = comments
    .map(sanitiseComment)
    .filter((c) => c !== '')
    .reduce((sum, c) => sum + 2 + utf8Length(c), 0);
  return MAX_CODE_BYTES - baseBytes(assessment, alias) - used;
}

// The comments a code will carry: cleaned, and only while they fit, in dimension order.
function fittingComments(assessment: Assessment, alias: string, comments: readonly string[]): [number, string][] {
  let room = MAX_CODE_BYTES - baseBytes(assessment, alias);
  const kept: [number, string][] = [];
  assessment.dimensions.forEach((_, index) => {
    const comment = sanitiseComment(comments[index] ?? '');
    if (comment === '' || room < 3) return;
    const fitted = cleanShortText(comment, room - 2);
    if (fitted === '') return;
    kept.push([index, fitted]);
    room -= 2 + utf8Length(fitted);
  });
  return kept;
}

/** Packs answers into a share code (base64url, no padding); format 2 when given a participant id. */
export function encodeShareCode(assessment: Assessment, input: ShareCodeInput): string {
  const participantId = parseSessionId(input.participantId ?? '');
  const comments = participantId === null ? [] : fittingComments(assessment, input.alias ?? '', input.comments ?? []);
  const format = participantId === null ? 1 : comments.length > 0 ? SHARE_CODE_FORMAT : PLAIN_FORMAT;
  const items = listItems(assessment);
  const writer = new BitWriter();
  writer.write(format, 8);
  writer.write(assessmentIds.indexOf(assessment.id), 8);
  writer.write(assessment.version, 8);
  writer.write(items.length, 8);
  writer.write(0, 4);
  for (const sextet of sessionIdToSextets(input.sessionId)) writer.write(sextet, 6);
  if (participantId !== null) {
    for (const sextet of sessionIdToSextets(participantId)) writer.write(sextet, 6);
    writer.write(Math.max(0, Math.min(MAX_REVISION, Math.floor(input.revision ?? 0) || 0)), 12);
  }
  for (const { item } of items) writer.write(packAnswer(readAnswer(input.answers, item.id)), 3);
  const alias = new TextEncoder().encode(sanitiseAlias(input.alias ?? ''));
  if (format >= 3) {
    writer.alignToByte();
    writer.write(alias.length, 8);
  }
  writer.writeBytes(alias);
  for (const [index, comment] of comments) {
    const bytes = new TextEncoder().encode(comment);
    writer.write(index, 8);
    writer.write(bytes.length, 8);
    writer.writeBytes(bytes);
  }
  const body = writer.toBytes();
  const checksum = crc16(body);
  const bytes = new Uint8Array(body.length + 2);
  bytes.set(body);
  bytes[body.length] = checksum >> 8;
  bytes[body.length + 1] = checksum & 255;
  return encodeBase64Url(bytes);
}

function packAnswer(answer: Answer | undefined): number {
  if (answer === 'dk') return DONT_KNOW;
  return isRating(answer) ? answer : 0;
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
