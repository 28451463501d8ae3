// The action plan: every action a team has committed to, in one list. Workshop records and journey
// shortlists stay the truth for what was agreed and by whom; the plan keeps only what it adds: the
// plays a reader chose to run, and each item's status and note.
import * as z from './zod';
import type { FormatSpec } from './versioned';
import type { WorkshopRecord } from './assessment/workshop-record';
import { isoDateSchema } from './assessment/iso-date';
import type { Worksheet } from './journey/model';
import { shortlist } from './journey/ranking';
import type { MomentStatus } from './journey/vocabulary';
import { crc16 } from './checksum';
import { toCsv } from './csv';
import type { CalendarEntry } from './calendar';

export const PLAN_STATUSES = ['to-do', 'in-progress', 'done', 'dropped'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
export const PLAN_STATUS_LABELS: Readonly<Record<PlanStatus, string>> = {
  'to-do': 'To do',
  'in-progress': 'In progress',
  done: 'Done',
  dropped: 'Dropped',
};

export const PLAN_SOURCES = ['workshop', 'journey', 'play'] as const;
export type PlanSource = (typeof PLAN_SOURCES)[number];
export const PLAN_SOURCE_LABELS: Readonly<Record<PlanSource, string>> = {
  workshop: 'Workshop',
  journey: 'Journey shortlist',
  play: 'Play',
};

/** A play a reader marked "we will run this". */
const chosenPlaySchema = z.strictObject({
  /** The playbook and the play, e.g. "traits/accessible#map-the-doors". */
  key: z.string().check(z.minLength(3), z.maxLength(200)),
  /** The play's title. */
  title: z.string().check(z.minLength(1), z.maxLength(200)),
  /** The playbook's title. */
  playbook: z.string().check(z.minLength(1), z.maxLength(200)),
  owner: z.string().check(z.trim(), z.maxLength(80)),
  due: z.nullable(isoDateSchema),
  /** The day it was chosen. */
  chosen: isoDateSchema,
});
export type ChosenPlay = z.infer<typeof chosenPlaySchema>;

/** What the plan adds to an item from elsewhere. */
const progressSchema = z.strictObject({
  status: z.enum(PLAN_STATUSES),
  note: z.string().check(z.maxLength(1000)),
});
export type PlanProgress = z.infer<typeof progressSchema>;

const planSchema = z.strictObject({
  plays: z.array(chosenPlaySchema).check(z.maxLength(500)),
  progress: z.record(z.string().check(z.maxLength(400)), progressSchema),
});
export type PlanState = z.infer<typeof planSchema>;

/** The plan kept on this device. */
export const planFormat: FormatSpec<PlanState> = { kind: 'accueil.plan', version: 1, schema: planSchema };

export const emptyPlan: PlanState = { plays: [], progress: {} };

/** One committed action, wherever it was agreed. */
export interface PlanItem {
  /** Stable while the source keeps the action; the key of its progress. */
  key: string;
  what: string;
  /** '' when nobody was named. */
  owner: string;
  /** yyyy-mm-dd or null. */
  due: string | null;
  status: PlanStatus;
  note: string;
  source: PlanSource;
  /** Where it came from, in words: "Workshop “Support team”, 2026-11-04". */
  from: string;
  /** What to open to see it where it came from: a workshop record's date and name, a worksheet's
   * id, a play's key. */
  ref: string;
}

const momentStatus: Readonly<Record<MomentStatus, PlanStatus>> = {
  idea: 'to-do',
  agreed: 'to-do',
  'in-progress': 'in-progress',
  done: 'done',
};

/** Every item, from the workshop records, the journeys' shortlists and the chosen plays. */
export function gatherPlan(sources: {
  records: readonly WorkshopRecord[];
  worksheets: readonly Worksheet[];
  plan: PlanState;
}): PlanItem[] {
  const { progress } = sources.plan;
  const items: PlanItem[] = [];
  const add = (item: Omit<PlanItem, 'status' | 'note'>, status: PlanStatus): void => {
    const kept = Object.hasOwn(progress, item.key) ? progress[item.key] : undefined;
    items.push({ ...item, status: kept?.status ?? status, note: kept?.note ?? '' });
  };
  for (const record of sources.records) {
    const ref = `${record.date}/${record.sessionName}`;
    record.actions.forEach((action, index) => {
      add(
        {
          // The action's place and a checksum of its words: short, and new if the action is rewritten.
          key: `workshop:${ref}:${String(index)}:${crc16(new TextEncoder().encode(action.text)).toString(36)}`,
          what: action.text,
          owner: action.owner,
          due: action.due,
          source: 'workshop',
          from: `Workshop “${record.sessionName}”, ${record.date}`,
          ref,
        },
        'to-do',
      );
    });
  }
  for (const sheet of sources.worksheets) {
    for (const { moment } of shortlist(sheet).items) {
      const what = moment.nextAction.trim() || `Look after “${moment.title}”`;
      add(
        {
          key: `journey:${sheet.id}:${moment.id}`,
          what,
          owner: moment.owner,
          due: moment.reviewBy ?? null,
          source: 'journey',
          from: `Journey “${sheet.name}”, moment “${moment.title}”`,
          ref: sheet.id,
        },
        momentStatus[moment.status],
      );
    }
  }
  for (const play of sources.plan.plays) {
    add(
      {
        key: `play:${play.key}`,
        what: `Run the play “${play.title}”`,
        owner: play.owner,
        due: play.due,
        source: 'play',
        from: `Playbook “${play.playbook}”`,
        ref: play.key,
      },
      'to-do',
    );
  }
  return items;
}

/** The plan's items for one workshop record: its actions, each with the status and note the plan keeps. */
export function recordActions(record: WorkshopRecord, plan: PlanState): PlanItem[] {
  return gatherPlan({ records: [record], worksheets: [], plan });
}

/** What the reader narrows the list to; an empty value keeps everything. */
export interface PlanFilter {
  source: PlanSource | '';
  status: PlanStatus | '';
  /** An owner's name as written; '-' for items nobody owns. */
  owner: string;
}

export function filterPlan(items: readonly PlanItem[], filter: PlanFilter): PlanItem[] {
  return items.filter(
    (item) =>
      (filter.source === '' || item.source === filter.source) &&
      (filter.status === '' || item.status === filter.status) &&
      (filter.owner === '' || (filter.owner === '-' ? item.owner === '' : item.owner === filter.owner)),
  );
}

/** Every owner named, once each, in alphabetical order. */
export function planOwners(items: readonly PlanItem[]): string[] {
  return [...new Set(items.map((item) => item.owner).filter((owner) => owner !== ''))].sort((a, b) =>
    a.localeCompare(b),
  );
}

/** Sets an item's status and note; a fresh status of an item from elsewhere is kept in the plan. */
export function setProgress(plan: PlanState, key: string, next: PlanProgress): PlanState {
  return { ...plan, progress: { ...plan.progress, [key]: next } };
}

/** Adds a play, or updates its owner and due date when it is already chosen. */
export function choosePlay(plan: PlanState, play: ChosenPlay): PlanState {
  const others = plan.plays.filter((kept) => kept.key !== play.key);
  return { ...plan, plays: [...others, play] };
}

/** Removes a play and its progress. */
export function dropPlay(plan: PlanState, key: string): PlanState {
  const progress = Object.fromEntries(Object.entries(plan.progress).filter(([kept]) => kept !== `play:${key}`));
  return { plays: plan.plays.filter((play) => play.key !== key), progress };
}

/** The plan as a spreadsheet. */
export function planCsv(items: readonly PlanItem[]): string {
  return toCsv(
    ['What', 'Owner', 'Due', 'Status', 'Note', 'Source', 'From'],
    items.map((item) => [
      item.what,
      item.owner,
      item.due ?? '',
      PLAN_STATUS_LABELS[item.status],
      item.note,
      PLAN_SOURCE_LABELS[item.source],
      item.from,
    ]),
  );
}

/** Escapes text for a Markdown table cell. */
function cell(text: string): string {
  return (
    text
      .replace(/\\/g, '\\\\')
      .replace(/\|/g, '\\|')
      .replace(/\s*\n\s*/g, ' ') || '–'
  );
}

/** The plan as a Markdown document, grouped by status. */
export function planMarkdown(items: readonly PlanItem[], today: string): string {
  const lines = [`# Action plan`, '', `Written on ${today}. ${String(items.length)} actions.`];
  for (const status of PLAN_STATUSES) {
    const group = items.filter((item) => item.status === status);
    if (group.length === 0) continue;
    lines.push('', `## ${PLAN_STATUS_LABELS[status]} (${String(group.length)})`, '');
    lines.push('| What | Owner | Due | From | Note |', '| --- | --- | --- | --- | --- |');
    for (const item of group) {
      lines.push(
        `| ${[item.what, item.owner || 'Nobody yet', item.due ?? 'No date', item.from, item.note].map(cell).join(' | ')} |`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Items with a due date, as calendar events or to-dos for calendarFile; dropped items are left out. */
export function planCalendar(items: readonly PlanItem[], kind: CalendarEntry['kind']): CalendarEntry[] {
  return items.flatMap((item): CalendarEntry[] =>
    item.due === null || item.status === 'dropped'
      ? []
      : [
          {
            uid: `${item.key}@accueil`,
            title: item.what,
            description: [item.owner && `Owner: ${item.owner}`, `From: ${item.from}`, item.note]
              .filter(Boolean)
              .join('\n'),
            date: item.due,
            kind,
            done: item.status === 'done',
          },
        ],
  );
}
