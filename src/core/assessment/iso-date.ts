// Calendar dates written as yyyy-mm-dd: what people mean by "the workshop date" or "due by",
// with no time zone to shift them by a day.
import * as z from '../zod';

/** Writes a Date as yyyy-mm-dd in the local calendar (what the person sees as "today"). */
export function toIsoDate(date: Date): string {
  const pad = (value: number, width: number): string => String(value).padStart(width, '0');
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

/** A real calendar date written as yyyy-mm-dd (2024-02-29 yes, 2023-02-29 no). */
export const isoDateSchema = z.iso.date('write the date as yyyy-mm-dd, for example 2025-03-31');

/** True for a real calendar date written as yyyy-mm-dd. */
export function isIsoDate(text: unknown): text is string {
  return isoDateSchema.safeParse(text).success;
}
