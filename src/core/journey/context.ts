// Where new ids and the current time come from. Edits receive them instead of reaching for a
// clock or random source, so tests are deterministic and a replayed edit gives the same result.

/** Makes a fresh id each call; ids must match `idSchema`. */
export type IdGenerator = () => string;

/** What an edit needs from the outside world. */
export interface EditContext {
  /** Source of ids for new worksheets, stages and moments. */
  newId: IdGenerator;
  /** The time of the edit, ISO 8601 UTC (e.g. from `new Date().toISOString()`). */
  now: string;
}

/** An id generator using the browser's crypto when present, with a random fallback. */
export function createIdGenerator(): IdGenerator {
  const cryptoApi = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (cryptoApi && typeof cryptoApi.randomUUID === 'function') {
    const randomUUID = cryptoApi.randomUUID.bind(cryptoApi);
    return () => randomUUID();
  }
  let counter = 0;
  return () => {
    counter += 1;
    return `${Date.now().toString(36)}-${counter.toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  };
}

/** An id generator giving `prefix-1`, `prefix-2`, …; for tests and reproducible templates. */
export function createSequentialIds(prefix = 'id'): IdGenerator {
  let counter = 0;
  return () => {
    counter += 1;
    return `${prefix}-${counter}`;
  };
}

/** An edit context for the current moment, with a default id generator. */
export function createEditContext(newId: IdGenerator = createIdGenerator(), date: Date = new Date()): EditContext {
  return { newId, now: date.toISOString() };
}
