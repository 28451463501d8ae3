// Import from a file: refused over 2 MB before it is read, then previewed by core (the preview code
// is fetched at that moment). Names from the file are only ever rendered as text, so markup or
// script in a file stays inert, and nothing on this device is replaced without the reader's choice.
import type { ComponentType } from 'preact';
import { useState } from 'preact/hooks';
import type { JourneyCollection } from '../../core/journey/format';
import type { ImportItem } from '../../core/journey/import';
import { IMPORT_MAX_CHARS } from '../../core/journey/limits';
import { focusSoon } from './feedback';
import { readPickedFile } from '../shared/download';
import type { ImportPreview as PreviewView } from './import-flow';

interface Props {
  collection: JourneyCollection;
}

type Shown = { View: ComponentType<Parameters<typeof PreviewView>[0]>; items: ImportItem[] };

/** The file picker, then the preview. */
export function ImportPanel({ collection }: Props) {
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [shown, setShown] = useState<Shown | undefined>(undefined);
  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setShown(undefined);
    const read = await readPickedFile(file, IMPORT_MAX_CHARS);
    if (!read.ok) {
      setProblem(read.message);
      return;
    }
    try {
      const flow = await import('./import-flow');
      const preview = flow.previewFile(read.text, collection.worksheets);
      if (!preview.ok) {
        setProblem(preview.message);
        return;
      }
      setProblem(undefined);
      setShown({ View: flow.ImportPreview, items: preview.items });
      focusSoon('journeys-import-preview');
    } catch {
      setProblem('The import could not be prepared. Check your connection and choose the file again.');
    }
  };
  return (
    <section aria-labelledby="journeys-import-heading">
      <h2 id="journeys-import-heading">Import worksheets</h2>
      <div class="field">
        <label for="journeys-import-file">Choose a worksheet file (.json)</label>
        <input
          id="journeys-import-file"
          type="file"
          accept=".json,application/json"
          aria-describedby="journeys-import-hint"
          onChange={(event) => {
            void onFile(event.currentTarget);
          }}
        />
        <span id="journeys-import-hint" class="hint">
          A file downloaded from this tool, up to 2 MB. You will see what it holds before anything is added, and nothing
          on this device is replaced unless you choose to.
        </span>
      </div>
      {problem && (
        <div class="notice" role="alert">
          <p>{problem}</p>
        </div>
      )}
      {shown && (
        <shown.View
          items={shown.items}
          onClose={() => {
            setShown(undefined);
          }}
          onProblem={setProblem}
        />
      )}
    </section>
  );
}
