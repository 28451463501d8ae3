import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBackup, readBackup, summariseKeys } from '../../src/core/backup';

const now = new Date('2026-11-23T10:00:00Z');

describe('backups of everything on the device', () => {
  it('round-trips stored text exactly', () => {
    const entries = {
      'accueil.journeys': '{"kind":"accueil.journeys","version":1,"data":{}}',
      'accueil.theme': 'dark',
    };
    const result = readBackup(createBackup(entries, now));
    expect(result.ok && result.backup.entries).toEqual(entries);
    expect(result.ok && result.backup.createdAt).toBe('2026-11-23T10:00:00.000Z');
  });

  it('leaves out keys that are not Accueil’s', () => {
    const result = readBackup(createBackup({ 'other.app': 'x', 'accueil.theme': 'light' }, now));
    expect(result.ok && Object.keys(result.backup.entries)).toEqual(['accueil.theme']);
  });

  it('summarises which tools a backup holds', () => {
    expect(summariseKeys(['accueil.assess.heart.answers', 'accueil.journeys', 'accueil.mystery'])).toEqual({
      count: 3,
      tools: ['Self-assessments', 'Journey worksheets', 'Other saved data'],
    });
  });

  it.each([
    ['', /empty/],
    ['not json', /not valid JSON/],
    ['{"kind":"accueil.journeys","version":1,"data":{}}', /not an Accueil backup file/],
    ['{"kind":"accueil.backup","version":2,"data":{}}', /newer version/],
    [
      '{"kind":"accueil.backup","version":1,"data":{"createdAt":"2026-11-23T10:00:00Z","entries":{"evil<script>":"x"}}}',
      /not valid/,
    ],
  ])('rejects %j with a clear message', (text, message) => {
    const result = readBackup(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(message);
  });

  it('never throws on random or mutated input', () => {
    const valid = createBackup({ 'accueil.theme': 'dark' }, now);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.tuple(fc.nat(valid.length), fc.string()).map(([at, s]) => valid.slice(0, at) + s + valid.slice(at + 1)),
        ),
        (text) => {
          const result = readBackup(text);
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) expect(result.message.length).toBeGreaterThan(10);
        },
      ),
    );
  });
});
