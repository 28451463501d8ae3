// Whole-worksheet edits: create, rename, describe the customer, copy. Kept apart from stage and
// moment edits so the list of worksheets can load without them.
import type { EditContext } from './context';
import { LIMITS } from './limits';
import { worksheetSchema, type Worksheet } from './model';
import { accept, checkField, refuse, type EditResult } from './stamp';

/** The name a new worksheet gets until the team renames it. */
const UNTITLED_WORKSHEET = 'Untitled journey';

/** A new, empty worksheet with no stages yet. */
export function createBlankWorksheet(ctx: EditContext, name: string = UNTITLED_WORKSHEET): Worksheet {
  const checked = checkField(worksheetSchema.shape.name, name.trim());
  return {
    id: ctx.newId(),
    name: checked.ok ? checked.value : UNTITLED_WORKSHEET,
    customer: '',
    stages: [],
    moments: [],
    createdAt: ctx.now,
    updatedAt: ctx.now,
    detailsUpdatedAt: ctx.now,
  };
}

/** Renames the worksheet. */
export function renameWorksheet(sheet: Worksheet, name: string, ctx: EditContext): EditResult {
  const checked = checkField(worksheetSchema.shape.name, name.trim());
  if (!checked.ok) return refuse(checked.message);
  return accept(sheet, { ...sheet, name: checked.value }, ctx.now);
}

/** Changes who the customer is. */
export function describeCustomer(sheet: Worksheet, customer: string, ctx: EditContext): EditResult {
  const checked = checkField(worksheetSchema.shape.customer, customer.trim());
  if (!checked.ok) return refuse(checked.message);
  return accept(sheet, { ...sheet, customer: checked.value }, ctx.now);
}

/** Shortens a name to the limit, marking the cut with an ellipsis. */
export function fitName(name: string, max: number = LIMITS.worksheetName): string {
  if (name.length <= max) return name;
  let kept = '';
  // Whole code points only, so an emoji is never cut in half.
  for (const char of name) {
    if (kept.length + char.length > max - 1) break;
    kept += char;
  }
  return `${kept.trimEnd()}…`;
}

/** Gives a worksheet, its stages and its moments new ids, keeping every moment in its stage. */
export function reissueIds(sheet: Worksheet, ctx: EditContext, name: string = sheet.name): Worksheet {
  const id = ctx.newId();
  const stageIds = new Map(sheet.stages.map((stage) => [stage.id, ctx.newId()]));
  const newStageId = (old: string) => stageIds.get(old) ?? old;
  return {
    ...sheet,
    id,
    name,
    stages: sheet.stages.map((stage) => ({ ...stage, id: newStageId(stage.id), updatedAt: ctx.now })),
    moments: sheet.moments.map((moment) => ({
      ...moment,
      id: ctx.newId(),
      stageId: newStageId(moment.stageId),
      updatedAt: ctx.now,
    })),
    createdAt: ctx.now,
    updatedAt: ctx.now,
    detailsUpdatedAt: ctx.now,
  };
}

/** A copy with new ids, named "Copy of …", as if created now. */
export function duplicateWorksheet(sheet: Worksheet, ctx: EditContext): Worksheet {
  return reissueIds(sheet, ctx, fitName(`Copy of ${sheet.name}`));
}
