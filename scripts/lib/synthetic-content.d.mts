/** The content folder of this checkout. */
export const realContentDir: string;
/** The six families, in the order synthetic playbooks are dealt to them. */
export const syntheticFamilies: string[];
/** Words in a synthetic body (prose only, no tags): drawn between these bounds. */
export const bodyWords: { min: number; max: number };
/**
 * Copies the real content to `targetDir` and adds synthetic playbooks until there are `count`
 * playbooks in all; returns the ids (`family/slug`) of the real and the synthetic ones.
 */
export function writeSyntheticContent(
  targetDir: string,
  count: number,
  options?: { seed?: number; sourceDir?: string },
): { real: string[]; synthetic: string[] };
