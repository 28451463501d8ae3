import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { NUMBER_INPUT_KEYS } from '../../../src/core/calculator/inputs';
import { HEART_VALUES, TRAITS } from '../../../src/core/journey/vocabulary';
import { mappedDimensions, weakLinks } from '../../../src/core/assessment/weak-links';

const dimensionsOf = (id: string): string[] =>
  (parse(readFileSync(`content/assessments/${id}.yaml`, 'utf8')) as { dimensions: { id: string }[] }).dimensions.map(
    (d) => d.id,
  );

describe('weak-dimension links', () => {
  it('lead Accessible to the moments tagged accessible and to the calculator’s waiting time', () => {
    expect(weakLinks('seven-traits', 'accessible')).toEqual({
      journeyTag: { kind: 'trait', id: 'accessible' },
      calculator: { field: 'averageWaitMinutes', cost: 'customers’ time spent waiting' },
    });
  });

  it('tag every trait and HEART value with the same word journey moments use', () => {
    for (const id of dimensionsOf('seven-traits'))
      expect(weakLinks('seven-traits', id).journeyTag).toEqual({ kind: 'trait', id });
    for (const id of dimensionsOf('heart')) expect(weakLinks('heart', id).journeyTag).toEqual({ kind: 'heart', id });
    expect(dimensionsOf('seven-traits')).toEqual([...TRAITS]);
    expect(dimensionsOf('heart')).toEqual([...HEART_VALUES]);
  });

  it('name only dimensions that exist and calculator fields that exist', () => {
    for (const { assessmentId, dimensionId, links } of mappedDimensions()) {
      expect(dimensionsOf(assessmentId), `${assessmentId}/${dimensionId}`).toContain(dimensionId);
      if (links.calculator) expect(NUMBER_INPUT_KEYS).toContain(links.calculator.field);
    }
  });

  it('give nothing for an unknown assessment or dimension, or an inherited name', () => {
    const none = { journeyTag: null, calculator: null };
    expect(weakLinks('seven-traits', 'nonsense')).toEqual(none);
    expect(weakLinks('nope', 'accessible')).toEqual(none);
    expect(weakLinks('seven-traits', 'constructor')).toEqual(none);
    expect(weakLinks('__proto__', 'toString')).toEqual(none);
  });
});
