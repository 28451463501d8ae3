// What a playbook's header says about time: how long its words take to read, and, apart, how long
// its plays take to run. Reading a page of two 90-minute plays takes minutes; running them takes
// hours, and one figure for both misleads.
import type { Play, PlaybookData } from '../schemas/playbook';

/** Every word a reader meets on a playbook page: the body, the signs, the plays, the measures and the questions. */
export function playbookText(body: string, data: Pick<PlaybookData, 'signs' | 'plays' | 'measures' | 'questions'>) {
  // The body is MDX: components such as <Cite id="…" /> are markup, not words.
  const prose = body.replace(/<[^>]*>/g, ' ');
  return [
    prose,
    ...data.signs.wrong,
    ...data.signs.right,
    ...data.plays.flatMap((play) => [
      play.title,
      play.summary,
      ...play.needs,
      ...play.steps.map((step) => step.do),
      play.followUp,
      play.facilitator,
      play.doneWhen,
      play.leavesBehind,
      play.remote,
      play.care ?? '',
    ]),
    ...data.measures.flatMap((measure) => [
      measure.beside,
      measure.count,
      measure.why,
      measure.source,
      measure.denominator,
      measure.owner,
    ]),
    ...data.questions,
  ].join(' ');
}

/** "1 play, 45 min to run" or "2 plays, 45–90 min to run": the plays' run time, said apart from reading. */
export function playsRunTime(plays: readonly Pick<Play, 'run'>[]): string {
  const runs = plays.map((play) => play.run);
  const shortest = Math.min(...runs);
  const longest = Math.max(...runs);
  const span = shortest === longest ? `${shortest}` : `${shortest}–${longest}`;
  return `${plays.length} play${plays.length === 1 ? '' : 's'}, ${span} min to run`;
}
