// The one validation library, zod/mini (the tree-shakable form of zod 4), as every schema in core
// imports it: `import * as z from '../zod'`. It is set up once, before any schema exists:
// - Pages run under a strict Content-Security-Policy, and zod would otherwise probe for
//   `new Function` when it builds an object schema (the browser reports that as a policy
//   violation), so it interprets instead.
// - A refused file or stored copy is explained to people in plain words: `plainIssue` words every
//   problem a schema does not word itself (zod's defaults read like "Invalid input: expected
//   number, received string").
import { config, type core } from 'zod/mini';

const KINDS: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
};

/** The sentence for one problem found in data, without a capital or full stop (it ends a sentence). */
function plainIssue(issue: core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${KINDS[issue.expected] ?? issue.expected}`;
    case 'too_big':
    case 'too_small': {
      const limit = issue.code === 'too_big' ? `at most ${issue.maximum}` : `at least ${issue.minimum}`;
      if (issue.origin === 'string') return `expected ${limit} characters`;
      if (issue.origin === 'array') return `expected ${limit} items`;
      return `expected ${limit}`;
    }
    case 'invalid_value':
      return `expected one of ${issue.values.map(String).join(', ')}`;
    case 'invalid_format':
      return issue.format === 'datetime'
        ? 'expected a date like 2025-03-01T09:30:00.000Z'
        : 'the text has the wrong form';
    case 'unrecognized_keys':
      return `unknown field "${issue.keys[0] ?? ''}"`;
    case 'invalid_union':
      return 'expected one of the allowed kinds of value';
    default:
      return 'the value is not valid';
  }
}

config({ jitless: true, customError: plainIssue });

export * from 'zod/mini';
