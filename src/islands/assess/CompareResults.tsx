// Compares any two results, saved or current: an overlaid radar and a table of changes.
import { useState } from 'preact/hooks';
import { useAtom } from '../shared/use-atom';
import type { Assessment } from '../../schemas/assessment';
import type { Answers } from '../../core/assessment/answers';
import { toIsoDate } from '../../core/assessment/iso-date';
import { compareResults, createSavedResult, type SavedResult } from '../../core/assessment/result-io';
import { formatScore } from '../../core/assessment/text';
import { $historyFor } from '../../stores/assess-history';
import { ChartFrame } from '../shared/ChartFrame';
import { buildRadar } from './radar';

interface Props {
  assessment: Assessment;
  /** The answers on screen now, offered as one side of the comparison. */
  answers: Answers;
}

const NOW = 'now';

/** Two pickers, then the comparison; they start at the two latest results whenever one is added or removed. */
export function CompareResults(props: Props) {
  const history = useAtom($historyFor(props.assessment.id));
  return <ComparePicked key={history.length} {...props} history={history} />;
}

function ComparePicked({ assessment, answers, history }: Props & { history: SavedResult[] }) {
  const current = createSavedResult(assessment, answers, 'Your answers now', toIsoDate(new Date()));
  const choices: { key: string; result: SavedResult; name: string }[] = [
    ...history.map((result, index) => ({ key: String(index), result, name: `${result.label} (${result.date})` })),
    { key: NOW, result: current, name: 'Your answers now' },
  ];
  const [firstKey, setFirstKey] = useState(() => String(Math.max(0, history.length - 2)));
  const [secondKey, setSecondKey] = useState(() => (history.length >= 2 ? String(history.length - 1) : NOW));
  // A deleted result leaves a stale choice behind; fall back to the nearest sensible one.
  const first = choices.find((c) => c.key === firstKey) ?? choices[0];
  const second = choices.find((c) => c.key === secondKey) ?? choices[choices.length - 1];

  if (history.length === 0 || !first || !second) return null;

  const comparison = compareResults(assessment, first.result, second.result);
  const picker = (id: string, label: string, value: string, onChange: (key: string) => void) => (
    <div class="field">
      <label for={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          onChange(event.currentTarget.value);
        }}
      >
        {choices.map((choice) => (
          <option key={choice.key} value={choice.key}>
            {choice.name}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <section class="compare" aria-labelledby="compare-heading">
      <h3 id="compare-heading">Compare two results</h3>
      <div class="compare-pickers no-print">
        {picker('compare-first', 'Earlier result', first.key, setFirstKey)}
        {picker('compare-second', 'Later result', second.key, setSecondKey)}
      </div>
      {first.key === second.key ? (
        <p>Choose two different results to see what changed.</p>
      ) : !comparison.ok ? (
        <p class="notice">{comparison.message}</p>
      ) : (
        <div class="result-figure">
          <ChartFrame
            kind="radar"
            label={`Radar chart comparing ${first.name} with ${second.name}. The table gives the same figures.`}
            dataKey={JSON.stringify([first.key, second.key, comparison.dimensions])}
            build={(theme) =>
              buildRadar(
                theme,
                comparison.dimensions.map((d) => d.label),
                [
                  { label: first.name, values: comparison.dimensions.map((d) => d.before) },
                  { label: second.name, values: comparison.dimensions.map((d) => d.after) },
                ],
              )
            }
          />
          <div>
            <div class="table-scroll" role="region" aria-labelledby="compare-caption" tabIndex={0}>
              <table class="score-table">
                <caption id="compare-caption">
                  Changes from {first.name} to {second.name}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Dimension</th>
                    <th scope="col" class="num">
                      Earlier
                    </th>
                    <th scope="col" class="num">
                      Later
                    </th>
                    <th scope="col" class="num">
                      Change
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {comparison.dimensions.map((d) => (
                    <tr key={d.id}>
                      <th scope="row">{d.label}</th>
                      <td class="num">{formatScore(d.before)}</td>
                      <td class="num">{formatScore(d.after)}</td>
                      <td class="num">{d.changeText}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {comparison.note && <p class="notice">{comparison.note}</p>}
          </div>
        </div>
      )}
    </section>
  );
}
