import type { Token } from './seeding-nlp';

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
/** Finite forms of "be" and "have" that carry a clause's own verb ("has been given", "was jailed"). */
export const FINITE_AUXILIARIES: ReadonlySet<string> = new Set([
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
]);

/** Verbs of praising or blaming a thing, which tell how it was taken, not what is done. */
export const PRAISE_OR_BLAME: ReadonlySet<string> = new Set(
  'hail praise applaud welcome slam blast condemn criticise criticize decry lambast attack defend'.split(
    ' ',
  ),
);

/** Reporting verbs that tell of what is to come: a camp's warning is its argument. */
export const FORESEEING_VERBS: ReadonlySet<string> = new Set([
  'warn',
  'fear',
  'predict',
  'caution',
]);

export const REPORTING_VERBS: ReadonlySet<string> = new Set(
  'say declare announce warn state rule find claim reaffirm affirm confirm insist argue reiterate reveal report tell'.split(
    ' ',
  ),
);

/** Longest subject of a joined reporting clause, in tokens (", and the opposition leader said"). */
const JOINED_SUBJECT = 6;

/**
 * ", and critics said the cost was too high", ", but the union warned …", and a headline's
 * "… in ballot as union warns of strikes": a second clause joined on (after a comma, or with
 * "as" / "while" right after a noun) that reports what someone said. It is no part of the
 * matter: a motion ending in it asks two things, one of them a report. The index of its comma
 * or conjunction, or -1.
 */
export function joinedReport(tokens: Token[]): number {
  for (let i = 1; i < tokens.length - 2; i++) {
    const comma =
      tokens[i].text === ',' && /^(?:and|but|while|whereas)$/u.test(tokens[i + 1].lower);
    const bare =
      /^(?:as|while)$/u.test(tokens[i].lower) &&
      ['NOUN', 'PROPN', 'NUM'].includes(tokens[i - 1].pos);
    if (!comma && !bare) continue;
    const end = Math.min(tokens.length, i + 3 + JOINED_SUBJECT);
    const verb = tokens.findIndex(
      (t, j) =>
        j > i + (comma ? 1 : 0) &&
        j < end &&
        t.pos === 'VERB' &&
        !/^(?:have|has|had)$/u.test(t.lower),
    );
    if (verb > 0 && REPORTING_VERBS.has(tokens[verb].lemma)) return i;
  }
  return -1;
}

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

/**
 * What a thing is foretold to be for others ("will be harmful to the sector"): a forecast argues
 * for or against the thing, and is never itself a course to ask "Should X be …?" about.
 */
export const FORECAST_ADJECTIVES: ReadonlySet<string> = new Set(
  'harmful damaging detrimental disastrous catastrophic devastating ruinous counterproductive beneficial'.split(
    ' ',
  ),
);
