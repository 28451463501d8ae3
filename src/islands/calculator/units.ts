// The unit shown after a number box. Labels already name minutes and counts, so only units the
// label leaves out are shown.
import type { NumberInputDefinition } from '../../core/calculator/inputs';

/** The short unit after a field's box, or undefined when the label already says it. */
export function unitAfter(definition: NumberInputDefinition, currency: string): string | undefined {
  switch (definition.unit) {
    case 'percent':
      return '%';
    case 'money':
      return currency;
    case 'years':
      return 'years';
    case 'multiple':
      return 'times';
    case 'per-year':
      return 'a year';
    case 'score':
      return 'points';
    default:
      return undefined;
  }
}
