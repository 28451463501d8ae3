// The import preview, fetched once a file has been read: what the file holds (names as plain text),
// a choice for every worksheet that is already on this device, then core's applyImport.
import { useState } from 'preact/hooks';
import { createEditContext } from '../../core/journey/context';
import {
  applyImport,
  previewImport,
  type ImportChoice,
  type ImportItem,
  type ImportPreview as Preview,
} from '../../core/journey/import';
import type { Worksheet } from '../../core/journey/model';
import { $journeys, replaceCollection } from '../../stores/journeys';
import { announce } from '../shared/announce';
import { focusSoon } from './feedback';
import { domId, plural } from './labels';

/** What a file would import (core's previewImport). */
export function previewFile(text: string, existing: readonly Worksheet[]): Preview {
  return previewImport(text, existing);
}

const CHOICES: readonly (readonly [ImportChoice, string])[] = [
  ['keep-both', 'Keep both: import it as a copy'],
  ['replace', 'Replace the one on this device'],
  ['skip', 'Skip it'],
];

interface ChoiceProps {
  item: ImportItem;
  value: ImportChoice;
  onPick: (choice: ImportChoice) => void;
}

function ConflictChoice({ item, value, onPick }: ChoiceProps) {
  const name = `import-choice-${item.worksheet.id}`;
  return (
    <fieldset class="choices">
      <legend>You already have a worksheet “{item.existingName}” with the same identity. What should happen?</legend>
      {CHOICES.map(([choice, label]) => (
        <div class="check" key={choice}>
          <input
            type="radio"
            id={domId.importChoice(item.worksheet.id, choice)}
            name={name}
            checked={value === choice}
            onChange={() => {
              onPick(choice);
            }}
          />
          <label for={domId.importChoice(item.worksheet.id, choice)}>{label}</label>
        </div>
      ))}
    </fieldset>
  );
}

interface Props {
  items: ImportItem[];
  /** Closes the preview (after importing or cancelling). */
  onClose: () => void;
  /** Shows why the import could not be done. */
  onProblem: (message: string) => void;
}

/** The preview with its conflict choices and the Import and Cancel buttons. */
export function ImportPreview({ items, onClose, onProblem }: Props) {
  // A conflict starts on "keep both", so nothing is overwritten unless the reader picks "replace".
  const [choices, setChoices] = useState<Record<string, ImportChoice>>(() =>
    Object.fromEntries(items.filter((item) => item.conflict).map((item) => [item.worksheet.id, 'keep-both'])),
  );
  const confirm = () => {
    const outcome = applyImport($journeys.get(), { ok: true, items }, choices, createEditContext());
    if (!outcome.ok) {
      onProblem(outcome.message);
      return;
    }
    replaceCollection(outcome.collection);
    onClose();
    const done = [
      ['added', outcome.added.length],
      ['replaced', outcome.replaced.length],
      ['skipped', outcome.skipped.length],
    ] as const;
    const said = done.filter(([, count]) => count > 0).map(([verb, count]) => `${verb} ${plural(count, 'worksheet')}`);
    announce(`Import finished: ${said.join(', ')}.`);
    focusSoon(domId.listHeading);
  };
  return (
    <div class="card import-preview">
      <h3 id="journeys-import-preview" tabIndex={-1}>
        This file holds {plural(items.length, 'worksheet')}
      </h3>
      <ul>
        {items.map((item) => (
          <li key={item.worksheet.id}>
            <strong class="import-name">{item.worksheet.name}</strong>: {plural(item.worksheet.stages.length, 'stage')},{' '}
            {plural(item.worksheet.moments.length, 'moment')}
            {item.conflict && (
              <ConflictChoice
                item={item}
                value={choices[item.worksheet.id] ?? 'keep-both'}
                onPick={(choice) => {
                  setChoices({ ...choices, [item.worksheet.id]: choice });
                }}
              />
            )}
          </li>
        ))}
      </ul>
      <p class="actions">
        <button type="button" onClick={confirm}>
          Import
        </button>
        <button
          type="button"
          class="secondary"
          onClick={() => {
            onClose();
            announce('Import cancelled. Nothing was added.');
            focusSoon('journeys-import-file');
          }}
        >
          Cancel
        </button>
      </p>
    </div>
  );
}
