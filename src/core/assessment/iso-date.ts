// Calendar dates written as yyyy-mm-dd: what people mean by "the workshop date" or "due by",
// with no time zone to shift them by a day.
import * as z from '../zod';

/** True for a real calendar date written as yyyy-mm-dd (2024-02-29 yes, 2023-02-29 no). */
export function isIsoDate(text: unknown): text is string {
  if (typeof text !== 'string') return false;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}

/** Writes a Date as yyyy-mm-dd in the local calendar (what the person sees as "today"). */
export function toIsoDate(date: Date): string {
  const pad = (value: number, width: number): string => String(value).padStart(width, '0');
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

/** Validates a yyyy-mm-dd calendar date. */
export const isoDateSchema = z
  .string()
  .check(z.refine(isIsoDate, 'write the date as yyyy-mm-dd, for example 2025-03-31'));
