/** The path of a Chromium binary, or undefined when none is found. */
export function findChromium(): string | undefined;
/** Flags that keep Chromium quiet on a machine with no outside network. */
export const quietChromiumFlags: string[];
