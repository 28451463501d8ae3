// The calculator's two companions: actuals, not averages, and the value formula explorer. Kept out
// of index.ts so the calculator's first load does not include them (see index.ts).
export * from './actuals';
export * from './value-example';
export * from './value-formula';
export * from './value-sentence';
