// The one validation library, zod/mini (the tree-shakable form of zod 4), as every schema in core
// imports it: `import * as z from '../zod'`. Pages run under a strict Content-Security-Policy, and
// zod would otherwise probe for `new Function` when it builds an object schema (the browser reports
// that as a policy violation), so it is told once, before any schema exists, to interpret instead.
import { config } from 'zod/mini';

config({ jitless: true });

export * from 'zod/mini';
