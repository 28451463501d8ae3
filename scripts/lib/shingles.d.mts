/** Number of consecutive words that counts as a copied run. */
export const RUN_LENGTH: number;
/** Lowercases, folds apostrophes, and splits text into words. */
export function toWords(text: string): string[];
/** A short, stable hash of one run of words. */
export function hashRun(words: string[]): string;
/** Every run of `length` consecutive words, each with its hash. */
export function runsOf(text: string, length?: number): { hash: string; text: string }[];
