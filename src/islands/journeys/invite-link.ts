// The join link of a journey session: `<score page>#join=<session id>&w=<invitation>`. The invitation
// (core/journey/invitation.ts) is compressed with the browser's own deflate (CompressionStream) so
// a worksheet's moments fit a QR code; where a browser lacks it, `r=` carries the bytes as they are.
import { decodeBase64Url, encodeBase64Url } from '../../core/assessment/binary';
import type { SessionId } from '../../core/assessment/session-id';
import {
  INVITATION_DAMAGED,
  decodeInvitation,
  encodeInvitation,
  type Invitation,
  type JourneySnapshot,
} from '../../core/journey/invitation';
import { withBase } from '../../lib/base';

/** Shown when the page is opened without an invitation. */
const NO_INVITATION =
  'This page is where each person scores a journey in a team session. Open the join link your facilitator shared, or scan the QR code on their screen.';

/** The page participants open. */
const SCORE_PAGE = '/tools/journeys/score/';
/** The longest link a QR code on the projector carries comfortably. */
export const MAX_QR_CHARS = 2000;

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const output = new Blob([Uint8Array.from(bytes)]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(output).arrayBuffer());
}

/** The invitation link for a session. */
export async function inviteLink(sessionId: SessionId, snapshot: JourneySnapshot): Promise<string> {
  const bytes = encodeInvitation(sessionId, snapshot);
  const page = `${location.origin}${withBase(SCORE_PAGE)}`;
  if (typeof CompressionStream !== 'function') return `${page}#join=${sessionId}&r=${encodeBase64Url(bytes)}`;
  const packed = await pipe(bytes, new CompressionStream('deflate-raw'));
  return `${page}#join=${sessionId}&w=${encodeBase64Url(packed)}`;
}

/** Reads the invitation in a page's fragment; never throws. */
export async function readInvite(
  hash: string,
): Promise<{ ok: true; value: Invitation; check: number } | { ok: false; message: string }> {
  const damaged = { ok: false as const, message: INVITATION_DAMAGED };
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  if (!params.has('join')) return { ok: false, message: NO_INVITATION };
  const packed = params.get('w');
  const raw = params.get('r');
  const text = packed ?? raw;
  // A short cap keeps a forged link from inflating into megabytes.
  if (text === null || text.length > 20_000) return damaged;
  const bytes = decodeBase64Url(text);
  if (bytes === null) return damaged;
  let plain = bytes;
  if (packed !== null) {
    if (typeof DecompressionStream !== 'function') {
      return {
        ok: false,
        message:
          'This browser cannot open the compressed invitation. Open the link in a current browser (Chrome, Edge, Firefox or Safari).',
      };
    }
    try {
      plain = await pipe(bytes, new DecompressionStream('deflate-raw'));
    } catch {
      return damaged;
    }
  }
  const decoded = decodeInvitation(plain);
  if (decoded.ok && decoded.value.sessionId !== params.get('join')) return damaged;
  return decoded;
}

/** A participant's reply link: the journeys page with the code in the fragment (never sent to a server). */
export function replyLink(sessionId: string, code: string): string {
  return `${location.origin}${withBase('/tools/journeys/')}#join=${sessionId}&code=${code}`;
}
