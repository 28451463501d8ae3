// A Markdown handout a team can print or paste into a wiki. Everything the team typed is escaped,
// so text such as `<img src=x onerror=alert(1)>` or `[link](javascript:…)` shows as typed and is
// never turned into HTML or a link by whatever renders the handout.
import type { Moment, Worksheet } from './model';
import {
  EVIDENCE_LABELS,
  HEART_LABELS,
  MOMENT_KIND_LABELS,
  STATUS_LABELS,
  TRAIT_LABELS,
  heartPlaybookUrl,
  traitPlaybookUrl,
} from './vocabulary';
import { sortStages, stageMoments } from './order';
import { EVIDENCE_NEEDED, assumptionOnly, shortlist } from './ranking';
import { median, medianAbsoluteSpread } from '../assessment/stats';

const decimal = (value: number | null) => (value === null ? '–' : String(Math.round(value * 10) / 10));

/** The spread of private scores kept beside agreed ones, in one line. */
function spreadLine(moment: Moment): string | undefined {
  const { spread } = moment;
  if (!spread) return undefined;
  const part = (name: string, values: readonly number[]) =>
    `${name} ${values.length === 0 ? 'not scored' : `${values.map(signedIf(name)).join(', ')} (median ${decimal(median(values))}, disagreement ${decimal(medianAbsoluteSpread(values))})`}`;
  return `Agreed on ${spread.agreedOn} by ${spread.people} people; their scores: ${part('feeling', spread.feeling)}; ${part('impact', spread.impact)}; ${part('frequency', spread.frequency)}; seen happen by ${spread.seen} of ${spread.people}`;
}

const signedIf = (name: string) => (value: number) => (name === 'feeling' && value > 0 ? `+${value}` : String(value));

/** Options for the handout. */
export interface MarkdownOptions {
  /** Put before playbook links, e.g. `https://accueil.example`, so links work outside the site. */
  siteUrl?: string;
}

// Characters that can start emphasis, code, links, HTML, tables or MDX expressions mid-line. Line-start
// markers (`-`, `+`, `1.`) need no escape because typed text never starts a line here.
const MARKDOWN_PUNCTUATION = /[\\`*_[\]{}#|~]/g;

/** Makes typed text safe to place inside a Markdown line: one line, HTML and Markdown characters escaped. */
export function escapeMarkdownText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(MARKDOWN_PUNCTUATION, (char) => `\\${char}`);
}

const signed = (value: number) => (value > 0 ? `+${value}` : String(value));
const orNone = (text: string, none: string) => (text.trim() === '' ? `_${none}_` : escapeMarkdownText(text));

function momentLines(moment: Moment, siteUrl: string): string[] {
  const links = [
    ...moment.traits.map((trait) => `[${TRAIT_LABELS[trait]}](${siteUrl}${traitPlaybookUrl(trait)})`),
    ...moment.heart.map((value) => `[${HEART_LABELS[value]}](${siteUrl}${heartPlaybookUrl(value)})`),
  ];
  return [
    `- **${escapeMarkdownText(moment.title)}**: ${MOMENT_KIND_LABELS[moment.kind]}; feeling ${signed(moment.feeling)}; impact ${moment.impact}; frequency ${moment.frequency}; priority ${moment.impact * moment.frequency}`,
    ...(moment.whatHappens.trim() === '' ? [] : [`  - What happens: ${escapeMarkdownText(moment.whatHappens)}`]),
    `  - Evidence: ${EVIDENCE_LABELS[moment.evidence]}${assumptionOnly(moment) ? ' (scored on assumption only)' : ''}; status: ${STATUS_LABELS[moment.status]}`,
    ...(spreadLine(moment) === undefined ? [] : [`  - ${spreadLine(moment) ?? ''}`]),
    ...(links.length > 0 ? [`  - Tests: ${links.join(', ')}`] : []),
    `  - Owner: ${orNone(moment.owner, 'nobody yet')}`,
    `  - Next step: ${orNone(moment.nextAction, 'not decided yet')}`,
  ];
}

/** A readable handout: the name, the customer, the shortlist, then every stage with its moments. */
export function exportMarkdown(sheet: Worksheet, options: MarkdownOptions = {}): string {
  const siteUrl = (options.siteUrl ?? '').replace(/\/+$/, '');
  const list = shortlist(sheet);
  const lines = [
    `# ${escapeMarkdownText(sheet.name)}`,
    '',
    `**Customer:** ${orNone(sheet.customer, 'not described yet')}`,
    '',
  ];
  lines.push('## The moments that matter most', '', list.reason, '');
  if (list.items.length === 0) lines.push('_No moments yet._', '');
  list.items.forEach((item) => {
    const { moment } = item;
    lines.push(
      `${item.rank}. **${escapeMarkdownText(moment.title)}** (${escapeMarkdownText(item.stage.name)}): priority ${item.priority}, feeling ${signed(moment.feeling)}`,
    );
    if (moment.pin) lines.push(`   - Pinned: ${escapeMarkdownText(moment.pin.reason)}`);
    lines.push(
      `   - Owner: ${orNone(moment.owner, 'nobody yet')}`,
      `   - Review by: ${moment.reviewBy ?? '_no date yet_'}`,
      `   - Next step: ${orNone(moment.nextAction, 'not decided yet')}`,
    );
    const spread = spreadLine(moment);
    if (spread !== undefined) lines.push(`   - ${spread}`);
    if (item.needsEvidence) lines.push(`   - ${EVIDENCE_NEEDED}`);
  });
  if (list.items.length > 0) lines.push('');
  if (list.hint) lines.push(list.hint, '');
  lines.push('## The journey', '');
  sortStages(sheet).forEach((stage, index) => {
    const moments = stageMoments(sheet, stage.id);
    lines.push(`### ${index + 1}. ${escapeMarkdownText(stage.name)}`, '');
    lines.push(
      ...(moments.length === 0 ? ['_No moments yet._'] : moments.flatMap((moment) => momentLines(moment, siteUrl))),
      '',
    );
  });
  return `${lines.join('\n').trimEnd()}\n`;
}
