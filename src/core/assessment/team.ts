// The participants of one workshop, built up from pasted share codes. Everything stays on the
// facilitator's device; a participant is only what their code carried.
import {
  decodeShareCode,
  type ShareCodeExpectation,
  type ShareCodeProblem,
  type SharedAnswers,
} from './share-code-reader';
import { parseManyCodes } from './share-link';

/**
 * A participant merged into a session. `key` is the canonical share code (what the session stores
 * and what Remove uses). Codes of format 2 carry a random participant id, so a person who changes
 * their answers and sends a new code replaces their earlier one; codes of format 1 have none, so
 * each distinct code counts as one person, as those builds always did.
 */
export type Participant<T extends RosterCode = SharedAnswers> = T & {
  /** The canonical code, as stored in the session. */
  key: string;
};

/** What the roster needs from any decoded code (an assessment's or a journey's). */
export type RosterCode = Pick<SharedAnswers, 'code' | 'alias' | 'participantId' | 'revision'>;

/** What happened to one code: added, replaced an earlier one, already there, older than the one kept, or unusable. */
export type CodeStatus = 'added' | 'updated' | 'duplicate' | 'outdated' | 'rejected';

/** What happened when a participant was added. */
export interface AddOutcome<T extends RosterCode = SharedAnswers> {
  status: Exclude<CodeStatus, 'rejected'>;
  participants: Participant<T>[];
  /** Where the participant is in the list. */
  index: number;
  message: string;
}

/** What happened to one candidate found in pasted text. */
export interface CodeOutcome {
  /** The code or link as pasted. */
  input: string;
  /** Added, updated, already there, older than the one kept, or not usable. */
  status: CodeStatus;
  /** Why it was rejected, when it was. */
  problem?: ShareCodeProblem;
  /** The participant's alias, when the code could be read. */
  alias?: string;
  /** A sentence for the facilitator. */
  message: string;
}

/** The identity of a person behind a code: their participant id, or for old codes the code itself. */
export function participantIdentity(shared: Pick<SharedAnswers, 'participantId' | 'code'>): string {
  return shared.participantId === null ? `code:${shared.code}` : `id:${shared.participantId}`;
}

/** The identity of a decoded code, used to spot duplicates. */
function participantKey(shared: Pick<SharedAnswers, 'code'>): string {
  return shared.code;
}

/** A name for a participant in messages: the alias, or "Participant N" (1-based) without one. */
export function describeParticipant(participant: Pick<SharedAnswers, 'alias'>, index: number): string {
  return participant.alias !== '' ? participant.alias : `Participant ${index + 1}`;
}

const OLD_FORMAT_NOTE =
  ' This code comes from an older version of Accueil that cannot tell one person’s new code from another person’s, so if this person sends a new code, remove their older one.';

/**
 * Adds a decoded code, keeping insertion order. A code already present is not added again; a newer
 * code from the same participant (higher revision) replaces theirs in place; an older one is ignored.
 */
export function addParticipant<T extends RosterCode = SharedAnswers>(
  participants: readonly Participant<T>[],
  shared: T,
): AddOutcome<T> {
  const key = participantKey(shared);
  const same = participants.findIndex((p) => p.key === key);
  if (same !== -1) {
    const who = describeParticipant(shared, same);
    return {
      status: 'duplicate',
      participants: [...participants],
      index: same,
      message: `This code was already added (${who}), so it counts once.`,
    };
  }
  const identity = participantIdentity(shared);
  const earlier = participants.findIndex((p) => participantIdentity(p) === identity);
  const participant: Participant<T> = { ...shared, key };
  if (earlier !== -1) {
    const kept = participants[earlier];
    const who = describeParticipant(shared, earlier);
    if (kept && shared.revision > kept.revision) {
      const next = [...participants];
      next[earlier] = participant;
      return {
        status: 'updated',
        participants: next,
        index: earlier,
        message: `Updated ${who}: this newer code replaces their earlier answers, so they still count once.`,
      };
    }
    return {
      status: 'outdated',
      participants: [...participants],
      index: earlier,
      message: `This is an older code from ${who}; their newer answers are kept, so it was not used.`,
    };
  }
  const index = participants.length;
  const who = describeParticipant(shared, index);
  // The same alias on another device is usually a person who started again on another phone.
  const clash = shared.alias !== '' && participants.some((p) => p.alias === shared.alias);
  const note = clash
    ? ` Another code already uses the name "${shared.alias}"; if it is the same person, remove the older one.`
    : '';
  const old = shared.participantId === null ? OLD_FORMAT_NOTE : '';
  return {
    status: 'added',
    participants: [...participants, participant],
    index,
    message: `Added ${who}.${note}${old}`,
  };
}

/** Reads every code or link in pasted text and adds the usable ones, reporting on each. */
export function addCodes(
  participants: readonly Participant[],
  text: string,
  expected: ShareCodeExpectation,
): { participants: Participant[]; outcomes: CodeOutcome[] } {
  let current: Participant[] = [...participants];
  const outcomes: CodeOutcome[] = [];
  for (const input of parseManyCodes(text)) {
    const decoded = decodeShareCode(input, expected);
    if (!decoded.ok) {
      outcomes.push({ input, status: 'rejected', problem: decoded.problem, message: decoded.message });
      continue;
    }
    const added = addParticipant(current, decoded.value);
    current = added.participants;
    outcomes.push({ input, status: added.status, alias: decoded.value.alias, message: added.message });
  }
  return { participants: current, outcomes };
}
