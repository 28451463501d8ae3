// The zod schema for yyyy-mm-dd dates, apart from the date helpers in iso-date.ts: a module that
// builds a schema at load brings zod (about 24 KB gzip) into every page whose code shares it.
import { z } from 'astro/zod';
import { isIsoDate } from './iso-date';

/** Validates a yyyy-mm-dd calendar date. */
export const isoDateSchema = /* @__PURE__ */ z
  .string()
  .refine(isIsoDate, 'write the date as yyyy-mm-dd, for example 2025-03-31');
