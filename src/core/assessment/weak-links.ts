// From "we score low" to a costed, owned action: for a weak dimension, the journey moments tagged
// with the same trait or HEART value, and the line of the cost-of-inaction calculator that the
// weakness drives. Defined once here; the assessment results show it.

/** A tag a journey moment can carry (core/journey/vocabulary.ts: TRAITS and HEART_VALUES). */
export interface JourneyTag {
  kind: 'trait' | 'heart';
  id: string;
}

/** A calculator input and what the weakness costs through it. */
export interface CalculatorLine {
  /** A key of CALCULATOR_INPUTS (core/calculator/inputs.ts); the field's id is `calc-<key>`. */
  field:
    | 'averageWaitMinutes'
    | 'waitingShare'
    | 'contactsPerCustomer'
    | 'handlingMinutes'
    | 'serviceChurnShare'
    | 'staffTurnover';
  /** What it costs, in a few words: "customers’ time spent waiting". */
  cost: string;
}

/** Where a weak dimension leads. */
export interface WeakLinks {
  /** The tag to look for on journey moments, or null when moments carry no such tag. */
  journeyTag: JourneyTag | null;
  calculator: CalculatorLine | null;
}

const waiting: CalculatorLine = { field: 'averageWaitMinutes', cost: 'customers’ time spent waiting' };
const repeatContacts: CalculatorLine = {
  field: 'contactsPerCustomer',
  cost: 'contacts customers make again, and the time they wait each time',
};
const leavers: CalculatorLine = { field: 'serviceChurnShare', cost: 'customers who leave over poor service' };
const handling: CalculatorLine = { field: 'handlingMinutes', cost: 'time spent on every contact' };
const staff: CalculatorLine = { field: 'staffTurnover', cost: 'frontline people who leave, and replacing them' };

const trait = (id: string, calculator: CalculatorLine): WeakLinks => ({
  journeyTag: { kind: 'trait', id },
  calculator,
});
const heart = (id: string, calculator: CalculatorLine): WeakLinks => ({
  journeyTag: { kind: 'heart', id },
  calculator,
});
const costOnly = (calculator: CalculatorLine): WeakLinks => ({ journeyTag: null, calculator });

/** Every assessment's dimensions, by assessment id then dimension id. */
const LINKS: Readonly<Record<string, Readonly<Record<string, WeakLinks>>>> = {
  'seven-traits': {
    accessible: trait('accessible', waiting),
    consistent: trait('consistent', repeatContacts),
    flexible: trait('flexible', leavers),
    proactive: trait('proactive', repeatContacts),
    respectful: trait('respectful', leavers),
    responsible: trait('responsible', repeatContacts),
    straightforward: trait('straightforward', handling),
  },
  heart: {
    honesty: heart('honesty', leavers),
    empathy: heart('empathy', leavers),
    accountability: heart('accountability', repeatContacts),
    responsibility: heart('responsibility', repeatContacts),
    transparency: heart('transparency', repeatContacts),
  },
  chain: {
    'leadership-engagement': costOnly(staff),
    'employee-engagement': costOnly(staff),
    'customer-engagement': costOnly(leavers),
  },
  qualities: {
    empowerment: costOnly(handling),
    connection: costOnly(staff),
  },
  'service-model': {
    routing: costOnly({ field: 'waitingShare', cost: 'contacts that wait before anyone helps' }),
    context: costOnly(repeatContacts),
  },
};

/** Where a weak dimension of an assessment leads; nothing for a dimension with no clear link. */
export function weakLinks(assessmentId: string, dimensionId: string): WeakLinks {
  const forAssessment = Object.hasOwn(LINKS, assessmentId) ? LINKS[assessmentId] : undefined;
  const links = forAssessment && Object.hasOwn(forAssessment, dimensionId) ? forAssessment[dimensionId] : undefined;
  return links ?? { journeyTag: null, calculator: null };
}

/** Every assessment and dimension mapped, for the tests that hold the mapping to the content. */
export function mappedDimensions(): { assessmentId: string; dimensionId: string; links: WeakLinks }[] {
  return Object.entries(LINKS).flatMap(([assessmentId, dimensions]) =>
    Object.entries(dimensions).map(([dimensionId, links]) => ({ assessmentId, dimensionId, links })),
  );
}
