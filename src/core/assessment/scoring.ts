// Scores one person's answers. A dimension score is the mean of its rated items after reverse
// scoring; "don't know" and unanswered items are counted but never scored, never as zero.
import type { Assessment } from '../../schemas/assessment';
import { readAnswer, scoreAnswer, type Answers } from './answers';
import { formatScore, joinLabels } from './text';

/** The score of one dimension for one person. */
export interface DimensionScore {
  id: string;
  /** Dimension label, for charts and sentences. */
  label: string;
  /** Mean of the rated items after reverse scoring (1-5), or null when none was rated. */
  score: number | null;
  /** Items rated 1-5. */
  answered: number;
  /** Items answered "don't know". */
  dontKnow: number;
  /** Items with no answer at all. */
  unanswered: number;
  /** Items in the dimension. */
  total: number;
}

/** One person's scored assessment. */
export interface AssessmentResult {
  /** Which assessment was scored. */
  assessmentId: Assessment['id'];
  /** The assessment content version the answers were scored against. */
  assessmentVersion: number;
  /** Every dimension, in assessment order. */
  dimensions: DimensionScore[];
  /** Highest-scoring dimension (earliest in assessment order on a tie); null when there is no contrast. */
  strongest: DimensionScore | null;
  /** Lowest-scoring dimension (earliest in assessment order on a tie); null when there is no contrast. */
  weakest: DimensionScore | null;
  /** One or two plain sentences naming the strongest and weakest dimensions. */
  summary: string;
}

/** Scores every dimension and picks out the strongest and weakest. */
export function scoreAssessment(assessment: Assessment, answers: Answers): AssessmentResult {
  const dimensions = assessment.dimensions.map((dimension): DimensionScore => {
    let sum = 0;
    let answered = 0;
    let dontKnow = 0;
    for (const item of dimension.items) {
      const answer = readAnswer(answers, item.id);
      const value = scoreAnswer(item, answer);
      if (value !== null) {
        sum += value;
        answered += 1;
      } else if (answer === 'dk') dontKnow += 1;
    }
    const total = dimension.items.length;
    return {
      id: dimension.id,
      label: dimension.label,
      score: answered > 0 ? sum / answered : null,
      answered,
      dontKnow,
      unanswered: total - answered - dontKnow,
      total,
    };
  });
  const scored = dimensions.filter((d): d is DimensionScore & { score: number } => d.score !== null);
  const high = Math.max(...scored.map((d) => d.score));
  const low = Math.min(...scored.map((d) => d.score));
  // With fewer than two distinct scores there is nothing to contrast, so neither end is named.
  const contrast = scored.length >= 2 && high > low;
  const strongest = contrast ? (scored.find((d) => d.score === high) ?? null) : null;
  const weakest = contrast ? (scored.find((d) => d.score === low) ?? null) : null;
  return {
    assessmentId: assessment.id,
    assessmentVersion: assessment.version,
    dimensions,
    strongest,
    weakest,
    summary: summarise(dimensions),
  };
}

function summarise(dimensions: readonly DimensionScore[]): string {
  const scored = dimensions.filter((d): d is DimensionScore & { score: number } => d.score !== null);
  const missing = dimensions.filter((d) => d.score === null).map((d) => d.label);
  const missingNote =
    missing.length > 0 && scored.length > 0
      ? ` ${joinLabels(missing)} ${missing.length === 1 ? 'has' : 'have'} no ratings yet, so ${missing.length === 1 ? 'it is' : 'they are'} left out.`
      : '';
  if (scored.length === 0) {
    return 'No statement has a rating from 1 to 5 yet, so there is no strongest or weakest dimension to show.';
  }
  if (scored.length === 1) {
    const only = scored[0];
    return `Only ${only?.label ?? ''} has ratings so far (${formatScore(only?.score)}); rate statements in the other dimensions to compare them.`;
  }
  const high = Math.max(...scored.map((d) => d.score));
  const low = Math.min(...scored.map((d) => d.score));
  if (high === low) {
    return `All ${scored.length} rated dimensions scored the same (${formatScore(high)}), so none stands out as strongest or weakest.${missingNote}`;
  }
  return `${describeEnd('strongest', scored, high)} and ${describeEnd('weakest', scored, low)}.${missingNote}`;
}

function describeEnd(
  end: 'strongest' | 'weakest',
  scored: readonly { label: string; score: number }[],
  value: number,
): string {
  const labels = scored.filter((d) => d.score === value).map((d) => d.label);
  // The second half of the sentence drops the noun: "... and your weakest is Beta (2.0)".
  const lead = end === 'strongest' ? 'Your strongest dimension' : 'your weakest';
  if (labels.length === 1) return `${lead} is ${labels[0] ?? ''} (${formatScore(value)})`;
  return `${end === 'strongest' ? 'Your strongest dimensions' : lead} are ${joinLabels(labels)} (${formatScore(value)} each)`;
}

/** Dimensions scoring below the threshold, weakest first (ties in assessment order); unrated ones are left out. */
export function weakDimensions(result: AssessmentResult, threshold = 2.5): DimensionScore[] {
  return result.dimensions
    .map((dimension, index) => ({ dimension, index }))
    .filter(({ dimension }) => dimension.score !== null && dimension.score < threshold)
    .sort((a, b) => (a.dimension.score ?? 0) - (b.dimension.score ?? 0) || a.index - b.index)
    .map(({ dimension }) => dimension);
}

/** How many statements were rated, answered "don't know" or left unanswered, over every dimension. */
export function countAnswers(
  result: AssessmentResult,
): Pick<DimensionScore, 'answered' | 'dontKnow' | 'unanswered' | 'total'> {
  const sum = (pick: (d: DimensionScore) => number) => result.dimensions.reduce((total, d) => total + pick(d), 0);
  return {
    answered: sum((d) => d.answered),
    dontKnow: sum((d) => d.dontKnow),
    unanswered: sum((d) => d.unanswered),
    total: sum((d) => d.total),
  };
}

/** The counts in words, e.g. "You rated 5 of 9 statements and left 4 unanswered. …"; subject is "You" or "It". */
export function describeAnswerCounts(result: AssessmentResult, subject: string): string {
  const { answered, dontKnow, unanswered, total } = countAnswers(result);
  const parts = [`${subject} rated ${answered} of ${total} statements`];
  if (dontKnow > 0) parts.push(`answered “don’t know” to ${dontKnow}`);
  if (unanswered > 0) parts.push(`left ${unanswered} unanswered`);
  const list = parts.length === 3 ? `${parts[0]}, ${parts[1]} and ${parts[2]}` : parts.join(' and ');
  const rest = dontKnow + unanswered > 0 ? ' Statements without a rating are counted here but never scored.' : '';
  return `${list}.${rest}`;
}
