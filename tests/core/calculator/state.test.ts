import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { decodeVersioned, encodeVersioned } from '../../../src/core/versioned';
import { ASSUMPTIONS } from '../../../src/core/calculator/assumptions';
import { CALCULATOR_INPUTS, NUMBER_INPUT_KEYS } from '../../../src/core/calculator/inputs';
import { computeCostOfInaction } from '../../../src/core/calculator/model';
import { calculatorStateFormat } from '../../../src/core/calculator/state-format';
import { getDefaultState } from '../../../src/core/calculator/state';

describe('the stored calculator state', () => {
  it('round-trips through the versioned envelope', () => {
    const state = getDefaultState();
    state.values.customers = 777;
    expect(decodeVersioned(calculatorStateFormat, encodeVersioned(calculatorStateFormat, state))).toEqual({
      status: 'ok',
      value: state,
    });
  });

  it.each([
    ['customers beyond the range', (raw: string) => raw.replace('"customers":20000', '"customers":1e20')],
    ['a currency that does not exist', (raw: string) => raw.replace('"EUR"', '"EURO"')],
    ['a locale that is not canonical', (raw: string) => raw.replace('"en-GB"', '"EN_gb"')],
  ])('refuses %s', (_name, damage) => {
    const raw = damage(encodeVersioned(calculatorStateFormat, getDefaultState()));
    expect(decodeVersioned(calculatorStateFormat, raw).status).toBe('invalid');
  });
});

describe('sources', () => {
  const sources = parse(readFileSync(join(import.meta.dirname, '../../../content/sources.yaml'), 'utf8')) as {
    id: string;
  }[];
  const ids = new Set(sources.map((source) => source.id));

  it('cites only sources listed in content/sources.yaml', () => {
    const result = computeCostOfInaction(getDefaultState().values);
    const cited = [
      ...NUMBER_INPUT_KEYS.map((key) => CALCULATOR_INPUTS[key].source),
      ...ASSUMPTIONS.map((assumption) => assumption.source),
      ...Object.values(result).map((value: unknown) =>
        value && typeof value === 'object' && 'source' in value && typeof value.source === 'string'
          ? value.source
          : undefined,
      ),
    ].filter((id) => id !== undefined);
    expect(cited.length).toBeGreaterThan(3);
    for (const id of cited) expect(ids.has(id), id).toBe(true);
  });
});
