// The calculator's public API in one place, so the page and its stores import from
// `src/core/calculator` and the file layout behind it can change freely.
export * from './actuals';
export * from './assumptions';
export * from './choices';
export * from './figures';
export * from './format';
export * from './fragment';
export * from './inputs';
export * from './levers';
export * from './locale';
export * from './model';
export * from './parse';
export * from './scenario';
export * from './series';
export * from './state';
export * from './validate';
export * from './value-formula';
export * from './value-sentence';
export * from './waiting';
export * from './churn';
