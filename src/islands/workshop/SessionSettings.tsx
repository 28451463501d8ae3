// The facilitator's settings for the room: how many people are expected, whether to reveal by
// itself once they have all answered, and from how many people each person's rating shows as a dot.
import { useState } from 'preact/hooks';
import {
  DOT_PLOT_MIN_MESSAGE,
  MAX_DOT_PLOT,
  MIN_COMMENTS,
  MIN_DOT_PLOT,
  MIN_FIGURES,
  parseDotPlotMin,
} from '../../core/assessment/anonymity';
import { MAX_SESSION_CODES, type WorkshopSession } from '../../core/assessment/workshop-session';
import { $workshopSessions } from '../../stores/workshop';
import { updateSessionSettings } from '../../stores/workshop-codes';
import type { Assessment } from '../../schemas/assessment';
import type { Announce } from './types';

interface Props {
  session: WorkshopSession;
  assessment: Assessment;
  announce: Announce;
}

type Field = 'expected' | 'dotPlotMin';

const EXPECTED_MESSAGE = `Write how many people you expect as a whole number from 1 to ${MAX_SESSION_CODES}, or leave it empty.`;

/** Reads the expected headcount: empty is "not said" (null); anything unusable is undefined. */
function parseExpected(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!/^\d{1,3}$/.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return value >= 1 && value <= MAX_SESSION_CODES ? value : undefined;
}

/** The settings form; changes are checked before they are kept, and what was typed stays on screen. */
export function SessionSettings({ session, assessment, announce }: Props) {
  const [values, setValues] = useState({
    expected: session.expected === null ? '' : String(session.expected),
    dotPlotMin: String(session.dotPlotMin),
    autoReveal: session.autoReveal,
  });
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});

  const submit = (event: Event) => {
    event.preventDefault();
    const expected = parseExpected(values.expected);
    const dotPlotMin = parseDotPlotMin(values.dotPlotMin);
    const found: Partial<Record<Field, string>> = {};
    if (expected === undefined) found.expected = EXPECTED_MESSAGE;
    if (dotPlotMin === null) found.dotPlotMin = DOT_PLOT_MIN_MESSAGE;
    setProblems(found);
    if (expected === undefined || dotPlotMin === null) {
      document.getElementById(found.expected ? 'settings-expected' : 'settings-dot-min')?.focus();
      return;
    }
    const autoReveal = values.autoReveal && expected !== null;
    const revealed = session.revealed;
    updateSessionSettings(assessment, session.id, { expected, autoReveal, dotPlotMin });
    const now = $workshopSessions.get().sessions.find((s) => s.id === session.id);
    const autoRevealed =
      !revealed && now?.revealed === true ? ' Everyone expected has answered, so the results are now revealed.' : '';
    setValues({ ...values, autoReveal });
    const who = expected === null ? 'No headcount set' : `Expecting ${expected}`;
    const auto = autoReveal ? ', revealing by itself when all have answered' : '';
    announce(`Settings saved. ${who}${auto}; dot plots from ${dotPlotMin} people.${autoRevealed}`);
  };

  const describe = (field: Field, hint: string) => (problems[field] ? `${hint} ${hint}-error` : hint);

  return (
    <section class="card session-settings no-print" aria-labelledby="settings-title">
      <h3 id="settings-title">Who is expected, and what is shown</h3>
      <form noValidate onSubmit={submit}>
        <div class="field">
          <label for="settings-expected">People expected (optional)</label>
          <span class="hint" id="settings-expected-hint">
            The page then says how many of them have answered, for example “7 of 9 answered”.
          </span>
          <input
            id="settings-expected"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            size={5}
            value={values.expected}
            aria-invalid={problems.expected ? 'true' : undefined}
            aria-describedby={describe('expected', 'settings-expected-hint')}
            onInput={(event) => {
              setValues({ ...values, expected: event.currentTarget.value });
            }}
          />
          {problems.expected && (
            <span class="error" id="settings-expected-hint-error">
              {problems.expected}
            </span>
          )}
        </div>
        <div class="field">
          <span class="choice">
            <input
              id="settings-auto"
              type="checkbox"
              checked={values.autoReveal}
              aria-describedby="settings-auto-hint"
              onChange={(event) => {
                setValues({ ...values, autoReveal: event.currentTarget.checked });
              }}
            />
            <label for="settings-auto">Reveal the results by themselves when everyone expected has answered</label>
          </span>
          <span class="hint" id="settings-auto-hint">
            Off unless you choose it; it needs the number of people expected.
          </span>
        </div>
        <div class="field">
          <label for="settings-dot-min">Show each person’s rating as a dot from this many people</label>
          <span class="hint" id="settings-dot-min-hint">
            From {MIN_DOT_PLOT} to {MAX_DOT_PLOT}; never fewer than {MIN_DOT_PLOT}. Below it, a dimension shows its
            figures (from {MIN_FIGURES} people) but no dots. Comments appear from {MIN_COMMENTS} people.
          </span>
          <input
            id="settings-dot-min"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            size={5}
            value={values.dotPlotMin}
            aria-invalid={problems.dotPlotMin ? 'true' : undefined}
            aria-describedby={describe('dotPlotMin', 'settings-dot-min-hint')}
            onInput={(event) => {
              setValues({ ...values, dotPlotMin: event.currentTarget.value });
            }}
          />
          {problems.dotPlotMin && (
            <span class="error" id="settings-dot-min-hint-error">
              {problems.dotPlotMin}
            </span>
          )}
        </div>
        <button type="submit">Save the settings</button>
      </form>
    </section>
  );
}
