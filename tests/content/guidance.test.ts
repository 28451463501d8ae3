// Plays a facilitator can run without guesswork, measures a team can count, and trust signals that
// stay honest: the rules the schema alone cannot state.
import { describe, expect, it } from 'vitest';
import { playbookSchema, type PlaybookData } from '../../src/schemas/playbook';
import { allMdx, playbooks, readYaml, stringsIn } from './load';

const books = playbooks().map((file) => ({ path: file.path, body: file.body, data: playbookSchema.parse(file.data) }));
const plays = books.flatMap((book) => book.data.plays.map((play) => ({ path: book.path, play })));

/** Needs that bring real people's material into the room: their data, their words or their consent. */
const personalMaterial =
  /\bremoved\b|consent|permission|anonym|recorded|recordings?\b|chat logs|printed.*complaints|complaints.*printed/i;
/** Needs that take real time to gather: removing details from records, or asking people first. */
const slowToGather = /\bremoved\b|consent|permission|anonym/i;

describe('plays', () => {
  it.each(plays.map(({ path, play }) => [`${path} ${play.id}`, play] as const))(
    '%s has a care note when it uses people’s material, and time to prepare it',
    (_, play) => {
      const needs = play.needs.join(' ');
      if (personalMaterial.test(needs)) expect(play.care, 'care').toBeDefined();
      if (slowToGather.test(needs)) expect(play.prep, 'prep').toBeGreaterThanOrEqual(20);
    },
  );

  it('never promises that no preparation is needed', () => {
    const texts = allMdx().flatMap((file) => [file.body, ...stringsIn(file.data)]);
    const glossary = stringsIn(readYaml('glossary.yaml'));
    for (const text of [...texts, ...glossary]) {
      expect(text).not.toMatch(/without (further|extra|any) prep|no (extra |further )?prep(aration)? (is )?needed/i);
    }
  });
});

describe('measures', () => {
  it('are shown beside the average, never instead of it', () => {
    const texts = allMdx().flatMap((file) => [file.body, ...stringsIn(file.data)]);
    for (const text of texts) expect(text).not.toMatch(/instead of (an|the) average/i);
  });

  it.each(books.map((book) => [book.path, book.data] as const))(
    '%s counts something other than the figure it sits beside',
    (_, data: PlaybookData) => {
      for (const measure of data.measures) {
        expect(measure.denominator.toLowerCase()).not.toBe(measure.count.toLowerCase());
        expect(measure.beside.toLowerCase()).not.toBe(measure.count.toLowerCase());
      }
    },
  );
});

describe('trust signals', () => {
  it.each(books.map((book) => [book.path, book.data] as const))(
    '%s lists its changes newest first, none after its last edit',
    (_, data: PlaybookData) => {
      const dates = data.changes.map((change) => change.date.getTime());
      expect([...dates].sort((a, b) => b - a)).toEqual(dates);
      expect(Math.max(...dates)).toBeLessThanOrEqual(data.updated.getTime());
    },
  );
});

describe('why it matters', () => {
  const openings = books.map((book) => {
    const after = book.body.split(/^## Why it matters\s*$/m)[1] ?? '';
    const first = after.trim().split(/(?<=[.!?])\s/)[0] ?? '';
    return { path: book.path, first };
  });

  it.each(openings.map((o) => [o.path, o.first] as const))(
    '%s opens with why it matters to the reader, not with a list the idea belongs to',
    (_, first) => {
      expect(first).not.toMatch(/\b(names|lists|counts)\b.*\b(as|among)\b.*\b(one of|first of|the) (the )?(seven|five)\b/i);
      expect(first).not.toMatch(/\bas one of the (seven|five)\b/i);
    },
  );
});
