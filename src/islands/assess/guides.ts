// What the page passes in about each dimension's playbook, so results can point to what to do next.

/** A play that helps with a dimension. */
export interface PlayLink {
  /** Play id, unique across the site. */
  id: string;
  title: string;
  /** Minutes the session runs. */
  runMinutes: number;
  /** `/playbooks/<family>/<slug>/#play-<id>`. */
  href: string;
}

/** The playbook that explains one dimension, and its plays. */
export interface DimensionGuide {
  /** The dimension's id in the assessment. */
  dimensionId: string;
  playbookTitle: string;
  /** `/playbooks/<family>/<slug>/`. */
  playbookHref: string;
  plays: PlayLink[];
}
