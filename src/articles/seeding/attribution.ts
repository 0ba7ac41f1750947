import { ATTRIBUTION_VERBS, STANCE_SUBJECTS } from './stance-lexicon';
import type { Token } from './seeding-nlp';
import { isQuoteMark } from './quote-marks';

/** Where a sentence attributes something to someone: the cue word and who is said to hold it. */
export interface Attribution {
  /** Index (into the sentence's tokens) of the attribution verb, or of "according". */
  cue: number;
  cueLemma: string;
  /** Token range [from, to) of the holder phrase, or null when the sentence does not name one. */
  holder: [number, number] | null;
}

const CLAUSE_STOPS = new Set([';', ':', '(', ')']);

/** Words before a holder that join the sentence to the last ("However Ex-President … says"). */
const LEADING_JUNK = new Set([
  'while',
  'whereas',
  'although',
  'though',
  'and',
  'but',
  'as',
  'however',
  'meanwhile',
  'nevertheless',
  'nonetheless',
]);
const TRAILING_JUNK = new Set(['also', 'later', 'further', 'previously', 'then', 'have', 'has']);

/** Attribution cues of one sentence, outside quoted speech, left to right. */
export function findAttributions(tokens: Token[], quoted: boolean[]): Attribution[] {
  const found: Attribution[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (quoted[i]) continue;
    const t = tokens[i];
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      found.push({
        cue: i,
        cueLemma: 'according',
        holder: accordingToHolder(tokens, quoted, i + 2),
      });
      continue;
    }
    const view =
      opinionOf(tokens, quoted, i) ??
      positionIsThat(tokens, quoted, i) ??
      ofTheView(tokens, quoted, i) ??
      forPerson(tokens, quoted, i);
    if (view) {
      found.push(view);
      continue;
    }
    // "gave evidence that she had twice been forced into the traffic": testimony.
    if (
      t.lemma === 'give' &&
      t.pos === 'VERB' &&
      tokens[i + 1]?.lower === 'evidence' &&
      tokens[i + 2]?.lower === 'that'
    ) {
      found.push({ cue: i, cueLemma: 'testify', holder: subjectOf(tokens, quoted, i) });
      continue;
    }
    // "The minister set out the case for the bill, saying protesters were …": a participle of
    // saying after a finished clause gives that clause's subject's words.
    const after = sayingAfterClause(tokens, quoted, i);
    if (after) {
      found.push(after);
      continue;
    }
    // "Parents will breathe a sigh of relief", "drivers can breathe easier": relief held.
    if (t.lemma === 'breathe' && t.pos === 'VERB' && breathesRelief(tokens, i)) {
      found.push({ cue: i, cueLemma: 'breathe', holder: subjectOf(tokens, quoted, i) });
      continue;
    }
    // "… agreed to lend the club £45 million, despite warnings that taxpayers could be left
    // with the bill": the warnings the act went ahead despite.
    if (
      WARNING_NOUNS.has(t.lower) &&
      tokens[i - 1]?.lower === 'despite' &&
      tokens[i + 1]?.lower === 'that'
    ) {
      found.push({ cue: i, cueLemma: 'warn', holder: [i, i + 1] });
      continue;
    }
    // "Farmers have reacted with fury to the decision to ban …": a reaction held.
    if (REACTING.has(t.lemma) && t.pos === 'VERB' && reactsWithFeeling(tokens, i) !== 0) {
      found.push({ cue: i, cueLemma: 'react', holder: subjectOf(tokens, quoted, i) });
      continue;
    }
    const member = memberOfGroupWhoSaid(tokens, quoted, i);
    if (member) {
      found.push(member);
      continue;
    }
    if (!isAttributionVerb(tokens, quoted, i) || notACue(tokens, i)) continue;
    const holder = subjectOf(tokens, quoted, i);
    // "… bar companies from targeting ads, prevent strangers from messaging kids, and block teens
    // from …": a verb in a list of what a law does has no holder; a phrase opening on a verb is none.
    // (A name in it makes it one: "said skipper/VERB Ewan Rudd".)
    const verbPhrase =
      holder !== null &&
      tokens[holder[0]].pos === 'VERB' &&
      /^\p{Ll}/u.test(tokens[holder[0]].text) &&
      !tokens.slice(holder[0], holder[1]).some((x) => x.pos === 'PROPN');
    // ("there was no reason why the festival could not continue": "there" holds nothing.)
    const expletive =
      holder !== null && holder[1] - holder[0] === 1 && tokens[holder[0]].lower === 'there';
    if (verbPhrase || expletive) continue;
    found.push({ cue: i, cueLemma: t.lemma, holder });
  }
  return found;
}

/**
 * A cue word that is no attribution here: "a think tank"; "makes it easier for parents to sue
 * the companies" (what others are enabled to do, not what the sentence's subject does).
 */
function notACue(tokens: Token[], i: number): boolean {
  if (tokens[i].lower === 'think' && /^tanks?$/u.test(tokens[i + 1]?.lower ?? '')) return true;
  const to =
    tokens[i - 1]?.lower === 'to'
      ? i - 1
      : tokens[i - 2]?.lower === 'to' && tokens[i - 1].pos === 'ADV'
        ? i - 2
        : -1;
  if (to < 0) return false;
  return tokens.slice(Math.max(0, to - 4), to).some((t) => t.lower === 'for');
}

/**
 * "Dick Trotter, who owns a café, was one of several business owners who said the plan would
 * burden their customers": the relative "who said" on a group names what its members hold; the
 * one said to be among them holds it (else the group: "residents who said …").
 */
function memberOfGroupWhoSaid(tokens: Token[], quoted: boolean[], i: number): Attribution | null {
  const t = tokens[i];
  if (quoted[i] || t.pos !== 'VERB' || !['say', 'argue', 'warn', 'complain'].includes(t.lemma)) {
    return null;
  }
  if (tokens[i - 1]?.lower !== 'who' || tokens[i - 2]?.pos !== 'NOUN') return null;
  if (!/s$/u.test(tokens[i - 2].lower) || tokens[i - 2].lower === tokens[i - 2].lemma) return null;
  let from = i - 2;
  while (from > 0 && ['NOUN', 'ADJ', 'DET'].includes(tokens[from - 1].pos)) from--;
  // "one of several business owners", "among the residents": a named member is the holder.
  const among =
    (tokens[from - 1]?.lower === 'of' && tokens[from - 2]?.lower === 'one') ||
    tokens[from - 1]?.lower === 'among';
  const be = among ? from - (tokens[from - 1].lower === 'of' ? 3 : 2) : -1;
  if (be > 0 && tokens[be].lemma === 'be') {
    const member = subjectOf(tokens, quoted, be);
    if (member) return { cue: i, cueLemma: t.lemma, holder: member };
  }
  return { cue: i, cueLemma: t.lemma, holder: [from, i - 1] };
}

/** Participles that report what the subject of the clause before them says. */
const SAYING = new Set(['saying', 'arguing', 'insisting', 'warning', 'adding', 'claiming']);

/**
 * "Home Affairs Minister Jo Hale set out the rationale for the bill, saying …": ", saying" after a
 * clause whose verb is not itself one of saying; the holder is that clause's subject.
 */
function sayingAfterClause(tokens: Token[], quoted: boolean[], i: number): Attribution | null {
  if (!SAYING.has(tokens[i].lower) || tokens[i - 1]?.text !== ',' || i < 4) return null;
  const verb = tokens.findIndex(
    (t, k) => k < i - 1 && !quoted[k] && t.pos === 'VERB' && !t.lower.endsWith('ing'),
  );
  if (verb <= 0) return null;
  // "X said …, saying …" and "X, saying …": the clause before has its own cue, or none.
  const cued = tokens
    .slice(verb, i)
    .some((t, k) => t.pos === 'VERB' && ATTRIBUTION_VERBS.has(t.lemma) && !quoted[verb + k]);
  if (cued) return null;
  const holder = subjectOf(tokens, quoted, verb);
  if (!holder || !tokens.slice(holder[0], holder[1]).some((t) => t.pos === 'PROPN')) return null;
  return { cue: i, cueLemma: 'say', holder };
}

/** What an act goes ahead "despite": "despite warnings that …", "despite fears that …". */
export const WARNING_NOUNS = new Set(['warnings', 'fears', 'concerns', 'objections']);

const REACTING = new Set(['react', 'respond', 'greet']);
/** Feelings a reaction is "met with": -1 against what it reacts to, +1 for it. */
const REACTION_FEELINGS: Record<string, number> = {
  fury: -1,
  anger: -1,
  outrage: -1,
  dismay: -1,
  alarm: -1,
  disbelief: -1,
  horror: -1,
  dismayed: -1,
  delight: 1,
  joy: 1,
  relief: 1,
  jubilation: 1,
  enthusiasm: 1,
};

/**
 * "have reacted with fury to …", "responded with dismay to …", "greeted the news with delight":
 * the feeling's sign (-1, +1), or 0 when the verb is not followed by one.
 */
export function reactsWithFeeling(tokens: Token[], i: number): number {
  const rest = tokens.slice(i + 1, i + 8);
  const at = rest.findIndex((w) => w.lower === 'with');
  if (at < 0 || (tokens[i].lemma !== 'greet' && at > 0)) return 0;
  const feeling = rest.slice(at + 1, at + 4).find((w) => REACTION_FEELINGS[w.lower] !== undefined);
  return feeling ? REACTION_FEELINGS[feeling.lower] : 0;
}

/** "breathe a sigh of relief", "breathe (more) easily", "breathe easier". */
function breathesRelief(tokens: Token[], i: number): boolean {
  const next = tokens.slice(i + 1, i + 5).map((w) => w.lower);
  return (
    (next[0] === 'a' && next[1] === 'sigh' && next[2] === 'of' && next[3] === 'relief') ||
    ['easier', 'easily', 'freely'].includes(next[0] ?? '') ||
    (next[0] === 'more' && ['easily', 'freely'].includes(next[1] ?? ''))
  );
}

const RELATIVES = new Set(['who', 'which', 'that', 'whose', 'whom']);
const POSSESSIVES = new Set(['my', 'your', 'his', 'her', 'its', 'our', 'their']);
/** Relatives that open a clause about a speaker: "Ann Lee, who voted against …". */
const ON_A_SPEAKER = new Set(['who', 'whose']);
const COMMITTING = new Set(['continue', 'add', 'agree']);
const INTENDING = new Set([
  'agree',
  'refuse',
  'decline',
  'plan',
  'want',
  'promise',
  'vow',
  'intend',
  'hope',
  'try',
]);
const DEEDS = new Set(['responsibility', 'credit']);
/** "is expected to rule", "is due to decide", "has yet to say": a statement still to come. */
const STILL_TO_COME = new Set(
  'expect due set likely unlikely schedule slate poise about going yet'.split(' '),
);

/**
 * An attribution verb that reports someone's statement: not a passive ("are called"), not inside
 * a relative clause ("which rules on"), not an opening participle ("Speaking to AFP, ..."), not
 * part of a compound ("state-owned"). wink tags a clause-final "states" or ", ruling that" as a
 * noun, so those shapes are accepted too.
 */
function isAttributionVerb(tokens: Token[], quoted: boolean[], i: number): boolean {
  const t = tokens[i];
  if (!ATTRIBUTION_VERBS.has(t.lemma)) return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (next?.text === '-' || prev?.text === '-') return false;
  if (t.pos === 'NOUN') {
    const clauseFinal = next && /^[.,;]$/u.test(next.text) && prev?.pos === 'NOUN';
    const thatClause = prev?.text === ',' && next?.lower === 'that';
    if (!clauseFinal && !thatClause) return false;
  } else if (t.pos !== 'VERB') {
    return false;
  }
  if (prev && (prev.lemma === 'be' || prev.lemma === 'do' || prev.lower === "n't")) return false;
  if (prev && RELATIVES.has(prev.lower)) return false;
  // "in their calls for removal": after a possessive the word is a noun, whatever its tag.
  if (prev && POSSESSIVES.has(prev.lower)) return false;
  // "a large number of calls for service": after "of" too.
  if (prev?.lower === 'of') return false;
  // "continued to fight", "agreed to add two members": a commitment to act, not a statement.
  if (COMMITTING.has(t.lemma) && next?.lower === 'to') return false;
  // "agreed to add", "refused to comment": an intended or declined act, not a statement made.
  if (prev?.lower === 'to' && INTENDING.has(tokens[i - 2]?.lemma ?? '')) return false;
  // "the court, which is expected to rule in the spring": no statement has been made yet.
  const before = tokens[i - 2];
  if (
    prev?.lower === 'to' &&
    before &&
    (STILL_TO_COME.has(before.lemma) || STILL_TO_COME.has(before.lower))
  )
    return false;
  if (t.lemma === 'call' && !callsSomething(tokens, quoted, i)) return false;
  // "to ask it to consider the move": to consider is not yet to hold a view.
  if (t.lemma === 'consider' && prev?.lower === 'to') return false;
  // "will now write to Essex County Council": writing to someone is correspondence, not a
  // statement, unless what is written follows ("wrote to the council that …" is caught by "that").
  if (
    t.lemma === 'write' &&
    next?.lower === 'to' &&
    !tokens.slice(i + 2, i + 8).some((w) => w.lower === 'that')
  ) {
    return false;
  }
  // "cited the Supreme Court ruling": naming a precedent or a source is not a position; citing
  // someone's words ("cited the government's \"repression\"") or a reason ("as his motive") is.
  if (t.lemma === 'cite') {
    const after = tokens.slice(i + 1);
    if (!quoted.slice(i + 1).some(Boolean) && !after.some((a) => a.lower === 'as')) return false;
  }
  // "The rise will add about £84 a year to the bill", "adds 5 per cent": "add" with an amount
  // for its object sums, it does not say anything.
  if (
    t.lemma === 'add' &&
    tokens.slice(i + 1, i + 4).some((a) => a.pos === 'NUM' || /^[£$€¥\d]/u.test(a.text))
  ) {
    return false;
  }
  // "businesses can continue with cashless sales": going on doing, not going on saying.
  if (
    t.lemma === 'continue' &&
    next &&
    !quoted[i + 1] &&
    next.pos !== 'PUNCT' &&
    next.lower !== 'that'
  )
    return false;
  // "would add cost to the project", "added two lanes to the road": an object added to something.
  if (
    t.lemma === 'add' &&
    next &&
    ['DET', 'ADJ', 'NOUN'].includes(next.pos) &&
    !quoted[i + 1] &&
    tokens.slice(i + 2, i + 6).some((a) => a.lower === 'to')
  ) {
    return false;
  }
  // "maintains a database", "holds a meeting": with a plain object these verbs do, not say.
  if (t.lemma === 'maintain' && next && (next.pos === 'DET' || next.pos === 'NOUN')) return false;
  // "claimed responsibility for the attacks": owning a deed reports an event, not a position.
  if (t.lemma === 'claim' && next && DEEDS.has(next.lemma)) return false;
  if (t.lower.endsWith('ing')) {
    const opening = !prev || prev.pos === 'PUNCT';
    if (opening || !quoted.some(Boolean)) return false;
  }
  return true;
}

const OPINION_NOUNS = new Set([
  'view',
  'opinion',
  'analysis',
  'assessment',
  'judgement',
  'judgment',
]);

/**
 * "In the view of X, …", "In the analysis of X, …": an opening phrase that attributes the rest
 * of the sentence to X, like "according to X".
 */
function opinionOf(tokens: Token[], quoted: boolean[], i: number): Attribution | null {
  if (i !== 0 || tokens[0].lower !== 'in' || quoted[0]) return null;
  const noun = tokens.findIndex((t, k) => k <= 5 && OPINION_NOUNS.has(t.lower));
  // "In her view, …", "In the minister's opinion, …": the owner before the noun holds the rest.
  const owned = ownedOpinion(tokens, noun);
  if (owned) return { cue: noun, cueLemma: 'according', holder: owned };
  if (noun < 1 || tokens[noun + 1]?.lower !== 'of') return null;
  const [from, to] = accordingToHolder(tokens, quoted, noun + 2);
  return to > from && tokens[to]?.text === ','
    ? { cue: noun, cueLemma: 'according', holder: [from, to] }
    : null;
}

/**
 * "For Mohamed Kapasi, of Pandora's Box, a pedestrianised street will take away all passing
 * trade": a named person, with who they are between commas, then their view. A place ("For New
 * York, the ban will …") has no such aside, so it is not read as one.
 */
function forPerson(tokens: Token[], quoted: boolean[], i: number): Attribution | null {
  if (i !== 0 || tokens[0].lower !== 'for' || quoted[0]) return null;
  let end = 1;
  while (tokens[end]?.pos === 'PROPN') end++;
  if (end < 3 || tokens[end]?.text !== ',') return null;
  const aside = tokens[end + 1]?.lower ?? '';
  if (!['of', 'a', 'an', 'the', 'who'].includes(aside)) return null;
  const close = tokens.findIndex((t, k) => k > end + 1 && k <= end + 12 && t.text === ',');
  if (close < 0) return null;
  const clause = tokens.slice(close + 1);
  const finite = clause.some((t) => t.pos === 'AUX' || (t.pos === 'VERB' && t.lower !== t.lemma));
  // A view held, as "X believes": not a source for a fact, as "according to" may be.
  return clause.length >= 5 && finite ? { cue: 0, cueLemma: 'believe', holder: [1, end] } : null;
}

const OWNING_PRONOUNS = new Set(['her', 'his', 'their', 'its', 'my', 'our']);

/** Nouns of a held position: "The party's position is that …". */
const POSITION_NOUNS = new Set([
  'position',
  'view',
  'stance',
  'argument',
  'belief',
  'contention',
  'case',
  'concern',
  'fear',
  'complaint',
]);

/**
 * "The party's position is that the courts should decide", "Their argument is that …": the
 * owner of a position noun holds the clause after "is that", as if they had said it.
 */
function positionIsThat(tokens: Token[], quoted: boolean[], i: number): Attribution | null {
  if (quoted[i] || !POSITION_NOUNS.has(tokens[i].lower)) return null;
  if (!['is', 'was', 'remains'].includes(tokens[i + 1]?.lower ?? '')) return null;
  if (tokens[i + 2]?.lower !== 'that') return null;
  if (i >= 1 && OWNING_PRONOUNS.has(tokens[i - 1].lower)) {
    return { cue: i, cueLemma: 'according', holder: [i - 1, i] };
  }
  const mark = tokens[i - 1]?.text;
  if (mark !== "'s" && mark !== '’s' && mark !== "'" && mark !== '’') return null;
  let from = i - 1;
  while (from > 0 && ['PROPN', 'NOUN', 'DET', 'ADJ'].includes(tokens[from - 1].pos)) from--;
  return from < i - 1 ? { cue: i, cueLemma: 'according', holder: [from, i - 1] } : null;
}

/**
 * "Socialite Yousaf Salahuddin was of the view that if proper safety precautions were taken …":
 * the subject of "was of the view (opinion) that" holds the clause after it.
 */
function ofTheView(tokens: Token[], quoted: boolean[], i: number): Attribution | null {
  if (quoted[i] || !['view', 'opinion'].includes(tokens[i].lower)) return null;
  if (tokens[i + 1]?.lower !== 'that' || tokens[i - 1]?.lower !== 'the') return null;
  if (tokens[i - 2]?.lower !== 'of' || tokens[i - 3]?.lemma !== 'be') return null;
  const holder = subjectOf(tokens, quoted, i - 3);
  return holder ? { cue: i, cueLemma: 'according', holder } : null;
}

/** The owner of "In her view," or "In the minister's opinion,", as a token range. */
function ownedOpinion(tokens: Token[], noun: number): [number, number] | null {
  if (noun < 2 || tokens[noun + 1]?.text !== ',') return null;
  if (noun === 2 && OWNING_PRONOUNS.has(tokens[1].lower)) return [1, 2];
  const mark = tokens[noun - 1];
  if (mark.text !== "'s" && mark.text !== '’s' && mark.text !== "'") return null;
  return [1, noun - 1];
}

/**
 * "called the move a smash and grab", "called it unlikely", "called for", "called on": "call" says
 * something when it names what it calls the thing; "the media called the race" only narrates.
 */
function callsSomething(tokens: Token[], quoted: boolean[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next || next.lower === 'for' || next.lower === 'on' || quoted[i + 1] || isQuoteMark(next)) {
    return true;
  }
  // "called it unlikely", "called this dubious", "called them liars".
  if (next.pos === 'PRON' || ['this', 'that', 'these', 'those'].includes(next.lower)) return true;
  // Past the object noun phrase: what follows it is what the thing is called, if anything.
  let k = i + 1;
  while (k < tokens.length && ['DET', 'ADJ', 'PROPN', 'PART'].includes(tokens[k].pos)) k++;
  while (k < tokens.length && tokens[k].pos === 'NOUN') k++;
  const after = tokens[k];
  return (
    after !== undefined &&
    (quoted[k] || isQuoteMark(after) || ['DET', 'ADJ', 'NOUN', 'ADV'].includes(after.pos))
  );
}

function accordingToHolder(tokens: Token[], quoted: boolean[], from: number): [number, number] {
  let to = from;
  while (to < tokens.length && !quoted[to] && !/^[,;:.]$/u.test(tokens[to].text)) to++;
  return [from, to];
}

/** The subject of an attribution verb: the nearest noun chunk before it, else the one after it. */
function subjectOf(tokens: Token[], quoted: boolean[], verb: number): [number, number] | null {
  // "The letter said X were a concern … and could be unsafe – but said Y": a verb of saying
  // joined on by "and" or "but" has the subject of the one before it in the sentence.
  if (['and', 'but'].includes(tokens[verb - 1]?.lower ?? '')) {
    const earlier = tokens.findLastIndex(
      (t, i) => i < verb - 1 && !quoted[i] && t.pos === 'VERB' && ATTRIBUTION_VERBS.has(t.lemma),
    );
    if (earlier >= 0) return subjectOf(tokens, quoted, earlier);
  }
  // "Pupils would not get home till 5 p.m., said one parent.": a verb of saying after the comma
  // that closes what is said names its speaker after it.
  const after = invertedSpeaker(tokens, quoted, verb);
  if (after) return after;
  let from = verb;
  while (from > 0) {
    const prev = tokens[from - 1];
    if (prev.text === ')') {
      // Step over a parenthesis: "the Syrian Democratic Forces (SDF), opposed ...".
      const open = tokens.map((t) => t.text).lastIndexOf('(', from - 1);
      if (open >= 0) {
        from = open;
        continue;
      }
    }
    if (quoted[from - 1] || isQuoteMark(prev) || CLAUSE_STOPS.has(prev.text)) break;
    from--;
  }
  const chunks = splitAtCommas(tokens, from, verb);
  // "Ruth Oliver, who walks her dog at Branksome Beach in Poole, Dorset, believes …": the chunks
  // from a relative clause on are the clause's; the speaker is the chunk before it.
  const relative = chunks.findIndex(
    (ch, c) => c > 0 && ON_A_SPEAKER.has(tokens[trimChunk(tokens, ch)[0]]?.lower ?? ''),
  );
  if (relative > 0) {
    const [pa, pb] = trimChunk(tokens, chunks[relative - 1]);
    const name = tokens.slice(pa, pb);
    // Not a label ("Gov. Ann Reyes, a Republican, who has said …" is left to the label rule).
    const label = tokens[pa]?.pos === 'DET';
    if (pb > pa && !label && name.some((t) => t.pos === 'PROPN') && !isAsideAt(tokens, pa)) {
      if (!name.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return [pa, pb];
    }
    // "… was labelled "a shame" by Gold Cup-winning rider Sam Waley-Cohen, who also expressed
    // …": the name that ends a passive's agent is who the relative clause is about.
    const run = pb > pa && tokens[pa].lower === 'by' ? trailingName(tokens, pa, pb) : null;
    if (run !== null) return [run, pb];
  }
  for (let c = chunks.length - 1; c >= 0; c--) {
    const [a, end] = trimChunk(tokens, chunks[c]);
    if (end <= a) continue;
    if (isAsideAt(tokens, a)) continue;
    if (!hasNominal(tokens, a, end)) continue;
    const b = cutAtVerb(tokens, a, end);
    // An appositive ("Souhail Alouini, a member of Parliament, said", "Jo Hale, one of the
    // founders, said"): keep the name before it.
    const oneOf = tokens[a].lower === 'one' && tokens[a + 1]?.lower === 'of';
    // "Jo Hale, 71, who lives …, said": an age between commas after a name is the name's.
    const age = end === a + 1 && tokens[a].pos === 'NUM';
    // "Jo Hale, chair of the Harbour Traders Association, said": a role without its article.
    const role = c > 0 && isRole(tokens, a, chunks[c - 1]);
    // "Small traders, many of whom use the app, said": the relative clause is about the chunk
    // before it, whatever that chunk is.
    if (c > 0 && ofWhom(tokens, a)) {
      const [pa, pb] = trimChunk(tokens, chunks[c - 1]);
      if (pb > pa && hasNominal(tokens, pa, pb) && !isAsideAt(tokens, pa)) return [pa, pb];
    }
    // "Khalifa Sall, former mayor of the capital, Dakar, urged …": a place's name after a role
    // that ends on a common noun ("the capital") is the role's; who speaks is named before it.
    if (c > 1 && tokens.slice(a, b).every((t) => t.pos === 'PROPN')) {
      const [ra, rb] = trimChunk(tokens, chunks[c - 1]);
      const [na] = trimChunk(tokens, chunks[c - 2]);
      const placeOfRole =
        tokens[rb - 1]?.pos === 'NOUN' &&
        tokens[rb - 2]?.lower === 'the' &&
        isRole(tokens, ra, trimChunk(tokens, chunks[c - 2]));
      if (placeOfRole && !isAsideAt(tokens, na)) return [na, b];
    }
    if (c > 0 && (tokens[a].pos === 'DET' || oneOf || age || role)) {
      const [pa, pb] = trimChunk(tokens, chunks[c - 1]);
      // "Mike Bell, head of campaigns at the Pocklington Trust, a national charity, said": the
      // label is the role's, and the role the name's.
      if (!role && c > 1 && isRole(tokens, pa, trimChunk(tokens, chunks[c - 2]))) {
        const [na] = trimChunk(tokens, chunks[c - 2]);
        if (!isAsideAt(tokens, na)) return [na, pb];
      }
      const name = tokens.slice(pa, pb);
      const nounPhrase = !name.some((t) => t.pos === 'VERB' || t.pos === 'AUX');
      if (pb > pa && nounPhrase && name.some((t) => t.pos === 'PROPN') && !isAsideAt(tokens, pa)) {
        // "Jo Hale, a nurse who grew up here, …": the label ends before the relative clause.
        const relative = RELATIVES.has(tokens[b - 1]?.lower ?? '') ? b - 1 : b;
        return [pa, age ? pb : relative];
      }
      // "The bill now goes to Gov. Asa Hutchinson, a Republican, who has said …": the name that
      // ends the clause before the label.
      const run = trailingName(tokens, pa, pb);
      if (!nounPhrase && run !== null && tokens[a].pos === 'DET') return [run, pb];
    }
    return [a, b];
  }
  // Inverted order: '"...," said a protester using the pseudonym Katya.'
  let to = verb + 1;
  while (to < tokens.length && !quoted[to] && !isQuoteMark(tokens[to])) {
    if (/^[,;:.!?]$/u.test(tokens[to].text)) break;
    if (to > verb + 1 && tokens[to].pos === 'ADP' && tokens[to].lower !== 'of') break;
    to++;
  }
  return hasNominal(tokens, verb + 1, to) ? [verb + 1, to] : null;
}

/**
 * The speaker of ", said one parent." or ", said Ann Lee, a mother of three.": a noun phrase with
 * no verb of its own between the verb of saying (after a comma, not "said to …") and the
 * sentence's end or the comma of an appositive.
 */
export function invertedSpeaker(
  tokens: Token[],
  quoted: boolean[],
  verb: number,
): [number, number] | null {
  if (tokens[verb - 1]?.text !== ',' || quoted[verb - 1] || verb < 3) return null;
  if (tokens[verb].lemma !== 'say' && tokens[verb].lemma !== 'add') return null;
  // "…, said in a statement": how it was said, the speaker named before.
  if (!['DET', 'NUM', 'NOUN', 'PROPN', 'ADJ'].includes(tokens[verb + 1]?.pos ?? '')) return null;
  let to = verb + 1;
  while (to < tokens.length && !/^[,;:.!?]$/u.test(tokens[to].text)) {
    if (quoted[to] || tokens[to].pos === 'VERB' || tokens[to].pos === 'AUX') return null;
    if (['to', 'that'].includes(tokens[to].lower)) return null;
    to++;
  }
  if (to === verb + 1 || !hasNominal(tokens, verb + 1, to)) return null;
  // Only an appositive may follow before the sentence ends: ", a mother of three.", or a
  // relative clause on the speaker: ", who voted against the new rule."
  const rest = tokens.slice(to + 1).filter((t) => t.pos !== 'PUNCT');
  const onSpeaker = ON_A_SPEAKER.has(rest[0]?.lower ?? '');
  if (
    tokens[to]?.text === ',' &&
    !onSpeaker &&
    rest.some((t) => t.pos === 'VERB' && !RELATIVES.has(t.lower))
  )
    return null;
  return [verb + 1, to];
}

/** Where a run of two or more capitalised name words ends [from, to), or null. */
function trailingName(tokens: Token[], from: number, to: number): number | null {
  let k = to;
  const nameWord = (t: Token) => t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text);
  // ("Waley-Cohen": a hyphen glued between two name words is part of the name.)
  const joiner = (i: number) =>
    tokens[i].text === '-' && i > from && nameWord(tokens[i - 1]) && nameWord(tokens[i + 1]);
  while (k > from && (nameWord(tokens[k - 1]) || joiner(k - 1))) k--;
  return to - k >= 2 ? k : null;
}

const SHARE_WORDS = new Set(['many', 'some', 'most', 'all', 'several', 'few', 'both', 'none']);

/** "many of whom …", "some of which …": a relative clause that opens with a share of its noun. */
function ofWhom(tokens: Token[], a: number): boolean {
  return (
    SHARE_WORDS.has(tokens[a].lower) &&
    tokens[a + 1]?.lower === 'of' &&
    ['whom', 'which'].includes(tokens[a + 2]?.lower ?? '')
  );
}

/** A lower-case noun and "of" after a chunk that is only a full name: "Jo Hale, chair of …". */
function isRole(tokens: Token[], a: number, [pa, pb]: [number, number]): boolean {
  const name = tokens.slice(pa, pb);
  // "chair of …", "chief executive of …", "head of campaigns at …": a head noun, with at most
  // two words before it, then "of" or "at".
  let head = a;
  while (head < a + 2 && ['ADJ', 'NOUN'].includes(tokens[head + 1]?.pos ?? '')) head++;
  return (
    tokens[head].pos === 'NOUN' &&
    /^\p{Ll}/u.test(tokens[a].text) &&
    ROLE_LINKS.has(tokens[head + 1]?.lower ?? '') &&
    name.length >= 2 &&
    name.every((t) => t.pos === 'PROPN')
  );
}

const ROLE_LINKS = new Set(['of', 'at']);

/** "The government of X issued a statement agreeing ...": the subject ends at its verb. */
function cutAtVerb(tokens: Token[], a: number, b: number): number {
  for (let k = a + 1; k < b; k++) {
    // "Prime Minister Elisabeth Borne said": a capitalised "verb" right after a name is its end.
    const surname = /^\p{Lu}\p{Ll}/u.test(tokens[k].text) && tokens[k - 1].pos === 'PROPN';
    // "Opponents of assisted suicide have vowed": a participle between a preposition or an
    // article and a noun is the noun's modifier.
    const modifier =
      ['ADP', 'DET'].includes(tokens[k - 1].pos) &&
      tokens[k + 1]?.pos === 'NOUN' &&
      /(?:ed|ing)$/u.test(tokens[k].lower);
    if ((tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') && !surname && !modifier) return k;
  }
  return b;
}

function splitAtCommas(tokens: Token[], from: number, to: number): Array<[number, number]> {
  const chunks: Array<[number, number]> = [];
  let start = from;
  for (let i = from; i < to; i++) {
    if (tokens[i].text === ',') {
      chunks.push([start, i]);
      start = i + 1;
    }
  }
  chunks.push([start, to]);
  return chunks;
}

function trimChunk(tokens: Token[], [a, b]: [number, number]): [number, number] {
  while (a < b && (tokens[a].pos === 'PUNCT' || LEADING_JUNK.has(tokens[a].lower))) a++;
  while (b > a && (tokens[b - 1].pos === 'PUNCT' || TRAILING_JUNK.has(tokens[b - 1].lower))) b--;
  return [a, b];
}

/** `isAside` for the chunk opening at `a`; "far-right leader …" opens with a compound, no aside. */
function isAsideAt(tokens: Token[], a: number): boolean {
  const hyphen = tokens[a + 1];
  const compound =
    hyphen?.text === '-' && hyphen.start === tokens[a].end && tokens[a + 2]?.start === hyphen.end;
  // "Right to Life UK said", "Save the Children warned": a capitalised word before more of a
  // name is the name's, however wink tags it.
  const named =
    /^\p{Lu}/u.test(tokens[a].text) &&
    tokens.slice(a + 1, a + 4).some((t) => t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text));
  return !compound && !named && isAside(tokens[a]);
}

/** An aside ("in remarks to ABC", "also on Twitter", "On Thursday", "who was ..."). */
function isAside(first: Token): boolean {
  return (
    RELATIVES.has(first.lower) ||
    // "…, to ask it to consider the move": an infinitive is no subject.
    (first.lower === 'to' && first.pos === 'PART') ||
    first.pos === 'ADP' ||
    first.pos === 'ADV' ||
    first.pos === 'SCONJ' ||
    (first.pos === 'VERB' && first.lower.endsWith('ing'))
  );
}

function hasNominal(tokens: Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const t = tokens[i];
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON' || t.pos === 'NUM') return true;
    if (STANCE_SUBJECTS[t.lower] !== undefined) return true;
  }
  // "Within the coalition, some said the move did not go far enough": a quantifier standing
  // alone before the verb is its subject (wink tags "some" a determiner).
  return b - a === 1 && STANDALONE_QUANTIFIERS.has(tokens[a].lower);
}

const STANDALONE_QUANTIFIERS = new Set(['some', 'many', 'others', 'several', 'most', 'few']);
