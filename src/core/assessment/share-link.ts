// Links that carry a workshop invitation or a share code in the URL fragment, so nothing reaches
// a server: `<base>#a=<assessment id>&join=<session id>[&code=<share code>]`. Without `code` the
// link is the facilitator's invitation; with it, it is a participant's reply.
import { assessmentIds } from '../../schemas/assessment-ids';
import type { Assessment } from '../../schemas/assessment';
import { isBase64Url } from './binary';
import { parseSessionId, type SessionId } from './session-id';

/** What a link or pasted text says; each part is null when absent or malformed. */
export interface ShareInput {
  /** The share code, if the text holds one. */
  code: string | null;
  /** The session id from the link's `join` parameter. */
  sessionId: SessionId | null;
  /** The assessment id from the link's `a` parameter. */
  assessmentId: Assessment['id'] | null;
}

/** What goes into a link. */
export interface ShareLinkParts {
  /** Which assessment the workshop uses. */
  assessmentId: Assessment['id'];
  /** The workshop session. */
  sessionId: SessionId;
  /** A participant's share code; leave out for an invitation link. */
  code?: string;
}

/** Shortest text treated as a possible code when picking codes out of a pasted blob. */
const MIN_CANDIDATE_CHARS = 12;

/** Builds an invitation link (no code) or a reply link (with code) on the given page address. */
export function buildShareLink(base: string, parts: ShareLinkParts): string {
  const page = base.split('#')[0] ?? '';
  const params = [`a=${parts.assessmentId}`, `join=${parts.sessionId}`];
  if (parts.code !== undefined) params.push(`code=${parts.code}`);
  return `${page}#${params.join('&')}`;
}

/** Reads a bare code, a whole link or a bare fragment; never throws. */
export function parseShareInput(text: string): ShareInput {
  const trimmed = text.trim();
  const hash = trimmed.indexOf('#');
  let params: string | null = null;
  if (hash !== -1) params = trimmed.slice(hash + 1);
  else if (/(^|[?&])(code|join)=/.test(trimmed)) params = trimmed.slice(trimmed.indexOf('?') + 1);
  if (params === null) {
    // A link without a fragment holds no code; anything else is taken as a bare code, minus any
    // line breaks or spaces an email program inserted.
    const bare = trimmed.replace(/\s+/g, '');
    const isLink = /^[a-z][a-z0-9+.-]*:\/\//i.test(bare);
    return { code: bare === '' || isLink ? null : bare, sessionId: null, assessmentId: null };
  }
  const values = new Map<string, string>();
  for (const pair of params.split('&')) {
    const split = pair.indexOf('=');
    if (split > 0) values.set(pair.slice(0, split).trim(), pair.slice(split + 1).trim());
  }
  const code = values.get('code')?.replace(/\s+/g, '') ?? '';
  const assessment = values.get('a') ?? '';
  return {
    code: code === '' ? null : code,
    sessionId: parseSessionId(values.get('join') ?? ''),
    assessmentId: (assessmentIds as readonly string[]).includes(assessment) ? (assessment as Assessment['id']) : null,
  };
}

const CLOSING_PUNCTUATION = '>)"\']}.,;:!?';

// A loop rather than /[…]+$/: that regex retries at every position of a long run of punctuation,
// so a large paste of it would freeze the page for minutes.
function trimClosingPunctuation(token: string): string {
  let end = token.length;
  while (end > 0 && CLOSING_PUNCTUATION.includes(token.charAt(end - 1))) end -= 1;
  return token.slice(0, end);
}

/**
 * Picks the possible codes out of a pasted blob (codes and links separated by newlines, spaces,
 * commas or semicolons, possibly inside chat text). Returns each as written, for decodeShareCode.
 * Invitation links (no code) and ordinary words are skipped; a truncated code is still returned
 * so that it can be reported.
 */
export function parseManyCodes(text: string): string[] {
  const candidates: string[] = [];
  for (const rawToken of text.split(/[\s,;]+/)) {
    const token = trimClosingPunctuation(rawToken.replace(/^[<("'[{]+/, ''));
    if (token === '') continue;
    if (token.includes('#') || token.includes('://') || /(^|[?&])code=/.test(token)) {
      if (parseShareInput(token).code !== null) candidates.push(token);
    } else if (token.length >= MIN_CANDIDATE_CHARS && isBase64Url(token)) {
      candidates.push(token);
    }
  }
  return candidates;
}
