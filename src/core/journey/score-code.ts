// Journey score codes: one participant's scores for the moments of a journey session, packed like
// the assessment's share codes (canonical base64url, CRC-16 at the end, bits most significant first)
// and read with the same tools, so the same paste box, links and roster rules apply.
//   8 tag (0x81: journey family, format 1) | 36 session id | 36 participant id | 12 revision
//   16 snapshot check (invitation.ts) | 8 moment count
//   per moment 11: 4 feeling (0 unscored, 1-7 = -3..+3, 8 don't know) | 3 impact (0 unscored, 1-5,
//     6 don't know) | 3 frequency (same) | 1 "I have seen this happen"
//   2 proposal count (0-3) | zero bits to the next byte
//   alias (1 length byte + UTF-8, up to 16) | per proposal: 1 stage (0 none, else stage number),
//     title (1 length byte + UTF-8, 1-60), description (1 length byte + UTF-8, 0-160) | 16 CRC
// The high bit of the first byte keeps journey codes apart from assessment codes (formats 1 and 2),
// so a code pasted into the wrong tool is named as such rather than taken for a damaged one.
import { MAX_ALIAS_BYTES, cleanShortText, sanitiseAlias } from '../assessment/alias';
import { BitReader, BitWriter, decodeBase64Url, encodeBase64Url, isBase64Url } from '../assessment/binary';
import { crc16 } from '../checksum';
import { parseShareInput } from '../assessment/share-link';
import { parseSessionId, sessionIdFromSextets, sessionIdToSextets, type SessionId } from '../assessment/session-id';
import { LIMITS } from './limits';

/** The tag byte this build writes; tags above it (with the high bit) come from newer builds. */
const SCORE_CODE_TAG = 0x81;
/** Highest revision a code can carry (12 bits, as in the assessment's codes). */
export const MAX_REVISION = 4095;
/** The most moments a participant may propose. */
export const MAX_PROPOSALS = 3;
/** Byte limits of a proposed moment's texts (about 60 and 160 letters of a Latin script). */
export const PROPOSAL_LIMITS = { title: 60, description: 160 } as const;
/** The longest code accepted, in characters (200 moments and three full proposals fit). */
const MAX_SCORE_CODE_CHARS = 1400;

/** A score, "don't know" or nothing given. */
export type Score = number | 'dk' | null;

/** One participant's view of one moment. */
export interface MomentScore {
  /** -3 to +3, 'dk' or null. */
  feeling: Score;
  /** 1 to 5, 'dk' or null. */
  impact: Score;
  /** 1 to 5, 'dk' or null. */
  frequency: Score;
  /** "I have seen this happen." */
  seen: boolean;
}

/** A moment a participant thinks the map is missing. */
export interface ProposedMoment {
  title: string;
  /** The stage's position in the session (0-based), or null when none was chosen. */
  stage: number | null;
  description: string;
}

/** What a score code carries once decoded. */
export interface JourneyScores {
  /** The code in its canonical form. */
  code: string;
  sessionId: SessionId;
  /** The participant's random id for this session. */
  participantId: string;
  revision: number;
  alias: string;
  /** One entry per moment of the session, in journey order. */
  scores: MomentScore[];
  proposals: ProposedMoment[];
}

/** What a participant's page packs into a code. */
export interface ScoreCodeInput {
  sessionId: SessionId;
  participantId: SessionId;
  revision: number;
  alias?: string;
  /** The session's snapshot check (invitation.ts). */
  check: number;
  scores: readonly MomentScore[];
  proposals?: readonly ProposedMoment[];
  /** How many stages the session has, so a proposal's stage can be checked. */
  stageCount: number;
}

/** What the facilitator's page expects a code to match. */
export interface ScoreCodeExpectation {
  sessionId: SessionId;
  check: number;
  momentCount: number;
  stageCount: number;
}

/** Why a code could not be used. */
export type ScoreCodeProblem =
  'empty' | 'corrupted' | 'assessment-code' | 'newer-version' | 'wrong-session' | 'changed-moments';

/** The outcome of reading a score code. */
export type ScoreCodeResult =
  { ok: true; value: JourneyScores } | { ok: false; problem: ScoreCodeProblem; message: string };

const say = {
  blank: 'There is nothing to read yet: paste the code or the link a participant sent you.',
  noCode:
    'This link is the session’s invitation and holds no scores; paste the code or link a participant sent back after scoring.',
  badCharacters:
    'This code contains characters that are never part of a score code (such as spaces or punctuation inside it); copy it again exactly as it was sent.',
  badLength:
    'This code is too short or too long, so part of it was probably lost or added while copying; copy it again in full.',
  badChecksum:
    'This code does not check out: a character was changed, lost or added while copying. Copy it again exactly as it was sent.',
  assessment:
    'This is a self-assessment share code, not a journey score code; paste it into the workshop it was made for.',
  newer:
    'This code was made by a newer version of Accueil than this page; reload this page to get the latest version, then paste the code again.',
  wrongSession: (found: string, expected: string) =>
    `This code was made for another journey session (${found}, not ${expected}); ask the person to open this session’s invitation link and send a new code.`,
  changed:
    'This code scores a different set of moments than this session shows (the invitation the person opened was made before the worksheet changed, or for another one); ask them to open this session’s invitation link and send a new code.',
  nothing:
    'This code holds no scores, no "I have seen this happen" and no proposed moment; ask the person to score at least one moment and send a new code.',
} as const;

const FEELING_DK = 8;
const SCALE_DK = 6;

function packFeeling(value: Score): number {
  if (value === 'dk') return FEELING_DK;
  return typeof value === 'number' && Number.isInteger(value) && value >= -3 && value <= 3 ? value + 4 : 0;
}

function packScale(value: Score): number {
  if (value === 'dk') return SCALE_DK;
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5 ? value : 0;
}

/** A proposal's texts cleaned and cut as the code carries them; null when its title is empty. */
function cleanProposal(proposal: ProposedMoment, stageCount: number): ProposedMoment | null {
  const title = cleanShortText(proposal.title, PROPOSAL_LIMITS.title);
  if (title === '') return null;
  const stage =
    proposal.stage !== null && Number.isInteger(proposal.stage) && proposal.stage >= 0 && proposal.stage < stageCount
      ? proposal.stage
      : null;
  return { title, stage, description: cleanShortText(proposal.description, PROPOSAL_LIMITS.description) };
}

function writeText(writer: BitWriter, text: string): void {
  const bytes = new TextEncoder().encode(text);
  writer.write(bytes.length, 8);
  for (const byte of bytes) writer.write(byte, 8);
}

/** Packs a participant's scores into a code (base64url, no padding). */
export function encodeScoreCode(input: ScoreCodeInput): string {
  const writer = new BitWriter();
  writer.write(SCORE_CODE_TAG, 8);
  for (const sextet of sessionIdToSextets(input.sessionId)) writer.write(sextet, 6);
  for (const sextet of sessionIdToSextets(input.participantId)) writer.write(sextet, 6);
  writer.write(Math.max(0, Math.min(MAX_REVISION, Math.floor(input.revision) || 0)), 12);
  writer.write(input.check & 0xffff, 16);
  const scores = input.scores.slice(0, LIMITS.moments);
  writer.write(scores.length, 8);
  for (const score of scores) {
    writer.write(packFeeling(score.feeling), 4);
    writer.write(packScale(score.impact), 3);
    writer.write(packScale(score.frequency), 3);
    writer.write(score.seen ? 1 : 0, 1);
  }
  const proposals = (input.proposals ?? [])
    .flatMap((proposal) => cleanProposal(proposal, input.stageCount) ?? [])
    .slice(0, MAX_PROPOSALS);
  writer.write(proposals.length, 2);
  writer.alignToByte();
  writeText(writer, sanitiseAlias(input.alias ?? ''));
  for (const proposal of proposals) {
    writer.write(proposal.stage === null ? 0 : proposal.stage + 1, 8);
    writeText(writer, proposal.title);
    writeText(writer, proposal.description);
  }
  const bodyBytes = writer.toBytes();
  const checksum = crc16(bodyBytes);
  const bytes = new Uint8Array(bodyBytes.length + 2);
  bytes.set(bodyBytes);
  bytes[bodyBytes.length] = checksum >> 8;
  bytes[bodyBytes.length + 1] = checksum & 255;
  return encodeBase64Url(bytes);
}

function unpackFeeling(packed: number): Score | undefined {
  if (packed === 0) return null;
  if (packed === FEELING_DK) return 'dk';
  return packed <= 7 ? packed - 4 : undefined;
}

function unpackScale(packed: number): Score | undefined {
  if (packed === 0) return null;
  if (packed === SCALE_DK) return 'dk';
  return packed <= 5 ? packed : undefined;
}

/** Reads a bare code or a link holding one and checks it against the session; never throws. */
export function decodeScoreCode(text: string, expected: ScoreCodeExpectation): ScoreCodeResult {
  const fail = (problem: ScoreCodeProblem, message: string): ScoreCodeResult => ({ ok: false, problem, message });
  if (typeof text !== 'string' || text.trim() === '') return fail('empty', say.blank);
  if (text.length > 10_000) return fail('corrupted', say.badLength);
  const code = parseShareInput(text).code;
  if (code === null) return fail('empty', say.noCode);
  if (!isBase64Url(code)) return fail('corrupted', say.badCharacters);
  if (code.length > MAX_SCORE_CODE_CHARS) return fail('corrupted', say.badLength);
  const bytes = decodeBase64Url(code);
  if (bytes === null || bytes.length < 4) return fail('corrupted', say.badLength);
  const body = bytes.subarray(0, bytes.length - 2);
  const checksum = ((bytes[bytes.length - 2] ?? 0) << 8) | (bytes[bytes.length - 1] ?? 0);
  if (crc16(body) !== checksum) return fail('corrupted', say.badChecksum);
  const reader = new BitReader(body);
  const tag = reader.read(8) ?? 0;
  if (tag === 1 || tag === 2) return fail('assessment-code', say.assessment);
  if (tag > SCORE_CODE_TAG && tag < 0x100) return fail('newer-version', say.newer);
  if (tag !== SCORE_CODE_TAG || body.length < 16) return fail('corrupted', say.badLength);
  const sextets = () => Array.from({ length: 6 }, () => reader.read(6) ?? 0);
  const sessionId = sessionIdFromSextets(sextets());
  if (sessionId !== expected.sessionId) return fail('wrong-session', say.wrongSession(sessionId, expected.sessionId));
  const participantId = sessionIdFromSextets(sextets());
  const revision = reader.read(12) ?? 0;
  const check = reader.read(16);
  const count = reader.read(8);
  if (check !== expected.check || count !== expected.momentCount) return fail('changed-moments', say.changed);
  const scores: MomentScore[] = [];
  for (let index = 0; index < count; index += 1) {
    const feeling = unpackFeeling(reader.read(4) ?? 15);
    const impact = unpackScale(reader.read(3) ?? 7);
    const frequency = unpackScale(reader.read(3) ?? 7);
    const seen = reader.read(1);
    if (feeling === undefined || impact === undefined || frequency === undefined || seen === null)
      return fail('corrupted', say.badChecksum);
    scores.push({ feeling, impact, frequency, seen: seen === 1 });
  }
  const proposalCount = reader.read(2);
  if (proposalCount === null) return fail('corrupted', say.badLength);
  // Padding bits are always written as zero; anything else means a damaged or forged code.
  while (reader.offset % 8 !== 0) if (reader.read(1) !== 0) return fail('corrupted', say.badChecksum);
  let position = reader.offset / 8;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const readText = (limit: number): string | null => {
    const length = body[position];
    if (length === undefined || length > limit || position + 1 + length > body.length) return null;
    const slice = body.subarray(position + 1, position + 1 + length);
    position += 1 + length;
    try {
      const value = decoder.decode(slice);
      return cleanShortText(value, limit) === value ? value : null;
    } catch {
      return null;
    }
  };
  const alias = readText(MAX_ALIAS_BYTES);
  if (alias === null) return fail('corrupted', say.badChecksum);
  const proposals: ProposedMoment[] = [];
  for (let index = 0; index < proposalCount; index += 1) {
    const stageByte = body[position];
    position += 1;
    const title = readText(PROPOSAL_LIMITS.title);
    const description = readText(PROPOSAL_LIMITS.description);
    if (
      stageByte === undefined ||
      stageByte > expected.stageCount ||
      title === null ||
      title === '' ||
      description === null
    )
      return fail('corrupted', say.badChecksum);
    proposals.push({ title, stage: stageByte === 0 ? null : stageByte - 1, description });
  }
  if (position !== body.length) return fail('corrupted', say.badLength);
  const anything =
    proposals.length > 0 ||
    scores.some((s) => s.seen || s.feeling !== null || s.impact !== null || s.frequency !== null);
  if (!anything) return fail('empty', say.nothing);
  if (parseSessionId(participantId) === null) return fail('corrupted', say.badChecksum);
  return { ok: true, value: { code, sessionId, participantId, revision, alias, scores, proposals } };
}
