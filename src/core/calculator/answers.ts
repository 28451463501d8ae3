// The first time a page uses Intl, the browser loads its locale data: a pause of a tenth of a
// second on this machine, four times that on the phone Lighthouse imitates. The calculator's first
// view asks Intl the same few dozen questions on every visit (how en-GB writes these figures), so
// the page is built with the answers: they are recorded while the page is built, written into it,
// and learnt before the calculator starts. Any other question goes to Intl, and its answer is
// remembered too, since the same figures are written again at every keystroke.

/** The most answers kept; a page's table is far smaller. */
const MAX_ANSWERS = 2000;

const answers = new Map<string, string>();
let heard: Map<string, string> | undefined;

function remember(question: string, reply: string): void {
  if (answers.size >= MAX_ANSWERS) answers.clear();
  answers.set(question, reply);
}

/** Intl's answer to a question: the page's or a remembered one when there is one, otherwise asked now. */
export function answer(question: string, ask: () => string): string {
  let reply = answers.get(question);
  if (reply === undefined) remember(question, (reply = ask()));
  heard?.set(question, reply);
  return reply;
}

/**
 * The result of some work on the first view's figures (the results of the default figures) as the
 * page was built with it, or else worked out now. Unlike Intl's answers, results are not kept:
 * the figures change at every keystroke.
 */
export function builtResult<T>(question: string, work: () => T): T {
  const known = answers.get(question);
  if (known !== undefined) return JSON.parse(known) as T;
  const result = work();
  heard?.set(question, JSON.stringify(result));
  return result;
}

/** Runs some work and returns every question it asked, with its answer, to write into a page. */
export function recordAnswers(work: () => void): Record<string, string> {
  heard = new Map();
  try {
    work();
    return Object.fromEntries(heard);
  } finally {
    heard = undefined;
  }
}

/** Learns the answers a page was built with; anything but a table of strings is ignored. */
export function learnAnswers(table: unknown): void {
  if (typeof table !== 'object' || table === null) return;
  for (const [question, reply] of Object.entries(table).slice(0, MAX_ANSWERS)) {
    if (typeof reply === 'string') remember(question, reply);
  }
}

/** Forgets every learnt answer (for tests). */
export function forgetAnswers(): void {
  answers.clear();
}
