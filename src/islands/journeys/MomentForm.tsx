// Every field of one moment. Each change goes through core's updateMoment, which validates it and
// stamps only this moment, so another tab's edits to other moments survive the merge.
import { updateMoment } from '../../core/journey/edit-moments';
import { LIMITS } from '../../core/journey/limits';
import type { Moment, MomentFields } from '../../core/journey/model';
import {
  EVIDENCE_LABELS,
  EVIDENCE_LEVELS,
  HEART_LABELS,
  HEART_VALUES,
  MOMENT_KIND_LABELS,
  MOMENT_KINDS,
  MOMENT_STATUSES,
  STATUS_LABELS,
  TRAIT_LABELS,
  TRAITS,
  heartPlaybookUrl,
  traitPlaybookUrl,
} from '../../core/journey/vocabulary';
import { changeWorksheet } from '../../stores/journeys';
import { announce } from '../shared/announce';
import { AtStake } from './AtStake';
import { TextField } from './TextField';
import { FEELING_WORDS, FREQUENCY_WORDS, IMPACT_WORDS, domId, formatFeeling, type MomentPart } from './labels';

interface Props {
  sheetId: string;
  moment: Moment;
}

interface ChoiceProps {
  id: string;
  label: string;
  value: string;
  options: readonly (readonly [string, string])[];
  onPick: (value: string) => void;
}

function Choice({ id, label, value, options, onPick }: ChoiceProps) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          onPick(event.currentTarget.value);
        }}
      >
        {options.map(([key, text]) => (
          <option key={key} value={key}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

const scale = (from: number, to: number, words: Readonly<Record<number, string>>, signed = false) =>
  Array.from({ length: to - from + 1 }, (_, i) => {
    const n = from + i;
    return [String(n), `${signed ? formatFeeling(n) : String(n)}: ${words[n] ?? ''}`] as const;
  });
const FEELINGS = scale(-3, 3, FEELING_WORDS, true);
const IMPACTS = scale(1, 5, IMPACT_WORDS);
const FREQUENCIES = scale(1, 5, FREQUENCY_WORDS);
const entries = <K extends string>(keys: readonly K[], labels: Readonly<Record<K, string>>) =>
  keys.map((key) => [key, labels[key]] as const);

/** The form that edits every field of a moment. */
export function MomentForm({ sheetId, moment }: Props) {
  const field = (part: MomentPart) => domId.moment(moment.id, part);
  const save = (patch: Partial<MomentFields>): string | undefined => {
    const result = changeWorksheet(sheetId, (sheet, ctx) => updateMoment(sheet, moment.id, patch, ctx));
    return result.ok ? undefined : result.message;
  };
  const saveOrSay = (patch: Partial<MomentFields>) => {
    const message = save(patch);
    if (message) announce(message);
  };
  return (
    <div class="moment-form">
      <TextField
        id={field('field-title')}
        label="Title"
        value={moment.title}
        limit={LIMITS.momentTitle}
        onSave={(title) => save({ title })}
      />
      <TextField
        id={field('field-what-happens')}
        label="What happens"
        hint="What the customer does, sees and hears."
        multiline
        value={moment.whatHappens}
        limit={LIMITS.whatHappens}
        onSave={(whatHappens) => save({ whatHappens })}
      />
      <Choice
        id={field('field-kind')}
        label="Kind of moment"
        value={moment.kind}
        options={entries(MOMENT_KINDS, MOMENT_KIND_LABELS)}
        onPick={(kind) => {
          saveOrSay({ kind: kind as Moment['kind'] });
        }}
      />
      <Choice
        id={field('field-feeling')}
        label="How the customer feels (-3 to +3)"
        value={String(moment.feeling)}
        options={FEELINGS}
        onPick={(value) => {
          saveOrSay({ feeling: Number(value) });
        }}
      />
      <Choice
        id={field('field-impact')}
        label="Impact (1 to 5)"
        value={String(moment.impact)}
        options={IMPACTS}
        onPick={(value) => {
          saveOrSay({ impact: Number(value) });
        }}
      />
      <Choice
        id={field('field-frequency')}
        label="Frequency (1 to 5)"
        value={String(moment.frequency)}
        options={FREQUENCIES}
        onPick={(value) => {
          saveOrSay({ frequency: Number(value) });
        }}
      />
      <Choice
        id={field('field-evidence')}
        label="Evidence: how do you know?"
        value={moment.evidence}
        options={entries(EVIDENCE_LEVELS, EVIDENCE_LABELS)}
        onPick={(evidence) => {
          saveOrSay({ evidence: evidence as Moment['evidence'] });
        }}
      />
      <AtStake
        idBase={field('field-traits')}
        legend="Traits at stake"
        values={TRAITS}
        labels={TRAIT_LABELS}
        chosen={moment.traits}
        playbook={traitPlaybookUrl}
        onChange={(traits) => {
          saveOrSay({ traits });
        }}
      />
      <AtStake
        idBase={field('field-heart')}
        legend="HEART values at stake"
        values={HEART_VALUES}
        labels={HEART_LABELS}
        chosen={moment.heart}
        playbook={heartPlaybookUrl}
        onChange={(heart) => {
          saveOrSay({ heart });
        }}
      />
      <TextField
        id={field('field-owner')}
        label="Owner"
        hint="A role or a person who looks after this moment."
        value={moment.owner}
        limit={LIMITS.owner}
        onSave={(owner) => save({ owner })}
      />
      <TextField
        id={field('field-next-action')}
        label="Next action"
        hint="The next concrete step."
        multiline
        value={moment.nextAction}
        limit={LIMITS.nextAction}
        onSave={(nextAction) => save({ nextAction })}
      />
      <Choice
        id={field('field-status')}
        label="Status"
        value={moment.status}
        options={entries(MOMENT_STATUSES, STATUS_LABELS)}
        onPick={(status) => {
          saveOrSay({ status: status as Moment['status'] });
        }}
      />
    </div>
  );
}
