// Grouping plays for the plays index and the search filters.

/** Duration bands a facilitator picks from. */
export const durationBands = ['Up to 30 minutes', '31 to 60 minutes', 'Over an hour'] as const;
export type DurationBand = (typeof durationBands)[number];

/** The band a play's run time falls in. */
export function playDurationBand(runMinutes: number): DurationBand {
  if (runMinutes <= 30) return durationBands[0];
  if (runMinutes <= 60) return durationBands[1];
  return durationBands[2];
}

/** Group-size bands. */
export const groupBands = ['On your own or in a pair', 'Small group (3 to 8)', 'Large group (9 or more)'] as const;
export type GroupBand = (typeof groupBands)[number];

/** The group-size bands a play suits, from its smallest and largest group. */
export function playGroupBands(people: { min: number; max: number }): GroupBand[] {
  const bands: GroupBand[] = [];
  if (people.min <= 2) bands.push(groupBands[0]);
  if (people.min <= 8 && people.max >= 3) bands.push(groupBands[1]);
  if (people.max >= 9) bands.push(groupBands[2]);
  return bands;
}
