// The participants of one workshop, built up from pasted share codes. Everything stays on the
// facilitator's device; a participant is only what their code carried.
import { decodeShareCode, type ShareCodeExpectation, type ShareCodeProblem, type SharedAnswers } from './share-code';
import { parseManyCodes } from './share-link';

/**
 * A participant merged into a session. Identity is the canonical share code, which is exactly
 * the session, the assessment and its version, the answers and the alias: the same code pasted
 * twice counts once. Two people with identical answers and no alias are therefore also counted
 * once, which is why the participant page suggests an alias.
 */
export interface Participant extends SharedAnswers {
  /** Identity used to spot duplicates (the canonical code). */
  key: string;
}

/** What happened when a participant was added. */
export type AddOutcome =
  | { status: 'added'; participants: Participant[]; index: number; message: string }
  | { status: 'duplicate'; participants: Participant[]; index: number; message: string };

/** What happened to one candidate found in pasted text. */
export interface CodeOutcome {
  /** The code or link as pasted. */
  input: string;
  /** Added, already there, or not usable. */
  status: 'added' | 'duplicate' | 'rejected';
  /** Why it was rejected, when it was. */
  problem?: ShareCodeProblem;
  /** A sentence for the facilitator. */
  message: string;
}

/** The identity of a decoded code, used to spot duplicates. */
export function participantKey(shared: SharedAnswers): string {
  return shared.code;
}

/** A name for a participant in messages: the alias, or "Participant N" (1-based) without one. */
export function describeParticipant(participant: Pick<SharedAnswers, 'alias'>, index: number): string {
  return participant.alias !== '' ? participant.alias : `Participant ${index + 1}`;
}

/** Adds a decoded code, keeping insertion order; a code already present is not added again. */
export function addParticipant(participants: readonly Participant[], shared: SharedAnswers): AddOutcome {
  const key = participantKey(shared);
  const existing = participants.findIndex((p) => p.key === key);
  if (existing !== -1) {
    const who = describeParticipant(shared, existing);
    return {
      status: 'duplicate',
      participants: [...participants],
      index: existing,
      message: `This code was already added (${who}), so it counts once.`,
    };
  }
  const index = participants.length;
  const participant: Participant = { ...shared, key };
  const who = describeParticipant(shared, index);
  // The same alias with other answers is usually one person sending a corrected code.
  const clash = shared.alias !== '' && participants.some((p) => p.alias === shared.alias);
  const note = clash
    ? ` Another code already uses the name "${shared.alias}"; if it is the same person, remove the older one.`
    : '';
  return { status: 'added', participants: [...participants, participant], index, message: `Added ${who}.${note}` };
}

/** Returns the participants without the one with this key. */
export function removeParticipant(participants: readonly Participant[], key: string): Participant[] {
  return participants.filter((p) => p.key !== key);
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
    outcomes.push({ input, status: added.status, message: added.message });
  }
  return { participants: current, outcomes };
}
