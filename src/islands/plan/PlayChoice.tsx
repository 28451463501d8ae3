// "We will run this" on a play: puts the play in the team's action plan on this device, or takes it
// out again. Loaded only when the plays come into view, so a playbook page costs nothing more.
import { withBase } from '../../lib/base';
import { toIsoDate } from '../../core/assessment/iso-date';
import { $plan, addPlay, removePlay } from '../../stores/plan';
import { announce } from '../shared/announce';
import { useAtom } from '../shared/use-atom';

interface Props {
  /** The playbook's id, e.g. "traits/accessible". */
  playbook: string;
  playbookTitle: string;
  /** The play's id within the playbook. */
  play: string;
  title: string;
}

export default function PlayChoice({ playbook, playbookTitle, play, title }: Props) {
  const key = `${playbook}#${play}`;
  const chosen = useAtom($plan).plays.some((kept) => kept.key === key);
  if (!chosen) {
    return (
      <p class="play-choice">
        <button
          type="button"
          class="secondary"
          aria-describedby={`play-${play}-title`}
          onClick={() => {
            addPlay({ key, title, playbook: playbookTitle, owner: '', due: null, chosen: toIsoDate(new Date()) });
            announce(`“${title}” is in your action plan.`);
          }}
        >
          We will run this
        </button>
      </p>
    );
  }
  return (
    <p class="play-choice">
      <span>
        In your <a href={withBase('/tools/plan/')}>action plan</a>.
      </span>{' '}
      <button
        type="button"
        class="secondary"
        aria-describedby={`play-${play}-title`}
        onClick={() => {
          removePlay(key);
          announce(`“${title}” is no longer in your action plan.`);
        }}
      >
        Take it out
      </button>
    </p>
  );
}
