// Tells the reader when their work is not being saved, or when saved data could not be read, and
// offers the download that keeps it safe.
import { useAtom } from './use-atom';
import { $storageHealth } from '../../stores/storage-engine';
import { $storageProblems, dismissStorageProblem, readStorageBackup } from '../../stores/versioned-store';
import { downloadText, todayStamp } from './download';

interface Props {
  /** Storage keys this tool owns; only their problems are shown. */
  keys: string[];
  /** Exports the tool's current data, offered when storage is not keeping it. */
  onExport?: () => void;
}

/** Notices about storage for one tool. */
export function StorageNotices({ keys, onExport }: Props) {
  const health = useAtom($storageHealth);
  const problems = Object.values(useAtom($storageProblems)).filter((problem) => keys.includes(problem.key));
  return (
    <>
      {health.state !== 'ok' && (
        <div class="notice" role="alert">
          <p>{health.message}</p>
          {onExport && (
            <p>
              <button type="button" onClick={onExport}>
                Export my work
              </button>
            </p>
          )}
        </div>
      )}
      {problems.map((problem) => (
        <div class="notice" role="alert" key={problem.key}>
          <p>{problem.message}</p>
          <p>
            <button
              type="button"
              onClick={() => {
                downloadText(
                  `accueil-unreadable-${problem.key}-${todayStamp()}.txt`,
                  readStorageBackup(problem.key) ?? '',
                  'text/plain',
                );
              }}
            >
              Download the old data
            </button>{' '}
            <button
              type="button"
              class="secondary"
              onClick={() => {
                dismissStorageProblem(problem.key);
              }}
            >
              Discard it
            </button>
          </p>
        </div>
      ))}
    </>
  );
}
