/**
 * Word lists shared by the motion rules (`motion-candidates.ts`), the grammar check of a motion
 * (`motion-grammar.ts`) and the motion model (`motion-model.ts`), so that what one reads as a
 * report the others read as a report too. Lemmas, lower case.
 */

/** The words a yes/no question may open with. */
export const QUESTION_OPENERS: ReadonlySet<string> = new Set(
  'should will would is are can could do does did has have was were must shall'.split(' '),
);

export const MODALS: ReadonlySet<string> = new Set(
  'could would will may might must should can shall'.split(' '),
);

/**
 * Verbs that report what someone said or decided: the clause after them is the matter ("judge
 * rules drafting only men violates …"), and a motion ending in one has a reporting clause left
 * hanging ("…, transport secretary declares").
 */
export const REPORTING_VERBS: ReadonlySet<string> = new Set(
  'say declare announce warn state rule find claim reaffirm affirm confirm insist argue reiterate reveal report tell'.split(
    ' ',
  ),
);

/** Verbs of passing a thing on: who reveals or reports a deal is not a party to it. */
export const MESSENGER_VERBS: ReadonlySet<string> = new Set([
  'reveal',
  'report',
  'publish',
  'show',
]);

/**
 * Verbs of a body weighing a matter ("Lisbon weighs tourist tax rise", "council to consider
 * ban"): what is weighed is the matter, and the weighing is never the motion's own verb
 * ("Should the council weigh …?" asks about the procedure).
 */
export const DELIBERATING_VERBS: ReadonlySet<string> = new Set(
  'weigh consider mull eye debate study explore examine discuss ponder review'.split(' '),
);
