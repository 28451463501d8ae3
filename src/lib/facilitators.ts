// Build-time data for the facilitators' pages: session plans, cards, maturity paths and worked
// examples, with the cross-file checks the schemas cannot do (a play or playbook that must exist).
import { getCollection, type CollectionEntry } from 'astro:content';
import { getPlaybooks, oncePerBuild, type PlaybookEntry } from './content';
import type { Family, Play } from '../schemas/playbook';

export type SessionEntry = CollectionEntry<'sessions'>;
export type ExampleEntry = CollectionEntry<'examples'>;
export type AssessmentEntry = CollectionEntry<'assessments'>;

/** The families that have a card to print: traits, qualities, HEART values and myths. */
export const cardFamilies: readonly Family[] = ['traits', 'qualities', 'heart', 'myths'];

/** A play with the playbook it belongs to. */
export interface PlayRef {
  play: Play;
  playbook: PlaybookEntry;
  href: string;
}

// Like the site-wide data of ./content, what follows is worked out once per build and shared by
// every page: each playbook page links to the sessions and examples that use it, and checking those
// again for each of 1,000 pages read every play of every playbook 1,000 times.

/** Every play on the site by id. */
export const getPlayIndex = oncePerBuild(async (): Promise<Map<string, PlayRef>> => {
  const index = new Map<string, PlayRef>();
  for (const playbook of await getPlaybooks()) {
    for (const play of playbook.data.plays) {
      index.set(play.id, { play, playbook, href: `/playbooks/${playbook.id}/#play-${play.id}` });
    }
  }
  return index;
});

/** The playbooks that have a card, in family order and then reading order. */
export async function getCardPlaybooks(): Promise<PlaybookEntry[]> {
  const rank = (entry: PlaybookEntry) => cardFamilies.indexOf(entry.data.family) * 100 + entry.data.order;
  return (await getPlaybooks())
    .filter((entry) => cardFamilies.includes(entry.data.family))
    .sort((a, b) => rank(a) - rank(b));
}

/** The URL of a playbook's card. */
export const cardHref = (playbookId: string) => `/facilitators/cards/${playbookId}/`;

/** The URL of an assessment's maturity path. */
export const pathHref = (assessmentId: string) => `/facilitators/paths/${assessmentId}/`;

/** The session plans in order; fails the build when a plan names a play that does not exist. */
export async function getSessions(): Promise<SessionEntry[]> {
  return [...(await checkedSessions())];
}

const checkedSessions = oncePerBuild(async (): Promise<SessionEntry[]> => {
  const plays = await getPlayIndex();
  const sessions = await getCollection('sessions');
  for (const session of sessions) {
    session.data.agenda.forEach((block, index) => {
      if (block.play && !plays.has(block.play))
        throw new Error(
          `content/sessions/${session.id}.mdx: field "agenda[${index}].play" is "${block.play}", which is no play in any playbook.`,
        );
    });
  }
  return sessions.sort((a, b) => a.data.order - b.data.order);
});

/** The worked examples in order; fails the build when one names a playbook, play or journey that does not exist. */
export async function getExamples(): Promise<ExampleEntry[]> {
  return [...(await checkedExamples())];
}

const checkedExamples = oncePerBuild(async (): Promise<ExampleEntry[]> => {
  const playbooks = new Map((await getPlaybooks()).map((entry) => [entry.id, entry]));
  const journeys = new Set((await getCollection('journeys')).map((entry) => entry.id));
  const examples = await getCollection('examples');
  for (const example of examples) {
    const file = `content/examples/${example.id}.mdx`;
    const playbook = playbooks.get(example.data.playbook);
    if (!playbook) throw new Error(`${file}: field "playbook" is "${example.data.playbook}", which is no playbook.`);
    if (example.data.play && !playbook.data.plays.some((play) => play.id === example.data.play))
      throw new Error(`${file}: field "play" is "${example.data.play}", which is no play in ${example.data.playbook}.`);
    if (example.data.journey && !journeys.has(example.data.journey))
      throw new Error(
        `${file}: field "journey" is "${example.data.journey}", which is no template in content/journeys/.`,
      );
  }
  return examples.sort((a, b) => a.data.order - b.data.order);
});

/** The assessments, in the order the tools list them. */
export async function getAssessments(): Promise<AssessmentEntry[]> {
  return [...(await orderedAssessments())];
}

const orderedAssessments = oncePerBuild(async (): Promise<AssessmentEntry[]> => {
  const order = ['seven-traits', 'heart', 'qualities', 'chain', 'service-model'];
  return (await getCollection('assessments')).sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
});

/** A link from a playbook to a facilitators' page. */
export interface FacilitatorLink {
  href: string;
  label: string;
}

/** The facilitators' pages that use a playbook: its card, its maturity path, sessions and examples. */
export async function getFacilitatorLinks(playbook: PlaybookEntry): Promise<FacilitatorLink[]> {
  const links: FacilitatorLink[] = [];
  if (cardFamilies.includes(playbook.data.family))
    links.push({ href: cardHref(playbook.id), label: 'Print this card' });
  const assessments = await getAssessments();
  const assessment = assessments.find((entry) => entry.data.dimensions.some((d) => d.playbook === playbook.id));
  if (assessment)
    links.push({
      href: `${pathHref(assessment.id)}#${dimensionAnchor(assessment, playbook.id)}`,
      label: 'Its maturity path',
    });
  const playIds = new Set(playbook.data.plays.map((play) => play.id));
  const sessions = (await getSessions()).filter(
    (session) =>
      session.data.assessment === playbook.data.assessment ||
      session.data.agenda.some((block) => block.play && playIds.has(block.play)),
  );
  for (const session of sessions)
    links.push({ href: `/facilitators/sessions/${session.id}/`, label: `Use it in a session: ${session.data.title}` });
  if (sessions.length === 0 && links.length > 0)
    links.push({ href: '/facilitators/', label: 'Use it in a session: the facilitators’ start' });
  for (const example of await getExamples()) {
    if (example.data.playbook === playbook.id)
      links.push({ href: `/facilitators/examples/${example.id}/`, label: `Worked example: ${example.data.title}` });
  }
  return links;
}

/** The anchor of the first dimension of an assessment that a playbook explains. */
function dimensionAnchor(assessment: AssessmentEntry, playbookId: string): string {
  const dimension = assessment.data.dimensions.find((d) => d.playbook === playbookId);
  return `dimension-${dimension?.id ?? ''}`;
}
