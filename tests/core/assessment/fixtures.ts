// Small assessments for the tests, validated by the real schema so they stay realistic.
import fc from 'fast-check';
import { assessmentSchema, type Assessment } from '../../../src/schemas/assessment';
import { parseSessionId, type SessionId } from '../../../src/core/assessment/session-id';

type DimensionSpec = { id: string; label: string; items: number; reverse?: number[] };

/** Builds a schema-valid assessment with generated statements. */
export function makeAssessment(options: {
  id?: Assessment['id'];
  version?: number;
  dimensions: DimensionSpec[];
}): Assessment {
  return assessmentSchema.parse({
    id: options.id ?? 'heart',
    title: 'Test assessment for scoring',
    summary: 'A small assessment built for unit tests so that every number can be worked out by hand.',
    version: options.version ?? 1,
    minutes: 5,
    dimensions: options.dimensions.map((d) => ({
      id: d.id,
      label: d.label,
      playbook: `heart/${d.id}`,
      items: Array.from({ length: d.items }, (_, i) => ({
        id: `${d.id}-${i + 1}`,
        statement: `Statement number ${i + 1} about ${d.label}.`,
        levels: {
          1: 'This rarely happens at all.',
          3: 'This happens some of the time.',
          5: 'This happens nearly every time.',
        },
        ...(d.reverse?.includes(i + 1) ? { reverse: true } : {}),
      })),
    })),
  });
}

/** Two dimensions of three items; item a-3 is reverse scored. */
export const small = makeAssessment({
  dimensions: [
    { id: 'a', label: 'Alpha', items: 3, reverse: [3] },
    { id: 'b', label: 'Beta', items: 3 },
  ],
});

/** Three dimensions of three items, none reversed. */
export const three = makeAssessment({
  dimensions: [
    { id: 'a', label: 'Alpha', items: 3 },
    { id: 'b', label: 'Beta', items: 3 },
    { id: 'c', label: 'Gamma', items: 3 },
  ],
});

const trait = (id: string, label: string, statements: [string, string, string], reverse = 0) => ({
  id,
  label,
  playbook: `traits/${id}`,
  items: statements.map((statement, i) => ({
    id: `${id}-${i + 1}`,
    statement,
    levels: {
      1: 'Customers struggle with this almost every time.',
      3: 'It works for some customers, some of the time.',
      5: 'Customers can count on this without thinking.',
    },
    ...(reverse === i + 1 ? { reverse: true } : {}),
  })),
});

/** A realistic seven-traits assessment: 7 dimensions × 3 items, one reverse item in two of them. */
export const sevenTraits: Assessment = assessmentSchema.parse({
  id: 'seven-traits',
  title: 'The seven traits of human service',
  summary:
    'Rate how your service feels to customers on seven traits, so the team can see where it is strong and where it lets people down.',
  version: 2,
  minutes: 8,
  dimensions: [
    trait(
      'accessible',
      'Accessible',
      [
        'Customers can reach a person without navigating a maze.',
        'Our opening hours match when customers actually need us.',
        'Customers often give up before they reach anyone.',
      ],
      3,
    ),
    trait('consistent', 'Consistent', [
      'Customers get the same answer whoever they speak to.',
      'Our written and spoken guidance agree with each other.',
      'A promise made on the phone is kept by the next team.',
    ]),
    trait('caring', 'Caring', [
      'People notice when a customer is worried and slow down.',
      'We follow up when a problem has upset someone.',
      'Staff can spend extra time with a customer who needs it.',
    ]),
    trait(
      'clear',
      'Clear',
      [
        'Our letters and emails are understood on first reading.',
        'Customers know what happens next after every contact.',
        'Customers regularly call back to ask what we meant.',
      ],
      3,
    ),
    trait('responsive', 'Responsive', [
      'Customers hear back when we said they would.',
      'Urgent problems are recognised and handled quickly.',
      'Delays are explained before customers have to chase.',
    ]),
    trait('honest', 'Honest', [
      'We tell customers plainly when we got something wrong.',
      'Bad news is given early, not hidden in small print.',
      'Staff can admit they do not know and find out.',
    ]),
    trait('empowered', 'Empowered', [
      'Front-line staff can fix common problems themselves.',
      'Staff may bend a rule when it clearly harms a customer.',
      'Ideas from the front line lead to visible changes.',
    ]),
  ],
});

/** A fixed session id for tests. */
export const SESSION: SessionId = parseSessionId('Ab3_-9') as SessionId;
/** A second, different session id. */
export const OTHER_SESSION: SessionId = parseSessionId('zz9ZZ0') as SessionId;

/**
 * Any text, including controls, combining marks, emoji and lone surrogates. Built from code points
 * because fast-check's own full-Unicode string takes seconds to set up.
 */
export const anyText = (maxLength = 30): fc.Arbitrary<string> =>
  fc
    .array(
      fc.oneof(
        fc.integer({ min: 0, max: 0x7f }),
        fc.integer({ min: 0x80, max: 0x36f }),
        fc.integer({ min: 0x2000, max: 0x206f }),
        fc.integer({ min: 0xd800, max: 0xdfff }),
        fc.integer({ min: 0x1f300, max: 0x1faff }),
        fc.integer({ min: 0, max: 0x10ffff }),
      ),
      { maxLength },
    )
    .map((codes) => String.fromCodePoint(...codes));
