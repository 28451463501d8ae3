// What the worksheet list's buttons do: create (blank or from a template), duplicate, delete with Undo.
import { createEditContext, createIdGenerator } from '../../core/journey/context';
import { createBlankWorksheet, duplicateWorksheet } from '../../core/journey/worksheet';
import { worksheetFromTemplate } from '../../core/journey/from-template';
import type { Worksheet } from '../../core/journey/model';
import type { JourneyTemplate } from '../../core/journey/templates';
import { bringBackWorksheet, putWorksheet, removeWorksheet } from '../../stores/journeys';
import { offerUndo } from '../../stores/journeys-ui';
import { announce } from '../shared/announce';
import { focusSoon } from './feedback';
import { domId } from './labels';

/** Saves a new worksheet; returns its id, or undefined after announcing why it could not be saved. */
function keep(sheet: Worksheet, done: string): string | undefined {
  const result = putWorksheet(sheet);
  if (!result.ok) {
    announce(result.message);
    return undefined;
  }
  announce(done);
  return sheet.id;
}

/** Creates an empty worksheet. */
export function startBlank(): string | undefined {
  const sheet = createBlankWorksheet(createEditContext());
  return keep(sheet, `Started “${sheet.name}”. Give it a name, then add the stages of the journey.`);
}

/** Creates a worksheet filled in from a template. */
export function startFromTemplate(template: JourneyTemplate): string | undefined {
  const sheet = worksheetFromTemplate(template, createIdGenerator(), createEditContext().now);
  return keep(sheet, `Started from the template “${template.name}”.`);
}

/** Copies a worksheet, with new ids, as "Copy of …"; focus goes to the copy's Open button. */
export function duplicateSheet(sheet: Worksheet): void {
  const copy = duplicateWorksheet(sheet, createEditContext());
  if (keep(copy, `Made a copy: “${copy.name}”.`)) focusSoon(domId.sheetOpen(copy.id));
}

/** Deletes a worksheet and offers Undo. */
export function deleteSheet(sheet: Worksheet): void {
  const removed = removeWorksheet(sheet.id);
  if (!removed) return;
  offerUndo({
    message: `Deleted the worksheet “${sheet.name}”.`,
    returnFocusId: domId.listHeading,
    undo: () => {
      const result = bringBackWorksheet(removed);
      if (!result.ok) return result.message;
      focusSoon(domId.sheetOpen(removed.id));
      return `Brought back the worksheet “${removed.name}”.`;
    },
  });
}
