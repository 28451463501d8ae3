// The fixed words a worksheet uses: kinds of moment, evidence, status, the seven traits and HEART.
// Stored files hold the ids; labels are for people and may be reworded without a format change.

/** The three kinds of moment worth finding: high-impact ones (id kept from its first name), small ones that mean a lot, and costly irritations. */
export const MOMENT_KINDS = ['high-emotion', 'small-meaningful', 'costly-annoyance'] as const;
/** One kind of moment. */
export type MomentKind = (typeof MOMENT_KINDS)[number];

/** How the team knows what happens in a moment, from strongest to weakest. */
export const EVIDENCE_LEVELS = ['observed', 'reported-customers', 'reported-staff', 'assumed'] as const;
/** One level of evidence. */
export type Evidence = (typeof EVIDENCE_LEVELS)[number];

/** Where the work on a moment stands. */
export const MOMENT_STATUSES = ['idea', 'agreed', 'in-progress', 'done'] as const;
/** One status. */
export type MomentStatus = (typeof MOMENT_STATUSES)[number];

/** The seven traits of a human organisation, in the order the playbooks list them. */
export const TRAITS = [
  'accessible',
  'consistent',
  'flexible',
  'proactive',
  'respectful',
  'responsible',
  'straightforward',
] as const;
/** One trait. */
export type Trait = (typeof TRAITS)[number];

/** The five HEART values, in the order of the acronym. */
export const HEART_VALUES = ['honesty', 'empathy', 'accountability', 'responsibility', 'transparency'] as const;
/** One HEART value. */
export type HeartValue = (typeof HEART_VALUES)[number];

/** Display names for kinds of moment. */
export const MOMENT_KIND_LABELS: Readonly<Record<MomentKind, string>> = {
  'high-emotion': 'High impact',
  'small-meaningful': 'Small but meaningful',
  'costly-annoyance': 'Costly annoyance',
};

/** Display names for evidence levels. */
export const EVIDENCE_LABELS: Readonly<Record<Evidence, string>> = {
  observed: 'Observed',
  'reported-customers': 'Reported by customers',
  'reported-staff': 'Reported by staff',
  assumed: 'Assumed',
};

/** Display names for statuses. */
export const STATUS_LABELS: Readonly<Record<MomentStatus, string>> = {
  idea: 'Idea',
  agreed: 'Agreed',
  'in-progress': 'In progress',
  done: 'Done',
};

/** Display names for the traits. */
export const TRAIT_LABELS: Readonly<Record<Trait, string>> = {
  accessible: 'Accessible',
  consistent: 'Consistent',
  flexible: 'Flexible',
  proactive: 'Proactive',
  respectful: 'Respectful',
  responsible: 'Responsible',
  straightforward: 'Straightforward',
};

/** Display names for the HEART values. */
export const HEART_LABELS: Readonly<Record<HeartValue, string>> = {
  honesty: 'Honesty',
  empathy: 'Empathy',
  accountability: 'Accountability',
  responsibility: 'Responsibility',
  transparency: 'Transparency',
};

/** The playbook page for a trait, e.g. `/playbooks/traits/accessible/`. */
export function traitPlaybookUrl(trait: Trait): string {
  return `/playbooks/traits/${trait}/`;
}

/** The playbook page for a HEART value, e.g. `/playbooks/heart/honesty/`. */
export function heartPlaybookUrl(value: HeartValue): string {
  return `/playbooks/heart/${value}/`;
}

/** Puts chosen traits in the canonical order and drops repeats, so equal choices compare equal. */
export function sortTraits(traits: readonly Trait[]): Trait[] {
  return TRAITS.filter((trait) => traits.includes(trait));
}

/** Puts chosen HEART values in the canonical order and drops repeats. */
export function sortHeartValues(values: readonly HeartValue[]): HeartValue[] {
  return HEART_VALUES.filter((value) => values.includes(value));
}
