// The invitation to score a journey: what a participant's phone needs to show the worksheet (its
// name, its stages, and each moment's title and a short description), packed into bytes that travel
// in the join link's fragment. Nothing else of the worksheet leaves the facilitator's device.
//
// Layout (bytes): 1 tag (0x81: journey family, invitation format 1) | 6 session id as text
//   | name (1 length byte + UTF-8) | 1 stage count | per stage: name, 1 moment count,
//   per moment: title, description | 2 CRC-16 of everything before.
// Every text is cleaned and cut to its byte limit, so one encoding exists for each snapshot; its
// checksum (snapshotCheck) ties a participant's code to exactly these moments in this order.
import { cleanShortText } from '../assessment/alias';
import { crc16 } from '../checksum';
import { parseSessionId, type SessionId } from '../assessment/session-id';
import { LIMITS } from './limits';
import type { Worksheet } from './model';
import { sortStages, stageMoments } from './order';

/** The tag byte of every journey invitation this build writes and reads. */
const INVITATION_TAG = 0x81;
/** Byte limits of the texts an invitation carries. */
export const INVITATION_LIMITS = { name: 120, stage: 80, title: 120, description: 200 } as const;
/** The largest invitation, in bytes, before compression. */
const MAX_INVITATION_BYTES = 60_000;

/** A moment as participants see it. */
export interface SnapshotMoment {
  /** The worksheet's id for the moment (kept on the facilitator's device only). */
  id: string;
  title: string;
  description: string;
}

/** A stage as participants see it. */
export interface SnapshotStage {
  id: string;
  name: string;
  moments: SnapshotMoment[];
}

/** The worksheet as the session scores it. */
export interface JourneySnapshot {
  name: string;
  stages: SnapshotStage[];
}

/** What a participant's phone reads from the link: the snapshot without the worksheet's ids. */
export interface Invitation {
  sessionId: SessionId;
  name: string;
  stages: { name: string; moments: { title: string; description: string }[] }[];
}

const clean = cleanShortText;

/** The stages (in order, those with moments) and moments of a worksheet, their texts cut to the limits. */
export function snapshotWorksheet(sheet: Worksheet): JourneySnapshot {
  return {
    name: clean(sheet.name, INVITATION_LIMITS.name),
    stages: sortStages(sheet)
      .map((stage) => ({
        id: stage.id,
        name: clean(stage.name, INVITATION_LIMITS.stage),
        moments: stageMoments(sheet, stage.id).map((moment) => ({
          id: moment.id,
          title: clean(moment.title, INVITATION_LIMITS.title) || 'Untitled moment',
          description: clean(moment.whatHappens, INVITATION_LIMITS.description),
        })),
      }))
      .filter((stage) => stage.moments.length > 0),
  };
}

/** Every moment of a snapshot in journey order, with its stage index. */
export function snapshotMoments(snapshot: JourneySnapshot): (SnapshotMoment & { stage: number })[] {
  return snapshot.stages.flatMap((stage, index) => stage.moments.map((moment) => ({ ...moment, stage: index })));
}

function pushText(out: number[], text: string): void {
  const bytes = new TextEncoder().encode(text);
  out.push(bytes.length, ...bytes);
}

function body(sessionId: SessionId, snapshot: JourneySnapshot): number[] {
  const out: number[] = [INVITATION_TAG];
  for (const char of sessionId) out.push(char.charCodeAt(0));
  pushText(out, clean(snapshot.name, INVITATION_LIMITS.name));
  out.push(snapshot.stages.length);
  for (const stage of snapshot.stages) {
    pushText(out, clean(stage.name, INVITATION_LIMITS.stage));
    out.push(stage.moments.length);
    for (const moment of stage.moments) {
      pushText(out, clean(moment.title, INVITATION_LIMITS.title));
      pushText(out, clean(moment.description, INVITATION_LIMITS.description));
    }
  }
  return out;
}

/** The invitation's bytes (before any compression for the link). */
export function encodeInvitation(sessionId: SessionId, snapshot: JourneySnapshot): Uint8Array {
  const bytes = body(sessionId, snapshot);
  const check = crc16(Uint8Array.from(bytes));
  bytes.push(check >> 8, check & 255);
  return Uint8Array.from(bytes);
}

/** The checksum that ties a participant's code to this session's moments (0 to 65535). */
export function snapshotCheck(sessionId: SessionId, snapshot: JourneySnapshot): number {
  return crc16(Uint8Array.from(body(sessionId, snapshot)));
}

/** Why an invitation could not be read, in words for the participant. */
export const INVITATION_DAMAGED =
  'This invitation link is incomplete or damaged, so the journey cannot be shown. Ask the facilitator to share the link again, or scan the QR code on the screen.';
/** The invitation was made by a newer build. */
const INVITATION_NEWER =
  'This invitation was made by a newer version of Accueil than this page. Reload the page to get the latest version, then open the link again.';

/** Reads invitation bytes; never throws. */
export function decodeInvitation(
  bytes: Uint8Array,
): { ok: true; value: Invitation; check: number } | { ok: false; message: string } {
  const fail = (message: string) => ({ ok: false as const, message });
  if (bytes.length < 12 || bytes.length > MAX_INVITATION_BYTES) return fail(INVITATION_DAMAGED);
  const content = bytes.subarray(0, bytes.length - 2);
  const check = ((bytes[bytes.length - 2] ?? 0) << 8) | (bytes[bytes.length - 1] ?? 0);
  if (crc16(content) !== check) return fail(INVITATION_DAMAGED);
  const tag = content[0] ?? 0;
  if (tag !== INVITATION_TAG)
    return fail((tag & 0x80) !== 0 && tag > INVITATION_TAG ? INVITATION_NEWER : INVITATION_DAMAGED);
  const sessionId = parseSessionId(String.fromCharCode(...content.subarray(1, 7)));
  if (sessionId === null) return fail(INVITATION_DAMAGED);
  let position = 7;
  const byte = (): number | null => (position < content.length ? (content[position++] ?? null) : null);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const text = (limit: number): string | null => {
    const length = byte();
    if (length === null || length > limit || position + length > content.length) return null;
    const slice = content.subarray(position, position + length);
    position += length;
    try {
      const value = decoder.decode(slice);
      return clean(value, limit) === value ? value : null;
    } catch {
      return null;
    }
  };
  const name = text(INVITATION_LIMITS.name);
  const stageCount = byte();
  if (name === null || stageCount === null || stageCount < 1 || stageCount > LIMITS.stages)
    return fail(INVITATION_DAMAGED);
  const stages: Invitation['stages'] = [];
  let total = 0;
  for (let index = 0; index < stageCount; index += 1) {
    const stageName = text(INVITATION_LIMITS.stage);
    const count = byte();
    if (stageName === null || count === null || count < 1) return fail(INVITATION_DAMAGED);
    total += count;
    if (total > LIMITS.moments) return fail(INVITATION_DAMAGED);
    const moments: Invitation['stages'][number]['moments'] = [];
    for (let m = 0; m < count; m += 1) {
      const title = text(INVITATION_LIMITS.title);
      const description = text(INVITATION_LIMITS.description);
      if (title === null || title === '' || description === null) return fail(INVITATION_DAMAGED);
      moments.push({ title, description });
    }
    stages.push({ name: stageName, moments });
  }
  if (position !== content.length) return fail(INVITATION_DAMAGED);
  return { ok: true, value: { sessionId, name, stages }, check: crc16(content) };
}
