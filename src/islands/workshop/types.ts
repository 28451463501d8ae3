// Props shared by the workshop views: the content the page passes in.
import type { Assessment } from '../../schemas/assessment';

/** A playbook a dimension links to. */
export interface PlaybookLink {
  /** The playbook's title. */
  title: string;
  /** Its URL, e.g. /playbooks/traits/accessible/. */
  url: string;
}

/** What the page hands to the workshop island. */
export interface WorkshopProps {
  /** Every assessment a workshop can use, in the order they are offered. */
  assessments: Assessment[];
  /** Playbooks by reference (`family/slug`), for each dimension's link. */
  playbooks: Record<string, PlaybookLink>;
}

/** Puts a sentence in the tool's polite live region. */
export type Announce = (message: string) => void;
