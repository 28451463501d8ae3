// The journey worksheets' public API, for islands and stores.
export * from './model';
export * from './edit';
export * from './ranking';
export * from './storage';
export * from './collection';
export * from './merge';
export * from './export';
export * from './import';
export * from './templates';
export { momentMoves, orderedMoments, sortStages, stageMoments, stageMoves } from './order';
