import { REPORTING_VERBS } from './motion-verbs';
import type { Token } from './seeding-nlp';
import { words } from './token-text';

const CALLING_MODALS = new Set(['should', 'must']);
const NOUN_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
/** Where the call's clause ends: "…, she said", "… and that …". */
const CLAUSE_STOPS = new Set([',', ';', ':', '—', '–', '"', '“', '”']);
const MAX_SUBJECT = 6;
const JOINING = new Set(['of', 'with']);
const MEASURE_PARTICIPLES = new Set(
  'fined banned punished prosecuted penalised penalized charged taxed jailed allowed permitted required forced closed scrapped abolished built approved'.split(
    ' ',
  ),
);
/** "had both agreed that …": a finding shared is reported as one stated. */
const AGREEING = new Set(['agree', 'accept', 'conclude']);
/** "said the council should be ashamed": a feeling, not a measure. */
const FEELINGS = new Set(['ashamed', 'embarrassed', 'pleased', 'worried', 'concerned', 'proud']);

/** Verbs whose clause takes a bare "be": "a report suggests Deangate be closed". */
const SUBJUNCTIVE_VERBS = new Set([
  'suggest',
  'recommend',
  'propose',
  'urge',
  'ask',
  'demand',
  'insist',
  'require',
  'request',
]);

/**
 * A call for a measure that the article reports in its own words: "The lead author said the
 * drug should be sold only on prescription" → "Should the drug be sold only on prescription?";
 * "A council report suggests Deangate be closed" → "Should Deangate be closed?".
 * A study's or an inquiry's report often states a finding in its lede and leaves what should be
 * done to the expert who calls for it. Only a passive call ("X should be sold / banned / …")
 * after a reporting verb, or a bare "be" after a verb that asks for it: its subject is what the
 * measure is about, not who would act.
 */
export function reportedCall(tokens: Token[]): string | null {
  for (let i = 1; i < tokens.length - 1; i++) {
    // "had agreed that parents … should not be fined": a call against is asked the same way.
    const not = tokens[i + 1]?.lower === 'not' ? 1 : 0;
    const modal = CALLING_MODALS.has(tokens[i].lower) && tokens[i + 1 + not]?.lower === 'be';
    const bare = tokens[i].text === 'be';
    if (!modal && !bare) continue;
    const be = modal ? i + 1 + not : i;
    const participle = tokens[be + 1];
    if (!participle) continue;
    // wink may tag the participle an adjective ("should be limited to …").
    const passive =
      participle.pos === 'VERB' ? !/ing$/u.test(participle.lower) : /ed$/u.test(participle.lower);
    if (!passive || FEELINGS.has(participle.lower)) continue;
    // (A call against is a measure's only when what is refused is a measure: "should not be
    // fined"; "should not be asked to cover …" is a condition.)
    if (not && !MEASURE_PARTICIPLES.has(participle.lower)) continue;
    let from = i;
    // ("parents of pupils with good attendance": "of" and "with" join a noun phrase's parts.)
    const inPhrase = (k: number) =>
      NOUN_PHRASE.has(tokens[k].pos) ||
      (JOINING.has(tokens[k].lower) && k > 0 && tokens[k - 1].pos === 'NOUN');
    while (from > 0 && inPhrase(from - 1)) from--;
    while (JOINING.has(tokens[from]?.lower ?? '')) from++;
    const subject = tokens.slice(from, i);
    if (subject.length === 0 || subject.length > MAX_SUBJECT) continue;
    if (!subject.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) continue;
    const before = tokens[from - 1]?.lower === 'that' ? from - 2 : from - 1;
    const verb = tokens[before]?.lemma ?? '';
    if (modal ? !REPORTING_VERBS.has(verb) && !AGREEING.has(verb) : !SUBJUNCTIVE_VERBS.has(verb))
      continue;
    let end = be + 2;
    while (
      end < tokens.length &&
      !CLAUSE_STOPS.has(tokens[end].text) &&
      tokens[end].text !== '.' &&
      !givesReason(tokens, end)
    ) {
      end++;
    }
    const np = words(subject).replace(/^The\b/u, 'the');
    return `Should ${np} be ${words(tokens.slice(be + 1, end))}?`;
  }
  return null;
}

/** "… on the basis of its losses", "… because of its losses", "… due to …": why, not what. */
function givesReason(tokens: Token[], at: number): boolean {
  const next = (k: number) => tokens[at + k]?.lower ?? '';
  return (
    (next(0) === 'on' && next(1) === 'the' && next(2) === 'basis' && next(3) === 'of') ||
    next(0) === 'because' ||
    (next(0) === 'due' && next(1) === 'to') ||
    (next(0) === 'owing' && next(1) === 'to')
  );
}
