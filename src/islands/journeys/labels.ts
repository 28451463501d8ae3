// Words and numbers for the screen. Numbers go through Intl.NumberFormat so they read naturally and
// can never show NaN: every value here has already been validated by core.
const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const signed = new Intl.NumberFormat('en-GB', { signDisplay: 'exceptZero', maximumFractionDigits: 0 });

/** A whole number, e.g. "1,234". */
export const formatCount = (value: number): string => whole.format(value);

/** A feeling with its sign, e.g. "+2", "0", "-3". */
export const formatFeeling = (value: number): string => signed.format(value);

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

/** Ids for elements a moment or stage owns, so focus can find them after a re-render. */
export const domId = {
  momentEdit: (id: string) => `moment-${id}-edit`,
  momentMove: (id: string, move: string) => `moment-${id}-${move}`,
  momentTitle: (id: string) => `moment-${id}-title`,
  stageName: (id: string) => `stage-${id}-name`,
  stageMove: (id: string, move: string) => `stage-${id}-${move}`,
  newMoment: (stageId: string) => `stage-${stageId}-new-moment`,
  newStage: 'journeys-new-stage',
  sheetHeading: 'journeys-sheet-heading',
  listHeading: 'journeys-list-heading',
  sheetOpen: (id: string) => `sheet-${id}-open`,
  sheetName: 'journeys-sheet-name',
} as const;
