// The help sentences under the calculator's fields arrive from the page as props (see
// src/core/calculator/help.ts), so they travel in the HTML rather than in the JavaScript.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/** Help sentences by field key. */
export type HelpTexts = Readonly<Partial<Record<string, string>>>;

/** The help sentences available to fields below it. */
export const HelpContext = createContext<HelpTexts>({});

/** The page's help for a field, else the definition's own (the companions carry theirs). */
export function useHelp(key: string, own: string | undefined): string {
  return useContext(HelpContext)[key] ?? own ?? '';
}
