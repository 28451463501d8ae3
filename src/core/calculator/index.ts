// The calculator's public API in one place, so the page and its stores import from
// `src/core/calculator` and the file layout behind it can change freely. The two companions
// (actuals, value formula) have their own entry, `./companions`, so a page that loads them later
// does not carry them in the JavaScript it loads first.
export * from './answers';
export * from './assumptions';
export * from './choices';
export * from './editable';
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
export * from './waiting';
export * from './churn';
