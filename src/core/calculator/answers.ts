// The first time a page uses Intl, the browser loads its locale data: a pause of a tenth of a
// second on this machine, four times that on the phone Lighthouse imitates. The calculator's first
// view asks Intl the same few dozen questions on every visit (how en-GB writes these figures), so
// the page is built with the answers: they are recorded while the page is built, written into it,
// and learnt before the calculator starts. Any other question goes to Intl, and its answer is
// remembered too, since the same figures are written again at every keystroke.

/** The most answers kept (a page's table is far smaller), and the longest answer a page may teach. */
const MAX_ANSWERS = 2000;
const MAX_ANSWER_CHARS = 400;

const known = new Map<string, string>();
let heard: Map<string, string> | undefined;

function remember(question: string, reply: string): void {
  if (known.size >= MAX_ANSWERS) known.clear();
  known.set(question, reply);
}

/** Intl's answer to a question: the page's or a remembered one when there is one, otherwise asked now. */
export function answer(question: string, ask: () => string): string {
  let reply = known.get(question);
  if (reply === undefined) remember(question, (reply = ask()));
  heard?.set(question, reply);
  return reply;
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

/** Learns the answers a page was built with; anything but a table of short strings is ignored. */
export function learnAnswers(table: unknown): void {
  if (typeof table !== 'object' || table === null) return;
  for (const [question, reply] of Object.entries(table).slice(0, MAX_ANSWERS)) {
    if (typeof reply === 'string' && reply.length <= MAX_ANSWER_CHARS) remember(question, reply);
  }
}

/** Forgets every learnt answer (for tests). */
export function forgetAnswers(): void {
  known.clear();
}
