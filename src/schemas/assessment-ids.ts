// The self-assessment ids on their own, so browser code that only needs the list (share codes,
// stored formats) does not bring the content-collection schemas into a page.

/** The self-assessments a playbook can point to (content/assessments/<id>.yaml). */
export const assessmentIds = ['seven-traits', 'heart', 'chain', 'qualities', 'service-model'] as const;
