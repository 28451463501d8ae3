// The workshop's anonymity rules, in one place. Every view, export, print, prompt and the projector
// asks this module what may be shown, so no screen or file can apply a weaker rule than another:
//   - figures for a dimension (how many rated it low, median, range, disagreement) from 3 people;
//   - dot plots, which show each person's rating, from a minimum the facilitator chooses: 3 by
//     default, never below 3;
//   - participants' comments from 5 people.
import { countOf } from './text';

/** Fewest people whose ratings of a dimension may be summarised as figures. */
export const MIN_FIGURES = 3;
/** The lowest dot-plot minimum a facilitator may choose, and the default. */
export const MIN_DOT_PLOT = 3;
/** The highest dot-plot minimum a facilitator may choose (more than a room holds). */
export const MAX_DOT_PLOT = 50;
/** Fewest people in the team view before any participant's comment is shown. */
export const MIN_COMMENTS = 5;

/** Whether something may be shown, and why not when it may not. */
export type RevealDecision = { allowed: true } | { allowed: false; reason: string };

/** The facilitator's choices for one session. */
export interface AnonymityRules {
  /** Fewest raters of a dimension before its dot plot (each person's rating) is shown. */
  dotPlotMin: number;
}

/** The rules a session starts with. */
export const DEFAULT_RULES: AnonymityRules = { dotPlotMin: MIN_DOT_PLOT };

/**
 * Reads a dot-plot minimum typed or stored anywhere: a whole number from 3 to 50. Anything else
 * (empty, negative, a fraction, text, huge) gives null, so the caller can say what is wrong.
 */
export function parseDotPlotMin(value: unknown): number | null {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value.trim()) : value;
  if (typeof number !== 'number' || !Number.isInteger(number)) return null;
  return number >= MIN_DOT_PLOT && number <= MAX_DOT_PLOT ? number : null;
}

/** A usable dot-plot minimum whatever comes in: never below 3, at most 50, 3 when unreadable. */
export function safeDotPlotMin(value: unknown): number {
  if (typeof value === 'number' && Number.isFinite(value)) {
    return Math.min(MAX_DOT_PLOT, Math.max(MIN_DOT_PLOT, Math.ceil(value)));
  }
  return parseDotPlotMin(value) ?? MIN_DOT_PLOT;
}

/** The sentence for a field holding an unusable dot-plot minimum. */
export const DOT_PLOT_MIN_MESSAGE = `Write a whole number from ${MIN_DOT_PLOT} to ${MAX_DOT_PLOT}: dot plots show each person's rating, so they need at least ${MIN_DOT_PLOT} people.`;

function soFar(n: number): string {
  return n <= 0 ? 'Nobody has rated this yet' : `Only ${countOf(n, 'person has', 'people have')} rated this so far`;
}

/** Whether the figures for a dimension rated by n people may be shown. */
export function canShowFigures(n: number): RevealDecision {
  if (n >= MIN_FIGURES) return { allowed: true };
  return {
    allowed: false,
    reason: `${soFar(n)}; individual scores stay hidden until at least ${MIN_FIGURES} people have, so that nobody's answers can be picked out.`,
  };
}

/** Whether the team view may open at all, for n people shown: the same threshold as the figures. */
export function canShowTeam(n: number): RevealDecision {
  return canShowFigures(n);
}

/** Whether the dot plot of a dimension rated by n people may be shown, under the session's rules. */
export function canShowDotPlot(n: number, rules: AnonymityRules = DEFAULT_RULES): RevealDecision {
  const min = safeDotPlotMin(rules.dotPlotMin);
  if (n >= min) return { allowed: true };
  return {
    allowed: false,
    reason: `The dot plot shows each person's rating, so it appears once at least ${min} people have rated this (${n <= 0 ? 'nobody has' : countOf(n, 'person has', 'people have')} so far).`,
  };
}

/** Whether participants' comments may be shown when n people are in the team view. */
export function canShowComments(n: number): RevealDecision {
  if (n >= MIN_COMMENTS) return { allowed: true };
  return {
    allowed: false,
    reason: `Comments stay hidden until at least ${MIN_COMMENTS} people's answers are shown, so that nobody's words can be traced to them (${countOf(Math.max(0, n), 'person', 'people')} so far).`,
  };
}
