// The journey worksheets' public API, zod schemas included (build, tests). Browser code imports the
// modules it needs directly instead of this file: model.ts, storage.ts and templates.ts build zod
// schemas (about 25 KB gzip) that check.ts makes unnecessary there, and export, import and Markdown
// code loads only when used.
export * from './model';
export * from './edit';
export * from './ranking';
export * from './storage';
export * from './collection';
export * from './merge';
export * from './export';
export * from './import';
export * from './templates';
export * from './undo';
export * from './check';
export type { Checked, Checker, Issue } from './check-kit';
export { momentMoves, orderedMoments, sortStages, stageMoments, stageMoves } from './order';
