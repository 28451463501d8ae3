// The sentences a facilitator sees when a pasted share code cannot be used.

/** Messages for each way a share code can fail, worded for the facilitator. */
export const shareCodeMessages = {
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
