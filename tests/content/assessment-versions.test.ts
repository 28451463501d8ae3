// Share codes carry an assessment's version, and answers in a code are read by position: a code
// made with one list of statements and read against another would put every answer against the
// wrong statement. So the list of statements of each version is pinned here. Change a statement's
// id, order, scoring direction or number, and this test fails until the version is bumped and the
// new list is added below (with the old version's file kept in tests/fixtures/assessments-v<N>/).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { assessmentSchema, type Assessment } from '../../src/schemas/assessment';
import { contentDir, readYaml } from './load';

/** Item ids of each version, in order; a trailing * marks a reverse-scored statement. */
const pinned: Record<string, Record<number, string[]>> = {
  'seven-traits': {
    2: [
      'acc-reach-quickly', 'acc-reply-by-a-person', 'acc-leaders-meet-customers', 'acc-decisions-explained',
      'con-promise-matches', 'con-same-answer', 'con-new-get-better-deals*',
      'flx-set-rule-aside', 'flx-adapt-how-we-speak', 'flx-clear-choices',
      'pro-do-the-legwork', 'pro-warn-first', 'pro-next-question',
      'rsp-save-their-time', 'rsp-proof-for-routine*', 'rsp-plain-apology',
      'rsb-own-the-problem', 'rsb-real-outcome', 'rsb-care-when-struggling',
      'str-next-step', 'str-by-when', 'str-understood-first-time', 'str-say-what-broke',
    ],
  },
  heart: {
    2: [
      'hon-unwelcome-truth', 'hon-no-overselling', 'hon-admit-unsure',
      'emp-whole-story', 'emp-their-day', 'emp-stuck-to-script*',
      'acct-owner-named', 'acct-owner-reachable', 'acct-promises-kept', 'acct-promises-recorded', 'acct-blame-first*',
      'resp-right-thing', 'resp-check-it-worked', 'resp-extra-care',
      'tra-see-progress', 'tra-costs-findable', 'tra-terms-plain', 'tra-reason-for-no', 'tra-offer-alternative',
    ],
  },
  chain: {
    2: [
      'lead-time-with-frontline', 'lead-hear-customers', 'lead-treat-us-well', 'lead-act-on-issues',
      'lead-report-back', 'lead-slogan-not-practice*',
      'ee-trusted-judgement', 'ee-leave-self-at-home*', 'ee-enough-time', 'ee-tools-help', 'ee-trained', 'ee-ideas-used',
      'ce-ask-for-us', 'ce-named-compliments', 'ce-one-contact-enough', 'ce-unprompted-feedback', 'ce-stay-after-complaint',
    ],
  },
  qualities: {
    2: [
      'amb-set-the-standard', 'amb-look-outside', 'amb-try-outside-ideas', 'amb-service-as-investment',
      'cnx-what-matters', 'cnx-guiding-principles', 'cnx-real-stories',
      'emp-act-without-asking', 'emp-ideas-reach-deciders', 'emp-ideas-adopted', 'emp-fear-of-blame*',
      'foc-name-key-moments', 'foc-best-in-key-moments', 'foc-remove-irritants', 'foc-map-everything*',
      'per-slow-and-fast', 'per-outside-signals', 'per-future-customers',
    ],
  },
  'service-model': {
    2: [
      'ctx-see-history', 'ctx-record-details', 'ctx-use-details', 'ctx-start-from-scratch*',
      'rte-preferred-agent', 'rte-look-after-regulars', 'rte-direct-line',
      'msr-relationships-not-speed', 'msr-close-too-soon*', 'msr-actuals-beside-averages', 'msr-people-stay',
      'sty-whole-story', 'sty-stories-reach-design', 'sty-stories-change-design', 'sty-agents-shape-product',
    ],
  },
};

const fixturesDir = join(import.meta.dirname, '../fixtures');

const fingerprint = (assessment: Assessment) =>
  assessment.dimensions.flatMap((d) => d.items).map((item) => `${item.id}${item.reverse ? '*' : ''}`);

/** Every older version kept as a fixture, e.g. tests/fixtures/assessments-v1/heart.yaml. */
const older: Assessment[] = readdirSync(fixturesDir)
  .filter((name) => /^assessments-v\d+$/.test(name))
  .flatMap((dir) =>
    readdirSync(join(fixturesDir, dir))
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => assessmentSchema.parse(parse(readFileSync(join(fixturesDir, dir, name), 'utf8')))),
  );

const current: Assessment[] = readdirSync(join(contentDir, 'assessments'))
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => assessmentSchema.parse(readYaml(`assessments/${name}`)));

describe.each(current.map((assessment) => [assessment.id, assessment] as const))('assessments/%s.yaml', (id, assessment) => {
  it('has the statements pinned for its version (bump the version when they change)', () => {
    expect(fingerprint(assessment)).toEqual(pinned[id]?.[assessment.version]);
  });

  it('is newer than each kept older version, which had other statements', () => {
    const earlier = older.filter((old) => old.id === id);
    expect(earlier.length).toBeGreaterThan(0);
    for (const old of earlier) {
      expect(old.version).toBeLessThan(assessment.version);
      expect(fingerprint(old)).not.toEqual(fingerprint(assessment));
    }
  });

  it('keeps an old id only for the same kind of statement: same dimension, same scoring direction', () => {
    const now = new Map(
      assessment.dimensions.flatMap((d) => d.items.map((item) => [item.id, { dimension: d.id, reverse: item.reverse }])),
    );
    for (const old of older.filter((o) => o.id === id)) {
      for (const dimension of old.dimensions) {
        for (const item of dimension.items) {
          const kept = now.get(item.id);
          if (kept) expect({ id: item.id, ...kept }).toEqual({ id: item.id, dimension: dimension.id, reverse: item.reverse });
        }
      }
    }
  });
});
