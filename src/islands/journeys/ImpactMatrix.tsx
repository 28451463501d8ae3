// Impact × frequency as a 5 × 5 table: impact 5 at the top, frequency 5 on the right, so the moments
// that matter most gather in the top-right corner. Each cell lists its moments by rank.
import type { Worksheet } from '../../core/journey/model';
import { matrix, rankMoments } from '../../core/journey/ranking';
import { IMPACT_WORDS, FREQUENCY_WORDS, formatCount } from './labels';

interface Props {
  sheet: Worksheet;
}

const band = (priority: number) => (priority >= 15 ? 'high' : priority >= 8 ? 'mid' : 'low');

/** The impact × frequency grid. */
export function ImpactMatrix({ sheet }: Props) {
  const rows = matrix(sheet);
  const ranked = new Map(rankMoments(sheet).map((item) => [item.moment.id, item]));
  return (
    <div class="matrix-view">
      <p id="journeys-matrix-note" class="matrix-note">
        Moments by impact (rows, 5 at the top) and frequency (columns, 5 on the right). Priority is impact × frequency;
        the top-right corner matters most.
      </p>
      {/* The grid is wider than a phone: it scrolls on its own, and this line says so where it does. */}
      <p class="scroll-cue" aria-hidden="true">
        Scroll the grid sideways to see every column <span class="scroll-arrow">→</span>
      </p>
      <div class="table-scroll matrix-scroll" role="region" aria-labelledby="journeys-matrix-caption" tabIndex={0}>
        <table class="matrix" aria-describedby="journeys-matrix-note">
          <caption id="journeys-matrix-caption">Impact × frequency grid</caption>
          <thead>
            <tr>
              <td />
              {[1, 2, 3, 4, 5].map((frequency) => (
                <th scope="col" key={frequency}>
                  Frequency {frequency}
                  <span class="axis-word">{FREQUENCY_WORDS[frequency]}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row[0]?.impact}>
                <th scope="row">
                  Impact {row[0]?.impact}
                  <span class="axis-word">{IMPACT_WORDS[row[0]?.impact ?? 0]}</span>
                </th>
                {row.map((cell) => (
                  <td key={cell.frequency} class={`cell-${band(cell.priority)}`}>
                    <span class="cell-priority">priority {formatCount(cell.priority)}</span>
                    {cell.momentIds.length > 0 && (
                      <ul>
                        {cell.momentIds.map((id) => {
                          const item = ranked.get(id);
                          return item ? (
                            <li key={id}>
                              <span class="rank">#{formatCount(item.rank)}</span> {item.moment.title}
                            </li>
                          ) : null;
                        })}
                      </ul>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
