import { FINITE_AUXILIARIES, FORESEEING_VERBS, MESSENGER_VERBS, MODALS } from './motion-verbs';
import { fold, mainVerbIndex, tokenize, type Token } from './seeding-nlp';
import { withoutShortBrackets } from './token-text';
import {
  ACTION_REFERENCES,
  GENERIC_NOUNS,
  PROTEST_NOUNS,
  OPPOSING_TRIGGERS,
  STANCE_VERBS,
  UNDOING_VERBS,
} from './stance-lexicon';
import { afinnScore } from './stance/sentiment-lexicon';
import { NEGATIVE_VERDICTS } from './stance/topic-frame';
import { commonPrefix } from './token-text';

/** What a motion is about, in stems: the action it affirms, the things that action works against. */
export interface MotionModel {
  /** Content stems of the motion. */
  terms: Set<string>;
  /** Content lemmas of the motion: "buses" stems to "buse" but is the lemma "bus". */
  termLemmas: Set<string>;
  /**
   * Stems of the nouns the headline and the lede both use for the story's matter, where the
   * motion does not ("dog" of "Dog owners march against breed ban" / "… plans to ban the dog"
   * for "Should the XL Bully be banned?"): a speaker's quotation that names one speaks of it.
   */
  topics: Set<string>;
  /** Stems that name the action itself (its verbs, their nominalisations, "the decision"...). */
  action: Set<string>;
  /** Stems of what the action bans, restricts or fights ("ban face veils" → face, veil). */
  opposed: Set<string>;
  /** Folded head words of whoever takes the action (from the title, the lede and the motion). */
  actors: Set<string>;
  /**
   * Stems of the names that take the action in "Should Greece, Cyprus and Israel build X?": who
   * acts, not what the dispute is about, so naming them alone does not make a sentence relevant.
   */
  agents: Set<string>;
  /**
   * Stems of the measures the motion undoes: "Should the council lift the ban on X?" → ban. An
   * evaluation of such a measure ("the ban was wrong") argues for the motion's action.
   */
  undone: Set<string>;
  /**
   * Lemmas of the parties who brought a challenge against the measure, as the headline or the
   * lede says ("Landlords lose appeal against …", "an appeal by a group of landlords against …"):
   * one who speaks for them ("the landlords' lawyer") argues against it.
   */
  challengers: Set<string>;
  /**
   * The losing side's size in the vote the article reports, as written ("12", "twelve"): "one
   * of the twelve" voted against the decision. Filled from the article's body.
   */
  minority: Set<string>;
  /**
   * Words of the names the article gives the developer or the applicant ("Ridgeline Digital, the
   * Virginia-based developer, plans …"), lower-cased: "Ridgeline said …" speaks as the one who
   * applied. Filled from the article's body.
   */
  applicants: Set<string>;
  /**
   * Surnames of those the article says wrote or sponsored the measure ("a policy order authored
   * by Councilors Burhan Azeem, Quinton Y. Zondervan, and Mark C. McGovern"): "Azeem said …"
   * speaks as one who put it forward. Each with its measure's noun ("order"). Filled from the
   * article's body.
   */
  sponsors: Map<string, string>;
  /** Initials of the motion's names of two words or more: "EU" of "the European Union". */
  acronyms: Set<string>;
  /**
   * The headline or the lede reports the motion's measure dropped or refused ("council drops
   * seafront parking charges", "Councillors reject plans for a wind farm") while the motion asks
   * for it: "the decision" the article's reactions react to is then the dropping, not the act.
   */
  reversed: boolean;
  /**
   * Stems of the nouns a report calls the motion's change of amount by: "rise", "increase",
   * "hike" for "Should Valeway raise its fares?". They name the action only as a noun phrase's
   * head ("the rise", "this increase", "the fare rise"), not in "gives rise to".
   */
  changes: Set<string>;
}

const SKIP_LEMMAS = new Set(['should', 'be', 'do', 'have', 'can', 'will', 'would', 'as']);
const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ']);
const OPPOSED_STOPS = new Set([
  ...['from', 'in', 'at', 'until', 'as', 'with', 'for', 'by', 'than'],
  // "restrict tourist rentals downtown": where, not what.
  ...['downtown', 'nationwide', 'citywide', 'statewide', 'countrywide', 'overseas', 'abroad'],
]);

export function motionModel(motion: string, title: string, lede: string): MotionModel {
  const motionTokens = tokenize(motion);
  // The headline and the lede are read by several rules below: tokenized once.
  const titleTokens = tokenize(title);
  const ledeTokens = tokenize(lede);
  const terms = new Set(
    motionTokens
      .filter((t) => CONTENT_POS.has(t.pos) && !SKIP_LEMMAS.has(t.lemma))
      .map((t) => t.stem),
  );
  const action = new Set(
    [...ACTION_REFERENCES].map((w) => tokenize(w)[0]?.stem ?? w).filter((s) => s.length > 0),
  );
  // "built" and "lets" of "ban the use of newly built homes as holiday lets" are what is banned.
  const banned = new Set<number>();
  opposedStems(motionTokens, banned);
  motionTokens.forEach((t, i) => {
    // Verbs of the motion's own clause, not of a relative clause ("officials who resist").
    const relative = ['who', 'that', 'which'].includes(motionTokens[i - 1]?.lower ?? '');
    // "President-elect" is a title, not an action.
    const compound = motionTokens[i - 1]?.text === '-';
    if (t.pos === 'VERB' && !SKIP_LEMMAS.has(t.lemma) && !relative && !compound && !banned.has(i)) {
      action.add(t.stem);
    }
    // "Should Portsea limit the renting …": wink may tag the verb after a name a noun; a noun
    // right after the subject's name and before an article is the verb. So is one before an
    // adjective ("Should Valmora freeze new licences …"): a noun does not take an adjective
    // after it.
    const article =
      ['the', 'a', 'an'].includes(motionTokens[i + 1]?.lower ?? '') ||
      motionTokens[i + 1]?.pos === 'ADJ';
    if (t.pos === 'NOUN' && article && motionTokens[i - 1]?.pos === 'PROPN' && i <= 3) {
      action.add(t.stem);
    }
  });
  // "Should Valeway raise its fares?": "the rise", "the increase", "the hike" is that raising.
  const changes = new Set<string>();
  for (const t of motionTokens) {
    if (t.pos !== 'VERB') continue;
    for (const noun of CHANGE_NOUNS[t.lemma] ?? []) changes.add(tokenize(noun)[0]?.stem ?? noun);
  }
  // "Should the Norland Football League cap clubs' wage bills …?": a motion asks what its subject
  // should do, so when wink finds no verb at all, the noun right after the subject's name is it.
  if (!motionTokens.some((t) => t.pos === 'VERB')) {
    let k = motionTokens[1]?.lower === 'the' ? 2 : 1;
    const name = k;
    // "the Anaheim City Council ban …": wink tags "City" a noun; a capitalised word before
    // another is still the name.
    const capital = (t?: Token) => /^\p{Lu}/u.test(t?.text ?? '');
    while (
      motionTokens[k]?.pos === 'PROPN' ||
      (capital(motionTokens[k]) && capital(motionTokens[k + 1]))
    ) {
      k++;
    }
    if (k > name && motionTokens[k]?.pos === 'NOUN') action.add(motionTokens[k].stem);
  }
  // "Should the country adopt a tax on sugary drinks?": the measure taken is the action too, so
  // "the tax did what it was meant to do" is said of it.
  for (const stem of measureTaken(motionTokens)) action.add(stem);
  // A gerund in the subject of a passive motion ("heading the ball be banned") is the thing
  // acted against, not the action.
  const passive = passiveTarget(motionTokens);
  for (const stem of passive) action.delete(stem);
  const opposed = new Set<string>([...verdictSubject(motionTokens), ...passive]);
  for (const stem of opposedStems(motionTokens)) if (!action.has(stem)) opposed.add(stem);
  // The headline and the lede name what the action works against only when the motion does
  // not: "Should dogs be banned from the beach?" is against dogs, not against the beach the
  // lede's "ban on dogs on its main beach" also names.
  if (opposed.size === 0) {
    // "… maintains stand against extension" on "Should Parliament be extended?": what a camp in
    // the headline stands against may be the motion's own change, not what it works against.
    const ownChange = (stem: string) =>
      [...action].some((verb) => commonPrefix(verb, stem) >= Math.min(5, verb.length, stem.length));
    for (const tokens of [titleTokens, ledeTokens]) {
      // ("US FDA panel votes against first MDMA-based PTSD treatment": a vote against the thing
      // is a stance on it, not what the action works against.)
      if (votesAgainst(tokens)) continue;
      for (const stem of opposedStems(tokens)) {
        if (!action.has(stem) && !ownChange(stem)) opposed.add(stem);
      }
    }
  }
  const actors = new Set<string>([
    ...actorHeads(titleTokens),
    ...actorHeads(ledeTokens),
    ...motionActor(motionTokens),
    ...subjectActor(motionTokens),
  ]);
  // "TikTok to fight …" on "Should the US government ban TikTok?": the headline's subject is
  // what the motion's verb is done to, not who does it.
  for (const name of actedUpon(motionTokens)) actors.delete(name);
  // "Should teens be barred from the mall?": the passive's subject is acted upon, whatever the
  // headline ("Teens barred from …") seemed to say of it.
  for (const name of passiveSubject(motionTokens)) actors.delete(name);
  const termLemmas = new Set(
    motionTokens
      .filter((t) => CONTENT_POS.has(t.pos) && !SKIP_LEMMAS.has(t.lemma))
      .map((t) => t.lemma),
  );
  return {
    terms,
    topics: storyTopics(titleTokens, ledeTokens, terms),
    termLemmas,
    action,
    opposed,
    actors,
    agents: activeSubject(motionTokens),
    undone: undoneMeasures(motionTokens),
    challengers: new Set([...challengersOf(titleTokens), ...challengersOf(ledeTokens)]),
    minority: new Set(),
    applicants: new Set(),
    sponsors: new Map(),
    acronyms: acronymsOf(motionTokens),
    changes,
    reversed:
      undoneMeasures(motionTokens).size === 0 &&
      [titleTokens, ledeTokens].some((tokens) => dropsTheMeasure(tokens, terms, action)),
  };
}

/** Nouns (stems) the headline and the lede share that the motion does not name. */
function storyTopics(title: Token[], lede: Token[], terms: Set<string>): Set<string> {
  const nouns = (tokens: Token[]) =>
    new Set(
      tokens
        .filter((t) => t.pos === 'NOUN' && !GENERIC_NOUNS.has(t.lemma) && !terms.has(t.stem))
        .map((t) => t.stem),
    );
  const inLede = nouns(lede);
  return new Set([...nouns(title)].filter((stem) => inLede.has(stem)));
}

/** Verbs of taking up or keeping a measure: their object is the measure. */
const TAKING = new Set(
  'adopt introduce impose enact pass approve implement keep extend maintain retain expand'.split(
    ' ',
  ),
);

/** The head noun of the object of a verb of taking a measure ("adopt a tax on drinks" → tax). */
function measureTaken(tokens: Token[]): string[] {
  const taken: string[] = [];
  tokens.forEach((t, i) => {
    if (t.pos !== 'VERB' || !TAKING.has(t.lemma)) return;
    let head: Token | undefined;
    for (const next of tokens.slice(i + 1, i + 6)) {
      if (next.pos === 'NOUN') head = next;
      else if (head || !['DET', 'ADJ', 'NUM', 'PROPN'].includes(next.pos)) break;
    }
    if (head) taken.push(head.stem);
  });
  return taken;
}

const CHALLENGES = new Set(['appeal', 'challenge', 'lawsuit', 'case', 'complaint', 'petition']);
const BRINGING = new Set(['bring', 'file', 'launch', 'mount', 'lodge']);
const CHALLENGE_OUTCOMES = new Set(['lose', 'win', 'file', 'bring', 'launch', 'mount', 'drop']);

/**
 * "Landlords lose appeal against X", "an appeal by a group of landlords against X": the plural
 * nouns of who brought a challenge against the measure, when the sentence says "against"; and
 * "the owners who brought the case" (the article's case is the one against its measure).
 */
export function challengersOf(tokens: Token[]): string[] {
  const out: string[] = [];
  tokens.forEach((t, i) => {
    if (!CHALLENGES.has(t.lemma) || t.pos !== 'NOUN') return;
    // "The dog owners who brought the case …": who brought it challenges the measure.
    const [who, brought, det] = [tokens[i - 3], tokens[i - 2], tokens[i - 1]];
    if (who?.lower === 'who' && BRINGING.has(brought?.lemma ?? '') && det?.pos === 'DET') {
      const party = tokens[i - 4];
      if (party?.pos === 'NOUN' && /s$/u.test(party.lower)) out.push(party.lemma.toLowerCase());
    }
    const after = tokens.slice(i + 1, i + 12);
    const against = after.findIndex((x) => x.lower === 'against');
    if (against < 0) return;
    // "an appeal by a group of landlords against …"
    if (after[0]?.lower === 'by') {
      const who = after.slice(1, against).filter((x) => x.pos === 'NOUN' && /s$/u.test(x.lower));
      out.push(...who.slice(-1).map((x) => x.lemma));
    }
    // "Landlords lose appeal against …"
    const verb = tokens[i - 1];
    if (verb && CHALLENGE_OUTCOMES.has(verb.lemma)) {
      const subject = tokens
        .slice(0, i - 1)
        .filter((x) => (x.pos === 'NOUN' || x.pos === 'PROPN') && /s$/u.test(x.lower));
      out.push(...subject.slice(-1).map((x) => x.lemma.toLowerCase()));
    }
  });
  return out;
}

const OPENING_MODALS = new Set(['should', 'must', 'will', 'would', 'can', 'could', 'may']);

/**
 * The proper names before the main verb of "Should <names> <verb> …?". A passive or copular
 * motion ("Should the Parliament be suspended?") has no agent: its subject is the matter.
 */
function activeSubject(tokens: Token[]): Set<string> {
  if (!OPENING_MODALS.has(tokens[0]?.lower ?? '')) return new Set();
  const rest = tokens.slice(1);
  const verb = rest.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  if (verb <= 0 || rest[verb].pos === 'AUX' || SKIP_LEMMAS.has(rest[verb].lemma)) return new Set();
  return new Set(
    rest
      .slice(0, verb)
      .filter((t) => t.pos === 'PROPN')
      .map((t) => t.stem),
  );
}

const COPULA_OPENERS = new Set(['is', 'are', 'was', 'were']);

/**
 * "Is the youth curfew unconstitutional?": a motion that gives a verdict against its subject
 * is for the action against it, so the subject's words are what the action works against.
 */
function verdictSubject(tokens: Token[]): string[] {
  const words = tokens.filter((t) => t.pos !== 'PUNCT');
  if (words.length === 0 || !COPULA_OPENERS.has(words[0].lower)) return [];
  // The verdict ends the question ("… unconstitutional?"), or is a noun with the thing it harms
  // after it ("… an infringement of our liberties?", "… a threat to free speech?").
  const negative = (t: Token) => NEGATIVE_VERDICTS.has(t.lower) || afinnScore(t) < 0;
  let at = words.length - 1;
  if (!negative(words[at])) {
    at = words.findIndex(
      (t, i) =>
        i > 1 &&
        t.pos === 'NOUN' &&
        negative(t) &&
        ['of', 'to', 'on', 'against', 'for'].includes(words[i + 1]?.lower ?? ''),
    );
    if (at < 0) return [];
  }
  return words
    .slice(1, at)
    .filter((t) => (t.pos === 'NOUN' || t.pos === 'PROPN') && !GENERIC_NOUNS.has(t.lower))
    .map((t) => t.stem);
}

/**
 * "Should heading the ball be banned for players under twelve?": the subject of a passive
 * motion whose verb acts against it is what the action works against, as the object of
 * "ban heading" would be.
 */
function passiveTarget(tokens: Token[]): string[] {
  if (!OPENING_MODALS.has(tokens[0]?.lower ?? '')) return [];
  const be = tokens.findIndex((t, i) => i > 1 && t.lower === 'be');
  if (be < 0 || !OPPOSING_TRIGGERS.has(tokens[be + 1]?.lower ?? '')) return [];
  return tokens
    .slice(1, be)
    .filter(
      (t) => CONTENT_POS.has(t.pos) && !GENERIC_NOUNS.has(t.lower) && !SKIP_LEMMAS.has(t.lemma),
    )
    .map((t) => t.stem);
}

/** Whether the words tell of a vote against something ("votes against", "voted 10-1 against"). */
function votesAgainst(tokens: Token[]): boolean {
  return tokens.some(
    (t, i) =>
      t.lower === 'against' &&
      tokens.slice(Math.max(0, i - 3), i).some((w) => /^vot(?:e|es|ed|ing)$/u.test(w.lower)),
  );
}

function opposedStems(tokens: Token[], phrase?: Set<number>): string[] {
  const out: string[] = [];
  tokens.forEach((t, i) => {
    if (!OPPOSING_TRIGGERS.has(t.lower)) return;
    let j = i + 1;
    if (tokens[j]?.lower === 'on' || tokens[j]?.lower === 'of') j++;
    // "ban the use of new homes as holiday lets": what they are used as is what is banned, not
    // the homes; "newly built homes", "holiday lets" there are noun phrases, not verbs.
    const useOf = tokens.slice(j, j + 2).some((w) => w.lower === 'use');
    let usedAs = false;
    for (let n = 0; j < tokens.length && n < (useOf ? 10 : 6); j++, n++) {
      const w = tokens[j];
      if (useOf && w.lower === 'as') {
        usedAs = true;
        continue;
      }
      if (w.pos === 'PUNCT' || OPPOSED_STOPS.has(w.lower) || w.pos === 'AUX') break;
      const modifier = tokens[j + 1]?.pos === 'NOUN' && /(?:ed|t|en)$/u.test(w.lower);
      const nounsVerb = tokens[j - 1]?.pos === 'NOUN' && tokens[j + 1]?.pos === 'PUNCT';
      if (useOf && w.pos === 'VERB' && (modifier || nounsVerb)) {
        phrase?.add(j);
        if (usedAs && nounsVerb) out.push(w.stem);
        continue;
      }
      if (useOf && !usedAs) continue;
      if (w.pos === 'VERB' && !w.lower.endsWith('ing')) break;
      if (!CONTENT_POS.has(w.pos) || GENERIC_NOUNS.has(w.lower)) continue;
      // "lower the voting age", "cut the parking fee": an "-ing" word before the noun says which
      // age or fee; the action works against the age, not against voting.
      if (w.lower.endsWith('ing') && tokens[j + 1]?.pos === 'NOUN') continue;
      out.push(w.stem);
      // "e-scooters" is written "scooters" further on: the head of a prefixed compound counts too.
      const head = /^\p{L}{1,2}-(\p{L}{3,})$/u.exec(w.text)?.[1];
      if (head) out.push(tokenize(head)[0]?.stem ?? head.toLowerCase());
    }
  });
  return out;
}

/**
 * The nouns after a verb that undoes a measure ("lift the ban", "repeal the tax", "scrap the
 * new fare rules"), up to the first preposition or punctuation.
 */
/** Possessive determiners, which wink tags pronouns: "drop its nickname". */
const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our', 'your', 'my']);

/** Questions whose clause has its verb after the modal ("Should the council end …?"). */
const MODAL_OPENERS = new Set(['should', 'must', 'will', 'can']);
/** Stems of a trying-out of something: ending "the trial of X" ends X. */
const TRIED_OUT = new Set(['trial', 'pilot', 'experi']);

function undoneMeasures(tokens: Token[]): Set<string> {
  const out = new Set<string>();
  // "Should the ban on dogs be lifted?", "Should the law be struck down?": the subject's nouns,
  // up to the first preposition or participle, are the measure undone.
  const be = tokens.findIndex(
    (t, i) => t.lemma === 'be' && i > 1 && UNDOING_VERBS.has(tokens[i + 1]?.lemma ?? ''),
  );
  if (be > 0 && MODAL_OPENERS.has(tokens[0].lower)) {
    for (let j = 1; j < be; j++) {
      const w = tokens[j];
      if (w.pos === 'ADP' || w.pos === 'VERB' || w.pos === 'PUNCT') break;
      if (w.pos === 'NOUN' && tokens[j + 1]?.text !== "'s") out.add(w.stem);
    }
  }
  // "Should the council end trial of four-day week?" (a headline's words): with no other verb in
  // the question, an undoing word the tagger read as a noun after the subject is its verb.
  const verbless =
    MODAL_OPENERS.has(tokens[0]?.lower ?? '') &&
    !tokens.slice(1).some((w) => w.pos === 'VERB' || w.pos === 'AUX');
  tokens.forEach((t, i) => {
    if (!UNDOING_VERBS.has(t.lemma)) return;
    // "Should the council drop the scheme?": the tagger can read an undoing verb after a noun
    // subject as a compound's noun ("council drop"); a determiner (or "its") after it shows it is
    // the verb.
    const verb =
      t.pos === 'VERB' ||
      (t.pos === 'NOUN' &&
        ['NOUN', 'PROPN'].includes(tokens[i - 1]?.pos ?? '') &&
        (tokens[i + 1]?.pos === 'DET' ||
          POSSESSIVES.has(tokens[i + 1]?.lower ?? '') ||
          (verbless && tokens[i + 1]?.pos === 'NOUN')));
    if (!verb) return;
    for (let j = i + 1; j < tokens.length && j <= i + 8; j++) {
      const w = tokens[j];
      // "end the trial of the four-day week": what a trial or a pilot tries out ends with it.
      if (w.lower === 'of' && TRIED_OUT.has(tokens[j - 1]?.stem ?? '')) continue;
      // "the low-traffic scheme": a hyphen inside a compound does not end the measure's name.
      const hyphen =
        w.text === '-' && tokens[j - 1]?.end === w.start && tokens[j + 1]?.start === w.end;
      // "drop its “Redskins” nickname": a name in quotation marks is part of the measure's.
      if (hyphen || /^["“”‘’']$/u.test(w.text)) continue;
      if (w.pos === 'PUNCT' || w.pos === 'ADP' || w.pos === 'VERB' || w.pos === 'AUX') break;
      // "the town's scheme": the possessor is not the measure.
      if (w.pos === 'NOUN' && tokens[j + 1]?.text !== "'s") out.add(w.stem);
    }
  });
  return out;
}

/** The nouns a report calls a change of amount by, for the verb a motion asks it with. */
const CHANGE_NOUNS: Record<string, string[]> = {
  raise: ['rise', 'increase', 'hike'],
  increase: ['rise', 'increase', 'hike'],
  hike: ['rise', 'increase', 'hike'],
  cut: ['cut', 'reduction'],
  reduce: ['cut', 'reduction'],
  lower: ['cut', 'reduction'],
};

/** Verbs that report a body dropping its own measure, not taking it. */
const DROPPING = new Set('drop scrap abandon ditch bin shelve axe withdraw'.split(' '));
/**
 * Verbs of an outside authority stopping a measure or a deal: "Regulator blocks £7bn merger",
 * "court quashes the law", "president vetoes the bill".
 */
const BLOCKING = new Set('block veto quash overturn halt'.split(' '));
/** Verbs of refusing a plan put to a body: they report a reversal only of plans ("reject plans"). */
const REFUSING = new Set(['reject', 'refuse']);
/** Verbs of refusing to do an act: "refused to approve", "declined to grant". */
const REFUSING_TO = new Set(['refuse', 'decline']);
const PLAN_NOUNS = new Set(['plan', 'plans', 'planning', 'application', 'proposal', 'proposals']);
/** What a dropping verb's object may be instead of the measure: a challenge to it, a call. */
const NOT_THE_MEASURE = new Set(
  'challenge appeal lawsuit case complaint bid call calls demand demands offer'.split(' '),
);
const PASSIVE_BE = new Set(['been', 'be', 'was', 'were', 'is', 'are']);

/**
 * "council drops seafront parking charges", "abandoned its plan to bring in parking charges",
 * "U-turn on parking plans",
 * "Councillors reject plans for a wind farm", "plans for a wind farm have been refused",
 * "regulator refuses to approve the drug" (the motion's own act refused), "Regulator blocks £7bn
 * merger of Brightways and Fairfield" (an authority stopping it): a verb of dropping, of blocking
 * or of refusing plans (active, or a passive after its subject) whose object names
 * the motion's matter, when that verb is not the motion's own act. Not a call to do it ("urged
 * the council to reject plans"), nor the rejection of a challenge ("rejected a legal challenge
 * to the ban").
 */
function dropsTheMeasure(tokens: Token[], terms: Set<string>, action: Set<string>): boolean {
  // "makes U-turn on parking plans", "performed a dramatic U-turn on its plan to impose charges".
  const uTurn = tokens.some(
    (t, i) =>
      t.lower === 'u-turn' &&
      tokens[i + 1]?.lower === 'on' &&
      tokens
        .slice(i + 2, i + 12)
        .some((w) => terms.has(w.stem) && (w.pos === 'NOUN' || w.pos === 'PROPN')),
  );
  if (uTurn) return true;
  // "Regulator refuses to approve Alzheimer's drug", "the board declined to grant the licence":
  // the motion's own act refused by the one who would take it.
  const refusesTheAct = tokens.some(
    (t, i) =>
      REFUSING_TO.has(t.lemma) &&
      t.pos === 'VERB' &&
      tokens[i - 1]?.lower !== 'to' &&
      tokens[i + 1]?.lower === 'to' &&
      tokens[i + 2] !== undefined &&
      tokens[i + 2].pos !== 'PROPN' &&
      terms.has(tokens[i + 2].stem),
  );
  if (refusesTheAct) return true;
  return tokens.some((t, i) => {
    const refusing = REFUSING.has(t.lemma);
    if (t.pos !== 'VERB' || !(DROPPING.has(t.lemma) || BLOCKING.has(t.lemma) || refusing))
      return false;
    if (action.has(t.stem) || terms.has(t.stem) || tokens[i - 1]?.lower === 'to') return false;
    const passive = PASSIVE_BE.has(tokens[i - 1]?.lower ?? '');
    const span = passive ? tokens.slice(Math.max(0, i - 14), i - 1) : tokens.slice(i + 1, i + 9);
    if (span.some((w) => NOT_THE_MEASURE.has(w.lower))) return false;
    if (refusing && !span.some((w) => PLAN_NOUNS.has(w.lower))) return false;
    return span.some((w) => terms.has(w.stem) && (w.pos === 'NOUN' || w.pos === 'PROPN'));
  });
}

const ROMAN = /^[ivx]+$/u;

/**
 * Heads of the subject of the first action verb: "US President Trump announces" → trump,
 * "Carrie Lam, the chief executive of Hong Kong, announced" → lam, "Taiwan's legislature" →
 * legislature. A reporting verb ("revealed") means the subject is a messenger, not an actor.
 */
/** Nouns of a plan whose owner ("the government's plan to …") is the one who would act. */
const PLANNING = new Set(['plan', 'proposal', 'decision', 'move', 'bid', 'scheme', 'intention']);

/** "sues …", "filed a lawsuit against …": the clause's verb takes someone to law. */
function goesToLaw(tokens: Token[], verb: number): boolean {
  const v = tokens[verb];
  if (v.lemma === 'sue') return true;
  return (
    BRINGING.has(v.lemma) &&
    tokens.slice(verb + 1, verb + 4).some((t) => CHALLENGES.has(t.lower) || t.lower === 'suit')
  );
}

function actorHeads(all: Token[]): string[] {
  // "Utah Gov. Spencer Cox (R) signed …": a party's letter in brackets is no head of the name.
  const tokens = withoutShortBrackets(all);
  const verb = mainVerbIndex(tokens);
  const end = verb < 0 ? tokens.length : verb;
  if (verb >= 0 && MESSENGER_VERBS.has(tokens[verb].lemma)) return [];
  // "Mr Lucas Omwenga is a worried man": a feature's opening says who someone is, not who acts.
  const copula = verb >= 0 && tokens[verb].lemma === 'be';
  if (copula && !['VERB', 'AUX'].includes(tokens[verb + 1]?.pos ?? '')) return [];
  // "Union rejects pension reform": a subject that takes a stance on the action reacts to it.
  if (verb >= 0 && STANCE_VERBS[tokens[verb].lemma] !== undefined) return [];
  // "The union has warned the Government that it will vigorously oppose …": so does one that
  // warns or vows it will take a stance.
  if (verb >= 0 && vowsStance(tokens, verb)) return [];
  // "Experts warn nitrous oxide ban will not stop use": one who foresees what another's act will
  // do is judging it ("The council warns it will close …" is its own act).
  if (verb >= 0 && foreseesOthers(tokens, verb)) return [];
  // "Students give cautious welcome to plan …": a welcome or backing given is a reaction.
  if (verb >= 0 && tokens.slice(verb + 1, verb + 4).some((t) => GIVEN_STANCES.has(t.lower))) {
    return [];
  }
  // "Residents speak out against …", "Parents rally against …", "Farmers hit out at …": so does
  // one whose verb is followed by "against" or "out at".
  if (verb >= 0 && reactsAgainst(tokens, verb)) return [];
  // "US FDA panel votes against first MDMA-based PTSD treatment": wink may read the headline's
  // "votes" as a noun; a vote against the thing is a reaction too.
  if (votesAgainst(tokens)) return [];
  // "California Restaurant Association sues Berkeley over natural gas ban", "… filed a lawsuit
  // against the city over its decision to …": who goes to law against the action challenges it.
  if (verb >= 0 && goesToLaw(tokens, verb)) return [];
  // "Apple furious at EU plan for standard chargers": a headline's subject with a feeling at
  // something, and no verb, reacts to it.
  const feeling = tokens.findIndex(
    (t, i) => i > 0 && t.pos === 'ADJ' && FELT_AT.has(tokens[i + 1]?.lower ?? ''),
  );
  if (
    verb < 0 &&
    feeling > 0 &&
    tokens.slice(0, feeling).every((t) => ['PROPN', 'NOUN', 'DET'].includes(t.pos))
  ) {
    return [];
  }
  // Drop a leading adverbial chunk ("On Friday,", "Late on Sunday,", "Yesterday,").
  let start = 0;
  const firstComma = tokens.findIndex((t, i) => i < end && t.text === ',');
  if (firstComma >= 0 && ['ADP', 'ADV', 'NOUN', 'PROPN'].includes(tokens[0].pos)) {
    const lead = tokens.slice(0, firstComma);
    if (
      lead.length <= 4 &&
      (tokens[0].pos === 'ADP' || tokens[0].pos === 'ADV' || lead.length === 1)
    ) {
      start = firstComma + 1;
    }
  }
  // "Unions call strikes as Macron's government unveils plan": the main verb is the "as"
  // clause's, and so is its subject.
  const as = tokens.findIndex((t, i) => i >= start && i < end && t.lower === 'as');
  if (as >= 0 && tokens.slice(as + 1, end).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) {
    start = as + 1;
  }
  const heads: string[] = [];
  let chunk: Token[] = [];
  const flush = () => {
    const nominal = chunk.filter(
      (t) => (t.pos === 'PROPN' || t.pos === 'NOUN') && !ROMAN.test(t.lower),
    );
    if (nominal.length > 0) heads.push(fold(nominal[nominal.length - 1].text));
    // "The government's plan to put a tariff on steel": whose plan it is acts too.
    const owner = chunk.findIndex(
      (t, i) => /^['’]s$/u.test(t.text) && PLANNING.has(chunk[i + 1]?.lemma ?? ''),
    );
    const possessor = chunk
      .slice(0, Math.max(0, owner))
      .filter((t) => t.pos === 'PROPN' || t.pos === 'NOUN');
    if (owner > 0 && possessor.length > 0) heads.push(fold(possessor[possessor.length - 1].text));
    chunk = [];
  };
  for (let i = start; i < end; i++) {
    const t = tokens[i];
    if (t.text === ',' || t.lower === 'of' || t.pos === 'ADP') break;
    if (t.lower === 'and') {
      flush();
      continue;
    }
    chunk.push(t);
  }
  flush();
  return heads;
}

const GIVEN_STANCES = new Set(['welcome', 'backing', 'support', 'approval', 'blessing']);
/** What a feeling is at: "furious at", "angry over", "unhappy with". */
const FELT_AT = new Set(['at', 'over', 'about', 'with']);
const PROMISING = new Set(['warn', 'vow', 'pledge', 'threaten', 'promise']);

const OWN_PRONOUNS = new Set(['it', 'they', 'we', 'he', 'she', 'i']);

function foreseesOthers(tokens: Token[], verb: number): boolean {
  // ("The association said the ban on jet skis would hurt trade": so does one who says what a
  // thing would do to people or trade.)
  if (SAYING.has(tokens[verb].lemma) && judgesEffect(tokens.slice(verb + 1))) return true;
  if (!FORESEEING_VERBS.has(tokens[verb].lemma)) return false;
  const next = tokens[verb + 1]?.lower === 'that' ? verb + 2 : verb + 1;
  const first = tokens[next];
  // ("The council warns residents it will close …": the one warned, then its own act.)
  const ownAct = tokens
    .slice(next, next + 5)
    .some((t, i, a) => OWN_PRONOUNS.has(t.lower) && ownVerb(a[i + 1]?.lower ?? ''));
  return first !== undefined && first.pos !== 'ADP' && !OWN_PRONOUNS.has(first.lower) && !ownAct;
}

/** Verbs of saying that may carry a judgement of what a thing would do. */
const SAYING = new Set(['say', 'argue', 'claim', 'insist']);
/** What a thing is judged to do to people or trade: "would hurt trade", "will save lives". */
const JUDGED_EFFECTS = new Set(
  'hurt harm damage destroy ruin kill cripple devastate help benefit protect save'.split(' '),
);

/** Whether a clause says, with a modal, what its subject would do ("the ban would hurt trade"). */
function judgesEffect(clause: Token[]): boolean {
  const modal = clause.findIndex((t, i) => i > 0 && i <= 8 && MODALS.has(t.lower));
  const own = clause.slice(0, modal).some((t) => OWN_PRONOUNS.has(t.lower));
  const effect = clause[modal + 1]?.lower === 'not' ? clause[modal + 2] : clause[modal + 1];
  return modal > 0 && !own && JUDGED_EFFECTS.has(effect?.lemma ?? '');
}

/** "it will", "they are": a pronoun's own verb after it. */
function ownVerb(word: string): boolean {
  return MODALS.has(word) || FINITE_AUXILIARIES.has(word);
}

function vowsStance(tokens: Token[], at: number): boolean {
  // "has warned": past the auxiliary.
  const verb =
    tokens[at].pos === 'AUX' ? tokens.findIndex((t, i) => i > at && t.pos === 'VERB') : at;
  if (verb < 0 || !PROMISING.has(tokens[verb].lemma)) return false;
  return tokens
    .slice(verb + 1, verb + 12)
    .some((t) => t.pos === 'VERB' && STANCE_VERBS[t.lemma] !== undefined);
}

/** Names after an active motion's verb: "Should the US government ban TikTok?" → ["tiktok"]. */
function actedUpon(tokens: Token[]): string[] {
  if (!OPENING_MODALS.has(tokens[0]?.lower ?? '') || tokens.some((t) => t.lemma === 'be'))
    return [];
  // wink may read a short motion's verb as a noun: "the US government ban/NOUN TikTok".
  const verb = tokens.findIndex(
    (t, i) =>
      i > 1 &&
      (t.pos === 'VERB' ||
        (t.pos === 'NOUN' &&
          ['NOUN', 'PROPN'].includes(tokens[i - 1].pos) &&
          ['DET', 'PROPN', 'ADJ'].includes(tokens[i + 1]?.pos ?? ''))),
  );
  if (verb < 0) return [];
  return tokens
    .slice(verb + 1)
    .filter((t) => t.pos === 'PROPN')
    .map((t) => fold(t.text));
}

/** The names and nouns before "be" and its participle in a "Should X be …ed?" motion. */
function passiveSubject(tokens: Token[]): string[] {
  if (!OPENING_MODALS.has(tokens[0]?.lower ?? '')) return [];
  const be = tokens.findIndex((t, i) => i > 1 && t.lower === 'be');
  const participle = tokens[be + 1];
  if (be < 0 || !participle || participle.pos !== 'VERB' || participle.lower === participle.lemma)
    return [];
  return tokens
    .slice(1, be)
    .filter((t) => t.pos === 'NOUN' || t.pos === 'PROPN')
    .map((t) => fold(t.text));
}

function reactsAgainst(tokens: Token[], verb: number): boolean {
  const next = tokens[verb + 1]?.lower;
  const after = tokens[verb + 2]?.lower;
  if (next === 'against' || (next === 'out' && (after === 'against' || after === 'at')))
    return true;
  // "Unions call strikes as …", "Teachers have called for protests after …": a protest is a
  // reaction to someone else's act.
  return tokens.slice(verb + 1, verb + 4).some((t) => PROTEST_NOUNS.has(t.lower));
}

/** "..., as Prime Minister Boris Johnson requested?" names the one whose action it is. */
function motionActor(tokens: Token[]): string[] {
  const as = tokens.map((t) => t.lower).lastIndexOf('as');
  if (as < 0) return [];
  const rest = tokens.slice(as + 1);
  const verb = rest.findIndex((t) => t.pos === 'VERB');
  if (verb <= 0) return [];
  const nominal = rest.slice(0, verb).filter((t) => t.pos === 'PROPN' || t.pos === 'NOUN');
  return nominal.length > 0 ? [fold(nominal[nominal.length - 1].text)] : [];
}

/**
 * "Should the council withdraw the night bus services?": the common noun that heads the subject
 * of the motion's active verb takes the action. Not a name (a state or a town is named in many
 * holders that do not act for it), and none for a passive or copular motion.
 */
function subjectActor(tokens: Token[]): string[] {
  if (!OPENING_MODALS.has(tokens[0]?.lower ?? '')) return [];
  // wink may read the verb of a short motion as an adjective ("the borough close the pool").
  const verb = tokens.findIndex(
    (t, i) =>
      i > 1 &&
      (t.pos === 'VERB' ||
        t.pos === 'AUX' ||
        (t.pos === 'ADJ' && tokens[i - 1].pos === 'NOUN' && tokens[i + 1]?.pos === 'DET')),
  );
  if (verb < 0 || tokens[verb].pos === 'AUX' || SKIP_LEMMAS.has(tokens[verb].lemma)) return [];
  const head = tokens[verb - 1];
  // "the government" is a generic word of a motion's terms but a real actor: its ministers
  // speak for it.
  const generic = GENERIC_NOUNS.has(head.lower) && head.lower !== 'government';
  if (head.pos !== 'NOUN' || generic) return [];
  return [fold(head.text)];
}

/** Whether a word names one of the motion's terms, by stem or by lemma ("buses" / "bus"). */
/** "the rise", "this increase", "the fare rise" of a motion that raises: the motion's change. */
export function namesChange(model: MotionModel, tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t.pos !== 'NOUN' || !model.changes.has(t.stem)) return false;
  const before = tokens[i - 1];
  if (!before) return false;
  return (
    ['the', 'this', 'that', 'these', 'such', 'its', 'our', 'their', 'a', 'any'].includes(
      before.lower,
    ) ||
    (before.pos === 'NOUN' && model.terms.has(before.stem))
  );
}

export function namesTerm(model: MotionModel, t: Token): boolean {
  return (
    model.terms.has(t.stem) ||
    model.termLemmas.has(t.lemma) ||
    namesDoer(model, t) ||
    namesBySynonym(model, t)
  );
}

/**
 * Words news English uses for one act in turn: a report on a motion to "strike" speaks of
 * "walkouts", one to "drop" a scheme of "rescinding" or "scrapping" it.
 */
const SYNONYM_GROUPS: ReadonlyArray<ReadonlySet<string>> = [
  'strike walkout stoppage',
  'drop scrap rescind axe ditch abandon shelve',
  'ban prohibit prohibition',
  'regulator agency watchdog',
  'treaty agreement accord pact deal',
  'tariff duty levy',
].map((g) => new Set(g.split(' ')));

/** Synonyms that are one only as nouns: "the deal", not "deal with". */
const NOUN_SYNONYMS = new Set(['deal', 'duty']);

function namesBySynonym(model: MotionModel, t: Token): boolean {
  if (NOUN_SYNONYMS.has(t.lemma) && t.pos !== 'NOUN') return false;
  // The lemmatiser leaves some plurals whole ("walkouts").
  const lemma = SYNONYM_GROUPS.some((g) => g.has(t.lemma)) ? t.lemma : t.lemma.replace(/s$/u, '');
  const group = SYNONYM_GROUPS.find((g) => g.has(lemma));
  return group !== undefined && [...group].some((w) => w !== lemma && model.termLemmas.has(w));
}

/**
 * "voters" of "Should the voting age be lowered?", "smokers" of "Should smoking be banned …?":
 * the noun for who does what a motion's word names (the lemma with -r or -er) speaks of it.
 */
function namesDoer(model: MotionModel, t: Token): boolean {
  if (t.pos !== 'NOUN' || !/[a-z]{3}er$/u.test(t.lemma)) return false;
  const base = [t.lemma.slice(0, -1), t.lemma.slice(0, -2)];
  return base.some((b) => model.termLemmas.has(b) || model.terms.has(b));
}

/**
 * "EU" of "the European Union", "UN" of "the United Nations": a run of two or more capitalised
 * words ("of" and "and" inside it skipped) gives the initials a report writes for it.
 */
function acronymsOf(tokens: Token[]): Set<string> {
  const out = new Set<string>();
  let initials = '';
  const flush = () => {
    if (initials.length >= 2) out.add(initials);
    initials = '';
  };
  tokens.forEach((t, i) => {
    if (/^\p{Lu}\p{Ll}/u.test(t.text) && (i > 0 || t.pos === 'PROPN')) initials += t.text[0];
    else if (initials && (t.lower === 'of' || t.lower === 'and')) return;
    else flush();
  });
  flush();
  return out;
}
