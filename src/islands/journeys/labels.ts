// Words and numbers for the screen. Every value here has already been validated by core: counts
// are whole numbers and feelings whole scores from -3 to +3, so none can show NaN. A page's first
// use of Intl costs it tens of milliseconds while Intl's data loads, and these numbers show as
// the worksheets open, so only a count that needs grouping (1,000 and more) is written by Intl.
let grouped: Intl.NumberFormat | undefined;

/** A whole number, e.g. "12", "1,234". */
export function formatCount(value: number): string {
  const whole = Math.round(value);
  if (Math.abs(whole) < 1000) return String(whole);
  grouped ??= new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
  return grouped.format(whole);
}

/** A feeling with its sign, e.g. "+2", "0", "-3". */
export function formatFeeling(value: number): string {
  const count = formatCount(value);
  return value >= 0.5 ? `+${count}` : count;
}

/** "1 moment", "3 moments". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

/** What each feeling score means. */
export const FEELING_WORDS: Readonly<Record<number, string>> = {
  [-3]: 'very bad',
  [-2]: 'bad',
  [-1]: 'a little bad',
  0: 'neutral',
  1: 'a little good',
  2: 'good',
  3: 'very good',
};

/** What each impact score means. */
export const IMPACT_WORDS: Readonly<Record<number, string>> = {
  1: 'shapes little',
  2: 'shapes some',
  3: 'shapes a fair amount',
  4: 'shapes a lot',
  5: 'shapes the whole relationship',
};

/** What each frequency score means. */
export const FREQUENCY_WORDS: Readonly<Record<number, string>> = {
  1: 'rarely',
  2: 'sometimes',
  3: 'often',
  4: 'most customers',
  5: 'nearly everyone, every time',
};

/** What a moment owns on screen: its controls, its edit form and each field, here and in the shortlist. */
export const MOMENT_PARTS = [
  'edit',
  'form',
  'move-up',
  'move-down',
  'move-previous',
  'move-next',
  'field-title',
  'field-what-happens',
  'field-kind',
  'field-feeling',
  'field-impact',
  'field-frequency',
  'field-evidence',
  'field-traits',
  'field-heart',
  'field-owner',
  'field-next-action',
  'field-status',
  'shortlist-owner',
  'shortlist-next-action',
  'shortlist-review-by',
] as const;
export type MomentPart = (typeof MOMENT_PARTS)[number];

/** What a stage owns on screen. */
export const STAGE_PARTS = [
  'heading',
  'edit',
  'tools',
  'name',
  'move-up',
  'move-down',
  'confirm-move',
  'new-moment',
] as const;
export type StagePart = (typeof STAGE_PARTS)[number];

/**
 * Every id the tool writes into the page, from one scheme that cannot collide. An id that belongs to
 * something in a worksheet is `<kind>:<its id>:<part>`: core's ids hold only letters, digits, `-` and
 * `_`, and every part comes from a closed list without a colon, so two different (kind, id, part)
 * triples never give the same string. Ids derived from one (a hint, an error, one checkbox of a
 * group) add `:<name>` through `domId.sub`. The tool's own fixed ids start with `journeys-` and hold
 * no colon. (The label "Next action" and the "move to the next stage" button once shared an id.)
 */
export const domId = {
  moment: (momentId: string, part: MomentPart) => `moment:${momentId}:${part}`,
  stage: (stageId: string, part: StagePart) => `stage:${stageId}:${part}`,
  sheetOpen: (sheetId: string) => `sheet:${sheetId}:open`,
  importChoice: (sheetId: string, choice: string) => `import:${sheetId}:${choice}`,
  /** An id derived from another: its hint, its error, one option of a group. */
  sub: (base: string, name: string) => `${base}:${name}`,
  newStage: 'journeys-new-stage',
  sheetHeading: 'journeys-sheet-heading',
  listHeading: 'journeys-list-heading',
  sheetName: 'journeys-sheet-name',
  sheetCustomer: 'journeys-sheet-customer',
} as const;
