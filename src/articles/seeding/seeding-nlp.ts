import { englishNlp, withoutLongRuns } from '../import/english-nlp';
import { TITLES } from '../import/sentence-splitter';
import { MODALS } from './motion-verbs';
import { DAYS_NAMED, MONTH_WORD } from './time-words';

/** One wink-nlp token with its character span in the text it was read from. */
export interface Token {
  text: string;
  lower: string;
  lemma: string;
  stem: string;
  pos: string;
  /** wink's negation scope flag ("not good" marks "good"). */
  negated: boolean;
  /** Part of a date, time, sum or share wink recognises ("on Monday", "12 million euros", "9%"). */
  measure: boolean;
  start: number;
  end: number;
}

const MEASURES = new Set(['DATE', 'TIME', 'MONEY', 'PERCENT']);

/** Forms wink lemmatises to another word ("fined" → "fin", "scraping" → "scrap"). */
const LEMMA_FIXES = new Map([
  ['fined', 'fine'],
  ['fining', 'fine'],
  ['dined', 'dine'],
  ['dining', 'dine'],
  ['scraped', 'scrape'],
  ['scraping', 'scrape'],
  ['raged', 'rage'],
  ['raging', 'rage'],
]);

/** Words wink tags a verb that work as prepositions ("on collision course regarding pitch purchase"). */
const PREPOSITION_FIXES = new Set(['regarding']);

/** Letters of Latin Extended without a base letter to fold to: "Łódź", "Đà Nẵng". */
const UNFOLDED_LETTERS = new Map(
  Object.entries({ ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ħ: 'h', ı: 'i' }),
);

/**
 * `text` with each letter of Latin Extended ("ā", "ź", "ạ") as its base letter: wink's tokenizer
 * splits a word at such a letter ("Māori" was "M", "ā", "ori"). One character for one, so every
 * offset into it is an offset into `text`.
 */
function withPlainLetters(text: string): string {
  return text.replace(/[\u0100-\u024F\u1E00-\u1EFF]/gu, (letter) => {
    const base = letter.normalize('NFD')[0];
    return /[A-Za-z]/u.test(base) ? base : (UNFOLDED_LETTERS.get(letter) ?? letter);
  });
}

/** Tokens of `text` with offsets relative to `text` (plus `offset`). */
export function tokenize(text: string, offset = 0): Token[] {
  const its = englishNlp().its;
  // What wink reads (see withoutLongRuns): the same offsets, so it is searched and `text` sliced.
  const read = withPlainLetters(withoutLongRuns(text));
  const doc = englishNlp().readDoc(read);
  const values = doc.tokens().out(its.value) as string[];
  const lemmas = doc.tokens().out(its.lemma as never) as unknown as string[];
  const stems = doc.tokens().out(its.stem as never) as unknown as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const negation = doc.tokens().out(its.negationFlag) as unknown as boolean[];
  const measures = new Set<number>();
  const types = doc.entities().out(its.type) as string[];
  const spans = doc.entities().out(its.span) as unknown as Array<[number, number]>;
  spans.forEach(([first, last], e) => {
    if (!MEASURES.has(types[e])) return;
    for (let k = first; k <= last; k++) measures.add(k);
  });
  const tokens: Token[] = [];
  let cursor = 0;
  values.forEach((seen, i) => {
    const at = read.indexOf(seen, cursor);
    if (at < 0) return; // wink keeps the source characters; this only guards against surprises
    cursor = at + seen.length;
    const value = text.slice(at, cursor);
    tokens.push({
      text: value,
      lower: value.toLowerCase(),
      lemma: LEMMA_FIXES.get(value.toLowerCase()) ?? (lemmas[i] ?? value).toLowerCase(),
      stem: (stems[i] ?? value).toLowerCase(),
      pos: PREPOSITION_FIXES.has(value.toLowerCase()) ? 'ADP' : (pos[i] ?? 'X'),
      negated: Boolean(negation[i]),
      measure: measures.has(i),
      start: offset + at,
      end: offset + cursor,
    });
  });
  return RETAGGING_PASSES.reduce((retagged, pass) => pass(retagged), tokens);
}

/**
 * Where wink's tags are read again, in order: each pass sees the tokens the one before it left.
 */
const RETAGGING_PASSES: Array<(tokens: Token[]) => Token[]> = [
  withDecimalsWhole,
  withTitlesWhole,
  retagToAfterNoun,
  retagObjectTo,
  retagControlVerbs,
  retagGerundSubjects,
  retagPluralsInPhrases,
  retagNameVerbs,
  retagPlansMeasure,
  retagObjectPlans,
  withdrawingPhrasals,
  retagBareAfterModal,
  retagBareAfterHelp,
  retagPastAfterTo,
  retagVerbBeforeArticle,
  retagObjectAfterInfinitive,
  retagActBeforeOf,
  retagLawsAct,
  retagBackAfterTo,
  retagNameBeforeVerb,
  retagCompoundInPhrase,
  retagRulingVerb,
];

/**
 * "the Road Traffic Act", "road traffic act": wink may tag a law's "Act" a verb; after two words of
 * its name, at the end of a phrase, it is the noun.
 */
function retagLawsAct(tokens: Token[]): Token[] {
  tokens.forEach((t, i) => {
    if (t.lower !== 'act' || t.pos !== 'VERB' || i < 2) return;
    const named = [tokens[i - 1], tokens[i - 2]].every((w) => ['NOUN', 'PROPN'].includes(w.pos));
    const end =
      tokens[i + 1] === undefined || ['PUNCT', 'CCONJ', 'ADP'].includes(tokens[i + 1].pos);
    // ("… to invoke the Emergencies Act was unreasonable": a capital "Act" after a capitalised
    // word of its name and before an auxiliary ends the subject it names.)
    // ("doctors' strike against MTI Act enters 11th day": or before a verb in "-s" or "-ed".)
    const next = tokens[i + 1];
    const subjectNamed =
      t.text === 'Act' &&
      (next?.pos === 'AUX' || (next?.pos === 'VERB' && /[^s]s$|ed$/u.test(next.lower))) &&
      /^\p{Lu}/u.test(tokens[i - 1].text) &&
      ['NOUN', 'PROPN'].includes(tokens[i - 1].pos);
    if (subjectNamed) tokens[i] = { ...t, pos: 'NOUN' };
    if (named && end && (t.text === 'Act' || tokens[i + 1]?.pos !== 'ADP')) {
      tokens[i] = { ...t, pos: 'NOUN' };
    }
  });
  return tokens;
}

/** Verbs that take "of" themselves: "dispose of", "approve of", "think of". */
const VERBS_TAKING_OF = new Set([
  'approve',
  'dispose',
  'think',
  'consist',
  'rid',
  'speak',
  'hear',
  'go',
]);

/**
 * "Court won't halt upgrade of Narok towns": wink may tag an act named before "of" a verb; a
 * bare verb straight after another verb, with "of" after it, is the other verb's object.
 */
function retagActBeforeOf(tokens: Token[]): Token[] {
  tokens.forEach((t, i) => {
    const verb = tokens[i - 1];
    if (t.pos !== 'VERB' || t.lower !== t.lemma || verb?.pos !== 'VERB') return;
    if (tokens[i + 1]?.lower !== 'of' || VERBS_TAKING_OF.has(t.lemma)) return;
    tokens[i] = { ...t, pos: 'NOUN' };
  });
  return tokens;
}

/**
 * "protest over bus stand relocation", "New betting shop to open": inside a phrase after a
 * preposition, a bare "verb" between two nouns is a noun of the compound; "new" before a word
 * in lower case is an adjective, and an "-ing" word between it and a noun is the noun's kind.
 */
function retagCompoundInPhrase(tokens: Token[]): Token[] {
  tokens.forEach((t, i) => {
    const [before, prev, next, after] = [
      tokens[i - 2],
      tokens[i - 1],
      tokens[i + 1],
      tokens[i + 2],
    ];
    if (t.lower === 'new' && t.pos !== 'ADJ' && next && /^\p{Ll}/u.test(next.text)) {
      tokens[i] = { ...t, pos: 'ADJ' };
      if (next.pos === 'VERB' && /ing$/u.test(next.lower) && after?.pos === 'NOUN') {
        tokens[i + 1] = { ...next, pos: 'NOUN', lemma: next.lower };
      }
      return;
    }
    if (t.pos !== 'VERB' || t.lower !== t.lemma || prev?.pos !== 'NOUN' || before?.pos !== 'ADP') {
      return;
    }
    if (next?.pos !== 'NOUN' || ['VERB', 'AUX', 'DET'].includes(after?.pos ?? '')) return;
    tokens[i] = { ...t, pos: 'NOUN' };
  });
  return tokens;
}

/** Bodies whose "rules" is their ruling, not their rule book: "Court rules that …". */
const RULING_BODIES = new Set(
  'court courts judge judges justices tribunal panel magistrate ombudsman regulator watchdog jury'.split(
    ' ',
  ),
);
/** Words after which a ruling's verb goes on: "rules that", "rules against", "rules in favour". */
const RULING_GOES_ON = new Set(['that', 'against', 'in', 'for', 'on']);

/**
 * "Supreme Court rules that colleges must stop …", "Court rules against ban on protests": wink
 * tags "rules" a noun, as in "court rules of procedure"; right after a court or a judge, before
 * "that" or a ruling's preposition, it is the verb. (Before a preposition only when no verb comes
 * after: "Court rules on disclosure were changed" keeps its noun.)
 */
function retagRulingVerb(tokens: Token[]): Token[] {
  tokens.forEach((t, i) => {
    if (t.lower !== 'rules' || t.pos !== 'NOUN' || !RULING_BODIES.has(tokens[i - 1]?.lower ?? '')) {
      return;
    }
    const next = tokens[i + 1]?.lower ?? '';
    if (!RULING_GOES_ON.has(next)) return;
    const later = tokens
      .slice(i + 2)
      .some((w) => (w.pos === 'VERB' && !/ing$/u.test(w.lower)) || w.pos === 'AUX');
    if (next === 'that' || !later) tokens[i] = { ...t, pos: 'VERB' };
  });
  return tokens;
}

/**
 * "Trim looks to ban gum": wink may tag a capitalised first word a bare verb, as an order; one
 * straight before a verb in "-s" is that verb's subject, a name (the town of Trim).
 */
function retagNameBeforeVerb(tokens: Token[]): Token[] {
  const [first, next] = tokens;
  if (first?.pos !== 'VERB' || first.lower !== first.lemma || !/^\p{Lu}/u.test(first.text)) {
    return tokens;
  }
  if (next?.pos !== 'VERB' || next.lower === next.lemma || !/[^s]s$/u.test(next.lower)) {
    return tokens;
  }
  return [{ ...first, pos: 'PROPN' }, ...tokens.slice(1)];
}

/**
 * "Dáil to back nationwide ban on …": wink tags "back" after "to" an adverb; before a noun
 * phrase it is the verb "back".
 */
function retagBackAfterTo(tokens: Token[]): Token[] {
  tokens.forEach((t, i) => {
    if (t.lower !== 'back' || t.pos !== 'ADV' || tokens[i - 1]?.lower !== 'to') return;
    if (!['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(tokens[i + 1]?.pos ?? '')) return;
    tokens[i] = { ...t, pos: 'VERB', lemma: 'back' };
  });
  return tokens;
}

/**
 * "fails to halt works on the route": wink may tag a plural after an infinitive a verb; a verb
 * in "-s" is never the second of two, so right after "to" and a bare verb it is the object.
 */
function retagObjectAfterInfinitive(tokens: Token[]): Token[] {
  tokens.forEach((t, i) => {
    if (t.pos !== 'VERB' || !/[^s'’]s$/u.test(t.lower) || t.lemma === t.lower || i < 2) return;
    const verb = tokens[i - 1];
    if (tokens[i - 2].lower !== 'to' || verb.pos !== 'VERB' || verb.lower !== verb.lemma) return;
    tokens[i] = { ...t, pos: 'NOUN' };
  });
  return tokens;
}

/** Words of a day that may stand between a subject and a clause: "News today the …". */
const DAY_WORDS = new Set(['today', 'tonight', 'yesterday', 'tomorrow']);

/** Words that open a noun phrase, which a noun is never directly followed by. */
const PHRASE_OPENERS = new Set(['the', 'a', 'an', 'its', 'their', 'this', 'these']);

/**
 * "Samoans fight the switch from right to left": wink may read a headline's verb after a plural
 * name as a noun. A bare word between a plural subject and an article, with no verb before it,
 * is the verb.
 */
function retagVerbBeforeArticle(tokens: Token[]): Token[] {
  const at = tokens.findIndex(
    (t, i) =>
      i > 0 &&
      t.pos === 'NOUN' &&
      !/s$/u.test(t.lower) &&
      // ("BBC News today the council said …": a day is no verb.)
      !DAY_WORDS.has(t.lower) &&
      PHRASE_OPENERS.has(tokens[i + 1]?.lower ?? '') &&
      ['PROPN', 'NOUN'].includes(tokens[i - 1].pos) &&
      /[^s]s$/u.test(tokens[i - 1].lower),
  );
  // (A question's opening "Should" is no verb of the subject's.)
  const verbBefore = tokens
    .slice(0, at)
    .some((t, k) => t.pos === 'VERB' || (t.pos === 'AUX' && k > 0));
  if (at < 0 || verbBefore) return tokens;
  tokens[at] = { ...tokens[at], pos: 'VERB', lemma: tokens[at].lower };
  return tokens;
}

/**
 * "P389.8-million funds": wink splits an amount with a letter before it at its decimal point
 * ("P389", ".", "8-million"), and the point then reads as a sentence's end. Digits either side
 * of a point with no space make one token.
 */
function withDecimalsWhole(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const [before, point, after] = [out[out.length - 1], tokens[i], tokens[i + 1]];
    const glued = before?.end === point.start && point.end === after?.start;
    if (point.text === '.' && glued && /\d$/u.test(before.text) && /^\d/u.test(after.text)) {
      const text = before.text + point.text + after.text;
      out[out.length - 1] = { ...before, text, lower: text.toLowerCase(), end: after.end };
      i++;
    } else out.push(point);
  }
  return out;
}

/** Past forms not in "-ed" that wink may read as an infinitive after "to". */
const IRREGULAR_PAST = new Set(['paid', 'left', 'built', 'sold', 'bought', 'held', 'made', 'kept']);

/**
 * "the switch to paid parking", "the switch from right to left": after "to" an infinitive is
 * bare, so a past form there ("paid", "left") is no verb: before a noun it describes it, and
 * alone it is a noun ("left", the side); the "to" is a preposition.
 */
function retagPastAfterTo(tokens: Token[]): Token[] {
  tokens.forEach((t, i) => {
    const to = tokens[i - 1]?.lower === 'the' ? i - 2 : i - 1;
    if (t.pos !== 'VERB' || tokens[to]?.lower !== 'to' || t.lower === t.lemma) return;
    if (!/\p{L}ed$/u.test(t.lower) && !IRREGULAR_PAST.has(t.lower)) return;
    const described = tokens[i + 1]?.pos === 'NOUN';
    tokens[i] = { ...t, pos: described ? 'ADJ' : 'NOUN', lemma: t.lower };
    tokens[to] = { ...tokens[to], pos: 'ADP' };
  });
  return tokens;
}

/**
 * "Should Nepal ban/NOUN solo walks in nature …?": in a question opened by a modal, a bare word
 * right after a name standing alone, before a noun phrase, is the verb, when no verb or "be"
 * follows ("Should Brighton beach huts be removed?" has one, and "beach" is the huts').
 */
function questionVerb(tokens: Token[], i: number): boolean {
  if (!MODALS.has(tokens[0].lower) || !/^\p{Lu}/u.test(tokens[0].text)) return false;
  if (!tokens.slice(1, i).every((w) => w.pos === 'PROPN')) return false;
  if (!['NOUN', 'DET', 'ADJ', 'NUM'].includes(tokens[i + 1]?.pos ?? '')) return false;
  // ("Should Ardley council drop the …": a bare word before an article is the verb instead.)
  const next = tokens[i + 1];
  if (next.pos === 'NOUN' && next.lower === next.lemma && tokens[i + 2]?.pos === 'DET') {
    return false;
  }
  const verbLater = tokens
    .slice(i + 1)
    .some((w) => w.pos === 'AUX' || (w.pos === 'VERB' && !/[^s]s$/u.test(w.lower)));
  return !verbLater;
}

/**
 * "Bill that would ban/NOUN diversity programs …": after a modal that follows its subject, a bare
 * word wink tags a noun is the verb (a noun there would leave the modal without one). Not after
 * an opening modal: "Should fracking be banned?".
 */
function retagBareAfterModal(tokens: Token[]): Token[] {
  tokens.forEach((t, i) => {
    const modal = tokens[i - 1];
    if (i < 2 || t.pos !== 'NOUN' || t.lower !== t.lemma || /ing$/u.test(t.lower)) return;
    if (questionVerb(tokens, i)) {
      tokens[i] = { ...t, pos: 'VERB' };
      return;
    }
    if (!modal || !MODALS.has(modal.lower)) return;
    if (!['NOUN', 'PROPN', 'PRON'].includes(tokens[i - 2].pos)) return;
    if (!['NOUN', 'DET', 'ADJ', 'PROPN', 'NUM'].includes(tokens[i + 1]?.pos ?? '')) return;
    tokens[i] = { ...t, pos: 'VERB' };
  });
  return tokens;
}

/**
 * "would help the carriage industry fight/NOUN the ban": after "help" or "let" and the one helped,
 * a bare word wink tags a noun, with an object after it, is the verb they are helped to do.
 */
function retagBareAfterHelp(tokens: Token[]): Token[] {
  tokens.forEach((t, i) => {
    if (t.pos !== 'VERB' || !HELPING.has(t.lemma)) return;
    for (let k = i + 2; k <= i + HELPED_WORDS && NOUN_PHRASE.has(tokens[k]?.pos ?? ''); k++) {
      const bare = tokens[k];
      if (bare.pos !== 'NOUN' || bare.lower !== bare.lemma) continue;
      if (!['DET', 'PRON', 'PROPN'].includes(tokens[k + 1]?.pos ?? '')) continue;
      tokens[k] = { ...bare, pos: 'VERB' };
      return;
    }
  });
  return tokens;
}
const HELPING = new Set(['help', 'let']);
/** Most words of the one helped and the verb after it ("the carriage industry fight"). */
const HELPED_WORDS = 5;
const NOUN_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN']);

/** Measures a phrasal verb may take back: "take back its plan", "roll back the reforms". */
const TAKEN_BACK = new Set(
  'plan plans bill law decision ban policy proposal reform reforms tax order rules measure'.split(
    ' ',
  ),
);

/**
 * "should take back its plan to bring the Right to Health Bill", "roll back the reforms": a
 * phrasal verb of withdrawing a measure reads as "withdraw" ("take back control" is left alone).
 */
function withdrawingPhrasals(tokens: Token[]): Token[] {
  tokens.forEach((t, i) => {
    if (!['take', 'roll', 'walk'].includes(t.lemma) || tokens[i + 1]?.lower !== 'back') return;
    if (!tokens.slice(i + 2, i + 5).some((w) => TAKEN_BACK.has(w.lower))) return;
    tokens[i] = { ...t, pos: 'VERB', lemma: 'withdraw' };
  });
  return tokens;
}

/** Nouns of an intended act that wink may tag verbs: "UK plan to reduce …". */
const PLAN_WORDS = new Set(['plan', 'plans', 'bid', 'bids', 'move', 'moves', 'push']);

/**
 * "Barristers oppose UK plan to reduce number of jury trials", "opposition to UK plan to …":
 * after a verb, a preposition or "a" and a name, "plan" before "to" is a noun (a verb there would
 * have no subject).
 */
function retagObjectPlans(tokens: Token[]): Token[] {
  tokens.forEach((t, i) => {
    if (t.pos !== 'VERB' || !PLAN_WORDS.has(t.lower) || tokens[i + 1]?.lower !== 'to') return;
    if (!['PROPN', 'NOUN', 'ADJ'].includes(tokens[i - 1]?.pos ?? '')) return;
    // The verb before the name, with only the name's words between.
    let k = i - 1;
    while (k > 0 && ['PROPN', 'NOUN', 'ADJ', 'DET'].includes(tokens[k].pos)) k--;
    const before = tokens[k];
    // ("opposition to UK plan to …": or after a preposition.)
    const verb = before?.pos === 'VERB' && !/ing$/u.test(before.lower);
    // ("A controversial Junta de Andalucía plan to …": after "a", a bare "plan" has no subject
    // it could agree with.)
    const afterA = ['a', 'an'].includes(before?.lower ?? '') && !/s$/u.test(t.lower);
    if (k < i - 1 && (verb || before?.pos === 'ADP' || afterA)) {
      tokens[i] = { ...t, pos: 'NOUN', lemma: t.lower.replace(/s$/u, '') };
    }
  });
  return tokens;
}

/**
 * "Solomon Islands plans ban on Facebook", "Council plans curbs on …": wink may read "plans" after
 * a name as a noun ("Islands plans"), leaving a headline without a verb. Before a measure and
 * what it is on or for, with no verb before it, "plans" is the verb.
 */
function retagPlansMeasure(tokens: Token[]): Token[] {
  const at = tokens.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.lower === 'plans');
  const plans = tokens[at];
  if (plans?.lower !== 'plans' || plans.pos !== 'NOUN' || at === 0) return tokens;
  const subject = ['PROPN', 'NOUN'].includes(tokens[at - 1].pos);
  const measure = tokens[at + 1]?.pos === 'NOUN' && tokens[at + 2]?.pos === 'ADP';
  if (subject && measure) tokens[at] = { ...plans, pos: 'VERB', lemma: 'plan' };
  return tokens;
}

/**
 * "Iceland issues permits allowing whale hunting": wink may read a name's verb in "-s" as a plural
 * noun and the plural object after it as the verb. A verb in "-s" cannot agree with a plural
 * subject ("Iceland issues … permits"), so after a name the first of the two is the verb.
 */
function retagNameVerbs(tokens: Token[]): Token[] {
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    if (i === 0 || tokens[i - 1].pos !== 'PROPN' || t.pos !== 'NOUN' || next?.pos !== 'VERB')
      return;
    // Plural nouns both ("issues", "permits"), as their lemmas show ("news" is its own lemma).
    const plural = (w: Token) => /[^s'’]s$/u.test(w.lower) && w.lemma !== w.lower;
    if (!plural(next)) return;
    // "Should Iceland issue permits …": after a modal and a name, a bare form is the verb.
    // ("Should Brighton beach huts be removed?": a verb after the two makes them its subject.)
    const after = tokens[i + 2];
    const verbAfter = after?.pos === 'AUX' || (after?.pos === 'VERB' && !/ing$/u.test(after.lower));
    const bare =
      i === 2 && BARE_VERB_OPENERS.has(tokens[0].lower) && t.lower === t.lemma && !verbAfter;
    // (Only a name that opens the sentence is its subject: not "a levy for Kelby hotels appears".)
    const named = tokens.slice(0, i).every((w) => w.pos === 'PROPN');
    if (!bare && (!plural(t) || !named)) return;
    tokens[i] = { ...t, pos: 'VERB', lemma: bare ? t.lemma : verbLemma(t.lower) };
    tokens[i + 1] = { ...next, pos: 'NOUN' };
  });
  return tokens;
}

/** Openers after which a verb takes its bare form: the modals, and "do" of a question. */
const BARE_VERB_OPENERS = new Set([...MODALS, 'do', 'does', 'did']);

/** "issues" → "issue", "approves" → "approve", "pushes" → "push". */
/**
 * "closing" → "close": the verb of a word in "-ing" that wink tagged a noun, read as wink reads it
 * in a progressive ("are closing").
 */
export function gerundLemma(word: string): string {
  const lemma = tokenize(`they are ${word}`).at(-1)?.lemma ?? word;
  // ("defunding", "rezoning": a prefixed verb the lexicon lacks is its stem's, prefix kept.)
  const prefix = lemma === word ? GERUND_PREFIX.exec(word)?.[1] : undefined;
  const stem = prefix ? gerundLemma(word.slice(prefix.length)) : '';
  return prefix && stem !== word.slice(prefix.length) ? `${prefix}${stem}` : lemma;
}

/** Prefixes of verbs a lexicon may lack, before a stem of four letters or more. */
const GERUND_PREFIX = /^(de|re|un|dis|mis|pre|over|under|co)(?=\p{L}{4,}ing$)/u;

export function verbLemma(word: string): string {
  // ("axes" → "axe", as the sets of acts spell it, not "ax".)
  if (word === 'axes') return 'axe';
  // ("vetoes" → "veto", "goes" → "go".)
  if (/(?:ss|sh|ch|x|z|[^aeiou]o)es$/u.test(word)) return word.slice(0, -2);
  if (/[^aeiou]ies$/u.test(word)) return `${word.slice(0, -3)}y`;
  return word.slice(0, -1);
}

const NOUN_PHRASE_TAGS = new Set(['ADP', 'DET', 'NOUN', 'PROPN', 'ADJ', 'NUM']);

/**
 * "A proposed ban on right turns on red in some Atlanta communities is receiving …": wink may
 * tag a plural noun inside a preposition's phrase a verb ("turns"). A verb in "-s" right after
 * such a phrase's noun, with only more of the phrase between it and the clause's finite verb,
 * is a noun too: a verb there would leave that finite verb with no clause of its own.
 */
function retagPluralsInPhrases(tokens: Token[]): Token[] {
  tokens.forEach((t, i) => {
    if (t.pos !== 'VERB' || !/[^s']s$/u.test(t.lower) || t.lemma === t.lower) return;
    const prev = tokens[i - 1];
    if (!prev || !['NOUN', 'ADJ'].includes(prev.pos) || tokens[i - 2]?.pos !== 'ADP') return;
    if (tokens[i + 1]?.pos !== 'ADP') return;
    let j = i + 1;
    while (j < tokens.length && NOUN_PHRASE_TAGS.has(tokens[j].pos)) j++;
    const finite = tokens[j];
    if (!finite || finite.pos !== 'AUX' || !FINITE_AFTER_SUBJECT.has(finite.lower)) return;
    tokens[i] = { ...t, pos: 'NOUN' };
  });
  return tokens;
}

/** Finite verbs and modals that may follow a clause's subject directly. */
const FINITE_AFTER_SUBJECT = new Set(
  'will would could should may might must can is are was were has have had'.split(' '),
);

/**
 * "Greyhound racing will be banned", "Sunday trading to be extended": wink tags the "-ing" word
 * of a compound a verb after a name or noun, but no verb in "-ing" is followed at once by a modal
 * or a finite verb (nor by "to be" and a participle) unless something before it is the verb of
 * the clause. With no verb before it, it heads the subject: a noun.
 */
function retagGerundSubjects(tokens: Token[]): Token[] {
  let clauseHasVerb = false;
  tokens.forEach((t, i) => {
    if (t.pos === 'PUNCT' && /^[.;:!?]$/u.test(t.text)) clauseHasVerb = false;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const gerund =
      t.pos === 'VERB' &&
      /\p{L}{2}ing$/u.test(t.lower) &&
      prev !== undefined &&
      ['NOUN', 'PROPN', 'ADJ'].includes(prev.pos) &&
      !clauseHasVerb;
    const passiveTo =
      next?.lower === 'to' &&
      tokens[i + 2]?.lower === 'be' &&
      /(?:ed|en)$/u.test(tokens[i + 3]?.lower ?? '');
    if (gerund && (FINITE_AFTER_SUBJECT.has(next?.lower ?? '') || passiveTo)) {
      tokens[i] = { ...t, pos: 'NOUN', lemma: t.lower };
      return;
    }
    if (t.pos === 'VERB' || t.pos === 'AUX') clauseHasVerb = true;
  });
  return tokens;
}

/**
 * "said Ald. Maria Lopez": wink keeps "Sen." whole but cuts "Ald." into a word and a full stop,
 * which ended the speaker's name at the title. A title and its stop before a name are one token.
 */
function withTitlesWhole(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const stop = tokens[i + 1];
    const name = tokens[i + 2];
    if (
      TITLES.has(t.lower) &&
      /^\p{Lu}/u.test(t.text) &&
      stop?.text === '.' &&
      stop.start === t.end &&
      name !== undefined &&
      /^\p{Lu}/u.test(name.text)
    ) {
      const text = `${t.text}.`;
      out.push({ ...t, text, lower: text.toLowerCase(), pos: 'PROPN', end: stop.end });
      i++;
      continue;
    }
    out.push(t);
  }
  return out;
}

/** Verbs that take "to" and an action, and are nouns too ("plan", "vote", "hope"). */
const CONTROL_VERB_NOUNS = new Set(
  'plan vow hope aim vote pledge promise threaten move bid want seek decline refuse'.split(' '),
);

/**
 * "Farmers plan to fence off …", "Unions vow to strike": wink tags the verb a noun after a
 * capitalised or plural subject; before "to" and a verb, right after a noun or name (not after
 * "the", an adjective or a possessive: "the plan to …"), it is the clause's verb.
 */
function retagControlVerbs(tokens: Token[]): Token[] {
  tokens.forEach((t, i) => {
    if (t.pos !== 'NOUN' || !CONTROL_VERB_NOUNS.has(t.lemma) || i === 0) return;
    const prev = tokens[i - 1];
    // ("Islanders vote against building cruise piers": a vote's side, as well as its "to".)
    const side = t.lemma === 'vote' && ['against', 'for'].includes(tokens[i + 1]?.lower ?? '');
    if (!side && (tokens[i + 1]?.lower !== 'to' || tokens[i + 2]?.pos !== 'VERB')) return;
    if (prev.pos !== 'PROPN' && !(prev.pos === 'NOUN' && /[^s]s$/u.test(prev.lower))) return;
    tokens[i] = { ...t, pos: 'VERB' };
  });
  return tokens;
}

/**
 * "Hundreds object to Flamingo Land plans", "Council objects to homes": wink tags "object" a noun
 * after a name or a plural. Right after one (not after "the", an adjective or a possessive) and
 * before "to" with no infinitive after it ("objects to be returned" are things), it is the verb.
 */
function retagObjectTo(tokens: Token[]): Token[] {
  tokens.forEach((t, i) => {
    if (t.pos !== 'NOUN' || t.lemma !== 'object' || i === 0) return;
    const prev = tokens[i - 1];
    const after = tokens[i + 2];
    // (wink may tag "plans" after "to" a verb, and "school" in "to school uniform rule"; a bare
    // word before a noun is no infinitive, and either is a noun.)
    const infinitive =
      after?.pos === 'AUX' ||
      (after?.pos === 'VERB' && after.lower === after.lemma && tokens[i + 3]?.pos !== 'NOUN');
    if (tokens[i + 1]?.lower !== 'to' || !after || infinitive) return;
    if (prev.pos !== 'PROPN' && !(prev.pos === 'NOUN' && /[^s]s$/u.test(prev.lower))) return;
    tokens[i] = { ...t, pos: 'VERB' };
    tokens[i + 1] = { ...tokens[i + 1], pos: 'ADP' };
    if (after.pos === 'VERB' && (/s$/u.test(after.lower) || after.lower === after.lemma))
      tokens[i + 2] = { ...after, pos: 'NOUN' };
  });
  return tokens;
}

/** Whether `t` is a manner adverb ("angrily", "abruptly"), which may stand between a verb and what it governs. */
export function isMannerAdverb(t: Token | undefined): boolean {
  return t?.pos === 'ADV' && /ly$/u.test(t.lower);
}

/**
 * Where a phrase ending at `end` stops before the manner adverbs it ends on, one or two joined
 * by "and": "plan quietly and narrowly | approved".
 */
export function beforeMannerAdverbs(tokens: Token[], end: number): number {
  let stop = end;
  while (
    isMannerAdverb(tokens[stop - 1]) ||
    (tokens[stop - 1]?.lower === 'and' && isMannerAdverb(tokens[stop - 2]))
  )
    stop--;
  return stop;
}

/**
 * Where a phrase starting at `start` goes on past the manner adverbs it opens with, one or two
 * joined by "and": "the Centre | abruptly and permanently | shut its doors".
 */
export function afterMannerAdverbs(tokens: Token[], start: number): number {
  let at = start;
  while (
    isMannerAdverb(tokens[at]) ||
    (tokens[at]?.lower === 'and' && isMannerAdverb(tokens[at + 1]))
  )
    at++;
  return at;
}

/** Nouns whose "to" brings in what they are to: "reaction to …", "opposition to …". */
const NOUNS_TAKING_TO = new Set(
  'reaction reactions response responses opposition objection objections resistance'.split(' '),
);

/** Verbs whose "to" brings in what they take in: "reacted angrily to draft regulations". */
const VERBS_TAKING_TO = new Set(['react', 'respond']);

/** Whether the word before "to" at `i` (past one "-ly" adverb) is a verb of taking news in. */
function verbTakingTo(tokens: Token[], i: number): boolean {
  const before = isMannerAdverb(tokens[i - 1]) ? i - 2 : i - 1;
  return tokens[before]?.pos === 'VERB' && VERBS_TAKING_TO.has(tokens[before].lemma);
}

/**
 * "Mixed reaction to pension cuts", "have reacted angrily to draft regulations": wink may read
 * "to" after such a noun or verb as an infinitive's and the word after it a verb. It is a
 * preposition, and a bare "verb" before a noun heads a compound.
 */
function retagToAfterNoun(tokens: Token[]): Token[] {
  tokens.forEach((t, i) => {
    if (t.lower !== 'to' || i === 0) return;
    if (!NOUNS_TAKING_TO.has(tokens[i - 1].lower) && !verbTakingTo(tokens, i)) return;
    tokens[i] = { ...t, pos: 'ADP' };
    const next = tokens[i + 1];
    if (next?.pos === 'VERB' && next.lower === next.lemma && tokens[i + 2]?.pos === 'NOUN') {
      tokens[i + 1] = { ...next, pos: 'NOUN' };
    }
  });
  return tokens;
}

/** wink's sentiment score (-1..1) of a short text. */
export function sentimentOf(text: string): number {
  const n = englishNlp();
  return n.readDoc(text).out(n.its.sentiment) as unknown as number;
}

/** Sentences of a free text (used for titles and motions), as strings. */
export function sentencesOf(text: string): string[] {
  return englishNlp().readDoc(text).sentences().out() as string[];
}

/** Lower-case, diacritics folded: "Kaczyński" and "Kaczynski" compare equal. */
export function fold(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/**
 * Index of the first verb of a clause that is neither part of a name (wink tags "Ted" in
 * "Senator Ted Cruz" as a verb) nor of a hyphenated compound ("state-owned"); -1 if none.
 */
export function mainVerbIndex(tokens: Token[]): number {
  return tokens.findIndex(
    (t, i) =>
      (t.pos === 'VERB' || t.pos === 'AUX') &&
      i > 0 &&
      tokens[i - 1].text !== '-' &&
      // ("Forest sell-off opposition grows": a verb glued to a hyphen is a compound's.)
      !(tokens[i + 1]?.text === '-' && tokens[i + 1].start === t.end) &&
      // "the board of works voted": a word after "of" is a noun's, not the clause's verb.
      tokens[i - 1].lower !== 'of' &&
      // "Wearing a helmet while riding a bicycle will …": an "-ing" after "while" is an adjunct's
      // ("Referendum on restricting right to strike": after any preposition, a gerund).
      !(
        /ing$/u.test(t.lower) &&
        (ADJUNCT_OPENERS.has(tokens[i - 1].lower) || tokens[i - 1].pos === 'ADP')
      ) &&
      !gerundAfterObject(tokens, i) &&
      !participleAfterMeasure(tokens, i) &&
      !attributiveParticiple(tokens, i) &&
      !agentParticiple(tokens, i) &&
      !placedParticiple(tokens, i) &&
      // ("Campaigners including archaeologists … have won": a preposition in a verb's form.)
      !PREPOSITIONAL_PARTICIPLES.has(t.lower) &&
      !(
        /^\p{Lu}/u.test(t.text) &&
        (tokens[i - 1]?.pos === 'PROPN' || tokens[i + 1]?.pos === 'PROPN')
      ),
  );
}

/**
 * "Protestors organized by centrist and left-wing opposition parties gathered in Zagreb": a
 * participle with its "by" right after a noun describes the noun, when a finite verb of the
 * clause's own comes after it.
 */
function agentParticiple(tokens: Token[], i: number): boolean {
  if (!/ed$/u.test(tokens[i].lower) || tokens[i + 1]?.lower !== 'by') return false;
  if (!['NOUN', 'PROPN'].includes(tokens[i - 1]?.pos ?? '')) return false;
  return tokens.some(
    (t, j) =>
      j > i + 2 &&
      ((t.pos === 'VERB' && /(?:ed|s)$/u.test(t.lower) && tokens[j + 1]?.lower !== 'by') ||
        (t.pos === 'AUX' && FINITE_AFTER_SUBJECT.has(t.lower))),
  );
}

/**
 * "Netherlands ban on mink breeding, slaughtering upheld in top court case": a gerund after its
 * object inside a preposition's phrase, or joined to such a gerund, is the phrase's, when a verb
 * of the clause's own comes after it.
 */
export function gerundAfterObject(tokens: Token[], i: number): boolean {
  if (!/\p{L}{2}ing$/u.test(tokens[i]?.lower ?? '')) return false;
  const joined = [',', 'and', 'or'].includes(tokens[i - 1]?.lower ?? '');
  if (joined) return gerundAfterObject(tokens, i - 2);
  if (tokens[i - 1]?.pos !== 'NOUN' || tokens[i - 2]?.pos !== 'ADP') return false;
  return tokens.some((t, k) => k > i && t.pos === 'VERB' && !/ing$/u.test(t.lower));
}

/** Nouns of a measure that an "-ing" participle after them tells of: "law banning …". */
const MEASURES_TOLD_OF = new Set(
  'law laws bill bills ban bans rule rules decree policy measure measures ordinance regulation regulations plan plans scheme proposal'.split(
    ' ',
  ),
);

/**
 * "Hungary's new law banning Pride events sparks protests": an "-ing" participle right after a
 * measure's noun says what the measure does, when a finite verb of the clause's own ("-s" or
 * "-ed") comes after it.
 */
function participleAfterMeasure(tokens: Token[], i: number): boolean {
  if (!/\p{L}{2}ing$/u.test(tokens[i].lower) || !MEASURES_TOLD_OF.has(tokens[i - 1]?.lower ?? '')) {
    return false;
  }
  const finite = tokens.findIndex(
    (t, k) =>
      k > i + 1 && t.pos === 'VERB' && /\p{L}(?:s|ed)$/u.test(t.lower) && t.lower !== t.lemma,
  );
  // (Not before an infinitive of its own: "bill requiring Google and Meta to pay … passes".)
  return finite > 0 && !tokens.slice(i + 1, finite).some((t) => t.lower === 'to');
}

/** Participles that work as prepositions, never a clause's verb: "Campaigners including …". */
const PREPOSITIONAL_PARTICIPLES = new Set(['including', 'excluding', 'regarding', 'concerning']);

/**
 * "Alcoholic drinks sold in Finnish retail stores will get slightly stronger": a participle with
 * where it happens, right after a noun, describes the noun, when an auxiliary of the clause's own
 * comes after it.
 */
function placedParticiple(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t.pos !== 'VERB' || t.lower === t.lemma || /(?:s|ing)$/u.test(t.lower)) return false;
  // (Things, in the plural, and a place after the preposition: not "court ruled on Monday".)
  const things = tokens[i - 1];
  if (things?.pos !== 'NOUN' || !/^\p{Ll}+[^s]s$/u.test(things.text)) return false;
  if (!['in', 'at', 'on'].includes(tokens[i + 1]?.lower ?? '')) return false;
  const place = tokens[i + 2];
  if (!place || DAYS_NAMED.has(place.lower) || MONTH_WORD.test(place.lower)) return false;
  if (place.pos === 'NUM') return false;
  return tokens.some((w, k) => k > i + 2 && w.pos === 'AUX' && FINITE_AFTER_SUBJECT.has(w.lower));
}

/** Words that open an adjunct around a participle: "while riding", "before leaving". */
const ADJUNCT_OPENERS = new Set(['while', 'when', 'before', 'after', 'without', 'by']);

/**
 * "Carrow's planned incinerator", "the proposed tax", "world swimming's governing body": a
 * participle between a possessive or an article and a noun describes the noun; it is not the
 * clause's verb. So does one right after a preposition, before its noun or an adjective
 * ("Residents on scrapped light rail budget blowout", "over proposed cuts"; not after "to", "by",
 * "as" or "than"), and one between two nouns after a preposition ("in council owned parks").
 */
function attributiveParticiple(tokens: Token[], i: number): boolean {
  if (!/(?:ed|ing)$/u.test(tokens[i].lower)) return false;
  const prev = tokens[i - 1];
  if (
    /ed$/u.test(tokens[i].lower) &&
    prev.pos === 'ADP' &&
    !['to', 'by', 'as', 'than'].includes(prev.lower) &&
    ['NOUN', 'ADJ'].includes(tokens[i + 1]?.pos ?? '')
  ) {
    return true;
  }
  if (
    /ed$/u.test(tokens[i].lower) &&
    prev.pos === 'NOUN' &&
    tokens[i - 2]?.pos === 'ADP' &&
    tokens[i + 1]?.pos === 'NOUN'
  ) {
    return true;
  }
  // "a controversial targeted rate": adjectives may come between the article and the participle.
  let b = i - 1;
  while (b > 0 && tokens[b].pos === 'ADJ') b--;
  const before = tokens[b];
  return (
    (before.text === "'s" || before.text === '’s' || before.pos === 'DET') &&
    tokens[i + 1]?.pos === 'NOUN'
  );
}
