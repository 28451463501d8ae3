// Sector presets hold only sourced figures, travel in the link, and leave older links unchanged.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { decodeCalculatorState, encodeCalculatorState } from '../../../src/core/calculator/fragment';
import { CALCULATOR_INPUTS, CALCULATOR_SOURCES } from '../../../src/core/calculator/inputs';
import { findPreset, PRESETS } from '../../../src/core/calculator/presets';
import { calculatorStateSchema } from '../../../src/core/calculator/state-format';
import { getDefaultState } from '../../../src/core/calculator/state';
import { checkNumberInput } from '../../../src/core/calculator/validate';

const sources = parse(readFileSync('content/sources.yaml', 'utf8')) as { id: string; supports: string }[];

describe('sector presets', () => {
  it.each(PRESETS.map((preset) => [preset.name, preset] as const))(
    '%s sets only figures with a source the calculator cites, each a usable value',
    (_name, preset) => {
      expect(preset.figures.length).toBeGreaterThan(0);
      for (const figure of preset.figures) {
        expect(CALCULATOR_SOURCES).toContain(figure.source);
        const source = sources.find((entry) => entry.id === figure.source);
        expect(source, figure.source).toBeDefined();
        // The figure is the one the source's entry states.
        expect(source?.supports).toContain(`${figure.value}%`);
        expect(checkNumberInput(CALCULATOR_INPUTS[figure.key], figure.value, 'en-GB').ok).toBe(true);
      }
    },
  );

  it('finds only known presets', () => {
    expect(findPreset('retail-banking')?.name).toBe('Retail banking');
    for (const id of ['', 'utilities', '__proto__', 'constructor', 42, undefined])
      expect(findPreset(id)).toBeUndefined();
  });

  it('carries the preset in the link and the saved copy, and only when one was applied', () => {
    const state = { ...getDefaultState(), preset: 'retail-banking' };
    const link = encodeCalculatorState(state);
    expect(link).toMatch(/&ps=retail-banking$/);
    expect(decodeCalculatorState(link)).toEqual({ state, ignored: [] });
    expect(calculatorStateSchema.safeParse(state).success).toBe(true);
    expect(encodeCalculatorState(getDefaultState())).not.toContain('ps=');
    expect(decodeCalculatorState(encodeCalculatorState(getDefaultState())).state.preset).toBeUndefined();
  });

  it('ignores an unknown preset in a link, and says so', () => {
    const link = `${encodeCalculatorState(getDefaultState())}&ps=%3Cscript%3E`;
    const decoded = decodeCalculatorState(link);
    expect(decoded.state.preset).toBeUndefined();
    expect(decoded.ignored).toEqual(['Sector preset']);
    expect(decoded.notice).toContain('Sector preset');
    expect(calculatorStateSchema.safeParse({ ...getDefaultState(), preset: 'utilities' }).success).toBe(false);
  });
});
