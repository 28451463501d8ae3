// Sector presets: a starting point for a sector, holding only figures that have a citable source
// for that sector in content/sources.yaml. A preset sets those figures and nothing else; every
// other figure stays at the calculator's general default, and the page says which is which.
//
// Only retail banking has such a figure today: J.D. Power's 2010 retail banking study, in which 37%
// of people who changed their main bank did so over poor service. No other sector has a sourced
// figure in our sources, so there is no other preset: a figure without a source would be a guess
// presented as a fact.
import type { NumberInputKey, SourceId } from './inputs';

/** A figure a preset sets, with the source it comes from. */
export interface PresetFigure {
  /** The input it sets. */
  key: NumberInputKey;
  /** The value, from the source. */
  value: number;
  /** The source id in content/sources.yaml. */
  source: SourceId;
}

/** A sector's starting point. */
export interface Preset {
  /** The id written in links (`ps=`). */
  id: string;
  /** The sector's name, for the menu and the print. */
  name: string;
  /** The figures it sets, each from its source. */
  figures: readonly PresetFigure[];
}

/** Every preset, in the order the menu lists them. */
export const PRESETS: readonly Preset[] = [
  {
    id: 'retail-banking',
    name: 'Retail banking',
    figures: [{ key: 'serviceChurnShare', value: 37, source: 'jd-power-2010' }],
  },
];

/** The preset with this id, or undefined for anything else (an unknown or hostile id). */
export function findPreset(id: unknown): Preset | undefined {
  return PRESETS.find((preset) => preset.id === id);
}

/** The figure a preset sets for an input, if it sets one. */
export function presetFigure(preset: Preset | undefined, key: NumberInputKey): PresetFigure | undefined {
  return preset?.figures.find((figure) => figure.key === key);
}
