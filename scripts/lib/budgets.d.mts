/** A representative page for each page type and its JS budget in gzip bytes. */
export const pageTypes: { type: string; path: string; budget: number }[];
