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
// This file writes codes, on the participant's device; share-code-reader.ts reads and checks them
// on the facilitator's, with a sentence for every way a code can fail.
import { assessmentIds } from '../../schemas/assessment-ids';
import type { Assessment } from '../../schemas/assessment';
import { isRating, listItems, readAnswer, type Answer, type Answers } from './answers';
import { cleanShortText, sanitiseAlias, utf8Length } from './alias';
import { BitWriter, encodeBase64Url } from './binary';
import { crc16 } from '../checksum';
import { parseSessionId, sessionIdToSextets, type SessionId } from './session-id';

/** The newest share-code layout this build reads (and writes, for a code with comments). */
export const SHARE_CODE_FORMAT = 3;
/** The layout written for a code without comments, which every build since participant ids reads. */
const PLAIN_FORMAT = 2;

/** Header bytes of each format: version 1 had no participant id or revision. */
export const HEADER_BYTES: Record<number, number> = { 1: 9, 2: 15, 3: 15 };
/** Longest code, in characters, and the bytes it holds. */
export const MAX_CODE_CHARS = 100;
const MAX_CODE_BYTES = Math.floor((MAX_CODE_CHARS * 6) / 8);
/** Longest single comment, in UTF-8 bytes (the room left in the code is usually the tighter limit). */
export const MAX_COMMENT_BYTES = 60;
/** Highest revision a code can carry. */
export const MAX_REVISION = 4095;
/** How an answer of "don't know" is packed (1-5 are the ratings, 0 unanswered). */
export const DONT_KNOW = 6;

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
