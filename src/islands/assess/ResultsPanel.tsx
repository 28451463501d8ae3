// The results view: scores with their table, where to start, saving, comparing and files.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Assessment } from '../../schemas/assessment';
import type { Answers } from '../../core/assessment/answers';
import { toIsoDate } from '../../core/assessment/iso-date';
import { createSavedResult } from '../../core/assessment/result-io';
import { scoreAssessment } from '../../core/assessment/scoring';
import type { DimensionGuide } from './guides';
import { ScoreChart } from './ScoreChart';
import { WhereToStart } from './WhereToStart';
import { SaveResultForm } from './SaveResultForm';
import { HistoryList } from './HistoryList';
import { CompareResults } from './CompareResults';
import { ImportResult } from './ImportResult';
import { downloadResultCsv, downloadResultJson } from './files';
import './results.css';

/** Props of the results view. */
export interface ResultsPanelProps {
  assessment: Assessment;
  guides: DimensionGuide[];
  answers: Answers;
  /** Moves focus to the heading when shown, after the person asked for it (not on page load). */
  focusOnShow: boolean;
  onBackToQuestions: () => void;
}

function countSentence(rated: number, dontKnow: number, unanswered: number, total: number): string {
  const parts = [`You rated ${rated} of ${total} statements`];
  if (dontKnow > 0) parts.push(`answered “don’t know” to ${dontKnow}`);
  if (unanswered > 0) parts.push(`left ${unanswered} unanswered`);
  const list = parts.length === 3 ? `${parts[0]}, ${parts[1]} and ${parts[2]}` : parts.join(' and ');
  const rest = dontKnow + unanswered > 0 ? ' Statements without a rating are counted here but never scored.' : '';
  return `${list}.${rest}`;
}

/** Scores, where to start, history and files for one assessment. */
export function ResultsPanel({ assessment, guides, answers, focusOnShow, onBackToQuestions }: ResultsPanelProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [message, setMessage] = useState('');
  const result = scoreAssessment(assessment, answers);
  const sum = (pick: (d: (typeof result.dimensions)[number]) => number) =>
    result.dimensions.reduce((total, d) => total + pick(d), 0);
  const current = () => createSavedResult(assessment, answers, 'My result', toIsoDate(new Date()));

  useEffect(() => {
    if (focusOnShow) heading.current?.focus();
  }, []);

  return (
    <section class="results" aria-labelledby="results-heading">
      <h2 id="results-heading" ref={heading} tabIndex={-1} class="results-heading">
        Your results
      </h2>
      <p class="results-summary">{result.summary}</p>
      <p>
        {countSentence(
          sum((d) => d.answered),
          sum((d) => d.dontKnow),
          sum((d) => d.unanswered),
          sum((d) => d.total),
        )}
      </p>
      <ScoreChart result={result} label="Your scores" />
      <WhereToStart result={result} guides={guides} />
      <div class="results-actions no-print">
        <button type="button" class="secondary" onClick={onBackToQuestions}>
          Back to the questions
        </button>
        <button
          type="button"
          class="secondary"
          onClick={() => {
            downloadResultJson(assessment, current());
          }}
        >
          Export JSON
        </button>
        <button
          type="button"
          class="secondary"
          onClick={() => {
            downloadResultCsv(assessment, current());
          }}
        >
          Export CSV
        </button>
        <button
          type="button"
          class="secondary"
          onClick={() => {
            print();
          }}
        >
          Print
        </button>
      </div>
      <p class="results-status" role="status">
        {message}
      </p>
      <div class="no-print">
        <SaveResultForm assessment={assessment} answers={answers} onMessage={setMessage} />
        <HistoryList assessment={assessment} />
        <CompareResults assessment={assessment} answers={answers} />
        <ImportResult assessment={assessment} onMessage={setMessage} />
      </div>
    </section>
  );
}
