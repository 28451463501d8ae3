// Editing a worksheet: pure functions that return a new worksheet (or a sentence saying why not).
// Ids and the time come from an EditContext, so the same edit always gives the same result.
export type { EditContext, IdGenerator } from './context';
export { createEditContext, createIdGenerator, createSequentialIds } from './context';
export type { EditResult } from './stamp';
export * from './worksheet';
export * from './edit-stages';
export * from './edit-moments';
