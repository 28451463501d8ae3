// Shared set-up for the worksheet island tests: a clean store, a worksheet built with core's own
// edits, and the tool rendered as the page renders it.
import { cleanup, render } from '@testing-library/preact';
import { createEditContext, createSequentialIds } from '../../../src/core/journey/context';
import { addMoment, type MomentInput } from '../../../src/core/journey/edit-moments';
import { addStage } from '../../../src/core/journey/edit-stages';
import { emptyCollection } from '../../../src/core/journey/format';
import { type Worksheet } from '../../../src/core/journey/model';
import { type EditResult } from '../../../src/core/journey/stamp';
import { createBlankWorksheet } from '../../../src/core/journey/worksheet';
import JourneysApp from '../../../src/islands/journeys/JourneysApp';
import { putWorksheet, replaceCollection } from '../../../src/stores/journeys';
import { $openMoments, $undoOffer } from '../../../src/stores/journeys-ui';

/** Forgets every worksheet and all page state. */
export function resetTool(): void {
  cleanup();
  localStorage.clear();
  replaceCollection(emptyCollection());
  $undoOffer.set(undefined);
  $openMoments.set(new Set());
  // The base layout's persistent live region, which the tool announces through.
  document.getElementById('announcer')?.remove();
  const announcer = document.createElement('div');
  announcer.id = 'announcer';
  announcer.setAttribute('role', 'status');
  document.body.append(announcer);
  history.replaceState(null, '', '/tools/journeys/');
}

const done = (result: EditResult): Worksheet => {
  if (!result.ok) throw new Error(result.message);
  return result.worksheet;
};

/** A worksheet built stage by stage with core's edits, saved in the store. */
export function seedSheet(name: string, stages: [string, MomentInput[]][], prefix = 'w'): Worksheet {
  const ctx = createEditContext(createSequentialIds(prefix), new Date(Date.UTC(2025, 0, 1)));
  let sheet = createBlankWorksheet(ctx, name);
  for (const [stageName, moments] of stages) {
    const added = addStage(sheet, stageName, ctx);
    sheet = done(added);
    const stageId = added.ok ? (added.id ?? '') : '';
    for (const moment of moments) sheet = done(addMoment(sheet, stageId, moment, ctx));
  }
  const saved = putWorksheet(sheet);
  if (!saved.ok) throw new Error(saved.message);
  return sheet;
}

/** What the live region says now. */
export const spoken = (): string => document.getElementById('announcer')?.textContent ?? '';

/** Renders the tool, opened on a worksheet when `openId` is given (as a reload of `#open=<id>` would). */
export function renderTool(openId?: string) {
  if (openId) history.replaceState(null, '', `/tools/journeys/#open=${openId}`);
  return render(<JourneysApp templates={[]} />);
}
