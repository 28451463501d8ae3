// Synthetic playbooks for the scale benchmark: a copy of content/ plus generated playbooks that pass
// the playbook schema and the checks the pages make (known sources, cited in the text; related
// links to pages that exist; play ids unique across the site).
// The prose comes from a word-pair chain trained on the project's own pages, so its vocabulary and
// word frequencies resemble the real ones and the search index grows the way it would for real.
// Everything is drawn from one seeded generator: the same seed and content give the same files.
import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse, stringify } from 'yaml';

/** The content folder of this checkout. */
export const realContentDir = join(import.meta.dirname, '../../content');

/** The six families, in the order synthetic playbooks are dealt to them. */
export const syntheticFamilies = ['traits', 'qualities', 'heart', 'myths', 'chain', 'practices'];

/** Words in a synthetic body (prose only, no tags): drawn between these bounds. */
export const bodyWords = { min: 600, max: 900 };

const audiences = ['leaders', 'managers', 'frontline', 'facilitators'];
const qualifiers = ['patient', 'open', 'steady', 'plain', 'early', 'shared', 'quiet', 'clear', 'local', 'careful'];
const topics = ['handovers', 'replies', 'queues', 'promises', 'callbacks', 'apologies', 'rotas', 'welcomes', 'refunds'];
const verbs = ['Map', 'Walk through', 'Count', 'Listen to', 'Rehearse', 'Sort', 'Trace', 'Review'];

/** A small, fast, seeded generator (mulberry32): uniform numbers in [0, 1). */
function seeded(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function tools(random) {
  const int = (min, max) => min + Math.floor(random() * (max - min + 1));
  const pick = (list) => list[int(0, list.length - 1)];
  /** `n` distinct items, in drawing order. */
  const sample = (list, n) => {
    const pool = [...list];
    const out = [];
    while (out.length < n && pool.length > 0) out.push(pool.splice(int(0, pool.length - 1), 1)[0]);
    return out;
  };
  return { int, pick, sample };
}

const frontMatter = (text) => /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]))
    .sort();
}

/** Running prose of the MDX pages, reduced to words and sentence punctuation that MDX reads as text. */
function trainingSentences(contentDir) {
  const text = walk(contentDir)
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => frontMatter(readFileSync(file, 'utf8'))?.[2] ?? '')
    .join('\n\n')
    .replace(/^(?:import .*|#+ .*)$/gm, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*(?:[-*]|\d+\.)\s+/gm, ' ');
  return text
    .split(/(?<=[.!?])\s+|\n\s*\n/)
    .map((sentence) =>
      sentence
        .split(/\s+/)
        .map((word) => word.replace(/[^\p{L}\p{N}'’%£€$.,;:!?-]/gu, ''))
        .filter((word) => /[\p{L}\p{N}]/u.test(word) && !word.includes('://')),
    )
    .filter((words) => words.length >= 4 && /^\p{Lu}/u.test(words[0] ?? ''));
}

/** A word-pair chain: for each word, the words that follow it in the training text. */
function chainOf(sentences) {
  const next = new Map();
  for (const words of sentences) {
    for (let i = 0; i < words.length; i += 1) {
      const key = words[i].toLowerCase();
      const list = next.get(key) ?? [];
      list.push(i + 1 < words.length ? words[i + 1] : null);
      next.set(key, list);
    }
  }
  return { starts: sentences.map((words) => words[0]), next };
}

function sentenceMaker(chain, { pick }) {
  const once = (maxWords) => {
    const words = [pick(chain.starts)];
    while (words.length < maxWords) {
      const following = pick(chain.next.get(words.at(-1).toLowerCase()) ?? [null]);
      if (following === null || /[.!?]$/.test(words.at(-1))) break;
      words.push(following);
    }
    return words;
  };
  /** A sentence of `min` to `max` words, closed with `end`. */
  return (min, max, end = '.') => {
    let words = once(max);
    for (let tries = 0; tries < 50 && words.length < min; tries += 1) words = once(max);
    const text = words.join(' ').replace(/[.,;:!?-]+$/, '');
    return `${text}${end}`;
  };
}

const proseWords = (text) =>
  text
    .replace(/<[^>]*>/g, ' ')
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

/** The body: what it means, why it matters, in practice; each listed source cited at least once. */
function bodyFor(say, { int, pick }, sources) {
  const cite = (sentence, id) => `${sentence.slice(0, -1)} <Cite id="${id}" />.`;
  const toCite = [...sources];
  const paragraph = () => {
    const sentences = [];
    const target = int(40, 90);
    while (proseWords(sentences.join(' ')) < target) sentences.push(say(6, 24));
    const id = toCite.shift() ?? (int(0, 2) === 0 ? pick(sources) : undefined);
    if (id) sentences[sentences.length - 1] = cite(sentences.at(-1), id);
    return sentences.join(' ');
  };
  const bullet = () => `- **${say(2, 4).slice(0, -1)}.** ${say(8, 20)}`;
  const sections = [
    { heading: 'What it means', blocks: [paragraph(), paragraph()] },
    { heading: 'Why it matters', blocks: [paragraph(), paragraph()] },
    { heading: 'In practice', blocks: [[bullet(), bullet(), bullet()].join('\n\n'), paragraph()] },
  ];
  const render = () =>
    sections.map((section) => [`## ${section.heading}`, ...section.blocks].join('\n\n')).join('\n\n');
  const target = int(bodyWords.min, bodyWords.max - 150);
  for (let i = 0; proseWords(render()) < target; i += 1) sections[1 + (i % 2)].blocks.splice(-1, 0, paragraph());
  return `${render()}\n`;
}

function playsFor(say, { int, pick }, number) {
  return Array.from({ length: int(1, 2) }, (_, k) => {
    const steps = Array.from({ length: int(2, 4) }, () => ({ minutes: 5 * int(1, 6), do: say(8, 22) }));
    const min = int(1, 4);
    return {
      id: `synthetic-${number}-${k + 1}`,
      title: `${pick(verbs)} the ${pick(topics)}`,
      summary: say(8, 20),
      prep: 5 * int(0, 12),
      run: steps.reduce((sum, step) => sum + step.minutes, 0),
      people: { min, max: min + int(2, 12) },
      needs: Array.from({ length: int(1, 3) }, () => say(4, 12)),
      steps,
      followUp: say(8, 20),
      facilitator: say(4, 10),
      doneWhen: say(6, 14),
      leavesBehind: say(4, 10),
      remote: say(6, 14),
    };
  });
}

function summaryFor(say) {
  for (let tries = 0; tries < 50; tries += 1) {
    const text = say(8, 30);
    if (text.length >= 40 && text.length <= 240) return text;
  }
  return 'A synthetic playbook, generated to measure how the site builds and searches at scale.';
}

/** The text of one synthetic playbook file. */
function playbookFile(say, random, { family, number, title, related, sourceIds, termIds, assessmentIds }) {
  const t = tools(random);
  const sources = t.sample(sourceIds, t.int(1, 4));
  const day = new Date(Date.UTC(2026, 0, 1) + t.int(0, 300) * 86_400_000).toISOString().slice(0, 10);
  const data = {
    title,
    summary: summaryFor(say),
    family,
    order: t.int(1, 99),
    audience: t.sample(audiences, t.int(1, 3)),
    related,
    sources,
    ...(t.int(0, 1) === 1 ? { assessment: t.pick(assessmentIds) } : {}),
    terms: t.sample(termIds, t.int(0, 3)),
    updated: day,
    reviewed: day,
    changes: [{ date: day, note: 'Synthetic page for the scale benchmark.' }],
    signs: {
      wrong: Array.from({ length: t.int(3, 4) }, () => say(6, 18)),
      right: Array.from({ length: t.int(3, 4) }, () => say(6, 18)),
    },
    plays: playsFor(say, t, number),
    measures: Array.from({ length: t.int(1, 2) }, () => ({
      beside: say(3, 8),
      count: say(6, 16),
      why: say(8, 20),
      source: say(4, 10),
      frequency: t.pick(['weekly', 'monthly', 'quarterly']),
      denominator: say(3, 8),
      owner: say(2, 5),
    })),
    questions: Array.from({ length: 3 }, () => say(6, 16, '?')),
  };
  return `---\n${stringify(data, { lineWidth: 0 })}---\n\n${bodyFor(say, t, sources)}`;
}

/**
 * Copies the real content to `targetDir` and adds synthetic playbooks until there are `count`
 * playbooks in all; returns the ids (`family/slug`) of the real and the synthetic ones.
 */
export function writeSyntheticContent(targetDir, count, { seed = 7, sourceDir = realContentDir } = {}) {
  mkdirSync(targetDir, { recursive: true });
  cpSync(sourceDir, targetDir, { recursive: true });
  const real = walk(join(sourceDir, 'playbooks'))
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => `${basename(join(file, '..'))}/${basename(file, '.mdx')}`);
  const ids = (name) => parse(readFileSync(join(sourceDir, name), 'utf8')).map((entry) => entry.id);
  const shared = {
    sourceIds: ids('sources.yaml'),
    termIds: ids('glossary.yaml'),
    assessmentIds: readdirSync(join(sourceDir, 'assessments'))
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => basename(name, '.yaml'))
      .sort(),
  };
  const random = seeded(seed);
  const t = tools(random);
  const say = sentenceMaker(chainOf(trainingSentences(sourceDir)), t);
  const planned = Array.from({ length: Math.max(0, count - real.length) }, (_, i) => {
    const number = i + 1;
    const family = syntheticFamilies[i % syntheticFamilies.length];
    const [qualifier, topic] = [t.pick(qualifiers), t.pick(topics)];
    const title = `${qualifier[0].toUpperCase()}${qualifier.slice(1)} ${topic} ${number}`;
    return { family, number, title, id: `${family}/${qualifier}-${topic}-${number}` };
  });
  const all = [...real, ...planned.map((page) => page.id)];
  for (const page of planned) {
    // Drawn from every playbook alike, so each page is linked back from about as many as it links to.
    const related = t.sample(
      all.filter((id) => id !== page.id),
      t.int(3, 4),
    );
    const file = join(targetDir, 'playbooks', `${page.id}.mdx`);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, playbookFile(say, random, { ...page, related, ...shared }));
  }
  return { real, synthetic: planned.map((page) => page.id) };
}
