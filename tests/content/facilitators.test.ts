// The facilitators' session plans and worked examples: valid, pointing at plays and playbooks that
// exist, and written as plainly as the playbooks.
import { describe, expect, it } from 'vitest';
import { sessionSchema } from '../../src/schemas/session';
import { exampleSchema } from '../../src/schemas/example';
import { allMdx, playbooks, stringsIn } from './load';

const books = playbooks();
const bookIds = new Set(books.map((book) => book.path.replace(/^playbooks\//, '').replace(/\.mdx$/, '')));
const playsOf = (id: string) =>
  ((books.find((book) => book.path === `playbooks/${id}.mdx`)?.data.plays as { id: string }[] | undefined) ?? []).map(
    (play) => play.id,
  );
const allPlayIds = new Set(books.flatMap((book) => ((book.data.plays as { id: string }[] | undefined) ?? []).map((p) => p.id)));
const sessions = allMdx().filter((file) => file.path.startsWith('sessions/'));
const examples = allMdx().filter((file) => file.path.startsWith('examples/'));
const words = (text: string) => text.split(/\s+/).filter((word) => /[a-z0-9]/i.test(word));

describe('the facilitators’ content', () => {
  it('has a 90-minute health check and a half-day workshop', () => {
    const lengths = sessions.map((file) => sessionSchema.parse(file.data).minutes).sort((a, b) => a - b);
    expect(lengths[0]).toBe(90);
    expect(lengths.at(-1)).toBeGreaterThanOrEqual(180);
  });

  it('has the three worked examples the issue asks for', () => {
    expect(examples.map((file) => exampleSchema.parse(file.data).play).sort()).toEqual(
      ['rules-on-trial', 'three-moments-shortlist', 'time-bill'].sort(),
    );
  });

  it('refuses a session whose timings do not add up (the check works)', () => {
    const first = sessions[0];
    if (!first) throw new Error('no session plans');
    const data = sessionSchema.parse(first.data);
    expect(sessionSchema.safeParse({ ...first.data, minutes: data.minutes + 5 }).success).toBe(false);
  });
});

describe.each(sessions)('$path', ({ data }) => {
  const parsed = sessionSchema.safeParse(data);
  it('matches the session schema', () => {
    expect(parsed.error?.issues ?? []).toEqual([]);
  });
  it('runs only plays that exist', () => {
    const named = (parsed.data?.agenda ?? []).flatMap((block) => (block.play ? [block.play] : []));
    expect(named.filter((id) => !allPlayIds.has(id))).toEqual([]);
  });
  it('keeps its instructions short: 25 words or fewer per sentence, 20 on average', () => {
    const sentences = stringsIn(data)
      .flatMap((text) => text.split(/(?<=[.!?])\s+/))
      .filter((sentence) => words(sentence).length > 0);
    expect(sentences.filter((sentence) => words(sentence).length > 25)).toEqual([]);
    const mean = sentences.reduce((sum, sentence) => sum + words(sentence).length, 0) / sentences.length;
    expect(mean).toBeLessThanOrEqual(20);
  });
});

describe.each(examples)('$path', ({ data }) => {
  const parsed = exampleSchema.safeParse(data);
  it('matches the example schema', () => {
    expect(parsed.error?.issues ?? []).toEqual([]);
  });
  it('belongs to a playbook that exists, and fills in one of its plays', () => {
    const example = parsed.data;
    if (!example) return;
    expect(bookIds).toContain(example.playbook);
    if (example.play) expect(playsOf(example.playbook)).toContain(example.play);
  });
});
