// Citations: the page passes the few bibliography entries it needs, and any component can link
// one by id to its entry on /sources/ with the author and title.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { withBase } from '../../lib/base';

/** What a citation shows of a source. */
export interface SourceSummary {
  /** Who wrote or published it. */
  author: string;
  /** The work's title. */
  title: string;
}

/** The cited sources by id, as passed from the page. */
export type SourceSummaries = Readonly<Record<string, SourceSummary>>;

/** The sources available to citations below it. */
export const SourcesContext = createContext<SourceSummaries>({});

/** A link to a source's entry on /sources/, as "Author, “Title”"; nothing for an unknown id. */
export function SourceLink({ id }: { id: string | undefined }) {
  const sources = useContext(SourcesContext);
  const source = id === undefined ? undefined : sources[id];
  if (id === undefined || !source) return null;
  return (
    <a href={withBase(`/sources/#${id}`)}>
      {source.author}, “{source.title}”
    </a>
  );
}

/** "Source: Author, “Title”." after a figure or a default that rests on a source. */
export function Citation({ id, lead = 'Source:' }: { id: string | undefined; lead?: string }) {
  const sources = useContext(SourcesContext);
  if (id === undefined || !sources[id]) return null;
  return (
    <span class="calc-citation">
      {lead} <SourceLink id={id} />.
    </span>
  );
}
