// The moments that test one trait or HEART value, across every worksheet on this device: where a
// weak dimension in an assessment's results leads (`#tag=trait:accessible`). Each links to its
// moment, opened in its worksheet. Loaded only when the address asks for a tag, as the editor is
// only when it names a worksheet.
import type { Worksheet } from '../../core/journey/model';
import { assumptionOnly } from '../../core/journey/ranking';
import { momentTagLabel, readMomentTag, taggedMoments } from '../../core/journey/tags';
import { formatCount, formatFeeling } from './labels';

interface Props {
  worksheets: readonly Worksheet[];
  /** The tag as the address writes it; one that names no trait or value shows nothing. */
  tagText: string;
}

export function TaggedMoments({ worksheets, tagText }: Props) {
  const tag = readMomentTag(tagText);
  if (!tag) return null;
  const label = momentTagLabel(tag);
  const found = taggedMoments(worksheets, tag);
  const where = tag.kind === 'trait' ? 'the traits it tests' : 'the HEART values it tests';
  return (
    <section class="card tagged-moments" aria-labelledby="tagged-moments-title">
      <h2 id="tagged-moments-title">Moments that test {label}</h2>
      {found.length === 0 ? (
        <p>
          No moment in the worksheets on this device is tagged {label} yet. Open a worksheet (or start one from a
          template), choose Edit on a moment, and tick {label} under {where}.
        </p>
      ) : (
        <>
          <p>
            {formatCount(found.length)} {found.length === 1 ? 'moment' : 'moments'}, the highest priority first: where
            to act first.
          </p>
          <ol class="tagged-list">
            {found.map(({ sheet, moment }) => (
              <li key={`${sheet.id}:${moment.id}`}>
                <a href={`#open=${sheet.id}&edit=${moment.id}`}>{moment.title}</a> in “{sheet.name}”: priority{' '}
                {formatCount(moment.impact * moment.frequency)}, feeling {formatFeeling(moment.feeling)}
                {moment.owner !== '' && `, owner ${moment.owner}`}
                {assumptionOnly(moment) && ' (scored on an assumption: needs real evidence)'}.
              </li>
            ))}
          </ol>
        </>
      )}
      <p>
        <a href="#">Show only the worksheets</a>
      </p>
    </section>
  );
}
