// The results view: scores with their table, where to start, saving, comparing and files.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useAtom } from '../shared/use-atom';
import type { Assessment } from '../../schemas/assessment';
import type { Answers } from '../../core/assessment/answers';
import { toIsoDate } from '../../core/assessment/iso-date';
import { createSavedResult, describeOlderResult, findSavedAnswers } from '../../core/assessment/result-io';
import { describeAnswerCounts, scoreAssessment } from '../../core/assessment/scoring';
import type { DimensionGuide } from './guides';
import { ScoreChart } from './ScoreChart';
import { WhereToStart } from './WhereToStart';
import { SaveResultForm } from './SaveResultForm';
import { HistoryList } from './HistoryList';
import { CompareResults } from './CompareResults';
import { ImportResult } from './ImportResult';
import { downloadResultCsv, downloadResultJson } from './files';
import { $historyFor } from '../../stores/assess-history';
import type { PlaceView } from '../../stores/assess';
import './results.css';

/** Props of the results view. */
export interface ResultsPanelProps {
  assessment: Assessment;
  guides: DimensionGuide[];
  answers: Answers;
  /** Moves focus to the heading when shown, after the person asked for it (not on page load). */
  focusOnShow: boolean;
  /** This device's own results, or a result of the history opened as a result. */
  view: PlaceView;
  /** Shows another view: a saved result opened from the history or an import, or the own results. */
  onView: (view: PlaceView) => void;
  onBackToQuestions: () => void;
}

/** Scores, where to start, history and files for one assessment. */
export function ResultsPanel({
  assessment,
  guides,
  answers,
  focusOnShow,
  view,
  onView,
  onBackToQuestions,
}: ResultsPanelProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [message, setMessage] = useState('');
  const history = useAtom($historyFor(assessment.id));
  // A result opened from the history (or just imported); gone if it was deleted meanwhile.
  const opened = typeof view === 'object' ? history[view.index] : undefined;
  const imported = typeof view === 'object' && view.imported;
  const shownAnswers = opened ? opened.answers : answers;
  const result = scoreAssessment(assessment, shownAnswers);
  // A result saved with older questions says which of its answers no longer count.
  const olderNote = opened ? describeOlderResult(assessment, opened) : null;
  // The file beside the results carries the name the answers were saved under, if they were.
  const current = () =>
    opened ??
    findSavedAnswers(history, assessment, answers) ??
    createSavedResult(assessment, answers, 'My result', toIsoDate(new Date()));
  const name = opened ? `${opened.label} (${opened.date})` : '';
  const title = opened ? `${imported ? 'Imported' : 'Saved'} result: ${name}` : 'Your results';

  useEffect(() => {
    if (focusOnShow) heading.current?.focus();
  }, [view]);

  useEffect(() => {
    // An opened result that no longer exists (deleted here or in another tab) falls back to our own.
    if (typeof view === 'object' && !opened) onView('results');
  }, [view, opened]);

  return (
    <section class="results" aria-labelledby="results-heading">
      <h2 id="results-heading" ref={heading} tabIndex={-1} class="results-heading">
        {title}
      </h2>
      {opened && (
        <p class="results-opened">
          {imported
            ? 'Imported from a file and kept in your saved results. Your own answers on this device are unchanged.'
            : 'A result from your saved results. Your own answers on this device are unchanged.'}
        </p>
      )}
      {olderNote && <p class="notice">{olderNote}</p>}
      <p class="results-summary">{result.summary}</p>
      <p>{describeAnswerCounts(result, opened ? 'It' : 'You')}</p>
      <ScoreChart result={result} label={opened ? opened.label : 'Your scores'} />
      <WhereToStart result={result} guides={guides} />
      <div class="results-actions no-print">
        {opened ? (
          <button
            type="button"
            class="secondary"
            onClick={() => {
              onView('results');
            }}
          >
            Back to your own results
          </button>
        ) : (
          <button type="button" class="secondary" onClick={onBackToQuestions}>
            Back to the questions
          </button>
        )}
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
        <button type="button" class="secondary" onClick={print}>
          Print
        </button>
      </div>
      <p class="results-status" role="status">
        {message}
      </p>
      <div class="no-print">
        {!opened && <SaveResultForm assessment={assessment} answers={answers} onMessage={setMessage} />}
        <HistoryList
          assessment={assessment}
          opened={typeof view === 'object' ? view.index : null}
          onOpen={(index) => {
            onView({ index, imported: false });
          }}
          onDeleted={() => {
            if (opened) onView('results');
          }}
        />
        <CompareResults assessment={assessment} answers={answers} />
        <ImportResult
          assessment={assessment}
          onMessage={setMessage}
          onImported={(index) => {
            onView({ index, imported: true });
          }}
        />
      </div>
    </section>
  );
}
