// The results kept on this device, with a file export for each and delete with Undo.
import { useRef, useState } from 'preact/hooks';
import { useAtom } from '../shared/use-atom';
import type { Assessment } from '../../schemas/assessment';
import { measureProgress } from '../../core/assessment/progress';
import type { SavedResult } from '../../core/assessment/result-io';
import { $historyFor, deleteResult, restoreResult } from '../../stores/assess-history';
import { UndoNotice } from '../shared/UndoNotice';
import { downloadResultCsv, downloadResultJson } from './files';

interface Props {
  assessment: Assessment;
  /** Index of the result shown as the results above, or null. */
  opened?: number | null;
  /** Shows one saved result as a result (radar, table and where to start). */
  onOpen?: (index: number) => void;
  /** Called after a result was deleted. */
  onDeleted?: () => void;
}

/** The saved results table. */
export function HistoryList({ assessment, opened = null, onOpen, onDeleted }: Props) {
  const history = useAtom($historyFor(assessment.id));
  const [deleted, setDeleted] = useState<{ index: number; result: SavedResult } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  return (
    <section class="history" aria-labelledby="history-heading">
      <h3 id="history-heading" ref={heading} tabIndex={-1}>
        Your saved results
      </h3>
      {deleted && (
        <UndoNotice
          message={`Deleted “${deleted.result.label}” (${deleted.result.date}).`}
          onUndo={() => {
            restoreResult(assessment.id, deleted.index, deleted.result);
            setDeleted(null);
            heading.current?.focus();
          }}
          onDismiss={() => {
            setDeleted(null);
            heading.current?.focus();
          }}
        />
      )}
      {history.length === 0 ? (
        <p>No saved results yet. Save this result, or import one you exported, to compare it with a later one.</p>
      ) : (
        <div class="table-scroll">
          <table>
            <caption class="visually-hidden">Saved results, oldest first</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Date</th>
                <th scope="col" class="num">
                  Answered
                </th>
                <th scope="col" class="no-print">
                  Actions
                </th>
              </tr>
            </thead>
            <tbody>
              {history.map((result, index) => {
                const progress = measureProgress(assessment, result.answers);
                const name = `${result.label} (${result.date})`;
                return (
                  <tr key={`${result.date}-${result.label}-${String(index)}`}>
                    <th scope="row">{result.label}</th>
                    <td>{result.date}</td>
                    <td class="num">
                      {progress.answered} of {progress.total}
                    </td>
                    <td class="history-actions no-print">
                      {onOpen && (
                        <button
                          type="button"
                          class="secondary"
                          aria-current={opened === index ? 'true' : undefined}
                          onClick={() => {
                            onOpen(index);
                          }}
                        >
                          Open<span class="visually-hidden"> {name}</span>
                        </button>
                      )}
                      <button
                        type="button"
                        class="secondary"
                        onClick={() => {
                          downloadResultJson(assessment, result);
                        }}
                      >
                        Export JSON<span class="visually-hidden"> of {name}</span>
                      </button>
                      <button
                        type="button"
                        class="secondary"
                        onClick={() => {
                          downloadResultCsv(assessment, result);
                        }}
                      >
                        Export CSV<span class="visually-hidden"> of {name}</span>
                      </button>
                      <button
                        type="button"
                        class="secondary"
                        onClick={() => {
                          const removed = deleteResult(assessment.id, index);
                          if (removed) setDeleted({ index, result: removed });
                          heading.current?.focus();
                          onDeleted?.();
                        }}
                      >
                        Delete<span class="visually-hidden"> {name}</span>
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
