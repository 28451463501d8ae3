// Worksheets as the journeys format's versions hold them, for the tests of its upgrade.
import { type JourneyCollection } from '../../../src/core/journey/format';
import { type KeptSpread, type Worksheet } from '../../../src/core/journey/model';
import { buildSheet, makeCtx } from './helpers';

/** A spread as a scoring session keeps it beside the agreed scores. */
export const SPREAD: KeptSpread = {
  people: 3,
  feeling: [-2, -1, 1],
  impact: [3, 4, 5],
  frequency: [2, 2, 4],
  seen: 2,
  agreedOn: '2026-02-14',
};

/** A worksheet of two stages and three moments: a1, a2 in the first, b1 in the second. */
export function sheetOfThree(): Worksheet {
  return buildSheet(
    [
      ['Arriving', [{ title: 'a1', feeling: -2, impact: 4, frequency: 3 }, { title: 'a2' }]],
      ['Leaving', [{ title: 'b1', whatHappens: 'Paying the bill' }]],
    ],
    makeCtx('v'),
  );
}

/** The worksheet with a spread, a pin and a review date on its first moment, and a review date on its last. */
export function withSessionFields(sheet: Worksheet): Worksheet {
  const last = sheet.moments.length - 1;
  return {
    ...sheet,
    moments: sheet.moments.map((moment, i) => {
      if (i === 0)
        return { ...moment, spread: SPREAD, pin: { reason: 'Guests <b>complain</b>' }, reviewBy: '2026-03-31' };
      if (i === last) return { ...moment, reviewBy: '2026-04-30' };
      return moment;
    }),
  };
}

/** The collection as a build that wrote version 1 stored it. */
export function versionOne(collection: JourneyCollection): string {
  return JSON.stringify({ kind: 'accueil.journeys', version: 1, data: collection });
}
