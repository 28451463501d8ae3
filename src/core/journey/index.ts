// The journey worksheets' public API, schemas included (build, tests). Browser code imports the
// modules it needs directly instead of this file, so export, import and Markdown code loads only
// when used.
export * from './model';
export * from './edit';
export * from './ranking';
export * from './format';
export * from './collection';
export * from './merge';
export * from './export';
export * from './import';
export * from './templates';
export * from './undo';
export { momentMoves, orderedMoments, sortStages, stageMoments, stageMoves } from './order';
