// The assessment model: scoring, progress, share codes, team merge, workshop records and files.
export * from './answers';
export * from './scoring';
export * from './progress';
export * from './session-id';
export * from './alias';
export * from './share-link';
export * from './share-code';
export * from './team';
export * from './team-summary';
export * from './discussion';
export * from './iso-date';
export * from './workshop-record';
export * from './result-io';
export * from './workshop-session';
export * from './workshop-file';
export * from './workshop-history';
export * from './workshop-participation';
export { formatScore, formatChange } from './text';
