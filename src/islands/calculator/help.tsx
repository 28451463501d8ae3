// Words the page writes at build time and passes as props, by key: the help sentences under the
// calculator's fields (src/core/calculator/help.ts) and the number-format menu's labels. They
// travel in the HTML rather than in the JavaScript, and cost the browser no work to produce.
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
