import { photoCaptions } from './photo-captions';
import { spellingAsWritten } from './spelling-as-written';
import { isAnyQuoteMark } from './quote-marks';
import { isPageFurniture } from '../import/page-furniture';
import { isDateline } from '../import/dateline';
import { withoutCapsOpening } from './caps-opening';
import { wireDatelineEnd } from './wire-dateline';
import type { ParsedArticle, ParsedSentence } from '../import/parsed-article';
import {
  GOING_ON_VERBS,
  motionProblems,
  QUARREL_WORDS,
  SIMPLE_PAST,
  VERDICT_PARTICIPLES,
} from './motion-grammar';
import {
  gerundLemma,
  afterMannerAdverbs,
  beforeMannerAdverbs,
  gerundAfterObject,
  isMannerAdverb,
  mainVerbIndex,
  sentimentOf,
  tokenize,
  verbLemma,
  type Token,
} from './seeding-nlp';
import type { MotionCandidate, MotionOrigin } from './seed-types';
import { reportedCall } from './reported-call';
import {
  betweenModifiers,
  betweenListed,
  agentBetween,
  pastParticiple,
  policyMotion,
  verbAfterTo,
  weighedBothWays,
  caseMade,
  forThingToBeDone,
  gerundAsked,
  isMeasureCarrier,
  petitionedAct,
  timeBetween,
  NAMING_PARTICIPLES,
  pastClauseAfter,
  withoutAsides,
  actAsked,
  withoutModifierAsides,
  withoutAsideBeforeComplement,
  voteCountAt,
  RECEIVED,
  PURPOSE_WORDS,
  brandedAt,
  PARTICLES,
} from './policy-phrase';
import { commonPrefix, withoutShortBrackets, words } from './token-text';
import { afinnScore } from './stance/sentiment-lexicon';
import {
  BOTH_SIDES_AT_ONCE,
  GROUP_NOUNS,
  MEASURE_VERDICTS,
  PROTEST_NOUNS,
  VOICING_VERBS,
} from './stance-lexicon';
import { daysAnd, MONTH_NAMES } from './time-words';
import {
  DELIBERATING_VERBS as DELIBERATING,
  FINITE_AUXILIARIES,
  FORECAST_ADJECTIVES,
  FORESEEING_VERBS,
  PRAISE_OR_BLAME,
  joinedReport,
  MESSENGER_VERBS as MESSENGERS,
  MODALS,
  QUESTION_OPENERS,
  REPORTING_VERBS as REPORTING,
} from './motion-verbs';

/** Whether a verb is one a measure or a body acts with: "ban", "approve", "scrap". */
function actsOnMeasures(lemma: string): boolean {
  return MEASURE_VERBS.has(lemma) || DECIDED.has(lemma) || DROPPING.has(lemma);
}

/**
 * "Kazakhs rally against changes to land ownership": after a noun of change, "to" is the
 * preposition of what is changed and the word after it a noun, however wink tags them ("to/PART
 * land/VERB ownership").
 */
function withChangesTo(tokens: Token[]): Token[] {
  const at = tokens.findIndex(
    (t, i) =>
      t.lower === 'to' &&
      CHANGE_NOUNS.has(tokens[i - 1]?.lower ?? '') &&
      tokens[i + 1]?.pos === 'VERB' &&
      // (Not a measure's own act: "bylaw changes to ban marijuana shops".)
      !actsOnMeasures(tokens[i + 1].lemma) &&
      tokens[i + 2]?.pos === 'NOUN',
  );
  if (at < 0) return tokens;
  const thing = tokens[at + 1];
  return [
    ...tokens.slice(0, at),
    { ...tokens[at], pos: 'ADP' },
    { ...thing, pos: 'NOUN', lemma: thing.lower },
    ...tokens.slice(at + 2),
  ];
}

/** "go on strike" in its forms, as the one verb "strike" in the same tense. */
const ON_STRIKE: Record<string, string> = {
  go: 'strike',
  goes: 'strikes',
  went: 'struck',
  going: 'striking',
  gone: 'struck',
};

/**
 * "Employees at Mexico's federal courts go on strike over reforms …" → "… strike over reforms
 * …": going on strike is striking, and what a strike is over is read the same way.
 */
function withStrikeAsVerb(tokens: Token[]): Token[] {
  const at = tokens.findIndex(
    (t, i) =>
      ON_STRIKE[t.lower] !== undefined &&
      tokens[i + 1]?.lower === 'on' &&
      tokens[i + 2]?.lower === 'strike',
  );
  if (at < 0) return tokens;
  const form = ON_STRIKE[tokens[at].lower];
  const strike = { ...tokens[at], text: form, lower: form, lemma: 'strike', pos: 'VERB' };
  return [...tokens.slice(0, at), strike, ...tokens.slice(at + 3)];
}

/** "make a decision" in its forms, as the one verb "decide" in the same tense. */
const MADE_DECISION: Record<string, string> = {
  make: 'decide',
  makes: 'decides',
  made: 'decided',
  making: 'deciding',
};

/** How many words may describe a decision made: "makes world-first decision to". */
const DECISION_ADJECTIVES_REACH = 5;

/**
 * "Australia makes world-first decision to ban engineered stone …" → "Australia decides to ban
 * engineered stone …": making a decision to act is deciding to act, however the decision is
 * praised.
 */
function withDecisionAsVerb(tokens: Token[]): Token[] {
  const at = tokens.findIndex((t) => MADE_DECISION[t.lower] !== undefined && t.pos === 'VERB');
  if (at < 0) return tokens;
  const noun = tokens.findIndex(
    (t, i) => i > at && i <= at + DECISION_ADJECTIVES_REACH && t.lower === 'decision',
  );
  if (noun < 0 || tokens[noun + 1]?.lower !== 'to' || tokens[noun + 2]?.pos !== 'VERB') {
    return tokens;
  }
  const between = tokens.slice(at + 1, noun);
  if (between.some((t) => t.pos === 'VERB' || t.pos === 'AUX' || /^[,;:]$/u.test(t.text))) {
    return tokens;
  }
  const form = MADE_DECISION[tokens[at].lower];
  const decide = { ...tokens[at], text: form, lower: form, lemma: 'decide', pos: 'VERB' };
  return [...tokens.slice(0, at), decide, ...tokens.slice(noun + 1)];
}

/** How many words may name who a court rules may act: "rules authorities can". */
const RULED_DOERS_REACH = 4;

/**
 * "EU court rules authorities can ban kosher and halal slaughter …" → "EU court rules that
 * authorities can ban …": wink reads "rules" after a court as a noun and the doers after it as
 * its compound; a court's "rules" before a subject and its modal is the verb of a ruling that.
 */
function withRulingThat(tokens: Token[]): Token[] {
  const at = tokens.findIndex(
    (t, i) => i > 0 && ['rules', 'says'].includes(t.lower) && isJudicial(tokens[i - 1]),
  );
  if (at < 0) return tokens;
  const modal = tokens.findIndex(
    (t, i) => i > at + 1 && i <= at + RULED_DOERS_REACH + 1 && MODALS.has(t.lower),
  );
  if (modal < 0 || tokens[modal + 1]?.pos !== 'VERB') return tokens;
  if (tokens.slice(at + 1, modal).some((t) => !NOUN_PHRASE_POS.has(t.pos))) return tokens;
  const verb = { ...tokens[at], pos: 'VERB', lemma: tokens[at].lower === 'rules' ? 'rule' : 'say' };
  const that = { ...tokens[at], text: 'that', lower: 'that', lemma: 'that', pos: 'SCONJ' };
  return [...tokens.slice(0, at), verb, that, ...tokens.slice(at + 1)];
}

/** "City OKs RV Regulation", "Board okays plan": a headline's "OK" is "approve". */
function withOkAsApprove(tokens: Token[]): Token[] {
  return tokens.map((t) => {
    const form = OK_FORMS[t.text.toLowerCase()];
    return form ? { ...t, text: form, lower: form, lemma: 'approve', pos: 'VERB' } : t;
  });
}

const OK_FORMS: Record<string, string> = {
  oks: 'approves',
  "ok's": 'approves',
  'ok’s': 'approves',
  okays: 'approves',
  "ok'd": 'approved',
  'ok’d': 'approved',
  okayed: 'approved',
};

/**
 * "a decision by Jumilla town council to effectively ban religious events …" → "… to ban
 * religious events …": a manner adverb between "to" and its verb hedges the act; the act is what
 * is asked.
 */
function withoutSplitInfinitive(tokens: Token[]): Token[] {
  const split = (t: Token, i: number) =>
    isMannerAdverb(t) && tokens[i - 1]?.lower === 'to' && tokens[i + 1]?.pos === 'VERB';
  return tokens.some(split) ? tokens.filter((t, i) => !split(t, i)) : tokens;
}

/**
 * "An Egyptian court ruled on Monday against the government's decision …" → "… ruled against
 * the government's decision …": the day between a verb and what follows it is when, not what.
 */
function withoutDayAfterVerb(tokens: Token[]): Token[] {
  const day = (t: Token, i: number) =>
    t.lower === 'on' &&
    tokens[i - 1]?.pos === 'VERB' &&
    WEEKDAY_NAMES.has(tokens[i + 1]?.lower ?? '') &&
    !possessiveMark(tokens[i + 2]) &&
    ['ADP', 'DET', 'PART'].includes(tokens[i + 2]?.pos ?? '');
  const at = tokens.findIndex(day);
  if (at >= 0) return [...tokens.slice(0, at), ...tokens.slice(at + 2)];
  // ("announced Monday plans to file legislation …": or the day alone, before a noun.)
  const bare = tokens.findIndex(
    (t, i) =>
      WEEKDAY_NAMES.has(t.lower) &&
      /^\p{Lu}/u.test(t.text) &&
      tokens[i - 1]?.pos === 'VERB' &&
      pastParticipleForm(tokens[i - 1]) &&
      ['NOUN', 'DET'].includes(tokens[i + 1]?.pos ?? ''),
  );
  return bare < 0 ? tokens : [...tokens.slice(0, bare), ...tokens.slice(bare + 1)];
}

/** "approve nudity ban on close vote", "in a narrow vote": how close the vote was is news. */
function withoutVoteManner(tokens: Token[]): Token[] {
  const at = tokens.findIndex(
    (t, i) =>
      ['on', 'in', 'by'].includes(t.lower) &&
      CLOSE_VOTES.has(tokens[i + (tokens[i + 1]?.lower === 'a' ? 2 : 1)]?.lower ?? '') &&
      tokens[i + (tokens[i + 1]?.lower === 'a' ? 3 : 2)]?.lower === 'vote',
  );
  if (at < 0) return tokens;
  const end = at + (tokens[at + 1]?.lower === 'a' ? 4 : 3);
  return [...tokens.slice(0, at), ...tokens.slice(end)];
}

const CLOSE_VOTES = new Set(['close', 'narrow', 'split', 'tight']);

/** Nouns of a sitting at which a body decides. */
const SITTING_NOUNS = new Set(['meeting', 'session', 'hearing', 'sitting']);

/**
 * Whether the word at `i` is a sitting ("meeting on the airport expansion"), not the act a
 * verb, or a decision wink tags a noun, is about ("Rome bans sitting on Spanish Steps").
 */
function namesSitting(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!SITTING_NOUNS.has(t?.lower ?? '')) return false;
  const before = tokens[i - 1];
  return !(/ing$/u.test(t.lower) && (before?.pos === 'VERB' || DECIDED.has(before?.lemma ?? '')));
}

/**
 * "voted unanimously at a special meeting Thursday evening to approve …" → "voted unanimously to
 * approve …": where and when a body voted stands between its verb and the act.
 */
function withoutSittingBeforeTo(tokens: Token[]): Token[] {
  const verb = tokens.findIndex((t) => CONTROL_VERBS.has(t.lemma) && t.pos === 'VERB');
  if (verb < 0) return tokens;
  let at = verb + 1;
  while (isMannerAdverb(tokens[at])) at++;
  if (!['at', 'during', 'in'].includes(tokens[at]?.lower ?? '')) return tokens;
  const sitting = tokens.findIndex((t, i) => i > at && i <= at + 4 && SITTING_NOUNS.has(t.lower));
  if (sitting < 0) return tokens;
  let to = sitting + 1;
  while (to < tokens.length && to <= sitting + 4 && tokens[to].lower !== 'to') {
    if (!(TIME_WORDS.has(tokens[to].lower) || tokens[to].measure)) return tokens;
    to++;
  }
  if (tokens[to]?.lower !== 'to' || tokens[to + 1]?.pos !== 'VERB') return tokens;
  return [...tokens.slice(0, at), ...tokens.slice(to)];
}

/** Verbs followed by "to" and the action: "plans to", "votes to", "vows to". */
const CONTROL_VERBS = new Set(
  'plan vote vow promise seek move agree decide aim want hope threaten pledge refuse fail scramble rush race struggle'.split(
    ' ',
  ),
);
/** Tokens of a rewritten verb phrase above which a trailing adjunct is dropped. */
const LONG_PREDICATE = 14;
/** A question the article puts as a heading is its own framing of the matter. */
const HEADING_QUESTION_SCORE = 0.9;
const SECOND_PERSON = new Set(['you', 'your', 'yours', 'yourself']);
/** Below every rule-made candidate: the headline itself, quoted, when nothing else is well-formed. */
const FALLBACK_SCORE = 0.3;
const GO_AHEAD = new Set(['announce', 'propose', 'unveil', 'sign', 'introduce', 'approve', 'pass']);
/** Verbs that let someone act: "authorised farmers to shoot …" asks whether they should be. */
const PERMITTING = new Set(['allow', 'authorise', 'authorize', 'permit', 'license', 'empower']);
/** What is held on a matter, the way to decide it: "a referendum on …", "a campaign on …". */
const VOTES_ON = new Set(
  'referendum plebiscite vote ballot poll campaign consultation debate'.split(' '),
);
const THERE_BE = new Set(['promise', 'seek', 'demand', 'plan', 'pledge', 'vow', 'call']);
/**
 * "Sonko's matatu CBD ban premature and unfair" (after "calls") → "Is Sonko's matatu CBD ban
 * premature and unfair?": a measure and the adjectives it is called, to the end. Null for
 * anything else ("calls for …", "calls the plan a disaster").
 */
function verdictCalled(rest: Token[]): string | null {
  let end = rest.length;
  while (end > 0 && (rest[end - 1].pos === 'ADJ' || ['and', ','].includes(rest[end - 1].lower))) {
    end--;
  }
  const np = rest.slice(0, end);
  const verdict = rest.slice(end);
  const adjectives = verdict.every((t, i) =>
    i % 2 === 0 ? t.pos === 'ADJ' : ['and', ','].includes(t.lower),
  );
  const ok =
    np.length > 0 &&
    np.every((t) => NOUN_PHRASE_POS.has(t.pos) || possessiveMark(t)) &&
    isMeasureHead(np[np.length - 1]) &&
    verdict.length % 2 === 1 &&
    adjectives;
  return ok ? `Is ${the(np)} ${words(verdict)}?` : null;
}

/** What is sought to be told, not done: "seek legal advice", "seek clarification". */
const SOUGHT_COUNSEL = new Set(
  'advice clarification clarity answers assurance assurances guidance information explanation'.split(
    ' ',
  ),
);

/** "may seek legal advice": a camp's next step, asking to be told, not a measure. */
function seeksCounsel(verb: Token, object: Token[]): boolean {
  return verb.lemma === 'seek' && SOUGHT_COUNSEL.has(headNoun(object)?.lower ?? '');
}
/** The possessive "'s" as a token of its own: "pub's hours", "Kelby's levy". */
const possessiveMark = (t: Token | undefined): boolean => /^['’]s$/u.test(t?.text ?? '');
/** Determiners of a thing already there: "the ban", "its levy". */
const DEFINITE = new Set('the this that these those its their his her our'.split(' '));
/**
 * Verbs of what a thing does to the world, or of what it deserves: "Sugar tax works", "Speed
 * bumps help …", "Dollar stores deserve scrutiny". Not verbs a
 * body acts with ("League lowers tackle height", "Council cuts bus routes").
 */
const EFFECT_VERBS = new Set(
  'help work save cause harm hurt prevent deter damage protect fail make deserve merit'.split(' '),
);

/**
 * "Sugar tax works" → "Does the sugar tax work?"; "Speed bumps don't make sense" → "Do speed
 * bumps make sense?": a present-tense effect of a thing (not of a body or a person, whose acts
 * are asked with "Should"). Null otherwise.
 */
function claimedEffect(subject: Token[], verb: Token, rest: Token[]): string | null {
  const head = subject[subject.length - 1];
  if (!head || head.pos !== 'NOUN' || subject.some((t) => t.pos === 'PROPN')) return null;
  if (INSTITUTION_HEADS.has(head.lower) || CAMPS.has(head.lower) || GROUP_NOUNS.has(head.lower)) {
    return null;
  }
  const negated = verb.lemma === 'do' && ['not', "n't"].includes(rest[0]?.lower ?? '');
  const main = negated ? rest[1] : verb;
  const after = negated ? rest.slice(2) : rest;
  if (!main || main.pos !== 'VERB' || !EFFECT_VERBS.has(main.lemma)) return null;
  // The present tense: "works" after a singular thing, "help" after plural ones.
  const plural = isPlural(subject);
  const present = negated || (plural ? main.lower === main.lemma : /s$/u.test(main.lower));
  if (!present) return null;
  const predicate = words(shortPredicate(after));
  return `${plural ? 'Do' : 'Does'} ${the(subject)} ${main.lemma}${predicate ? ` ${predicate}` : ''}?`;
}

/** Verbs that make their object act: "ordered the city to pay …". */
const DIRECTING = new Set(['order', 'force', 'compel', 'direct', 'instruct', 'oblige', 'require']);

/** "pay the fees and issued an injunction" → "pay the fees": up to "and" before a past form. */
function beforeSecondPast(tokens: Token[]): Token[] {
  const and = tokens.findIndex(
    (t, i) =>
      t.lower === 'and' &&
      tokens[i + 1]?.pos === 'VERB' &&
      /ed$/u.test(tokens[i + 1].lower) &&
      tokens[i + 1].lower !== tokens[i + 1].lemma,
  );
  return and > 0 ? tokens.slice(0, and) : tokens;
}
const POLICY_NOUNS = new Set(
  'decree bill law ban amendment directive restrictions rules measure proposal plan order ordinance bylaw'.split(
    ' ',
  ),
);
/** Measures named as changes to what is: "reforms that make judges stand for election". */
const REFORM_NOUNS = new Set(['reform', 'reforms', 'changes', 'overhaul']);
/** "after announcing plans to ban kratom": a plan in the plural names the act as well. */
const PLANS = new Set(['plans', 'proposals']);
/** What carries a measure not yet a text: "the campaign to ban …", "legislation to make …". */
const MEASURE_CAMPAIGNS = new Set(['campaign', 'legislation', 'initiative', 'motion']);
/** Words that end the act weighed again and open the news around it: "… after it lost a case". */
const WEIGHED_ACT_ENDS = new Set([
  'after',
  'because',
  'since',
  'as',
  'while',
  'amid',
  'when',
  'but',
]);

/** Verbs of weighing again what one does: "will reconsider issuing fines …". */
const RECONSIDERING = new Set(['reconsider', 'review', 'rethink', 'revisit', 'consider']);

/**
 * "A borough council says it will reconsider issuing fines to parents who take their children on
 * holiday during term-time": the act weighed again, named by its gerund, is the matter → "Should
 * a borough council issue fines to parents who …?".
 */
function reconsideredAct(verb: Token, rest: Token[], subject: Token[]): string | null {
  const act = rest[0];
  if (!RECONSIDERING.has(verb.lemma) || !act || !/\p{L}{3}ing$/u.test(act.lower)) return null;
  if (act.pos !== 'VERB' || subject.length === 0) return null;
  // (Whom the act is done to keeps its "who" clause, which says which of them: "parents who take
  // their children on holiday"; the clause of when or why it came up is cut.)
  const object = rest.slice(1);
  const end = object.findIndex(
    (t, i) => i > 0 && (WEIGHED_ACT_ENDS.has(t.lower) || (t.pos === 'PUNCT' && t.text !== '-')),
  );
  const predicate = end < 0 ? object : object.slice(0, end);
  if (predicate.length === 0) return null;
  return `Should ${the(subject)} ${gerundLemma(act.lower)} ${words(predicate)}?`;
}

/** Verbs of pressure growing: "Pressure mounts on …". */
const PRESSURE_GROWS = new Set(['mount', 'grow', 'build', 'increase', 'pile', 'intensify']);
/** Verbs of being under pressure: "is under pressure", "faces pressure", "comes under pressure". */
const UNDER_PRESSURE = new Set(['be', 'come', 'face', 'remain']);
/** How far after "pressure" its "to" and verb may come ("pressure from the mining sector to"). */
const PRESSURE_REACH = 8;

/**
 * "Pressure mounts on Zambia to reduce royalty increase" → "Should Zambia reduce royalty
 * increase?"; "Zambia's government is under increasing pressure from the mining sector to reduce
 * the royalty increases …" → "Should Zambia's government reduce the royalty increases …?": who
 * presses is news; what the body is pressed to do is the matter.
 */
function pressedTo(subject: Token[], verb: Token, rest: Token[]): string | null {
  let body = subject;
  let from = -1;
  if (subject.some((t) => t.lower === 'pressure') && PRESSURE_GROWS.has(verb.lemma)) {
    if (rest[0]?.lower !== 'on') return null;
    const to = rest.findIndex((t, i) => i > 1 && t.lower === 'to');
    if (to < 0) return null;
    body = rest.slice(1, to);
    from = to;
  } else if (UNDER_PRESSURE.has(verb.lemma)) {
    const pressure = rest.findIndex((t, i) => i < 4 && t.lower === 'pressure');
    // (Under it, or facing it: "the issue is pressure on nurses to …" presses nobody named.)
    const under = verb.lemma === 'face' || rest.slice(0, pressure).some((t) => t.lower === 'under');
    if (pressure < 0 || !under) return null;
    from = rest.findIndex(
      (t, i) => i > pressure && i <= pressure + PRESSURE_REACH && t.lower === 'to',
    );
  }
  const act = rest[from + 1];
  if (from < 0 || act?.pos !== 'VERB' || body.length === 0) return null;
  if (body.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return null;
  const predicate = shortPredicate(rest.slice(from + 2));
  if (predicate.length === 0) return null;
  return `Should ${the(body)} ${act.lemma} ${words(predicate)}?`;
}

/** Where a dispute is taken to be ruled on: "to court", "to a federal arbitrator". */
const FORUMS = new Set(['court', 'arbitration', 'arbitrator', 'tribunal', 'ombudsman']);

/** What a body hears or weighs on a matter: "arguments for Hindu temple", "appeal over quarry". */
const ARGUED = new Set(
  'arguments argument appeal appeals case submissions objections evidence application'.split(' '),
);

/**
 * "Apple Valley Planning Commission to rehear arguments for Hindu temple": what the arguments
 * heard are for or over is the matter → "Should the Hindu temple go ahead?".
 */
function arguedMatter(rest: Token[]): string | null {
  const at = rest.findIndex((t, i) => i < 4 && ARGUED.has(t.lower));
  const on = rest[at + 1]?.lower ?? '';
  if (at < 0 || !['for', 'over', 'on', 'about', 'against'].includes(on)) return null;
  return goAhead(rest.slice(at + 2));
}

/** Verbs of learning of a thing: "I was dismayed to read that X …" is about X. */
const PERCEIVING = new Set(['read', 'learn', 'hear', 'see', 'discover']);
/**
 * Acts of the process around a matter, not the matter: writing, saying again, reconsidering,
 * debating. "Should the judge reconsider his decision?" asks about the procedure.
 */
const PROCEDURAL = new Set(
  'send write reassert reaffirm reiterate reconsider debate discuss consider hear rehear dismiss lose win speak talk comment respond reply meet review uphold overturn quash annul strike sue'.split(
    ' ',
  ),
);
/** What a body grants and may take away: "loses its licence". */
const PERMISSIONS = new Set(['licence', 'license', 'permit', 'franchise', 'accreditation']);
/** Nouns of a share or a count: "A majority of residents would …" names no proposal. */
const QUANTITY_NOUNS = new Set(
  'majority minority number third half quarter lot few couple share study survey report poll spokesman spokeswoman spokesperson'.split(
    ' ',
  ),
);

const RELATIVE_OPENERS = new Set(['who', 'that', 'which', 'whose', 'where']);

/** Verbs that undo or drop a thing: "ditches guidance to …", "scraps plan to …". */
const DROPPING = new Set(
  'ditch scrap drop abandon shelve rescind withdraw revoke repeal cancel axe reverse'.split(' '),
);
/** Decisions a headline reports in the passive, its "is" dropped ("Smoking ban approved …"). */
const DECIDED = new Set(
  'approve pass adopt ratify ban scrap reject block overturn delay postpone suspend lift repeal cancel withdraw shelve extend axe halt veto legalise legalize outlaw abolish expel impeach extradite sack dismiss strike uphold cut shut'.split(
    ' ',
  ),
);
/** Prepositions that give a decision's extent: "for four years", "from the city", "to adults". */
const SCOPE_WORDS = new Set(['for', 'from', 'to']);
/** What may follow such a participle: a preposition, a conjunction or nothing. */
const AFTER_PASSIVE = new Set(['ADP', 'CCONJ', 'SCONJ', 'PUNCT']);

/**
 * "Fake news law passed after two days of debate", "Plan to close library rejected": a headline
 * drops the "is" of its passive, so a decision's past participle after the subject, with no
 * object of its own, says what was done to the subject → "Should the fake news law be passed?".
 * Null otherwise (present-tense "Council approves …" is active).
 */
function headlinePassive(tokens: Token[]): string | null {
  const at = tokens.findIndex(
    (t, i) =>
      i > 0 &&
      // "Four-day school week voted down", "Budget voted through": a vote's particle decides.
      (DECIDED.has(t.lemma) ||
        (t.lemma === 'vote' && ['down', 'through'].includes(tokens[i + 1]?.lower ?? ''))) &&
      pastParticipleForm(t) &&
      // ("Staffordshire youth clubs to shut as cuts confirmed": "to shut" is no participle.)
      tokens[i - 1].lower !== 'to' &&
      (i + 1 === tokens.length || AFTER_PASSIVE.has(tokens[i + 1].pos)),
  );
  if (at < 0) return null;
  // "Greyhound racing to be banned in Wales": the "to be" of a dropped "is to be" is the verb's.
  const toBe = tokens[at - 1]?.lower === 'be' && tokens[at - 2]?.lower === 'to' ? 2 : 0;
  // "Patcham residents fume as 5G phone mast plan approved": the passive is the "as" clause's;
  // the clause before it is the reaction ("Locals 'relieved' after seaweed farm plan rejected").
  const as = tokens.findIndex(
    (t, i) => i >= 2 && i < at - toBe && ['as', 'while', 'after'].includes(t.lower),
  );
  // ("Special protection for land angrily rejected": how it was decided is no part of the thing.)
  const from = as > 0 ? as + 1 : 0;
  const subject = tokens.slice(from, beforeMannerAdverbs(tokens, at - toBe));
  // Its subject is a noun phrase, perhaps with "to" and a verb of its own ("plan to close …").
  // "Part of Patriot Act struck down": a capitalised "verb" after a name is part of the name.
  // ("Anchoring putters to be banned": an opening gerund and its object are the subject.)
  const finite = subject.some(
    (t, i) =>
      (t.pos === 'VERB' || t.pos === 'AUX') &&
      subject[i - 1]?.lower !== 'to' &&
      // ("Ban on wearing hijabs …": a gerund after its preposition is the phrase's, and so is one
      // after its object there: "ban on mink breeding".)
      !((i === 0 || subject[i - 1]?.pos === 'ADP') && /ing$/u.test(t.lower)) &&
      !gerundAfterObject(tokens, from + i) &&
      !(/^\p{Lu}/u.test(t.text) && subject[i - 1]?.pos === 'PROPN'),
  );
  if (finite || !subject.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) return null;
  // "Decision on Olympic plebiscite delayed": when a decision is made is procedure; what it is on
  // is the matter.
  const decidedOn = putOffDecisionOn(subject, tokens[at]);
  if (decidedOn) return decidedOn;
  // "Conservative attempt to delay Right to Buy ban rejected": what was attempted is the matter,
  // whatever became of the attempt.
  const attempt = subject.findIndex(
    (t, i) =>
      ATTEMPTS.has(t.lower) && subject[i + 1]?.lower === 'to' && subject[i + 2]?.pos === 'VERB',
  );
  const attempted = attempt >= 0 ? policyMotion(subject.slice(attempt), null) : null;
  if (attempted) return attempted;
  // "banned for four years", "barred from the city": the measure's extent stays; "passed after
  // two days of debate" tells when, which is no part of it.
  const rest = tokens.slice(at + 1);
  const extent = SCOPE_WORDS.has(rest[0]?.lower ?? '') ? ` ${words(shortPredicate(rest))}` : '';
  // "struck down", "called off": the particle is part of the verb; "extended through 2030 by
  // California lawmakers": a preposition with its object, up to who decided, is the extent.
  const object = ['NUM', 'DET', 'NOUN', 'PROPN'].includes(rest[1]?.pos ?? '');
  const by = rest.findIndex((t, i) => i > 1 && t.lower === 'by');
  const through =
    PASSIVE_PARTICLES.has(rest[0]?.lower ?? '') && !extent && object
      ? ` ${words(by > 0 ? rest.slice(0, by) : shortPredicate(rest))}`
      : '';
  const particle =
    PASSIVE_PARTICLES.has(rest[0]?.lower ?? '') && !extent && !through ? ` ${rest[0].lower}` : '';
  return `Should ${the(subject)} be ${tokens[at].lower}${particle}${through}${extent}?`;
}

const PASSIVE_PARTICLES = new Set(['down', 'off', 'back', 'out', 'through']);
/** What tries at an act without being one: "attempt to delay …", "bid to block …". */
const ATTEMPTS = new Set([
  'attempt',
  'attempts',
  'bid',
  'bids',
  'effort',
  'efforts',
  'push',
  'request',
  'plea',
]);

/** Verbs that turn down what someone else tried: "turns away a bid to …", "rejected a plea to …". */
const TURNING_DOWN = new Set(
  'reject turn throw dismiss block deny defeat rebuff refuse strike quash overturn halt thwart scupper suspend'.split(
    ' ',
  ),
);
/** Verbs that turn a thing down with "against": "has ruled against its government's attempt to …". */
const DECIDING_AGAINST = new Set(['rule', 'decide', 'vote', 'find']);

/**
 * "Judge Turns Away New Bid to Cap Credit Card Late Fees at $8": an attempt that someone turns
 * down is asked by what it tried, with no one to do it ("Should credit card late fees be capped
 * at $8?"); the one who turned it down is not the one who would act.
 */
function attemptTurnedDown(tokens: Token[]): string | null {
  const verb = tokens.findIndex(
    (t, i) =>
      t.pos === 'VERB' &&
      (TURNING_DOWN.has(t.lemma) ||
        (DECIDING_AGAINST.has(t.lemma) && tokens[i + 1]?.lower === 'against')),
  );
  if (verb < 0) return null;
  const demanded = demandTurnedDown(tokens, verb);
  if (demanded) return demanded;
  // ("Court rules against handing islands to Saudi Arabia": an act named by its gerund.)
  // (Not a hyphened modifier: "votes against anti-begging bylaw".)
  const turned = tokens.slice(verb + 2);
  if (DECIDING_AGAINST.has(tokens[verb].lemma) && /^\p{L}+ing$/u.test(turned[0]?.lower ?? '')) {
    const act = gerundAsked(beforeComma(turned));
    if (act) return act;
  }
  // ("Court blocks plan to detain migrants": a plan someone else turns down is tried too, and
  // "Court suspends government decision to lift GMO ban" a decision.)
  const attempt = tokens.findIndex(
    (t, i) =>
      i > verb &&
      i <= verb + 5 &&
      (ATTEMPTS.has(t.lower) || PLANNED_ACTS.has(t.lower) || t.lower === 'decision') &&
      tokens[i + 1]?.lower === 'to' &&
      tokens.slice(verb + 1, i).every((w) => w.text !== ','),
  );
  if (attempt > 0) return policyMotion(tokens.slice(attempt), null);
  // ("A federal judge has temporarily blocked impending rules intended to protect endangered right
  // whales": rules someone else turns down are asked whether they should go ahead.)
  const object = tokens.slice(afterMannerAdverbs(tokens, verb + 1));
  const head = leadingNounPhrase(object).at(-1)?.lower ?? '';
  if (!TURNING_DOWN.has(tokens[verb].lemma)) return null;
  // ("Peru congress overturns land laws": laws in force, turned down, stand or fall; a law said
  // more of is read elsewhere.)
  const law = leadingNounPhrase(object);
  if (LAWS_IN_FORCE.has(head) && law.length === object.length) {
    const named = law[0].pos === 'DET' || law.some((t) => possessiveMark(t));
    return `Should ${named ? the(law) : `the ${words(law)}`} stand?`;
  }
  return RULE_NOUNS.has(head) ? goAhead(object) : null;
}

/** What people ask of a body: "the demand of opposition parties", "calls for a referendum". */
const DEMANDS = new Set('demand demands call calls request requests plea pleas'.split(' '));
/** Verbs of a relative clause that say what a demand was for: "…, which sought the use of …". */
const SEEKING = new Set(['seek', 'want', 'demand', 'ask', 'call', 'urge']);
/** Most words between the verb turning a demand down and the demand: "turned down the main". */
const TO_DEMAND = 4;

/**
 * "The Election Commission turned down the demand of opposition parties, which sought the use of
 * ballot papers …", "Government rejects union demand to raise wages": what was demanded is the
 * matter, not the refusal. An act demanded is asked of the one who refused it (they would do
 * it); a thing demanded, whether it should go ahead. Null when the demand names neither.
 */
function demandTurnedDown(tokens: Token[], verb: number): string | null {
  const at = tokens.findIndex(
    (t, i) =>
      i > verb &&
      i <= verb + TO_DEMAND &&
      DEMANDS.has(t.lower) &&
      t.pos === 'NOUN' &&
      tokens.slice(verb + 1, i).every((w) => w.text !== ','),
  );
  if (at < 0) return null;
  // Whose demand it is ("of opposition parties", "by the unions") is passed over.
  let next = at + 1;
  if (['of', 'by', 'from'].includes(tokens[next]?.lower ?? '')) {
    next++;
    // ("of farmers' unions": a plural's possessive mark is part of whose.)
    const whose = (t: Token) =>
      NOUN_PHRASE_POS.has(t.pos) || possessiveMark(t) || /^['’]$/u.test(t.text);
    while (next < tokens.length && whose(tokens[next])) next++;
  }
  const sought =
    tokens[next]?.text === ',' &&
    RELATIVE_STARTS.has(tokens[next + 1]?.lower ?? '') &&
    SEEKING.has(tokens[next + 2]?.lemma ?? '');
  if (sought) next += tokens[next + 3]?.lower === 'for' ? 4 : 3;
  else if (tokens[next]?.lower === 'for') next++;
  else if (tokens[next]?.lower === 'to' && tokens[next + 1]?.pos === 'VERB') {
    const refuser = subjectPhrase(tokens.slice(0, verb));
    const act = shortPredicate(tokens.slice(next + 2));
    const named = refuser.length > 0 && refuser.every((t) => NOUN_PHRASE_POS.has(t.pos));
    return named && act.length > 0
      ? `Should ${the(refuser)} ${tokens[next + 1].lemma} ${words(act)}?`
      : null;
  } else return null;
  const thing = beforeClause(beforeComma(tokens.slice(next)));
  // ("rejected a request by bars for an injunction that would have stopped …": a court's hold
  // asked for is how a dispute is fought; what it would hold up is read elsewhere.)
  if (HOLDS.has(leadingNounPhrase(thing).at(-1)?.lower ?? '')) return null;
  return thing.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN') ? goAhead(thing) : null;
}

/** Rules by their common name, with no name of their own: "impending rules", "new regulations". */
const RULE_NOUNS = new Set(['rules', 'regulations', 'restrictions', 'guidelines']);
/** Laws and decrees, which are in force before they are turned down. */
const LAWS_IN_FORCE = new Set(['law', 'laws', 'decree', 'decrees', 'act', 'acts']);

/**
 * "Turkish assembly clears way for 'massacre law' to round up stray dogs" → "Should stray dogs
 * be rounded up?": what a body clears (or paves) the way for is the measure, and what it does.
 */
function wayCleared(tokens: Token[]): string | null {
  const at = tokens.findIndex(
    (t, i) =>
      ['clear', 'pave', 'open'].includes(t.lemma) &&
      (tokens[i + 1]?.lower === 'way' || tokens[i + 2]?.lower === 'way') &&
      i <= 8,
  );
  if (at < 0) return null;
  const way = tokens[at + 1]?.lower === 'way' ? at + 1 : at + 2;
  if (tokens[way + 1]?.lower !== 'for') return null;
  // ("for ‘massacre law’ to …": a label's quotation marks are no part of it.)
  const measure = tokens.slice(way + 2).filter((t) => !isAnyQuoteMark(t));
  return policyMotion(measure, null);
}

/** What is sought of others for a contested thing: "seek understanding over …". */
const SOUGHT_ASSENT = new Set(['understanding', 'support', 'approval', 'acceptance', 'backing']);

/**
 * "Landowner vows to seek understanding over Jingu redevelopment" → "Should the Jingu
 * redevelopment go ahead?": who seeks others' assent for a thing defends it; the thing is the
 * matter.
 */
function understandingSought(tokens: Token[]): string | null {
  // ("seeks residents’ understanding on …": whose assent, with its possessive, may come between.)
  // (A plural's possessive is its apostrophe alone: "residents’".)
  const mark = (t: Token | undefined) => possessiveMark(t) || /^['’]$/u.test(t?.text ?? '');
  const owner = (i: number) =>
    ['NOUN', 'PROPN'].includes(tokens[i]?.pos ?? '') && mark(tokens[i + 1]) ? 2 : 0;
  const at = tokens.findIndex(
    (t, i) =>
      t.lemma === 'seek' &&
      SOUGHT_ASSENT.has(tokens[i + 1 + owner(i + 1)]?.lower ?? '') &&
      ['over', 'for', 'of', 'on'].includes(tokens[i + 2 + owner(i + 1)]?.lower ?? ''),
  );
  if (at < 0) return null;
  const sought = tokens[at + 1 + owner(at + 1)];
  const thing = tokens.slice(at + 3 + owner(at + 1));
  const head = beforeClause(beforeComma(thing))
    .filter((t) => t.pos === 'NOUN')
    .at(-1);
  // ("Ministry seeks residents’ understanding on workers’ dorm": understanding is asked for a
  // thing imposed, whatever it is; support only for a measure or a plan.)
  const imposed = ['understanding', 'acceptance'].includes(sought.lower);
  return head && (imposed || isMeasureHead(head) || MADE_KNOWN_PLANS.has(head.lower))
    ? goAhead(thing)
    : null;
}

/**
 * "A council behind controversial plans to clamp down on bonfires is to appoint consultants" →
 * "Should the council clamp down on bonfires?": who is behind a plan is its maker, and the plan's
 * act, asked of the maker, is the matter, whatever the sentence goes on to say the maker does.
 */
function planBehind(tokens: Token[]): string | null {
  const behind = tokens.findIndex((t, i) => i > 0 && i <= 4 && t.lower === 'behind');
  const maker = tokens.slice(0, Math.max(behind, 0));
  const named = maker.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
  if (!named || !maker.every((t) => ['DET', 'ADJ', 'NOUN', 'PROPN'].includes(t.pos))) return null;
  // (Up to the sentence's own verb: "… to close rural schools | resigns".)
  const rest = beforeOwnVerb(tokens.slice(behind + 1));
  const plan = rest[0]?.pos === 'DET' ? rest.slice(1) : rest;
  const carrier = plan.findIndex(
    (t, i) => i <= 2 && isMeasureCarrier(t.lower) && plan[i + 1]?.lower === 'to',
  );
  if (carrier < 0) return null;
  // (Asked as the maker's own plan: "the council's controversial plans to …"; wink may tag the
  // plan a verb.)
  const last = maker[maker.length - 1];
  const owns: Token = { ...last, text: '’s', lower: '’s', lemma: '’s', pos: 'PART' };
  const planned = plan.map((t, i) => (i === carrier ? { ...t, pos: 'NOUN' } : t));
  return policyMotion([...definite(maker), owns, ...planned], null);
}

/** What plans may bring about: "Plans could see every public toilet in county shut". */
const FORESEEN_BY = new Set(['see', 'mean']);
/** Bare verbs of an outcome that wink tags an adjective: "see libraries close". */
const OUTCOME_ADJECTIVES = new Set(['close', 'open', 'shut']);

/**
 * "Plans could see every public toilet in county shut" → "Should every public toilet in county
 * be shut?": what a plan's outcome would be for a thing, asked of the thing. Null unless the
 * subject is a plan and the outcome a participle or a bare verb after the thing.
 */
function outcomeForeseen(tokens: Token[]): string | null {
  const modal = tokens.findIndex((t) => MODALS.has(t.lower));
  const subject = tokens.slice(0, modal);
  const head = subject[subject.length - 1];
  if (modal <= 0 || !(PLANNED_ACTS.has(head.lower) || isMeasureHead(head))) return null;
  if (!FORESEEN_BY.has(tokens[modal + 1]?.lemma ?? '')) return null;
  const rest = tokens.slice(modal + 2);
  // ("would mean fewer buses run": a change in how many is an effect, not an act.)
  if (['fewer', 'more', 'less'].includes(rest[0]?.lower ?? '')) return null;
  const outcome = rest.findIndex(
    (t, i) =>
      i > 0 &&
      (t.pos === 'VERB' || OUTCOME_ADJECTIVES.has(t.lower)) &&
      ['NOUN', 'PROPN'].includes(rest[i - 1].pos),
  );
  if (outcome <= 0 || !rest.slice(0, outcome).some((t) => t.pos === 'NOUN')) return null;
  const thing = the(rest.slice(0, outcome));
  const verb = rest[outcome];
  const after = words(shortPredicate(rest.slice(outcome + 1)));
  const tail = after ? ` ${after}` : '';
  if (pastParticipleForm(verb)) return `Should ${thing} be ${verb.lower}${tail}?`;
  return verb.lower === verb.lemma ? `Should ${thing} ${verb.lower}${tail}?` : null;
}

/** An attack made in words: "launched a scathing attack on …". */
const VERBAL_ATTACKS = new Set(['attack', 'broadside', 'assault', 'swipe', 'tirade']);

/**
 * "The groups have launched a scathing attack on Salmon Tasmania and the state government's
 * Salmon Plan" → "Should the state government's Salmon Plan go ahead?": of what an attack is
 * made on, the measure is the matter. Null when no measure is among its objects.
 */
function attackedMeasure(tokens: Token[]): string | null {
  const at = tokens.findIndex(
    (t, i) =>
      VERBAL_ATTACKS.has(t.lower) &&
      t.pos === 'NOUN' &&
      tokens.slice(Math.max(0, i - 4), i).some((w) => w.pos === 'VERB'),
  );
  if (at < 0) return null;
  // ("went on the attack on Sunday against Labour plans to ban …": when may stand between.)
  const against = tokens.findIndex((t, k) => k > at + 1 && k <= at + 4 && t.lower === 'against');
  const on = ['on', 'against'].includes(tokens[at + 1]?.lower ?? '') ? at + 1 : -1;
  const of = against > 0 && timeBetween(tokens, at + 1) === against - at - 1 ? against : on;
  if (of < 0) return null;
  // (A plan's noun may have been read as the verb of "plans to": "council's plans/VERB to ban".)
  const attacked = tokens
    .slice(of + 1)
    .map((t) => (t.pos === 'VERB' && isMeasureCarrier(t.lower) ? { ...t, pos: 'NOUN' } : t));
  const planned = tokens[of].lower === 'against' ? policyMotion(attacked, null) : null;
  if (planned) return planned;
  const objects: Token[][] = [[]];
  for (const t of tokens.slice(of + 1)) {
    if (['and', ','].includes(t.lower)) objects.push([]);
    else if (inMeasurePhrase(t)) objects[objects.length - 1].push(asNominal(t));
    else break;
  }
  const measure = objects.find(headsMeasure);
  return measure ? `Should ${the(measure)} go ahead?` : null;
}

/** What carries a call signed or sent: "a petition calling for …". */
const CALLING_DOCUMENTS = new Set(['petition', 'petitions', 'letter', 'motion', 'resolution']);
/** Documents that only carry a call, never the matter themselves ("a motion" may be one). */
const CARRIED_CALLS = new Set(['petition', 'petitions', 'letter', 'letters', 'signatures']);

/**
 * "more than 760,000 names were added to a petition calling for a global ban of octopus
 * farming" → "Should octopus farming be banned?": the measure a petition (or an open letter)
 * calls for is the matter, whoever signed it.
 */
function petitionCall(tokens: Token[]): string | null {
  const at = tokens.findIndex(
    (t, i) =>
      CALLING_DOCUMENTS.has(t.lower) &&
      ['calling', 'demanding', 'urging'].includes(tokens[i + 1]?.lower ?? '') &&
      tokens[i + 2]?.lower === 'for',
  );
  return at < 0 ? null : policyMotion(tokens.slice(at + 3), null);
}

/**
 * "SPCA, SAFE and Farmwatch submitted a petition to Parliament to ban all rodeos in NZ": what a
 * petition or a letter handed in asks to be done is the matter → "Should all rodeos in NZ be
 * banned?". (Not "to Parliament": a "to" before a name is where it went.)
 */
function petitionToAct(rest: Token[]): string | null {
  // (Not a council's motion "to oppose a plan …": a motion is a step of its own procedure.)
  const doc = rest.findIndex((t, i) => i < 4 && CARRIED_CALLS.has(t.lower));
  if (doc < 0) return null;
  const to = rest.findIndex(
    (t, i) => i > doc && i <= doc + 5 && t.lower === 'to' && rest[i + 1]?.pos === 'VERB',
  );
  return to < 0 ? null : actAsked(rest[to + 1].lemma, rest.slice(to + 2));
}

/**
 * "The refusal to grant a licence for a seaweed farm off the north Cornwall coast is being hailed
 * …": what was refused is the matter, asked as the act → "Should a licence be granted for …?".
 */
function refusedAct(clause: Token[]): string | null {
  const at = clause.findIndex(
    (t, i) =>
      t.lower === 'refusal' && clause[i + 1]?.lower === 'to' && clause[i + 2]?.pos === 'VERB',
  );
  if (at < 0 || at > 2) return null;
  // (What was refused ends where the sentence's own verb begins: "… is being hailed".)
  const refused = beforeClauseVerb(clause, at + 3);
  return refused.length > 0 ? actAsked(clause[at + 2].lemma, refused) : null;
}

/** Nouns of a body's act named with who acts: "the decision of the … government to merge …". */
const OWNED_ACTS = new Set(['decision', 'move', 'bid', 'plan']);

/**
 * "The decision of the Bharatiya Janata Party (BJP) government in Uttar Pradesh to merge schools
 * with fewer than 50 students with nearby schools has triggered a storm of protests": what the
 * body decided, up to the sentence's own verb, is asked as its act → "Should the … government in
 * Uttar Pradesh merge schools …?".
 */
function decidedAct(clause: Token[]): string | null {
  const at = clause.findIndex((t, i) => i <= 1 && OWNED_ACTS.has(t.lower));
  if (at < 0 || !['of', 'by'].includes(clause[at + 1]?.lower ?? '')) return null;
  const to = clause.findIndex(
    (t, i) => i > at + 2 && t.lower === 'to' && clause[i + 1]?.pos === 'VERB',
  );
  if (to < 0) return null;
  const body = clause.slice(at + 2, to);
  if (body.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return null;
  const predicate = beforeClauseVerb(clause, to + 2);
  if (predicate.length === 0) return null;
  return `Should ${the(body)} ${clause[to + 1].lemma} ${words(predicate)}?`;
}

/**
 * A clause's opening phrase from `from` up to the first auxiliary or comma after it, where the
 * sentence's own verb begins ("… for a seaweed farm | is being hailed"). Unlike `beforeOwnVerb`,
 * any auxiliary ends it, whatever stands before it.
 */
function beforeClauseVerb(clause: Token[], from: number): Token[] {
  const end = clause.findIndex((t, i) => i >= from && (t.pos === 'AUX' || t.text === ','));
  return clause.slice(from, end > 0 ? end : clause.length);
}

/** Nouns that make a measure known by a "that" clause: "his pronouncement that … have been banned". */
const ANNOUNCING_NOUNS = new Set(
  'pronouncement announcement declaration decision decree order news confirmation'.split(' '),
);

/**
 * "President Marcos's pronouncement that offshore gaming operators (Pogos) have been banned in
 * the country "effective immediately" has been widely applauded" → "Should offshore gaming
 * operators be banned in the country?": a measure made known, however it was received, is asked
 * by what it does. Null unless the sentence's subject is such a noun and its "that" clause is a
 * passive, and the sentence goes on to tell how the news was received.
 */
function announcedMeasure(all: Token[]): string | null {
  const tokens = withoutShortBrackets(all);
  const noun = tokens.findIndex(
    (t, i) => i <= 8 && ANNOUNCING_NOUNS.has(t.lower) && tokens[i + 1]?.lower === 'that',
  );
  if (noun < 0 || tokens.slice(0, noun).some((t) => isFiniteVerb(t) || t.text === ',')) return null;
  const participle = tokens.findIndex(
    (t, i) =>
      i > noun + 2 &&
      t.pos === 'VERB' &&
      pastParticipleForm(t) &&
      ['be', 'been'].includes(tokens[i - 1].lower),
  );
  if (participle < 0) return null;
  const subject = tokens.slice(noun + 2, participle - 1);
  while (subject.length > 0 && AUXILIARY_WORDS.has(subject[subject.length - 1].lower))
    subject.pop();
  if (subject.length === 0 || subject.some((t) => isFiniteVerb(t) || t.text === ',')) return null;
  // The clause ends where its quotation or the sentence's own verb begins.
  const end = tokens.findIndex(
    (t, i) => i > participle && (/^[“"]$/u.test(t.text) || isFiniteVerb(t) || t.text === ','),
  );
  const received = tokens.some((t) => BLAMED.has(t.lower) || REACTED_PARTICIPLES.has(t.lower));
  if (end < 0 || !received) return null;
  const rest = words(tokens.slice(participle + 1, end));
  return `Should ${the(subject)} be ${tokens[participle].lower}${rest ? ` ${rest}` : ''}?`;
}
/** Auxiliaries of a "that" clause's passive: "have been", "will be", "are to be". */
const AUXILIARY_WORDS = new Set(
  'have has had will would shall should could can may might must is are was were to'.split(' '),
);
/** How news is received, besides praise and blame: "met with anger", "greeted", "welcomed". */
const REACTED_PARTICIPLES = new Set(['met', 'greeted', 'welcomed', 'questioned', 'celebrated']);

/**
 * "Specialist police trial criticised as treating areas 'like a warzone'" → "Should the
 * specialist police trial go ahead?": how a thing was received is news; the thing is the matter.
 */
function receivedHeadline(tokens: Token[]): string | null {
  const at = tokens.findIndex((t, i) => i > 0 && RECEIVED.has(t.lower));
  // ("Residents opposed to proposed nuisance bylaw": who is "opposed to" a thing is a camp, its
  // "are" dropped; the thing after "to" is the matter.)
  if (tokens[at]?.lower === 'opposed' && tokens[at + 1]?.lower === 'to') {
    const matter = tokens.slice(at + 2);
    return reactedMatter(matter) ?? goAhead(matter);
  }
  // ("Seven-judge Bench ruling on BBI process praised, criticised": what the thing is on, and a
  // hyphened modifier, are part of its noun phrase.)
  const inPhrase = (t: Token, i: number) =>
    nominalWord(t) ||
    t.text === '-' ||
    (t.pos === 'ADP' && ['on', 'of', 'for'].includes(t.lower) && i > 0);
  // ("Chlorination proposal strongly opposed": how strongly is no part of the thing.)
  const thing = tokens.slice(0, /ly$/u.test(tokens[at - 1]?.lower ?? '') ? at - 1 : at);
  if (at < 0 || !thing.every(inPhrase)) return null;
  // ("Bolivia condemned for lowering working age for children to 10": what one is blamed or
  // praised for doing is the act asked of them.)
  const blamed = actBlamedFor(thing, tokens.slice(at + 1));
  if (blamed) return blamed;
  // A court's ruling, however received, stands or falls.
  if (DECISION_NOUNS.has(headBeforePreposition(thing)?.lower ?? '')) {
    return `Should ${the(thing)} stand?`;
  }
  return goAhead(thing);
}

/**
 * "Art deco houses set for demolition" → "Should art deco houses be demolished?": what a thing is
 * set for, a change named by its noun, is asked as done to it. Null for any other headline.
 */
function setForChange(tokens: Token[]): string | null {
  const set = tokens.findIndex(
    (t, i) => i > 0 && t.lower === 'set' && tokens[i + 1]?.lower === 'for',
  );
  if (set < 0) return null;
  const noun = tokens[tokens[set + 2]?.pos === 'DET' ? set + 3 : set + 2];
  const done = noun ? CHANGE_DONE[noun.lower] : undefined;
  const subject = tokens.slice(0, set);
  if (!done || !subject.every((t) => NOUN_PHRASE_POS.has(t.pos))) return null;
  return `Should ${the(subject)} be ${done}?`;
}

/** Decisions whose passive keeps what is given or withheld: "Pub refused late licence". */
const GRANTING = new Set(['refuse', 'deny', 'grant', 'give', 'award', 'hand']);

/**
 * "Pub refused late licence", "Protesters denied permission to march": a headline's passive of
 * giving or withholding, its "is" dropped, with what was given after it → "Should the pub be
 * refused late licence?". Null for any other headline.
 */
function grantedHeadline(tokens: Token[]): string | null {
  const at = participleAfterSubject(tokens, GRANTING, (next) =>
    ['NOUN', 'ADJ', 'DET'].includes(next?.pos ?? ''),
  );
  const subject = tokens.slice(0, at);
  if (at < 0 || !subject.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) return null;
  const object = words(shortPredicate(tokens.slice(at + 1)));
  return `Should ${the(subject)} be ${tokens[at].lower} ${object}?`;
}

/** Verbs of putting a measure forward, not deciding it: "Smoking ban considered for …". */
const PUT_FORWARD = new Set('propose consider plan mull moot float urge discuss debate'.split(' '));

/**
 * "E-scooter ban proposed after complaints", "Smoking ban considered for Brighton beaches": a
 * headline's measure put forward in the passive, its "is" dropped, is asked about as a measure →
 * "Should there be a smoking ban for Brighton beaches?". Null for any other headline.
 */
function proposedMeasureHeadline(tokens: Token[]): string | null {
  const at = participleAfterSubject(
    tokens,
    PUT_FORWARD,
    // ("discussed further", "considered again": how much it is discussed says nothing of it.)
    (next) => !next || AFTER_PASSIVE.has(next.pos) || ['further', 'again'].includes(next.lower),
  );
  if (at < 0) return null;
  const measure = measureNoun([...tokens.slice(0, at), ...tokens.slice(at + 1)]);
  // ("Possible courthouse move discussed further": a plan named by its noun goes ahead or not;
  // that it is only possible is why it is discussed.)
  const plan = tokens.slice(tokens[0]?.lower === 'possible' ? 1 : 0, at);
  const head = headNoun(plan)?.lower ?? '';
  return measure ?? (MADE_KNOWN_PLANS.has(head) && plan.length > 1 ? goAhead(plan) : null);
}

/**
 * Where a headline's participle of one of `verbs` follows a subject without a verb of its own,
 * with what `takes` allows after it; -1 when there is none.
 */
function participleAfterSubject(
  tokens: Token[],
  verbs: Set<string>,
  takes: (next: Token | undefined) => boolean,
): number {
  const at = tokens.findIndex(
    (t, i) => i > 0 && verbs.has(t.lemma) && pastParticipleForm(t) && takes(tokens[i + 1]),
  );
  if (at < 0 || tokens.slice(0, at).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return -1;
  return at;
}

const PLANNED_ACTS = new Set([
  ...POLICY_NOUNS,
  'plans',
  'proposals',
  'bid',
  'move',
  'push',
  'scheme',
  'call',
  'calls',
  'movement',
  'campaign',
  // "back proposition to ban burkas": a ballot's proposal.
  'proposition',
]);

/** Where a plan heads after its verb: "moves to council", "goes before the board". */
const PLAN_HEADINGS = new Set([
  'to',
  'toward',
  'towards',
  'into',
  'before',
  'through',
  'past',
  'at',
  'on',
]);

/** How a plan fares, as a headline's last word: "Bid to ban phones in schools fails". */
const FARING = new Set(
  'fail succeed pass stall advance win falter collapse proceed progresse continue resume return sink founder'.split(
    ' ',
  ),
);

/**
 * "Plan to close Elm Street library moves forward", "Bid to ban phones in schools fails": a
 * headline whose subject is a plan to act, and whose verb says how the plan fares; the plan's
 * action is the matter → "Should Elm Street library be closed?". The verb is an "-s" word after a
 * noun (wink often tags it a noun), so only one before an adverb, a preposition or the end.
 * Null for any other headline.
 */
function plannedActHeadline(tokens: Token[]): string | null {
  const noun = tokens[0]?.pos === 'DET' ? 1 : 0;
  if (!PLANNED_ACTS.has(tokens[noun]?.lower ?? '') || tokens[noun + 1]?.lower !== 'to') return null;
  if (!verbAfterTo(tokens, noun + 2) && tokens[noun + 2]?.pos !== 'VERB') return null;
  const verb = tokens.findIndex(
    (t, k) =>
      k > noun + 3 &&
      (t.pos === 'AUX' ||
        // "Plans to repeal three strikes law killed off by …": a headline's passive participle
        // (a decision's, "… rejected", is asked as the decision: headlinePassive).
        (t.pos === 'VERB' &&
          /ed$/u.test(t.lower) &&
          !DECIDED.has(t.lemma) &&
          tokens[k - 1].pos === 'NOUN' &&
          ['ADP', 'ADV', ''].includes(tokens[k + 1]?.pos ?? '')) ||
        (/[^s]s$/u.test(t.lower) &&
          ['NOUN', 'PROPN'].includes(tokens[k - 1].pos) &&
          t.pos !== 'PROPN' &&
          (t.pos === 'VERB' ||
            tokens[k + 1]?.pos === 'ADV' ||
            // ("Calls to scrap fee rises for parks": a plural before "for" is the object's.)
            (tokens[k + 1]?.pos === 'ADP' &&
              (PLAN_HEADINGS.has(tokens[k + 1].lower) ||
                FARING.has(t.lower.replace(/e?s$/u, '')))) ||
            // Last, a word tagged a noun is a verb only if it tells how a plan fares ("… in
            // schools fails"), not a plural ("… outside school gates").
            (k === tokens.length - 1 && FARING.has(t.lower.replace(/e?s$/u, '')))))),
  );
  const faring = verb >= 0 ? plannedAct(tokens.slice(0, verb)) : null;
  if (faring) return faring;
  // "Call to ban smoking in public parks": the plan alone, with no verb of its own after its
  // infinitive's (a gerund is the object's), is the headline; so is "Call to ban vaping outside
  // school gates", whose plural noun the search above took for how the plan fares.
  return tokens.slice(noun + 3).some(isFiniteVerb) ? null : plannedAct(tokens);
}

/**
 * "All for banning dogs from beaches", "For scrapping the toll" → "Should dogs be banned from
 * beaches?": a headline standing for an act, named by its gerund. Null for anything else.
 */
function actStoodFor(tokens: Token[]): string | null {
  const forAt = ['all', 'fully', 'firmly'].includes(tokens[0]?.lower ?? '') ? 1 : 0;
  const gerund = tokens[forAt + 1];
  if (tokens[forAt]?.lower !== 'for' || !gerund || !/ing$/u.test(gerund.lower)) return null;
  if (tokens.slice(forAt + 2).some(isFiniteVerb)) return null;
  // Read as a plan's act: "a plan banning dogs from beaches".
  const plan = { ...tokens[forAt], text: 'plan', lower: 'plan', lemma: 'plan', pos: 'NOUN' };
  return policyMotion([plan, { ...gerund, pos: 'VERB' }, ...tokens.slice(forAt + 2)], null);
}

/** "plan to scrap tuition fees" → "Should tuition fees be scrapped?"; null for anything else. */
function plannedAct(tokens: Token[]): string | null {
  const noun = tokens[0]?.pos === 'DET' ? 1 : 0;
  if (!PLANNED_ACTS.has(tokens[noun]?.lower ?? '') || tokens[noun + 1]?.lower !== 'to') return null;
  // wink (or the control-verb retagging) may read an opening "Plan to" as a verb.
  const plan = { ...tokens[noun], pos: 'NOUN', text: tokens[noun].lower };
  return policyMotion([plan, ...tokens.slice(noun + 1)], null);
}

/** Verbs that pronounce a thing to be something: "declared the law unconstitutional". */
const PRONOUNCING = new Set(['declare', 'rule', 'find', 'deem', 'judge', 'hold']);
/** What a court or a body pronounces a measure to be. */
const LEGAL_VERDICTS = new Set(
  'unconstitutional constitutional illegal legal unlawful lawful invalid valid void discriminatory unreasonable'.split(
    ' ',
  ),
);
/** Most words of the thing pronounced on: "a key provision of the administration's health care law". */
const PRONOUNCED_WORDS = 14;

/**
 * "A federal judge declared a key provision of the health care law unconstitutional Monday" →
 * "Is a key provision of the health care law unconstitutional?": the verdict is the matter.
 */
function declaredVerdict(verb: Token, rest: Token[]): string | null {
  if (!PRONOUNCING.has(verb.lemma)) return null;
  const at = rest.findIndex((t) => LEGAL_VERDICTS.has(t.lower));
  if (at < 2 || at > PRONOUNCED_WORDS) return null;
  // ("ruled that 16 provisions of the state law as unconstitutional", "rules 16 of the 18
  // provisions challenged … as unconstitutional": a "that" or an "as" round the thing is the
  // verdict's, however it is written.)
  const from = rest[0].lower === 'that' ? 1 : 0;
  const thing = rest.slice(from, rest[at - 1].lower === 'as' ? at - 1 : at);
  // A finite verb or a clause in it is a sentence, not a thing ("parking law" may read as a verb);
  // a participle after a noun only describes it ("provisions challenged in …").
  const finite = (t: Token, i: number) =>
    (t.pos === 'VERB' &&
      !/ing$/u.test(t.lower) &&
      !(/ed$/u.test(t.lower) && thing[i - 1]?.pos === 'NOUN')) ||
    t.pos === 'AUX';
  if (thing.some((t, i) => t.text === ',' || finite(t, i) || t.lower === 'that')) return null;
  if (!thing.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) return null;
  const head = headBeforePreposition(thing) ?? thing[thing.length - 1];
  const plural = /[^s]s$/u.test(head.lower) && thing[0].pos !== 'DET';
  return `${plural ? 'Are' : 'Is'} ${the(thing)} ${rest[at].lower}?`;
}

/**
 * "Parking fines ruled illegal by tribunal" → "Are parking fines illegal?": a participle of
 * pronouncing with a verdict straight after it, with no auxiliary, is a headline's passive; the
 * verdict is asked of the subject. Null otherwise.
 */
function pronouncedInPassive(subject: Token[], verb: Token, rest: Token[]): string | null {
  if (!PRONOUNCING.has(verb.lemma) || !pastParticipleForm(verb) || verb.lower === 'held') {
    return null;
  }
  const verdict = rest[0];
  if (!verdict || !LEGAL_VERDICTS.has(verdict.lower) || subject.length === 0) return null;
  const head = headBeforePreposition(subject) ?? subject[subject.length - 1];
  const plural = /[^s]s$/u.test(head.lower) && !['DET', 'PROPN'].includes(head.pos);
  return `${plural ? 'Are' : 'Is'} ${the(subject)} ${verdict.lower}?`;
}

/**
 * "Local council officially declares itself willing host of nuclear waste", "… declared itself a
 * sanctuary city": what a body declares itself is what it becomes → "Should the local council be
 * a willing host of nuclear waste?".
 */
function declaredItself(verb: Token, rest: Token[], subject: Token[]): string | null {
  if (verb.lemma !== 'declare' || !['itself', 'themselves'].includes(rest[0]?.lower ?? '')) {
    return null;
  }
  const what = beforeClause(beforeComma(rest.slice(1)));
  if (what.length === 0 || what.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return null;
  const noun = what.findIndex((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
  const bare =
    noun >= 0 && !['DET', 'PRON'].includes(what[0].pos) && !/[^s]s$/u.test(what[noun].lower);
  const article = bare ? `${indefiniteArticle(what[0].lower)} ` : '';
  return `Should ${the(subject)} be ${article}${words(what)}?`;
}

/** Verbs of judging what someone did: "condemns the council for banning …". */
/** Verbs that call a thing something: "termed the … Act as draconian". */
const NAMING_AS = new Set(['term', 'brand', 'label', 'describe', 'dub', 'call']);
/** Most words of the measure named between the verb and its "as". */
const NAMED_AS_WORDS = 10;

/**
 * "have termed the recently enacted Kiambu Alcoholic Act 2020 as draconian" → "Should the
 * recently enacted Kiambu Alcoholic Act 2020 stand?": what a measure is called is the case
 * against it, or for it; whether it stands is the matter. Null unless a measure is so named.
 */
function measureNamedAs(verb: Token, rest: Token[]): string | null {
  if (!NAMING_AS.has(verb.lemma)) return null;
  const as = rest.findIndex((t, i) => i > 1 && i <= NAMED_AS_WORDS && t.lower === 'as');
  const named = rest.slice(0, as);
  if (as < 0 || named[0]?.pos !== 'DET') return null;
  const measure = named.some(
    (t) => LEGISLATION.has(t.lower) || MEASURE_HEADS.has(t.lower) || MEASURE_HEADS.has(t.lemma),
  );
  const phrase = named.every((t) =>
    ['DET', 'ADV', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'VERB'].includes(t.pos),
  );
  return measure && phrase ? `Should ${the(named)} stand?` : null;
}

/**
 * Whether the word at i stands between two capitalised words, and so is the name's: "Right to
 * Health Bill", "Bill of Rights", "the House of Representatives".
 */
function insideName(tokens: Token[], i: number): boolean {
  return /^\p{Lu}/u.test(tokens[i - 1]?.text ?? '') && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? '');
}

const JUDGING = new Set(
  'condemn slam criticise criticize blast attack praise hail applaud commend thank rebuke hit rap fault scold chide censure berate'.split(
    ' ',
  ),
);
/** Most words of the one judged: "Spelthorne Borough Council", "the city's transport chief". */
const JUDGED_WORDS = 6;

/**
 * "Badenoch condemns Spelthorne Borough Council for banning the St George's flag from its
 * building" → "Should Spelthorne Borough Council ban the St George's flag from its building?":
 * who judges is a voice; the act judged is the matter.
 */
function actJudged(verb: Token, rest: Token[]): string | null {
  if (!JUDGING.has(verb.lemma)) return null;
  const forAt = rest.findIndex((t) => t.lower === 'for');
  const act = rest[forAt + 1];
  if (forAt < 1 || forAt > JUDGED_WORDS || act?.pos !== 'VERB' || !/ing$/u.test(act.lower)) {
    return null;
  }
  const judged = rest.slice(0, forAt);
  const named = (t: Token, i: number) =>
    ['DET', 'NOUN', 'PROPN', 'ADJ', 'PART'].includes(t.pos) ||
    (t.lower === 'of' && insideName(judged, i));
  if (!judged.every(named)) return null;
  const predicate = shortPredicate(beforeComma(rest.slice(forAt + 2)));
  if (predicate.length === 0) return null;
  return `Should ${the(judged)} ${act.lemma} ${words(predicate)}?`;
}

/** Verbs of asking a higher body to undo a decision: "appeals the fine", "challenges the ban". */
const CHALLENGING = new Set(['appeal', 'challenge', 'contest']);
/** Decisions one appeals or challenges. */
const CHALLENGED = new Set(
  'fine penalty ban ruling decision verdict sentence order conviction judgment judgement suspension permit permission licence license approval consent'.split(
    ' ',
  ),
);
/** Participles of a decision given to someone: "granted to", "issued to". */
const GRANTED = new Set(['grant', 'issue', 'give', 'award']);
/** Most words before a challenged decision's noun: "a €1.49 billion ($1.7 billion) fine". */
const CHALLENGED_REACH = 10;

/**
 * "Google appeals $1.7 billion EU fine over ad contracts" → "Should the $1.7 billion EU fine over
 * ad contracts stand?": who appeals is a party; whether the decision stands is the matter.
 */
function challengedDecision(verb: Token, rest: Token[]): string | null {
  if (!CHALLENGING.has(verb.lemma)) return null;
  const object = rest[0]?.lower === 'against' ? rest.slice(1) : rest;
  const at = object.findIndex((t) => CHALLENGED.has(t.lemma) && t.pos === 'NOUN');
  if (at < 0 || at > CHALLENGED_REACH) return null;
  const before = object.slice(0, at);
  const finite = (t: Token) => (t.pos === 'VERB' && !/ing$/u.test(t.lower)) || t.pos === 'AUX';
  if (before.some((t) => finite(t) || t.text === ',')) return null;
  // What it is about ("over ad contracts") stays; who imposed it and when ("laid against it by
  // the Commission", "on Monday") does not.
  let end = at + 1;
  if (['over', 'for', 'on'].includes(object[end]?.lower ?? '') && !object[end + 1]?.measure) {
    end++;
    while (end < object.length && ['NOUN', 'ADJ', 'PROPN'].includes(object[end].pos)) end++;
  }
  // ("the permit granted to Joseph Portelli": whom it was granted to says which it is.)
  if (GRANTED.has(object[end]?.lemma ?? '') && object[end + 1]?.lower === 'to') {
    const to = end + 2;
    end = to;
    while (end < object.length && ['PROPN', 'NOUN', 'DET'].includes(object[end].pos)) end++;
    if (end === to) end = at + 1;
  }
  const phrase = object.slice(0, end);
  const determined = ['DET', 'PRON'].includes(phrase[0].pos) || possessiveMark(phrase[1]);
  const text = words(phrase).replace(/^(?:a|an|one)\s+/iu, '');
  return `Should ${determined && !/^(?:a|an|one)\b/iu.test(phrase[0].lower) ? '' : 'the '}${text} stand?`;
}

/** "A nuclear plant" → "a nuclear plant". */
function lowerFirst(text: string): string {
  return NAME_ARTICLE.test(text) ? text : text.replace(/^(?:A|An)\b/u, (w) => w.toLowerCase());
}

/** A body's leaving a treaty or a union: "pullout from", "withdrawal from", "exit from". */
const WITHDRAWALS = new Set(['pullout', 'withdrawal', 'exit', 'departure']);

/** Verbs of backing a measure another carries out: "backs law forcing employers to …". */
const BACKING = new Set(['back', 'support', 'endorse']);
/** "3 reasons not to lower the voting age", "Five ways to fix the buses": the act, group 1. */
const LISTED_REASONS =
  /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:reasons|arguments|ways)\s+(?:why\s+)?(?:not\s+)?(?:to|we\s+should(?:n't|\s+not)?)\s+(\p{Ll}[^?.!:]*)$/iu;
const WELCOME_GIVING = new Set(['give', 'offer', 'extend']);
const BILL_NOUNS = new Set(['bill', 'legislation', 'measure']);
/** Verbs of a bill's way through a legislature. */
const BILL_PROGRESS = new Set([
  'head',
  'go',
  'move',
  'advance',
  'clear',
  'pass',
  'reach',
  'stall',
  'lapse',
]);
const OPPOSING = new Set([
  'oppose',
  'reject',
  'condemn',
  'denounce',
  'criticise',
  'criticize',
  'slam',
  'decry',
  'deplore',
  'dismiss',
  'attack',
]);
/** A crowd's acts against something: "protested against …", "rally against …". */
const PROTESTING = new Set([
  'protest',
  'rally',
  'march',
  'demonstrate',
  'campaign',
  'petition',
  'storm',
  'picket',
  'besiege',
]);
/** What a camp celebrates over a plan: "their 'huge win' over the plan to …". */
const WINS = new Set(['win', 'victory', 'triumph']);
/** Verbs of a crowd's feeling at news: "are celebrating after …", "rejoiced as …". */
const CELEBRATING = new Set(['celebrate', 'rejoice', 'cheer', 'fume', 'despair', 'mourn']);
/** Nouns of a change of course: "made a U-turn", "signalled a climbdown". */
const COURSE_CHANGES = new Set(['u-turn', 'climbdown', 'climb-down', 'reversal']);
/** Objects that make any verb procedural: "opened its debate", "sent a letter". */
const PROCEDURE_NOUNS = new Set(
  'debate hearing talks discussion letter statement interview appeal case decision ruling speech meeting questions reporters journalists approval lawsuit suit complaint'.split(
    ' ',
  ),
);
/** A modal of possibility reports a finding, not a plan: "X may help Y" → "Does X help Y?". */
const HEDGES = new Set(['may', 'might', 'could']);
/** "…, study suggests": what a study reports, at the end of a headline. */
const FINDING = new Set(['suggest', 'find', 'show', 'indicate']);
/** A newsroom's word for its source: ", Pakistan Today has learnt", ", it has emerged". */
const NEWSROOM_LEARNING = new Set(['learnt', 'learned', 'understands', 'emerged', 'transpired']);
const FIRST_PERSON = new Set(['i', 'we']);
const PROJECT_NOUNS = new Set([
  'project',
  'pipeline',
  'scheme',
  'plan',
  'deal',
  'programme',
  'program',
  'reform',
]);
const PRONOUN_SUBJECTS = new Set(['she', 'he', 'they', 'it']);
const POSSESSIVES = new Set(['her', 'his', 'their', 'its']);

/** A motion longer than this many words ranks below a shorter one of nearly the same score. */
const LONG_MOTION_WORDS = 25;
const LONG_MOTION_PENALTY = 0.1;

function rank(c: MotionCandidate): number {
  const long = c.text.split(/\s+/u).length > LONG_MOTION_WORDS;
  return c.score - (long ? LONG_MOTION_PENALTY : 0);
}

/** Ranked yes/no motions a moderator can pick from, best first. */
export function motionCandidates(article: ParsedArticle): MotionCandidate[] {
  const seen = new Set<string>();
  const written = `${article.title}\n${article.body}`;
  const ranked = motionDrafts(article)
    .map((c) => ({
      ...c,
      text: spellingAsWritten(nameAsWritten(neutralWording(c.text), article.body), written),
    }))
    .filter((c) => {
      const key = c.text.toLowerCase();
      if (seen.has(key) || motionProblems(c.text, written).length > 0) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => rank(b) - rank(a));
  if (ranked.length === 0 && article.title.trim() !== '') {
    // Never empty when there is a headline: ask about the headline as it stands (without its
    // rubric, but with all of its end: "… being "bad for Britain"" keeps its quotation).
    const whole = article.title.trim().replace(/[.?!:;]+$/u, '');
    const rubricless = withoutRubric(article.title)
      .trim()
      .replace(/[.?!:;]+$/u, '');
    // (A teaser after a question is left out; a quotation the headline ends on is not.)
    const at = whole.indexOf(rubricless);
    const tail = at >= 0 ? whole.slice(at + rubricless.length) : '';
    // ("Taxi drivers to stage Uber protest outside council offices": what a reaction left of
    // the headline is no headline; only a rubric ends on its colon, question mark or quotation.)
    const cut = at > 0 ? whole.slice(0, at) : '';
    const reaction = cut !== '' && !/[:?.!'’"”]\s*$/u.test(cut);
    const title = reaction ? whole : /^\s*["“‘']/u.test(tail) ? `${rubricless}${tail}` : rubricless;
    ranked.push({
      text: `Do you agree with “${title}”?`,
      origin: 'HEADLINE',
      score: FALLBACK_SCORE,
      sourceSpans: [],
    });
  }
  return ranked;
}

/**
 * "a bill on Wednesday that would provide …", "a bill on Tuesday similar to …": the day a report
 * puts between a noun and its relative clause or modifier tells when it happened, not what the
 * measure is ("Should shops open on Sunday?" keeps its day, and a ban its: "a ban on Sunday
 * trading").
 */
const DAY_BEFORE_CLAUSE =
  /(?<!\b(?:ban|bans|limits?|restrictions?|curbs?))\s+on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?(?=\s+(?:that|which|who|similar|despite|amid|following|after|\p{Ll}+ing)\s)/giu;

/** A verdict's participle at the end of a question with no "be" or "have" before it. */
const VERDICT_AT_END = new RegExp(
  `(?<=^(?:(?!\\b(?:be|been|being|is|are|was|were|has|have|had)\\b)[^?])*\\S)\\s+(?:${VERDICT_PARTICIPLES})\\?$`,
  'u',
);
const PLACE_VOTERS =
  /^Should (?:the )?(?:voters|residents|citizens|electors) (?:in|of) (?=\p{Lu})/u;
/** "Should the survey not take place?": the same question without "not" weighs the act. */
const SHOULD_NOT = /^(Should\s[^?]*?)\s+not\s+(?=(?:take\s+place|go\s+ahead|proceed)\?$)/u;
const DENIAL_ASKED =
  /^((?:Is|Are|Was|Were)\s[^?]*?)(?<!\b(?:but|and|or))\s+not\s+(?!only\b|just\b|least\b)(?=\p{Ll})/u;
/**
 * "Should X stop Y from issuing Z?": who is stopped, the act they are stopped from and its object
 * (without a report's verb run on after it: "… has been turned down by the courts").
 */
const BODY_STOPPED_FROM =
  /^Should\s[^?]*?\s(?:stop|stopped|stopping|prevent|prevented|preventing|bar|barred|barring|block|blocked|blocking|restrain|restrained|restraining)\s([^?]*?)\sfrom\s+(\p{Ll}{3,}ing)((?:\s+(?:out|off|up|down))?)\s+([^?]+?)(?:\s+(?:has|have|had|was|were|is|are)\s[^?]*)?\?$/u;
/** A body that may be stopped from an official act: "the planning authority", "the Government". */
const BODY_WORD =
  /\b(?:authority|authorities|government|council|ministry|bank|board|agency|commission|department|city|state)\b/iu;
/** "Should No dogs be allowed …": a headline's "No" before whom a permission is refused. */
const NONE_ALLOWED = /^Should No (\p{Ll}[^?]*?) be (allowed|permitted)\b/u;
/** "Should X ensure (that) Y are shut …": the thing and the state it is to be kept in. */
const ENSURED_STATE =
  /^Should\s[^?]*?\s(?:ensure|make\s+sure)\s+(?:that\s+)?([^?]+?)\s+(?:are|is)\s+(?=\p{Ll}+(?:ed|en)\b|(?:shut|kept|held|built|sold|left|cut|set|put|paid)\b)/u;
const THERE_BE_DEFINITE = /^Should there be ((?:the|this|its|their)\s[^?,]+)\?$/u;

/** A first sentence shorter than this is a hook before the lede. */
const HOOK_WORDS = 8;

/** What may follow a name that heads its phrase: its possessive, a stop, a verb of its own. */
const NAME_AS_HEAD =
  "['’]s\\b|[,.;:]|\\s+(?:is|was|has|had|said|says|will|would|could|can|and|in|on|of|to)\\b";

/**
 * "Should Louvre hike prices?": a headline drops the article a name takes; a name the body writes
 * after "the" every time it names it ("the Louvre", "the Kremlin") gets it back.
 */
function nameAsWritten(text: string, body: string): string {
  const opened =
    /^(?:Should|Does|Do|Is|Are|Has|Have|Can|Will) (\p{Lu}[\p{Ll}'’-]+)(?= \p{Ll})/u.exec(text);
  if (!opened) return text;
  const name = opened[1];
  const uses = [
    ...body.matchAll(
      new RegExp(`(\\S+)?\\s*(?<![\\p{L}])${name}(?![\\p{L}])(${NAME_AS_HEAD})?`, 'gu'),
    ),
  ];
  // (At least once as the phrase's head: "the Harbourton city council" names the council.)
  if (!uses.some((u) => u[2]) || uses.some((u) => u[1]?.toLowerCase() !== 'the')) return text;
  const at = opened[0].length - name.length;
  return `${text.slice(0, at)}the ${text.slice(at)}`;
}

/** A draft with what a report adds to its matter taken out; none of it is the matter. */
function neutralWording(text: string): string {
  return (
    text
      // "Should there be the prospective Istanbul Canal?": a thing named as already meant is asked
      // whether it should go ahead.
      .replace(THERE_BE_DEFINITE, 'Should $1 go ahead?')
      // "Should the municipal commissioner ensure meat shops are shut during Navratri?": the state
      // to be ensured is the matter, whoever is to see to it.
      .replace(ENSURED_STATE, 'Should $1 be ')
      // "Should No pregnant student be allowed to return to school?" (of "No pregnant student will
      // be allowed to return …"): whether one may is the same question as whether none may.
      .replace(NONE_ALLOWED, (_, who: string, allowed: string) => {
        const plural = /s$/u.test(who.split(/\s+/u).at(-1) ?? '');
        return `Should ${plural ? who : `${indefiniteArticle(who)} ${who}`} be ${allowed}`;
      })
      // "Should voters in Bristol abolish its …?": a place's voters decide for the place.
      .replace(PLACE_VOTERS, 'Should ')
      // "Are new whip rules not pandering to …?": a denial asked as a question reads as leading;
      // the same question without "not" weighs the charge.
      .replace(DENIAL_ASKED, '$1 ')
      .replace(SHOULD_NOT, '$1 ')
      // "Denmark says plan to seize refugees' valuables misunderstood": a verdict on the plan,
      // with its "is" dropped, is no part of the act.
      .replace(VERDICT_AT_END, '?')
      // "Should the Rosebank oil field be just approved?": when it was done is the report's.
      .replace(
        /\bbe (?:just|recently|finally|already|officially|now) (?=\p{Ll}+(?:ed|en)\b)/u,
        'be ',
      )
      .replace(DAY_BEFORE_CLAUSE, '')
      .replace(REACTION_TAIL, '')
      .replace(DRIVE_TAIL, '')
      // ("a controversial oil … project" → "an oil … project": the article agrees with what follows.)
      .replace(LABELLED, (_, article: string, next: string) =>
        /^an?$/iu.test(article) ? `${indefiniteArticle(next)} ` : `${article} `,
      )
      .replace(PART_OF_DAY, '')
      .replace(SECOND_PAST_PREDICATE, '')
      .replace(VERB_LIST_COMMA, ' and ')
      .replace(VOTE_TO, ' ')
      .replace(VOTE_TALLY, '')
      .replace(BY_MARGIN, '')
      // "a suite of tax reforms[1]": a page's note markers are no words.
      .replace(/\[\d{1,3}\]/gu, '')
      // "… only weeks before polling day": how close to another event it came is the report's.
      .replace(
        /,?\s+(?:only|just)\s+(?:hours|days|weeks|months)\s+(?:before|after|ahead\s+of)\b[^?]*(?=\?$)/u,
        '',
      )
      .replace(MEETING_END, '')
      // "Should a request stop the planning authority from issuing a permit for a kiosk?": what a
      // body is to be stopped from doing is the matter, asked of the thing it would be done to.
      .replace(
        BODY_STOPPED_FROM,
        (whole, body: string, gerund: string, particle = '', object: string) => {
          if (!BODY_WORD.test(body)) return whole;
          // ("deploying police officers to Haiti on a UN-backed mission": where to, after the verb,
          // when a short object comes first; not "a permit for a kiosk … next to the belvedere".)
          const where = /^(\S+(?:\s+\S+){0,3}?)(\s(?:to|in|on|at|into)\s.*)$/u.exec(object);
          const short = where && !/\s(?:for|of|with)\s/u.test(where[1]);
          const done = `${pastParticiple(gerundLemma(gerund))}${particle}`;
          return short
            ? `Should ${where[1]} be ${done}${where[2]}?`
            : `Should ${object} be ${done}?`;
        },
      )
      // "Does the basic income grant see the light of day …?": whether it will is a forecast;
      // whether it should go ahead is the question.
      .replace(
        /^(?:Does|Do|Will|Should)\s+([^?]+?)\s+see\s+the\s+light\s+of\s+day\b[^?]*\?$/u,
        'Should $1 go ahead?',
      )
      // "Should Parker adopt an indoor shooting range amid neighbors' opposition?": what an act is
      // taken amid or despite is the report's circumstance, not part of the act.
      .replace(/,?\s+(?:amid|amidst|despite)\s[^?]*(?=\?$)/u, '')
      // "… relief road through Elgin in a bid to save money?" (of "scrapped plans to create … in a
      // bid to save money"): why someone acted is the report's, whichever act it was.
      .replace(/,?\s+in\s+an?\s+(?:bid|effort|attempt)\s+to\s[^?]*(?=\?$)/u, '')
      // "Should its twinning arrangement be cancelled …?" (of "a town … over a decision to cancel
      // its twinning arrangement"): an owner's pronoun opening the question asks about "the" one,
      // when the thing is named in two words or more ("their number" names nothing), or is moved
      // somewhere named ("Should their market be relocated to a … modern market?").
      .replace(
        /^(Should|Is|Are) (?:its|their) (?=\p{Ll}+ (?!be\b|go\b|stand\b)\p{Ll}+|\p{Ll}+ be \p{Ll}+ed (?:to|from|into|onto) )/u,
        '$1 the ',
      )
      // "… to sell on the sidewalks even?": the "even" of an "even as" clause cut off after it.
      .replace(/,?\s+even\?$/u, '?')
      // "Should ban on the kite-flying festival be upheld?": a headline's bare measure takes "the".
      .replace(BARE_MEASURE_OPENING, '$1 the $2 ')
  );
}

/**
 * "… for new developments during a virtual meeting Tuesday?", "… be required after a revote on
 * the provision …?": where or after what it was decided is the report's.
 */
const MEETING_END = new RegExp(
  `\\s+(?:(?:on|in|by)\\s+(?:a\\s+)?(?:${[...CLOSE_VOTES].join('|')})\\s+vote` +
    `|(?:during|at)\\s+(?:a|an|the|its|their)\\s+(?:[\\p{L}-]+\\s+){0,2}(?:${[...SITTING_NOUNS].join('|')})` +
    `|(?:after|following)\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+)?(?:(?:re-?)?vote|referendum|ballot))\\b[^?]*(?=\\?$)`,
  'u',
);

/**
 * "… fluoridated in a 4-1 vote late Tuesday after facing heavy opposition from residents …?": the
 * tally, its hour and what the body went through before it voted are the report's, not the matter.
 * Not "after being …"; and only after a tally ("wait six months after getting a licence" is the
 * matter).
 */
const VOTE_TALLY =
  /,?\s+(?:in|by|with)\s+an?\s+(?:\d+\s*[-–]\s*\d+|\d+\s+to\s+\d+|unanimous|narrow|split)\s+vote(?:\s+(?:late|early|last))?(?:\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)?(?:\s+(?:morning|afternoon|evening|night))?(?:,?\s+after\s+(?!being\b)\p{Ll}+ing\s[^?]*(?=\?$))?(?=[\s,?])/giu;

/** "By a 2-1 vote Tuesday", "In a unanimous vote": a tally opening the sentence. */
const OPENING_TALLY =
  /^(?:in|by|with)\s+an?\s+(?:\d+\s*[-–]\s*\d+|\d+\s+to\s+\d+|unanimous|narrow|split)\s+vote\b/iu;

/** "… by a wide margin", "… by a 46-14 margin": how far the vote went is the report's. */
const BY_MARGIN =
  /,?\s+by\s+(?:an?\s+(?:wide|narrow|large|huge|slim|clear|comfortable|big|\d+\s*[-–]\s*\d+)\s+margin\b|[\d,]+\s+votes?\s+to\s+[\d,]+(?:\s+[-–—]\s+a\s+majority\s+of\s+[\d,]+)?)/giu;

/** "the controversial Peaceful Assembly Bill": how a report labels the measure is no part of it. */
const LABELLED =
  /(?<![\p{L}'’])(the|a|an|this|its|their|his|her|[\p{L}.]+['’]s)\s+(?:(?:controversial|contentious|divisive|much-critici[sz]ed|so-called)\s+)+(?=(\S+))/giu;

/** "Should the commissioners vote 3-2 to rezone …?": the tally was the news; the act is the matter. */
const VOTE_TO = /\s+vote\s+(?:\d+\s*[-–]\s*\d+|unanimously)\s+to\s+(?=\p{Ll})/u;

/** "ban plastic bags Tuesday night": when, to the hour, is the report's. */
const PART_OF_DAY =
  /\s+(?:on\s+|last\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:morning|afternoon|evening|night)\b(?!['’]s\b)/giu;

/** "Should X ban plastic bags but postponed a vote on …?": a second predicate in the past is news. */
const SECOND_PAST_PREDICATE = /,?\s+but\s+(?:also\s+|then\s+)?\p{Ll}+ed\s[^?]*(?=\?$)/u;

/** "Should the council ban plastic bags, impose paper bag fee?": a headline's list of two verbs. */
const VERB_LIST_COMMA =
  /,\s+(?=(?:impose|introduce|raise|cut|ban|scrap|end|close|open|add|charge|require|allow|approve|reject|delay|extend|build|sell|fund|freeze|lift|cap)\s[^,?]*\?$)/u;

/** "…, to the delight of campaigners?": how the news was taken is not part of the matter. */
const REACTION_TAIL =
  /,\s+(?:much\s+)?to\s+the\s+(?:\p{L}+\s+)?(?:delight|dismay|anger|relief|fury|disappointment|joy|frustration|surprise|horror|annoyance)\s+of\b[^?]*(?=\?$)/iu;

/** "… to be DNA tested in poo crackdown?": the drive an act is part of is the report's frame. */
const DRIVE_TAIL =
  /\s+in\s+(?:an?\s+|the\s+|its\s+)?(?:[\p{L}-]+\s+){0,2}(?:crackdown|clampdown|purge)(?=\?$)/iu;

/** How many opening sentences a reported call is looked for in, and its rank below the lede's. */
const REPORTED_CALL_REACH = 8;
const REPORTED_CALL_SCORE = 0.55;

/**
 * Every candidate the rules make, before the grammar check and de-duplication: what
 * `eval:seeding -- --motions --drafts` lists with the grammar check's reasons.
 */
export function motionDrafts(article: ParsedArticle): MotionCandidate[] {
  const out: MotionCandidate[] = [];
  // Where the article writes a word as a name: its headline counts as much as its body.
  const written = `${article.title}\n${article.body}`;
  // "(Corrects paragraph 7 to show …)", "(Adds quote from the minister)": an editor's note in
  // brackets says how the story changed, not what it is about.
  // A picture's caption and credit are not the story (photo-captions.ts).
  const captions = photoCaptions(article);
  const sentences = article.paragraphs
    .filter(
      (p, i) =>
        !isDateline(p.text) &&
        !isPageFurniture(p.text) &&
        !/^\([^()]*\)$/u.test(p.text.trim()) &&
        !captions.has(i),
    )
    .flatMap((p) => p.sentences)
    .map(withoutSalutation)
    .map((s) => ({ ...s, text: withoutCapsOpening(s.text) }));
  // A question heading ("## Is a ban the right tool?") is the article asking its own question.
  for (const section of article.sections) {
    const q = fromQuestion({ text: section.heading, start: section.start, end: section.end });
    if (q) out.push({ ...q, score: Math.max(q.score, HEADING_QUESTION_SCORE) });
  }
  for (const s of sentences) {
    const q = fromQuestion(s);
    if (q) out.push(q);
  }
  // "Armed teachers? Bad idea.": a page whose first line asks after a thing puts it in question.
  const opening = sentences[0];
  const thing = opening ? askedThing(tokenize(opening.text), article.body) : null;
  if (opening && thing) {
    out.push({ text: thing, origin: 'QUESTION', score: 0.7, sourceSpans: [span(opening)] });
  }
  // ("What is the Proposed Calif. Bill to Pay NCAA Athletes?" opening a page with no headline of
  // its own: an explainer's question.)
  const openingExplained =
    opening && article.titleDerived
      ? // (Its capitals read against the rest of the page, not against itself.)
        explainedThing(
          sentenceCaseHeadline(opening.text.trim(), article.body.replace(opening.text, '')),
        )
      : null;
  if (opening && openingExplained) {
    out.push({
      text: openingExplained,
      origin: 'QUESTION',
      score: 0.7,
      sourceSpans: [span(opening)],
    });
  }
  // A first line without closing punctuation under a label ("FOR IMMEDIATE RELEASE") is the
  // real headline; the lede is the sentence after it.
  // (A closing quotation mark ends a headline too unless a full stop stands before it: "… but
  // Muslims say it is 'racist'".)
  let lede = sentences[0];
  if (lede && sentences.length > 1 && !/[.!?]["”'’)]*$/u.test(lede.text.trim())) {
    // (Without a quotation that labels it: its words keep their places in the body.)
    const unlabelled = withoutQuotedLabel(lede.text);
    const from = lede.start + lede.text.length - unlabelled.length;
    const h = fromClause(
      tokenize(unstressedHeadline(unlabelled, article.body.replace(lede.text, '')), from),
      'HEADLINE',
      [span(lede)],
      written,
    );
    if (h) out.push(h);
    lede = sentences[1];
  }
  if (lede) {
    const l = fromClause(tokenize(lede.text, lede.start), 'LEDE', [span(lede)], written);
    if (l) out.push(findingAsClaim(l, lede.text));
  }
  if (!article.titleDerived) {
    // What is not the headline's own claim comes off, in this order, before it is read.
    const claim = [
      withoutUnopenedQuote,
      withoutQuotedLabel,
      withoutQuotedEpithets,
      withoutQuotedPredicate,
      withoutRubric,
      firstExclaimed,
      withoutSpeakerTail,
      withoutEventTail,
      withoutVerdictChoice,
      withoutExplainerOpening,
    ].reduce((title, strip) => strip(title), article.title);
    // ("… To Protest Possible Elimination of …" → "Possible Elimination of …": a headline whose
    // opening words came off starts mid-sentence, its first word no sentence's.)
    const title = article.title.trim();
    const midSentence = title.endsWith(` ${claim.trim()}`);
    const headline = withoutQuotedVerb(sentenceCaseHeadline(claim, article.body, !midSentence));
    // A headline that asks a yes/no question ("Should four-day school weeks spread?") is the
    // article's own motion, as a question heading is.
    const asked = fromQuestion({ text: headline, start: 0, end: 0 });
    if (asked) {
      out.push({
        ...asked,
        origin: 'HEADLINE',
        sourceSpans: [],
        score: Math.max(asked.score, HEADING_QUESTION_SCORE),
      });
    }
    // "The arguments for and against lowering the voting age to 16": the matter weighed; so is
    // the matter of an explainer of a fuss, or of work begun, named outright.
    const bothWays =
      weighedBothWays(tokenize(headline)) ??
      caseMade(tokenize(headline)) ??
      controversyExplained(headline) ??
      workBegunOn(article.title);
    if (bothWays) out.push({ text: bothWays, origin: 'HEADLINE', score: 0.8, sourceSpans: [] });
    const h = bothWays ? null : fromClause(tokenize(headline), 'HEADLINE', [], written);
    if (h) out.push(h);
    // "Court refuses case; sky banner ban stays": when the first clause asks nothing, the clause
    // after the semicolon may name the matter.
    // ("Protest held in Novi Sad, protesters demand a referendum on GUP": so may the clause after
    // the comma that closes an event held, whatever the first clause gave.)
    const afterSemicolon = /;\s+(\S.*)$/u.exec(article.title.trim())?.[1];
    const afterEvent = EVENT_HELD_OPENING.exec(article.title.trim())?.[1];
    const clauseAfter = (!h && !bothWays ? afterSemicolon : undefined) ?? afterEvent;
    const second =
      clauseAfter !== undefined
        ? fromClause(
            tokenize(sentenceCaseHeadline(clauseAfter, article.body)),
            'HEADLINE',
            [],
            written,
          )
        : null;
    if (second) out.push(second);
    // "Ban on weedkiller fentrazine" (what is left of "Farmers react with fury to …"): a measure
    // named without a verb asks whether there should be it.
    // "Ban on plastic bags pierces hearts of traders": a measure as the headline's subject, with
    // what it does to people after it, asks whether there should be the measure.
    const subject = bothWays ? null : measureSubject(tokenize(headline));
    if (subject) out.push({ text: subject, origin: 'HEADLINE', score: 0.72, sourceSpans: [] });
    // "Live export ban: Industry warns it'll 'financially devastate' farmers": a measure named as
    // the headline's label is the matter its story reacts to.
    const labelled = labelMeasure(article.title, article.body);
    if (labelled) out.push({ text: labelled, origin: 'HEADLINE', score: 0.62, sourceSpans: [] });
    // The readings below only read the headline's tokens, so they share one tokenization.
    const headlineTokens = tokenize(headline);
    // (Read on the whole title: "No going back on SilverLine:" is no rubric.)
    const held = /^no\s/iu.test(article.title.trim())
      ? courseHeld(tokenize(sentenceCaseHeadline(article.title, article.body)))
      : null;
    if (held) out.push({ text: held, origin: 'HEADLINE', score: 0.78, sourceSpans: [] });
    const bare =
      h || bothWays || subject
        ? null
        : (bareMeasure(headlineTokens) ??
          debatedThing(headlineTokens) ??
          verdictHeadline(headlineTokens, article.body) ??
          noMore(headlineTokens) ??
          sparksDebate(headlineTokens) ??
          urgedAct(headlineTokens) ??
          askedThing(headlineTokens, article.body) ??
          gerundQuestion(headlineTokens) ??
          gerundHeadline(headlineTokens) ??
          quarrelledOver(headlineTokens) ??
          foughtHeadlineThing(article.title, headlineTokens) ??
          crowdAgainst(headlineTokens));
    if (bare) out.push({ text: bare, origin: 'HEADLINE', score: 0.7, sourceSpans: [] });
    // "Patients suffer as doctors’ strike against MTI Act enters 11th day", "Relocation threatens
    // extinction of …", "Facing Backlash Over Prohibition Policy, …": a measure in an "as" clause,
    // an act said to endanger something or a thing facing a backlash is the matter beside
    // whatever the main clause reads as.
    const beside =
      measureInAsClause(headlineTokens) ??
      threateningAct(headlineTokens) ??
      reactionFaced(headlineTokens) ??
      sittingWalkedOut(headlineTokens) ??
      matterFeltOver(headlineTokens) ??
      changeNegotiated(headlineTokens) ??
      protestUnderWayAgainst(headlineTokens) ??
      thingNamingCamp(headlineTokens) ??
      labelledThing(headlineTokens) ??
      changeNamed(headlineTokens) ??
      underReview(headlineTokens) ??
      actRuledOut(headlineTokens) ??
      opposedByCarrier(headlineTokens);
    if (beside) out.push({ text: beside, origin: 'HEADLINE', score: 0.7, sourceSpans: [] });
    // "The bedroom tax explained", "What is the two-child benefit cap?": an explainer's thing.
    // ("What is the Proposed Calif. Bill to Pay NCAA Athletes? Fair Pay to Play Act Explained.":
    // each sentence of a headline of two.)
    for (const part of headline.trim().split(/(?<=\?)\s+/u)) {
      const thing = explainedThing(part);
      if (thing) out.push({ text: thing, origin: 'HEADLINE', score: 0.7, sourceSpans: [] });
    }
    // "What's behind the ban on inclusive language in Buenos Aires schools?": the measure whose
    // reasons an explainer asks about is the matter.
    const behind = WHAT_BEHIND.exec(headline.trim());
    const behindTokens = behind ? tokenize(behind[1]) : [];
    const behindThing =
      behind && namesMeasure(headNoun(behindTokens)) ? foughtThing(behindTokens) : null;
    // (Its own articles kept: the question is written out, not in headline style.)
    if (behindThing) {
      out.push({ text: behindThing, origin: 'POLICY', score: 0.7, sourceSpans: [] });
    }
    // "The Big Read: With ban in HDB flats set to be lifted, can pet cats coexist …?": what is set
    // to happen, in the opening "with" phrase, is the matter.
    const setTo = WITH_SET_TO.exec(article.title.trim());
    const setThing = setTo ? tokenize(setTo[1]) : [];
    if (setTo && setThing.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) {
      out.push({
        text: `Should ${the(setThing)} ${setTo[2]}?`,
        origin: 'HEADLINE',
        score: 0.7,
        sourceSpans: [],
      });
    }
    // "Rejecting new data law, VPN provider removes servers in India": the measure a headline's
    // opening stance is on, whatever its subject then does.
    const stanceOn = STANCE_OPENING.exec(article.title.trim());
    const stanceThing = stanceOn ? tokenize(stanceOn[1]) : [];
    if (stanceOn && isMeasureHead(stanceThing.at(-1))) {
      out.push({
        text: `Should ${the(stanceThing)} stand?`,
        origin: 'HEADLINE',
        score: 0.7,
        sourceSpans: [],
      });
    }
    // "Thumbs up to expanding island airport": a verdict on an act named by its gerund.
    const thumbs = /^thumbs\s+(?:up|down)\s+(?:to|for)\s+(\S.*)$/iu.exec(headline.trim());
    const thumbed = thumbs ? gerundAct(tokenize(thumbs[1])) : null;
    if (thumbed) out.push({ text: thumbed, origin: 'HEADLINE', score: 0.75, sourceSpans: [] });
    // "Semenya is born to run — so let her": a column's call to let someone do a thing.
    const letThem = letThemDo(headline);
    if (letThem) out.push({ text: letThem, origin: 'HEADLINE', score: 0.75, sourceSpans: [] });
    const ours = weNeed(headline);
    if (ours) out.push({ text: ours, origin: 'HEADLINE', score: 0.75, sourceSpans: [] });
    // "#NoToJeepneyPhaseout: Transport strikes …": a campaign's hashtag names what it is against.
    const campaign = hashtagCampaign(article.title);
    if (campaign) out.push({ text: campaign, origin: 'HEADLINE', score: 0.7, sourceSpans: [] });
    // "Solar geoengineering? Not in our skies, say Indigenous groups.": the kicker's thing.
    const kicker = bare ? undefined : /^[^?]+\?(?=\s+\S)/u.exec(article.title)?.[0];
    // (With no verb to go with, a word in "-ing" there names the thing: "geoengineering".)
    const kicked = kicker
      ? askedThing(
          tokenize(kicker).map((t, i) =>
            i > 0 && t.pos === 'VERB' && /ing$/u.test(t.lower) ? { ...t, pos: 'NOUN' } : t,
          ),
          article.body,
        )
      : null;
    if (kicked) out.push({ text: kicked, origin: 'HEADLINE', score: 0.7, sourceSpans: [] });
    const views = viewsGivenOn(headline);
    if (views) out.push({ text: views, origin: 'HEADLINE', score: 0.7, sourceSpans: [] });
    const quarrel = quarrelGoesOn(headlineTokens);
    if (quarrel) out.push({ text: quarrel, origin: 'HEADLINE', score: 0.7, sourceSpans: [] });
    const answered = answeredOn(headline);
    if (answered) out.push({ text: answered, origin: 'HEADLINE', score: 0.7, sourceSpans: [] });
    // "Dueling rallies held as city council considers ban on …": the clause after "as" weighs it.
    const as = headlineTokens.findIndex(
      (t, i) => i > 1 && ['as', 'while', 'when'].includes(t.lower),
    );
    const weighed =
      fromDeliberation(headlineTokens, written) ??
      (as > 0
        ? fromDeliberation(tokenize(headline.slice(headlineTokens[as + 1]?.start ?? 0)), written)
        : null);
    if (weighed) out.push(weighed);
    // "… as Flock Safety camera contract is under review": a thing under review is in dispute.
    const reviewed =
      as > 0 ? underReview(tokenize(headline.slice(headlineTokens[as + 1]?.start ?? 0))) : null;
    if (reviewed) out.push({ text: reviewed, origin: 'HEADLINE', score: 0.7, sourceSpans: [] });
  }
  for (const s of sentences.slice(0, 3)) {
    const p = fromPolicy(s);
    if (p) {
      out.push(p);
      break;
    }
  }
  // "… turned in 2,500 signatures to put a question on the ballot that would restrict …".
  for (const s of sentences.slice(0, 3)) {
    const petitioned = petitionedAct(tokenize(s.text, s.start));
    if (petitioned) {
      out.push({ text: petitioned, origin: 'POLICY', score: 0.75, sourceSpans: [span(s)] });
      break;
    }
  }
  // "4. Proposal to install CCTV cameras in Victoria Park": a meeting's item, or any line standing
  // as a heading, that names a proposal names the matter the meeting decides.
  for (const line of itemLines(article)) {
    const p = fromPolicy(line);
    if (p) {
      out.push({ ...p, score: ITEM_SCORE });
      break;
    }
  }
  // "The lead author said the drug should be sold only on prescription": a reported call (or
  // a petition's).
  for (const s of sentences.slice(0, REPORTED_CALL_REACH)) {
    const tokens = stripEnd(tokenize(s.text, s.start));
    const call = reportedCall(tokens) ?? petitionCall(tokens);
    if (call) {
      out.push({
        text: call,
        origin: 'POLICY',
        score: REPORTED_CALL_SCORE,
        sourceSpans: [span(s)],
      });
      break;
    }
  }
  // Nothing well-formed yet, and the lede stands alone in its paragraph: it may be a standfirst
  // ("Residents will decide in a referendum whether …"), so the next paragraph's first sentence
  // is read as the lede too.
  const settled = out.some((c) => motionProblems(c.text, written).length === 0);
  // "Apple isn't happy.": a first paragraph of a few words is the story's hook; its lede follows.
  const hook = lede !== undefined && lede.text.split(/\s+/u).length < HOOK_WORDS;
  const next = lede && (!settled || hook) ? nextParagraphStart(article, lede) : null;
  const second = next && fromClause(tokenize(next.text, next.start), 'LEDE', [span(next)], written);
  if (second) out.push(second);
  // "The ballot question, which …, would raise …": what a measure would do, read after the lede
  // (it says what the measure does, not always what is disputed).
  for (const s of sentences.slice(0, 3)) {
    const would = measureWould(s);
    if (would) {
      out.push(would);
      break;
    }
  }
  // A shorter form of the lede's and the headline's candidates, without the time or the
  // circumstance at their end, ranked below every other candidate.
  for (const c of out.filter((x) => x.origin === 'LEDE' || x.origin === 'HEADLINE')) {
    if (motionProblems(c.text, written).length > 0) continue;
    const short = withoutClosingAdjunct(c.text);
    if (short) out.push({ ...c, text: short, score: SHORTER_SCORE });
    // Ranked above the cut without the closing phrase, which may take the figure with it.
    const target = withoutRangeStart(c.text);
    if (target) out.push({ ...c, text: target, score: SHORTER_SCORE + 0.01 });
    const owned = withoutWhomFor(c.text);
    if (owned) out.push({ ...c, text: owned, score: SHORTER_SCORE - 0.01 });
  }
  return (
    out
      .map((c) => (c.origin === 'HEADLINE' ? withHeadlineArticle(c) : c))
      // "Overcrowded Venice begins charging …", "Embattled Kelby …": the headline's epithet for a
      // name is its colour, not the matter.
      .map((c) => (c.origin === 'HEADLINE' ? withoutNameEpithet(c, article.body) : c))
      .map((c) => ({
        ...c,
        text: withoutPastTime(
          withoutSecondTo(
            asApproval(
              withoutRanking(withoutProcedureAdjunct(withoutReason(withoutEffectOnPeople(c.text)))),
            ),
          ),
        )
          .replace(/\s+\?$/u, '?')
          // "Ban on Sunday trading in Poland in 2020??": a question headline's own mark is the question's.
          .replace(/\?\?$/u, '?')
          // "between 10am and 4pm.?": a sentence's full stop is not the question's (but "U.S." keeps its own).
          .replace(/(?<!(?:^|[\s.])\p{L})\.\?$/u, '?'),
      }))
  );
}

/**
 * "Is a ban of the nut in Port Moresby unrealistic because so many people rely on selling it …?"
 * → "Is a ban of the nut in Port Moresby unrealistic?": the reason given is an argument, for the
 * debate to weigh, not part of the motion.
 */
function withoutReason(question: string): string {
  const cut = question.replace(/,?\s+because\s+(?!of\b)[^?]+\?$/u, '?');
  return cut.split(/\s+/u).length >= MIN_KEPT + 1 ? cut : question;
}

/** Participles of what a decision did to people, after it and a comma: ", puzzling tourists". */
const EFFECTS_ON_PEOPLE = new Set(
  'puzzling baffling confusing angering infuriating enraging outraging upsetting frustrating dismaying irking annoying alarming worrying delighting pleasing sparking prompting triggering'.split(
    ' ',
  ),
);

/**
 * "Should Rome ban sitting on Spanish Steps, puzzling hot and tired tourists?" → "Should Rome ban
 * sitting on Spanish Steps?": how the act struck people, told after it, is news, not the act.
 */
function withoutEffectOnPeople(question: string): string {
  const comma = question.lastIndexOf(', ');
  const [next] = question
    .slice(comma + 2)
    .toLowerCase()
    .split(/\s+/u);
  if (comma < 0 || !EFFECTS_ON_PEOPLE.has(next)) return question;
  const cut = `${question.slice(0, comma)}?`;
  return cut.split(/\s+/u).length >= MIN_KEPT + 1 ? cut : question;
}

/** "Should the council grant itself a pay raise recently?": when the news happened is no part of an act. */
function withoutPastTime(question: string): string {
  return /^Should /u.test(question)
    ? question
        .replace(PAST_TIME_END, '?')
        .replace(INSTRUMENT_END, '?')
        .replace(DECIDER_END, (all, participle: string) => ` be ${participle}?`)
    : question;
}

/**
 * "Should a ban on smoking in bars be upheld Thursday by the Kentucky Supreme Court (search)?":
 * the day a decision was made, who made it and a bracket after it (a page's link marker) are
 * the news; the matter is whether the measure should be upheld. (Not who should run, own or pay
 * for a thing: "Should Port City be run by the Government?" asks exactly that.)
 */
const DECIDER_END =
  /\s+be\s+(?!(?:run|owned|managed|operated|controlled|governed|administered|funded|financed|paid\s+for)\s+by\b)(\p{Ll}+)(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday))?(?:\s+by\s+(?:the\s+)?\p{Lu}[^?()]*(?:\s*\([^()]*\))?|\s*\([^()]*\))\?$/u;

/**
 * "Should Canada ban keeping whales in captivity with 'Free Willy' bill?": the measure the act
 * was done with, named at the end, is how the news happened, not what is asked.
 */
const INSTRUMENT_END =
  /\s+(?:with|through|via|under)\s+(?:(?:a|an|the|its|their)\s+)?(?:new\s+)?(?:['‘"“][^'’"”]{1,40}['’"”]\s+|(?:\p{Lu}[\p{L}-]*\s+){1,3})?(?:bill|law|act|ordinance|measure|legislation|decree|executive order)\?$/u;

const PAST_TIME_END =
  /\s+(?:recently|lately|earlier this (?:week|month|year)|last (?:week|month|year)|yesterday)\?$/u;

/**
 * "Should the council turn off the cameras and to repeal the ordinance?" (of "voted to turn off
 * … and to repeal …"): the second act joins the question's bare verb without its "to".
 */
function withoutSecondTo(question: string): string {
  const at = question.indexOf(' and to ');
  if (!/^Should /u.test(question) || at < 0 || question.slice(0, at).includes(' to ')) {
    return question;
  }
  return `${question.slice(0, at)} and ${question.slice(at + ' and to '.length)}`;
}

/**
 * "Should plans for a solar park near Truro be rejected by Cornwall Council?" → "Should plans for
 * a solar park near Truro be approved?": a proposal is debated for and against itself, whatever
 * the decision that made the news (asked as its refusal, its opponents would be for the motion).
 */
function asApproval(question: string): string {
  return question
    .replace(DEFEATED_BILL, 'Should $1 become law?')
    .replace(REFUSED_PROPOSAL, 'Should $1 be approved?')
    .replace(REFUSED_PERMISSION, 'Should $1 be approved?')
    .replace(PERMISSION_WITHHELD, 'Should $1 be granted for $2?')
    .replace(DECISION_CHALLENGED, 'Should $1 stand?');
}

/**
 * "Should the Gloucestershire M5 service station decision be challenged?": a challenge to a
 * decision is procedure; whether the decision should stand is the matter.
 */
const DECISION_CHALLENGED =
  /^Should\s+(the\s+.+?\s+(?:decision|ruling|verdict|approval|permission))\s+be\s+(?:challenged|appealed|contested|questioned|disputed)\?$/u;

/**
 * "Should An Bord Pleanála reject the planning permission for Shannon LNG terminal?": who
 * withholds a permission is news; whether the thing should have it is the matter.
 */
const PERMISSION_WITHHELD =
  /^Should [^?]+? (?:reject|refuse|deny|withhold) (?:the )?((?:planning )?(?:permission|consent)) for ([^?]+)\?$/u;

/** "Should the wind farm be refused?": refusing is what a planning body does to an application. */
const REFUSED_PERMISSION = /^Should (.+?) be refused(?: by [^?]+)?\?$/u;

/** "Should the Treaty Principles Bill be voted down?": a bill is debated as whether it becomes law. */
const DEFEATED_BILL =
  /^Should ((?:the |a |an )?[^?]{0,60}?\b(?:[Bb]ill|[Ll]egislation)) be (?:voted down|rejected|defeated|thrown out)(?: by [^?]+)?\?$/u;

const REFUSED_PROPOSAL =
  /^Should ((?:the |a |an )?(?:plans?|proposals?|applications?|bids?|scheme) (?:for|to) [^?]+?) be (?:rejected|refused|turned down|thrown out)(?: by [^?]+)?\?$/u;

/** Times an act's ranking may name instead of a place: "the last day of …". */
const TIME_RANKED = /^\s+(?:day|days|time|times|year|years|week|weeks|night|chance)\b/u;

/**
 * "Should the city become one of a handful in the country to eliminate parking minimums?", "…
 * would be the first in the state to ban fracking?": where the act would rank the place is news;
 * the act is the matter → "Should the city eliminate parking minimums?".
 */
function withoutRanking(question: string): string {
  const m = RANKED_ACT.exec(question);
  if (!m) return question;
  // ("… to mark what could be the last day of being allowed to perform …": a time that is the
  // last, inside a clause of its own, ranks no act.)
  if (/\b(?:what|which|that|who)$/iu.test(m[1]) || TIME_RANKED.test(m[2])) return question;
  const rest = tokenize(m[3]);
  // After "to", a bare verb (wink may tag "ban" a noun), not "to the …".
  if (!['VERB', 'NOUN'].includes(rest[0]?.pos ?? '') || rest[0].lower !== rest[0].lemma) {
    return question;
  }
  return `Should ${m[1]} ${m[3]}`;
}

const RANKED_ACT =
  /^Should (.+?) (?:(?:would|will|could) )?(?:become|be) (?:the (?:first|second|third|latest|last|only|next)|one of|among)\b(.*?) to (\p{Ll}[^?]*\?)$/u;

/** "a" or "an" before `word`, by its first letter ("an ordinance", "a ban"). */
/** "an SF ban", "an NHS plan", "a UK ban": an acronym's article goes by its first letter's sound. */
function acronymArticle(acronym: string): 'a' | 'an' {
  return /^[AEFHILMNORSX]/u.test(acronym) ? 'an' : 'a';
}

function indefiniteArticle(word: string): 'a' | 'an' {
  // ("a Uganda miniskirt ban", "a one-off fee", "an hourly rate": by the sound, not the letter.)
  if (/^(?:uni|use|usu|uti|ura|uga|uk\b|eu|ewe|one\b|one-|once)/iu.test(word)) return 'a';
  if (/^(?:hour|honest|honou?r|heir)/iu.test(word)) return 'an';
  return /^[aeiou]/iu.test(word) ? 'an' : 'a';
}

/** The first sentence of the paragraph after the one `sentence` opens, if that one has one only. */
function nextParagraphStart(
  article: ParsedArticle,
  sentence: ParsedSentence,
): ParsedSentence | null {
  const at = article.paragraphs.findIndex((p) => p.sentences[0]?.start === sentence.start);
  if (at < 0 || article.paragraphs[at].sentences.length !== 1) return null;
  const next = article.paragraphs.slice(at + 1).find((p) => !isDateline(p.text));
  return next?.sentences[0] ?? null;
}

/**
 * "… ban petrol leaf blowers in residential streets at its meeting on Tuesday?" → "… in
 * residential streets?": where and when a body meets to decide is procedure, not the matter.
 */
function withoutProcedureAdjunct(question: string): string {
  return question
    .replace(
      /\s+(?:at|during)\s+(?:its|a|the|their|his|her|next|this)\s+(?:(?:next|weekly|monthly|annual|full|special)\s+)?(?:meeting|hearing|session|sitting)\b[^?,]*\?$/u,
      '?',
    )
    .replace(DATED_SITTING, '')
    .replace(READING_STAGE, '');
}

/** "… be passed on third and final reading?": the stage a bill has reached is procedure. */
const READING_STAGE =
  /\s+(?:on|at|in)\s+(?:its\s+|the\s+)?(?:first|second|third|final)(?:\s+and\s+final)?\s+reading\b/giu;

/**
 * "… amendment at Monday night's meeting go ahead?", "at last week's hearing": a sitting named by
 * its day is procedure wherever it stands.
 */
const DATED_SITTING =
  /\s+(?:at|during)\s+(?:(?:last|next|this)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|week|month|night)(?:\s+(?:morning|afternoon|evening|night))?['’]s\s+(?:(?:weekly|monthly|annual|full|special|council)\s+)?(?:meeting|hearing|session|sitting)\b/giu;

/**
 * "Should smoking age rise to 21?" → "Should the smoking age rise to 21?": headlines drop their
 * articles; a subject of two or more lower-case words whose head is a singular common noun takes
 * "the" back (a plural, a name, a gerund or a single word stays as it is: "Should face coverings
 * be …", "Should tobacco be …").
 */
function withHeadlineArticle(c: MotionCandidate): MotionCandidate {
  const tokens = tokenize(c.text);
  // (Not an infinitive of the subject's noun: "Should right to strike be restricted?".)
  let verb = tokens.findIndex(
    (t, i) => i > 1 && (t.pos === 'VERB' || t.pos === 'AUX') && tokens[i - 1].lower !== 'to',
  );
  if (verb < 0) {
    // wink may read all of "smoking age rise to 21" as nouns: the word before the first
    // preposition is the verb.
    verb = tokens.findIndex((t) => t.pos === 'ADP' || t.pos === 'PART' || t.pos === 'PUNCT') - 1;
  }
  if (verb < 2 || !OPENERS_TAKING_ARTICLE.has(tokens[0].lower)) return c;
  const object = bareMeasureObject(tokens, verb);
  const text = object
    ? `${c.text.slice(0, object.start)}the ${c.text.slice(object.start)}`
    : c.text;
  if (verb < 3) return { ...c, text };
  // "Should use of glyphosate be ended?": a noun with its "of" phrase takes the article too; so
  // does one with its infinitive ("right to strike").
  const of = tokens.findIndex(
    (t, i) =>
      i > 1 &&
      i < verb &&
      (t.lower === 'of' || (t.lower === 'to' && tokens[i + 1]?.pos === 'VERB')),
  );
  const subject = tokens.slice(1, of > 0 ? of : verb);
  const head = subject[subject.length - 1];
  // ("Should 600-year-old oak be saved?": a hyphened age or size is one lower-case modifier.)
  const hyphened = (i: number) =>
    subject[i + 1]?.text === '-' || subject[i - 1]?.text === '-' || subject[i].text === '-';
  const bare = subject.every(
    (t, i) =>
      (['NOUN', 'ADJ', 'VERB'].includes(t.pos) && /^\p{Ll}[\p{Ll}-]*$/u.test(t.text)) ||
      (hyphened(i) && (t.pos === 'NUM' || t.text === '-')),
  );
  // (wink may tag the noun before "of" a verb: "use of".)
  const noun = head?.pos === 'NOUN' || (of > 0 && head?.pos === 'VERB');
  // ("Should using smoky coal be banned?": a gerund opening the subject with its object takes
  // none either; "busking ban" is a compound, its "-ing" word straight before the noun.)
  const gerund =
    subject[0].pos === 'VERB' &&
    /\p{L}{2}ing$/u.test(subject[0].lower) &&
    subject[1]?.pos !== 'NOUN';
  if (!bare || !noun || gerund || head.lower !== head.lemma || /(?:ing|s)$/u.test(head.lower)) {
    return { ...c, text };
  }
  return {
    ...c,
    text: `${text.slice(0, subject[0].start)}the ${text.slice(subject[0].start)}`,
  };
}

/** Verbs done to a measure already proposed or in force: its object is "the" measure. */
const ACTED_ON_MEASURES = new Set(
  'repeal deny reject approve scrap overturn uphold block lift end drop axe kill back oppose delay reverse halt'.split(
    ' ',
  ),
);

/**
 * "… repeal plastic bag ban?", "… deny Gladys solar farm proposal?": a headline's object of two
 * or more words, without an article, whose head is a singular measure or plan; its first token
 * (where "the" goes back), or null.
 */
function bareMeasureObject(tokens: Token[], verb: number): Token | null {
  if (tokens[verb].pos !== 'VERB') return null;
  let end = verb + 1;
  while (['NOUN', 'ADJ', 'PROPN'].includes(tokens[end]?.pos ?? '')) end++;
  const object = tokens.slice(verb + 1, end);
  const head = object[object.length - 1];
  if (object.length < 2 || !['PUNCT', 'ADP', undefined].includes(tokens[end]?.pos)) return null;
  if (!ACTED_ON_MEASURES.has(tokens[verb].lemma) || tokens[end]?.text === '-') return null;
  if (head.pos !== 'NOUN' || head.lower !== head.text || head.lower !== head.lemma) return null;
  if (/s$/u.test(head.lower)) return null;
  if (!(
    MEASURE_HEADS.has(head.lower) ||
    MEASURE_NOUNS.has(head.lower) ||
    isMeasureCarrier(head.lower)
  ))
    return null;
  return object[0];
}

const OPENERS_TAKING_ARTICLE = new Set(['should', 'is', 'does', 'will', 'can']);

/**
 * "Is Millbrook's night-time curfew for people under eighteen unconstitutional?" → "Is
 * Millbrook's night-time curfew unconstitutional?": a subject made definite by its owner's name
 * keeps its meaning without the "for …" phrase that says whom it applies to.
 */
function withoutWhomFor(question: string): string | null {
  const tokens = tokenize(question.replace(/\?$/u, ''));
  if (!['is', 'are'].includes(tokens[0]?.lower ?? '') || tokens[1]?.pos !== 'PROPN') return null;
  if (!["'s", '’s'].includes(tokens[2]?.text ?? '')) return null;
  const last = tokens[tokens.length - 1];
  const forAt = tokens.findIndex((t, i) => i > 3 && t.lower === 'for');
  if (forAt < 0 || last.pos !== 'ADJ' || forAt >= tokens.length - 2) return null;
  const head = tokens.slice(3, forAt);
  const between = tokens.slice(forAt + 1, -1);
  if (
    !head.some((t) => t.pos === 'NOUN') ||
    between.some((t) => t.pos === 'VERB' || t.pos === 'AUX')
  ) {
    return null;
  }
  return `${question.slice(0, tokens[forAt].start).trimEnd()} ${last.text}?`;
}

/**
 * "… be raised from $11 to $15 an hour?" → "… be raised to $15 an hour?": of a change from one
 * figure to another, the figure aimed at is the matter; where it starts is background.
 */
function withoutRangeStart(question: string): string | null {
  // "… rise from 18 to 21 next year?": when is background beside the figure aimed at.
  const timed = question.replace(
    /(\sto\s+[$£€]?\d[\d.,]*\S*)\s+(?:next|this|last)\s+(?:year|month|week|spring|summer|autumn|winter|decade)\?$/u,
    '$1?',
  );
  const short = timed.replace(
    /\s+from\s+(?:[$£€]?\d[\d.,]*\s?(?:%|mph|km\/h|years?|months?|hours?|per cent|percent)?|the age of \d+)\s+(?=to\s+[$£€]?\d)/u,
    ' ',
  );
  return short !== question && short !== timed ? short : null;
}

const SHORTER_SCORE = 0.45;
const ORDINAL = /^(?:first|second|third|fourth|fifth|last|next|\d+(?:st|nd|rd|th))$/u;
/** Words a shortened question keeps at least ("Should X ban Y"). */
const MIN_KEPT = 4;
/** Openers of a closing adjunct of circumstance: "… following Trump election loss". */
const CIRCUMSTANCE = new Set([
  'following',
  'ahead',
  'amid',
  'amidst',
  'after',
  'despite',
  'before',
  'until',
  'during',
]);

/**
 * "Should X begin the transition following the election loss?" → "Should X begin the
 * transition?"; "… in England from June 15?" → "… in England?": a closing phrase of time or
 * circumstance cut off; null when there is none or too little would be left.
 */
function withoutClosingAdjunct(question: string): string | null {
  const tokens = tokenize(question.replace(/\?$/u, ''));
  // The closing run of words of time ("from the first of July"), cut at its first preposition.
  let from = tokens.length;
  while (
    from > 0 &&
    (tokens[from - 1].measure ||
      TIME_WORDS.has(tokens[from - 1].lower) ||
      ORDINAL.test(tokens[from - 1].lower) ||
      MONTH_NAMES.has(tokens[from - 1].text) ||
      ['DET', 'ADP', 'NUM'].includes(tokens[from - 1].pos))
  ) {
    from--;
  }
  let cut = tokens.findIndex((t, i) => i >= from && t.pos === 'ADP');
  // "ahead of Fourth of July", "in time for …": the "of" belongs to the word before it.
  if (
    cut > 0 &&
    tokens[cut].lower === 'of' &&
    ['ahead', 'because', 'instead'].includes(tokens[cut - 1].lower)
  ) {
    cut--;
  }
  const isTime = (t: Token) => t.measure || TIME_WORDS.has(t.lower) || MONTH_NAMES.has(t.text);
  if (cut < 0 || !tokens.slice(cut).some(isTime)) {
    // Or a closing phrase of circumstance: "… following Trump election loss".
    cut = tokens.findLastIndex(
      (t, i) =>
        CIRCUMSTANCE.has(t.lower) &&
        ['ADP', 'VERB', 'ADV'].includes(t.pos) &&
        (t.lower !== 'ahead' || tokens[i + 1]?.lower === 'of'),
    );
    if (cut >= 0 && tokens.slice(cut).some((t) => [',', '"', '”'].includes(t.text))) cut = -1;
  }
  // A verb after the cut means the phrase sat inside the subject ("pupils who go to bed after
  // ten do worse …"), not at the end of the question.
  if (cut < MIN_KEPT || tokens.slice(cut + 1).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) {
    return null;
  }
  return `${question.slice(0, tokens[cut].start).trimEnd()}?`;
}

function span(s: Pick<ParsedSentence, 'start' | 'end'>) {
  return { start: s.start, end: s.end };
}

const DELIBERATION_SCORE = 0.8;
/** What people feel about a thing, which they may talk over: "discuss fears over …". */
const WORRIES = new Set(['fear', 'fears', 'concerns', 'worry', 'worries', 'doubts', 'objection']);
/** What a legislature passes rather than adopts. */
const LEGISLATION = new Set(['bill', 'law', 'amendment', 'act', 'budget', 'ordinance', 'bylaw']);

/**
 * "Lisbon weighs tourist tax rise to fund housing" → "Should Lisbon adopt a tourist tax rise to
 * fund housing?": what a headline's subject weighs is the measure in dispute, and a purpose
 * clause after it stays (the general rewrite keeps only the purpose, "Should Lisbon fund housing?").
 */
function fromDeliberation(headline: Token[], written: string): MotionCandidate | null {
  const tokens = lowerHeadlineStart(headline, 'HEADLINE', written);
  let verb = mainVerbIndex(tokens);
  let score = DELIBERATION_SCORE;
  // "L.A. City Council set to consider …": the weighing after a forecast.
  if (
    verb > 0 &&
    HEADLINE_FORECASTS.has(tokens[verb].lower) &&
    tokens[verb + 1]?.lower === 'to' &&
    DELIBERATING.has(tokens[verb + 2]?.lemma ?? '')
  ) {
    verb += 2;
  }
  // "Dallas City Council postpones vote on ban of …": what a vote is put off on is weighed.
  const subjectVerb = verb;
  const putOff =
    verb > 0 &&
    PUTTING_OFF.has(tokens[verb].lemma) &&
    SITTINGS.has(tokens[verb + 1]?.lower ?? '') &&
    ['on', 'over'].includes(tokens[verb + 2]?.lower ?? '');
  if (putOff) {
    verb += 2;
    // Below a lede's reading: the headline tells of the sitting, the lede of the act.
    score = DELIBERATION_SCORE - 0.1;
  } else if (verb < 1 || !DELIBERATING.has(tokens[verb].lemma)) {
    // Ranked with the procedure-in-headline reading of the same words, below a lede's candidate.
    score = DELIBERATION_SCORE - 0.1;
    // "Senate debates bill on rent caps": headlines drop their articles, and wink may read the
    // "-s" form after the subject as a noun.
    verb = tokens.findIndex(
      (t, i) =>
        i > 0 &&
        t.pos === 'NOUN' &&
        /s$/u.test(t.lower) &&
        DELIBERATING.has(t.lemma) &&
        ['NOUN', 'PROPN'].includes(tokens[i - 1].pos) &&
        (['NOUN', 'DET', 'ADJ'].includes(tokens[i + 1]?.pos ?? '') ||
          (tokens[i + 1]?.pos === 'PROPN' && tokens[i + 2]?.pos === 'NOUN')),
    );
  }
  if (verb < 1 || (!DELIBERATING.has(tokens[verb].lemma) && !putOff)) return null;
  // "Millford council to weigh …", "Council will weigh …": the subject ends before the "to" or
  // the modal.
  let subjectEnd = putOff ? subjectVerb : verb;
  while (
    subjectEnd > 1 &&
    (tokens[subjectEnd - 1].lower === 'to' ||
      MODALS.has(tokens[subjectEnd - 1].lower) ||
      (HEADLINE_FORECASTS.has(tokens[subjectEnd - 1].lower) && tokens[subjectEnd]?.lower === 'to'))
  ) {
    subjectEnd--;
  }
  // "11 states consider …": how many weigh it is news; the states are who would act.
  const counted = tokens[0].pos === 'NUM' && subjectEnd > 1 ? 1 : 0;
  const subject = tokens.slice(counted, subjectEnd);
  if (!subject.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) return null;
  let end = verb + 1;
  // A word written joined to the one before ("four-day") belongs to the phrase, hyphen and all.
  // "school uniform grant": a last word wink reads as a verb after nouns ("grant", "ban") is the
  // phrase's head when nothing of a clause follows it.
  const headVerb = (i: number) =>
    tokens[i].pos === 'VERB' &&
    tokens[i - 1].pos === 'NOUN' &&
    i > verb + 1 &&
    (i === tokens.length - 1 || ['ADP', 'PART', 'PUNCT'].includes(tokens[i + 1].pos));
  // "fracking ban", "smoking ban": an "-ing" word before a noun names its kind.
  const kind = (t: Token, i: number) =>
    t.pos === 'VERB' && /ing$/u.test(t.lower) && tokens[i + 1]?.pos === 'NOUN';
  // ("ATV regulations": a name before a noun names its kind.)
  const inPhrase = (t: Token, prev: Token, i: number) =>
    ['DET', 'ADJ', 'NOUN', 'NUM'].includes(t.pos) ||
    (t.pos === 'PROPN' && tokens[i + 1]?.pos === 'NOUN') ||
    (t.start === prev.end && t.text !== ',') ||
    headVerb(i) ||
    kind(t, i);
  // "‘right to repair’": a phrase in quotation marks is one name, whatever its words.
  const closing = OPENING_QUOTES.has(tokens[end]?.text ?? '')
    ? tokens.findIndex((t, i) => i > end && CLOSING_QUOTES.has(t.text))
    : -1;
  const quoted = closing > end + 1;
  if (quoted) end = closing + 1;
  while (end < tokens.length && inPhrase(tokens[end], tokens[end - 1], end)) end++;
  // "Orby weighs lifting busking ban": a weighed act, in a gerund, is asked as the act.
  const weighedAct = putOff ? null : gerundAct(tokens.slice(verb + 1));
  if (weighedAct) return { text: weighedAct, origin: 'HEADLINE', score, sourceSpans: [] };
  const phrase = tokens.slice(verb + 1, end);
  const head = quoted ? tokens[closing - 1] : phrase[phrase.length - 1];
  if (!head || (head.pos !== 'NOUN' && !headVerb(end - 1) && !quoted)) return null;
  // ("Fishermen discuss fears over trawling ban plan": fears talked over are no measure to
  // adopt; what they are over is the matter.)
  const reaction = [head.lower, head.lemma].some(
    (w) => HEADLINE_REACTIONS.has(w) || REACTIONS_MET.has(w) || WORRIES.has(w),
  );
  if (!quoted && reaction && REACTED_TO.has(tokens[end]?.lower ?? '')) {
    const thing = goAhead(tokens.slice(end + 1));
    return thing ? { text: thing, origin: 'HEADLINE', score, sourceSpans: [] } : null;
  }
  // "on fireworks", "for civil servants", "to fund housing": what the measure is of, or for.
  let rest = end;
  // ("fines for/SCONJ feeding turkeys": wink may tag "for" a conjunction before a gerund.)
  const forGerund = tokens[rest]?.lower === 'for' && /ing$/u.test(tokens[rest + 1]?.lower ?? '');
  if (['ADP', 'PART'].includes(tokens[rest]?.pos ?? '') || forGerund) {
    // "horse-drawn": a hyphen written inside a word is no break.
    const joined = (i: number) => tokens[i].text === '-' && tokens[i].start === tokens[i - 1].end;
    while (
      rest < tokens.length &&
      tokens[rest].text !== ',' &&
      (tokens[rest].pos !== 'PUNCT' || joined(rest))
    ) {
      rest++;
    }
  }
  const text = (from: number, to: number) => words(tokens.slice(from, to));
  const bare = phrase[0].pos !== 'DET' && head.lower === head.lemma && !/s$/u.test(head.lower);
  const article = bare ? `${indefiniteArticle(phrase[0].text)} ` : '';
  // "council weighs …" → "the council": a lone common noun for a body takes its article back.
  const lone = subjectEnd === 1 && tokens[0].pos === 'NOUN' && tokens[0].lower === tokens[0].lemma;
  // "L.A. City Council" is a body's name, which takes "the" (the()).
  const who = lone ? `the ${text(0, 1)}` : the(subject);
  // A body passes a bill or a law; it adopts a plan, a ban, a tax.
  const act = LEGISLATION.has(head.lemma) ? 'pass' : 'adopt';
  // ("Heated crowd discusses ATV regulations": a gathering that talks it over adopts nothing;
  // residents who weigh a ban at the ballot box may.)
  const talkers = GATHERINGS.has(subject[subject.length - 1].lower);
  const plural = /[^s]s$/u.test(head.lower);
  const question = talkers
    ? `Should there be ${plural ? '' : article}${text(verb + 1, rest)}?`
    : `Should ${who} ${act} ${article}${text(verb + 1, rest)}?`;
  return { text: question, origin: 'HEADLINE', score, sourceSpans: [] };
}

/** Gatherings of people that talk a matter over: no body that could adopt it. */
const GATHERINGS = new Set(['crowd', 'crowds', 'meeting', 'forum', 'audience']);

/**
 * "Decision on Olympic plebiscite delayed" → "Should there be an Olympic plebiscite?". Null
 * unless a decision (or a vote) on a thing named by nouns is put off.
 */
function putOffDecisionOn(subject: Token[], verb: Token): string | null {
  if (!PUTTING_OFF.has(verb.lemma)) return null;
  // "ticket office closure plans delayed": a plan put off is asked whether it should go ahead.
  const last = subject[subject.length - 1];
  if (subject.length > 1 && last.pos === 'NOUN' && PLANNED_ACTS.has(last.lower)) {
    return `Should ${the(subject)} go ahead?`;
  }
  const at = subject[0]?.pos === 'DET' ? 1 : 0;
  if (!['decision', 'vote'].includes(subject[at]?.lower ?? '')) return null;
  if (!['on', 'over'].includes(subject[at + 1]?.lower ?? '')) return null;
  const thing = subject.slice(at + 2);
  if (thing.length === 0 || !thing.every((t) => ['ADJ', 'NOUN', 'PROPN'].includes(t.pos))) {
    return null;
  }
  const text = words(thing);
  return `Should there be ${indefiniteArticle(text)} ${text}?`;
}

/** Putting a vote off: "postpones vote on …", "delays decision over …". */
const PUTTING_OFF = new Set(['postpone', 'delay', 'defer', 'table', 'schedule', 'push']);
const SITTINGS = new Set(['vote', 'decision', 'hearing', 'debate', 'ruling']);

/** What a body may put off besides its vote: "delayed discussions of the … Project". */
const TALKS_PUT_OFF = new Set([...SITTINGS, 'discussion', 'discussions', 'talks']);
/** Where a reaction may be faced: "faces opposition at hearing", "… at council meeting". */
const SITTINGS_ATTENDED = new Set([...TALKS_PUT_OFF, 'meeting']);

/**
 * "defers vote again over controversial Parking Meter Project", "has further delayed discussions
 * of the Parking Meter Project" → "Should the Parking Meter Project go ahead?". Null unless a
 * verb of putting off takes a sitting, then "on", "over" or "of" and a thing.
 */
function sittingPutOff(verb: Token, rest: Token[]): string | null {
  if (!PUTTING_OFF.has(verb.lemma)) return null;
  const at = rest.findIndex((t, i) => i <= 1 && TALKS_PUT_OFF.has(t.lower));
  const of = at + (rest[at + 1]?.lower === 'again' ? 2 : 1);
  if (at < 0 || !['on', 'over', 'of'].includes(rest[of]?.lower ?? '')) return null;
  const thing = withoutEpithet(rest.slice(of + 1));
  return opposedChange(thing) ?? (namesThingDone(beforeClause(thing)) ? goAhead(thing) : null);
}

/** A headline's forecast before the act: "Council set to weigh …", "Board poised to …". */
const HEADLINE_FORECASTS = new Set(['set', 'poised', 'due', 'expected', 'likely', 'ready']);
const OPENING_QUOTES = new Set(['‘', '“', '"', "'"]);
const CLOSING_QUOTES = new Set(['’', '”', '"', "'"]);

/** "The question remains: Will X, or will Y?" → "Will X?" (yes/no questions only). */
function fromQuestion(s: Pick<ParsedSentence, 'text' | 'start' | 'end'>): MotionCandidate | null {
  if (!s.text.trim().endsWith('?')) return null;
  let text = s.text.trim();
  const colon = text.lastIndexOf(': ');
  if (colon >= 0) text = text.slice(colon + 2);
  const first = text.split(/\s+/u)[0]?.toLowerCase() ?? '';
  if (!QUESTION_OPENERS.has(first)) return null;
  // "Do you regret the vote?": an interviewer's question to a person, not the matter.
  if (text.split(/[^\p{L}']+/u).some((w) => SECOND_PERSON.has(w.toLowerCase()))) return null;
  const either = /,?\s+or\s+(?:will|should|would|is|are|do|does|can|could)\b/iu.exec(text);
  if (either) text = `${text.slice(0, either.index)}?`;
  if (text.split(/\s+/u).length < 5) return null;
  const score = first === 'should' ? 0.95 : 0.55;
  return { text: capitalise(text), origin: 'QUESTION', score, sourceSpans: [span(s)] };
}

/**
 * "urged the minister to …", "wants 16-year-olds to vote …", "pressured Congress to repeal …",
 * "advised government to keep its hands off …": asks someone to act.
 */
const CALLING_ON = new Set([
  'urge',
  'want',
  'press',
  'implore',
  'pressure',
  'push',
  'force',
  'advise',
]);
/** What someone may be asked to do that is only a step of deciding: "asks voters to decide …". */
const ASKED_PROCEDURES = new Set(['vote', 'decide', 'consider', 'comment', 'weigh', 'attend']);
/** Acts of thinking a thing over again: "reconsider the tax change", "rethink the plan". */
const RETHINKING = new Set(['reconsider', 'rethink', 'revisit']);
/** Things wanted "to" a trouble, not people called on: "want solutions to …". */
const REMEDIES = new Set(['solution', 'answer', 'fix', 'remedy']);
/** Most words of the body called on to act ("the city council of Brennock"). */
const CALLED_ON_WORDS = 8;

/**
 * "called on (upon) the city council to ban the use of wood-burning stoves", "urged the
 * minister to scrap the fee", "wants 16-year-olds to vote": a call on someone to act asks
 * whether they should →
 * "Should the city council ban the use of wood-burning stoves …?". Null otherwise.
 */
function calledOnToAct(verb: Token, rest: Token[]): string | null {
  // ("appealed to Prime Minister Narendra Modi on Wednesday to scrap a deal …": so is appealing
  // to someone, when it was done left out.)
  const on =
    (verb.lemma === 'call' && ['on', 'upon'].includes(rest[0]?.lower ?? '')) ||
    (verb.lemma === 'appeal' && rest[0]?.lower === 'to')
      ? 1
      : 0;
  const when = rest.findIndex(
    (t, i) => i > on && t.lower === 'on' && WEEKDAY_NAMES.has(rest[i + 1]?.lower ?? ''),
  );
  if (on && when > 0 && rest[when + 2]?.lower === 'to') {
    return calledOnToAct(verb, [...rest.slice(0, when), ...rest.slice(when + 2)]);
  }
  const to = rest.findIndex((t, i) => i > on && t.lower === 'to' && rest[i + 1]?.pos === 'VERB');
  // ("asks water firm not to raise charges": asking someone not to act calls on them too; asking
  // them to vote on a thing may only be a procedure.)
  const asksNot = verb.lemma === 'ask' && rest[to - 1]?.lower === 'not';
  const asksToAct = verb.lemma === 'ask' && !ASKED_PROCEDURES.has(rest[to + 1]?.lemma ?? '');
  if (!on && !CALLING_ON.has(verb.lemma) && !asksNot && !asksToAct) return null;
  // ("the Department of the Interior and Local Government (DILG)": the initials in brackets
  // only repeat the name.)
  const bracketed = rest
    .slice(on, to)
    .filter((t, i, a) => a[i - 1]?.text === '(' || t.text === '(' || t.text === ')').length;
  if (to < 0 || to - on - bracketed > CALLED_ON_WORDS) return null;
  // (Whether it should is the same question as whether it should not.)
  const addressee = rest.slice(on, rest[to - 1]?.lower === 'not' ? to - 1 : to);
  if (!addressee.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) return null;
  // "want solutions to frequent … closures": a remedy wanted is no one called on; its "to" names
  // the trouble.
  if (REMEDIES.has(addressee[addressee.length - 1].lemma)) return null;
  // "urge Davis, Woodland to fluoridate …": a headline's comma between names is "and".
  const listed = addressee.every(
    (t, i) =>
      t.text !== ',' || (addressee[i - 1]?.pos === 'PROPN' && addressee[i + 1]?.pos === 'PROPN'),
  );
  if (addressee.some((t) => t.pos === 'VERB' || t.pos === 'AUX') || !listed) return null;
  // ("Rhino breeders want a court to lift South Africa's ban on horn trade": a court is asked to
  // rule, not to govern; what it would do to the thing is asked of the thing.)
  if (addressee.some(isJudicial)) {
    return actAsked(rest[to + 1].lemma, shortPredicate(rest.slice(to + 2)));
  }
  // ("Doctors ask Liberal government to reconsider capital gains tax change": what someone is
  // asked to think again about is the matter.)
  if (RETHINKING.has(rest[to + 1].lemma)) return goAhead(shortPredicate(rest.slice(to + 2)));
  const who = addressee.some((t) => t.text === ',') ? namesAnd(addressee) : the(addressee);
  return `Should ${who} ${words(shortPredicate(rest.slice(to + 1)))}?`;
}

/** "Davis , Woodland" → "Davis and Woodland"; "A , B , C" → "A, B and C". */
function namesAnd(names: Token[]): string {
  const parts: Token[][] = [[]];
  for (const t of names) {
    if (t.text === ',') parts.push([]);
    else parts[parts.length - 1].push(t);
  }
  const named = parts.map((p) => words(p));
  return named.length > 1 && !named[named.length - 1].startsWith('and ')
    ? `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}`
    : named.join(', ');
}

/** What a thing is when a ban is in force on it: "is forbidden in …", "are outlawed". */
const FORBIDDEN_STATES = new Set(['forbidden', 'banned', 'prohibited', 'outlawed', 'illegal']);

/**
 * What a clause is read through before its subject and verb are looked for, in order: words
 * that only report, date or hedge the news go, and phrasings of one act are made that act
 * ("makes decision to ban" → "decides to ban").
 */
const CLAUSE_RESHAPINGS: readonly ((tokens: Token[]) => Token[])[] = [
  withoutHearsay,
  withChangesTo,
  withoutDayAfterVerb,
  withoutSplitInfinitive,
  withoutNamesAppositive,
  withoutParticipleAside,
  withoutJoiningUp,
  withoutIntentProgressive,
  withForecastAsWill,
  withoutRaising,
  withRulingThat,
  withDecisionAsVerb,
  withStrikeAsVerb,
  withOkAsApprove,
  withoutVoteManner,
  withoutSittingBeforeTo,
  stripLeadingAdverbial,
  stripEnd,
  stripReportingTail,
];

/**
 * A declarative lede or headline turned into a "Should ...?" question:
 * "... warning that X could face prosecution" → "Should X face prosecution?";
 * "X announced Y would be leaving Z" → "Should Y leave Z?"; "X rules Y are Z" → "Should Y be Z?";
 * "X promises Y" → "Should there be Y?"; "X announces Y" → "Should the Y go ahead?";
 * otherwise "X did Y" → "Should X do Y?".
 */
function fromClause(
  all: Token[],
  origin: MotionOrigin,
  sourceSpans: MotionCandidate['sourceSpans'],
  body: string,
): MotionCandidate | null {
  const tokens = headlineCommaAnd(
    asHeadlineVerbs(
      lowerSentenceStart(
        lowerHeadlineStart(
          CLAUSE_RESHAPINGS.reduce((reshaped, reshape) => reshape(reshaped), all),
          origin,
          body,
        ),
        sourceSpans,
        body,
        all,
      ),
    ),
    origin,
  );
  if (tokens.length < 3) return null;
  const arrived = origin === 'HEADLINE' ? reactionArriving(tokens) : null;
  if (arrived) return { text: arrived, origin, score: 0.7, sourceSpans };
  // "There was a stunned silence from a packed public gallery when councillors rejected an
  // application to expand …": how the news was met is the scene; the clause after "when" is the
  // news.
  const metWhen =
    /^there$/iu.test(tokens[0].text) && tokens[1]?.lemma === 'be'
      ? tokens.findIndex((t, i) => i > 2 && t.lower === 'when' && ownClauseAfter(tokens, i, 4))
      : -1;
  if (metWhen > 0) return fromClause(tokens.slice(metWhen + 1), origin, sourceSpans, body);
  // "Despite an overwhelming vote against building cruise infrastructure in yesterday's
  // referendum, the result is non-binding …": a vote the sentence opens on is its news.
  const openingVote = concededVote(all.slice(wireDatelineEnd(all)));
  if (openingVote) return { text: openingVote, origin, score: 0.75, sourceSpans };
  // "Those in favor of, and opposed to a bike lane crowded into City Hall": both camps at once
  // tell of the meeting, not of what one of them asks.
  if (BOTH_SIDES_AT_ONCE.test(words(tokens))) return null;
  // "Cork farmers were among those who joined a protest … over …": what the subject did is the
  // relative clause's.
  const among = tokens.findIndex(
    (t, i) =>
      i > 0 &&
      FINITE_AUXILIARIES.has(t.lower) &&
      tokens[i + 1]?.lower === 'among' &&
      tokens[i + 2]?.lower === 'those' &&
      tokens[i + 3]?.lower === 'who',
  );
  if (among > 0 && all.includes(tokens[among + 3])) {
    const rest = all.slice(all.indexOf(tokens[among + 3]) + 1);
    return fromClause([...tokens.slice(0, among), ...rest], origin, sourceSpans, body);
  }
  // "weighed in on the topic of whether Davis should begin fluoridating its water": a question
  // the sentence names is the matter, asked as it is written.
  const named = namedQuestion(tokens);
  if (named) return { text: named, origin, score: 0.75, sourceSpans };
  // "Joe Biden to decide on controversial oil plan", "is due to decide whether to give the
  // go-ahead for a controversial oil and gas drilling project": what is to be decided is the matter.
  const decided =
    decidedThing(tokens) ??
    projectFate(tokens) ??
    endangeredThing(tokens) ??
    attemptTurnedDown(tokens) ??
    (origin === 'HEADLINE' ? challengedMeasure(tokens) : null) ??
    announcedMeasure(tokens) ??
    petitionCall(tokens) ??
    attackedMeasure(tokens) ??
    outcomeForeseen(tokens) ??
    understandingSought(tokens) ??
    planBehind(tokens) ??
    wayCleared(tokens) ??
    calledForThing(tokens) ??
    unstoppedByReaction(tokens) ??
    ruledClaim(tokens) ??
    blamedForAct(tokens) ??
    ordainedState(tokens) ??
    measureUsedTo(tokens) ??
    referendumAct(tokens) ??
    ensuredState(tokens) ??
    timeRunningOut(tokens) ??
    measureForetold(tokens) ??
    measureWarnedOf(tokens) ??
    (origin === 'HEADLINE' ? measureTooMuch(tokens) : null) ??
    // (A headline's measure and whom it angers is measureSubject's, with what it is on.)
    (origin === 'HEADLINE' ? null : measureAngering(tokens)) ??
    measureWeighed(tokens) ??
    measureRisking(tokens) ??
    demandedAct(tokens) ??
    pressedToAct(tokens);
  if (decided) return { text: decided, origin, score: 0.75, sourceSpans };
  // "Hawaii could become the first state to ban sunscreens …", "Britain moves closer to becoming
  // the first country to allow …": being first to act is news; the act is the matter.
  // (A headline's own capitals: its first word, lowered above when the body never writes it
  // capitalised inside a sentence, may be a country's name, as "Britain" is.)
  const firstTo = firstToAct(origin === 'HEADLINE' ? stripEnd(all) : tokens);
  if (firstTo) return { text: firstTo, origin, score: 0.75, sourceSpans };
  // What the news is about, where the sentence tells of something that befell it (a debate it
  // sparked, a meeting on it, a fight against it, a protest, a warning, a ranking).
  const beside = matterBesideTheNews(tokens, all, origin);
  if (beside) return { ...beside, origin, sourceSpans };
  // "The proposal for a large data center in rural Morgan County moved one more step towards
  // reality": how a proposal fares is news; what it proposes is the matter.
  const proposedThing =
    proposalFor(tokens) ?? ideaOf(tokens) ?? campAgainst(tokens) ?? measureAdvancing(tokens);
  if (proposedThing) return { text: proposedThing, origin, score: 0.75, sourceSpans };
  // "Community members sound off on rent control proposal": what people have their say on is
  // the matter (wink may tag "sound" a noun, so the words are read, not the tags).
  const sayOn = tokens.findIndex(
    (t, i) =>
      SAYING_ON[t.lemma] === tokens[i + 1]?.lower &&
      ['on', 'about', 'over'].includes(tokens[i + 2]?.lower ?? ''),
  );
  if (sayOn > 0) {
    const matter = foughtThing(tokens.slice(sayOn + 3));
    return matter ? { text: matter, origin, score: 0.65, sourceSpans } : null;
  }
  // "School board splits in approving cellphone restrictions", "Council divided over bed tax":
  // a body divided is news; what it divided over is the matter.
  const divided = tokens.findIndex(
    (t, i) =>
      origin === 'HEADLINE' &&
      i > 0 &&
      participleOf(t, DIVIDING) &&
      ['over', 'on', 'in'].includes(tokens[i + 1]?.lower ?? ''),
  );
  if (divided > 0) {
    let from = divided + 2;
    if (tokens[from]?.pos === 'VERB' && /ing$/u.test(tokens[from].lower)) from++;
    const matter = reactedMatter(tokens.slice(from));
    return matter ? { text: matter, origin, score: 0.65, sourceSpans } : null;
  }
  // "Sunday ferry splits communities", "Urban deer cull pits officials against province": what
  // divides people is the matter.
  const splits = tokens.findIndex(
    (t, i) =>
      origin === 'HEADLINE' &&
      i > 0 &&
      SPLITTING.has(t.lower) &&
      tokens.slice(0, i).every((w) => ['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(w.pos)),
  );
  const divisive = splits > 0 ? goAhead(tokens.slice(0, splits)) : null;
  if (divisive) return { text: divisive, origin, score: 0.7, sourceSpans };
  // "Mixed reaction to signing of Expropriation Bill into law", "Mixed reaction from
  // universities on international student caps": what a headline's reaction is to is the matter.
  const reactionTo = tokens.findIndex(
    (t, i) => origin === 'HEADLINE' && i <= 1 && /^reactions?$/u.test(t.lower),
  );
  const reactionMatter = matterAfter(tokens, reactionTo, ['to', 'on', 'over'], 4);
  if (reactionMatter) return { text: reactionMatter, origin, score: 0.7, sourceSpans };
  // "Plastic straw bans face opposition from disability advocates": a measure meeting a
  // reaction is the matter itself.
  const meets = tokens.findIndex(
    (t, i) =>
      i > 0 &&
      REACTION_MEETING.has(t.lemma) &&
      tokens.slice(i + 1, i + 3).some((w) => REACTIONS_MET.has(w.lower)) &&
      MEASURE_HEADS.has(tokens[i - 1].lemma),
  );
  // (wink, or the retagging above, may read the measure's own "bans" as a verb.)
  if (origin === 'HEADLINE' && meets > 0 && !tokens.slice(0, meets - 1).some(isFiniteVerb)) {
    const measure = tokens.slice(0, meets).map((t) => ({ ...t, pos: 'NOUN' }));
    const met = goAhead(measure);
    if (met) return { text: met, origin, score: 0.65, sourceSpans };
  }
  // "Coffin protest over congestion charge rise", "Fury at plan to close library": a headline
  // that names only a reaction asks about what it reacts to.
  // ("Residents’ safety fears about …": a possessive's mark is no word.)
  const marks = (i: number) => tokens.slice(0, i).filter((t) => t.pos === 'PUNCT').length;
  const reaction = tokens.findIndex(
    (t, i) => i - marks(i) <= 2 && (REACTIONS_MET.has(t.lower) || HEADLINE_REACTIONS.has(t.lower)),
  );
  // ("Objections raised to Anglesea SLSC upgrade": a reaction voiced, then what it is to.)
  const voiced = VOICED_REACTIONS.has(tokens[reaction + 1]?.lower ?? '') ? 1 : 0;
  const reactedWord = tokens[reaction + 1 + voiced]?.lower ?? '';
  const reactedTo =
    reaction >= 0 && (REACTED_TO.has(reactedWord) || (voiced === 1 && reactedWord === 'to'));
  if (origin === 'HEADLINE' && reactedTo && !tokens.slice(0, reaction).some(isFiniteVerb)) {
    // ("Mass protests at Te Anau over 1080 dumping": a place "at" which, then what it is over.)
    const over = tokens.findIndex(
      (t, i) => i > reaction + 2 && ['over', 'against'].includes(t.lower),
    );
    const place = tokens[reaction + 1].lower === 'at' && tokens[reaction + 2]?.pos === 'PROPN';
    const matter = beforeReactionGrows(
      tokens.slice(place && over > 0 ? over + 1 : reaction + 2 + voiced),
    );
    const against = thingBeforeOwnVerb(tokens[reaction], matter);
    const asked = against ? reactedMatter(against) : null;
    return asked ? { text: asked, origin, score: 0.65, sourceSpans } : null;
  }
  // "Strong opposition from residents near site of proposed Mt Erebus national memorial": with
  // no verb, a reaction headline naming a proposed thing is about it, wherever it names it.
  const plannedAt = tokens.findIndex((t, i) => i > reaction && PLANNED_PARTICIPLES.has(t.lower));
  if (
    origin === 'HEADLINE' &&
    reaction >= 0 &&
    plannedAt > 0 &&
    !tokens.some((t, i) => i !== plannedAt && isFiniteVerb(t)) &&
    tokens[plannedAt + 1]?.pos !== 'ADP'
  ) {
    const thing = goAhead(tokens.slice(plannedAt));
    if (thing) return { text: thing, origin, score: 0.65, sourceSpans };
  }
  // "Pressure for John Key to raise retirement age", "Calls for the council to close the
  // library": the call's addressee and act are the matter, not the pressure.
  if (PRESSING.has(tokens[0].lower) && ['for', 'on'].includes(tokens[1].lower)) {
    const to = tokens.findIndex((t, i) => i > 2 && i < 9 && t.lower === 'to');
    if (to > 0 && tokens[to + 1]?.pos === 'VERB') {
      const who = lowerOpeningArticle(words(tokens.slice(2, to)));
      return {
        text: `Should ${who} ${words(shortPredicate(tokens.slice(to + 1)))}?`,
        origin,
        score: 0.7,
        sourceSpans,
      };
    }
  }
  // "3 reasons not to lower the voting age": a listicle's headline names the act it weighs.
  const listed = origin === 'HEADLINE' ? LISTED_REASONS.exec(words(tokens)) : null;
  if (listed) {
    return { text: `Should we ${listed[1]}?`, origin, score: 0.7, sourceSpans };
  }
  // "Juneau voters rejected a ballot proposition that would have banned all large cruise ships
  // on Saturdays": a measure turned down is asked by what it would have done.
  const undone = tokens.findIndex(
    (t, i) =>
      isMeasureCarrier(t.lower) &&
      ['that', 'which'].includes(tokens[i + 1]?.lower ?? '') &&
      tokens[i + 2]?.lower === 'would' &&
      tokens[i + 3]?.lower === 'have',
  );
  if (undone > 0) {
    // ("would have made it a felony to …" has no thing done to, and is left to the rules below.)
    const asked = policyMotion(tokens.slice(undone), null);
    if (asked && motionProblems(asked).length === 0)
      return { text: asked, origin, score: 0.75, sourceSpans };
  }
  // "Unions call strikes as government unveils plan to raise retirement age": the protest is
  // the reaction; the "as" clause is the news.
  const as = tokens.findIndex((t, i) => i > 1 && t.lower === 'as');
  // ("Judge strikes down …" is no strike.)
  const protestFirst =
    as > 0 &&
    tokens
      .slice(0, as)
      .some((t, i) => PROTEST_NOUNS.has(t.lower) && tokens[i + 1]?.lower !== 'down');
  // "Panhandlers can ask for cash near ATMs as judge halts Sacramento crackdown": what a court
  // did, in the "as" clause, is the news; what people may now do is its effect.
  const courtAfter =
    as > 0 && isJudicial(tokens[as + 1]) && COURT_ACTS.has(tokens[as + 2]?.lemma ?? '');
  // "Hundreds of passengers have been stranded … as workers protest against a proposed
  // takeover …": a protest in the "as" clause is what the news is about; the rest, its effect.
  const protestAfter =
    as > 0 &&
    tokens
      .slice(as + 1, as + 5)
      .some(
        (t, k) =>
          t.pos === 'VERB' &&
          PROTESTING.has(t.lemma) &&
          ['against', 'over'].includes(tokens[as + 2 + k]?.lower ?? ''),
      );
  if (protestAfter && all.includes(tokens[as])) {
    const matter = fromClause(all.slice(all.indexOf(tokens[as]) + 1), origin, sourceSpans, body);
    if (matter) return matter;
  }
  if (origin === 'HEADLINE' && (protestFirst || courtAfter) && all.includes(tokens[as])) {
    return fromClause(all.slice(all.indexOf(tokens[as]) + 1), origin, sourceSpans, body);
  }
  // "MPs have complained of online abuse after Conservatives voted against a bill which would
  // …": a complaint or a reaction is what followed; the "after" clause is the news.
  // ("Education workers erupted into cheers as Doug Ford's government repealed a law …": so is
  // an "as" clause.)
  const after = tokens.findIndex((t, i) => i > 1 && ['after', 'as'].includes(t.lower));
  // ("Church cries foul as Kerala plans more liquor outlets": a cry of foul whatever its tag.)
  const reacted = tokens.slice(0, after).some(
    (t, i) =>
      (t.pos === 'VERB' && REACTING_VERBS.has(t.lemma)) ||
      (/^cr(?:y|ies|ied)$/u.test(t.lower) && tokens[i + 1]?.lower === 'foul') ||
      // ("decried the loss of a beloved institution Sunday after the Ontario Science Centre …
      // shut its doors": a loss lamented is the news after "after".)
      (LAMENTING.has(t.lemma) &&
        tokens.slice(i + 1, after).some((w) => LOSSES_LAMENTED.has(w.lower))) ||
      // ("Cheers ring out as Uber loses its York licence": a sentence opening on a reaction.)
      (i === 0 && (SHOUTED_REACTIONS.has(t.lower) || REACTIONS_MET.has(t.lower))),
  );
  if (after > 0 && reacted && ownClauseAfter(tokens, after, 7) && all.includes(tokens[after])) {
    return fromClause(all.slice(all.indexOf(tokens[after]) + 1), origin, sourceSpans, body);
  }
  const base = origin === 'LEDE' ? 0.85 : 0.8;
  // "It is time to scrap homework in primary schools": a column's call, asked as it is made.
  const timeTo = timeToAct(tokens);
  if (timeTo) return { text: timeTo, origin, score: base - 0.05, sourceSpans };
  // "Keep our night buses running": a headline that urges, asked of the readers.
  // ("Launch of tourist tax delayed": a word before "of" is a noun, not an urged verb.)
  // ("Bury's body blow for boxing": a word with a possessive after it is a name, no order.)
  if (
    origin === 'HEADLINE' &&
    tokens[0].pos === 'VERB' &&
    tokens[0].lower === tokens[0].lemma &&
    tokens[1]?.lower !== 'of' &&
    !(tokens[1]?.pos === 'PART' && possessiveMark(tokens[1]))
  ) {
    // ("Scrap the BBC Licence Fee: Pay More, Get Less": what follows a colon is the reason.)
    const colon = tokens.findIndex((t) => t.text === ':');
    const urged = colon > 1 ? tokens.slice(0, colon) : tokens;
    // ("Withdraw Guthi Bill: Ganpati Lal Shrestha".)
    // (A measure's name before its common noun lacks the article a headline dropped: "Should we
    // withdraw Guthi bill?" is asked in the passive, with it.)
    const undone = urged.slice(1);
    const named = undone[0]?.pos === 'PROPN' && namesMeasure(headNoun(undone));
    const measure = named ? actAsked(urged[0].lemma, [theBefore(undone[0]), ...undone]) : null;
    if (measure) return { text: measure, origin, score: base - 0.15, sourceSpans };
    return {
      text: `Should we ${words(urged).replace(/^\p{Lu}/u, (c) => c.toLowerCase())}?`,
      origin,
      score: base - 0.15,
      sourceSpans,
    };
  }
  // "Six in ten residents support a nightly charge on visitors": what a share of people thinks
  // of a measure is a finding; the measure is the matter (wink may tag "support" a noun).
  const opinion = tokens.findIndex((t, i) => i > 0 && i <= 8 && OPINION_FORMS.has(t.lower));
  const opiner = tokens.slice(0, opinion);
  if (opinion > 0 && (isShareOfPeople(opiner) || isFindingSource(opiner))) {
    const object = shortPredicate(beforeClause(beforeComma(tokens.slice(opinion + 1))));
    if (object.length > 1 && object.some((t) => t.pos === 'NOUN')) {
      // "Majority of voters back Donald Trump's travel ban": a measure already someone's stands
      // or falls; one not yet there is brought in.
      const owned = DEFINITE.has(object[0].lower) || object.some(possessiveMark);
      // ("Most residents oppose proposed nuisance bylaw": one still proposed goes ahead or not.)
      const proposed = PROPOSED_PARTICIPLES.has(object[0].lower) ? goAhead(object) : null;
      const text = owned
        ? `Should ${lowerOpeningArticle(words(object))} stand?`
        : (proposed ?? `Should there be ${words(object)}?`);
      return { text, origin, score: base - 0.1, sourceSpans };
    }
  }
  // "All for banning dogs from beaches": a headline that is a stance on an act asks about it.
  const stanceFor = origin === 'HEADLINE' ? actStoodFor(tokens) : null;
  if (stanceFor) return { text: stanceFor, origin, score: base - 0.1, sourceSpans };
  const planned = origin === 'HEADLINE' ? plannedActHeadline(tokens) : null;
  if (planned) return { text: planned, origin, score: base - 0.1, sourceSpans };
  // A headline whose news is what befell a measure or a plan: backed in an "as" clause, backing
  // won, a case brought against it, a ruling celebrated, a respite won from it.
  const befell =
    origin === 'HEADLINE'
      ? (decidedInAsClause(tokens) ??
        backingWon(tokens) ??
        legallyChallenged(tokens) ??
        rulingCelebrated(tokens) ??
        reprieveFrom(tokens))
      : null;
  if (befell) return { text: befell, origin, score: base - 0.1, sourceSpans };
  const passive =
    origin === 'HEADLINE'
      ? (setForChange(tokens) ??
        headlinePassive(tokens) ??
        proposedMeasureHeadline(tokens) ??
        grantedHeadline(tokens) ??
        receivedHeadline(tokens))
      : null;
  if (passive) return { text: passive, origin, score: base - 0.05, sourceSpans };
  let verbAt = mainVerbIndex(tokens);
  if (verbAt <= 0 && origin === 'HEADLINE') {
    // Headlines drop their articles, so wink may read "Court strikes down youth curfew" or
    // "senate debates minimum wage rise" without a verb: a procedure's "-s" form after the
    // subject is the verb, and the measure it is about is the matter.
    const procedure = tokens.findIndex(
      (t, i) =>
        i > 0 &&
        /s$/u.test(t.lower) &&
        (PROCEDURAL.has(t.lower.slice(0, -1)) ||
          PROCEDURAL.has(t.lower.slice(0, -2)) ||
          t.lower === 'votes'),
    );
    const after = tokens.slice(procedure + 1);
    // ("Judge strikes/NOUN down provision of …": a court's act, read as the verb it is, when no
    // bare measure is its object.)
    const courtAct: Token | undefined =
      procedure > 0 && tokens.slice(0, procedure).some(isJudicial)
        ? { ...tokens[procedure], pos: 'VERB', lemma: verbLemma(tokens[procedure].lower) }
        : undefined;
    const measure =
      procedure > 0
        ? (policyMotion(after, null) ??
          (tokens[procedure].lower === 'votes' ? votedOn(after) : measureNoun(after, true)) ??
          (courtAct ? ruledMeasure(courtAct, after) : null))
        : null;
    if (measure) return { text: measure, origin, score: base - 0.1, sourceSpans };
    // "Bela Bill stalls at Council of Provinces": how a bill fares, its verb read as a noun.
    const fares = tokens.findIndex(
      (t, i) =>
        i > 0 &&
        t.pos === 'NOUN' &&
        /[^s]s$/u.test(t.lower) &&
        BILL_PROGRESS.has(verbLemma(t.lower)) &&
        BILL_NOUNS.has(tokens[i - 1].lower),
    );
    if (fares > 0) {
      const bill = the(tokens.slice(0, fares));
      return { text: `Should ${bill} become law?`, origin, score: base - 0.1, sourceSpans };
    }
    const named = nameActs(tokens, body);
    if (named) return { text: named, origin, score: base - 0.15, sourceSpans };
    // "government plan for private universities" (what is left of "Greek students protest …"):
    // a plan named with what it is for, and no verb, is the matter.
    const plan = tokens.findIndex(
      (t, i) => i <= 2 && PLANNED_ACTS.has(t.lower) && tokens[i + 1]?.lower === 'for',
    );
    // (A plan for a kind of thing, "for private universities", asks whether there should be it.)
    const planned =
      plan >= 0 && tokens.slice(0, plan).every(nominalWord)
        ? (thereBeThing(tokens.slice(plan + 2)) ?? reactedMatter(tokens.slice(plan)))
        : null;
    if (planned) return { text: planned, origin, score: base - 0.15, sourceSpans };
    return namedMeasure(tokens, sourceSpans);
  }
  if (verbAt <= 0) return null;
  // "Liberal bill requiring Google and Meta to pay for news content passes in Senate": a verb in
  // "-ing" right after a noun modifies it; a later finite verb after a noun is the clause's own.
  if (/ing$/u.test(tokens[verbAt].lower) && ['NOUN', 'PROPN'].includes(tokens[verbAt - 1].pos)) {
    const own = tokens.findIndex(
      (t, i) =>
        i > verbAt + 1 &&
        t.pos === 'VERB' &&
        !/ing$/u.test(t.lower) &&
        tokens[i - 1].lower !== 'to' &&
        ['NOUN', 'PROPN'].includes(tokens[i - 1].pos) &&
        tokens.slice(verbAt + 1, i).every((w) => w.text !== ','),
    );
    // "Calorie counting when eating out is now law": a compound in "-ing" as the subject of a
    // finite "is" later on, with no comma or other finite verb between.
    const finite = tokens.findIndex(
      (t, i) => i > verbAt && t.pos === 'AUX' && ['is', 'are', 'was', 'were'].includes(t.lower),
    );
    const plain = tokens
      .slice(verbAt + 1, finite)
      .every((w) => w.text !== ',' && (w.pos !== 'VERB' || /ing$/u.test(w.lower)));
    if (own > 0 && BILL_PROGRESS.has(tokens[own].lemma)) verbAt = own;
    else if (finite > 0 && plain) verbAt = finite;
  }
  // "Greyhound racing to be banned in Wales": a headline's "is to be" without its "is" says
  // what is to be done to its subject.
  const toBeDone = tokens[verbAt + 1];
  if (
    origin === 'HEADLINE' &&
    verbAt >= 2 &&
    tokens[verbAt].lower === 'be' &&
    tokens[verbAt - 1].lower === 'to' &&
    toBeDone?.pos === 'VERB' &&
    pastParticipleForm(toBeDone) &&
    tokens.slice(0, verbAt - 1).every((t) => t.pos !== 'VERB' && t.pos !== 'AUX')
  ) {
    const predicate = words(shortPredicate(tokens.slice(verbAt + 2)));
    return {
      text: `Should ${the(tokens.slice(0, verbAt - 1))} be ${toBeDone.lower}${predicate ? ` ${predicate}` : ''}?`,
      origin,
      score: 0.75,
      sourceSpans,
    };
  }
  // "Schools that start at 9:30 may see …": the first verb is the relative clause's; the
  // sentence's own is the modal after it. So is "Plans to build a wind farm have been
  // approved": the infinitive is the noun's.
  const infinitiveOfNoun =
    tokens[verbAt - 1]?.lower === 'to' && tokens[verbAt - 2]?.pos === 'NOUN' && verbAt <= 4;
  if (['that', 'which', 'who'].includes(tokens[verbAt - 1]?.lower ?? '') || infinitiveOfNoun) {
    const modal = tokens.findIndex((t, i) => i > verbAt && MODALS.has(t.lower));
    const comma = tokens.findIndex((t, i) => i > verbAt && t.text === ',');
    // "A wind farm which prompted 340 objections has been given the go-ahead": a finite
    // auxiliary straight after a noun of the relative clause is the sentence's own verb.
    // ("Plans to change the size … and the way that it's elected have been backed": so is one
    // straight after the participle ending a relative clause of the infinitive's object.)
    const ownRelative = (i: number) =>
      pastParticipleForm(tokens[i - 1]) &&
      tokens.slice(verbAt + 1, i - 1).some((t) => RELATIVE_STARTS.has(t.lower));
    const auxiliary = tokens.findIndex(
      (t, i) =>
        i > verbAt + 1 &&
        FINITE_AUXILIARIES.has(t.lower) &&
        (['NOUN', 'PROPN'].includes(tokens[i - 1].pos) || ownRelative(i)),
    );
    // "Drink driver who killed cyclist while over the limit jailed for six years": a headline
    // drops the auxiliary, so its own verb is a bare participle after a noun of the clause.
    const participle =
      origin === 'HEADLINE'
        ? tokens.findIndex(
            (t, i) =>
              i > verbAt + 1 &&
              ['NOUN', 'PROPN'].includes(tokens[i - 1].pos) &&
              pastParticipleForm(t) &&
              bareParticiple(tokens, i),
          )
        : -1;
    const own = modal > 0 ? modal : auxiliary > 0 ? auxiliary : participle;
    // Only what was done to the plans ("have been approved", "were rejected"), not what they are
    // ("A plan to close the library is one step closer …", asked as the plan's act).
    const doneTo =
      !infinitiveOfNoun ||
      (own === auxiliary &&
        (tokens[own + 1]?.lower === 'been' || pastParticipleForm(tokens[own + 1] ?? tokens[own])));
    if (own > 0 && (comma < 0 || own < comma) && doneTo) verbAt = own;
    // "Bill that would ban … passed by Texas Senate": with no verb of its own found, the
    // sentence's subject would end in its relative pronoun.
    else if (!infinitiveOfNoun) return null;
  }
  // "Later school start may help …": a compound noun misread as a verb before a modal. (Not a
  // reporting verb: "Judge ruled council must reopen library" reports the council's act.)
  if (
    tokens[verbAt + 1]?.pos === 'NOUN' &&
    MODALS.has(tokens[verbAt + 2]?.lower ?? '') &&
    !isReporting(tokens[verbAt])
  ) {
    verbAt += 2;
  }
  // "Senators are debating a bill …": in the progressive the participle says what is done, not
  // "be", which is not the subject's either.
  const subjectEnd = verbAt;
  if (
    tokens[verbAt].lemma === 'be' &&
    tokens[verbAt + 1]?.pos === 'VERB' &&
    /ing$/u.test(tokens[verbAt + 1].lower)
  ) {
    verbAt++;
  }
  // ("the government could have allotted the funds for more important projects": what might
  // have been done is a reproach, no finding to ask about.)
  const hedged = HEDGES.has(tokens[verbAt].lower) && tokens[verbAt + 1]?.lower !== 'have';
  // "The government will ban …": the modal is not the verb that says what is done; nor is
  // "has" in "has banned".
  // ("wo" and "ca": the modals of "won't" and "can't", split off their "n't".)
  const splitModal =
    ['wo', 'ca'].includes(tokens[verbAt].lower) &&
    /^n['’]t$/u.test(tokens[verbAt + 1]?.lower ?? '');
  // ("We’ll appeal …": a modal clipped onto its subject.)
  const clippedModal = /^['’]/u.test(tokens[verbAt].text) && MODALS.has(tokens[verbAt].lemma);
  if (
    MODALS.has(tokens[verbAt].lower) ||
    splitModal ||
    clippedModal ||
    tokens[verbAt].lemma === 'have'
  ) {
    const next = tokens.findIndex(
      (t, i) => i > verbAt && (t.pos === 'VERB' || t.lower === 'do') && t.lemma !== 'be',
    );
    // ("have won a court battle", "has made", "has paid": a past participle not in "-ed".)
    const participle = (t: Token | undefined) =>
      t !== undefined && (/(?:ed|en|t)$/u.test(t.lower) || IRREGULAR_PERFECTS.has(t.lower));
    const perfect = tokens[verbAt].lemma === 'have' && !participle(tokens[next]);
    if (next > verbAt && next <= verbAt + 3 && !perfect) verbAt = next;
    // "Hosepipe ban should be tougher": with no other verb, what the modal asks for is "be".
    else if (next < 0 && tokens[verbAt + 1]?.lower === 'be' && MODALS.has(tokens[verbAt].lower))
      verbAt++;
  }
  // "will trial a weekly market", "should fund the scheme": right after a modal and before a
  // determiner, a word wink tags a noun is the bare verb.
  if (
    MODALS.has(tokens[verbAt].lower) &&
    tokens[verbAt + 1]?.pos === 'NOUN' &&
    tokens[verbAt + 2]?.pos === 'DET'
  ) {
    verbAt++;
  }
  // "The council narrowly voted …": a manner adverb before the verb is the verb's, not the subject's.
  // ("abruptly and permanently shut": two of them joined by "and"; the first word stays.)
  const subjectStop = Math.max(beforeMannerAdverbs(tokens, subjectEnd), Math.min(1, subjectEnd));
  const subject = stateFor(subjectPhrase(tokens.slice(0, subjectStop)), body);
  const head = subject[subject.length - 1];
  const verb = tokens[verbAt];
  const rest = tokens.slice(verbAt + 1);
  const carriedAct = carrierSubjectAct(tokens, false);
  if (carriedAct) return { text: carriedAct, origin, score: base - 0.05, sourceSpans };
  // "College Green plaza hearing could face legal challenge", "Kelby bypass inquiry to resume":
  // whatever befalls a hearing on a thing is procedure; the thing is the matter.
  const sitting = subject.length - 1;
  const heard = subject.slice(subject[0]?.pos === 'DET' ? 1 : 0, sitting);
  if (
    origin === 'HEADLINE' &&
    HEARINGS.has(head?.lower ?? '') &&
    heard.length > 0 &&
    heard.every((t) => ['NOUN', 'PROPN', 'ADJ'].includes(t.pos)) &&
    heard.some((t) => t.pos === 'NOUN')
  ) {
    const thing = goAhead(heard);
    if (thing) return { text: thing, origin, score: base - 0.1, sourceSpans };
  }
  // "Pressure mounts on Zambia to reduce royalty increase", "Zambia's government is under
  // increasing pressure from the mining sector to reduce …": what a body is pressed to do.
  const pressed =
    pressedTo(subject, verb, rest) ??
    refusedAct(tokens) ??
    decidedAct(tokens) ??
    petitionToAct(rest);
  if (pressed) return { text: pressed, origin, score: base - 0.05, sourceSpans };
  // "Tent embassy erected to prevent Ihumātao development", "Residents launch campaign to stop
  // quarry expansion": what a means of protest is set up to stop is the matter.
  const setUp = SETTING_UP.has(verb.lemma) || (verb.lemma === 'set' && rest[0]?.lower === 'up');
  const toStop = setUp
    ? rest.findIndex((t, i) => i < 5 && t.lower === 'to' && STOPPING.has(rest[i + 1]?.lemma ?? ''))
    : -1;
  // (The means is the subject of a passive or the verb's object: not "launched a review to …".)
  const means = [head, ...rest.slice(0, Math.max(toStop, 0))].some((t) =>
    PROTEST_MEANS.has(t?.lemma ?? ''),
  );
  const stopped = toStop >= 0 && means ? reactedMatter(rest.slice(toStop + 2)) : null;
  if (stopped) return { text: stopped, origin, score: base - 0.1, sourceSpans };
  // "Court fails to halt works on SGR's Nairobi national park route": what a court will not stop
  // goes ahead for now; whether it should is the matter.
  const unstopped =
    isJudicial(head) &&
    NOT_DOING.has(verb.lemma) &&
    rest[0]?.lower === 'to' &&
    STOPPING.has(rest[1]?.lemma ?? '')
      ? reactedMatter(rest.slice(2))
      : null;
  if (unstopped) return { text: unstopped, origin, score: base - 0.1, sourceSpans };
  // "Farmers react to United Kingdom's miraa ban", "Region tries to come to terms with …": a
  // reaction to a measure or a plan is news; the measure is the matter.
  const takenIn = reactionTaken([verb, ...rest]);
  const takenInThing = takenIn > 0 ? rest.slice(takenIn - 1) : [];
  const newsMatter =
    takenInThing.length > 0
      ? (namedMeasure(takenInThing, sourceSpans)?.text ??
        measureNoun(takenInThing) ??
        goAhead(takenInThing))
      : null;
  if (newsMatter) return { text: newsMatter, origin, score: base - 0.1, sourceSpans };
  // "Residents also voiced their concerns regarding the relocation of the skate park …": the
  // worry voiced is a reaction; what it is about is the matter.
  if (VOICING_VERBS.has(verb.lemma)) {
    const worry = rest.findIndex((t, i) => i < 4 && VOICED_WORRIES.has(t.lemma));
    // ("voiced their concerns on social media about proposed changes …": where they were voiced
    // may stand between the worry and what it is about.)
    const about = rest.findIndex(
      (t, i) => i > worry + 1 && i <= worry + 5 && ['about', 'over', 'regarding'].includes(t.lower),
    );
    const of = about > 0 && rest[worry + 1]?.pos === 'ADP' ? about : worry + 1;
    if (worry >= 0 && WORRIED_ABOUT.has(rest[worry + 1]?.lower ?? '')) {
      const matter = reactedMatter(rest.slice(of + 1));
      return matter ? { text: matter, origin, score: base - 0.1, sourceSpans } : null;
    }
  }
  // "Divided City Council leans toward banning gas, electric blowers", "took a step toward
  // requiring drivers to …": which way a body leans or moves is news; the act is the matter.
  // ("activists urge move toward abolishing death penalty": so is a move toward it.)
  const toward = rest.findIndex((t, i) => i < 5 && TOWARD.has(t.lower));
  const leans =
    toward >= 0 &&
    (LEANING.has(verb.lemma) ||
      rest.slice(0, toward).some((t) => ['step', 'move'].includes(t.lemma)));
  const leanedTo = leans ? gerundAsked(rest.slice(toward + 1)) : null;
  if (leanedTo) return { text: leanedTo, origin, score: base - 0.1, sourceSpans };
  // ("Locals are celebrating their 'huge win' over the plan to construct 17 stone groynes": a
  // win celebrated over a plan is a reaction to it; the plan is the matter.)
  const won = CELEBRATING.has(verb.lemma)
    ? rest.findIndex(
        (t, i) => i < 7 && t.lower === 'over' && rest.slice(0, i).some((w) => WINS.has(w.lemma)),
      )
    : -1;
  const wonOver = won > 0 ? reactedMatter(rest.slice(won + 1)) : null;
  if (wonOver) return { text: wonOver, origin, score: base - 0.1, sourceSpans };
  // "Campaigners are celebrating after council bosses abandoned plans to close a library",
  // "Moray Council made a major U-turn as it announced plans to spare three libraries": the
  // feeling or the change of course is about the news after "after" or "as".
  // ("Protests planned after court fails to halt works …": so are protests, whatever befalls them.)
  const protests = OBJECTIONS.has(head?.lower ?? '') || HELD_PROTESTS.has(head?.lemma ?? '');
  const reacting =
    (CELEBRATING.has(verb.lemma) && ['after', 'as', 'over'].includes(rest[0]?.lower)) ||
    (protests && ['after', 'as'].includes(rest[0]?.lower));
  const turning = rest.slice(0, 4).some((t) => COURSE_CHANGES.has(t.lower));
  // ("DEBATE has raged in Federal parliament as members debate whether to …": so is a debate
  // going on, wherever it goes on.)
  const debating =
    DEBATES.has(head?.lower ?? '') && rest.some((t, i) => i < DEBATE_AS_REACH && t.lower === 'as');
  // ("'No' group may seek legal advice as local council … declares itself willing host of
  // nuclear waste": so is a camp's next step.)
  if (reacting || turning || debating || seeksCounsel(verb, rest)) {
    // Searched in the whole sentence: the drafting above may have cut the "as" clause off.
    const from = all.indexOf(rest[0]);
    const news = all.findIndex(
      (t, i) => i >= from && (i === from || !reacting) && ['after', 'as'].includes(t.lower),
    );
    // "… as it announced plans to …": the pronoun is the body that turned.
    let clause = news >= 0 ? all.slice(news + 1) : [];
    if (PRONOUN_SUBJECTS.has(clause[0]?.lower ?? '') && clause[1]?.pos === 'VERB') {
      clause = [...subject, ...clause.slice(1)];
    }
    const inner = clause.length > 0 ? fromClause(clause, origin, sourceSpans, body) : null;
    if (inner) return { ...inner, score: Math.min(inner.score, base - 0.1) };
  }
  // "The new year ushered in a rule banning cell phones in schools": with a time for its
  // subject, only a measure named in the rest can be the matter.
  if (subject.length === 0 || subject.every((t) => MONTH_NAMES.has(capitalise(t.lower)))) {
    // "October will mark the beginning of the controversial cat curfew …": the plan begun.
    const begun = STARTS_OF.has(rest[1]?.lower ?? '') && rest[2]?.lower === 'of';
    const plan = begun ? leadingNounPhrase(rest.slice(3)) : [];
    const head = plan[plan.length - 1];
    if (head && MADE_KNOWN_PLANS.has(head.lower)) {
      return { text: `Should ${the(plan)} go ahead?`, origin, score: base - 0.1, sourceSpans };
    }
    const measure = policyMotion(rest, null) ?? measureNoun(rest);
    return measure ? { text: measure, origin, score: base - 0.1, sourceSpans } : null;
  }
  // "has put the brakes on Labour's plan to repeal the three strikes law": what is stopped is the
  // matter, not the stopping.
  const braked = STOPPING_PHRASE.exec(words(rest.slice(0, 4)));
  if (verb.lemma === 'put' && braked) {
    const stopped = rest.slice(braked[0].trim().split(/\s+/u).length);
    const asked = policyMotion(stopped, null);
    if (asked) return { text: asked, origin, score: base - 0.05, sourceSpans };
  }
  // "Campaigners have won a court battle to prevent the “scandalous” construction of a road
  // tunnel near Stonehenge": a fight won or lost is news; what it would stop is the matter.
  const battle = ['win', 'lose'].includes(verb.lemma)
    ? rest.findIndex(
        (t, k) =>
          k < 4 &&
          FIGHT_NOUNS.has(t.lower) &&
          rest[k + 1]?.lower === 'to' &&
          STOPPING.has(rest[k + 2]?.lemma ?? ''),
      )
    : -1;
  if (battle >= 0) {
    const stopped = withoutEpithet(rest.slice(battle + 3));
    // ("… to prevent a controversial road project that includes a tunnel near Stonehenge": a
    // project to be stopped is asked whether it should go ahead.)
    const project = PROJECT_NOUNS.has(headNoun(beforeClause(stopped))?.lower ?? '');
    const named = shortPredicate(stopped);
    const definite = ['a', 'an'].includes(named[0]?.lower ?? '') ? named.slice(1) : named;
    const matter =
      opposedChange(stopped) ??
      policyMotion(stopped, null) ??
      (project ? `Should ${the(definite)} go ahead?` : null);
    if (matter) return { text: matter, origin, score: base - 0.05, sourceSpans };
  }
  const madeKnown = madeKnownPlan(tokens.slice(subjectEnd, verbAt), verb, rest, subject, origin);
  if (madeKnown) return { text: madeKnown, origin, score: base - 0.05, sourceSpans };
  // "Congestion pricing opposition builds": what the opposition (or support) is to is the matter.
  const before = subject.slice(subject[0]?.pos === 'DET' ? 1 : 0, -1);
  // ("Forest sell-off resistance grows": the halves of a hyphened compound are the noun's.)
  const glued = (t: Token, k: number) =>
    t.text === '-' || before[k + 1]?.text === '-' || before[k - 1]?.text === '-';
  // ("Pig farm plan fight goes on": so is what a fight over a plan named before it is over.)
  const planFought =
    FIGHT_NOUNS.has(head?.lower ?? '') && isMeasureCarrier(before[before.length - 1]?.lemma);
  // ("Fiji opposition walks out": after a name alone, the opposition is a country's or a
  // council's benches, not a stance on the name.)
  const benches = head?.lower === 'opposition' && before.every((t) => t.pos === 'PROPN');
  if (
    (Object.hasOwn(STANCE_NOUNS, head?.lower ?? '') || planFought) &&
    !benches &&
    before.length > 0 &&
    before.every((t, k) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || glued(t, k))
  ) {
    return { text: `Should ${the(before)} go ahead?`, origin, score: base - 0.1, sourceSpans };
  }
  // ("Opposition to Kingsford Stadium not giving up": a stance opening the subject, what it is on.)
  const stanceFirst = subject[0]?.pos === 'DET' ? 1 : 0;
  const stanceOn = subject[stanceFirst]?.lower ?? '';
  const stanceSubject =
    Object.hasOwn(STANCE_NOUNS, stanceOn) &&
    STANCE_NOUNS[stanceOn].includes(subject[stanceFirst + 1]?.lower ?? '')
      ? goAhead(subject.slice(stanceFirst + 2))
      : null;
  if (stanceSubject) return { text: stanceSubject, origin, score: base - 0.1, sourceSpans };
  // "reiterated its strong opposition to the extension of Parliament": what a stance is taken on.
  const stanceObject = stanceNounObject(rest);
  if (stanceObject) return { text: stanceObject, origin, score: base - 0.05, sourceSpans };
  // "Minimum wage bill heads to Dayton", "Sick pay bill clears Senate": a bill on its way is
  // asked about as the law it would become.
  // "Bill C-51 passed the Senate …": a bill named by its number too.
  const namedBill = subject.length <= 3 && subject.some((t) => t.lower === 'bill');
  // "Liberal bill requiring Google and Meta to pay …": the noun a participle's clause follows.
  // ("Occupied Territories Bill banning importation …": a bill's name may be tagged a name's.)
  const modified = subject.findIndex(
    (t, i) =>
      i > 0 &&
      t.pos === 'VERB' &&
      /ing$/u.test(t.lower) &&
      ['NOUN', 'PROPN'].includes(subject[i - 1].pos),
  );
  const billHead = BILL_NOUNS.has(subject[modified - 1]?.lower ?? '');
  if (
    (BILL_NOUNS.has(head?.lower ?? '') || namedBill || billHead) &&
    BILL_PROGRESS.has(verb.lemma)
  ) {
    return { text: `Should ${the(subject)} become law?`, origin, score: base - 0.05, sourceSpans };
  }
  // "Ruto wins first round in Housing levy bill": a stage of a bill won or lost is its way to
  // becoming law.
  const stage = rest.findIndex((t, i) => i < 4 && BILL_STAGES.has(t.lower));
  const stageOf = stage >= 0 && ['in', 'on', 'over', 'of'].includes(rest[stage + 1]?.lower ?? '');
  if (stageOf && STAGE_OUTCOMES.has(verb.lemma)) {
    const bill = leadingNounPhrase(rest.slice(stage + 2));
    if (BILL_NOUNS.has(bill[bill.length - 1]?.lower ?? '')) {
      return { text: `Should ${the(bill)} become law?`, origin, score: base - 0.05, sourceSpans };
    }
  }
  // "Saggy-Pants Ordinance Fails 4-2", "Plastic bag ban stalls": how a measure fared is news;
  // whether it should go ahead is the matter.
  if (
    FARING.has(verb.lemma) &&
    MADE_KNOWN_PLANS.has(head?.lower ?? '') &&
    rest.every((t) => ['NUM', 'ADV', 'PUNCT'].includes(t.pos) || TIME_WORDS.has(t.lower))
  ) {
    return { text: `Should ${the(subject)} go ahead?`, origin, score: base - 0.05, sourceSpans };
  }
  // "The bill that will stop foreigners buying houses has passed its first reading": a bill's
  // stage passed is its way to becoming law, with what it does kept.
  const relative = subject.findIndex((t, i) => i > 0 && RELATIVE_STARTS.has(t.lower));
  const reading = rest.findIndex((t, i) => i < 4 && ['reading', 'vote'].includes(t.lower));
  if (
    relative > 0 &&
    BILL_NOUNS.has(subject[relative - 1].lower) &&
    BILL_PROGRESS.has(verb.lemma) &&
    reading >= 0
  ) {
    return { text: `Should ${the(subject)} become law?`, origin, score: base - 0.05, sourceSpans };
  }
  // "VAT rise will account for largest slice of £33bn hike", "Fare rise to hit commuters": what a
  // measure will do to someone is the argument; whether it should go ahead is the matter.
  if (
    origin === 'HEADLINE' &&
    head?.pos === 'NOUN' &&
    (MEASURE_HEADS.has(head.lower) || PROJECT_NOUNS.has(head.lower)) &&
    (EFFECTS.has(verb.lemma) ||
      (FORETOLD_EFFECTS.has(verb.lemma) &&
        tokens.slice(Math.max(0, verbAt - 2), verbAt).some((t) => MODALS.has(t.lower)))) &&
    !subject.some((t) => t.pos === 'VERB' || t.pos === 'AUX')
  ) {
    return { text: `Should ${the(subject)} go ahead?`, origin, score: base - 0.1, sourceSpans };
  }
  // "Residents slam council over closure of library", "Experts task FG on abolition of Mother
  // Tongue as medium of instruction": a body taken to task over an act; the act is the matter.
  const taskedOver = actTakenToTask(verb, rest);
  if (taskedOver) return { text: taskedOver, origin, score: base - 0.1, sourceSpans };
  // "City Council defers vote again over controversial Parking Meter Project": when a body
  // decides is procedure; what it decides on is the matter.
  const deferred = sittingPutOff(verb, rest);
  if (deferred) return { text: deferred, origin, score: base - 0.1, sourceSpans };
  // "Lithuania's parliament backs pullout from Convention on Cluster Munitions": a withdrawal a
  // body backs is asked whether it should go ahead.
  const withdrawal =
    BACKING.has(verb.lemma) &&
    WITHDRAWALS.has(rest[0]?.lower ?? '') &&
    ['from', 'of'].includes(rest[1]?.lower ?? '')
      ? `Should the ${words(shortPredicate(rest))} go ahead?`
      : null;
  if (withdrawal) return { text: withdrawal, origin, score: base - 0.1, sourceSpans };
  // "We'll appeal ruling invalidating Huduma Namba": what a ruling appealed against struck down
  // is the matter, whoever appeals ("we" among them).
  const appealed = appealedRuling(verb, rest);
  if (appealed) return { text: appealed, origin, score: base - 0.1, sourceSpans };
  // "A newspaper revealed a deal whereby X …", "I was dismayed to read that X …": the messenger
  // or the reader is not the one acting; the clause they pass on is the matter.
  const firstPerson = subject.length === 1 && FIRST_PERSON.has(subject[0].lower);
  if (
    MESSENGERS.has(verb.lemma) ||
    firstPerson ||
    tokens
      .slice(verbAt, verbAt + 4)
      .some((t, i, a) => PERCEIVING.has(t.lemma) && t.pos === 'VERB' && a[i + 1]?.lower === 'that')
  ) {
    const that = rest.findIndex((t) => t.lower === 'that' || t.lower === 'whereby');
    if (that < 0 || that > 6) return null;
    return fromClause(stripLeadingAdverbial(rest.slice(that + 1)), origin, sourceSpans, body);
  }
  // "sent a letter to …", "reconsidered his decision", "opened its debate on a bill to …": the
  // procedure is not the matter; a measure named in its object is.
  const firstNoun = rest.find((t) => t.pos === 'NOUN');
  // "has taken the town council to court over its ban on …": going to law is procedure too.
  // ("taking its challenge of a ban on visible tattoos to a federal arbitrator": or to any body
  // that rules on it.)
  const toCourt =
    verb.lemma === 'take' &&
    rest
      .slice(0, 10)
      .some(
        (t, i, a) => t.lower === 'to' && a.slice(i + 1, i + 4).some((w) => FORUMS.has(w.lower)),
      );
  // ("Uber loses its York licence": a permission lost is a decision on the one who held it.)
  const permissionLost = verb.lemma === 'lose' && PERMISSIONS.has(headNoun(rest)?.lemma ?? '');
  // ("Governors dismiss controversial water resources bill": only a court's dismissal is a ruling;
  // anyone else's is a rejection.)
  const rejected = OPPOSING.has(verb.lemma) && !subject.some(isJudicial);
  const procedural =
    (PROCEDURAL.has(verb.lemma) && !permissionLost && !rejected) ||
    toCourt ||
    (firstNoun !== undefined && PROCEDURE_NOUNS.has(firstNoun.lower)) ||
    (verb.lemma === 'vote' &&
      !withoutVoteTally(rest)
        .slice(0, 3)
        .some((t) => t.lower === 'to'));
  // "A federal appeals court struck down net neutrality rules": a court's strike or overturn
  // with no policy named in what it struck is its ruling, read below with the other rulings.
  const ruling = subject.some(isJudicial) && COURT_ACTS.has(verb.lemma);
  if (procedural && !isReporting(verb)) {
    // "reconsidered his decision — that people born in X are citizens": the content of the
    // decision is the matter.
    const policy =
      policyMotion(rest, null) ??
      (verb.lemma === 'vote' ? votedOn(rest) : null) ??
      // ("upheld the government's approval of the mine, dismissing arguments that …": what was
      // ruled on before the reasons the ruling gives.)
      (ruling ? (measureNoun(rest) ?? ruledMeasure(verb, rest)) : null) ??
      decisionContent(rest) ??
      measureNoun(rest) ??
      whetherTo(rest, subject) ??
      whetherThereBe(rest) ??
      arguedMatter(rest) ??
      reconsideredAct(verb, rest, subject);
    if (policy) return { text: policy, origin, score: base - 0.1, sourceSpans };
    if (!ruling) return null;
  }

  // "A nuclear power station at Hallow Point would supply …": a thing not yet there, said of
  // what it would do, is the proposal; whether there should be one is the matter.
  // (Not "A Budapest district would ban alcohol sales after 10 pm …": a body or a place that
  // would take a measure is asked about the measure.)
  const bodyActing =
    (INSTITUTION_HEADS.has(head?.lower ?? '') || PLACE_BODIES.has(head?.lower ?? '')) &&
    MEASURE_VERBS.has(tokens[subjectEnd + 1]?.lower ?? '');
  if (
    origin === 'LEDE' &&
    /^(?:a|an)$/iu.test(tokens[0].lower) &&
    tokens[subjectEnd]?.lower === 'would' &&
    !bodyActing &&
    subject.length >= 3 &&
    !subject.some((t) => QUANTITY_NOUNS.has(t.lower) || RELATIVE_OPENERS.has(t.lower))
  ) {
    return {
      text: `Should there be ${lowerFirst(words(subject))}?`,
      origin,
      score: base - 0.1,
      sourceSpans,
    };
  }
  // "Parliament backs law forcing employers to publish pay ranges": who backs a measure is not
  // who it binds; the measure is the matter.
  // "PCS opposes increased retirement age": so is what one opposes.
  // "Students give cautious welcome to plan to scrap tuition fees": a welcome given is backing.
  const welcomeTo = WELCOME_GIVING.has(verb.lemma)
    ? rest.findIndex((t, i) => i < 4 && t.lower === 'to' && rest[i - 1]?.lower === 'welcome')
    : -1;
  if (welcomeTo > 0) {
    const welcomed =
      plannedAct(rest.slice(welcomeTo + 1)) ?? policyMotion(rest.slice(welcomeTo + 1), null);
    if (welcomed) return { text: welcomed, origin, score: base - 0.05, sourceSpans };
  }
  // "Sweetened-beverage sales in Seattle dropped 30% after soda tax": a study's measured change
  // asks whether the measure makes it.
  const measured = measuredChange(tokens.slice(0, verbAt), verb, rest);
  if (measured) return { text: measured, origin, score: base - 0.05, sourceSpans };
  // "Cyclists took over a street in protest Wednesday after the council's decision to remove
  // bike lanes": the decision protested is the matter.
  const inProtest = tokens.findIndex((t) => t.lemma === 'protest');
  const protestedAfter = tokens.findIndex(
    (t, i) => inProtest >= 0 && i > inProtest && ['after', 'over'].includes(t.lower),
  );
  const protestedAct =
    protestedAfter > 0 ? policyMotion(tokens.slice(protestedAfter + 1), null) : null;
  if (protestedAct) return { text: protestedAct, origin, score: base - 0.05, sourceSpans };
  // ("… to protest against a cost-of-living crisis after the government scrapped a popular but
  // costly petrol subsidy": a body's act on a measure that the protest came after is the matter.)
  // ("Soccer fans are 'devastated' after Qatar bans stadium alcohol sales": so is the act people
  // are upset after.)
  const upset = tokens.findIndex((t) => UPSET_FEELINGS.has(t.lower));
  const upsetAfter = tokens.findIndex(
    (t, i) => upset >= 0 && i > upset && i <= upset + 3 && t.lower === 'after',
  );
  const causeAt = tokens[protestedAfter]?.lower === 'after' ? protestedAfter : upsetAfter;
  const cause = causeAt > 0 ? tokens.slice(causeAt + 1) : [];
  // (wink may tag a headline's verb a plural noun after a name: "Qatar bans/NOUN …".)
  const causeVerb = cause.findIndex(
    (t, i) =>
      t.pos === 'VERB' ||
      (t.pos === 'NOUN' &&
        /s$/u.test(t.lower) &&
        cause[i - 1]?.pos === 'PROPN' &&
        MEASURE_VERBS.has(verbLemma(t.lower))),
  );
  const causedBy =
    causeVerb > 0 &&
    MEASURE_VERBS.has(cause[causeVerb].lemma) &&
    cause.slice(0, causeVerb).every((t) => ['DET', 'NOUN', 'PROPN', 'ADJ', 'PART'].includes(t.pos))
      ? fromClause(cause, origin, sourceSpans, body)
      : null;
  if (causedBy) return { ...causedBy, score: base - 0.05 };
  // "Residents in Venice protested against the introduction of a new fee": what a crowd
  // protests against is the matter.
  if (PROTESTING.has(verb.lemma) && rest[0]?.lower === 'against') {
    const protested =
      policyMotion(rest.slice(1), null) ??
      opposedChange(rest.slice(1)) ??
      measureNoun(rest.slice(1)) ??
      goAhead(rest.slice(1));
    if (protested) return { text: protested, origin, score: base - 0.05, sourceSpans };
  }
  // "A coalition of councillors … has put its foot on the accelerator to oppose the NSW
  // government's mega council reform agenda": what a camp acts to oppose is the matter.
  // ("… as a way of sabotaging the company's decision to plant sugarcane …": so is what its act
  // is a way of opposing.)
  const toOppose = rest.findIndex(
    (t, i) =>
      (t.lower === 'to' || (t.lower === 'of' && rest[i - 1]?.lower === 'way')) &&
      (OPPOSING.has(rest[i + 1]?.lemma ?? '') || ACTING_AGAINST.has(rest[i + 1]?.lemma ?? '')) &&
      rest[i + 1].pos === 'VERB',
  );
  // (Not a call on someone to oppose it: "called on the council to reject plans …" asks the
  // addressee, below.)
  const calls = CALLS_ON_OTHERS.has(verb.lemma);
  const wayOf = rest[toOppose]?.lower === 'of';
  if (toOppose >= 0 && !OPPOSING.has(verb.lemma) && !BACKING.has(verb.lemma) && (!calls || wayOf)) {
    // ("took to the streets … to protest against 40% deductions": its preposition is the verb's.)
    const opposed = ['against', 'over'].includes(rest[toOppose + 2]?.lower ?? '') ? 3 : 2;
    const matter = reactedMatter(rest.slice(toOppose + opposed));
    if (matter) return { text: matter, origin, score: base - 0.1, sourceSpans };
  }
  if (BACKING.has(verb.lemma) || OPPOSING.has(verb.lemma)) {
    // "Senior councillors have backed speed reductions on many roads": what a camp backs.
    const campBacks = CAMPS.has(head?.lower ?? '') && BACKING.has(verb.lemma);
    // "Disabled people are decrying the plastic straw ban": a measure opposed by name.
    const np = beforeClause(beforeComma(rest));
    // ("Bar owners reject new laws": a plural measure too.)
    // ("City shops attack car-free day": an event opposed too.)
    const measureOpposed =
      OPPOSING.has(verb.lemma) &&
      (MEASURE_HEADS.has(np[np.length - 1]?.lower ?? '') ||
        MEASURE_HEADS.has(np[np.length - 1]?.lemma ?? '') ||
        EVENTS.has(np[np.length - 1]?.lower ?? ''));
    // "Quebec City mayor rejects CAQ government's new conditions for tramway": terms another
    // party set, opposed, are asked whether they should stand.
    const termsHead = np.findIndex((t) => IMPOSED_TERMS.has(t.lower));
    const othersTerms =
      OPPOSING.has(verb.lemma) &&
      termsHead > 0 &&
      np.slice(0, termsHead).some((t) => t.pos === 'PART' && possessiveMark(t));
    if (othersTerms) {
      return { text: `Should ${the(np)} stand?`, origin, score: base - 0.05, sourceSpans };
    }
    // "Governors dismiss controversial water resources bill": a bill opposed becomes law or not.
    const lawOpposed = OPPOSING.has(verb.lemma) ? becomesLaw(np) : null;
    if (lawOpposed) return { text: lawOpposed, origin, score: base - 0.05, sourceSpans };
    // "BJP opposes BMC's ward delimitation": another party's act, named by its noun, opposed.
    const othersAct =
      OPPOSING.has(verb.lemma) &&
      np.some((t) => t.pos === 'PART' && possessiveMark(t)) &&
      // (wink may tag a noun before the head a verb: "ward/VERB delimitation".)
      np.every(
        (t, k) =>
          ['PROPN', 'NOUN', 'PART', 'ADJ'].includes(t.pos) ||
          (t.pos === 'VERB' && t.lower === t.lemma && k < np.length - 1),
      ) &&
      ACT_NOUN_ENDING.test(np[np.length - 1]?.lower ?? '');
    if (othersAct) {
      return { text: `Should ${the(np)} go ahead?`, origin, score: base - 0.05, sourceSpans };
    }
    const backed =
      policyMotion(rest, null) ??
      opposedChange(rest) ??
      measureNoun(rest) ??
      (campBacks || measureOpposed ? goAhead(rest) : null);
    if (backed) return { text: backed, origin, score: base - 0.05, sourceSpans };
  }
  const backedDown = backtrackedOn(verb, rest);
  if (backedDown) return { text: backedDown, origin, score: base - 0.05, sourceSpans };
  const verdict =
    declaredItself(verb, rest, subject) ??
    declaredVerdict(verb, rest) ??
    challengedDecision(verb, rest) ??
    actJudged(verb, rest) ??
    measureNamedAs(verb, rest);
  if (verdict) return { text: verdict, origin, score: base, sourceSpans };
  // An embedded clause with a modal: "(that) X could face prosecution".
  const embedded = embeddedModal(tokens, verbAt, subject);
  if (embedded) return { text: embedded, origin, score: base, sourceSpans };

  // "US Federal judge rules American Samoans are citizens, then ...": wink may tag "rules" a noun.
  // ("FIFA and UEFA rules blocking 'Super League' are unlawful": not a noun a participle
  // describes.)
  const reportedAt = tokens
    .slice(0, verbAt)
    .findIndex((t, i) => REPORTING.has(t.lemma) && tokens[i + 1]?.pos !== 'VERB');
  if (verb.lemma === 'be' && reportedAt > 0 && reportedAt < verbAt - 1) {
    const stop = clauseEnd(tokens, verbAt + 1);
    return {
      text: `Should ${words(tokens.slice(reportedAt + 1, verbAt))} be ${words(tokens.slice(verbAt + 1, stop))}?`,
      origin,
      score: base - 0.05,
      sourceSpans,
    };
  }
  if (isReporting(verb)) {
    const reported = planSaidOf(rest) ?? reportedClause(rest);
    if (reported) return { text: reported, origin, score: base - 0.05, sourceSpans };
  }
  // "called on the city council to ban wood-burning stoves": the one called on is asked.
  const calledOn = calledOnToAct(verb, rest);
  if (calledOn) return { text: calledOn, origin, score: base - 0.05, sourceSpans };
  // ("Kuwaiti MPs urge last minute delay for expat health fees": a change urged is asked as done
  // to its thing.)
  const urged = verb.lemma === 'urge' ? opposedChange(rest) : null;
  if (urged) return { text: urged, origin, score: base - 0.05, sourceSpans };
  // "vowed on Monday to ban …": a phrase of time before "to" does not make "vow" a noun's verb.
  // ("Sakaja calls Sonko's matatu CBD ban premature and unfair": what a thing is called is asked
  // of it.)
  const called = verb.lemma === 'call' ? verdictCalled(rest) : null;
  if (called) return { text: called, origin, score: base - 0.05, sourceSpans };
  if (THERE_BE.has(verb.lemma) && withoutLeadingTime(rest)[0]?.pos !== 'PART') {
    const object = rest[0]?.lower === 'for' ? rest.slice(1) : rest;
    // ("'No' group may seek legal advice": what a camp seeks to know is its next step, no measure.)
    if (seeksCounsel(verb, object)) return null;
    // "is planning a short, sharp referendum campaign on the abolition of the Seanad": the
    // vote or campaign is the way; what it is on is the matter.
    const votedOn = object.findIndex(
      (t, i) => i < 8 && VOTES_ON.has(t.lower) && object[i + 1]?.lower === 'on',
    );
    const onMatter = object.slice(votedOn + 2);
    const matter = votedOn >= 0 ? (opposedChange(onMatter) ?? policyMotion(onMatter, null)) : null;
    if (matter) return { text: matter, origin, score: base - 0.05, sourceSpans };
    // ("Max, Gokada riders seek regulation instead of okada ban": what is sought in the place of
    // a measure is the case against it; the measure is the matter.)
    const instead = object.findIndex(
      (t, i) => t.lower === 'instead' && object[i + 1]?.lower === 'of',
    );
    const replaced = instead > 0 ? object.slice(instead + 2) : [];
    if (namesMeasure(headNoun(replaced))) {
      const matter = goAhead(replaced);
      if (matter) return { text: matter, origin, score: base - 0.05, sourceSpans };
    }
    // ("Protesters demand nationalization of major gold mine": a change sought is asked as done
    // to its thing.)
    const change = opposedChange(object);
    if (change) return { text: change, origin, score: base - 0.05, sourceSpans };
    // ("Solomon Islands plans ban on Facebook": a headline's bare measure takes its article.)
    const bare = object[0]?.pos === 'NOUN' && MEASURE_HEADS.has(object[0].lower);
    const article =
      bare && !/s$/u.test(object[0].lower) ? `${indefiniteArticle(object[0].lower)} ` : '';
    return {
      text: `Should there be ${article}${words(shortPredicate(object))}?`,
      origin,
      score: base - 0.05,
      sourceSpans,
    };
  }
  // "Meta has been hit with a fine", "the council will be asked to …": a passive after "be".
  const afterBe =
    verbAt > subjectEnd &&
    tokens.slice(subjectEnd, verbAt).some((t) => t.lemma === 'be') &&
    !/ing$/u.test(verb.lower);
  // "A later start may help grades": a finding, asked as one; not a passive ("plans for a
  // minimum price could be shelved" asks whether they should be).
  // ("Anaheim May Ban New Gas Stations Temporarily": a body that may take a measure is asked
  // whether it should, as any act is.)
  // ("A seaside town could impose a tax on tourists": so may a place bring a measure in.)
  const mayAct =
    (DECIDED.has(verb.lemma) &&
      subject.some((t) => t.pos === 'PROPN' || INSTITUTION_HEADS.has(t.lower))) ||
    (ADOPTING.has(verb.lemma) &&
      subject.some((t) => INSTITUTION_HEADS.has(t.lower) || PLACES.has(t.lower)));
  // "Unlicensed religious chaplains may counsel students … after lawmakers OK proposal": a "may"
  // that a measure grants is a permission, asked as one.
  const granted = tokens[subjectEnd]?.lower === 'may' ? grantingClause(rest) : -1;
  if (granted > 0 && verb.pos === 'VERB' && verb.lemma !== 'be') {
    return {
      text: `Should ${the(subject)} be allowed to ${verb.lemma} ${words(shortPredicate(rest.slice(0, granted)))}?`,
      origin,
      score: base - 0.1,
      sourceSpans,
    };
  }
  // "Minneapolis may be preparing to abolish its police": what a body may be about to do is
  // asked as its act.
  const intended = hedged && INTENDING.has(verb.lemma) && rest[0]?.lower === 'to';
  if (intended && rest[1]?.pos === 'VERB') {
    return {
      text: `Should ${the(subject)} ${rest[1].lemma} ${words(shortPredicate(rest.slice(2)))}?`,
      origin,
      score: base - 0.1,
      sourceSpans,
    };
  }
  // "Students may scupper merger", "Residents' objections are delaying plans for a north
  // Manchester eruv": whoever stands in a matter's way opposes it; the matter is asked.
  const thwarted = thwartedMatter(verb, rest, subject) ?? disagreersMatter(subject);
  if (thwarted) return { text: thwarted, origin, score: base - 0.1, sourceSpans };
  if (
    hedged &&
    !mayAct &&
    !afterBe &&
    (verb.pos === 'VERB' || verb.lower === 'do') &&
    verb.lemma !== 'be'
  ) {
    return {
      text: `${isPlural(subject) ? 'Do' : 'Does'} ${the(subject)} ${verb.lemma} ${words(shortPredicate(rest))}?`,
      origin,
      score: base - 0.1,
      sourceSpans,
    };
  }
  // "The Kenyan government faces stiff opposition from manufacturers over the ban on plastic
  // bags": the reaction met is news; what it is met over is the matter, or there is none.
  // "Ireland's cancer warnings on beer, wine spark alarm among top exporters", "New health
  // warnings … have sparked alarm from alcohol-producing countries": what stirs a reaction is
  // the matter.
  const stirred = rest.findIndex(
    (t, i) =>
      i < 3 && (REACTIONS_MET.has(t.lower) || STIRRED.has(t.lower) || DISPUTE_NOUNS.has(t.lemma)),
  );
  if (SPARKING.has(verb.lemma) && stirred >= 0 && subject.some((t) => t.pos === 'NOUN')) {
    const matter = goAhead(subject);
    if (matter) return { text: matter, origin, score: base - 0.1, sourceSpans };
  }
  // "Media laws plan comes under fire": a measure that comes under fire is the matter itself.
  const cameUnder =
    verb.lemma === 'come' &&
    rest[0]?.lower === 'under' &&
    UNDER_REACTION.has(rest[1]?.lower ?? '') &&
    subject.some((t) => MADE_KNOWN_PLANS.has(t.lower) || isMeasureHead(t));
  if (cameUnder) {
    return { text: `Should ${the(subject)} go ahead?`, origin, score: base - 0.1, sourceSpans };
  }
  if (REACTION_MEETING.has(verb.lemma) || verb.lemma === 'get') {
    // ("Proposed steel flyover gets mixed reactions from Bengaluru citizens": so does one a
    // planned thing gets, whatever they are.)
    const planned =
      subject.some((t) => PLANNED_PARTICIPLES.has(t.lower)) ||
      MADE_KNOWN_PLANS.has(subject[subject.length - 1]?.lower ?? '');
    const reaction = rest.findIndex(
      (t, i) =>
        i < 4 &&
        (REACTIONS_MET.has(t.lower) || (planned && RECEPTIONS.has(t.lower))) &&
        (verb.lemma !== 'get' || planned),
    );
    if (reaction >= 0) {
      const over = rest.findIndex((t, i) => i > reaction && MET_OVER.has(t.lower));
      const policy = over > 0 ? policyMotion(rest.slice(over + 1), null) : null;
      if (policy) return { text: policy, origin, score: base - 0.1, sourceSpans };
      // "A proposed ban on right turns on red … is receiving harsh opposition": a measure that
      // meets a reaction is the matter itself.
      const measure = over < 0 && (planned || subject.some((t) => MADE_KNOWN_PLANS.has(t.lower)));
      return measure
        ? { text: `Should ${the(subject)} go ahead?`, origin, score: base - 0.1, sourceSpans }
        : null;
    }
  }
  // "Hundreds of dog owners have staged a dog-walking protest on the beach over new rules
  // banning their pets": a protest held is news; what it is over is the matter, or there is none.
  // ("have signed up to take part in a mass protest against …": so is one taken part in.)
  const partIn = rest.findIndex(
    (t, i) =>
      i < 6 && t.lower === 'part' && rest[i + 1]?.lower === 'in' && rest[i - 1]?.lemma === 'take',
  );
  const held = rest.findIndex(
    (t, i) =>
      (i < 5 || (partIn >= 0 && i > partIn + 1 && i <= partIn + 5)) &&
      (PROTEST_NOUNS.has(t.lower) || HELD_PROTESTS.has(t.lower)),
  );
  const modifier = (t: Token) =>
    ['DET', 'ADJ', 'NOUN', 'NUM'].includes(t.pos) || t.text === '-' || /ing$/u.test(t.lower);
  const beforeProtest =
    partIn >= 0 && held > partIn ? rest.slice(partIn + 2, held) : rest.slice(0, held);
  if (held >= 0 && beforeProtest.every(modifier)) {
    const over = rest.findIndex((t, i) => i > held && REACTED_TO.has(t.lower));
    const matter = over > 0 ? reactedMatter(beforeComma(rest.slice(over + 1))) : null;
    return matter ? { text: matter, origin, score: base - 0.1, sourceSpans } : null;
  }
  // "Activists vowed to continue to fight the PennEast Pipeline, a … project": a camp's fight is
  // its reaction; what it fights is the matter.
  const fought = foughtMatter(verb, rest, subject);
  if (fought) return { text: fought, origin, score: base - 0.1, sourceSpans };
  // "voted 9 to 4 on Thursday to limit …": the count and the day are not the action.
  const lead = withoutLeadingTime(withoutVoteTally(rest));
  const toVerb = lead.findIndex((t, i) => t.lower === 'to' && lead[i + 1]?.pos === 'VERB');
  // "ditches guidance to give the vaccine to newborns": what an undoing verb drops is the
  // guidance, not the giving; the act after "to" is what stops.
  const undoesIt = DROPPING.has(verb.lemma) && lead.slice(0, toVerb).some((t) => t.pos === 'NOUN');
  // "Janet Brekke and Pat Starr proposed an ordinance to place …" → "Should capacity
  // restrictions be placed on businesses?"
  const proposed = namedProposers(verb, subject) ? policyMotion(lead, null) : null;
  if (proposed) return { text: proposed, origin, score: base - 0.05, sourceSpans };
  // "signs contentious bill to spur housing construction": a measure named by its goal, not its
  // act, is asked as the measure.
  const aimed = GO_AHEAD.has(verb.lemma) ? measureForGoal(lead) : null;
  if (aimed) return { text: aimed, origin, score: base - 0.05, sourceSpans };
  // "should be banned to help people quit": after a passive, "to" gives the purpose, unless the
  // verb takes an act ("was asked to decide", "has been ordered to pay").
  const purpose = afterBe && !TAKES_ACT_IN_PASSIVE.has(verb.lemma);
  // "Speed bumps are the only way to keep us safe": what "to" follows is a verdict's noun.
  const verdictNoun = verb.lemma === 'be' && toVerb > 0;
  // "passes right to disconnect law": the infinitive is a right's, not the verb's.
  const rightTo = toVerb > 0 && RIGHT_NOUNS.has(lead[toVerb - 1].lower);
  // "want solutions to frequent … closures": nor is a remedy's "to" ("frequent" is no verb here).
  const remedyTo = toVerb > 0 && REMEDIES.has(lead[toVerb - 1].lemma);
  // "tests dog poo DNA to trace irresponsible owners": what a trial is for is its aim, not the act.
  const trialAim = toVerb > 0 && TRYING_OUT.has(verb.lemma);
  // "Tourists must pay 1,000 dollars to enter …": nor what a sum is paid for; the paying is asked.
  // (The sum may have gone with the leading time: "1,000 dollars".)
  const paidFor = PAYING.has(verb.lemma) && rest.some((t, i) => i > 0 && t.lower === 'to');
  // "France approves algorithmic video surveillance to safeguard Olympics": nor what a measure
  // is approved for (a plan's or a bill's "to" is what it would do).
  const approvedHead = lead[toVerb - 1];
  const approvedFor =
    APPROVING_FOR.has(verb.lemma) &&
    toVerb > 0 &&
    // ("approved bylaw changes to ban marijuana shops": what a measure's "to" does is the act.)
    !isMeasureCarrier(approvedHead.lower) &&
    !namesMeasure(approvedHead) &&
    !Object.hasOwn(CHANGE_DONE, approvedHead.lower) &&
    !RULES.has(approvedHead.lower);
  const infinitive =
    !undoesIt &&
    !purpose &&
    !verdictNoun &&
    !rightTo &&
    !remedyTo &&
    !trialAim &&
    !paidFor &&
    !approvedFor;
  const approved = lead.slice(0, toVerb);
  if (approvedFor && approved.some((t) => t.pos === 'NOUN')) {
    return { text: `Should ${the(approved)} go ahead?`, origin, score: base - 0.05, sourceSpans };
  }
  if (toVerb >= 0 && toVerb <= 3 && infinitive) {
    // "ordered the city to pay the fees and issued an injunction": the second, past predicate is
    // news of its own.
    const predicate = beforeSecondPast(lead.slice(toVerb + 1));
    // ("Swiss village set to vote to keep cowbells ringing": a vote to act is the act.)
    const voteTo =
      predicate[0]?.lemma === 'vote' &&
      predicate[1]?.lower === 'to' &&
      predicate[2]?.pos === 'VERB';
    const vp = voteTo ? predicate.slice(2) : predicate;
    // "Holidaymakers get reprieve with plan to delay all-inclusive booze ban": a plan brought in
    // by a preposition is someone else's; its act is asked without the subject.
    const carried =
      toVerb >= 2 &&
      isMeasureCarrier(lead[toVerb - 1].lower) &&
      ['with', 'over', 'after', 'amid', 'under'].includes(lead[toVerb - 2].lower);
    const carriedPlan = carried ? policyMotion(lead.slice(toVerb - 1), null) : null;
    if (carriedPlan) return { text: carriedPlan, origin, score: base - 0.05, sourceSpans };
    // "Clare council set to vote on erasing golf club right of way": what is voted on is asked.
    const votedAct = vp[0]?.lemma === 'vote' ? votedOn(vp.slice(1)) : null;
    if (votedAct) return { text: votedAct, origin, score: base - 0.05, sourceSpans };
    // "One city council member wants to remove some bike lanes downtown": one member cannot do
    // it; whether it should be done is the matter ("Should some bike lanes downtown be removed?").
    const member = subject.some((t) => MEMBER_NOUNS.has(t.lower));
    if (WISHING.has(verb.lemma) && toVerb === 0 && member && vp[1]?.pos === 'DET') {
      const relative = vp.findIndex((t) => RELATIVE_STARTS.has(t.lower));
      const object = shortPredicate(vp.slice(1, relative > 0 ? relative : vp.length));
      if (object.some((t) => t.pos === 'NOUN')) {
        const done = `${lowerOpeningArticle(words(object))} be ${pastParticiple(vp[0].lemma)}`;
        return { text: `Should ${done}?`, origin, score: base - 0.05, sourceSpans };
      }
    }
    // "has authorised farmers to shoot wolves": who is let act is the one asked about.
    const allowed = lead.slice(0, toVerb);
    const named = allowed.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
    if (PERMITTING.has(verb.lemma) && named) {
      return {
        text: `Should ${words(allowed)} be allowed to ${words(shortPredicate(vp))}?`,
        origin,
        score: base - 0.05,
        sourceSpans,
      };
    }
    // "Geelong hunters will not be allowed to undertake duck shooting": whether they may is the
    // matter, not whether they should.
    if (PERMITTING.has(verb.lemma) && afterBe && toVerb === 0) {
      return {
        text: `Should ${the(subject)} be allowed to ${words(shortPredicate(vp))}?`,
        origin,
        score: base - 0.05,
        sourceSpans,
      };
    }
    // "Judge Wilson ordered the city to pay the NRA's fees": who is made to act is asked about.
    if (DIRECTING.has(verb.lemma) && named) {
      return {
        text: `Should ${lowerOpeningArticle(words(allowed))} ${words(shortPredicate(vp))}?`,
        origin,
        score: base - 0.05,
        sourceSpans,
      };
    }
    return {
      text: `Should ${the(subject)} ${words(shortPredicate(vp))}?`,
      origin,
      score: base - 0.05,
      sourceSpans,
    };
  }
  // "Happy Meal ban officially passes in San Francisco": with no object, what passed is the
  // subject.
  if (
    GO_AHEAD.has(verb.lemma) &&
    tokens[verbAt - 1]?.lemma !== 'be' &&
    (rest.length === 0 || rest[0].pos === 'ADP') &&
    subject.some((t) => MADE_KNOWN_PLANS.has(t.lower))
  ) {
    const outcome =
      BILL_NOUNS.has(head?.lower ?? '') || head?.lower === 'law' ? 'become law' : 'go ahead';
    return { text: `Should ${the(subject)} ${outcome}?`, origin, score: base - 0.05, sourceSpans };
  }
  // "Over 330,000 people have signed a petition opposing new stained-glass window designs …":
  // what the petition opposes is the matter, not the petition.
  const petition = rest.findIndex((t, i) => i < 4 && OPPOSING_CARRIERS.has(t.lower));
  const opposed =
    petition >= 0 && carrierOpposing(rest, petition) ? goAhead(rest.slice(petition)) : null;
  if (opposed) return { text: opposed, origin, score: base - 0.1, sourceSpans };
  // "Plans to build a wind farm have been approved": in the passive the subject is what was
  // approved, asked about as the sentence says it.
  if (GO_AHEAD.has(verb.lemma) && tokens[verbAt - 1]?.lemma !== 'be') {
    // "approved a plan to close X", "announced a ban on X": the measure's own action.
    const agent = namedProposers(verb, subject) ? null : lowerOpeningArticle(words(subject));
    const policy = policyMotion(withoutLeadingTime(rest), agent);
    if (policy) return { text: policy, origin, score: base - 0.05, sourceSpans };
    // "has proposed banning cruise ships from its harbour": a gerund after the verb is the
    // action proposed, the subject's own ("Should the council ban cruise ships …?"), not a
    // noun to go ahead ("the banning cruise ships").
    const gerund = withoutLeadingTime(rest);
    if (gerund[0]?.pos === 'VERB' && /ing$/u.test(gerund[0].lower) && gerund.length > 1) {
      return {
        text: `Should ${the(subject)} ${gerund[0].lemma} ${words(shortPredicate(gerund.slice(1)))}?`,
        origin,
        score: base - 0.05,
        sourceSpans,
      };
    }
    // "passed an ordinance Thursday that will ban the construction of …": what the measure will
    // do is what its makers do.
    const does = measureWillDo(rest);
    if (does) {
      return {
        text: `Should ${the(subject)} ${does.verb.lemma} ${words(shortPredicate(does.object))}?`,
        origin,
        score: base - 0.05,
        sourceSpans,
      };
    }
    // "signed the Right To Repair bill into law": what was signed becomes law.
    const intoLaw = rest.findIndex((t, i) => t.lower === 'into' && rest[i + 1]?.lower === 'law');
    // "signed legislation Wednesday requiring …": the day between the noun and what it does.
    // ("signed the bill on Thursday saying it aligns …": what the signer said is no part of it.)
    const saying = rest.findIndex((t) => /ing$/u.test(t.lower) && REPORTING.has(t.lemma));
    const undated = (saying > 0 ? rest.slice(0, saying) : rest).filter(
      (t, k) => !(WEEKDAY_NAMES.has(t.lower) && rest[k - 1]?.pos === 'NOUN' && k > 0),
    );
    const signed = verb.lemma === 'sign' && intoLaw > 0 ? rest.slice(0, intoLaw) : undated;
    const npTokens = withoutTime(shortPredicate(beforeClause(beforeComma(signed))));
    const np = words(npTokens);
    // "Mahashtra introduces Hindi as 3rd language in schools": a bare name of no measure (a
    // language, a product) is brought in by the subject, as the headline says.
    if (
      npTokens.length === 1 &&
      npTokens[0].pos === 'PROPN' &&
      !isCodeName(np) &&
      rest.length > npTokens.length
    ) {
      const predicate = words(shortPredicate(rest));
      return {
        text: `Should ${the(subject)} ${verb.lemma} ${predicate}?`,
        origin,
        score: base - 0.1,
        sourceSpans,
      };
    }
    // ("have signed a petition to the council": a petition signed carries a call, and without
    // what it calls for names no matter.)
    if (CARRIED_CALLS.has(headNoun(npTokens)?.lower ?? '')) return null;
    // "Breonna’s Law", "Martyn’s Law": a measure owned by a name takes no article either.
    const named = isCodeName(np) || /^(?:\p{Lu}[\p{L}.-]*\s)*\p{Lu}[\p{L}.-]*['’]s\s/u.test(np);
    const object = rest[0]?.pos === 'DET' || named ? np : `the ${np}`;
    // ("approved Bill 490/07": a bill passed by one house is still to become law.)
    const billPassed =
      ['approve', 'pass'].includes(verb.lemma) &&
      BILL_NOUNS.has((headNoun(npTokens) ?? npTokens[0])?.lower ?? '');
    const outcome = signed === undated && !billPassed ? 'go ahead' : 'become law';
    return { text: `Should ${object} ${outcome}?`, origin, score: base - 0.1, sourceSpans };
  }
  // "students will have to leave …": "have to" after the modal is the modal's, not a clause.
  const periphrastic = ['have', 'need', 'ought', 'going', 'able'].includes(
    tokens[verbAt - 2]?.lower ?? '',
  );
  // "Kelby one step closer to leaf blower ban": "to" after "closer" is a preposition, and the
  // word wink reads as a verb after it ("leaf", "parking", "smoking") starts the measure.
  if (tokens[verbAt - 1]?.lower === 'to' && TOWARDS.has(tokens[verbAt - 2]?.lower ?? '')) {
    const approached = tokens.slice(verbAt);
    const head = approached[approached.length - 1];
    if (origin !== 'HEADLINE' || !MEASURE_NOUNS.has(head.lower) || approached.length > 5)
      return null;
    return {
      text: `Should the ${words(approached)} go ahead?`,
      origin,
      score: base - 0.1,
      sourceSpans,
    };
  }
  // "A push to build a permanent shelter downtown may be under way", "The council's decision
  // Wednesday to put bike lanes on X left …": a plan does not act; its owner would, or else what
  // it would do is asked of what it would be done to.
  if (tokens[verbAt - 1]?.lower === 'to' && carrierBefore(tokens, verbAt - 1)) {
    const asked = policyMotion(tokens, null);
    return asked ? { text: asked, origin, score: base - 0.1, sourceSpans } : null;
  }
  if (tokens[verbAt - 1]?.lower === 'to' && !periphrastic) {
    // "Taiwan's legislature first in Asia to legalize same-sex marriage"
    const subj = the(leadingNominal(tokens.slice(0, verbAt - 1)));
    return {
      text: `Should ${subj} ${verb.lemma} ${words(shortPredicate(rest))}?`,
      origin,
      score: base - 0.1,
      sourceSpans,
    };
  }
  // "Calorie counting when eating out is now law": a practice made law is asked whether the law
  // should require it.
  const withoutNow = rest.filter((t) => !['now', 'officially', 'finally'].includes(t.lower));
  if (
    verb.lemma === 'be' &&
    withoutNow.length === 1 &&
    withoutNow[0].lower === 'law' &&
    subject.some((t) => t.pos === 'NOUN' || /ing$/u.test(t.lower))
  ) {
    return {
      text: `Should ${the(subject)} be required by law?`,
      origin,
      score: base - 0.05,
      sourceSpans,
    };
  }
  // "A ban restricting all South Korean gamers under 16 from playing online games … is now in
  // full effect": a measure in force is asked as the measure.
  if (verb.lemma === 'be' && IN_FORCE.test(words(withoutNow))) {
    const measure = subject.some((t) => MEASURE_LIKE.has(t.lemma))
      ? (policyMotion(subject, null) ?? goAhead(subject))
      : null;
    if (measure) return { text: measure, origin, score: base - 0.05, sourceSpans };
  }
  // "Catholic primary schools are to be banned from …": what is to be done is a plan, asked
  // whether it should be.
  const doneLater = rest[2];
  if (
    verb.lemma === 'be' &&
    rest[0]?.lower === 'to' &&
    rest[1]?.lower === 'be' &&
    doneLater?.pos === 'VERB' &&
    pastParticipleForm(doneLater)
  ) {
    const predicate = words(shortPredicate(rest.slice(3)));
    return {
      text: `Should ${the(subject)} be ${doneLater.lower}${predicate ? ` ${predicate}` : ''}?`,
      origin,
      score: base - 0.1,
      sourceSpans,
    };
  }
  // "Ban on trans fat in restaurants is approved by New York City": a decision in the passive
  // asks whether it should be done, without who did it.
  const decision = rest[0];
  if (
    verb.lemma === 'be' &&
    decision?.pos === 'VERB' &&
    DECIDED.has(decision.lemma) &&
    pastParticipleForm(decision) &&
    (rest.length === 1 || rest[1].lower === 'by' || AFTER_PASSIVE.has(rest[1].pos))
  ) {
    return {
      text: `Should ${the(subject)} be ${decision.lower}?`,
      origin,
      score: base - 0.1,
      sourceSpans,
    };
  }
  // "Home education is forbidden in the EU's largest country": a ban in force is asked as one
  // that should be (what a sentence names without an article stays without one).
  if (['is', 'are'].includes(verb.lower) && FORBIDDEN_STATES.has(rest[0]?.lower ?? '')) {
    const bare =
      origin !== 'HEADLINE' &&
      subject[0]?.pos === 'NOUN' &&
      subject.every((t) => ['NOUN', 'ADJ'].includes(t.pos));
    return {
      text: `Should ${bare ? uncapitalised(words(subject)) : the(subject)} be ${words(shortPredicate(rest))}?`,
      origin,
      score: base - 0.1,
      sourceSpans,
    };
  }
  // ("Serving non-vegetarian food is not revolution": a verdict on an act named by its gerund
  // is the case for or against it; the act is the matter.)
  const gerundSubject =
    verb.lemma === 'be' && subject[0]?.pos === 'VERB' && /\p{L}{3}ing$/u.test(subject[0].lower);
  const actJudgedAs = gerundSubject ? goAhead(subject) : null;
  if (actJudgedAs) return { text: actJudgedAs, origin, score: base - 0.15, sourceSpans };
  // "The congestion charge is the wrong answer": a verdict on the thing, asked as one.
  if (
    verb.lemma === 'be' &&
    ['is', 'are'].includes(verb.lower) &&
    tokens[verbAt - 1]?.lower !== 'to'
  ) {
    return {
      text: `${capitalise(verb.lower)} ${the(subject)} ${words(shortPredicate(rest))}?`,
      origin,
      score: base - 0.15,
      sourceSpans,
    };
  }
  // "Sugar tax works", "Speed bumps help slow cars", "Speed bumps don't make sense": a thing's
  // effect, claimed in a headline's present tense, is asked as a claim, not as an act.
  const effect = origin === 'HEADLINE' ? claimedEffect(subject, verb, rest) : null;
  if (effect) return { text: effect, origin, score: base - 0.1, sourceSpans };
  // "Use of Emergencies Act ruled unreasonable by federal judge": what a thing is pronounced, in
  // a headline's passive, is asked of it ("Was the use of the Emergencies Act unreasonable?").
  const pronounced = origin === 'HEADLINE' ? pronouncedInPassive(subject, verb, rest) : null;
  if (pronounced) return { text: pronounced, origin, score: base - 0.1, sourceSpans };
  // "Skier Ingrid Halvorsen banned for four years": a headline drops the "is" of its passive.
  if ((origin === 'HEADLINE' && bareParticiple(tokens, verbAt)) || afterBe) {
    // "approved overwhelmingly", "rejected unanimously": how the vote went is not what is done.
    let from = 0;
    while (isMannerAdverb(rest[from])) from++;
    // "banned to help people quit": the purpose is the case for it, not part of the act.
    // ("charged to hire tennis courts": what one pays to do is part of the charge.)
    // ("removed after collapsing": what came before is no part of the act either.)
    const forPurpose =
      (purpose &&
        rest[from]?.lower === 'to' &&
        rest[from + 1]?.pos === 'VERB' &&
        !CHARGING.has(verb.lemma)) ||
      (rest[from]?.lower === 'after' && /ing$/u.test(rest[from + 1]?.lower ?? ''));
    const predicate = forPurpose ? '' : words(shortPredicate(rest.slice(from)));
    // "Removal of Old Shoreham Road cycle lane backed by Labour …": a change that is backed is
    // asked as the change ("Should the Old Shoreham Road cycle lane be removed?").
    const backedChange = BACKING.has(verb.lemma) ? opposedChange(subject) : null;
    if (backedChange) return { text: backedChange, origin, score: base - 0.1, sourceSpans };
    return {
      text: `Should ${the(subject)} be ${verb.lower}${predicate ? ` ${predicate}` : ''}?`,
      origin,
      score: base - 0.15,
      sourceSpans,
    };
  }
  // "A federal judge on Thursday blocked the city's ban on short-term rentals": a court's act is
  // no one's to debate; the measure it ruled on is ("Should the city's ban … stand?").
  if (tokens.slice(0, verbAt).some(isJudicial)) {
    const ruled = ruledMeasure(verb, rest);
    if (ruled) return { text: ruled, origin, score: base - 0.1, sourceSpans };
    // "rejected the requests of Airbnb": a ruling on no measure gives no motion.
    if (ruled === null) return null;
  }
  // "Venice begins charging day-trippers", "starts to charge …": the act is what is begun.
  const begun = ASPECTUAL.has(verb.lemma) ? (rest[0]?.lower === 'to' ? 1 : 0) : -1;
  const act = begun >= 0 && rest[begun]?.pos === 'VERB' ? rest[begun] : null;
  const done = act && (begun === 1 || /ing$/u.test(act.lower)) ? act : verb;
  const object = shortPredicate(done === verb ? rest : rest.slice(begun + 1));
  const pledged = origin === 'HEADLINE' ? ownPledgeAsked(subject, done.lemma, object) : null;
  if (pledged) return { text: pledged, origin, score: base - 0.15, sourceSpans };
  const quarrelledOver = origin === 'HEADLINE' ? amidQuarrelOver(rest) : null;
  if (quarrelledOver) return { text: quarrelledOver, origin, score: base - 0.15, sourceSpans };
  return {
    text: `Should ${the(subject)} ${done.lemma} ${words(object)}?`,
    origin,
    score: base - 0.15,
    sourceSpans,
  };
}

/** What a court may keep in force over a thing: "orders blocking …", "a delay on …". */
const HOLDS = new Set(
  'order orders injunction injunctions delay suspension halt stay freeze'.split(' '),
);
/** Participles of a hold: "orders blocking the deployment …". */
const HOLDING = new Set(['blocking', 'halting', 'stopping', 'suspending', 'barring', 'freezing']);

/**
 * "A court in Kenya has extended orders blocking the deployment of Kenyan police to Haiti", "Kenya
 * court extends delay on deployment of Haiti mission": what a court keeps on hold, when it extends
 * the hold, is asked whether it should go ahead.
 */
function extendedHold(verb: Token, rest: Token[]): string | null {
  if (verb.lemma !== 'extend') return null;
  const hold = rest.findIndex((t, i) => i < 3 && HOLDS.has(t.lower));
  if (hold < 0) return null;
  const next = rest[hold + 1];
  const on =
    HOLDING.has(next?.lower ?? '') ||
    (['on', 'of'].includes(next?.lower ?? '') && !/^orders?$/u.test(rest[hold].lower));
  if (!on) return null;
  // ("extends suspension of Finance Act": a law held up is asked whether it should stand.)
  const held = beforeComma(rest.slice(hold + 2));
  const head = headBeforePreposition(held)?.lower ?? '';
  const law = LEGISLATION.has(head) || MEASURE_HEADS.has(head);
  return law ? `Should ${the(held)} stand?` : goAhead(held);
}

/** Verbs of taking a body to task, besides praise and blame: "knock FG over …", "task FG on …". */
const TAKING_TO_TASK = new Set(
  'knock task urge press query grill quiz fault rap flay berate chide scold'.split(' '),
);
/** Most words of the body taken to task: "the state government". */
const TASKED_BODY_WORDS = 4;

/**
 * "slam council over closure of library" → "Should library be closed?": a change a body is
 * praised, blamed or pressed over. Null unless a body, then "over", "on" or "for" and a change
 * named by its noun ("closure of", "abolition of") follow the verb.
 */
function actTakenToTask(verb: Token, rest: Token[]): string | null {
  if (!PRAISE_OR_BLAME.has(verb.lemma) && !TAKING_TO_TASK.has(verb.lemma)) return null;
  const over = rest.findIndex((t) => ['over', 'on', 'for'].includes(t.lower));
  const body = rest.slice(0, over);
  const named =
    over > 0 &&
    over <= TASKED_BODY_WORDS &&
    body.every((t) => ['DET', 'NOUN', 'PROPN'].includes(t.pos)) &&
    body.some((t) => t.pos !== 'DET');
  return named ? opposedChange(rest.slice(over + 1)) : null;
}

/** Verbs and nouns of taking a ruling to a higher court. */
const APPEALING = new Set(['appeal', 'challenge', 'contest']);
/** How far into its object a verb of appealing names the ruling: "an appeal against the High Court's decision". */
const APPEALED_RULING_REACH = 8;

/**
 * "appeal ruling invalidating Huduma Namba", "file an appeal against the High Court's decision
 * that invalidated Huduma Namba" → "Should Huduma Namba stand?": the measure a ruling struck,
 * which its appeal would save. Null unless an appeal names a ruling and what the ruling did.
 */
function appealedRuling(verb: Token, rest: Token[]): string | null {
  const appealNoun = rest.findIndex((t, i) => i < 3 && t.pos === 'NOUN' && APPEALING.has(t.lemma));
  if (!APPEALING.has(verb.lemma) && appealNoun < 0) return null;
  const decision = rest.findIndex(
    (t, i) => i < APPEALED_RULING_REACH && DECISION_NOUNS.has(t.lower),
  );
  if (decision < 0) return null;
  const that = rest[decision + 1]?.lower === 'that' ? 1 : 0;
  const act = rest[decision + 1 + that];
  const lemma = act && (that ? act.lemma : gerundLemma(act.lower));
  if (!act || (!that && !/ing$/u.test(act.lower)) || !COURT_ACTS.has(lemma ?? '')) return null;
  return ruledMeasure({ ...act, lemma }, rest.slice(decision + 2 + that)) ?? null;
}

/**
 * What a court's ruling is on, asked whether it should stand: "blocked the city's ban on
 * short-term rentals" → "Should the city's ban on short-term rentals stand?". Null for a ruling
 * on no measure ("rejected the requests of Airbnb"); undefined when the verb is no ruling, or the
 * measure is not named so that it can be asked about.
 */
function ruledMeasure(verb: Token, rest: Token[]): string | null | undefined {
  const heldUp = extendedHold(verb, rest);
  if (heldUp) return heldUp;
  // "Pakistan court orders removal of ban on PUBG": a change a court orders is asked of its thing.
  const ordered = DIRECTING.has(verb.lemma) ? opposedChange(rest) : null;
  if (ordered) return ordered;
  // ("ordered an immediate halt Thursday to Sacramento's ordinance …": a halt ordered is a block.)
  const halt = HALT_ORDERED.has(verb.lemma)
    ? rest.findIndex((t, k) => k < 4 && HALTS.has(t.lower))
    : -1;
  const haltedTo =
    halt >= 0 ? rest.findIndex((t, k) => k > halt && k < halt + 4 && t.lower === 'to') : -1;
  if (!COURT_ACTS.has(verb.lemma) && haltedTo <= 0) return undefined;
  // ("court staff strike over reforms …": a court strikes a measure down; striking over one is
  // a walkout, no ruling on it.)
  if (verb.lemma === 'strike' && !COURT_PARTICLES.has(rest[0]?.lower ?? '')) return null;
  // "struck down net neutrality rules": the particle belongs to the verb; so does "against" in
  // "ruled against the ban on protests".
  const ruling = haltedTo > 0 ? rest.slice(haltedTo + 1) : rest;
  const against = ruling[0]?.lower === 'against' && ACTIVE_BEFORE.has(verb.lemma);
  const struck = COURT_PARTICLES.has(ruling[0]?.lower ?? '') || against ? ruling.slice(1) : ruling;
  // "dismisses government's appeal of ruling that struck down student fee opt-out": the ruling
  // upheld is what stands; what it struck down is the matter.
  const earlier = struck.findIndex(
    (t, i) =>
      DECISION_NOUNS.has(t.lower) &&
      struck[i + 1]?.lower === 'that' &&
      COURT_ACTS.has(struck[i + 2]?.lemma ?? ''),
  );
  if (earlier >= 0) return ruledMeasure(struck[earlier + 2], struck.slice(earlier + 3));
  // "strikes down provision of digital ad tax as First Amendment violation": the part struck is
  // of the measure, which is asked about; what the court called it is the ruling's reason.
  const part = PARTS_OF_MEASURE.has(struck[0]?.lower ?? '') && struck[1]?.lower === 'of' ? 2 : 0;
  const as = struck.findIndex(
    (t, i) => i > part && t.lower === 'as' && struck[i - 1].pos === 'NOUN',
  );
  const whole = shortPredicate(struck.slice(part, as > 0 ? as : struck.length));
  const isMeasure = (t: Token | undefined) =>
    t !== undefined && (MEASURE_HEADS.has(t.lower) || RULES.has(t.lower)) && t.pos === 'NOUN';
  // "blocks SB 4, Texas law that would allow …": a measure's code, then what it is.
  const comma = whole.findIndex((t) => t.text === ',');
  const coded =
    comma > 0 && isCodeName(words(whole.slice(0, comma))) && whole.slice(comma).some(isMeasure);
  const ruledOn = coded ? whole.slice(0, comma) : whole;
  const measure = coded || ruledOn.some(isMeasure);
  // ("Court won't halt upgrade of Narok, Kilgoris towns", "Judge blocks sale of the park": an act
  // on a thing that a court stops, or will not, is no measure; whether it goes ahead is asked.)
  // (wink may tag an act before its "of" a verb: "halts upgrade/VERB of …".)
  const head = headNoun(ruledOn) ?? (ruledOn[1]?.lower === 'of' ? ruledOn[0] : undefined);
  const stoppedAct =
    !measure &&
    STOPPING.has(verb.lemma) &&
    head !== undefined &&
    (ruledOn[ruledOn.indexOf(head) + 1]?.lower === 'of' ||
      ACT_NOUN_ENDING.test(head.lower) ||
      // ("Court Halts Work at L.A. Port": building work, named with where it is done.)
      WORKS.has(head.lower));
  if (stoppedAct) return goAhead(ruledOn);
  // ("Turkish Court reverses disputed park project": a project a court undoes, likewise.)
  if (!measure && UNDOING_RULINGS.has(verb.lemma) && namesThingDone(ruledOn)) {
    return goAhead(ruledOn);
  }
  // ("invalidated Huduma Namba": what a court voids by its name alone is a measure.)
  const named =
    ruledOn.length > 0 && ruledOn.length <= 4 && ruledOn.every((t) => t.pos === 'PROPN');
  if (!measure && VOIDING.has(verb.lemma) && named) return `Should ${words(ruledOn)} stand?`;
  if (!measure) return null;
  const owned = ruledOn[1] !== undefined && possessiveMark(ruledOn[1]);
  // "net neutrality rules", "multibillion-dollar Purdue Pharma opioid settlement that …": a
  // measure named with no article is still the one ruled on.
  const bare = isMeasure(headNoun(ruledOn));
  if (['DET', 'PROPN'].includes(ruledOn[0]?.pos ?? '') || owned || coded || bare) {
    return `Should ${the(ruledOn)} stand?`;
  }
  return undefined;
}

/** Verbs of approving a measure, whose object's "to" says what it is for. */
const APPROVING_FOR = new Set(['approve', 'adopt', 'endorse']);

/** Verbs of a court's finding, by which it may act: "by declaring … unconstitutional". */
const VERDICT_VERBS = new Set(['declare', 'find', 'hold', 'deem']);

/** Parts of a measure a court may strike: "provision of …", "part of …". */
const PARTS_OF_MEASURE = new Set([
  'provision',
  'provisions',
  'part',
  'parts',
  'portion',
  'section',
]);

/**
 * The head noun of a thing named: the end of its first noun phrase ("a therapy based on …"), or
 * the last word before a preposition or a relative clause ("first MDMA-based PTSD treatment",
 * whose hyphen ends wink's noun phrase).
 */
function headNoun(thing: Token[]): Token | undefined {
  const stop = thing.findIndex(
    (t, i) => i > 0 && (t.pos === 'ADP' || RELATIVE_STARTS.has(t.lower)),
  );
  const heads = [leadingNounPhrase(thing).at(-1), thing[(stop > 0 ? stop : thing.length) - 1]];
  return heads.find((t) => t?.pos === 'NOUN');
}

/** The particle of a court's phrasal act: "struck down", "threw out". */
const COURT_PARTICLES = new Set(['down', 'out']);
/**
 * "voted 10-to-1 against a therapy based on the drug MDMA" → "Should a therapy based on the drug
 * MDMA be approved?": what a body votes for or against is what it is asked to approve. Null when
 * the vote is on no thing named.
 */
function votedOn(rest: Token[]): string | null {
  const tokens = withoutVoteTally(rest);
  // ("vote on erasing golf club right of way": an act voted on, named by its gerund.)
  if (tokens[0]?.lower === 'on' && /\p{L}ing$/u.test(tokens[1]?.lower ?? '')) {
    return gerundAsked(tokens.slice(1));
  }
  // ("to vote on tougher rules and licences for massage parlours": measures voted on, unnamed,
  // are asked whether there should be them; named ones whether they should be approved.)
  const onMeasures = tokens[0]?.lower === 'on' ? beforeClause(tokens.slice(1)) : [];
  const measures =
    !onMeasures.some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.lower === 'whether') &&
    onMeasures.some(
      (t) =>
        t.pos === 'NOUN' &&
        (RULES.has(t.lower) || MEASURE_HEADS.has(t.lemma) || PERMISSIONS.has(t.lemma)),
    );
  if (measures && !onMeasures.some(possessiveMark)) {
    return DEFINITE.has(onMeasures[0].lower)
      ? `Should ${the(onMeasures)} be approved?`
      : `Should there be ${words(onMeasures)}?`;
  }
  let from = -1;
  if (['against', 'for'].includes(tokens[0]?.lower ?? '')) from = 1;
  else if (/^favou?r$/u.test(tokens[1]?.lower ?? '') && tokens[0]?.lower === 'in') from = 3;
  if (from < 0 || (from === 3 && tokens[2]?.lower !== 'of')) return null;
  // ("against recommending a needle exchange program": the step the vote takes on the thing is
  // the vote's; the thing is what is approved or not.)
  const step = RECOMMENDING.has(tokens[from]?.lower ?? '') ? 1 : 0;
  // ("against building cruise piers": a policy act voted on, named by its gerund, which wink may
  // tag a noun; not "against parking charges", a kind of thing.)
  const act = gerundAct(tokens.slice(from + step));
  if (act) return act;
  const untallied = withoutVoteTally(tokens.slice(from + step));
  const acting = measureThatActs(untallied);
  if (acting) return acting;
  const voted = shortPredicate(untallied);
  // ("against anti-loitering bylaw after growing criticism": when and why the vote came is no
  // part of what it was on.)
  const circumstance = voted.findIndex(
    (t, i) => i > 0 && ['after', 'following', 'amid', 'despite'].includes(t.lower),
  );
  const thing = circumstance > 0 ? voted.slice(0, circumstance) : voted;
  const head = headNoun(thing);
  if (!head || CRITICISED_BODIES.has(head.lower)) return null;
  return `Should ${the(thing)} be approved?`;
}

/** How far into what was voted for its "that" may come: "new eligibility rules that". */
const ACTING_MEASURE_REACH = 6;

/**
 * "voted for new eligibility rules that restrict the participation of transgender athletes in
 * elite women's competitions" → "Should new eligibility rules restrict the participation of …?":
 * what the rules voted for do is the matter, asked whole. Null unless a noun phrase is followed
 * by "that" or "which" and a verb in the present.
 */
function measureThatActs(tokens: Token[]): string | null {
  const that = tokens.findIndex(
    (t, i) => i > 0 && i <= ACTING_MEASURE_REACH && ['that', 'which'].includes(t.lower),
  );
  const verb = tokens[that + 1];
  // (wink may tag the verb a noun before its object: "rules that limit/NOUN the number …".)
  const verbal =
    verb?.pos === 'VERB' ||
    (verb?.pos === 'NOUN' && ['DET', 'NUM'].includes(tokens[that + 2]?.pos ?? ''));
  if (that < 0 || !verbal || !/^(?:\p{L}+)$/u.test(verb.lower)) return null;
  const present = verb.lower === verb.lemma || verb.lower === `${verb.lemma}s`;
  const measure = tokens.slice(0, that);
  if (!present || measure.some((t) => !NOUN_PHRASE_POS.has(t.pos))) return null;
  const head = measure.at(-1);
  if (head?.pos !== 'NOUN' || CRITICISED_BODIES.has(head.lower)) return null;
  const done = shortPredicate(tokens.slice(that + 2));
  if (done.length === 0) return null;
  return `Should ${the(measure)} ${verb.lemma} ${words(done)}?`;
}

/** Words that open a sentence on what went before its news: "Despite a vote …". */
const VOTE_OPENERS = new Set(['despite', 'after', 'following']);

/**
 * "Despite an overwhelming vote against building cruise infrastructure in yesterday's
 * referendum, …": the act a vote the sentence opens on was on, up to its comma; null otherwise.
 */
function concededVote(tokens: Token[]): string | null {
  if (!VOTE_OPENERS.has(tokens[0]?.lower ?? '')) return null;
  const vote = tokens.findIndex((t, i) => i > 0 && i <= 4 && /^votes?$/u.test(t.lower));
  const comma = tokens.findIndex((t) => t.text === ',');
  if (vote < 0 || comma < vote) return null;
  const before = tokens.slice(1, vote);
  if (!before.every((t) => ['DET', 'ADJ', 'ADV'].includes(t.pos))) return null;
  // ("… in yesterday's referendum": where the vote was held is no part of what it was on.)
  const on = tokens.slice(vote + 1, comma);
  const held = on.findIndex(
    (t, i) =>
      i > 0 &&
      ['in', 'at'].includes(t.lower) &&
      on.slice(i + 1).some((w) => VOTING_OCCASIONS.has(w.lower)),
  );
  return votedOn(held > 0 ? on.slice(0, held) : on);
}

/** Where a vote is held: "in yesterday's referendum", "at the council meeting". */
const VOTING_OCCASIONS = new Set([
  'referendum',
  'poll',
  'ballot',
  'election',
  'meeting',
  'plebiscite',
]);

/** A vote's own step on a thing, named by its gerund: "voted against recommending …". */
const RECOMMENDING = new Set(['recommending', 'approving', 'endorsing', 'adopting', 'backing']);

/** Verbs and nouns of a measure that grants something: "after lawmakers OK proposal", "under a new law". */
const GRANTING_ACTS = new Set(['ok', 'okay', 'approve', 'pass', 'back', 'adopt', 'sign']);
const GRANTING_MEASURES = new Set(['law', 'bill', 'rule', 'rules', 'ruling', 'policy']);

/**
 * Where a clause or phrase begins that says a measure grants what comes before it ("after
 * lawmakers OK proposal", "under a new law"); -1 when there is none.
 */
function grantingClause(rest: Token[]): number {
  return rest.findIndex(
    (t, i) =>
      i > 0 &&
      ['after', 'as', 'under', 'following'].includes(t.lower) &&
      rest
        .slice(i + 1, i + 5)
        .some(
          (w) =>
            GRANTING_ACTS.has(w.lemma) ||
            GRANTING_ACTS.has(w.lower) ||
            (w.pos === 'NOUN' && GRANTING_MEASURES.has(w.lower)),
        ),
  );
}

/** Ordering or calling a halt to a measure: a court's block said another way. */
const HALT_ORDERED = new Set(['order', 'call', 'issue', 'grant']);
const HALTS = new Set(['halt', 'stop', 'end', 'pause', 'suspension']);

/** What is counted, in a study's headline or lede: "sales dropped", "prices rose". */
const COUNTED = new Set(
  'sales prices purchases consumption crime deaths injuries admissions visits traffic emissions use smoking obesity'.split(
    ' ',
  ),
);
const ADOPTING = new Set(['adopt', 'introduce', 'impose', 'pass', 'bring']);
/** What a court may rule on, beside the measure heads: "Kelby 'quiet zone' rules". */
const RULES = new Set([
  'rule',
  'rules',
  'regulation',
  'regulations',
  'restriction',
  'restrictions',
  'policy',
  // "Argentina court suspends Milei's mega-decree labor reforms".
  'reform',
  'reforms',
  'decree',
  // "rejects … opioid settlement", "backs federal approval of massive lithium mine".
  'settlement',
  'approval',
  'permit',
  'licence',
  'license',
  'merger',
  'deal',
  // ("High Court blocks Jomo Kenyatta International Airport Lease to Adani".)
  'lease',
]);
/** Who rules, and what a ruling does to what it rules on. */
const JUDICIAL = new Set(['judge', 'court', 'justice', 'panel', 'magistrate', 'tribunal']);
/** A court or a judge, one or many ("Courts dismiss appeal" is a ruling as much as "Court …"). */
function isJudicial(t: Token | undefined): boolean {
  return t !== undefined && JUDICIAL.has(t.lower.replace(/s$/u, ''));
}
/** What a court does to undo a project: "reverses disputed park project", "cancels …". */
const UNDOING_RULINGS = new Set([
  'reverse',
  'cancel',
  'annul',
  'quash',
  'overturn',
  'void',
  // ("The Lahore High Court on Tuesday scrapped the much-celebrated Ravi Riverfront … Project".)
  'scrap',
]);
/** A court's acts that leave what they act on without force. */
const VOIDING = new Set(['invalidate', 'void', 'annul', 'nullify', 'quash']);
const COURT_ACTS = new Set(
  'reject dismiss deny grant block halt uphold overturn strike void invalidate nullify throw side rule back slap lift reverse cancel annul quash suspend scrap'.split(
    ' ',
  ),
);
const FALLING = new Set(['drop', 'fall', 'decline', 'dip', 'plunge', 'slump', 'tumble', 'shrink']);
const RISING = new Set(['rise', 'climb', 'jump', 'soar', 'increase', 'grow', 'surge']);

/**
 * "Sales of sugary drinks in Seattle dropped 30% after the city adopted a tax": what changed
 * after a measure asks whether the measure changes it → "Does the city's tax cut sales of
 * sugary drinks in Seattle?". Null for any other clause.
 */
function measuredChange(subject: Token[], verb: Token, rest: Token[]): string | null {
  const falls = FALLING.has(verb.lemma);
  if (!falls && !RISING.has(verb.lemma)) return null;
  const counted = subject.findIndex(
    (t) => COUNTED.has(t.lower) && ['NOUN', 'PROPN'].includes(t.pos),
  );
  if (counted < 0) return null;
  const after = rest.findIndex((t) => ['after', 'following', 'since'].includes(t.lower));
  if (after < 0) return null;
  let cause = leadingNounPhrase(rest.slice(after + 1));
  // "after the city adopted a tax on such beverages": the measure adopted.
  const adopted = rest[after + 1 + cause.length];
  if (adopted && ADOPTING.has(adopted.lemma) && adopted.pos === 'VERB') {
    cause = leadingNounPhrase(rest.slice(after + 2 + cause.length));
  }
  const head = cause[cause.length - 1];
  if (!head || head.pos !== 'NOUN' || !cause.some((t) => MEASURE_NOUNS.has(t.lower))) return null;
  const thing = withoutHeadlineCapital(words(subject));
  return `${isPlural(cause) ? 'Do' : 'Does'} ${the(cause)} ${falls ? 'cut' : 'raise'} ${thing}?`;
}

/** "A study … found that …", "evidence that …": what a study finds, not what anyone does. */
const FINDING_FRAME =
  /\b(?:study|studies|research|survey|analysis|report|data|evidence|findings?)\b[^.;]{0,80}?\b(?:found|finds|find|shows?|showed|shown|suggests?|suggested|indicates?|indicated|that)\b/iu;

/**
 * "A study … found that soda taxes in five cities led to …" → "Do soda taxes in five cities lead
 * to …?": a finding is asked as a claim, with "Do"/"Does", not as an act with "Should".
 */
function findingAsClaim(c: MotionCandidate, sentence: string): MotionCandidate {
  // ("…, saying data didn't show that …": a reason given after the act is no finding of its.)
  const main = sentence.split(/,\s+\p{Ll}+ing\b/u)[0];
  if (!c.text.startsWith('Should ') || !FINDING_FRAME.test(main)) return c;
  const tokens = tokenize(c.text.slice('Should '.length));
  const verb = tokens.findIndex((t, i) => i > 0 && t.pos === 'VERB' && t.lower === t.lemma);
  if (verb < 1 || tokens.slice(0, verb).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return c;
  const subject = tokens.slice(0, verb);
  return { ...c, text: `${isPlural(subject) ? 'Do' : 'Does'} ${c.text.slice('Should '.length)}` };
}

/** A word of a noun phrase, or the hyphen inside one ("four-day"). */
function nominalWord(t: Token): boolean {
  return ['DET', 'ADJ', 'NOUN', 'NUM', 'PROPN'].includes(t.pos) || t.text === '-';
}

/** What is brought against a measure in force: "Challenge to fishing ban …". */
const CHALLENGES = new Set(['challenge', 'challenges', 'appeal', 'appeals', 'threat']);

/**
 * "Challenge to fishing ban a threat to seabirds - RSPB" → "Should the fishing ban stand?": a
 * headline that opens with a challenge to a measure asks whether the measure should stand.
 */
function challengedMeasure(tokens: Token[]): string | null {
  const at = tokens.findIndex(
    (t, i) =>
      i <= 1 && CHALLENGES.has(t.lower) && ['to', 'against'].includes(tokens[i + 1]?.lower ?? ''),
  );
  if (at < 0 || (at === 1 && tokens[0].pos !== 'ADJ')) return null;
  const measure: Token[] = [];
  for (const t of tokens.slice(at + 2)) {
    if (!inMeasurePhrase(t)) break;
    // ("fishing ban a threat to …": an article after the noun opens the headline's verdict.)
    if (t.pos === 'DET' && measure.some((w) => w.pos === 'NOUN')) break;
    measure.push(t);
  }
  return headsMeasure(measure) ? `Should ${the(measure.map(asNominal))} stand?` : null;
}

/** A word of a measure's noun phrase: a gerund names its kind ("fishing ban", "Trawling Plan"). */
function inMeasurePhrase(t: Token): boolean {
  return nominalWord(t) || possessiveMark(t) || /ing$/u.test(t.lower);
}

/** A gerund of a measure's noun phrase read as the noun it is ("Trawling/VERB Plan"). */
function asNominal(t: Token): Token {
  return t.pos === 'VERB' ? { ...t, pos: 'NOUN' } : t;
}

/** Whether a noun phrase's last word names a measure ("the state government's Salmon Plan"). */
function headsMeasure(phrase: Token[]): boolean {
  const head = phrase[phrase.length - 1];
  return head !== undefined && (isMeasureHead(head) || POLICY_NOUNS.has(head.lower));
}

/** Headline gerunds of weighing a matter: "Debating protected bike lanes". */
const DEBATING = new Set(['debating', 'weighing', 'considering', 'rethinking']);

/**
 * "Debating protected bike lanes" → "Should there be protected bike lanes?"; "Weighing the
 * four-day week" → "Should the four-day week go ahead?". Null for any other headline.
 */
function debatedThing(tokens: Token[]): string | null {
  if (!DEBATING.has(tokens[0]?.lower ?? '') || tokens.length < 2) return null;
  const thing = tokens.slice(1);
  if (!thing.every(nominalWord) || thing[thing.length - 1].pos !== 'NOUN') return null;
  return thing[0].pos === 'DET'
    ? `Should ${words(thing)} go ahead?`
    : `Should there be ${words(thing)}?`;
}

/** "have their say on", "weigh in on", "speak out on": people giving their views on a matter. */
const GIVING_VIEWS =
  /\b(?:ha(?:ve|s|d) (?:their|a|its|his|her) say|weigh(?:s|ed)? in|sp(?:eak|eaks|oke) out) (?:on|over|about) /iu;

/**
 * "Residents have their say on proposed Kelby assault weapons ban" → "Should the proposed Kelby
 * assault weapons ban go ahead?": what people give their views on is the matter. Null for any
 * other headline.
 */
function viewsGivenOn(headline: string): string | null {
  const m = GIVING_VIEWS.exec(headline);
  if (!m) return null;
  const thing = tokenize(headline.slice(m.index + m[0].length));
  // "proposed", "planned", "smoking": a participle before the noun is part of the phrase too.
  const nominal = (t: Token) =>
    nominalWord(t) || (t.pos === 'VERB' && /(?:ed|ing)$/u.test(t.lower));
  const end = thing.findIndex((t) => !nominal(t));
  const phrase = end < 0 ? thing : thing.slice(0, end);
  if (phrase.length < 2 || phrase[phrase.length - 1].pos !== 'NOUN') return null;
  const text = words(phrase);
  return phrase[0].pos === 'DET'
    ? `Should ${lowerOpeningArticle(text)} go ahead?`
    : `Should the ${text} go ahead?`;
}

const SPARKING = new Set([
  'prompt',
  'spark',
  'trigger',
  'stir',
  'fuel',
  'ignite',
  'reignite',
  // "… paves a divide between farmers, developers"
  'pave',
  'deepen',
  'widen',
]);
/** Feelings a thing stirs, besides the reactions a measure meets: "spark alarm", "trigger fears". */
const STIRRED = new Set([
  'alarm',
  'fears',
  'concern',
  'concerns',
  'worry',
  'worries',
  'uproar',
  'shock',
]);
const DISPUTE_NOUNS = new Set([
  'debate',
  'row',
  'controversy',
  'backlash',
  'outcry',
  'concern',
  'protest',
  'anger',
  'fury',
  'divide',
  'rift',
]);
/** A proposal's word after what it proposes: "bottle deposit idea" proposes a bottle deposit. */
const PROPOSAL_WORDS = new Set(['idea', 'plan', 'proposal', 'push', 'call', 'bid', 'scheme']);

/**
 * "Bottle deposit idea prompts debate" → "Should there be a bottle deposit?": what sparks a
 * debate is the matter. Null for any other headline.
 */
function sparksDebate(tokens: Token[]): string | null {
  const at = tokens.findIndex((t, i) => i > 0 && SPARKING.has(t.lemma));
  if (at < 1) return null;
  // "sparks behind-the-scenes debate over treatment provisions": how the debate goes and what
  // part of the thing it is over are news too.
  // ("Council support for removal of mangroves triggers ‘shock’": a feeling stirred, in its
  // quotation marks, as well.)
  const debate = tokens.findIndex(
    (t, i) =>
      i > at &&
      i <= at + 6 &&
      (DISPUTE_NOUNS.has(t.lemma) || STIRRED.has(t.lower)) &&
      ['NOUN', 'PROPN', 'ADJ'].includes(t.pos),
  );
  const after = debate >= 0 ? tokens[debate + 1] : undefined;
  const end = after && isAnyQuoteMark(after) ? tokens[debate + 2] : after;
  // (A headline's quoted reaction may have been cut off as its quotation: "… triggers".)
  // (Its verb agrees with the thing: not "Donkey abattoir causes stir/VERB".)
  const quotedOff = at === tokens.length - 1 && /[^s]s$/u.test(tokens[at].lower);
  // ("Proposed $8M town hall project … prompts comparison to Taj Mahal": whatever a thing still
  // proposed stirs, the thing is the matter.)
  const proposedThing = tokens.slice(0, at);
  if (debate < 0 && proposedThing.some((t) => PROPOSED_PARTICIPLES.has(t.lower))) {
    return goAhead(proposedThing);
  }
  if (
    (debate < 0 && !quotedOff) ||
    (end !== undefined && !['over', 'about', 'among', 'in', 'between'].includes(end.lower))
  )
    return null;
  let thing = tokens.slice(0, at);
  // ("Council support for removal of mangroves": what a stance is for is the thing.)
  const stance = thing.findIndex(
    (t, i) => CAMP_STANCES.has(t.lower) && ['for', 'to'].includes(thing[i + 1]?.lower ?? ''),
  );
  const stoodFor = stance >= 0 ? thing.slice(stance + 2) : [];
  const stanceOn = stance >= 0 ? (opposedChange(stoodFor) ?? goAhead(stoodFor)) : null;
  if (stanceOn) return stanceOn;
  // "Ontario's proposed Highway 413 outside of Toronto paves a divide …": a thing proposed is a
  // measure, whatever its name ends in.
  if (thing.some((t) => PROPOSED_PARTICIPLES.has(t.lower))) return goAhead(thing);
  // "Plastic bag levy idea sparks debate": an idea of a thing asks whether there should be it.
  const proposed = PROPOSAL_WORDS.has(thing[thing.length - 1].lower) && thing.length > 1;
  if (proposed) thing = thing.slice(0, -1);
  // ("Morocco's ban on public eating sparks intense debate": a measure named with what it is on.)
  const measureOn = thing.findIndex(
    (t, i) =>
      t.pos === 'NOUN' &&
      MEASURE_HEADS.has(t.lemma) &&
      ['on', 'against'].includes(thing[i + 1]?.lower ?? '') &&
      i + 2 < thing.length,
  );
  const owned = thing.slice(0, measureOn);
  if (!proposed && measureOn >= 0 && owned.every((t) => nominalWord(t) || possessiveMark(t))) {
    return `Should ${the(thing)} go ahead?`;
  }
  const head = thing[thing.length - 1].lower;
  // ("Hull hospitals ward closures spark protest": a measure's plural too.)
  const measure = MEASURE_HEADS.has(head) || MEASURE_HEADS.has(head.replace(/s$/u, ''));
  if (!proposed && (POLICY_NOUNS.has(head) || PROJECT_NOUNS.has(head) || measure)) {
    // A name or a noun the tagger calls a verb stays part of the compound ("Hull/VERB hospitals
    // ward/VERB closures").
    const compound = thing.every(
      (t, i) =>
        nominalWord(t) ||
        (t.pos === 'VERB' &&
          !/(?:ed|ing)$/u.test(t.lower) &&
          (/^\p{Lu}/u.test(t.text) || thing[i + 1]?.pos === 'NOUN')),
    );
    return compound ? `Should ${the(thing)} go ahead?` : null;
  }
  // ("Tennis court charging proposal sparks concerns": a proposal of no thing to be had is asked
  // to go ahead, as named.)
  return thereBeThing(thing) ?? (proposed ? goAhead(tokens.slice(0, at)) : null);
}

/** Verbs of a reaction growing, besides a quarrel's going on: "Anger at toll plan mounts". */
const REACTION_GROWING = new Set([...GOING_ON_VERBS, 'mount', 'swell', 'spread']);

/**
 * "Protests against mega project grow": what a reaction is against, without the verb of its
 * growing that ends the headline.
 */
function beforeReactionGrows(matter: Token[]): Token[] {
  const grows = matter.findIndex(
    (t, i) =>
      i > 0 &&
      // (A headline's capitals may make it a name: "… Mega Project Grow".)
      ['VERB', 'NOUN', 'PROPN'].includes(t.pos) &&
      (REACTION_GROWING.has(t.lemma) || REACTION_GROWING.has(verbLemma(t.lower))) &&
      matter.slice(i + 1).every((w) => ['on', 'up'].includes(w.lower)),
  );
  return grows > 0 ? matter.slice(0, grows) : matter;
}

/** Words of a quarrel that goes on: "Dog park dispute continues", "Bike lane row rages on". */
const QUARRELS = new Set([...DISPUTE_NOUNS, ...QUARREL_WORDS]);
const GOING_ON = new Set(GOING_ON_VERBS);

/**
 * "Dog park dispute continues" → "Should there be a dog park?", "Battle intensifies over
 * increased highway tolls" → "Should there be increased highway tolls?": a quarrel that goes on
 * over a thing is news; the thing is the matter. Null for any other headline.
 */
function quarrelGoesOn(tokens: Token[]): string | null {
  // ("Huduma Namba battle goes to Court of Appeal", "… has gone to the Court of Appeal": a
  // quarrel taken to a court goes on there.)
  const toCourt = (i: number) =>
    ['go', 'head', 'move'].includes(tokens[i]?.lemma ?? '') &&
    tokens[i + 1]?.lower === 'to' &&
    tokens.slice(i + 2, i + 5).some((t) => COURTS.has(t.lower));
  const verbAfter = (i: number) => (tokens[i + 1]?.pos === 'AUX' ? i + 2 : i + 1);
  const at = tokens.findIndex(
    // (A headline's first word may be tagged a name: "Fight/PROPN grows over …".)
    (t, i) =>
      (QUARRELS.has(t.lemma) || QUARRELS.has(t.lower)) &&
      (GOING_ON.has(tokens[i + 1]?.lemma ?? '') || toCourt(verbAfter(i))),
  );
  if (at < 0) return null;
  if (toCourt(verbAfter(at))) {
    const named = tokens.slice(0, at).filter((t) => !possessiveMark(t));
    return named.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN') ? goAhead(named) : null;
  }
  // ("rages on": "on" straight after the verb is its particle.)
  const over = ['over', 'about'].includes(tokens[at + 2]?.lower ?? '');
  const matter = over ? reactedMatter(tokens.slice(at + 3)) : null;
  // ("Outa and Sanral's e-toll wrangle heats up": the parties' possessive opens the thing.)
  const owners = tokens.slice(0, at).findLastIndex(possessiveMark);
  return matter ?? (at > owners + 1 ? thereBeThing(tokens.slice(owners + 1, at)) : null);
}

/** Who may be named by the cause they fight for: "Campaigners fighting to save …". */
const CAUSE_CAMPS = new Set(['campaigners', 'activists', 'residents', 'locals', 'protesters']);
/** Gerunds of a camp's struggle for an act: "fighting to save …", "campaigning to stop …". */
const FIGHTING_FOR = new Set(['fight', 'campaign', 'battle', 'struggle', 'push', 'lobby']);
/** Verbs of seeing a need (or none) for an act: "see no need to move …". */
const SEEING_NEED = new Set(['see', 'find', 'feel']);
/** Courts a quarrel may be taken to: "goes to Court of Appeal", "heads to the High Court". */
const COURTS = new Set(['court', 'appeal', 'tribunal']);

/** Ways of asking whether a thing should go ahead: "whether to give the go-ahead for", "whether to approve". */
const GO_AHEAD_GIVEN =
  /^whether to (?:give (?:the )?(?:go\s?-\s?ahead|green light|approval) (?:for|to)|approve|allow|permit|back|authori[sz]e)$/u;

/**
 * "to decide on controversial oil plan" → "Should the controversial oil plan go ahead?";
 * "to decide whether to give the go-ahead for a drilling project in Alaska" → "Should a drilling
 * project in Alaska go ahead?". Null unless a decision is on a thing, or on letting it go ahead.
 */
function decidedThing(tokens: Token[]): string | null {
  const at = tokens.findIndex((t) => t.lemma === 'decide' && t.pos === 'VERB');
  if (at < 0) return null;
  const rest = tokens.slice(at + 1);
  // What follows the words that bring the thing in, if it opens as a noun phrase does.
  const thingFrom = (k: number) =>
    ['NOUN', 'ADJ', 'DET', 'PROPN'].includes(rest[k]?.pos ?? '') ? goAhead(rest.slice(k)) : null;
  if (['on', 'over'].includes(rest[0]?.lower ?? '')) return thingFrom(1);
  for (let k = 3; k <= 9; k++) {
    if (GO_AHEAD_GIVEN.test(words(rest.slice(0, k)).toLowerCase())) return thingFrom(k);
  }
  return null;
}

/** Verbs of calling on someone else to act: "called on the council to reject …". */
const CALLS_ON_OTHERS = new Set(['call', 'urge', 'ask', 'press', 'tell', 'demand']);
/** What a camp acts to do against a thing, besides opposing it: "drive tractors … to protest …". */
const ACTING_AGAINST = new Set(['protest', 'fight', 'resist', 'sabotage', 'undermine']);
/** Sittings held on a thing, named after it: "plaza hearing", "bypass inquiry". */
const HEARINGS = new Set(['hearing', 'inquiry', 'review', 'consultation']);

/** Debates that go on around the news: "Debate has raged …", "The row continues …". */
const DEBATES = new Set(['debate', 'row', 'dispute', 'controversy', 'argument', 'wrangling']);
/** Most tokens between a debate's verb and the "as" of its news: "in Federal parliament as". */
const DEBATE_AS_REACH = 6;

/** Verbs of not doing what follows: "fails to halt", "declines to stop". */
const NOT_DOING = new Set(['fail', 'refuse', 'decline']);
/**
 * Verbs of taking in news, before "to" or "from" and what it is: "react to", "reel from" (unlike
 * REACTING_VERBS, whose news follows "as" or "after").
 */
const TAKING_IN = new Set(['react', 'respond', 'reel', 'adjust', 'adapt']);

/**
 * Where the measure or plan reacted to starts in a clause from its verb ("react to …", "tries
 * to come to terms with …"), or -1: only a measure, a plan or a project, not "responds to
 * criticism".
 */
function reactionTaken(tokens: Token[]): number {
  // (At the verb, or after "tries to", "struggles to" and the like.)
  for (const k of [0, 2]) {
    if (k > 0 && tokens[k - 1]?.lower !== 'to') continue;
    const terms =
      tokens[k]?.lemma === 'come' &&
      tokens[k + 1]?.lower === 'to' &&
      tokens[k + 2]?.lower === 'terms' &&
      tokens[k + 3]?.lower === 'with';
    // ("reacted angrily to …": a manner adverb between.)
    const how = isMannerAdverb(tokens[k + 1]) ? 1 : 0;
    const reacting =
      TAKING_IN.has(tokens[k]?.lemma ?? '') &&
      ['to', 'from'].includes(tokens[k + 1 + how]?.lower ?? '');
    const from = terms ? k + 4 : reacting ? k + 2 + how : -1;
    if (from < 0) continue;
    const noun = headNoun(tokens.slice(from));
    const head = noun?.lower ?? '';
    // ("draft industry regulations": a measure's carrier as well.)
    const planned =
      MEASURE_HEADS.has(head) ||
      PLANNED_ACTS.has(head) ||
      PROJECT_NOUNS.has(head) ||
      // ("react to TEA takeover of HISD": a takeover or a sale as well.)
      TAKEOVER_NOUNS.has(head) ||
      isMeasureCarrier(noun?.lemma);
    return planned ? from : -1;
  }
  return -1;
}

/** Means of protest set up against a thing: "tent embassy erected", "launch campaign". */
const PROTEST_MEANS = new Set(
  'campaign camp embassy petition protest blockade occupation vigil coalition alliance group fund action challenge lawsuit'.split(
    ' ',
  ),
);
/** Verbs of setting up a means of protest. */
const SETTING_UP = new Set(
  // ("is taking legal action to overturn a domestic ban": a case brought is a means too.)
  'erect launch form start create establish organise organize mount found pitch stage take bring file'.split(
    ' ',
  ),
);

/** Verbs of being about to act: "may be preparing to abolish …", "could move to ban …". */
const INTENDING = new Set(['prepare', 'plan', 'move', 'seek', 'aim', 'look', 'try', 'decide']);

/** What a thing is under while its fate is weighed, and whether it is there already. */
const REVIEWS: Record<string, 'kept' | 'proposed'> = {
  review: 'kept',
  scrutiny: 'kept',
  threat: 'kept',
  consideration: 'proposed',
  discussion: 'proposed',
};

/**
 * "Flock Safety camera contract is under review" → "Should the Flock Safety camera contract be
 * kept?"; "… is under consideration" → "Should … go ahead?". Null for any other clause.
 */
function underReview(tokens: Token[]): string | null {
  // ("Serengeti highway project still under consideration": a headline drops its "is", and how
  // long it has been so may stand before "under".)
  const under = tokens.findIndex(
    (t, i) => t.lower === 'under' && REVIEWS[tokens[i + 1]?.lower ?? ''],
  );
  const kind = REVIEWS[tokens[under + 1]?.lower ?? ''];
  let be = under;
  if (['still', 'now', 'again'].includes(tokens[be - 1]?.lower ?? '')) be -= 1;
  if (['is', 'are'].includes(tokens[be - 1]?.lower ?? '')) be -= 1;
  if (under < 0 || be < 1 || !kind) return null;
  const thing = tokens.slice(0, be);
  // ("Tokyo's Gaien redevelopment under review": an owner's name may open it.)
  const nominal = thing.every((t) => nominalWord(t) || possessiveMark(t));
  if (!nominal || thing[thing.length - 1].pos !== 'NOUN') return null;
  // (An act not yet done, "redevelopment", goes ahead or not; a thing in force is kept.)
  const act = ACT_NOUN_ENDING.test(thing[thing.length - 1].lower);
  return kind === 'kept' && !act
    ? `Should ${the(thing)} be kept?`
    : `Should ${the(thing)} go ahead?`;
}

/** A stage a bill passes on its way, and what its sponsor does at one. */
const BILL_STAGES = new Set(['round', 'reading', 'vote', 'hurdle', 'test']);
const STAGE_OUTCOMES = new Set(['win', 'lose', 'clear', 'pass', 'survive', 'fail']);

/** A campaign hashtag's opening words that say it is against, or for, what follows. */
const HASHTAG_STANDS = /^(?:No(?:To)?|Stop|Scrap|Junk|YesTo)(?=\p{Lu})/u;

/**
 * "#NoToJeepneyPhaseout: …" → "Should the jeepney phaseout go ahead?": a headline opening on a
 * campaign's hashtag asks about the thing the campaign names. Null for any other headline.
 */
function hashtagCampaign(title: string): string | null {
  const tag = /^#([\p{L}\p{N}]+)\b/u.exec(title.trim())?.[1];
  const stand = tag ? HASHTAG_STANDS.exec(tag) : null;
  if (!tag || !stand) return null;
  const thing = tag
    .slice(stand[0].length)
    .split(/(?=\p{Lu}\p{Ll})/u)
    .map((w) => (/^\p{Lu}\p{Ll}/u.test(w) ? w.toLowerCase() : w))
    .join(' ');
  return thing.includes(' ') ? goAhead(tokenize(thing)) : null;
}

/** Most words of the thing a headline's quarrel is over. */
const OVER_THING_WORDS = 5;

/**
 * "Family walks out of meeting with Premier over landfill search" → "Should there be a landfill
 * search?": a headline whose own act asks nothing and that ends on what the quarrel is over.
 */
function quarrelledOver(tokens: Token[]): string | null {
  const over = tokens.findLastIndex((t, i) => i > 1 && t.lower === 'over');
  if (over < 0) return null;
  const thing = stripEnd(tokens.slice(over + 1));
  // ("strike over reforms that make judges stand for election": what the thing does, said in a
  // relative clause, is no part of its length.)
  const relative = thing.findIndex((t, i) => i > 0 && ['that', 'which'].includes(t.lower));
  const named = relative > 0 ? relative : thing.length;
  if (thing.length === 0 || named > OVER_THING_WORDS) return null;
  if (thing.some((t) => t.measure || TIME_WORDS.has(t.lower))) return null;
  return reactedMatter(thing) ?? thereBeThing(thing);
}

/** "Live export ban: …" → "Should there be a live export ban?"; null unless the label is a measure. */
function labelMeasure(title: string, body: string): string | null {
  const colon = title.indexOf(':');
  if (colon < 0) return null;
  // (Lower-cased: "Live" opening a headline is no verb; but "Saltford winter mooring ban: …"
  // keeps the capital of a name the body writes inside a sentence.)
  const label = tokenize(title.slice(0, colon).toLowerCase());
  const head = label[label.length - 1];
  // ("Treaty Principles Bill: Seymour and opponents make oral submissions": a bill named as the
  // label, with its own capitals, is asked whether it should become law.)
  const asWritten = tokenize(title.slice(0, colon));
  const namedBill =
    label.length >= 2 &&
    label.length <= 6 &&
    BILL_NOUNS.has(head?.lower ?? '') &&
    asWritten.every((t) => /^\p{Lu}/u.test(t.text)) &&
    // (Not a call to act on it: "Withdraw Harbour Bill: …".)
    label.every((t) => ['NOUN', 'PROPN', 'ADJ'].includes(t.pos));
  if (namedBill) return becomesLaw(asWritten.map((t, k) => ({ ...t, lower: label[k].lower })));
  if (label.length < 2 || label.length > 5 || !head || !MEASURE_HEADS.has(head.lower)) return null;
  const first = title.slice(0, label[0].end);
  const named = writtenAsName(first, body, false);
  return thereBeThing(
    [{ ...label[0], text: named ? first : label[0].text }, ...label.slice(1)],
    named,
  );
}

/** "Should there be a bottle deposit?" of the words of a thing; null unless they name one. */
function thereBeThing(thing: Token[], named = false): string | null {
  if (!thing.every((t) => t.pos !== 'DET' && nominalWord(t))) return null;
  const head = thing[thing.length - 1];
  if (head.pos !== 'NOUN') return null;
  const text = named ? words(thing) : withoutHeadlineCapital(words(thing));
  const single = head.lower === head.lemma && !/s$/u.test(head.lower);
  return `Should there be ${single ? `${indefiniteArticle(text)} ` : ''}${text}?`;
}

/** What a course held to is not: "no going back on …", "no U-turn on …". */
const TURNING_BACK =
  /^(?:going back|turning back|way back|u-turn|u - turn|retreat|backing down|rethink|reversal|climbdown|climb-down)$/iu;

/**
 * "No going back on SilverLine: Pinarayi; …", "No U-turn on congestion charge": a course held
 * to, whatever else the headline says after it → "Should SilverLine go ahead?".
 */
function courseHeld(tokens: Token[]): string | null {
  const on = tokens.findIndex((t, i) => i > 1 && i <= 4 && t.lower === 'on');
  if (tokens[0]?.lower !== 'no' || on < 0 || !TURNING_BACK.test(words(tokens.slice(1, on)))) {
    return null;
  }
  const end = tokens.findIndex((t, i) => i > on && t.pos === 'PUNCT' && t.text !== '-');
  return goAhead(tokens.slice(on + 1, end > 0 ? end : tokens.length));
}

/**
 * "No more overdue book fees at Mead" → "Should overdue book fees at Mead be scrapped?"; "No ban
 * on Styrofoam" → "Should there be a ban on Styrofoam?".
 */
function noMore(tokens: Token[]): string | null {
  // "Council: No ban on Styrofoam": the measure refused is the matter.
  const refused = tokens.slice(1);
  if (
    tokens[0]?.lower === 'no' &&
    BARE_MEASURES.has(refused[0]?.lower ?? '') &&
    ['on', 'for'].includes(refused[1]?.lower ?? '') &&
    refused.length >= 3 &&
    !refused.some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.text === ',')
  ) {
    return `Should there be a ${words(refused)}?`;
  }
  if (tokens[0]?.lower !== 'no' || tokens[1]?.lower !== 'more' || tokens.length < 3) return null;
  const thing = tokens.slice(2);
  if (
    thing.some((t) => t.pos === 'VERB' || t.pos === 'AUX') ||
    (thing[0].pos !== 'ADJ' && thing[0].pos !== 'NOUN')
  )
    return null;
  if (!thing.some((t) => t.pos === 'NOUN')) return null;
  return `Should ${words(thing)} be scrapped?`;
}

/**
 * "Adani's Carmichael mine approval labelled 'economic stupidity'" (its quoted verdict taken off
 * above) → "Should Adani's Carmichael mine go ahead?": what a headline says was given a name is
 * the matter, and a project's approval asks after the project. Null for any other headline.
 */
function labelledThing(tokens: Token[]): string | null {
  const last = tokens.at(-1);
  if (!last || tokens.length < 3 || !NAMING_PARTICIPLES.has(last.lower)) return null;
  let thing = tokens.slice(0, -1);
  if (thing.some((t) => isFiniteVerb(t) || t.pos === 'AUX')) return null;
  if (thing.at(-1)?.lemma === 'approval' && thing.at(-2)?.pos === 'NOUN')
    thing = thing.slice(0, -1);
  return goAhead(thing);
}

/** Verdicts AFINN does not rate: "Tourist tax vital for city". */
const VERDICT_ADJECTIVES = new Set(
  'vital essential necessary unnecessary pointless overdue unworkable unenforceable'.split(' '),
);

/**
 * An opinion headline without its verb: "Shopping mall curfew unfair to teenagers" → "Is the
 * shopping mall curfew unfair to teenagers?". Null for any other headline.
 */
function verdictHeadline(tokens: Token[], body: string): string | null {
  const at = tokens.findIndex((t) => t.pos === 'ADJ');
  if (at < 2 || tokens[at - 1].pos !== 'NOUN') return null;
  if (!tokens.slice(0, at).every((t) => ['NOUN', 'PROPN', 'ADJ'].includes(t.pos))) return null;
  const verdict = tokens[at];
  if (afinnScore(verdict) === 0 && !VERDICT_ADJECTIVES.has(verdict.lower)) return null;
  const rest = tokens.slice(at + 1);
  if (rest.length > 0 && (rest[0].pos !== 'ADP' || rest.some((t) => t.pos === 'VERB'))) return null;
  const thing = lowerHeadlineStart(tokens.slice(0, at), 'HEADLINE', body);
  const tail = rest.length > 0 ? ` ${words(rest)}` : '';
  return `${isPlural(thing) ? 'Are' : 'Is'} the ${words(thing)} ${verdict.lower}${tail}?`;
}

/** A capitalised participle before a name, after the question's first word. */
const NAME_EPITHET = /^(\p{Lu}\p{Ll}+ )(\p{Lu}[\p{Ll}-]+(?:ed|ing)) (?=\p{Lu}\p{Ll})/u;

/** Without the epithet, unless the body writes it as a name too ("Reading Borough Council"). */
function withoutNameEpithet(c: MotionCandidate, body: string): MotionCandidate {
  const m = NAME_EPITHET.exec(c.text);
  if (!m || writtenAsName(m[2], body)) return c;
  return { ...c, text: m[1] + c.text.slice(m[0].length) };
}

/** A count of those doing something, before what they are: "a growing number of …". */
const TREND_OPENING =
  /^(?:the\s+)?(?:more\s+and\s+more|an?\s+(?:increasing|growing|rising)\s+number\s+of)\s+(?=\S)/iu;

/** One of a body, who alone wants what the body would have to do. */
const MEMBER_NOUNS = new Set(
  'member councillor councilor councilman councilwoman lawmaker legislator trustee commissioner alderman'.split(
    ' ',
  ),
);
const WISHING = new Set(['want', 'hope', 'wish']);

/** Verbs that only begin an act: "begins charging …", "started to fine …". */
const ASPECTUAL = new Set(['begin', 'start']);

/** "passed", "banned", "taken": a regular or "-en" past participle, not the bare verb. */
function pastParticipleForm(t: Token): boolean {
  return (t.lower !== t.lemma && /(?:ed|en)$/u.test(t.lower)) || IRREGULAR_PARTICIPLES.has(t.lower);
}

/** Past participles after "has" or "have" that end in neither "-ed", "-en" nor "-t". */
const IRREGULAR_PERFECTS = new Set(
  'won lost made paid held sold brought bought told found led met put run said sent set stood struck taught understood begun done gone'.split(
    ' ',
  ),
);

/** Participles of decisions that end in neither "-ed" nor "-en". */
const IRREGULAR_PARTICIPLES = new Set(['struck', 'upheld', 'cut', 'shut']);

/**
 * Verbs that take no object, before the prepositions they take: "Court ruled against …", "Judges
 * sided with …" are what the court did, never a headline's passive.
 */
const ACTIVE_BEFORE = new Map([
  ['rule', new Set(['against', 'in', 'on', 'for'])],
  ['side', new Set(['with', 'against'])],
]);

/**
 * A participle right after the subject, with no auxiliary before it and a preposition or nothing
 * after it: headline English for "is banned for …", "was fined over …".
 */
function bareParticiple(tokens: Token[], verbAt: number): boolean {
  const verb = tokens[verbAt];
  const after = tokens[verbAt + 1];
  if (ACTIVE_BEFORE.get(verb.lemma)?.has(after?.lower ?? '')) return false;
  // "Meta fined €265 million over …", "Skier banned two years": a penalty's amount or term.
  const penalty = PENALTIES.has(verb.lemma) && (after?.pos === 'NUM' || after?.pos === 'SYM');
  return (
    pastParticipleForm(verb) &&
    // ("Bill that would ban … passed by Texas Senate": a relative clause's own auxiliary.)
    !tokens
      .slice(0, verbAt)
      .some(
        (t, k) => t.pos === 'AUX' && !tokens.slice(0, k).some((w) => RELATIVE_STARTS.has(w.lower)),
      ) &&
    (!after || after.pos === 'ADP' || after.pos === 'SCONJ' || penalty)
  );
}

/** Verbs of making someone pay, whose "to" names what is paid for: "charged to hire …". */
const CHARGING = new Set(['charge', 'bill']);
/** Verbs whose passive takes an act after "to": "was asked to decide", "were told to leave". */
const TAKES_ACT_IN_PASSIVE = new Set(
  'ask urge tell force order require allow permit expect set encourage invite compel oblige call advise instruct direct pressure lobby persuade authorise authorize empower mandate due schedule poise'.split(
    ' ',
  ),
);

/** Verbs whose passive takes a sum or a term straight after it ("fined £2m", "jailed 10 years"). */
const PENALTIES = new Set(['fine', 'jail', 'sentence', 'ban', 'suspend', 'bar']);

/** "<label>: <someone> weighs ban": a measure named bare at the end of a labelled headline. */
const LABELLED_MEASURE =
  /^([^:]{3,40}):\s+(.{3,80}\s(?:debates?|weighs?|considers?|mulls?|eyes?|proposes?|backs?|approves?|rejects?)\s+(?:a\s+|new\s+)?(?:ban|tax|curfew|cap|limit|fee|levy|charge|restrictions))$/iu;

/** A headline opening on a reaction to a thing: "Reactions to …", "Anger over …". */
const REACTION_OPENING =
  /^(?:mixed\s+)?(?:reactions?|anger|fury|outrage|outcry|backlash|uproar|row)\s+(?:to|at|over)\s/iu;

/** Someone's words in quotation marks after a headline's colon, to its end. */
const QUOTED_TAIL = /:\s+['‘"“](?:[^'’"”]|(?<=\p{L})['’](?=\p{L})){2,120}['’"”]$/u;

/** People named before a headline's colon as the ones who say what follows. */
const SPEAKERS_LABEL =
  /^(?:[\p{L}'’-]+\s+){0,4}(?:groups|activists|campaigners|critics|experts|residents|unions|doctors|lawyers|farmers|scientists|economists|analysts|officials)\s*:\s+(?=\S)/iu;

/** "Live: state senate debates …", "Letters: Keep …": a rubric before the headline proper. */
function withoutRubric(title: string): string {
  // "'A kick in the teeth': Anger as fares rise", "'Stupid from day one': Plan … abandoned": a
  // quotation before the colon is someone's reaction; "Anger as fares rise" is a reaction to the
  // news after "as".
  // Not "'Hens deserve better': the minister on ending cage eggs": an interview's subject line
  // has no verb of its own to ask with.
  // "Out of sight, out of mind: trust to ban phones": a two-part saying before the colon is a
  // kicker too.
  // "No ban on kapchais in Kuala Lumpur – Ku Nan": who said it, named after a closing dash.
  // ("WATCH: Jordanians Rally in Protest against …": a medium's rubric goes before any reading of
  // the headline's words.)
  const unsigned = title
    .trim()
    .replace(MEDIUM_RUBRIC, '')
    // "Tunisian rights groups: false news decree being used to …": who says it, as a label.
    .replace(SPEAKERS_LABEL, '')
    .replace(/\s+[-–—]\s+\p{Lu}[\p{L}.'’]*(?:\s+\p{Lu}[\p{L}.'’]*){0,3}$/u, '');
  const quotesKept = unsigned
    // "Letters to the Editor: Why are we even voting on …": a page's section, longer than the
    // one- or two-word rubrics read below.
    .replace(LONG_RUBRIC, '')
    // "#NoToJeepneyPhaseout: …": a hashtag before a colon is a rubric too.
    .replace(/^#[\p{L}\p{N}_]+:\s+(?=\S)/u, '')
    // "'Relief' Lake Onslow plans to be shelved": a quoted word of reaction before a name.
    .replace(/^['‘"“][\p{L} ]{2,20}['’"”]\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu})/u, '')
    // An apostrophe inside a word ("'It's disheartening': …") does not close the quotation.
    // ("‘Didn’t get this one right:’ Alberta reinstates …": the colon may sit inside it.)
    .replace(/^['‘"“](?:[^'’"”]|(?<=\p{L})['’](?=\p{L})){2,80}(?:['’"”]:|:['’"”])\s+(?=\S)/u, '')
    .replace(/^[\p{L}' ]{3,30}, [\p{L}' ]{3,30}:\s+(?=\S)/u, '')
    // "16-year-olds in the voting booth? Rep pushes plan to …": a question kicker before the
    // headline's news ("Does your district ban X? Here's what educators told us": a teaser
    // after the question is no news).
    .replace(/^([^?]{3,80}\?)\s+(?:here['’]s|here\s+is|what|how|why|find\s+out)\b.*$/iu, '$1')
    // "Rosebank Oil Field Was Just Approved. Here's Why It's A Big Deal": a teaser after the news.
    // ("Nepal bans solo walks in nature across the country.. Why?": two points or an ellipsis.)
    .replace(
      /^([^.?…]{3,80})(?:\.{1,3}|…)\s*(?:here['’]s|here\s+is|what|how|why|find\s+out)\b.*$/iu,
      '$1',
    )
    // ("Banning smoking in casinos? Kansas & New Jersey among those on the forefront": a kicker
    // naming a policy act by its gerund is the matter; what follows it is the teaser.)
    .replace(/^([^?]{3,80}\?)\s+(?=\p{Lu}).*$/u, (whole, kicker: string) =>
      POLICY_GERUNDS.has(kicker.split(/\s/u)[0].toLowerCase()) ? kicker : whole,
    )
    .replace(/^[^?]{3,80}\?\s+(?=\p{Lu})/u, '');
  // "Protestors Say No To Proposed Marsaskala Marina: ‘They’ve Taken Everything …’": someone's
  // words after the colon react to the news before it, when that has a verb of its own (not
  // "Minister: 'We will ban X'", whose news is the quotation).
  const beforeQuote = quotesKept.replace(QUOTED_TAIL, '');
  const unquoted = beforeQuote !== quotesKept && hasOwnVerb(beforeQuote) ? beforeQuote : quotesKept;
  // ("'Teachers aren't going to do this': Reactions to Policy 713 changes spread …": a reaction
  // to a thing is news too, though wink may miss its verb.)
  const reactionOpens = REACTION_OPENING.test(unquoted);
  // (Nor has a question about a policy act named by its gerund: "Banning smoking in casinos?".)
  const gerundAsks =
    /\?$/u.test(unquoted) && POLICY_GERUNDS.has(unquoted.split(/\s/u)[0].toLowerCase());
  const kicked = (hasOwnVerb(unquoted) || reactionOpens || gerundAsks ? unquoted : unsigned)
    .replace(REACTION_AS, '')
    .replace(REACTING_TO, '')
    // "Opposition grows over NHI Bill as President defends equality": what it grows over is a
    // thing, and the "as" clause after it other news.
    .replace(REACTION_OVER_THING, '$1')
    .replace(REACTION_ERUPTS, '')
    .replace(REACTION_GOES_ON, '')
    .replace(FIGHTING_HEADLINE, '')
    .replace(RALLYING_AGAINST, '');
  // "Right turn on red: Atlanta City Council debates ban": a label before the colon names what a
  // bare measure after it is on ("… debates ban on right turn on red").
  const labelled = LABELLED_MEASURE.exec(kicked);
  // (A label with a verb of its own, "Council bans dogs: …", is a headline of its own.)
  const inflected = (t: Token) => t.pos === 'AUX' || (t.pos === 'VERB' && t.lower !== t.lemma);
  if (labelled && /\s\p{Ll}/u.test(labelled[1]) && !tokenize(labelled[1]).some(inflected)) {
    return firstClause(`${labelled[2]} on ${withoutHeadlineCapital(labelled[1])}`);
  }
  // "UPDATE 2-Norvik parliament backs …", "RPT-EXCLUSIVE-…": a wire's slug, no part of the words.
  // ("CYPRESS : Despite Protests, …": a place's dateline rubric, with a space before its colon.)
  // ("Bill 96: Opponents of …": a measure's number may be the rubric's second word.)
  // ("York garden waste collection: City of York Council to start charging …": a longer label
  // with no verb of its own, before a headline with one, is a rubric too.)
  const slugless = kicked.replace(WIRE_SLUG, '');
  // ("Wrigley's Believe It Or Not: Trim looks to ban gum!": a label in title case before a
  // headline in sentence case is a rubric, whatever its words.)
  const titleCase = (text: string) => text.split(/\s+/u).every((w) => /^\p{Lu}/u.test(w));
  const m =
    /^(\p{L}+(?:\s(?:\p{L}+|\p{N}+))?)\s?:\s+(.+)$/u.exec(slugless) ??
    [/^([\p{L}'’ ]{3,50}?)\s?:\s+(\p{Lu}.+)$/u.exec(slugless)].find(
      (r) =>
        r !== null &&
        (!hasOwnVerb(r[1]) || (titleCase(r[1]) && !titleCase(r[2]))) &&
        hasOwnVerb(r[2]),
    ) ??
    null;
  // "Smoking age to rise to 21: how health groups reacted": a kicker after the colon that
  // announces the article's angle is no part of the matter.
  const angled = (m ? m[2] : slugless).replace(/:\s+(?:how|why|what|who|where|when)\b.*$/iu, '');
  // "Labour ends early release for inmates: By coincidence, the election's just weeks away": a
  // remark after a headline with a verb of its own, opening on a phrase and its comma, is comment.
  const remark = /^(.{3,}?):\s+\p{Lu}[\p{L}'’ ]{1,25},\s+\S.*$/u.exec(angled);
  const matter = remark && hasOwnVerb(remark[1]) ? remark[1] : angled;
  // "Why the Voting Age Should be Lowered to 16", "Here's why we should ban …": an opinion
  // piece's headline gives the reasons for its claim; the claim is the matter.
  // ("Why are we even voting on sports betting?" asks why; it claims nothing.)
  const claimed = firstClause(/\?\s*$/u.test(matter) ? matter : matter.replace(WHY_OPENER, ''));
  return claimed.startsWith(matter.charAt(0))
    ? claimed
    : claimed.charAt(0).toUpperCase() + claimed.slice(1);
}

/**
 * "Hosepipe ban should be tougher - and start today!", "Shut off sprinklers; lawns will come
 * back in spring", "MPs back smoking ban but Tory frontrunners vote against": a headline's first
 * clause is its news; a second one, after a dash and "and", a semicolon or "but", adds to it or
 * sets something against it.
 */
function firstClause(whole: string): string {
  // "Ban on takeaways 'backed by 93%'": what someone says of the matter, quoted after it (not a
  // name in quotation marks, "… 'Clean Air Zone'").
  // ("… given approval in 'kick in teeth in fight to tackle climate change'": with the
  // preposition that brings the quotation in.)
  // (Not "Zoo says elephant breeding ban 'will harm animals'": a quotation opening on a modal
  // is what is said of the measure, read as a clause.)
  const unquoted = whole.replace(
    /\s+(?:(?:in|as|with|amid)\s+)?['‘"“](?!(?:will|would|could|may|might)\s)\p{Ll}[^'’"”]{2,60}['’"”]$/u,
    '',
  );
  // ("… Act is being abused and loopholes 'must be closed'": a second subject whose words were
  // quoted goes with them; so does a "when" clause's: "LUMA contract to be canceled when time
  // 'is right'".)
  const orphan = /\s+(?:and|when|if|once|until|unless)\s+([\p{L}\s]+)$/u.exec(unquoted);
  const headline =
    unquoted !== whole &&
    orphan &&
    !hasOwnVerb(orphan[1]) &&
    hasOwnVerb(unquoted.slice(0, orphan.index))
      ? unquoted.slice(0, orphan.index)
      : unquoted;
  // "Ohio school district to arm teachers, unanimous vote by school board": a phrase with no
  // verb but a preposition after the clause's comma says how it was decided (not "…, banning
  // X", more of the act, nor "… in public institutions, government offices", more of a list).
  const aside = /,\s+([^,]+)$/u.exec(headline);
  const afterComma = aside?.[1] ?? '';
  // ("Court orders government to exempt schools, hospitals, police stations from load shedding":
  // a third item after two commas ends a list.)
  const listed = (headline.match(/,/gu) ?? []).length >= 2;
  if (
    aside &&
    !listed &&
    tokenize(afterComma).some((t, i) => i > 0 && t.pos === 'ADP') &&
    !/^\p{L}+ing\b/u.test(afterComma) &&
    !hasOwnVerb(afterComma) &&
    hasOwnVerb(headline.slice(0, aside.index))
  ) {
    return firstClause(headline.slice(0, aside.index));
  }
  const joined = /\s+[-–—]\s+(?:and|but)\s|\s*;\s+|\s+but\s+/u.exec(headline);
  if (!joined) return headline;
  const first = headline.slice(0, joined.index);
  const rest = headline.slice(joined.index + joined[0].length);
  // "Not a ban but a fee", "Small but vocal group …": no clause of its own before "but".
  const clause = (text: string) => hasOwnVerb(text) || urgedAct(tokenize(text)) !== null;
  // ("MPs back smoking ban but …": wink may tag a headline's verb an adverb, or "vote" after
  // "but" a noun; three words or more on each side are two clauses, "not a ban but a fee" is
  // not.)
  if (/^\s+but\s+$/u.test(joined[0])) {
    return tokenize(rest).length >= 3 && tokenize(first).length >= 3 ? first : headline;
  }
  return clause(first) ? first : headline;
}

/**
 * "Armed teachers?", "A tax on sugar?": a headline that asks after a thing, with no verb, puts the
 * thing itself in question.
 */
function askedThing(tokens: Token[], body: string): string | null {
  if (tokens[tokens.length - 1]?.text !== '?') return null;
  const thing = tokens.slice(0, -1);
  if (thing.length < 2 || thing.length > 6 || !thing.some((t) => t.pos === 'NOUN')) return null;
  // A verb other than a participle before its noun ("Armed"), a pronoun or an owner ("Trump's
  // wall?") is no thing to ask after.
  const verb = (t: Token, i: number) =>
    t.pos === 'AUX' || (t.pos === 'VERB' && !(i < thing.length - 1 && /(?:ed|en)$/u.test(t.lower)));
  if (thing.some((t, i) => verb(t, i) || t.pos === 'PRON' || possessiveMark(t))) return null;
  const named = thing.slice(1).some((t) => t.pos === 'PROPN');
  if (named) return null;
  const text = words(thing);
  const lowered = firstWordIsCommon(thing, body)
    ? text.charAt(0).toLowerCase() + text.slice(1)
    : text;
  return `Should there be ${lowered}?`;
}

/**
 * "Edinburgh says no to road toll", "Voters say yes to library levy": what a place or its
 * voters answer is the matter → "Should there be a road toll?".
 */
function answeredOn(headline: string): string | null {
  const m = /^\S.{0,60}?\s(?:says?|said|votes?|voted)\s+(?:no|yes)\s+to\s+([^,;:]{3,80})$/iu.exec(
    headline.replace(/[.!?]+$/u, ''),
  );
  if (!m) return null;
  const thing = m[1].trim();
  if (/^(?:the|its|their)\s/iu.test(thing)) return `Should ${lowerOpeningArticle(thing)} go ahead?`;
  const tokens = tokenize(thing);
  const head = tokens[tokens.length - 1];
  if (!head || head.pos !== 'NOUN' || tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) {
    return null;
  }
  const plural = head.lower !== head.lemma || /[^s]s$/u.test(head.lower);
  // ("say no to gambling": an act named by its gerund takes no article.)
  const mass = massGerund(head.lower);
  const text = /^an?\s/iu.test(thing)
    ? thing
    : plural || mass
      ? thing
      : `${indefiniteArticle(thing)} ${thing}`;
  return `Should there be ${text.replace(/^An?\b/u, (a) => a.toLowerCase())}?`;
}

/** Verbs a headline urges a policy with, which wink may tag a name when capitalised ("Ban"). */
const URGED_VERBS = new Set(
  'ban scrap stop end keep save repeal legalise legalize block raise lower cut fund axe ditch drop restore protect reject approve pass build close free bring'.split(
    ' ',
  ),
);

/**
 * "Ban Leaf Blowers", "Scrap the tax": a headline that urges an act (an editorial's, a letter's),
 * asked of the readers. Null unless it opens with such a verb followed by what it acts on ("Ban
 * on X" names a measure; bareMeasure reads it).
 */
function urgedAct(tokens: Token[]): string | null {
  const [verb, next] = tokens;
  if (!verb || !next || !URGED_VERBS.has(verb.lower) || verb.pos === 'VERB') return null;
  if (next.pos === 'ADP' || next.pos === 'PUNCT' || tokens.length > 8) return null;
  if (tokens.slice(1).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return null;
  const words_ = words(stripEnd(tokens));
  return `Should we ${words_.charAt(0).toLowerCase()}${words_.slice(1)}?`;
}

/**
 * What kind of page or medium the story is: "WATCH:", "Video:", "Breaking:", "Explainer:", or
 * in brackets, with or without a colon, perhaps with the medium's name: "[WATCH]", "(VIDEO)",
 * "【SMM Analysis】" (whose closing bracket may abut the headline).
 */
const MEDIUM_WORDS =
  'watch|listen|video|photos?|gallery|breaking|exclusive|explainer|analysis|podcast';
const MEDIUM_RUBRIC = new RegExp(
  `^(?:(?:${MEDIUM_WORDS})\\s*:\\s+|[[(](?:${MEDIUM_WORDS})[\\])]\\s*:?\\s+|【(?:\\S+\\s+){0,2}(?:${MEDIUM_WORDS})】\\s*)(?=\\S)`,
  'iu',
);

const LONG_RUBRIC =
  /^(?:letters? to the editor|guest (?:column|view|opinion|commentary)|(?:my|our|your) (?:view|turn|say))\s*:\s+(?=\S)/iu;

const WHY_OPENER = /^(?:here['’]s\s+|here\s+is\s+|this\s+is\s+|that['’]s\s+)?why\s+(?=\S+\s)/iu;

/** A verb not in "-ing" ("fares to rise", "plan … abandoned"): a headline that tells news. */
function hasOwnVerb(text: string): boolean {
  // "Lackawanna city officials ban Airbnbs": wink tags a headline's verb a noun; read as one.
  // ("Tourists baffled over Uluru climb ban": so it may a participle before its preposition.)
  return asHeadlineVerbs(tokenize(text)).some(
    (t, i, all) =>
      ((t.pos === 'VERB' || t.pos === 'AUX') && !/ing$/u.test(t.lower)) ||
      (/\p{Ll}ed$/u.test(t.text) && i > 0 && all[i + 1]?.pos === 'ADP'),
  );
}

/** "baffled" → whether "baffle" (or "anger" of "angered") is in `verbs`, whatever wink's tag. */
function participleOf(t: Token, verbs: ReadonlySet<string>): boolean {
  return (
    verbs.has(t.lemma) ||
    (/ed$/u.test(t.lower) && (verbs.has(t.lower.slice(0, -1)) || verbs.has(t.lower.slice(0, -2))))
  );
}

/** Measures a verbless headline may name: "Ban on …", "Tariff on …", "Cap on …". */
const BARE_MEASURES = new Set(
  'ban tariff tax levy charge cap curfew fee toll limit moratorium duty'.split(' '),
);

/** Nouns of a measure's change that end a bare noun phrase: "bed tax hike", "fare rise". */
const MEASURE_CHANGES = new Set(['hike', 'rise', 'increase', 'cut', 'cuts']);

/**
 * "Ban on weedkiller fentrazine" → "Should there be a ban on weedkiller fentrazine?";
 * "$1-a-night city bed tax hike" → "Should there be a $1-a-night city bed tax hike?".
 */
function bareMeasure(tokens: Token[]): string | null {
  if (tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.text === ',')) return null;
  const last = tokens[tokens.length - 1]?.lower ?? '';
  const compound =
    tokens.length >= 3 &&
    (BARE_MEASURES.has(last) || MEASURE_CHANGES.has(last)) &&
    tokens.every((t) => ['NOUN', 'PROPN', 'ADJ', 'NUM', 'SYM'].includes(t.pos) || t.text === '-');
  const measureOn =
    tokens.length >= 4 &&
    BARE_MEASURES.has(tokens[0]?.lower ?? '') &&
    ['on', 'for'].includes(tokens[1]?.lower ?? '');
  if (!compound && !measureOn) return null;
  // "Ban on betel nut in Port Moresby unrealistic", "Ban on street vendors unfair": a verbless
  // headline's last adjective after a name, or one that judges, is what is said of the measure
  // ("Ban on single-use plastic" keeps its kind).
  const said = tokens[tokens.length - 1];
  const judged =
    measureOn &&
    said.pos === 'ADJ' &&
    (tokens[tokens.length - 2].pos === 'PROPN' || sentimentOf(said.text) !== 0);
  // (Not an acronym's capital: "SF plastic bottle ban".)
  const text = withoutHeadlineCapital(words(judged ? tokens.slice(0, -1) : tokens));
  // ("an upcoming electricity tariff hike": by the sound of the first word.)
  const article = /^\p{Lu}{2}/u.test(text) ? acronymArticle(text) : indefiniteArticle(text);
  return `Should there be ${article} ${text}?`;
}

/** The headline's subject before its verb, when it is a bare measure ("Ban on plastic bags"). */
function measureSubject(headline: Token[]): string | null {
  const tokens = asHeadlineVerbs(headline);
  // "SF plastic bottle ban targets ‘Big Soda’": the measure's own verb in "-s", read as a noun.
  const verb = tokens.findIndex(
    (t, i) =>
      i > 2 &&
      (t.pos === 'VERB' ||
        (t.pos === 'NOUN' && /[^s]s$/u.test(t.lower) && BARE_MEASURES.has(tokens[i - 1].lower))),
  );
  return verb > 0 ? bareMeasure(tokens.slice(0, verb)) : null;
}

/**
 * "Anger as …", "Joy and relief as …", "Anger after media gag law is passed": a reaction named
 * before the news it reacts to.
 */
const REACTION_AS =
  /^(?:anger|fury|outrage|joy|relief|delight|dismay|concern|alarm|shock|despair|jubilation|celebrations?|hope|hopes|fears?)(?:\s+and\s+\p{L}+)?(?:\s+(?:for|among|in)(?:\s+[\p{L}'’-]+){1,4}?)?\s+(?:as|after)\s+(?=\S)/iu;

/**
 * "Farmers react with fury to ban on weedkiller", "Clubs respond with dismay to …": who reacts,
 * and how, before the news reacted to.
 */
const REACTING_TO =
  /^[\p{L}'’ ]{2,40}?\s+(?:react|reacts|reacted|respond|responds|responded)\s+with\s+(?:fury|anger|outrage|dismay|alarm|delight|joy|relief|disbelief)\s+(?:to|at)\s+(?=\S)/iu;

/**
 * "War of words erupts after council votes to ban …", "Row breaks out over plan to …": a quarrel
 * that broke out, before the news it broke out over.
 */
const REACTION_ERUPTS = reactionBreakingOut('(?:after|as|over)');

/** A quarrel breaking out, then the word that brings in what it broke out after or over. */
function reactionBreakingOut(linking: string): RegExp {
  const breaking =
    '(?:erupts?|erupted|breaks\\s+out|broke\\s+out|flares?(?:\\s+up)?|flared(?:\\s+up)?|mounts?|mounted|grows?|grew)';
  return new RegExp(`^[\\p{L}'’ ]{2,30}?\\s+${breaking}\\s+${linking}\\s+(?=\\S)`, 'iu');
}

/**
 * "Resident fury continues at lack of consultation on 'sky rail' plan": a reaction going on at
 * what was not done about a thing (its consultation), before the thing.
 */
const REACTION_GOES_ON =
  /^[\p{L}'’ ]{2,30}?\s+(?:fury|anger|outrage)\s+(?:continues|grows|mounts)\s+(?:at|over)\s+(?:the\s+)?lack\s+of\s+(?:public\s+)?consultation\s+(?:on|over|about)\s+(?=\S)/iu;

const REACTION_OVER_THING =
  /^[\p{L}'’ ]{2,30}?\s+(?:mounts?|mounted|grows?|grew|builds?|rises?|rose)\s+over\s+(\S.*?)\s+(?:as|while|amid)\s+\S.*$/iu;

/**
 * "Dog owners protest UK government's plan to ban XL Bully", "Tucson hotels to fight bed tax
 * hike": who fights what, before the thing fought, which is the matter ("Residents vow to fight
 * …" is read as a vow elsewhere). Not "… approves land bill under protests from farmers", "…
 * warn new protest law …" or "… scraps WhatsApp tax as protests rage": after a preposition, an
 * article, "new" or a conjunction, or before "from" or "by", "protest" is a noun.
 */
const FIGHTING_HEADLINE =
  /^[\p{L}'’, ]{2,40}?(?<!\b(?:vows?|vowed|pledges?|pledged|promises?|promised|plans?|planned)(?:\s+to)?)(?<!\b(?:under|amid|amidst|despite|after|following|with|without|new|the|a|an|its|their|as|while|when)\b)\s+(?:to\s+)?(?:protest|protests|protested|fight|fights|fought|resist|resists|resisted)\s+(?!(?:in|at|on|over|against|as|for|to|back|on|from|by)\b)(?=[\p{L}$£€])/iu;

/**
 * "Samoans fight the switch from right to left": with the fight left out of the headline (see
 * FIGHTING_HEADLINE), a thing without a verb of its own is what is fought → "Should the switch
 * from right to left go ahead?".
 */
function foughtHeadlineThing(title: string, tokens: Token[]): string | null {
  // ("Residents, environmental activists protest against hotel project", "Protests erupt over
  // temple demolition": so is one protested against or erupted over, left out the same way.)
  // ("WATCH: Jordanians Rally in Protest against …": read without a medium's rubric.)
  const plain = title.trim().replace(MEDIUM_RUBRIC, '');
  const fought = [FIGHTING_HEADLINE, RALLYING_AGAINST, REACTION_ERUPTS_OVER].some((r) =>
    r.test(plain),
  );
  return fought ? foughtThing(tokens) : null;
}

/** How people feel after an act they react to: "devastated after …", "furious after …". */
const UPSET_FEELINGS = new Set(
  'devastated angry furious upset outraged dismayed frustrated disappointed livid incensed'.split(
    ' ',
  ),
);

/** People gathered against a thing, named in a headline with no verb. */
const CROWDS = new Set(['protesters', 'demonstrators', 'marchers', 'people', 'residents']);
/** Most words between the crowd and its "against": "in the Zócalo". */
const CROWD_TO_AGAINST = 6;

/**
 * "Half a million protesters in the Zócalo against the 'Plan B' of the electoral reform": a crowd
 * against a thing, in a headline with no verb, fights the thing. Null otherwise.
 */
function crowdAgainst(tokens: Token[]): string | null {
  if (tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return null;
  const crowd = tokens.findIndex((t) => CROWDS.has(t.lower));
  const against = tokens.findIndex(
    (t, i) => crowd >= 0 && i > crowd && i <= crowd + CROWD_TO_AGAINST && t.lower === 'against',
  );
  return against > 0 ? foughtThing(tokens.slice(against + 1)) : null;
}

/**
 * Verbs of a thing wearing another down, besides those of risk: "law undermines protections",
 * "wind farms are harming reindeer herders".
 */
const UNDERMINING = new Set(['undermine', 'erode', 'imperil', 'harm', 'damage', 'hurt']);

/**
 * "Relocation threatens extinction of Maasai race in Tanzania" → "Should the relocation go
 * ahead?": an act or a project said to endanger something is the matter; what it endangers is
 * the case against it. Null unless the subject is such a thing (a body's or a person's threat,
 * "Union threatens strike", is their own act).
 */
function threateningAct(tokens: Token[]): string | null {
  const found = mainVerbIndex(tokens);
  // ("Wind farms are harming reindeer herders": the progressive's participle is the verb.)
  const progressive = tokens[found]?.lemma === 'be' && /ing$/u.test(tokens[found + 1]?.lower ?? '');
  const verb = progressive ? found + 1 : found;
  const lemma = tokens[verb]?.lemma ?? '';
  if (found < 1 || !(RISKING.has(lemma) || UNDERMINING.has(lemma))) return null;
  // ("Union threatens to strike", "risks unravelling …": a threat or a risk of an act is read
  // elsewhere.)
  // (Not "threatens fishing jobs": an "-ing" word before a noun names its kind.)
  const gerund = /ing$/u.test(tokens[verb + 1]?.lower ?? '') && tokens[verb + 2]?.pos !== 'NOUN';
  if (tokens[verb + 1]?.lower === 'to' || gerund) return null;
  // ("Relocation threatens …": a headline's first word, capitalised, may be tagged a name.)
  const [first, ...others] = tokens.slice(0, found);
  const opening = first.pos === 'PROPN' && /^\p{Lu}\p{Ll}+$/u.test(first.text) && found === 1;
  const subject = opening ? [{ ...first, text: first.lower, pos: 'NOUN' }] : [first, ...others];
  if (!subject.every((t) => NOUN_PHRASE_POS.has(t.pos)) || !namesThingDone(subject)) return null;
  // ("New Peru law undermines environmental protections": a law in force, whether it stands.)
  const head = headBeforePreposition(subject)?.lower ?? '';
  if (LEGISLATION.has(head) && !BILL_NOUNS.has(head)) {
    return `Should ${the(subject)} stand?`;
  }
  return becomesLaw(subject) ?? goAhead(subject);
}

/**
 * "Facing Backlash Over Prohibition Policy, Nitish Government Now Wants Advice" → "Should the
 * prohibition policy go ahead?", "Auckland harbour cycle and pedestrian bridge facing criticism
 * from both sides" → "Should the Auckland harbour cycle and pedestrian bridge go ahead?": what
 * faces a reaction, or what the reaction is over, is the matter. Null without such a reaction.
 */
function reactionFaced(tokens: Token[]): string | null {
  const facing = tokens.findIndex(
    (t, i) =>
      t.lemma === 'face' &&
      t.pos === 'VERB' &&
      [1, 2].some((k) => REACTIONS_MET.has(tokens[i + k]?.lower ?? '')),
  );
  if (facing < 0) return null;
  const reaction = REACTIONS_MET.has(tokens[facing + 1].lower) ? facing + 1 : facing + 2;
  // (Not where it was faced: "faces opposition at hearing", "… at meeting".)
  const where =
    tokens[reaction + 1]?.lower === 'at' &&
    SITTINGS_ATTENDED.has(leadingNounPhrase(tokens.slice(reaction + 2)).at(-1)?.lower ?? '');
  if (!where && REACTED_TO.has(tokens[reaction + 1]?.lower ?? '')) {
    return goAhead(beforeComma(tokens.slice(reaction + 2)));
  }
  const subject = tokens.slice(0, facing);
  const nominal = subject.every((t) => NOUN_PHRASE_POS.has(t.pos) || t.lower === 'and');
  return facing > 0 && nominal && namesThingDone(subject) ? goAhead(subject) : null;
}

/**
 * "Plaid Cymru councillors walk out of controversial Local Development Plan vote" → "Should the
 * Local Development Plan go ahead?": what the sitting walked out of, or boycotted, was on is the
 * matter. Null without such a sitting.
 */
function sittingWalkedOut(tokens: Token[]): string | null {
  const verb = tokens.findIndex(
    (t, i) =>
      (t.lemma === 'walk' && tokens[i + 1]?.lower === 'out' && tokens[i + 2]?.lower === 'of') ||
      (t.lemma === 'boycott' && t.pos === 'VERB'),
  );
  if (verb < 1) return null;
  const sitting = tokens.slice(verb + (tokens[verb].lemma === 'walk' ? 3 : 1));
  const np = leadingNounPhrase(sitting);
  if (np.length < 2 || !SITTINGS.has(np[np.length - 1].lower)) return null;
  const on = np.slice(0, -1);
  return on.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN') ? goAhead(on) : null;
}

/** Things built that people argue over: "pedestrian bridge", "new dam". */
const BUILT_THINGS = new Set(
  'bridge bridges dam stadium tower road motorway highway bypass runway airport port terminal railway tunnel incinerator mine quarry pylons farm farms turbines'.split(
    ' ',
  ),
);

/** Whether a noun phrase names a measure, a project or an act ("pedestrian bridge", "relocation"). */
function namesThingDone(np: Token[]): boolean {
  // ("the building project in Istanbul's Taksim Square": the head before a preposition.)
  const head = headBeforePreposition(np);
  // ("the much-celebrated Ravi Riverfront Urban Development Project": a project's name.)
  if (head?.pos === 'PROPN' && namesMeasure({ ...head, pos: 'NOUN' })) return true;
  return (
    head !== undefined &&
    head.pos === 'NOUN' &&
    (namesMeasure(head) ||
      ACT_NOUN_ENDING.test(head.lower) ||
      WORKS.has(head.lower) ||
      BUILT_THINGS.has(head.lower))
  );
}

/** Verbs of a measure's passing or setting, in a headline's "as" clause. */
const PASSED_OR_SET = new Set(['pass', 'set', 'approve', 'adopt', 'clear', 'unveil', 'introduce']);
/** Acts whose start is news, besides the nouns in "-tion" or "-ment": "as water discharge begins". */
const ACTS_BEGUN = new Set([
  'discharge',
  'release',
  'cull',
  'evictions',
  'drilling',
  'dumping',
  'logging',
]);

/**
 * "Beach access fears raised as land swap resolution passes", "… as quota set for slaughter of
 * 500 dolphins", "Patients suffer as doctors’ strike against MTI Act enters 11th day": the "as"
 * clause tells of a measure passed or set, or of a protest against a measure; the measure is the
 * matter, not what the main clause says of people.
 */
function measureInAsClause(tokens: Token[]): string | null {
  const as = tokens.findIndex((t, i) => i >= 2 && t.lower === 'as');
  if (as < 0) return null;
  // (wink may tag the verb in "-s" a noun after the measure: "resolution passes/NOUN".)
  const verb = tokens.findIndex(
    (t, i) =>
      i > as + 1 &&
      (t.pos === 'VERB' || t.pos === 'AUX' || (t.pos === 'NOUN' && t.lower === 'passes')),
  );
  if (verb < 0) return null;
  const subject = tokens.slice(as + 1, verb);
  const protest = subject.findIndex(
    (t, i) => PROTEST_NOUNS.has(t.lower) && subject[i + 1]?.lower === 'against',
  );
  if (protest >= 0) {
    const opposed = subject.slice(protest + 2);
    const head = opposed.at(-1);
    if (!head || !(namesMeasure(head) || LEGISLATION.has(head.lower))) return null;
    return LEGISLATION.has(head.lower) ? `Should ${the(opposed)} stand?` : goAhead(opposed);
  }
  const lemma = tokens[verb].pos === 'NOUN' ? 'pass' : tokens[verb].lemma;
  const head = subject.at(-1);
  // ("Japan fishermen remain opposed as Fukushima water discharge begins": an act that begins.)
  const actBegins =
    ASPECTUAL.has(lemma) &&
    head?.pos === 'NOUN' &&
    (ACT_NOUN_ENDING.test(head.lower) || ACTS_BEGUN.has(head.lower)) &&
    subject.every((t) => NOUN_PHRASE_POS.has(t.pos));
  if (actBegins) return goAhead(subject);
  const measure = namesMeasure(head) || (head?.pos === 'NOUN' && MEASURE_LIKE.has(head.lower));
  if (!PASSED_OR_SET.has(lemma) || !head || !measure) return null;
  if (!subject.every((t) => NOUN_PHRASE_POS.has(t.pos))) return null;
  // ("quota set for slaughter of 500 dolphins": what it is set for is part of it.)
  const purpose = tokens[verb + 1]?.lower === 'for' ? beforeComma(tokens.slice(verb + 1)) : [];
  if (purpose.length > 1) return `Should ${the([...subject, ...purpose])} go ahead?`;
  return becomesLaw(subject) ?? goAhead(subject);
}

/** A reaction breaking out over a thing, not after news: "Protests erupt over …". */
const REACTION_ERUPTS_OVER = reactionBreakingOut('over');

/**
 * "Venice residents rally against new €5 tourist entry fee": the crowd, before what it opposes
 * (where it rallies between: "Bulgarians Rally in Multiple Cities Against Euro Adoption"). Not
 * reactions named by a noun ("More protests against investors interrupt matches").
 */
const RALLYING_AGAINST =
  /^[\p{L}'’, ]{2,40}?(?<!\b(?:more|new|fresh|further|renewed|mass|the|a|an))\s+(?:to\s+)?(?:rall(?:y|ies|ied)|protest(?:s|ed)?|march(?:es|ed)?|demonstrat(?:e|es|ed))\s+(?:in\s+[\p{L} ]{2,30}?\s+)?(?:against|to\s+(?:denounce|oppose|condemn|reject|fight|stop|block))\s+(?=[\p{L}$£€\d'‘"“])/iu;

/** A wire service's slugs before its headline: "UPDATE 2-", "RPT-", "EXCLUSIVE-". */
const WIRE_SLUG = /^(?:[A-Z]{3,}(?: \d{1,2})?-)+(?=\p{Lu})/u;

/** "on Monday a plan to …" → "a plan to …". */
/**
 * Without a leading count of votes, a manner of voting or where the vote is held before what it
 * is on: "9 to 4", "9-4", "by 40 votes to 21", "unanimously", "narrowly", "in a referendum (on)".
 */
function withoutVoteTally(tokens: Token[]): Token[] {
  let from = 0;
  const isNumber = (t: Token | undefined) => t !== undefined && /^\d[\d,]*$/u.test(t.text);
  for (;;) {
    const t = tokens.slice(from);
    const occasion = t[1]?.pos === 'DET' ? 2 : 1;
    const heldIn =
      t[0]?.lower === 'in' &&
      VOTING_OCCASIONS.has(t[occasion]?.lower ?? '') &&
      t[occasion + 1]?.lower === 'on';
    if (heldIn) from += occasion + 1;
    else if (/^\d+[-–]\d+$/u.test(t[0]?.text ?? '')) from += 1;
    else if (isNumber(t[0]) && ['to', '-', '–'].includes(t[1]?.lower) && isNumber(t[2])) from += 3;
    else if (t[0]?.lower === 'by' && isNumber(t[1])) {
      let k = 2;
      if (/^votes?$/u.test(t[k]?.lower ?? '')) k++;
      if (['to', '-', '–'].includes(t[k]?.lower) && isNumber(t[k + 1])) k += 2;
      from += k;
    } else if (isMannerAdverb(t[0]) && t[1]?.lower !== 'to') from += 1;
    else return tokens.slice(from);
  }
}

/**
 * People named as proposing or introducing a measure put it to a body; they are not who would
 * act, so the measure is asked without an agent.
 */
function namedProposers(verb: Token, subject: Token[]): boolean {
  return (
    ['propose', 'introduce'].includes(verb.lemma) &&
    subject.length > 0 &&
    subject.every((t) => t.pos === 'PROPN' || t.pos === 'CCONJ' || t.text === ',')
  );
}

function withoutLeadingTime(tokens: Token[]): Token[] {
  // ("the president said later a process to close the mine would begin": when it was said.)
  const when = (t: Token) =>
    t.measure || TIME_WORDS.has(t.lower) || (t.pos === 'ADV' && WHEN_SAID.has(t.lower));
  let from = 0;
  while (from < tokens.length && when(tokens[from])) from++;
  // ("Sunday ferry splits communities": a day before a common noun names a kind of it.)
  const kind = from === 1 && WEEKDAY_NAMES.has(tokens[0].lower) && tokens[1]?.pos === 'NOUN';
  if (from > 0 && !kind) return tokens.slice(from);
  if (tokens[0]?.pos === 'ADP' && (tokens[1]?.measure || TIME_WORDS.has(tokens[1]?.lower ?? ''))) {
    let k = 1;
    while (k < tokens.length && (tokens[k].measure || TIME_WORDS.has(tokens[k].lower))) k++;
    return tokens.slice(k);
  }
  return tokens;
}

/** Words that open a reason or a concession: "because he didn't believe …". */
const REASON_OPENERS = new Set(['because', 'although', 'though', 'since']);

function embeddedModal(tokens: Token[], verbAt: number, subject: Token[]): string | null {
  for (let m = verbAt + 1; m < tokens.length; m++) {
    if (!MODALS.has(tokens[m].lower)) continue;
    // The clause subject starts after "that" or after a reporting verb.
    // ("could be removed so that the area can be restored": "so that" opens a purpose, not a
    // clause reported.)
    const opensClause = (t: Token, k: number) =>
      (t.lower === 'that' && tokens[k - 1]?.lower !== 'so') || isReporting(t);
    let from = m - 1;
    while (from > verbAt && !opensClause(tokens[from], from)) from--;
    if (from === verbAt && !isReporting(tokens[verbAt])) return null;
    // "X blocked the merger, saying the deal would leave shoppers …": the participle gives the
    // actor's reason for what the main clause did; the main clause is the matter.
    if (reasonGiven(tokens, from, verbAt)) return null;
    // "passed a bill …, despite opposition from groups who fear that such laws will lead to …":
    // what a relative clause's subject fears or says is theirs; the main clause is the matter.
    if (
      !isReporting(tokens[verbAt]) &&
      tokens.slice(verbAt + 1, from).some((t) => t.lower === 'who' || t.lower === 'which')
    ) {
      return null;
    }
    // "announced plans to spare three libraries amid fears that a legal challenge would cost
    // too much": the fears of the circumstance are no part of what is done.
    if (
      tokens
        .slice(verbAt + 1, from)
        .some((t) => t.pos === 'ADP' && ['amid', 'despite', 'over'].includes(t.lower))
    ) {
      return null;
    }
    // "passed a new criminal code …, prompting fears that tourists would turn away …": what an
    // act stirs fears of is its foes' case, not what is done.
    if (tokens[from]?.lower === 'that' && STIRRED.has(tokens[from - 1]?.lower ?? '')) return null;
    // "said on Monday it would …": the day of the saying is no part of the clause's subject.
    const spoken = withoutLeadingTime(afterFrontedAdverbial(tokens.slice(from + 1, m)));
    // ("says whale and dolphin breeding ban 'will harm animals'": a quotation opening on the
    // modal leaves its mark after the subject.)
    const clauseSubject = isAnyQuoteMark(spoken.at(-1)) ? spoken.slice(0, -1) : spoken;
    if (clauseSubject.length === 0 || clauseSubject.some((t) => t.text === ',')) return null;
    // ("the road that winds through Mount Royal … because he didn't believe it would create
    // fuss": a modal after "because" or "although" is that reason's own, not the clause's.)
    const subordinate = clauseSubject.some(
      (t, k) => REASON_OPENERS.has(t.lower) && clauseSubject[k + 1]?.lower !== 'of',
    );
    if (subordinate) return null;
    // "said the new rules were not introduced to appease people who will never …": a finite
    // verb before the modal, outside a relative clause, is the reported clause's own; the modal
    // belongs to a relative clause further on.
    const relative = clauseSubject.findIndex((t) => RELATIVE_STARTS.has(t.lower));
    if (
      clauseSubject.some(
        (t, i) => FINITE_AUXILIARIES.has(t.lower) && (relative < 0 || i < relative),
      ) ||
      relative === clauseSubject.length - 1
    ) {
      return null;
    }
    let predicate = shortPredicate(tokens.slice(m + 1));
    if (predicate[0]?.lemma === 'have' && predicate[1]?.pos === 'VERB') return null;
    // ("will not be boycotting the Cup": after a "not" too.)
    const not = predicate[0]?.lower === 'not' ? 1 : 0;
    if (predicate[not]?.lower === 'be' && predicate[not + 1]?.lower.endsWith('ing')) {
      predicate = [
        ...predicate.slice(0, not),
        { ...predicate[not + 1], text: predicate[not + 1].lemma },
        ...predicate.slice(not + 2),
      ];
    }
    if (predicate.length === 0) return null;
    // ("Residents say plan for new sewage plant 'will devalue our homes'": of a plan for a thing,
    // the thing.)
    const planned = planSaidOf(clauseSubject);
    if (planned) return planned;
    // "Business groups say congestion pricing plan will hurt New York": what a measure will do
    // is the argument; whether it should go ahead is the matter.
    const measureHead = clauseSubject[clauseSubject.length - 1];
    const effect = predicate.find((t) => t.pos === 'VERB');
    if (namesMeasure(measureHead) && effect !== undefined && isEffectVerb(effect.lemma)) {
      return `Should ${the(clauseSubject)} go ahead?`;
    }
    // ("warned that a further extension of the ban on … mining will be harmful to the sector".)
    if (predicate[0]?.lower === 'be' && isForetold(predicate.slice(1))) {
      return foretoldMatter(clauseSubject);
    }
    // "warned that it will vigorously oppose an increase in the retirement age": one's own
    // opposition is no matter to debate; what is opposed is.
    const stance = predicate.findIndex((t) => t.pos === 'VERB');
    if (stance >= 0 && OPPOSING.has(predicate[stance].lemma)) {
      return opposedChange(predicate.slice(stance + 1));
    }
    // "said it would wage a legal fight against the efforts to ban the service": so is a fight.
    if (stance >= 0 && WAGING.has(predicate[stance].lemma)) {
      const fought = foughtMatter(predicate[stance], tokens.slice(m + 1 + stance + 1), []);
      if (fought) return fought;
    }
    // ("said those who disagree with the decision to change the weekend can move …": what they
    // disagree with.)
    const disagreed = disagreersMatter(clauseSubject);
    if (disagreed) return disagreed;
    const actor = resolvePronoun(namesOnly(clauseSubject), subject);
    // ("says it will reconsider issuing fines to parents …": the act weighed again.)
    const weighed =
      stance >= 0
        ? reconsideredAct(predicate[stance], tokens.slice(m + 1 + stance + 1), actor)
        : null;
    if (weighed) return weighed;
    const who = lowerOpeningArticle(words(actor));
    return `Should ${who} ${words(predicate)}?`;
  }
  return null;
}

/** ", saying …", ", arguing …" after a main verb that is not itself one of reporting. */
function reasonGiven(tokens: Token[], from: number, verbAt: number): boolean {
  const participle = tokens[from];
  return (
    from > verbAt + 1 &&
    isReporting(participle) &&
    participle.lower.endsWith('ing') &&
    tokens[from - 1].text === ',' &&
    !isReporting(tokens[verbAt])
  );
}

const OPINION_FORMS = new Set(
  'support supports back backs favour favours favor favors oppose opposes want wants reject rejects'.split(
    ' ',
  ),
);
const SHARES = new Set(['most', 'majority', 'half', 'third', 'thirds', 'quarter', 'minority']);

/** "Six in ten residents", "Most voters", "A majority of parents", "62 per cent of adults". */
function isShareOfPeople(subject: Token[]): boolean {
  const text = subject.map((t) => t.lower).join(' ');
  return (
    /^(?:\S+ in (?:\S+)|\d+(?:\.\d+)?\s?(?:%|per cent|percent))\b/u.test(text) ||
    subject.slice(0, 3).some((t) => SHARES.has(t.lower))
  );
}

const FINDING_SOURCES = new Set([
  'study',
  'survey',
  'poll',
  'report',
  'review',
  'research',
  'trial',
]);

/** "Study backs longer opening hours": a study, poll or report whose finding backs a measure. */
function isFindingSource(subject: Token[]): boolean {
  const words = subject.filter((t) => t.pos !== 'DET');
  return (
    words.length > 0 && words.length <= 3 && FINDING_SOURCES.has(words[words.length - 1].lower)
  );
}

/** Nouns of a measure that a procedure may be about: "debates minimum wage rise", "strikes down youth curfew". */
/** What a measure does to people or sums: "will account for", "to hit", "could cost". */
const EFFECTS = new Set(
  'account cost hit mean affect leave bring save hurt squeeze raise push drive add kill ruin destroy devastate cripple'.split(
    ' ',
  ),
);
/**
 * What a measure is foretold to do ("will not stop use", "could harm"): after a modal only, since
 * "Sugar tax works" in the present is a claim, asked as one.
 */
const FORETOLD_EFFECTS = new Set(
  'stop deter work fail harm damage backfire punish criminalise criminalize fuel worsen boost help benefit protect undermine threaten endanger cause'.split(
    ' ',
  ),
);
/** Whether a verb says what a measure does or will do: "hurt", "threaten", "backfire". */
function isEffectVerb(lemma: string): boolean {
  return EFFECTS.has(lemma) || FORETOLD_EFFECTS.has(lemma);
}
const MEASURE_HEADS = new Set(
  'curfew ban limit cap tax levy charge rise increase hike cut cuts closure fee fees toll law ordinance bylaw crackdown overlay'.split(
    ' ',
  ),
);

/** Whether a noun names a measure, a project, a bill or a plan ("ban", "pipeline", "proposal"). */
function namesMeasure(t: Token | undefined): boolean {
  return (
    t?.pos === 'NOUN' &&
    (MEASURE_HEADS.has(t.lower) ||
      PROJECT_NOUNS.has(t.lower) ||
      BILL_NOUNS.has(t.lower) ||
      isMeasureCarrier(t.lower))
  );
}

/** A singular measure opening the question without its article, before what it is on or for. */
const BARE_MEASURE_OPENING = new RegExp(
  `^(Should|Is|Does) (${[...MEASURE_HEADS].filter((w) => !/[^s]s$/u.test(w)).join('|')}|plan|proposal|decision|move|bid|bill|policy|moratorium|relocation|removal|demolition|sale) (?=(?:on|of|for|against|to) )`,
  'u',
);

/**
 * "Court strikes down youth curfew in Millbrook", "state senate debates minimum wage rise": a
 * procedure whose object is a bare measure, without a verb of its own to rewrite, asks whether
 * there should be the measure ("Should there be a youth curfew in Millbrook?"). A measure owned
 * or named with an article ("Millbrook's curfew", "the curfew") is left: its candidate comes from
 * another sentence. `ruled`: what a court rules on, where rules are a measure too ("Appeals court
 * strikes down net neutrality rules").
 */
function measureNoun(rest: Token[], ruled = false): string | null {
  let from = 0;
  if (rest[0]?.lower === 'down' || rest[0]?.lower === 'out') from = 1;
  const np = beforeClause(beforeComma(rest.slice(from)));
  let head = 0;
  // "home-sharing ordinance": a hyphened word is one modifier, whatever wink tags its parts.
  while (head < np.length) {
    const past = hyphenatedModifier(np, head);
    if (past > head) head = past;
    else if (np[head].pos === 'NOUN' || np[head].pos === 'ADJ') head++;
    else break;
  }
  const measure = np[head - 1]?.lower ?? '';
  if (head === 0 || !(MEASURE_HEADS.has(measure) || (ruled && RULES.has(measure)))) return null;
  if (np.slice(0, head).some((t) => t.pos === 'PROPN')) return null;
  // "… in Millbrook", "… for NGOs": one short phrase of place or of whom it is for may follow.
  let end = head;
  if ((np[end]?.lower === 'in' || np[end]?.lower === 'for') && np[end + 1]?.pos === 'PROPN') {
    end += 2;
    while (np[end]?.pos === 'PROPN') end++;
    // "for Brighton beaches": a name may qualify a common noun.
    while (np[end]?.pos === 'NOUN') end++;
  }
  // ("proposed nuisance bylaw": a measure still proposed is asked to go ahead, not to be.)
  if (PROPOSED_PARTICIPLES.has(np[0].lower)) return goAhead(np.slice(0, end));
  const text = words(np.slice(0, end));
  // "new parking fees", "spending cuts": a plural takes no article.
  if (/[^s]s$/u.test(np[head - 1].lower)) return `Should there be ${text}?`;
  const article = indefiniteArticle(text);
  return `Should there be ${article} ${text}?`;
}

/**
 * Nouns of a stance and the prepositions that bring in what it is on ("their opposition on
 * MMDA's bus ban", as some papers write it).
 */
const STANCE_NOUNS: Record<string, string[]> = {
  opposition: ['to', 'on', 'against'],
  objection: ['to', 'on', 'against'],
  objections: ['to', 'on', 'against'],
  resistance: ['to'],
  support: ['for'],
};

/**
 * "its strong opposition to the extension of Parliament" → "Should Parliament be extended?":
 * the change a stance noun is on, early in what the verb says. Null otherwise.
 */
function stanceNounObject(rest: Token[]): string | null {
  const at = rest.findIndex(
    (t, i) =>
      i < STANCE_NOUN_REACH &&
      Object.hasOwn(STANCE_NOUNS, t.lower) &&
      STANCE_NOUNS[t.lower].includes(rest[i + 1]?.lower ?? ''),
  );
  if (at < 0) return null;
  const object = rest.slice(at + 2);
  const change = opposedChange(object) ?? policyMotion(object, null);
  if (change) return change;
  // "to voice their support for congestion pricing": a bare measure, asked whether it should go ahead.
  const thing = leadingNounPhrase(beforeClause(beforeComma(object)));
  const head = thing[thing.length - 1];
  // ("opposition against a number of actions taken by …": a count is no thing.)
  if (head?.pos === 'NOUN' && !isNoMatter(head) && !COUNT_HEADS.has(head.lower)) {
    return `Should ${the(thing)} go ahead?`;
  }
  // ("their opposition on MMDA's total provincial bus ban along EDSA": another's measure.)
  const owned = object.findIndex((t) => t.pos === 'PART' && possessiveMark(t));
  return owned > 0 && owned <= 3 && MEASURE_HEADS.has(headNoun(object)?.lemma ?? '')
    ? goAhead(object)
    : null;
}
const STANCE_NOUN_REACH = 16;
/** Nouns that count things, before their "of": "a number of actions", "a series of steps". */
const COUNT_HEADS = new Set(['number', 'series', 'range', 'raft', 'host', 'lot', 'couple']);

/** A change named by a noun, or by a participle before its thing, as the past participle it asks about. */
const CHANGE_DONE: Record<string, string> = {
  increase: 'increased',
  increased: 'increased',
  higher: 'increased',
  rise: 'raised',
  raised: 'raised',
  hike: 'raised',
  cut: 'cut',
  cuts: 'cut',
  change: 'changed',
  changes: 'changed',
  reduction: 'reduced',
  reduced: 'reduced',
  lower: 'lowered',
  lowered: 'lowered',
  extension: 'extended',
  licensing: 'licensed',
  postponement: 'postponed',
  suspension: 'suspended',
  closure: 'closed',
  abolition: 'abolished',
  expansion: 'expanded',
  privatisation: 'privatised',
  privatization: 'privatized',
  introduction: 'introduced',
  issuance: 'issued',
  granting: 'granted',
  removal: 'removed',
  demolition: 'demolished',
  sale: 'sold',
  construction: 'built',
  installation: 'installed',
  revision: 'revised',
  review: 'reviewed',
  repeal: 'repealed',
  // "talks over a possible return of the Parthenon marbles …".
  return: 'returned',
  repatriation: 'repatriated',
  establishment: 'established',
  creation: 'created',
  elimination: 'eliminated',
  nationalisation: 'nationalised',
  nationalization: 'nationalized',
  delay: 'delayed',
};

const NOUN_PHRASE_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/** The noun phrase a run of tokens opens with, up to what is said of it ("a new €5 fee"). */
function leadingNounPhrase(tokens: Token[]): Token[] {
  // ("a temporary operating licence": a word in "-ing" before a noun names its kind.)
  const end = tokens.findIndex(
    (t, i) =>
      !NOUN_PHRASE_POS.has(t.pos) &&
      !(t.pos === 'SYM' && tokens[i + 1]?.pos === 'NUM') &&
      // ("small-scale mining": a hyphen inside a word.)
      !(i > 0 && hyphenatedModifier(tokens, i - 1) > i) &&
      // ("ban on kite flying": a gerund closing a compound after its noun.)
      !(
        /\p{L}ing$/u.test(t.lower) &&
        tokens[i - 1]?.pos === 'NOUN' &&
        ['ADP', 'PUNCT', undefined].includes(tokens[i + 1]?.pos)
      ) &&
      !(/\p{L}ing$/u.test(t.lower) && tokens[i + 1]?.pos === 'NOUN' && i > 0),
  );
  return end < 0 ? tokens : tokens.slice(0, end);
}

/**
 * "Closure of the Kelby ferry terminal", "Liberia: Establishment of the War Crimes Court": a
 * headline that only names a change to a thing asks whether the thing should be so changed.
 * Null for a headline with a verb of its own.
 */
function changeNamed(headline: Token[]): string | null {
  // (Up to a dash that opens the story's angle: "… - Managing Fears and Expectations".)
  const dash = headline.findIndex((t) => /^[-–—]$/u.test(t.text));
  const tokens = dash > 0 ? headline.slice(0, dash) : headline;
  const at = tokens[0]?.pos === 'DET' ? 1 : 0;
  if (!CHANGE_DONE[tokens[at]?.lower ?? ''] || tokens[at + 1]?.lower !== 'of') return null;
  return tokens.some((t) => isFiniteVerb(t) || t.pos === 'AUX') ? null : opposedChange(tokens);
}

/**
 * "opposes increased retirement age", "will oppose an increase in the compulsory retirement
 * age": what is opposed is a change to a thing → "Should the compulsory retirement age be
 * increased?". Null for anything else.
 */
function opposedChange(rest: Token[]): string | null {
  const np = beforeClause(beforeComma(rest));
  let at = np[0]?.pos === 'DET' ? 1 : 0;
  // ("a further extension of the ban": a word of degree before the change is no part of it.)
  // ("definitive suspension of work": nor is an adjective of how long or how much.)
  const degree = FURTHER.has(np[at]?.lower ?? '') || np[at]?.pos === 'ADJ';
  // ("last minute delay for expat health fees": nor a time it is wanted at.)
  const lastMinute = np[at]?.lower === 'last' && np[at + 1]?.lower === 'minute';
  if (lastMinute && CHANGE_DONE[np[at + 2]?.lower ?? '']) at += 2;
  else if (degree && CHANGE_DONE[np[at + 1]?.lower ?? '']) at += 1;
  const change = CHANGE_DONE[np[at]?.lower ?? ''];
  if (!change) return null;
  // (A delay "for" a thing is its delay.)
  const ofThing =
    ['in', 'to', 'of'].includes(np[at + 1]?.lower ?? '') ||
    (change === 'delayed' && np[at + 1]?.lower === 'for');
  // The thing's noun phrase, up to what is said of it ("… of Parliament expressing their anger").
  const after = np.slice(at + (ofThing ? 2 : 1));
  let thing = leadingNounPhrase(after);
  const head = thing[thing.length - 1];
  if (!head || (head.pos !== 'NOUN' && head.pos !== 'PROPN')) return null;
  // ("removal of ban on PUBG", "the ban on all forms of small-scale mining": a measure keeps
  // what it is on.)
  // ("the demolition of a part of its Landmark Beach": a part is of the thing.)
  if (PARTS.has(head.lower) && after[thing.length]?.lower === 'of') {
    const of = thing.length + 1;
    const owner = ['its', 'their', 'his', 'her'].includes(after[of]?.lower ?? '') ? 1 : 0;
    const whole = leadingNounPhrase(after.slice(of + owner));
    // (Whose it is goes: "of its Landmark Beach" → "of Landmark Beach", "of their market" → "of
    // the market".)
    const owned = owner && whole[0]?.pos !== 'PROPN' ? [theBefore(after[of])] : [];
    if (whole.length > 0) thing = [...after.slice(0, of), ...owned, ...whole];
  }
  // ("suspension of work on Section 5 of the Maya Train": works keep where they are done.)
  const worksOn = WORKS.has(head.lower) && after[thing.length]?.lower === 'on';
  if ((MEASURE_HEADS.has(head.lower) || worksOn) && after[thing.length]?.lower === 'on') {
    let end = thing.length + 1;
    const on = leadingNounPhrase(after.slice(end));
    end += on.length;
    if (on.length > 0 && after[end]?.lower === 'of') {
      const of = leadingNounPhrase(after.slice(end + 1));
      if (of.length > 0) end += 1 + of.length;
    }
    if (on.length > 0) thing = after.slice(0, end);
  }
  // ("abolition of Mother Tongue as medium of instruction": the role it is ended in stays,
  // though a clause's "as" ended the phrase read above.)
  const as = rest.indexOf(thing[thing.length - 1]) + 1;
  if (as > 0 && rest[as]?.lower === 'as' && thing.length === after.length) {
    const role = leadingNounPhrase(rest.slice(as + 1));
    const of = as + 1 + role.length;
    const roleOf = rest[of]?.lower === 'of' ? leadingNounPhrase(rest.slice(of + 1)) : [];
    const end = roleOf.length > 0 ? of + 1 + roleOf.length : of;
    if (role.some((t) => t.pos === 'NOUN')) thing = [...thing, ...rest.slice(as, end)];
  }
  // A noun change needs its "in": "an increase pay" is no phrase; a participle takes none.
  if (/ed$|er$/u.test(np[at].lower) === ofThing) return null;
  return `Should ${the(thing)} be ${change}?`;
}

/** Nouns of a part of a thing: "a part of its beach", "a stretch of the coast". */
const PARTS = new Set(['part', 'section', 'portion', 'stretch', 'piece', 'corner', 'wing']);
/** Words of degree before a change: "a further extension", "a second postponement". */
const FURTHER = new Set(['further', 'second', 'third', 'new', 'fresh', 'another']);

function isReporting(t: Token): boolean {
  return t.pos === 'VERB' && REPORTING.has(t.lemma);
}

/** Words of about how many before a number: "over 10,000", "more than 200", "up to 50". */
const ABOUT_HOW_MANY =
  /^(?:over|more than|fewer than|less than|up to|nearly|almost|about|around|at least|some) $/iu;

/** How many tokens of a count open the tokens: "Over 10,000" → 2, "More than 200" → 3. */
function countedOpening(tokens: Token[]): number {
  // (Not a number that is part of a word: "Four-day week", "14-storey tower".)
  const count = (k: number) => tokens[k]?.pos === 'NUM' && tokens[k + 1]?.text !== '-';
  if (count(0)) return 1;
  for (const n of [1, 2]) {
    if (ABOUT_HOW_MANY.test(`${words(tokens.slice(0, n))} `) && count(n)) return n + 1;
  }
  return 0;
}

/**
 * The noun phrase a headline opens with: "Taiwan's legislature first in Asia" → "Taiwan's
 * legislature"; "Tunisian Prime Minister signs decree" → "Tunisian Prime Minister".
 */
function leadingNominal(tokens: Token[]): Token[] {
  // ("Over 10,000 Australian camels to be shot …": how many opens the subject.)
  let end = countedOpening(tokens);
  // ("Hereford and Folkestone to close": two names joined by "and" are one subject.)
  const namesJoined = (i: number) =>
    tokens[i].lower === 'and' && tokens[i - 1]?.pos === 'PROPN' && tokens[i + 1]?.pos === 'PROPN';
  while (
    end < tokens.length &&
    (['PROPN', 'DET', 'PART', 'ADJ'].includes(tokens[end].pos) || namesJoined(end))
  ) {
    end++;
  }
  // "Three-day festival plan": a hyphenated modifier is one word, and its head follows it.
  const hyphened = hyphenatedModifier(tokens, end);
  const compound = hyphened > end;
  end = hyphened;
  const last = tokens[end - 1];
  // A compound head after a name or a determiner: "Taiwan's legislature", "Face coverings";
  // and after an adjective: "New betting shop".
  if (
    !last ||
    compound ||
    ['PART', 'DET', 'ADJ'].includes(last.pos) ||
    (end === countedOpening(tokens) + 1 && last.pos === 'PROPN')
  ) {
    while (tokens[end]?.pos === 'NOUN') end++;
    // "Pub's hours to increase": a possessive hands on to the noun it owns; not to a plan, whose
    // owner is who acts ("Kelby council's plan to ban …").
    while (
      possessiveMark(tokens[end]) &&
      tokens[end + 1]?.pos === 'NOUN' &&
      !PLANNED_ACTS.has(tokens[end + 1].lower)
    ) {
      end++;
      while (tokens[end]?.pos === 'NOUN') end++;
    }
  }
  return tokens.slice(0, Math.max(1, end));
}

/** The end of a hyphenated word starting at `at` ("three-day", "low-cost"), or `at` if none. */
function hyphenatedModifier(tokens: Token[], at: number): number {
  let end = at;
  while (
    tokens[end + 1]?.text === '-' &&
    tokens[end + 2] &&
    tokens[end].end === tokens[end + 1].start &&
    tokens[end + 1].end === tokens[end + 2].start
  )
    end += 2;
  return end > at ? end + 1 : at;
}

function resolvePronoun(clause: Token[], main: Token[]): Token[] {
  const first = clause[0];
  if (clause.length === 1 && PRONOUN_SUBJECTS.has(first.lower) && main.length > 0) return main;
  // ("Heritage Minister Pablo Rodriguez … says their tactics will not …": a plural "their" is
  // not one titled person's.)
  const plural = first.lower === 'their' && titledName(main);
  if (POSSESSIVES.has(first.lower) && main.length > 0 && !plural) {
    return [...main, { ...first, text: "'s" }, ...clause.slice(1)]
      .map((t, i, a) =>
        i === main.length - 1 && a[i + 1]?.text === "'s" ? { ...t, text: `${t.text}'s` } : t,
      )
      .filter((t) => t.text !== "'s");
  }
  return clause;
}

/**
 * The content clause of a decision or ruling named in a procedure's object: "his decision made
 * the previous day — that people born in X are citizens" → "Are people born in X citizens?".
 */
function decisionContent(rest: Token[]): string | null {
  const noun = rest.findIndex((t) => t.pos === 'NOUN' && DECISION_NOUNS.has(t.lower));
  if (noun < 0) return null;
  const that = rest.findIndex(
    (t, i) =>
      i > noun &&
      i <= noun + DECISION_REACH &&
      t.lower === 'that' &&
      (i === noun + 1 || /^[—–-]$/u.test(rest[i - 1].text)),
  );
  if (that < 0) return null;
  // "… constitutes grievous bodily harm “calls into question …”": the quotation after the
  // content clause is the sentence's own predicate.
  const clause = rest.slice(that);
  const quote = clause.findIndex((t, i) => i > 2 && /^[“"]$/u.test(t.text));
  return reportedClause(quote > 0 ? clause.slice(0, quote) : clause);
}

const DECISION_NOUNS = new Set([
  'decision',
  'ruling',
  'verdict',
  'finding',
  'judgment',
  'judgement',
]);
/** How far after its noun a decision's content clause may start ("decision made on Friday — that"). */
const DECISION_REACH = 7;

/**
 * A headline without a verb that names a measure: "Education minister on the school phone ban"
 * → "Should the school phone ban go ahead?".
 */
function namedMeasure(
  tokens: Token[],
  sourceSpans: MotionCandidate['sourceSpans'],
): MotionCandidate | null {
  const at = tokens.findIndex(
    (t, i) => t.pos === 'NOUN' && MEASURE_NOUNS.has(t.lower) && i === tokens.length - 1,
  );
  if (at < 0) return null;
  // "Banning dogs from parks plan 'wrong and unfair'": a plan named by its act's gerund and
  // object is asked as the act.
  const [first] = tokens;
  if (/\p{L}{3}ing$/u.test(first.lower) && at > 1 && !tokens.slice(1, at).some(isFiniteVerb)) {
    const act = gerundAsked([
      { ...first, pos: 'VERB', lemma: gerundLemma(first.lower) },
      ...tokens.slice(1, at),
    ]);
    if (act) return { text: act, origin: 'HEADLINE', score: 0.6, sourceSpans };
  }
  let from = at;
  // "Supreme Court blocks Texas law": an "-s" word after a name is the headline's verb, read
  // as a noun; the measure starts after it.
  const verbAfterName = (i: number) =>
    i > 0 && tokens[i - 1].pos === 'PROPN' && tokens[i].lower === `${tokens[i].lemma}s`;
  // "a default 20mph speed limit": a figure written onto its unit is part of the name.
  const figure = (i: number) => tokens[i].pos === 'NUM' && tokens[i].end === tokens[i + 1].start;
  // ("Saudi Arabia’s expat dependents fees": whose measure it is, with its possessive mark.)
  const owner = (i: number) => possessiveMark(tokens[i]) && tokens[i - 1]?.pos === 'PROPN';
  // ("diesel-car ban": a hyphen inside a compound modifier.)
  const glued = (i: number) =>
    tokens[i].text === '-' &&
    tokens[i - 1]?.end === tokens[i].start &&
    tokens[i + 1]?.start === tokens[i].end;
  // ("Govt's Three Waters reform": a number written as a capitalised word opens a name.)
  const namedNumber = (i: number) =>
    tokens[i].pos === 'NUM' &&
    /^\p{Lu}\p{Ll}/u.test(tokens[i].text) &&
    tokens[i + 1]?.pos === 'PROPN';
  const modifierAt = (i: number) =>
    (['NOUN', 'ADJ', 'PROPN'].includes(tokens[i].pos) ||
      figure(i) ||
      namedNumber(i) ||
      owner(i) ||
      glued(i)) &&
    !verbAfterName(i);
  while (from > 0 && modifierAt(from - 1)) from--;
  // ("protest against tax on university fees": a measure on the one named is the measure.)
  const on = ['on', 'for'].includes(tokens[from - 1]?.lower ?? '');
  if (on && MEASURE_NOUNS.has(tokens[from - 2]?.lower ?? '') && tokens[from - 2].pos === 'NOUN') {
    from -= 2;
    while (from > 0 && modifierAt(from - 1)) from--;
  }
  if (at - from < 1) return null;
  const owned = tokens.slice(from, at).some((t) => possessiveMark(t));
  // ("…, demand strict ban": a headline's second clause opening on its verb names no measure.)
  // (What is left of such a headline may open on it.)
  const clauseOpens = from === 0 || tokens[from - 1].text === ',';
  if (clauseOpens && CALLS_ON_OTHERS.has(tokens[from].lower)) return null;
  const measure = tokens.slice(from, at + 1);
  return {
    text: `Should ${owned ? the(measure) : `the ${words(measure)}`} go ahead?`,
    origin: 'HEADLINE',
    score: 0.6,
    sourceSpans,
  };
}

/** Measures a headline names without a verb, plural fees and taxes too ("… expat dependents fees"). */
const MEASURE_NOUNS = new Set(
  'ban bans limit cap curb tax taxes levy charge charges fees plan bill law decree reform curfew closure scheme'.split(
    ' ',
  ),
);

/** "Sir, —", "Dear Editor,": a letter's salutation, which is no part of its first sentence. */
const SALUTATION =
  /^(?:sir|madam|sir or madam|dear (?:sir|madam|sir or madam|editor))\s*,\s*[—–-]?\s*/iu;

function withoutSalutation(s: ParsedSentence): ParsedSentence {
  const cut = SALUTATION.exec(s.text)?.[0].length ?? 0;
  return cut === 0 ? s : { ...s, text: s.text.slice(cut), start: s.start + cut };
}

/** Rank of a proposal named by an item heading: below the lede's and the headline's. */
const ITEM_SCORE = 0.55;

/** "4. Proposal to …", "Item 5: Motion to …", "## Plan to …": a line opening with a proposal. */
const ITEM_LINE =
  /^(?:(?:item\s+)?\d+[.):]?\s+)?((?:the\s+|a\s+)?(?:proposal|motion|plan)\s+to\s+\S.*)$/iu;

/** Headings and heading-like lines (no closing stop) that name a proposal, as sentences. */
function itemLines(article: ParsedArticle): ParsedSentence[] {
  const lines = [
    ...article.sections.map((h) => ({ text: h.heading, start: h.start })),
    ...article.paragraphs
      .filter((p) => p.sentences.length <= 2 && !/[.!?"”]$/u.test(p.text.trim()))
      .map((p) => ({ text: p.text, start: p.start })),
  ];
  return lines.flatMap(({ text, start }) => {
    const m = ITEM_LINE.exec(text.trim());
    if (!m) return [];
    const at = start + text.indexOf(m[1]);
    // A heading's capital is the heading's, not a name's: "Proposal to …" is "proposal to …".
    const line = m[1].charAt(0).toLowerCase() + m[1].slice(1);
    return [{ text: line, start: at, end: at + m[1].length }];
  });
}

const RELATIVE_WORDS = new Set(['that', 'which', 'who']);

/** A policy noun phrase of the opening sentences: "Should there be a decree banning X?" */
function fromPolicy(s: ParsedSentence): MotionCandidate | null {
  const tokens = stripEnd(tokenize(s.text, s.start));
  // "a decree banning …", "the plan to ban …"; not "The bill passed by 94 votes": the vote on
  // a measure is procedure, not its content.
  const at = tokens.findIndex(
    (t, i) =>
      (POLICY_NOUNS.has(t.lower) ||
        MEASURE_CAMPAIGNS.has(t.lower) ||
        // ("The government plans to raise …", "Ridgeline, the developer, plans to build …": right
        // after its subject, or after an aside on it, it is the verb.)
        (PLANS.has(t.lower) &&
          !['NOUN', 'PROPN', 'PRON'].includes(tokens[i - 1]?.pos ?? '') &&
          tokens[i - 1]?.text !== ',')) &&
      t.pos !== 'VERB' &&
      // ("in order to get the legislation through": a purpose, no order made.)
      !(t.lower === 'order' && tokens[i - 1]?.lower === 'in') &&
      ((tokens[i + 1]?.pos === 'VERB' && /ing$/u.test(tokens[i + 1].lower)) ||
        (tokens[i + 1]?.lower === 'to' && verbAfterTo(tokens, i + 2))),
  );
  if (at < 0) return null;
  let from = at;
  // ("said at the weekend that legislation to …": a "that" after a noun opens a clause; it
  // points at nothing.)
  const opensClause = (k: number) => tokens[k].lower === 'that' && tokens[k - 1]?.pos === 'NOUN';
  const extend = () => {
    while (
      from > 0 &&
      ['ADJ', 'NOUN', 'DET', 'PROPN'].includes(tokens[from - 1].pos) &&
      !tokens[from - 1].measure &&
      !TIME_WORDS.has(tokens[from - 1].lower) &&
      !opensClause(from - 1)
    ) {
      from--;
    }
  };
  extend();
  // "Harnby council's plan to …": the owner before "'s" is part of the phrase (and acts).
  if (from === at && possessiveMark(tokens[from - 1])) {
    from--;
    extend();
  }
  const comma = tokens.findIndex(
    (t, i) => i > at && t.text === ',' && !betweenModifiers(tokens, i),
  );
  let end = comma > 0 ? comma : clauseEnd(tokens, at + 1);
  // "A plan to close the Elm Street library is one step closer …", "The government's plan to put
  // a tariff on steel goes to a vote …": the phrase is the sentence's subject, and ends at its
  // verb (or at the relative pronoun before one); the verb says what happens to the plan.
  const beHave = tokens.findIndex(
    (t, i) =>
      i > at + 2 && i < end && tokens[i - 1].lower !== 'to' && FINITE_AUXILIARIES.has(t.lower),
  );
  if (beHave > 0) end = RELATIVE_WORDS.has(tokens[beHave - 1].lower) ? beHave - 1 : beHave;
  const finite = tokens.findIndex(
    (t, i) =>
      i > at + 2 &&
      i < end &&
      ['NOUN', 'PROPN', 'NUM'].includes(tokens[i - 1].pos) &&
      (MODALS.has(t.lower) ||
        (['VERB', 'AUX'].includes(t.pos) && t.lower !== t.lemma && /[^s]s$/u.test(t.lower)) ||
        // "… to camp on public property held signs": a past form taking an object is the
        // sentence's verb, not a participle on the noun before it ("goods imported from China").
        (t.pos === 'VERB' &&
          t.lower !== t.lemma &&
          !/(?:ing|s)$/u.test(t.lower) &&
          ['DET', 'NOUN', 'ADJ', 'PRON'].includes(tokens[i + 1]?.pos ?? ''))),
  );
  if (finite > 0) end = finite;
  const np = tokens.slice(from, end);
  if (np.length < 4) return null;
  // ("a referendum proposal opposing the government's decision to lift a ban on imports of pork
  // …": what a proposal or a campaign opposes is the matter, not the opposing.)
  const opposing = np.findIndex((_, i) => carrierOpposing(np, i));
  const opposed = opposing >= 0 ? np.slice(opposing + 2) : [];
  const matter = opposed.length > 0 ? (policyMotion(opposed, null) ?? goAhead(opposed)) : null;
  if (matter) return { text: matter, origin: 'POLICY', score: 0.6, sourceSpans: [span(s)] };
  // "the plan to ban mobile phones in schools" → "Should mobile phones be banned in schools?"
  const action = policyMotion(np, null);
  if (action) return { text: action, origin: 'POLICY', score: 0.6, sourceSpans: [span(s)] };
  return {
    text: `Should there be ${words(np).replace(/^(?:the|this)\s(?=(\S+))/iu, (_, next: string) => `${indefiniteArticle(next)} `)}?`,
    origin: 'POLICY',
    score: 0.6,
    sourceSpans: [span(s)],
  };
}

/** Verbs of what a measure would bring about, not what it does: "would hurt shops". */
const CONSEQUENCES = new Set(
  'hurt hit cost mean affect leave bring save help harm damage benefit kill destroy create lead cause put force drive push'.split(
    ' ',
  ),
);

/** Most tokens of an aside between commas after a measure ("…, which must still clear …,"). */
const ASIDE_REACH = 30;

/**
 * "The ballot question, which must still clear several hurdles …, would raise the state's
 * minimum wage for tipped workers from $6.75 to $15, while …" → "Should the state's minimum
 * wage for tipped workers be raised from $6.75 to $15?": a measure that is the sentence's
 * subject, and what it would or will do. Null otherwise.
 */
function measureWould(s: ParsedSentence): MotionCandidate | null {
  const tokens = stripEnd(tokenize(s.text, s.start));
  let head = tokens[0]?.pos === 'DET' ? 1 : 0;
  while (['ADJ', 'NOUN', 'PROPN'].includes(tokens[head + 1]?.pos ?? '')) head++;
  const noun = tokens[head]?.lower ?? '';
  const measure =
    POLICY_NOUNS.has(noun) || (noun === 'question' && tokens[head - 1]?.lower === 'ballot');
  if (!measure || tokens[head].pos !== 'NOUN') return null;
  let at = head + 1;
  if (tokens[at]?.text === ',') {
    const close = tokens.findIndex((t, i) => i > at && i <= at + ASIDE_REACH && t.text === ',');
    if (close < 0) return null;
    at = close + 1;
  }
  const verb = tokens[at + 1];
  if (!['would', 'will'].includes(tokens[at]?.lower ?? '') || verb?.pos !== 'VERB') return null;
  if (verb.lower !== verb.lemma || ['be', 'have'].includes(verb.lemma)) return null;
  // "The ban would hurt shops": what a measure would do to people is an argument about it.
  if (CONSEQUENCES.has(verb.lemma)) return null;
  const text = actAsked(verb.lemma, shortPredicate(tokens.slice(at + 2)));
  return text ? { text, origin: 'POLICY', score: 0.6, sourceSpans: [span(s)] } : null;
}

/** Prepositions that open a phrase of time or circumstance before a sentence's subject. */
const TIME_PREPOSITIONS = new Set([
  'after',
  'following',
  'before',
  'despite',
  'amid',
  'amidst',
  'during',
]);
/** Most tokens of such a phrase. */
const LONG_ADVERBIAL = 16;
/** Most tokens of an opening subordinate clause. */
const LONG_CLAUSE = 22;

/** Most tokens between a measure and the relative clause that says what it will do. */
const MEASURE_CLAUSE_REACH = 6;

/**
 * "an ordinance Thursday that will ban the construction of …": a measure (POLICY_NOUNS), then
 * "that" or "which", an optional "will" or "would" and a verb; null otherwise.
 */
function measureWillDo(rest: Token[]): { verb: Token; object: Token[] } | null {
  const that = rest.findIndex(
    (t, i) => i > 0 && i <= MEASURE_CLAUSE_REACH && ['that', 'which'].includes(t.lower),
  );
  const measure = (t: Token) => POLICY_NOUNS.has(t.lower) || REFORM_NOUNS.has(t.lower);
  if (that < 0 || !rest.slice(0, that).some(measure)) return null;
  const modal = ['will', 'would'].includes(rest[that + 1]?.lower ?? '');
  const v = modal ? that + 2 : that + 1;
  const verb = rest[v];
  if (!verb || rest.length <= v + 1) return null;
  // After "will" a bare verb (wink may tag it a noun: "will ban/NOUN the …"); without a modal, a
  // verb in "-s" ("that bans …"), or a bare one after a plural ("reforms that make …"), not
  // "that was …" or "that the council …".
  const plural = /[^s]s$/u.test(rest[that - 1].lower);
  const acts = modal
    ? ['VERB', 'NOUN'].includes(verb.pos) && verb.lower === verb.lemma
    : verb.pos === 'VERB' &&
      (verb.lower === `${verb.lemma}s` ||
        verb.lower === `${verb.lemma}es` ||
        (plural && verb.lower === verb.lemma));
  if (!acts) return null;
  return { verb, object: rest.slice(v + 1) };
}

/** Words that place a day or a week before or after now: "next Thursday", "last week". */
const TIME_DEIXIS = new Set(['next', 'last', 'this', 'early', 'late', 'later']);
/** Adverbs of when something was said, after the verb of saying: "said later", "said earlier". */
const WHEN_SAID = new Set(['later', 'earlier']);
const TIME_WORDS = daysAnd('yesterday', 'today', 'week', 'month', 'year', 'season', 'term');

/** Nouns of a gathering an opening adverbial names: "At a meeting of …", "During Monday's hearing". */
const OCCASIONS = new Set([
  'meeting',
  'hearing',
  'session',
  'conference',
  'debate',
  'rally',
  'summit',
]);
const OCCASION_TOKENS = 10;

/**
 * Where an opening "At/During/In … meeting" ends (after its comma if any), when a subject follows
 * it; 0 otherwise.
 */
function occasionEnd(tokens: Token[]): number {
  if (!['at', 'during', 'in'].includes(tokens[0]?.lower ?? '')) return 0;
  const at = tokens.findIndex((t, i) => i > 0 && i <= OCCASION_TOKENS && OCCASIONS.has(t.lower));
  // A capitalised word wink tags a verb is a name's ("Sioux Falls").
  const verb = (t: Token) => t.pos === 'VERB' && !/^\p{Lu}/u.test(t.text);
  if (at < 0 || tokens.slice(1, at).some(verb)) return 0;
  const next = tokens[at + 1];
  if (next?.text === ',') return at + 2;
  return next && ['PROPN', 'DET', 'NOUN', 'PRON'].includes(next.pos) ? at + 1 : 0;
}

/** "In a surprise move, and one welcomed by campaigners, X …": the aside the adverbial adds. */
function withoutAddedAside(tokens: Token[]): Token[] {
  if (tokens[0]?.lower !== 'and' && tokens[0]?.lower !== 'but') return tokens;
  const comma = tokens.findIndex((t) => t.text === ',');
  return comma > 1 && comma <= 10 ? tokens.slice(comma + 1) : tokens;
}

/** Drops an opening "On Friday," / "Late on Sunday," / "Yesterday," (with or without comma). */
/** Phrases of accordance or reason that open a sentence: "In line with …", "As part of …". */
const ACCORDANCE_OPENING =
  /^(?:in (?:line|keeping|accordance) with|as (?:part|a result) of|in response to|because of|due to)\b/iu;

/** An opening phrase of purpose: "In a step to …", "In an effort to …", "In a bid to …". */
const PURPOSE_OPENING = /^in an? (?:\p{L}+ )?(?:step|move|bid|effort|attempt|push|drive) to\b/iu;

/** Conjunctions a sentence may open with to tie on to the one before. */
const SENTENCE_LINKS = new Set(['but', 'and', 'yet']);

function stripLeadingAdverbial(marked: Token[]): Token[] {
  // Plain text keeps a standfirst's emphasis ("*Norland's farming minister … *").
  let from = 0;
  while (/^[*_]+$/u.test(marked[from]?.text ?? '')) from++;
  const all = from > 0 ? marked.slice(from) : marked;
  // "Well, this has to be the worst news we've woken up to in a while: following an enquiry …,
  // Fabric's licence has been permanently revoked": the writer's remark before a colon, on
  // "this" or "it", leads in to the news after it.
  const colon = all.findIndex((t, i) => i > 2 && t.text === ':');
  const remarkFrom = DISCOURSE_OPENERS.has(all[0]?.lower ?? '') && all[1]?.text === ',' ? 2 : 0;
  if (
    colon > 0 &&
    REMARK_SUBJECTS.has(all[remarkFrom]?.lower ?? '') &&
    all.length - colon > 5 &&
    !all.slice(0, colon).some((t) => /^['‘’"“”]$/u.test(t.text))
  ) {
    return stripLeadingAdverbial(all.slice(colon + 1));
  }
  const dateline = wireDatelineEnd(all);
  if (dateline > 0) return stripLeadingAdverbial(all.slice(dateline));
  // "But a decision by Jumilla town council to …": a conjunction tying on to the sentence before.
  if (SENTENCE_LINKS.has(all[0]?.lower ?? '') && all.length > 2 && all[1].text !== ',') {
    return stripLeadingAdverbial(all.slice(1));
  }
  // "At Tuesday's city council meeting(,) Janet Brekke proposed …": the occasion, however it
  // is written, before the subject.
  const occasion = occasionEnd(all);
  if (occasion > 0) return stripLeadingAdverbial(all.slice(occasion));
  // A live blog's "09:12" before the entry.
  const tokens = /^(?:\d{1,2}[:.]\d{2}|,)$/u.test(all[0]?.text ?? '') ? all.slice(1) : all;
  const comma = tokens.findIndex((t) => t.text === ',');
  // "By a 2-1 vote Tuesday, the Lake township trustees rejected …": the tally before the subject.
  if (comma > 0 && OPENING_TALLY.test(words(tokens.slice(0, comma)))) {
    return stripLeadingAdverbial(tokens.slice(comma + 1));
  }
  // "Norland's farming minister, Kaisa Lehto, wants to …": an office and its holder's name, not
  // an adverbial; the holder acts for the place that owns the office.
  const place = comma > 0 ? officeOwner(tokens.slice(0, comma)) : null;
  const named = tokens.findIndex((t, i) => i > comma + 1 && t.text === ',');
  const name = tokens.slice(comma + 1, named);
  if (place && named > 0 && name.every((_, k) => isNameWord(tokens, comma + 1 + k))) {
    return [place, ...tokens.slice(named + 1)];
  }
  if (comma > 0 && comma <= 4 && ['ADP', 'ADV', 'NOUN', 'PROPN', 'ADJ'].includes(tokens[0].pos)) {
    // "Belgium bans Uber, threatens fines": a headline's verb read as a noun makes a clause.
    const lead = asHeadlineVerbs(tokens.slice(0, comma));
    // ("Before hitting the road, drivers …": a preposition's gerund is no clause of its own.)
    const gerundOf = (t: Token, k: number) => /ing$/u.test(t.lower) && lead[k - 1]?.pos === 'ADP';
    if (!lead.some((t, k) => t.pos === 'VERB' && !gerundOf(t, k))) {
      return withoutAddedAside(tokens.slice(comma + 1));
    }
  }
  // "After more than two years of research and planning, the city …", "After hearing hours of
  // testimony, …": a longer phrase of time or circumstance, with no finite verb of its own.
  // ("Despite massive opposition and after failed compromise talks, Knesset okays …": a
  // concession likewise, and a participle before its noun is no verb.)
  const modifying = (t: Token, k: number) =>
    /ed$/u.test(t.lower) && ['NOUN', 'ADJ'].includes(tokens[k + 1]?.pos ?? '');
  // ("In line with its 100-day plan, the coalition government scrapped …": so is a phrase of
  // accordance or reason.)
  const accordance = ACCORDANCE_OPENING.test(words(tokens.slice(0, 4)));
  // ("Rather than imposing a sweeping city-wide ban on motorbikes, Hanoi only wants to …": so is
  // the course passed over.)
  const passedOver = /^(?:rather\s+than|instead\s+of)\s/iu.test(words(tokens.slice(0, 3)));
  if (
    passedOver &&
    comma > 2 &&
    comma <= LONG_ADVERBIAL &&
    !tokens.slice(1, comma).some((t) => t.pos === 'AUX')
  ) {
    return stripLeadingAdverbial(tokens.slice(comma + 1));
  }
  // ("In a step to tackle its housing crisis, Portugal's government has ended …": what the act is
  // for, however many verbs it has, before its subject.)
  if (
    PURPOSE_OPENING.test(words(tokens.slice(0, 5))) &&
    comma > 4 &&
    comma <= LONG_ADVERBIAL &&
    !tokens.slice(1, comma).some((t) => t.pos === 'AUX')
  ) {
    return stripLeadingAdverbial(tokens.slice(comma + 1));
  }
  if (
    (TIME_PREPOSITIONS.has(tokens[0]?.lower ?? '') ||
      CONCESSIONS.has(tokens[0]?.lower ?? '') ||
      accordance) &&
    comma > 4 &&
    comma <= LONG_ADVERBIAL &&
    tokens
      .slice(1, comma)
      .every(
        (t, k) =>
          t.pos !== 'AUX' && (t.pos !== 'VERB' || /ing$/u.test(t.lower) || modifying(t, k + 1)),
      )
  ) {
    return stripLeadingAdverbial(tokens.slice(comma + 1));
  }
  // "Describing the practice of paddling students as archaic and unproductive, the Duval County
  // School Board formally ended …": an opening participle's phrase says how or why; the clause
  // after its comma (a subject, then its verb) is the news.
  // ("Backed by local conservative politicians, French President Emmanuel Macron wants to …":
  // so is a passive participle's with who did it.)
  const afterComma = tokens.slice(comma + 1);
  const passiveBy = /^\p{Lu}\p{Ll}+ed$/u.test(tokens[0]?.text ?? '') && tokens[1]?.lower === 'by';
  if (
    tokens[0]?.pos === 'VERB' &&
    (/^\p{Lu}\p{Ll}+ing$/u.test(tokens[0].text) || passiveBy) &&
    comma > 2 &&
    comma <= LONG_CLAUSE + 8 &&
    tokens.slice(1, comma).every((t) => t.pos !== 'AUX' && t.lower !== 'is') &&
    // ("French President Emmanuel Macron": a nationality opening a name.)
    (['DET', 'PROPN', 'NOUN'].includes(afterComma[0]?.pos ?? '') ||
      isNationality(afterComma[0]?.text ?? '')) &&
    mainVerbIndex(afterComma) > 0 &&
    // Not "Banning phones, the council said, would help": a report set inside a gerund subject.
    !(
      isReporting(afterComma[mainVerbIndex(afterComma)]) &&
      afterComma[mainVerbIndex(afterComma) + 1]?.text === ','
    )
  ) {
    return stripLeadingAdverbial(afterComma);
  }
  // "Over the objections of progressive supervisors and under threats of a lawsuit from nudists
  // …, the Board of Supervisors voted …": what the act went ahead against, however long.
  if (
    tokens[0]?.lower === 'over' &&
    OBJECTIONS.has(tokens[2]?.lower ?? '') &&
    comma > 3 &&
    comma <= LONG_CLAUSE + 8 &&
    tokens
      .slice(1, comma)
      .every((t) => t.pos !== 'AUX' && (t.pos !== 'VERB' || /ing$/u.test(t.lower)))
  ) {
    return stripLeadingAdverbial(tokens.slice(comma + 1));
  }
  // "After some residents fought against a dispensary last year, Town Meeting approved …": a
  // clause of what came before, when the main clause's subject follows its comma.
  if (
    ['after', 'since', 'once', 'although', 'though'].includes(tokens[0]?.lower ?? '') &&
    comma > 3 &&
    comma <= LONG_CLAUSE &&
    ['DET', 'PROPN', 'NOUN'].includes(tokens[comma + 1]?.pos ?? '')
  ) {
    return stripLeadingAdverbial(tokens.slice(comma + 1));
  }
  // "Starting the first day of school, students begin counting down …": an opening participle
  // phrase, when a subject follows its comma.
  if (
    /^\p{L}{3,}ing$/u.test(tokens[0]?.text ?? '') &&
    ['VERB', 'PROPN'].includes(tokens[0].pos) &&
    comma > 1 &&
    comma <= LONG_ADVERBIAL &&
    tokens.slice(1, comma).every((t) => t.pos !== 'AUX' && t.pos !== 'VERB') &&
    ['DET', 'PROPN', 'NOUN', 'PRON'].includes(tokens[comma + 1]?.pos ?? '')
  ) {
    return stripLeadingAdverbial(tokens.slice(comma + 1));
  }
  // "Worried about adding still more truck traffic to the roads, the commission …", "Faced
  // with a deficit, the board …": how the subject felt or stood, before it.
  if (
    // (wink may tag a capitalised participle a name: "Concerned/PROPN about …".)
    (['VERB', 'ADJ'].includes(tokens[0]?.pos ?? '') ||
      (tokens[0]?.pos === 'PROPN' && /^\p{L}{3,}ed$/u.test(tokens[0].lower))) &&
    /^\p{Lu}/u.test(tokens[0].text) &&
    !/ing$/u.test(tokens[0].lower) &&
    (tokens[1]?.pos === 'ADP' || tokens[1]?.lower === 'to') &&
    comma > 2 &&
    comma <= LONG_ADVERBIAL &&
    tokens
      .slice(1, comma)
      .every((t, k) => !isFiniteVerb(t) || (t.pos === 'VERB' && tokens[k]?.lower === 'to')) &&
    ['DET', 'PROPN', 'NOUN'].includes(tokens[comma + 1]?.pos ?? '')
  ) {
    return stripLeadingAdverbial(tokens.slice(comma + 1));
  }
  // "According to a post on its forum, the site has banned …": the source, however long.
  if (tokens[0]?.lower === 'according' && tokens[1]?.lower === 'to' && comma > 2) {
    return tokens.slice(comma + 1);
  }
  // "As was widely expected, Google is appealing …": an aside on how the news was foreseen.
  if (
    tokens[0]?.lower === 'as' &&
    comma > 1 &&
    comma <= 5 &&
    tokens
      .slice(1, comma)
      .every((t) => t.lemma === 'be' || t.pos === 'ADV' || FORESEEN.has(t.lemma))
  ) {
    return tokens.slice(comma + 1);
  }
  const time = tokens.findIndex((t) => TIME_WORDS.has(t.lower));
  if (
    time >= 0 &&
    time <= 2 &&
    // "Next Thursday the council will vote …", "Last week the board …".
    tokens
      .slice(0, time)
      .every((t) => t.pos === 'ADP' || t.pos === 'ADV' || TIME_DEIXIS.has(t.lower))
  ) {
    return tokens.slice(time + 1);
  }
  // "Now the Louvre is putting …": an opening adverb of when, without its comma, before the subject.
  if (
    LEAD_ADVERBS.has(tokens[0]?.lower ?? '') &&
    ['DET', 'PROPN', 'NOUN'].includes(tokens[1]?.pos ?? '')
  ) {
    return tokens.slice(1);
  }
  return tokens;
}

/** A writer's aside that opens a lede: "Well, this has to be …", "So, it is official: …". */
const DISCOURSE_OPENERS = new Set(['well', 'so', 'yes', 'ok', 'okay', 'alas', 'sadly']);
const REMARK_SUBJECTS = new Set(['this', 'it', 'that']);

const LEAD_ADVERBS = new Set(['now', 'meanwhile', 'instead', 'then', 'soon', 'finally', 'already']);

/** What "As …," says was foreseen or told before: "As expected,", "As was widely reported,". */
const FORESEEN = new Set(
  'expect predict anticipate forecast report announce promise plan fear rumour rumor'.split(' '),
);

/** Verbs of what a measure is for rather than what it does: "a bill to spur housing". */
const GOAL_VERBS = new Set(
  'spur tackle address help improve encourage promote combat ease foster support'.split(' '),
);

/**
 * "contentious bill to spur housing construction" → "Should the contentious bill to spur housing
 * construction become law?". Null unless a measure's noun is followed by "to" and a goal verb.
 */
function measureForGoal(object: Token[]): string | null {
  let at = object[0]?.pos === 'DET' ? 1 : 0;
  while (object[at]?.pos === 'ADJ') at++;
  const head = object[at];
  if (!head || !MEASURE_LIKE.has(head.lemma) || object[at + 1]?.lower !== 'to') return null;
  if (!GOAL_VERBS.has(object[at + 2]?.lemma ?? '')) return null;
  const np = shortPredicate(object.slice(object[0]?.pos === 'DET' ? 1 : 0));
  const outcome = LEGISLATION.has(head.lemma) ? 'become law' : 'go ahead';
  return `Should the ${words(np)} ${outcome}?`;
}

/** Nouns whose "to" and verb say what they allow: "a right to repair", "the power to fine". */
const RIGHT_NOUNS = new Set(
  'right rights power powers ability freedom chance opportunity authority permission'.split(' '),
);

/** Most words between "amid" and its quarrel: "amid growing public controversy over". */
const AMID_REACH = 3;

/**
 * "Government revises stance on NGOs amid controversy over PVO Amendment Bill" → "Should the PVO
 * Amendment Bill become law?": a headline whose act is taken amid a quarrel over a thing is about
 * the thing. Null without "amid" and a quarrel or an outcry "over" or "about" something.
 */
function amidQuarrelOver(rest: Token[]): string | null {
  const amid = rest.findIndex((t) => t.lower === 'amid' || t.lower === 'amidst');
  const quarrel = rest.findIndex(
    (t, i) =>
      i > amid &&
      i <= amid + AMID_REACH &&
      (QUARRELS.has(t.lemma) || HEADLINE_REACTIONS.has(t.lower) || REACTIONS_MET.has(t.lower)) &&
      ['over', 'about'].includes(rest[i + 1]?.lower ?? ''),
  );
  if (amid < 0 || quarrel < 0) return null;
  const thing = rest.slice(quarrel + 2);
  return becomesLaw(beforeClause(beforeComma(thing))) ?? reactedMatter(thing);
}

/** Verbs of a body deciding on a measure in a headline's "as" clause: "as House backs …". */
const DECIDING_ON = new Set([...BACKING, 'approve', 'pass', 'adopt', 'reject', 'block']);

/**
 * "Mottley rejects opposition claims as House backs free movement plan" → "Should the free
 * movement plan go ahead?": a body deciding on a plan or a measure in the "as" clause is the news
 * the main clause reacts to; the plan is the matter. Null for any other headline.
 */
function decidedInAsClause(tokens: Token[]): string | null {
  const as = tokens.findIndex((t, i) => i >= 2 && t.lower === 'as');
  // (wink may tag the verb in "-s" a noun after a name: "House backs/NOUN".)
  const verb = tokens.findIndex(
    (t, i) =>
      as > 0 &&
      i > as + 1 &&
      i <= as + 4 &&
      DECIDING_ON.has(t.pos === 'NOUN' ? verbLemma(t.lower) : t.lemma) &&
      /[^s]s$|ed$/u.test(t.lower),
  );
  if (verb < 0) return null;
  const thing = tokens.slice(verb + 1);
  const head = beforeClause(thing).at(-1);
  if (!head || !(isMeasureHead(head) || isMeasureCarrier(head.lower))) return null;
  return policyMotion(thing, null) ?? goAhead(thing);
}

/** What a measure or a plan may win from a body: "wins Stormont backing", "gets the go-ahead". */
const BACKING_WON = new Set(['backing', 'approval', 'support', 'nod', 'go-ahead', 'endorsement']);

/**
 * "Integrated Education Bill wins Stormont backing without support from unionist bloc" →
 * "Should the Integrated Education Bill become law?": a measure winning backing is news; the
 * measure is the matter. Null for any other headline.
 */
function backingWon(tokens: Token[]): string | null {
  const won = tokens.findIndex(
    (t, i) =>
      i > 0 &&
      ['win', 'get', 'gain', 'secure', 'receive'].includes(t.lemma) &&
      tokens.slice(i + 1, i + 4).some((w) => BACKING_WON.has(w.lower)),
  );
  const thing = tokens.slice(0, Math.max(won, 0));
  const head = thing.at(-1);
  // (A measure's capitalised name may hold words wink tags verbs: "Integrated/VERB Education Bill".)
  const named = (t: Token) => nominalWord(t) || possessiveMark(t) || /^\p{Lu}/u.test(t.text);
  if (won < 0 || !head || !thing.every(named)) return null;
  const law = becomesLaw(thing);
  if (law) return law;
  return isMeasureHead(head) || isMeasureCarrier(head.lower) ? goAhead(thing) : null;
}

/**
 * "Indians celebrate Maggi verdict" → "Should the Maggi verdict stand?": a ruling celebrated (or
 * mourned) stands or falls. Null for any other headline.
 */
function rulingCelebrated(tokens: Token[]): string | null {
  const at = tokens.findIndex((t, i) => i > 0 && CELEBRATING.has(t.lemma));
  const ruling = beforeClause(tokens.slice(at + 1));
  if (at < 0 || !RULINGS.has(ruling.at(-1)?.lower ?? '')) return null;
  return `Should ${the(ruling)} stand?`;
}

/** Cases brought against a measure: "lawsuit against noncitizen voting law". */
const LEGAL_CHALLENGES = new Set(['lawsuit', 'suit', 'challenge', 'case']);
/** What a case may be brought against and then stand or fall: a law, an order, a ruling. */
const CHALLENGEABLE = new Set(['law', 'act', 'order', 'ruling', 'decision', ...RULES]);

/**
 * "Republican lawsuit against noncitizen voting law begins" → "Should the noncitizen voting law
 * stand?": a case brought against a law or a ruling is procedure; whether it stands is the
 * matter. Null for any other headline.
 */
function legallyChallenged(tokens: Token[]): string | null {
  const at = tokens.findIndex(
    (t, i) =>
      LEGAL_CHALLENGES.has(t.lower) && ['against', 'to'].includes(tokens[i + 1]?.lower ?? ''),
  );
  if (at < 0) return null;
  const thing = beforeOwnVerb(tokens.slice(at + 2));
  return CHALLENGEABLE.has(thing.at(-1)?.lower ?? '') ? `Should ${the(thing)} stand?` : null;
}

/** A pause in a thing, or a release from it, that people may be given. */
const RESPITES = new Set(['moratorium', 'reprieve', 'respite', 'suspension', 'exemption']);
/** Verbs of being given a respite: "vendors get moratorium on …", "residents granted reprieve". */
const RESPITE_GIVEN = new Set(['get', 'win', 'secure', 'receive', 'grant', 'give', 'obtain']);

/**
 * "Filipino fruit vendors get moratorium on market fee" → "Should there be a market fee?": a
 * respite won from a thing is news; the thing is the matter. Null for any other headline.
 */
function reprieveFrom(tokens: Token[]): string | null {
  const at = tokens.findIndex(
    (t, i) =>
      RESPITES.has(t.lower) &&
      ['on', 'from', 'over'].includes(tokens[i + 1]?.lower ?? '') &&
      tokens
        .slice(Math.max(0, i - 3), i)
        .some((w) => w.pos === 'VERB' && RESPITE_GIVEN.has(w.lemma)),
  );
  if (at < 0) return null;
  const thing = beforeClause(beforeComma(tokens.slice(at + 2)));
  // ("reprieve from closure": an act with nothing named that it is done to asks nothing;
  // "library closure" goes ahead or not.)
  if (ACT_NOUN_ENDING.test(thing.at(-1)?.lower ?? '')) {
    return thing.length > 1 ? goAhead(thing) : null;
  }
  return reactedMatter(thing) ?? goAhead(thing);
}

/** Prepositions of what an act went ahead amid or despite. */
const AMID = new Set(['amid', 'amidst', 'despite', 'among', 'amongst']);

/** Most tokens between a procedure's verb and its "whether to": "next month on". */
const BEFORE_WHETHER = 5;

/**
 * "will vote next month on whether to make voting compulsory", "will decide whether to close
 * the pool": what the body decides is whether it should act → "Should Varne's parliament make
 * voting compulsory?". Null when no "whether to" and a verb follow the procedure closely.
 */
function whetherTo(rest: Token[], subject: Token[]): string | null {
  const at = rest.findIndex(
    (t, i) => t.lower === 'whether' && rest[i + 1]?.lower === 'to' && rest[i + 2]?.pos === 'VERB',
  );
  if (at < 0 || at > BEFORE_WHETHER || subject.length === 0) return null;
  if (rest.slice(0, at).some((t) => t.pos === 'VERB' || t.text === ',')) return null;
  return `Should ${the(votersPlace(subject))} ${words(shortPredicate(rest.slice(at + 2)))}?`;
}

/**
 * "has put off a decision on whether there will be a plebiscite on a potential Calgary bid …" →
 * "Should there be a plebiscite on a potential Calgary bid …?": the question a procedure is on.
 * Null when no "whether there will be" follows the procedure closely.
 */
function whetherThereBe(rest: Token[]): string | null {
  const at = rest.findIndex(
    (t, i) =>
      t.lower === 'whether' &&
      rest[i + 1]?.lower === 'there' &&
      MODALS.has(rest[i + 2]?.lower ?? '') &&
      rest[i + 3]?.lower === 'be',
  );
  if (at < 0 || at > BEFORE_WHETHER + 1) return null;
  const thing = shortPredicate(rest.slice(at + 4));
  return thing.some((t) => t.pos === 'NOUN') ? `Should there be ${words(thing)}?` : null;
}

/**
 * "let voters decide whether to ban Tasers in the city" → "Should Tasers be banned in the
 * city?": a question left to voters, asked as the act. Null when no voters decide "whether to"
 * an act.
 */
function votersDecide(tokens: Token[]): string | null {
  const at = tokens.findIndex(
    (t, i) =>
      t.lower === 'whether' &&
      tokens[i + 1]?.lower === 'to' &&
      tokens[i + 2]?.pos === 'VERB' &&
      DECIDING_IF.has(tokens[i - 1]?.lemma ?? '') &&
      VOTERS.has(tokens[i - 2]?.lower ?? ''),
  );
  return at < 0 ? null : actAsked(tokens[at + 2].lemma, shortPredicate(tokens.slice(at + 3)));
}

/** Verbs of deciding a question: "to decide if …", "will vote on whether …". */
const DECIDING_IF = new Set(['decide', 'vote', 'choose', 'determine']);

/** Most words of a named question's subject: "whether the town's council should …". */
const QUESTION_SUBJECT = 6;

/**
 * "the topic of whether Davis should begin fluoridating its water" → "Should Davis begin
 * fluoridating its water?": a yes/no question the sentence names, with its own subject (a
 * pronoun's is not said) and "should". Null otherwise.
 */
function namedQuestion(tokens: Token[]): string | null {
  // ("Voters to decide if Portage and Main will reopen to pedestrians": what is to be decided
  // is whether it should, with "if" and "will" as well.)
  const decided = (i: number) => DECIDING_IF.has(tokens[i - 1]?.lemma ?? '');
  const at = tokens.findIndex((t, i) => t.lower === 'whether' || (t.lower === 'if' && decided(i)));
  if (at < 0) return null;
  let from = at + 1;
  if (tokens[from]?.lower === 'or' && tokens[from + 1]?.lower === 'not') from += 2;
  const should = tokens.findIndex(
    (t, i) =>
      i > from && (t.lower === 'should' || (decided(at) && ['will', 'would'].includes(t.lower))),
  );
  const subject = tokens.slice(from, should);
  if (should < 0 || subject.length > QUESTION_SUBJECT) return null;
  if (!subject.some((t) => ['NOUN', 'PROPN'].includes(t.pos))) return null;
  if (subject.some((t) => ['VERB', 'AUX', 'PRON', 'PUNCT'].includes(t.pos))) return null;
  const predicate = shortPredicate(tokens.slice(should + 1));
  if (predicate[0]?.pos !== 'VERB' && predicate[1]?.pos !== 'VERB') return null;
  return `Should ${the(subject)} ${words(predicate)}?`;
}

const LEANING = new Set(['lean', 'tilt', 'edge', 'inch', 'move']);
const VOICED_WORRIES = new Set(['concern', 'worry', 'fear', 'objection', 'reservation', 'doubt']);
const WORRIED_ABOUT = new Set(['about', 'over', 'regarding', 'on', 'at', 'around']);
const TOWARD = new Set(['toward', 'towards']);

/**
 * "The proposal for a large data center in rural Morgan County" → "Should there be a large data
 * center in rural Morgan County?": a subject that is a plan for a thing not yet there. Null
 * otherwise (the thing named with "the", or a clause after "for").
 */
function proposalFor(tokens: Token[]): string | null {
  let at = tokens[0]?.pos === 'DET' ? 1 : 0;
  while (tokens[at]?.pos === 'ADJ') at++;
  if (!isMeasureCarrier(tokens[at]?.lower) || tokens[at + 1]?.lower !== 'for') return null;
  // The sentence's own verb: the first one not in "-ing" ("a battery recycling plant").
  const verb = tokens.findIndex((t, i) => i > at + 2 && isFiniteVerb(t) && /^\p{Ll}/u.test(t.text));
  const thing = tokens.slice(at + 2, verb);
  if (verb < 0 || !/^(?:a|an)$/u.test(thing[0]?.lower ?? '') || thing.length < 2) return null;
  // "… plans for a levy could be shelved": what would be done to the plan is the matter.
  if (tokens[verb].pos === 'AUX' || MODALS.has(tokens[verb].lower)) return null;
  if (thing.some((t) => ['PUNCT', 'PRON'].includes(t.pos))) return null;
  return `Should there be ${words(thing)}?`;
}

/** Verbs of a thing drawing nearer to being done: "moves a step closer", "edges closer". */
const ADVANCING = new Set(['move', 'edge', 'inch', 'step', 'come', 'draw', 'creep']);

/**
 * "Grouse moor licensing moves step closer", "LICENSING of grouse shooting in Scotland has moved
 * a step closer after ministers opened a consultation …" → "Should grouse moor licensing go
 * ahead?", "Should grouse shooting in Scotland be licensed?": a measure or a change drawing
 * closer (with no "to" after "closer", which names a goal of its own) is the matter. Null unless
 * the subject names a measure, a plan or a change.
 */
function measureAdvancing(tokens: Token[]): string | null {
  // (Read by the words: wink may tag a headline's "moves" a noun and its subject a verb.)
  const closer = tokens.findIndex(
    (t, i) => ['closer', 'nearer'].includes(t.lower) && tokens[i + 1]?.lower !== 'to',
  );
  let verb = closer - 1;
  while (verb > 0 && ['a', 'one', 'another', 'step', 'steps', 'big'].includes(tokens[verb].lower))
    verb--;
  if (closer < 0 || verb < 1 || !ADVANCING.has(verbLemma(tokens[verb].lower))) return null;
  let end = verb;
  if (FINITE_AUXILIARIES.has(tokens[end - 1]?.lower ?? '')) end--;
  const subject = tokens.slice(0, end);
  const head = subject.at(-1);
  // ("LICENSING of grouse shooting": a change named by its noun is asked as the change done.)
  const change = CHANGE_DONE[subject[0]?.lower ?? ''];
  if (change && subject[1]?.lower === 'of' && subject.length > 2) {
    return `Should ${words(subject.slice(2))} be ${change}?`;
  }
  const measure = namesMeasure(head) || CHANGE_DONE[head?.lower ?? ''] !== undefined;
  return measure && subject.length > 1 ? goAhead(subject) : null;
}

/**
 * "Residents say plan for new sewage plant 'will devalue our homes'" → "Should the new sewage
 * plant go ahead?": what someone says a plan for a thing will do is their case; the thing is the
 * matter. Null unless what is said opens on a plan "for" something.
 */
function planSaidOf(said: Token[]): string | null {
  let at = said[0]?.pos === 'DET' ? 1 : 0;
  while (said[at]?.pos === 'ADJ') at++;
  if (!isMeasureCarrier(said[at]?.lower) || said[at + 1]?.lower !== 'for') return null;
  const end = said.findIndex(
    (t, i) => i > at + 2 && (isAnyQuoteMark(t) || isFiniteVerb(t) || MODALS.has(t.lower)),
  );
  return goAhead(said.slice(at + 2, end > 0 ? end : said.length));
}

/** Verbs of drawing close to a stage: "nears completion", "is approaching completion". */
const NEARING = new Set(['near', 'approach']);
/** The stages a project draws close to. */
const PROJECT_ENDS = new Set(['completion', 'opening', 'launch']);
/** The words of a project's name before its verb: "Maya train", "Lagos's new coastal highway". */
const PROJECT_NAME_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'PART', 'NUM']);

/**
 * "Maya train nears completion" → "Should the Maya train go ahead?": a project drawing close to
 * its completion or opening is asked whether it should go ahead. Null when no such verb follows
 * a thing's name.
 */
function projectNearingEnd(tokens: Token[]): string | null {
  const verb = tokens.findIndex(
    (t, i) =>
      i > 0 &&
      NEARING.has(t.lemma) &&
      ['VERB', 'NOUN'].includes(t.pos) &&
      PROJECT_ENDS.has(tokens[i + 1]?.lower ?? ''),
  );
  if (verb < 0) return null;
  const auxiliary = tokens[verb - 1].pos === 'AUX' ? 1 : 0;
  let from = verb - auxiliary;
  while (from > 0 && PROJECT_NAME_POS.has(tokens[from - 1].pos)) from--;
  if (from > 0 && tokens[from - 1].pos === 'DET') from--;
  const project = tokens.slice(from, verb - auxiliary);
  if (!project.some((t) => t.pos === 'NOUN')) return null;
  return goAhead(project);
}

/**
 * The matter of a headline or a lede that tells of what befell it rather than of the act: "…
 * measure sparks debate over …", "Council Recommends Eliminating …", "meeting on proposed casino",
 * "disputes over free rides", "moves one step closer to a ban on …", "Meat tax idea described as
 * …", "Roo culling wrong, protesters say", "While the decision to ban … has been welcomed, …",
 * "arrested … while protesting a plan …", "opponents warn …", "the first state to …", "the
 * battle over banning …". Null when the sentence's own act is the matter.
 */
function matterBesideTheNews(
  tokens: Token[],
  all: Token[],
  origin: MotionOrigin,
): { text: string; score: number } | null {
  // "Holidaymakers … will be inconvenienced by cutting the hours that alcohol can be bought":
  // what an act would do to people is news; the act, named by its gerund, is the matter.
  const byAct = tokens.findIndex(
    (t, i) =>
      t.lower === 'by' &&
      i > 1 &&
      tokens[i - 2].lemma === 'be' &&
      pastParticipleForm(tokens[i - 1]) &&
      POLICY_GERUNDS.has(tokens[i + 1]?.lower ?? ''),
  );
  const actBy = byAct > 0 ? gerundAct(beforeComma(tokens.slice(byAct + 1))) : null;
  if (actBy) return { text: actBy, score: 0.75 };
  // "fury as Maya train nears completion in Mexico": how far a project has got is news; the
  // project is the matter.
  const nearing = projectNearingEnd(tokens);
  if (nearing) return { text: nearing, score: 0.75 };
  // "Machu Picchu Access Blocked by Peruvian Protesters Over New Ticket System": what the crowd
  // that did the act is against is the matter, not the act.
  const crowdBy = tokens.findIndex(
    (t, i) => t.lower === 'by' && i > 1 && pastParticipleForm(tokens[i - 1]),
  );
  const crowd = tokens.findIndex(
    (t, i) => crowdBy > 0 && i > crowdBy && i <= crowdBy + 3 && CROWDS.has(t.lower),
  );
  const crowdAgainstThing =
    crowd > 0 && ['over', 'against'].includes(tokens[crowd + 1]?.lower ?? '')
      ? foughtThing(tokens.slice(crowd + 2))
      : null;
  if (crowdAgainstThing) return { text: crowdAgainstThing, score: 0.75 };
  // "Wind farms are harming reindeer herders in Norway, according to a court ruling": so is a
  // project said to harm or endanger something, in a lede as in a headline.
  const harming = threateningAct(tokens);
  if (harming) return { text: harming, score: 0.75 };
  // "Campaigners fighting to save Penrith’s closure-threatened cinema believe …": a camp named
  // by its cause; what it fights for is the matter.
  const camp = tokens.findIndex((t, i) => i <= 2 && CAUSE_CAMPS.has(t.lower));
  const cause = camp + 1;
  const fightingTo =
    camp >= 0 &&
    /ing$/u.test(tokens[cause]?.lower ?? '') &&
    FIGHTING_FOR.has(gerundLemma(tokens[cause].lower)) &&
    tokens[cause + 1]?.lower === 'to' &&
    tokens[cause + 2]?.pos === 'VERB';
  const foughtFor = fightingTo
    ? actAsked(tokens[cause + 2].lemma, beforeOwnVerb(tokens.slice(cause + 3)))
    : null;
  if (foughtFor) return { text: foughtFor, score: 0.75 };
  // "Six out of 10 Filipinos see no need to relocate the Ninoy Aquino International Airport":
  // whether people see a need for an act is a finding; the act is the matter.
  const need = tokens.findIndex(
    (t, i) =>
      t.lemma === 'need' &&
      t.pos === 'NOUN' &&
      SEEING_NEED.has(tokens[i - 2]?.lemma ?? '') &&
      tokens[i + 1]?.lower === 'to' &&
      tokens[i + 2]?.pos === 'VERB',
  );
  const needed =
    need > 0 ? actAsked(tokens[need + 2].lemma, shortPredicate(tokens.slice(need + 3))) : null;
  if (needed) return { text: needed, score: 0.75 };
  // "voted … to let voters decide whether to ban Tasers in the city": what voters are to decide
  // is the matter, asked as the act done.
  const left = votersDecide(tokens);
  if (left) return { text: left, score: 0.8 };
  // "A Cologne court ruling that the circumcision of young boys constitutes grievous bodily harm
  // calls into question …": what a ruling the sentence opens with holds is the matter.
  const ruling = tokens.findIndex((t, i) => i <= 4 && DECISION_NOUNS.has(t.lower));
  const held = ruling >= 0 && tokens[ruling + 1]?.lower === 'that' ? decisionContent(tokens) : null;
  if (held) return { text: held, score: 0.75 };
  // "Oregon drug decriminalization measure sparks debate over …": what sparks it is the matter.
  const sparked = origin === 'HEADLINE' ? sparksDebate(tokens) : null;
  if (sparked) return { text: sparked, score: 0.7 };
  // "Cambridge City Council Recommends Eliminating Minimum Parking Requirements", "Orby weighs
  // lifting busking ban": the act a body recommends or weighs, in a gerund, is the matter, not
  // the recommending (a lede's own words name who would act, and are asked so).
  const urging = tokens.findIndex(
    (t, i) =>
      origin === 'HEADLINE' &&
      i > 0 &&
      i <= 8 &&
      ACT_IN_GERUND.has(t.lemma) &&
      t.lower !== t.lemma &&
      /ing$/u.test(tokens[i + 1]?.lower ?? ''),
  );
  const urged = urging > 0 ? gerundAct(tokens.slice(urging + 1)) : null;
  if (urged) return { text: urged, score: 0.7 };
  // "Plans to ban cars from Mill Street were discussed by the council": how a plan is talked
  // over is news; the act it carries is the matter (a decision on it, "Plans to … have been
  // approved", is asked as that decision). So is what legislation "that could double council
  // tax …" would do, while it progresses.
  const carried = carrierSubjectAct(tokens, true);
  if (carried) return { text: carried, score: origin === 'LEDE' ? 0.8 : 0.75 };
  // "Noise Takes Center Stage At Meeting On Airport Expansion": what a meeting is on is the
  // matter, whatever took place at it.
  const sitting = tokens.findIndex(
    (t, i) =>
      origin === 'HEADLINE' &&
      (namesSitting(tokens, i) || t.lower === 'forum') &&
      ['on', 'about', 'over'].includes(tokens[i + 1]?.lower ?? ''),
  );
  const sat = sitting > 0 ? foughtThing(beforeOwnVerb(tokens.slice(sitting + 2))) : null;
  if (sat) return { text: sat, score: 0.7 };
  // "Muni budget vote blocked by disputes over free rides for youths", "residents won't give up
  // the fight against quarry": what a dispute is over, or a fight against, is the matter.
  // ("vows “new battle” against …": a closing quotation mark may stand between.)
  const after = (i: number) => (/^[”"’']$/u.test(tokens[i + 1]?.text ?? '') ? i + 2 : i + 1);
  // ("Dripsey and Inniscarra on collision course regarding pitch purchase": parties' course.)
  const disputed = tokens.findIndex(
    (t, i) =>
      origin === 'HEADLINE' &&
      (QUARRELS.has(t.lemma) ||
        QUARRELS.has(t.lower) ||
        (t.lower === 'course' && tokens[i - 1]?.lower === 'collision')) &&
      // (A headline's first word may be tagged a name: "Debate/PROPN over …".)
      (t.pos === 'NOUN' || (i === 0 && t.pos === 'PROPN')) &&
      // "Parliament Passes Right to Disconnect Law Amidst Debate Over …": a quarrel the act
      // went ahead amid is its circumstance.
      !AMID.has(tokens[i - 1]?.lower ?? '') &&
      (quarrelAbout(tokens, after(i)) > 0 ||
        (tokens[after(i)]?.lower === 'against' && FIGHT_NOUNS.has(t.lower))),
  );
  const disputedThing =
    disputed > 0
      ? beforeOwnVerb(
          tokens.slice(after(disputed) + Math.max(1, quarrelAbout(tokens, after(disputed)))),
        )
      : [];
  // ("Debate over dissolving Village of Whitesboro heats up": an act named by its gerund.)
  const contested =
    disputed > 0 ? (gerundAsked(disputedThing) ?? reactedMatter(disputedThing)) : null;
  if (contested) return { text: contested, score: 0.7 };
  // "The battle between SA's roads agency Sanral and … Outa over Gauteng's controversial
  // e-tolling system is becoming heated": a sentence opening on a quarrel between parties names
  // what it is over after them.
  // ("An argument has broken out in a Hertfordshire town over a decision to cancel …": so does
  // one whose breaking out, and where, come first.)
  const between = tokens[0]?.pos === 'DET' ? 1 : 0;
  const quarrelFirst =
    (QUARRELS.has(tokens[between]?.lemma ?? '') || tokens[between]?.lemma === 'argument') &&
    tokens[between].pos === 'NOUN';
  const quarrelBetween = quarrelFirst && tokens[between + 1]?.lower === 'between';
  // ("A row in the club regarding the purchase of land has flared": what a quarrel regards or
  // relates to is what it is over.)
  const overParties = quarrelFirst
    ? tokens.findIndex(
        (t, i) =>
          i > between + 1 &&
          (quarrelBetween || i <= between + OVER_REACH) &&
          quarrelAbout(tokens, i) > 0,
      )
    : -1;
  const brokeOut = tokens
    .slice(between + 1, overParties)
    .every(
      (t) => t.text !== ',' && (!['VERB', 'AUX'].includes(t.pos) || QUARREL_STARTS.has(t.lemma)),
    );
  const partiesVerb = !(quarrelBetween || brokeOut);
  const foughtBetween =
    overParties > 0 && !partiesVerb
      ? reactedMatter(beforeOwnVerb(tokens.slice(overParties + quarrelAbout(tokens, overParties))))
      : null;
  if (foughtBetween) return { text: foughtBetween, score: 0.75 };
  // "Minneapolis moves one step closer to a ban on menthol cigarettes": the measure a body
  // moves toward is the matter, with the body as who would take it.
  const closer = tokens.findIndex(
    (t, i) => ['closer', 'nearer'].includes(t.lower) && tokens[i + 1]?.lower === 'to',
  );
  const nameEnd = tokens.findIndex((t) => t.pos !== 'PROPN');
  const agent = closer > 1 && nameEnd > 0 ? tokens.slice(0, nameEnd) : [];
  const approached = agent.length > 0 ? policyMotion(tokens.slice(closer + 2), words(agent)) : null;
  if (approached) return { text: approached, score: 0.75 };
  // "Meat tax idea described as 'ignorance'": what befalls an idea is news; the thing it is an
  // idea of is the matter.
  const ideaHead = origin === 'HEADLINE' ? mainVerbIndex(tokens) - 1 : -1;
  if (ideaHead > 1 && ['idea', 'proposal'].includes(tokens[ideaHead].lower)) {
    const idea = thereBeThing(tokens.slice(0, ideaHead));
    if (idea) return { text: idea, score: 0.7 };
  }
  // "Roo culling wrong, protesters say", "Energy drinks ban for minors the right move": a verdict
  // a headline gives without its "is". (Read before the reporting tail is cut off.)
  const bareVerdict =
    origin === 'HEADLINE' ? (verdictWithoutIs(all) ?? verdictNamed(tokens)) : null;
  if (bareVerdict) return { text: bareVerdict, score: 0.7 };
  // "Opposition grows over NHI Bill as …", "has defended her Budget following anger from farmers
  // over changes to inheritance tax …": what a reaction is over is the matter.
  // (Not "would go ahead despite anger over the cost": what an act went ahead despite is its
  // circumstance, and the act the news.)
  const reaction = tokens.findIndex(
    (t, i) =>
      REACTIONS_MET.has(t.lower) &&
      t.pos === 'NOUN' &&
      !tokens.slice(Math.max(0, i - 2), i).some((w) => AMID.has(w.lower)),
  );
  // ("expressed their anger at the decision to retain …": a feeling is "at" what stirs it, a
  // protest at where it is held.)
  const at = REACTIONS_AT.has(tokens[reaction]?.lower ?? '') ? ['at'] : [];
  const reactedOver = matterAfter(tokens, reaction, ['over', 'against', ...at], 4);
  if (reactedOver) return { text: reactedOver, score: 0.75 };
  // "The City of Swan has come under fire over the sale of a suburban oval …": so is what
  // someone is under fire or pressure over.
  const underFire = tokens.findIndex(
    (t, i) => t.lower === 'under' && UNDER_REACTION.has(tokens[i + 1]?.lower ?? ''),
  );
  const firedOver = matterAfter(tokens, underFire + 1, ['over', 'for'], 2);
  if (underFire >= 0 && firedOver) return { text: firedOver, score: 0.75 };
  // "Coastguard chiefs heckled over base closure plans", "Locals confronted Coastguard bosses …
  // over the proposed closure of …": so is what officials are confronted over.
  // ("The chiefs … are divided over the draft agreement …": so is what a camp is split over.)
  const confronted = tokens.findIndex(
    (t, i) =>
      (t.pos === 'VERB' && CONFRONTING.has(t.lemma)) ||
      // (Not "have divided communities on both islands": a plan that divides is no camp.)
      (DIVIDED.has(t.lower) && ['be', 'remain'].includes(tokens[i - 1]?.lemma ?? '')),
  );
  const over = tokens.findIndex(
    (t, k) => confronted >= 0 && k > confronted && k <= confronted + 5 && REACTED_OVER.has(t.lower),
  );
  const confrontedOver = over > 0 ? reactedMatter(tokens.slice(over + 1)) : null;
  if (confrontedOver) return { text: confrontedOver, score: 0.75 };
  // "HDB to extend public consultation period on Dover forest development …": a consultation or
  // an inquiry held on a thing is procedure; the thing is the matter (not "its meeting on Tuesday").
  const heard = tokens.findIndex((t, i) => HEARINGS.has(t.lower) || namesSitting(tokens, i));
  const heardOn = heard + (PROCEDURE_SPANS.has(tokens[heard + 1]?.lower ?? '') ? 2 : 1);
  const heldOnThing = beforeTime(tokens.slice(heardOn + 1));
  const heldOn =
    heard >= 0 &&
    ['on', 'into'].includes(tokens[heardOn]?.lower ?? '') &&
    heldOnThing.some((t) => t.pos === 'NOUN' && !t.measure)
      ? reactedMatter(heldOnThing)
      : null;
  if (heldOn) return { text: heldOn, score: 0.75 };
  // "students … are up in arms against the college administration for banning jeans …", "bar
  // owners unhappy with Governor … for rejecting a bill …": what a camp blames someone for
  // doing is the matter.
  const arms = tokens.findIndex(
    (t, i) => (t.lower === 'arms' && upInBefore(tokens, i)) || BLAMING_FEELINGS.has(t.lower),
  );
  const blamedFor = tokens.findIndex(
    (t, k) =>
      arms >= 0 &&
      k > arms &&
      k <= arms + ARMS_REACH &&
      t.lower === 'for' &&
      /\p{L}ing$/u.test(tokens[k + 1]?.lower ?? ''),
  );
  const armedOver =
    blamedFor > 0 ? gerundAsked(beforeClause(beforeComma(tokens.slice(blamedFor + 1)))) : null;
  if (armedOver) return { text: armedOver, score: 0.75 };
  // ("small-scale miners are unhappy with government's decision to extend the ban on …": or
  // with a decision or plan itself.)
  // ("parents are up in arms about what they see as a school policy change that would …": a
  // change so seen, whoever calls it that.)
  const feltAbout =
    arms >= 0 && ['with', 'about', 'over'].includes(tokens[arms + 1]?.lower ?? '')
      ? withoutSeenAs(tokens.slice(arms + 2))
      : [];
  const unhappyWith =
    feltAbout.length > 0
      ? (policyMotion(feltAbout, null) ??
        (tokens[arms].lower === 'arms'
          ? reactedMatter(definite(leadingNounPhrase(feltAbout)))
          : null))
      : null;
  if (unhappyWith) return { text: unhappyWith, score: 0.75 };
  // "Pharmacy lobby president weeps over prospect of 60-day scripts": so is what a feeling shown
  // is over (wink may tag a headline's "weeps" a noun).
  const feltOver = matterFeltOver(tokens);
  if (feltOver) return { text: feltOver, score: 0.7 };
  const negotiated = changeNegotiated(tokens);
  if (negotiated) return { text: negotiated, score: 0.7 };
  // "Peter Lalor residents dismayed by Whittlesea heritage overlay": so is what dismays them.
  // ("Renewables industry feels burned by Alberta's sudden pause on project approvals": or
  // what they feel hurt by, whatever the participle.)
  const dismayed = tokens.findIndex(
    (t, i) =>
      i > 0 &&
      (DISMAYED.has(t.lower) ||
        (tokens[i - 1].lemma === 'feel' && /(?:ed|en)$/u.test(t.lower) && t.pos === 'VERB')),
  );
  const dismayedBy = matterAfter(tokens, dismayed, ['by', 'at', 'over'], 1);
  if (dismayedBy) return { text: dismayedBy, score: 0.7 };
  // "ASFA 'not as concerned' about $3m super tax, Taylor remains 'dead against' it": so is
  // what a headline's subject is worried (or not) about, with no verb of its own.
  const worried = tokens.findIndex(
    (t, i) => origin === 'HEADLINE' && i > 0 && i <= 5 && WORRIED.has(t.lower),
  );
  const worriedVerb = tokens.slice(0, worried).some(isFiniteVerb);
  const worriedAbout = worriedVerb ? null : matterAfter(tokens, worried, ['about', 'over'], 2);
  if (worriedAbout) return { text: worriedAbout, score: 0.7 };
  // "We told CM we want reclamation project axed, say Penang fishermen": what a camp wants done
  // to a thing is the matter, whoever "we" are.
  const wants = tokens.findIndex((t) => t.lemma === 'want' && t.pos === 'VERB');
  const wanted = wants >= 0 ? wantedDone(tokens.slice(wants + 1)) : null;
  if (wanted) return { text: wanted, score: 0.7 };
  // "Philippine bishops fighting trends, and own flock, on reproductive health bill": what a
  // camp fights on is the matter.
  const fighting = tokens.findIndex(
    (t, i) => i > 0 && i <= 4 && t.lemma === 'fight' && t.pos === 'VERB',
  );
  const fightMatter = matterAfter(tokens, fighting, ['on', 'over']);
  if (fightMatter) return { text: fightMatter, score: 0.7 };
  // "Sunak admits there are not enough teachers for his proposed ‘maths to 18’ policy": what is
  // admitted is news; the proposed measure it bears on is the matter.
  // (Searched in the whole sentence: "…, leaving his proposed … policy in serious doubt".)
  const admits = all.some((t, i) => i > 0 && ADMITTING.has(t.lemma) && t.pos !== 'PROPN');
  const proposed = admits ? proposedMeasure(all) : null;
  if (proposed) return { text: proposed, score: 0.7 };
  // "Fishing fleets hail new quotas", "UK fishing fleets praised new EU fishing quotas agreed
  // after …": praise or blame of a measure is a reaction; the measure is the matter.
  // (A headline's "hail" after a plural subject may be tagged a noun: "fleets hail/NOUN new …".)
  const reacting = tokens.findIndex(
    (t, i) =>
      i > 0 &&
      i <= 8 &&
      ((PRAISE_OR_BLAME.has(t.lemma) &&
        (t.pos === 'VERB' ||
          (origin === 'HEADLINE' &&
            /s$/u.test(tokens[i - 1].lower) &&
            ['ADJ', 'DET', 'NOUN'].includes(tokens[i + 1]?.pos ?? '')))) ||
        // ("Tory MS lambasts/NOUN Eryri name change": a headline's verb in "-s" read as a noun.)
        (origin === 'HEADLINE' &&
          t.pos === 'NOUN' &&
          /[^s]s$/u.test(t.lower) &&
          PRAISE_OR_BLAME.has(verbLemma(t.lower)) &&
          ['ADJ', 'DET', 'NOUN', 'PROPN'].includes(tokens[i + 1]?.pos ?? ''))),
  );
  if (reacting > 0) {
    const object = withoutAttackedOver(tokens.slice(reacting + 1));
    // Up to the object's own verb ("quotas agreed after …"), not a modifier ("fishing quotas").
    // ("the proposed Three Waters reforms": a participle after "the" describes the thing.)
    const verbAt = object.findIndex(
      (t, i) =>
        i > 0 &&
        ['VERB', 'AUX'].includes(t.pos) &&
        object[i + 1]?.pos !== 'NOUN' &&
        !(object[i - 1].pos === 'DET' && pastParticipleForm(t)) &&
        // ("planned culling of Escobar's hippos": a gerund before its "of" is a noun.)
        !(/ing$/u.test(t.lower) && object[i + 1]?.lower === 'of') &&
        // ("line-calling": the second half of a hyphened compound; "Online Harms Bill": a
        // capitalised word inside a name.)
        !(object[i - 1].text === '-' && object[i - 1].end === t.start) &&
        !(/^\p{Lu}/u.test(t.text) && /^\p{Lu}/u.test(object[i - 1].text)),
    );
    // ("… changes as farmers slam …": the "as" clause is news of its own; so is what it came
    // after.)
    // ("… name change despite 'positive' report": so is what it was done against.)
    const as = object.findIndex(
      (t, i) => i > 0 && ['as', 'while', 'amid', 'after', 'following', 'despite'].includes(t.lower),
    );
    const end = [verbAt, as].filter((k) => k > 0).reduce((a, b) => Math.min(a, b), object.length);
    const thing = object.slice(0, end);
    // ("defends Online Harms Bill": a measure's name is capitalised, however wink tags it.)
    const head = thing.find(
      (t) =>
        (t.pos === 'NOUN' && MEASURE_LIKE.has(t.lemma)) ||
        (t.pos === 'PROPN' && BILL_NOUNS.has(t.lower)),
    );
    const reacted = head
      ? (policyMotion(thing, null) ?? opposedChange(thing) ?? goAhead(thing))
      : null;
    if (reacted) return { text: reacted, score: 0.7 };
    // "Colombia decries planned culling of Escobar's hippos": an act named by its gerund and
    // "of" is asked of what it is done to ("Should Escobar's hippos be culled?").
    const act = thing.findIndex(
      (t, i) => t.pos === 'VERB' && /ing$/u.test(t.lower) && thing[i + 1]?.lower === 'of',
    );
    const described = thing
      .slice(0, act)
      .every((t) => t.pos === 'DET' || t.pos === 'ADJ' || pastParticipleForm(t));
    const actOn = act >= 0 && described ? gerundAsked([thing[act], ...thing.slice(act + 2)]) : null;
    if (actOn) return { text: actOn, score: 0.7 };
    // "Rabbis condemn Cologne circumcision ruling": a court's ruling is asked whether it stands.
    const last = thing[thing.length - 1];
    if (last && DECISION_NOUNS.has(last.lower) && thing.every((t) => t.pos !== 'VERB')) {
      return { text: `Should ${the(thing)} stand?`, score: 0.7 };
    }
    // "Wimbledon defends electronic line-calling": a practice named by its gerund, with what
    // kind it is before it, is asked whether there should be it.
    const gerund = thing.length >= 2 && /\p{L}{3}ing$/u.test(last?.lower ?? '');
    const kinds = thing.slice(0, -1).filter((t) => t.text !== '-');
    if (gerund && kinds.every((t) => ['ADJ', 'NOUN'].includes(t.pos))) {
      return { text: `Should there be ${words(thing)}?`, score: 0.7 };
    }
  }
  // "While the Government's decision to ban live exports by 2023 has been welcomed by …,
  // industry groups warn …": a measure the opening concession names is the matter.
  if (CONCEDING_OPENERS.has(tokens[0]?.lower ?? '')) {
    const comma = tokens.findIndex((t) => t.text === ',');
    const conceded = comma > 2 ? policyMotion(tokens.slice(1, comma), null) : null;
    if (conceded) return { text: conceded, score: 0.75 };
  }
  // "Six environmental activists were arrested …, while protesting a plan they said would
  // sharply increase clear-cut logging …": whatever befell the protesters, what they protest is
  // the matter.
  // ("have protested in Hull over plans to close wards": where they protested may stand between.)
  // (Searched in the whole lede too: what it opens with may have cut the protest off.)
  const protested = protestedMatter(tokens) ?? (origin === 'LEDE' ? protestedMatter(all) : null);
  if (protested) return { text: protested, score: 0.75 };
  // "Ballot question opponents warn tipping will go away": what the camp of a named thing
  // foresees is its argument; the thing is the matter.
  const foreseen = campOfThingForesees(tokens);
  if (foreseen) return { text: foreseen, score: 0.7 };
  // "Colorado is now the first state to pass a Right to Repair law …": being first is the news;
  // the act is the matter.
  const first = firstToAct(tokens);
  if (first) return { text: first, score: 0.7 };
  // "… sent a delegation to Europe to go on the offensive in the battle over banning importation
  // of trophies …": whoever fights it, the act fought over is the matter.
  const foughtOver = tokens.findIndex(
    (t, i) =>
      QUARRELS.has(t.lower) &&
      ['over', 'about'].includes(tokens[i + 1]?.lower ?? '') &&
      tokens[i + 2]?.pos === 'VERB',
  );
  const overAct = foughtOver > 0 ? gerundAsked(tokens.slice(foughtOver + 2)) : null;
  if (overAct) return { text: overAct, score: 0.75 };
  return null;
}

const ADMITTING = new Set(['admit', 'concede', 'acknowledge']);

/**
 * "reclamation project axed" (after "want") → "Should the reclamation project be axed?". Null
 * unless a short noun phrase is followed by a past participle that ends the clause.
 */
function wantedDone(after: Token[]): string | null {
  const done = after.findIndex((t) => t.pos === 'VERB' || /\p{Ll}ed$/u.test(t.text));
  const thing = after.slice(0, done);
  if (done < 1 || thing.length > 5 || !thing.some((t) => t.pos === 'NOUN')) return null;
  if (!thing.every((t) => ['DET', 'ADJ', 'NOUN', 'PROPN'].includes(t.pos))) return null;
  const verb = after[done];
  if (!/(?:ed|en)$/u.test(verb.lower) || ![undefined, ',', '.'].includes(after[done + 1]?.text)) {
    return null;
  }
  return `Should ${the(thing)} be ${verb.lower}?`;
}

/**
 * "his proposed ‘maths to 18’ policy" → "Should the proposed ‘maths to 18’ policy go ahead?". Null
 * unless "proposed" is followed, within a few words, by a measure's noun.
 */
function proposedMeasure(tokens: Token[]): string | null {
  const at = tokens.findIndex((t) => t.lower === 'proposed');
  if (at < 0) return null;
  const head = tokens.findIndex(
    (t, k) => k > at && k <= at + 8 && t.pos === 'NOUN' && MADE_KNOWN_PLANS.has(t.lower),
  );
  if (head < 0) return null;
  const np = tokens.slice(at, head + 1);
  if (np.some((t) => ['VERB', 'AUX', 'ADP'].includes(t.pos) && !/^to$/u.test(t.lower))) {
    // ("maths to 18" inside quotation marks is the policy's name.)
    if (!np.some((t) => /^[‘“"']$/u.test(t.text))) return null;
  }
  return `Should the ${words(np)} go ahead?`;
}

/**
 * What follows the first of `prepositions` within `reach` words after the word at `at` ("anger
 * … over …", "reaction to …", "fighting … on …"), asked as the matter reacted to. Null when `at`
 * is -1 or no such preposition follows.
 */
function matterAfter(
  tokens: Token[],
  at: number,
  prepositions: string[],
  reach = tokens.length,
): string | null {
  if (at < 0) return null;
  const preposition = tokens.findIndex(
    (t, k) => k > at && k <= at + reach && prepositions.includes(t.lower),
  );
  return preposition > 0 ? matterReactedTo(tokens.slice(preposition + 1)) : null;
}

/**
 * "changes to inheritance tax on agricultural land" → "Should inheritance tax on agricultural land
 * be changed?", "the signing into law of the NHI Bill" → "Should the NHI Bill become law?": a
 * change or a measure a reaction is over, up to the clause's next verb or "as". Null otherwise.
 */
function matterReactedTo(after: Token[]): string | null {
  const as = after.findIndex((t, k) => k > 0 && ['as', 'while', 'after'].includes(t.lower));
  // Up to the clause's next verb ("… as President defends"; not "bottom trawling", a noun's).
  const upToAs = as > 0 ? after.slice(0, as) : after;
  const own = upToAs.findIndex(
    (t, k) => k > 0 && isFiniteVerb(t) && ['NOUN', 'PROPN'].includes(upToAs[k - 1].pos),
  );
  let matter = own > 0 ? upToAs.slice(0, own) : upToAs;
  // "over prospect of 60-day scripts": a thing in prospect is one there may come to be.
  const prospect = matter.findIndex((t) => PROSPECTS.has(t.lower));
  if (prospect >= 0 && prospect <= 1 && matter[prospect + 1]?.lower === 'of') {
    const rest = matter.slice(prospect + 2);
    const end = rest.findIndex((t) => t.pos === 'ADP' || t.text === ',' || isFiniteVerb(t));
    const thing = end > 0 ? rest.slice(0, end) : rest;
    if (thing.at(-1)?.pos === 'NOUN') return `Should there be ${words(thing)}?`;
  }
  // "the signing into law of …": the bill is what would become law.
  const signing = matter.findIndex((t) => t.lower === 'signing');
  const of = matter.findIndex((t, k) => k > signing && k <= signing + 4 && t.lower === 'of');
  if (signing >= 0 && signing <= 1 && of > 0) matter = matter.slice(of + 1);
  const changed = opposedChange(matter) ?? policyMotion(matter, null);
  if (changed) return changed;
  // "the National Health Insurance (NHI) Bill": the bracketed short name is left out.
  const open = matter.findIndex((t) => t.text === '(');
  const close = matter.findIndex((t, k) => k > open && t.text === ')');
  const unbracketed =
    open > 0 && close > open ? [...matter.slice(0, open), ...matter.slice(close + 1)] : matter;
  // ("over Oslo's diesel-car ban": a measure may be named with its owner's possessive.)
  const owned = possessiveMark(unbracketed[1]) && unbracketed[0]?.pos === 'PROPN';
  const np = owned
    ? [...unbracketed.slice(0, 2), ...leadingNounPhrase(unbracketed.slice(2))]
    : leadingNounPhrase(unbracketed);
  const head = np[np.length - 1];
  const law = becomesLaw(np);
  if (law) return law;
  // "Reactions to Policy 713 changes spread …": a change named after what it changes (wink may
  // tag the sentence's verb after it a noun).
  const change = np.findIndex((t, k) => k > 0 && CHANGE_NOUNS_AFTER.has(t.lower));
  const changedThing = np.slice(0, Math.max(change, 0));
  if (change > 0 && changedThing.some(nameOrNoun)) {
    return `Should ${the(changedThing)} be ${CHANGE_DONE[np[change].lower]}?`;
  }
  // "international student caps": a measure named by its noun.
  if (!head || head.pos !== 'NOUN' || !MEASURE_HEADS.has(head.lemma)) return null;
  if (owned) return `Should ${the(np)} go ahead?`;
  const text = words(np).replace(/^(?:the|an?)\s/iu, '');
  return head.lower !== head.lemma ? `Should there be ${text}?` : `Should the ${text} go ahead?`;
}

/** Changes that may follow what they change: "Policy 713 changes". */
const CHANGE_NOUNS_AFTER = new Set(['changes', 'change']);
const nameOrNoun = (t: Token) => t.pos === 'NOUN' || t.pos === 'PROPN';

/** Nouns of a thing in prospect: "the prospect of …", "the threat of …". */
const PROSPECTS = new Set(['prospect', 'prospects', 'threat', 'possibility', 'spectre', 'specter']);

/** Verbs of feeling a subject shows over news: "weeps over", "fumes at". */
/** How worried a headline's subject is about a thing: "not as concerned about …". */
const WORRIED = new Set(
  'concerned unconcerned worried anxious relaxed nervous sanguine alarmed uneasy'.split(' '),
);
const FEELING_OVER = new Set(['weep', 'cry', 'fume', 'rage', 'seethe', 'bristle', 'grieve']);

/** Protest and disorder, which may break out over a matter. */
const UNREST = new Set(['protest', 'protests', 'violence', 'clashes', 'unrest', 'chaos', 'brawl']);
/** Most words from the verb to "over": "Erupts in Bolivian Congress Over". */
const UNREST_PLACE_WORDS = 6;

/** Verbs of a protest getting under way or going on: "Protest Begins Against …". */
const PROTEST_UNDER_WAY = new Set([...REACTION_GROWING, 'begin', 'start', 'erupt']);

/**
 * "Protest Begins Against Billion-dollar Southern Copper Mining Project in Peru" → "Should the
 * billion-dollar Southern Copper mining project in Peru go ahead?": how a protest goes is news;
 * what it is against is the matter.
 */
function protestUnderWayAgainst(tokens: Token[]): string | null {
  const at = tokens.findIndex(
    (t, i) =>
      i <= 1 &&
      UNREST.has(t.lower) &&
      [tokens[i + 1]?.lemma, verbLemma(tokens[i + 1]?.lower ?? '')].some((lemma) =>
        PROTEST_UNDER_WAY.has(lemma ?? ''),
      ),
  );
  // ("Violence Erupts in Bolivian Congress Over $2 Billion Lithium Deals": where it broke out may
  // come between.)
  const over = tokens.findIndex(
    (t, i) => i > at + 1 && i <= at + UNREST_PLACE_WORDS && ['against', 'over'].includes(t.lower),
  );
  if (at < 0 || over < 0 || tokens.slice(at + 2, over).some((t) => t.pos === 'VERB')) return null;
  const against = tokens.slice(over + 1);
  return opposedChange(against) ?? goAhead(against);
}

/** People named by the thing they stand against: "housing development protesters". */
const PEOPLE_AGAINST = new Set(['protesters', 'protestors', 'opponents', 'objectors']);

/**
 * "South Auckland housing development protesters remain resolute" → "Should the South Auckland
 * housing development go ahead?": whatever such people do, the thing that names them is the
 * matter. Null unless a measure or a project opens the headline before them.
 */
function thingNamingCamp(tokens: Token[]): string | null {
  const at = tokens.findIndex((t, i) => i >= 2 && PEOPLE_AGAINST.has(t.lower));
  const thing = tokens.slice(0, at);
  if (at < 0 || !thing.every((t) => ['NOUN', 'PROPN', 'ADJ'].includes(t.pos))) return null;
  return namesThingDone(thing) ? `Should ${the(thing)} go ahead?` : null;
}

/** Nouns of working towards a change with others: "talks over …", "progress on …". */
const NEGOTIATING = new Set(['talks', 'negotiations', 'progress', 'dialogue']);

/**
 * "Talks over a possible return of the Parthenon marbles … are not advancing", "bemoans lack of
 * progress on return of Parthenon marbles" → "Should the Parthenon marbles be returned …?": how
 * talks on a change go is news; the change is the matter. Null unless a change named by its noun
 * ("return of", "closure of") follows the talks' "over", "on" or "about".
 */
function changeNegotiated(tokens: Token[]): string | null {
  const at = tokens.findIndex(
    (t, i) =>
      NEGOTIATING.has(t.lower) && ['over', 'on', 'about'].includes(tokens[i + 1]?.lower ?? ''),
  );
  if (at < 0) return null;
  const rest = tokens.slice(at + 2);
  // ("a possible return": how likely the change is goes with its article.)
  const from = rest.findIndex((t) => Object.hasOwn(CHANGE_DONE, t.lower));
  if (from < 0 || from > 2 || rest[from + 1]?.lower !== 'of') return null;
  return opposedChange(rest.slice(from));
}

/**
 * "Residents fume over …", "Drivers see red over Oslo's diesel-car ban" → "Should Oslo's
 * diesel-car ban go ahead?": what people are angry or grieved over is the matter.
 */
function matterFeltOver(tokens: Token[]): string | null {
  const felt = tokens.findIndex(
    (t, i) =>
      i > 0 &&
      (FEELING_OVER.has(verbLemma(t.lower)) ||
        (t.lemma === 'see' && t.pos === 'VERB' && tokens[i + 1]?.lower === 'red')),
  );
  return matterAfter(tokens, felt, ['over', 'at'], 2);
}

/** Participles of being dismayed "by" or "at" a thing. */
const DISMAYED = new Set(['dismayed', 'angered', 'outraged', 'incensed', 'upset', 'appalled']);

/**
 * "while protesting a plan they said would …", "protests against the impending issuance of a
 * licence": what is protested, asked as an act or a change. Null when nothing is protested.
 */
function protestedMatter(tokens: Token[]): string | null {
  // ("a protest outside the party's think-in in County Tipperary on Monday over …": where and
  // when it was held may stand between, with no verb or comma of their own.)
  const overAt = (i: number) =>
    tokens.findIndex(
      (w, k) =>
        k > i &&
        k <= i + PROTEST_REACH &&
        // ("marched in protest of Hungarian Prime Minister Viktor Orban's new labor law".)
        (['against', 'over'].includes(w.lower) ||
          (w.lower === 'of' && tokens[k - 1]?.lemma === 'protest')) &&
        (k <= i + 4 ||
          tokens
            .slice(i + 1, k)
            .every((x) => x.text !== ',' && x.pos !== 'AUX' && !/ed$/u.test(x.lower))),
    );
  // ("Police clashed with students who rallied in Athens on Thursday against planned education
  // reforms": a rally or a march against it too.)
  // ("tear gas villagers for resisting coal mine project": or resisting or opposing it.)
  const protesting = tokens.findIndex(
    (t, i) =>
      (['protesting', 'resisting', 'opposing'].includes(t.lower) && t.pos === 'VERB') ||
      ((t.lemma === 'protest' || (PROTESTING.has(t.lemma) && t.pos === 'VERB')) && overAt(i) > 0),
  );
  if (protesting <= 0) return null;
  const over = overAt(protesting);
  const from =
    over > 0 ? over + 1 : tokens[protesting + 1]?.pos === 'ADP' ? protesting + 2 : protesting + 1;
  // ("against the impending issuance of a licence": a change to a thing, after its epithet.)
  // ("against the government's proposed Right to Health Bill": a measure by its name.)
  const against = beforeReactionGrows(tokens.slice(from));
  // ("against planned education reforms": a change planned is one too.)
  // ("over proposed greenway": so is a thing proposed or planned.)
  const measure = beforeClause(beforeComma(against)).some(
    (t) =>
      POLICY_NOUNS.has(t.lower) ||
      isMeasureCarrier(t.lower) ||
      CHANGE_NOUNS.has(t.lower) ||
      PROPOSED_PARTICIPLES.has(t.lower) ||
      // ("protesting high monthly license fees": a charge levied.)
      (t.pos === 'NOUN' && MEASURE_HEADS.has(t.lemma)),
  );
  // ("against sand harvesting": an activity named by its gerund is protested as a practice.)
  const thing = beforeClause(beforeComma(against));
  // (Only "against" it: "over hospital overcrowding" is a trouble, no practice anyone runs.)
  const practice =
    tokens[from - 1]?.lower === 'against' &&
    thing.length <= 3 &&
    /\p{L}{3}ing$/u.test(thing.at(-1)?.lower ?? '');
  return (
    policyMotion(against, null) ??
    opposedChange(withoutEpithet(against)) ??
    (measure || practice ? goAhead(withoutEpithet(against)) : null)
  );
}

/** Participles that make a thing named after them a proposal: "proposed greenway". */
const PROPOSED_PARTICIPLES = new Set(['proposed', 'planned']);

/** How far after "protest" what it is over may be named. */
const PROTEST_REACH = 16;

/**
 * "the “scandalous” construction of …", "the impending issuance of …" → "the construction of …":
 * without quotation marks, and without the writer's or a camp's adjective after the opening
 * article, so that the change the phrase names opens it.
 */
function withoutEpithet(tokens: Token[]): Token[] {
  return tokens
    .filter((t) => !isAnyQuoteMark(t))
    .filter((t, k, a) => !(k === 1 && t.pos === 'ADJ' && a[0].pos === 'DET'));
}

/**
 * "Ballot question opponents warn tipping will go away" → "Should the ballot question go ahead?":
 * a camp named after its thing, then a verb of foreseeing. Null otherwise (a bare "Critics warn
 * the council will ban dogs" may name the act itself).
 */
function campOfThingForesees(tokens: Token[]): string | null {
  const verb = tokens.findIndex((t, i) => i > 1 && i <= 6 && FORESEEING_VERBS.has(t.lemma));
  if (verb < 0 || !CAMPS.has(tokens[verb - 1].lower)) return null;
  const thing = tokens.slice(0, verb - 1);
  // ("Jordanian rights groups warn …": "rights groups" is the camp's own name, with no thing.)
  if (CAMP_KINDS.has(thing.at(-1)?.lower ?? '')) return null;
  return thing.every((t) => t.pos === 'NOUN' || t.pos === 'PROPN')
    ? `Should ${the(thing)} go ahead?`
    : null;
}

/** Words that name what kind of camp a camp is: "rights groups", "pressure groups". */
const CAMP_KINDS = new Set(
  'rights advocacy campaign pressure lobby civic activist environmental conservation community interest'.split(
    ' ',
  ),
);
/** Verbs of saying what a thing does: "say", "argue". */
const CLAIMING = new Set(['say', 'claim', 'argue', 'insist']);
/** Most tokens from a verb of warning to the verb of the clause it reports. */
const WARNED_REACH = 8;

/**
 * "Jordanian rights groups warn new cybercrime law threatens free speech" → "Should the new
 * cybercrime law go ahead?": what a measure is warned to do now (a verb of effect in "-s") is its
 * foes' case; the measure is the matter. Null unless a verb of warning reports a measure and its
 * effect.
 */
function measureWarnedOf(tokens: Token[]): string | null {
  // ("China's Parents Say For-Profit Tutoring Ban Helps Only the Rich": or says, or argues.)
  const warn = tokens.findIndex(
    (t) => t.pos === 'VERB' && (FORESEEING_VERBS.has(t.lemma) || CLAIMING.has(t.lemma)),
  );
  if (warn < 1) return null;
  const from = tokens[warn + 1]?.lower === 'that' ? warn + 2 : warn + 1;
  const effect = tokens.findIndex(
    (t, i) =>
      i > from &&
      i <= warn + WARNED_REACH &&
      /[^s]s$/u.test(t.lower) &&
      ['VERB', 'NOUN'].includes(t.pos) &&
      isEffectVerb(verbLemma(t.lower)),
  );
  const subject = tokens.slice(from, effect);
  return effect > from && namesMeasure(subject.at(-1)) ? goAhead(subject) : null;
}

/** Openings of a speaker's own subject: "My govt", "We". */
const OWN_SUBJECTS = new Set(['my', 'our', 'i', 'we']);

/**
 * "My govt will not respect Agyapa deal – Mahama echoes" → "Should the Agyapa deal be
 * respected?": a speaker's own pledge, quoted in a headline, asked of the thing, whoever would
 * act. Null for any other subject.
 */
function ownPledgeAsked(subject: Token[], lemma: string, quoted: Token[]): string | null {
  // ("Minister: 'We will ban smoking in parks'": the pledge may stand in quotation marks.)
  const opener = subject.find((t) => !isAnyQuoteMark(t));
  if (!OWN_SUBJECTS.has(opener?.lower ?? '')) return null;
  const object = quoted.filter((t) => !isAnyQuoteMark(t));
  // ("Agyapa deal": the headline dropped the article a name before a common noun needs.)
  const head = object.findIndex((t, k) => t.pos === 'NOUN' && object[k + 1]?.pos !== 'NOUN');
  const named =
    head > 0 &&
    object[0].pos === 'PROPN' &&
    object.slice(1, head).every((t) => t.pos === 'PROPN' || t.pos === 'NOUN') &&
    object[head].lower === object[head].lemma;
  return actAsked(lemma, named ? [theBefore(object[0]), ...object] : object);
}

/**
 * "Banning smoking in casinos?" → "Should smoking in casinos be banned?": a headline that asks
 * about a policy act named by its gerund. Null for any other headline.
 */
function gerundQuestion(tokens: Token[]): string | null {
  if (tokens.at(-1)?.text !== '?') return null;
  return gerundAct(tokens.slice(0, -1));
}

/**
 * "Moving Powerhouse Museum collection to Parramatta 'absolute madness': Museum Alliance" (its
 * quoted verdict and its speaker taken off above) → "Should Powerhouse Museum collection be moved
 * to Parramatta?": a headline that only names a policy act by its gerund asks the act.
 * Null for a headline with a verb of its own.
 */
function gerundHeadline(headline: Token[]): string | null {
  // (Up to the quoted verdict, when it is still there.)
  const quote = headline.findIndex((t, i) => i > 1 && isAnyQuoteMark(t));
  const tokens = quote > 0 ? headline.slice(0, quote) : headline;
  if (tokens.slice(1).some((t) => isFiniteVerb(t) || t.pos === 'AUX')) return null;
  return gerundAct(tokens);
}

/**
 * "Ministry: Can't Lift Ban On Grouper Fish" (its speaker's label taken off above) → "Should the
 * ban on grouper fish be lifted?": a headline that opens on a modal and "not", whose subject is
 * the speaker before the colon, rules out an act; the act is the matter. Null otherwise.
 */
function actRuledOut(tokens: Token[]): string | null {
  const [modal, not, verb] = tokens;
  if (modal?.pos !== 'AUX' || !MODALS.has(modal.lemma) || not?.lemma !== 'not') return null;
  if (verb?.pos !== 'VERB' || verb.lower !== verb.lemma) return null;
  return actAsked(verb.lemma, shortPredicate(tokens.slice(3)));
}

/** Acts a gerund names in a headline, which wink may tag a noun ("weighs lifting/NOUN …"). */
const POLICY_GERUNDS = new Set(
  'lifting repealing scrapping ending banning raising cutting closing moving relocating introducing extending allowing restricting requiring capping limiting expanding legalizing legalising reducing increasing dropping abolishing removing eliminating imposing building making letting charging taxing funding selling opening keeping changing replacing renaming easing loosening tightening relaxing'.split(
    ' ',
  ),
);

/**
 * "eliminating minimum parking requirements", "lifting busking ban": a gerund of a policy act
 * and its object, asked as the act done; null for anything else ("smoking ban" names a kind).
 */
function gerundAct(tokens: Token[]): string | null {
  const [first] = tokens;
  if (!first || !POLICY_GERUNDS.has(first.lower)) return null;
  if (first.pos === 'VERB') return gerundAsked(tokens);
  // Read again after a subject and "are", where the word can only be a verb.
  return gerundAsked(tokenize(`They are ${words(tokens)}`).slice(2));
}

/**
 * Verbs that put an act forward or weigh it when their object is a gerund: "recommends
 * eliminating …", "weighs lifting …".
 */
const ACT_IN_GERUND = new Set(
  'recommend propose suggest back support endorse favour favor consider weigh mull eye explore debate discuss'.split(
    ' ',
  ),
);

/**
 * A sentence whose subject is a plan or a bill with its act ("Plans to ban cars …", "New
 * legislation that could double …"), unless a decision on it is the news: the act, asked.
 */
function carrierSubjectAct(tokens: Token[], relativeOnly: boolean): string | null {
  // (A sentence's first word may be tagged a name or a verb: "Plans/PROPN to ban …".)
  const at = tokens.findIndex(
    (t, i) => i <= 3 && isMeasureCarrier(t.lower) && (t.pos === 'NOUN' || i === 0),
  );
  if (at < 0) return null;
  // ("Councillor’s battle to …": a possessive owner among them.)
  const modifiers = tokens.slice(0, at);
  const owned = (t: Token, k: number) =>
    (t.pos === 'PART' && possessiveMark(t)) ||
    (t.pos === 'PROPN' && possessiveMark(modifiers[k + 1]));
  if (
    !modifiers.every(
      (t, k) => ['DET', 'ADJ', 'NOUN'].includes(t.pos) || pastParticipleForm(t) || owned(t, k),
    )
  )
    return null;
  // (Before the sentence's verb is found, only "that could …", whose verb is plain to see, or a
  // plan whose maker stands between it and its act: "A bold proposal by the Karnataka government
  // to extend daily working hours … has triggered a fierce backlash".)
  const by = agentBetween(tokens, at + 1);
  const carries =
    (!relativeOnly && tokens[at + 1]?.lower === 'to') ||
    by > 0 ||
    (['that', 'which'].includes(tokens[at + 1]?.lower ?? '') &&
      ['could', 'would', 'will'].includes(tokens[at + 2]?.lower ?? ''));
  // The decision is the sentence's own verb, after the act ("have been approved").
  const act = by > 0 ? at + by + 2 : tokens[at + 1]?.lower === 'to' ? at + 2 : at + 3;
  const decided = tokens
    .slice(act + 1)
    // ("have been backed by members in a crucial vote": backing is a decision on it too.)
    .some(
      (t) =>
        (DECIDED.has(t.lemma) || BACKING.has(t.lemma)) && t.pos === 'VERB' && t.lower !== t.lemma,
    );
  if (!carries || decided) return null;
  return policyMotion(tokens, null);
}

/** The tokens before their own verb: "proposed casino goes late …" → "proposed casino". */
function beforeOwnVerb(tokens: Token[]): Token[] {
  const verb = tokens.findIndex(
    (t, i) =>
      i > 0 &&
      ['VERB', 'AUX'].includes(t.pos) &&
      ['NOUN', 'PROPN'].includes(tokens[i - 1].pos) &&
      !pastParticipleForm(t),
  );
  return verb > 0 ? tokens.slice(0, verb) : tokens;
}

/** Nouns of a measure a body takes or sets. */
const MEASURE_LIKE = new Set([
  ...MEASURE_HEADS,
  ...POLICY_NOUNS,
  'quota',
  'rule',
  'regulation',
  'reform',
  'scheme',
  'policy',
  'change',
]);

/**
 * "Energy drinks ban for minors the right move" → "Is the energy drinks ban for minors the right
 * move?": a thing, then "the" or "a", a verdict word and a noun, with no verb. Null otherwise.
 */
function verdictNamed(tokens: Token[]): string | null {
  if (tokens.some((t) => t.pos === 'AUX' || (t.pos === 'VERB' && t.lower !== t.lemma))) return null;
  const at = tokens.findIndex(
    (t, i) =>
      i > 1 &&
      ['the', 'a', 'an'].includes(t.lower) &&
      MEASURE_VERDICTS[tokens[i + 1]?.lower ?? ''] !== undefined &&
      tokens[i + 2]?.pos === 'NOUN' &&
      i + 3 === tokens.length,
  );
  if (at < 0) return null;
  const thing = tokens.slice(0, at);
  if (!thing.some((t) => t.pos === 'NOUN')) return null;
  return `Is ${the(thing)} ${words(tokens.slice(at))}?`;
}

/**
 * "Roo culling wrong, protesters say" → "Is roo culling wrong?": a thing, a verdict word, and who
 * says so after a comma. Null otherwise.
 */
function verdictWithoutIs(all: Token[]): string | null {
  // ("'Aadhaar violative of right to privacy', says …": the quotation marks are the speaker's.)
  const tokens = all.filter((t) => !/^['‘’"“”]$/u.test(t.text));
  const comma = tokens.findIndex((t) => t.text === ',');
  if (comma < 2 || !tokens.slice(comma + 1).some((t) => t.lemma === 'say')) return null;
  // The verdict, perhaps with what it is a verdict on after it ("violative of right to privacy").
  const at = tokens.findIndex(
    (t, i) => i > 0 && i < comma && MEASURE_VERDICTS[t.lower] !== undefined,
  );
  if (at < 1) return null;
  const complement = tokens.slice(at + 1, comma);
  if (
    complement.length > 0 &&
    (complement[0].pos !== 'ADP' || complement.some((t) => t.pos === 'VERB' || t.pos === 'AUX'))
  )
    return null;
  const thing = tokens.slice(0, at);
  if (!thing.every((t) => ['NOUN', 'PROPN', 'ADJ'].includes(t.pos) || /ing$/u.test(t.lower)))
    return null;
  const on = complement.length > 0 ? ` ${words(complement)}` : '';
  // (A name alone keeps its capital: "Aadhaar"; "Roo culling" is lowered.)
  const name = thing.length === 1 && thing[0].pos === 'PROPN';
  return `Is ${name ? words(thing) : withoutHeadlineCapital(words(thing))} ${tokens[at].lower}${on}?`;
}

/**
 * What an act goes ahead over: "over the objections of …", "over the opposition of …"; and what
 * stands in its way: "Protests delay eruv project".
 */
const OBJECTIONS = new Set(['objections', 'objection', 'opposition', 'protests', 'protest']);

/** Openers of a concession before the main clause: "While the decision has been welcomed, …". */
const CONCEDING_OPENERS = new Set(['while', 'although', 'though', 'whilst']);

/** Words that rank a doer among others who did the same: "the first state to …". */
const RANKED_DOERS = new Set(['first', 'second', 'third', 'latest', 'last', 'only', 'next']);

/**
 * "Colorado is now the first state to pass a Right to Repair law for agricultural equipment, but
 * …" → "Should Colorado pass a Right to Repair law for agricultural equipment?". Null unless the
 * sentence's verb is "is" (or "became") with "the first / latest / only … to" and a verb.
 */
function firstToAct(tokens: Token[]): string | null {
  // ("Hawaii could become the first state to …", "Britain moves closer to becoming the first
  // country to …", "Las Vegas pushes to become first to …": after a modal, or on the way to it;
  // the subject is the opening noun phrase.)
  const be = tokens.findIndex(
    (t, i) =>
      i > 0 &&
      (['is', 'are', 'was', 'were', 'became', 'becomes'].includes(t.lower) ||
        (t.lower === 'become' &&
          (MODALS.has(tokens[i - 1].lower) || tokens[i - 1].lower === 'to')) ||
        (t.lower === 'becoming' && tokens[i - 1].lower === 'to')),
  );
  if (be < 0) return null;
  const opening = ['become', 'becoming'].includes(tokens[be].lower);
  let subject = opening ? leadingNounPhrase(tokens) : tokens.slice(0, be);
  // ("Britain moves closer": a headline's verb in "-s" that wink read as the phrase's noun.)
  const last = subject.at(-1);
  if (opening && subject.length > 1 && last && /[^s]s$/u.test(last.lower)) {
    const next = tokens[subject.length];
    if (next?.pos === 'ADV' || next?.pos === 'ADP') subject = subject.slice(0, -1);
  }
  if (subject.length === 0) return null;
  if (subject.some((t) => !NOUN_PHRASE_POS.has(t.pos) && !possessiveMark(t))) return null;
  let at = be + 1;
  if (tokens[at]?.pos === 'ADV') at++;
  // ("could become first state in nearly 60 years to …": a headline drops the "the".)
  const rank = tokens[at]?.lower === 'the' ? at + 1 : at;
  if (!RANKED_DOERS.has(tokens[rank]?.lower ?? '')) return null;
  const to = tokens.findIndex((t, i) => i > rank && i <= rank + 6 && t.lower === 'to');
  const verb = tokens[to + 1];
  if (to < 0 || verb?.pos !== 'VERB' || verb.lower !== verb.lemma) return null;
  if (tokens.slice(rank + 1, to).some((t) => ['VERB', 'AUX', 'PUNCT'].includes(t.pos))) return null;
  const rest = shortPredicate(tokens.slice(to + 2));
  if (rest.length === 0) return null;
  return `Should ${the(subject)} ${verb.lemma} ${words(rest)}?`;
}

/** Crowds named by what they are against: "Protesters against …". */
const CROWDS_AGAINST = new Set(['protesters', 'protestors', 'demonstrators', 'campaigners']);
/** Nouns that name a camp by its stand: "Opponents of …", "Critics of …". */
const CAMP_NOUNS = new Set(
  'opponents critics supporters backers proponents foes defenders advocates'.split(' '),
);

/**
 * "Businesses opposed to any congestion charge in Manchester have called for a referendum": the
 * subject is a camp named by what it opposes or favours, and that thing is the matter → "Should
 * there be a congestion charge in Manchester?" (a gerund is asked as the act: "Residents opposed
 * to closing the pool …" → "Should the pool be closed?"). Null otherwise.
 */
function campAgainst(tokens: Token[]): string | null {
  // ("Most village residents in favor of livestock ban": a headline may have no verb at all.)
  const finite = tokens.findIndex((t, i) => i > 2 && isFiniteVerb(t) && /^\p{Ll}/u.test(t.text));
  const verbless = finite < 0 && !tokens.some((t) => t.pos === 'AUX' || isFiniteVerb(t));
  if (finite < 0 && !verbless) return null;
  const verb = finite < 0 ? tokens.length : finite;
  const stance = tokens.findIndex(
    (t, i) =>
      i > 0 &&
      i < verb &&
      i <= 4 &&
      // (The camp's noun comes before "opposed", or before the "in" of "in favour".)
      ['NOUN', 'PROPN'].includes(tokens[t.lower === 'opposed' ? i - 1 : i - 2]?.pos ?? '') &&
      ((t.lower === 'opposed' && tokens[i + 1]?.lower === 'to') ||
        (['favour', 'favor'].includes(t.lower) &&
          tokens[i - 1]?.lower === 'in' &&
          tokens[i + 1]?.lower === 'of')),
  );
  // "Opponents of new French language law express …", "Opponents to projecting Everest onto the
  // Opera House are …": a camp named by its noun, then what it is for or against.
  const camp = tokens.findIndex(
    (t, i) =>
      i > 0 &&
      i <= 2 &&
      // ("Protesters against the construction of the Namakhvani Hydro Power Plant gathered …":
      // a crowd named by what it is against, likewise.)
      ((CAMP_NOUNS.has(tokens[i - 1].lower) && ['of', 'to'].includes(t.lower)) ||
        (CROWDS_AGAINST.has(tokens[i - 1].lower) && t.lower === 'against')) &&
      tokens.slice(0, i - 1).every((w) => w.pos === 'DET'),
  );
  if (stance < 0 && camp < 0) return null;
  const thing = stance >= 0 ? tokens.slice(stance + 2, verb) : tokens.slice(camp + 1, verb);
  if (thing.some((t) => ['PUNCT', 'PRON', 'AUX'].includes(t.pos))) return null;
  const act = gerundAsked(thing);
  if (act) return act;
  const [det] = thing;
  const named = det?.pos === 'DET' ? thing.slice(1) : thing;
  const head = named.find((t, i) => t.pos === 'NOUN' && named[i + 1]?.pos !== 'NOUN');
  if (!head || named.length < 2 || named[0].pos === 'ADP') return null;
  if (det && ['the', 'this', 'that', 'its', 'their'].includes(det.lower)) {
    return `Should ${the(thing)} go ahead?`;
  }
  const plural = head.lower !== head.lemma;
  const article = plural ? '' : /^[aeiou]/iu.test(named[0].text) ? 'an ' : 'a ';
  return `Should there be ${article}${words(named)}?`;
}

/** Nouns of a thing thought of, not yet there: "the idea of a new stadium". */
const THOUGHT_OF = new Set(['idea', 'prospect', 'notion', 'concept']);

/**
 * "dealt a fatal blow to the idea of a new Hagerstown baseball stadium Tuesday by voting …" →
 * "Should there be a new Hagerstown baseball stadium?": whatever is done to the idea, the thing
 * is the matter. Null unless "the idea of a/an …" names one.
 */
function ideaOf(tokens: Token[]): string | null {
  const at = tokens.findIndex(
    (t, i) =>
      THOUGHT_OF.has(t.lower) &&
      tokens[i + 1]?.lower === 'of' &&
      /^(?:a|an)$/u.test(tokens[i + 2]?.lower ?? ''),
  );
  if (at < 0) return null;
  const thing = tokens.slice(at + 2);
  const end = thing.findIndex(
    (t, k) =>
      k > 0 &&
      (['PUNCT', 'VERB', 'AUX', 'SCONJ', 'PRON'].includes(t.pos) ||
        (t.pos === 'ADP' && t.lower !== 'of') ||
        TIME_WORDS.has(t.lower)),
  );
  const named = end > 0 ? thing.slice(0, end) : thing;
  if (named.length < 2 || !named.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) return null;
  return `Should there be ${words(named)}?`;
}

/**
 * A plan, bid or decision just before "to"; when it was made may stand between ("decision
 * Wednesday to", "plan last week to").
 */
function carrierBefore(tokens: Token[], to: number): boolean {
  return [0, 1, 2].some(
    (gap) => isMeasureCarrier(tokens[to - 1 - gap]?.lower) && timeBetween(tokens, to - gap) === gap,
  );
}

const VOTERS = new Set(['residents', 'voters', 'people', 'citizens', 'electors']);

/** "Residents of the town of Aldby" who vote in a referendum decide for "the town of Aldby". */
function votersPlace(subject: Token[]): Token[] {
  const place = subject.slice(2);
  const named = place.some((t) => t.pos === 'PROPN');
  const voters = VOTERS.has(subject[0]?.lower ?? '') && ['of', 'in'].includes(subject[1]?.lower);
  return voters && named ? place : subject;
}

/** "It is time (for X) to …", "It's high time to …", "Now is the time to …", "Time to …". */
const TIME_TO_ACT =
  /^(?:(?:it\s+is|it\s*['’]s|now\s+is)\s+(?:high\s+|about\s+|the\s+)?)?time\s+(?:for\s+([^,]{1,40}?)\s+)?to\s+([^,;]+)$/iu;

/** "… say the time has come for 20mph to replace 30mph as the default": a call, wherever reported. */
const TIME_HAS_COME =
  /\b(?:the\s+)?time\s+has\s+(?:now\s+)?come\s+(?:for\s+([^,]{1,40}?)\s+)?to\s+([^,;]+?)\.?$/iu;

/**
 * "It is time to scrap homework in primary schools" → "Is it time to scrap homework in primary
 * schools?"; "It is time for Ostland to end homework" → "Should Ostland end homework?". Null
 * for any other clause.
 */
function timeToAct(tokens: Token[]): string | null {
  const text = words(tokens);
  const m = TIME_TO_ACT.exec(text) ?? TIME_HAS_COME.exec(text);
  if (!m) return null;
  return m[1] ? `Should ${m[1]} ${m[2]}?` : `Is it time to ${m[2]}?`;
}

/** Most tokens of an appositive after a name: "a coalition of doctors, nurses …" is cut short. */
const APPOSITIVE_TOKENS = 16;
const NAME_JOINERS = new Set(['of', 'the', 'for', 'and', "'s", '’s', '-']);

/**
 * "Save Pellham Green, a residents' group representing about 400 households, yesterday called
 * on …": a name, then an appositive that says what it is (a, an, the …) up to the next comma,
 * then the verb, perhaps after a word of time. The appositive's participle is not the verb, nor
 * is the time part of the action: "Save Pellham Green called on …".
 */
function withoutNamesAppositive(tokens: Token[]): Token[] {
  const comma = tokens.findIndex((t) => t.text === ',');
  if (comma < 1 || comma > 6) return tokens;
  const name = tokens.slice(0, comma);
  if (!name.every((t) => /^\p{Lu}/u.test(t.text) || NAME_JOINERS.has(t.lower))) return tokens;
  if (!['a', 'an', 'the'].includes(tokens[comma + 1]?.lower ?? '')) return tokens;
  const close = tokens.findIndex((t, i) => i > comma + 1 && t.text === ',');
  // ("Barbados, a small island country in the Caribbean region of North America wants to …": an
  // appositive its writer never closed runs up to the sentence's own verb.)
  const verb = tokens.findIndex((t, i) => i > comma + 1 && (t.pos === 'VERB' || t.pos === 'AUX'));
  const unclosed =
    close < 0 &&
    name.every((t) => t.pos === 'PROPN') &&
    ['a', 'an'].includes(tokens[comma + 1].lower) &&
    verb > comma + 2 &&
    verb - comma <= APPOSITIVE_TOKENS &&
    /(?:s|ed)$/u.test(tokens[verb].lower) &&
    !tokens.slice(comma + 1, verb).some((t) => RELATIVE_STARTS.has(t.lower));
  if (unclosed) return [...name, ...tokens.slice(verb)];
  // ("Haarlem, a beautiful Dutch city known for its outlying tulip fields, art museums and
  // hofjes, will become …": the appositive may list things; it closes on the comma the verb
  // follows.)
  for (let at = close; at > 0 && at - comma <= APPOSITIVE_TOKENS;) {
    const after = withoutLeadingTime(tokens.slice(at + 1));
    if (after[0]?.pos === 'VERB' || after[0]?.pos === 'AUX') return [...name, ...after];
    at = tokens.findIndex((t, i) => i > at && t.text === ',');
  }
  return tokens;
}

/**
 * "The plan, carried out under cover of a larger scheme to enlarge area roads, will evict
 * residents …" → "The plan will evict residents …": a passive participle's aside between commas
 * after the subject tells of the subject; the verb after it is the sentence's.
 */
function withoutParticipleAside(tokens: Token[]): Token[] {
  const comma = tokens.findIndex((t) => t.text === ',');
  if (comma < 1 || comma > 6) return tokens;
  const subject = tokens.slice(0, comma);
  if (!subject.every((t) => NOUN_PHRASE_POS.has(t.pos) || possessiveMark(t))) return tokens;
  const participle = tokens[comma + 1];
  // ("Bolzano, located in the Trentino-Alto Adige region, has …": a name's too.)
  const named = subject.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
  if (!named || !participle || !pastParticipleForm(participle)) {
    return tokens;
  }
  const close = tokens.findIndex(
    (t, i) => i > comma + 1 && i - comma <= APPOSITIVE_TOKENS && t.text === ',',
  );
  const after = tokens[close + 1];
  const finite = after?.pos === 'AUX' || (after?.pos === 'VERB' && after.lower !== after.lemma);
  return close > 0 && finite ? [...subject, ...tokens.slice(close + 1)] : tokens;
}

function stripEnd(tokens: Token[]): Token[] {
  let end = tokens.length;
  while (
    end > 0 &&
    /^(?:[.!?;:"”]|[*_]+)$/u.test(tokens[end - 1].text) &&
    !closesQuotation(tokens, end - 1)
  )
    end--;
  return tokens.slice(0, end);
}

/**
 * Whether the mark at `k` closes a quotation opened before it ("… Hit With “Surf Tax”"): the
 * quoted words keep it.
 */
function closesQuotation(tokens: Token[], k: number): boolean {
  const mark = tokens[k].text;
  const before = tokens.slice(0, k).map((t) => t.text);
  if (mark === '”') return before.lastIndexOf('“') > before.lastIndexOf('”');
  if (mark === '"') return before.filter((t) => t === '"').length % 2 === 1;
  return false;
}

const NAMING_POS = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);

/**
 * The subject without its appositive or qualifiers: "Carrie Lam, the chief executive of Hong
 * Kong," → "Carrie Lam"; "Polish leader X of the conservative Y Party (...)" → "Polish leader X".
 */
function subjectPhrase(all: Token[]): Token[] {
  // ("Plans for a 30-acre (21ha) quarry near Huntly": a bracket between a modifier and its noun
  // is the measure's aside, not the end of the subject.)
  const tokens = withoutModifierAsides(all);
  const cut = tokens.findIndex(
    (t, i) =>
      t.text === ',' ||
      t.text.startsWith('(') ||
      (t.lower === 'of' &&
        i > 1 &&
        /^\p{Lu}/u.test(wordAround(tokens, i - 1)) &&
        !nameOfInstitution(tokens, i)),
  );
  const head = cut > 0 ? tokens.slice(0, cut) : tokens;
  // "Vale Water today announced …": when is not who.
  let end = head.length;
  while (end > 1 && (head[end - 1].measure || TIME_WORDS.has(head[end - 1].lower))) end--;
  // "The new year ushered in …": a subject that is all time names nobody.
  if (end < head.length && !head.slice(0, end).some((t) => NAMING_POS.has(t.pos))) return [];
  // "Macron on Monday declared …": the preposition of the cut time phrase goes with it, and so
  // does its "this" ("Town Meeting this past week approved …").
  if (end < head.length) {
    while (end > 1 && (head[end - 1].pos === 'ADP' || TIME_DEIXIS.has(head[end - 1].lower))) end--;
  }
  return namesOnly(head.slice(0, end));
}

/** "House of Commons", "Bank of England": an "of" inside an institution's name. */
function nameOfInstitution(tokens: Token[], of: number): boolean {
  const before = tokens[of - 1].lower;
  return (
    (INSTITUTION_HEADS.has(before) || NAMED_PLACES.has(before)) &&
    /^\p{Lu}/u.test(tokens[of + 1]?.text ?? '')
  );
}

/** Heads of names of places and houses that take "of": "House of Commons", "University of …". */
const NAMED_PLACES = new Set(['house', 'houses', 'university', 'chamber', 'church', 'college']);

/** The whole word a token is part of: wink splits "Kaczyński" at its "ń". */
function wordAround(tokens: Token[], i: number): string {
  let from = i;
  while (from > 0 && tokens[from - 1].end === tokens[from].start) from--;
  let to = i + 1;
  while (to < tokens.length && tokens[to - 1].end === tokens[to].start) to++;
  return tokens
    .slice(from, to)
    .map((t) => t.text)
    .join('');
}

/** Offices whose holder acts for a state: "Polish leader X", "Tunisian Prime Minister X". */
const STATE_OFFICES = new Set([
  'leader',
  'president',
  'premier',
  'prime',
  'chancellor',
  'government',
  'king',
  'queen',
]);
/** Endings of a nationality adjective: Polish, Tunisian, Cuban, Chinese, Israeli, French. */
const NATIONALITY = /^\p{Lu}\p{Ll}+(?:ish|ian|an|ese|i|ic|ch|ean|ine|ot)$/u;
/**
 * How many first letters a nationality shares at least with its state, in full (Pol-ish /
 * Pol-and) or in consonants (F-r-n-c-h / F-r-n-c-e: French / France). Of the states the article
 * names, the one sharing the longest beginning is meant, when no other shares as long a one
 * (Austrian: Austria before Australia).
 */
const NATIONALITY_PREFIX = 3;
/**
 * Nationalities whose state's name starts otherwise (the English exceptions, not a list of
 * countries): Dutch / Netherlands, Danish / Denmark, Swiss / Switzerland, Welsh / Wales,
 * British / United Kingdom, Filipino / Philippines, Greek / Greece.
 */
const IRREGULAR_NATIONALITIES: Record<string, string[]> = {
  dutch: ['Netherlands'],
  danish: ['Denmark'],
  swiss: ['Switzerland'],
  welsh: ['Wales'],
  british: ['United Kingdom', 'Britain'],
  filipino: ['Philippines'],
  greek: ['Greece'],
  scottish: ['Scotland'],
  scots: ['Scotland'],
  irish: ['Ireland'],
  // ("Finnish lawmakers vote to …": adjectives too far from their country's name to be matched.)
  finnish: ['Finland'],
  spanish: ['Spain'],
  french: ['France'],
  norwegian: ['Norway'],
  peruvian: ['Peru'],
  portuguese: ['Portugal'],
  ecuadorian: ['Ecuador'],
  cypriot: ['Cyprus'],
  thai: ['Thailand'],
};

/** The number of first letters two words share, in full or in consonants, case aside. */
function sharedStart(a: string, b: string): number {
  const consonants = (x: string) => x.replace(/[aeiouy\s]/gu, '');
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return Math.max(commonPrefix(x, y), commonPrefix(consonants(x), consonants(y)));
}

let stateNames: string[] | undefined;

/** English names of the world's states and territories, as the platform's Intl data gives them. */
function allStateNames(): string[] {
  if (stateNames) return stateNames;
  const display = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const letters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
  // Two codes may name one state ("FR" and "FX" are both "France"): each name once.
  stateNames = [
    ...new Set(
      letters
        .flatMap((a) => letters.map((b) => display.of(a + b)))
        .filter((name): name is string => !!name && /^\p{Lu}[\p{L} ]+$/u.test(name)),
    ),
  ];
  return stateNames;
}

/**
 * "Polish leader Jarosław Kaczyński promises …": a politician acting in office acts for the
 * state, so the motion asks about the state ("Should Poland …"), when the article names exactly
 * one state that the nationality adjective can stand for. The subject as it is otherwise.
 */
function stateFor(subject: Token[], body: string): Token[] {
  const place = officeOwner(subject);
  if (place) return [place];
  const start = subject[0]?.pos === 'DET' ? 1 : 0;
  const nationality = subject[start];
  const office = subject[start + 1];
  if (!nationality || !office || !STATE_OFFICES.has(office.lower)) return subject;
  const adjective = wordAround(subject, start);
  if (adjective !== nationality.text) return subject;
  const irregular = IRREGULAR_NATIONALITIES[adjective.toLowerCase()];
  if (!irregular && !NATIONALITY.test(adjective)) return subject;
  const inBody = (name: string) => new RegExp(`(?<!\\p{L})${name}(?!\\p{L})`, 'u').test(body);
  let named: string[];
  if (irregular) {
    named = irregular.filter(inBody).slice(0, 1);
  } else {
    const states = allStateNames().filter(
      (name) => sharedStart(name, adjective) >= NATIONALITY_PREFIX && inBody(name),
    );
    const longest = Math.max(0, ...states.map((name) => sharedStart(name, adjective)));
    named = states.filter((name) => sharedStart(name, adjective) === longest);
  }
  if (named.length !== 1) return subject;
  // "the Netherlands", "the United States": as the article writes it.
  const text = new RegExp(`\\bthe ${named[0]}(?!\\p{L})`, 'u').test(body)
    ? `the ${named[0]}`
    : named[0];
  return [{ ...nationality, text, lower: text.toLowerCase(), pos: 'PROPN', end: -1 }];
}

/** Offices whose holder acts for the place that owns them: "Norland's farming minister". */
const PLACE_OFFICES = new Set(
  'minister secretary mayor governor prefect president premier chancellor leader'.split(' '),
);

/**
 * "Norland's farming minister (Kaisa Lehto)": an office owned by a one-word place name, whose
 * holder acts for the place; the place's token, or null.
 */
function officeOwner(subject: Token[]): Token | null {
  const [place, owns] = subject;
  if (!place || place.pos !== 'PROPN' || !possessiveMark(owns)) return null;
  const office = subject.findIndex((t, i) => i > 1 && PLACE_OFFICES.has(t.lower));
  if (office < 0 || subject.slice(2, office).some((t) => t.pos === 'PROPN')) return null;
  return place;
}

/** A word of a name: wink tags some first names as verbs ("Senator Ted Cruz"). */
function isNameWord(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t.pos === 'PROPN') return true;
  return (
    /^\p{Lu}/u.test(t.text) && (tokens[i + 1]?.pos === 'PROPN' || tokens[i - 1]?.pos === 'PROPN')
  );
}

/** Longer than this, a subject naming people is cut to their names. */
const LONG_SUBJECT = 6;

/**
 * "the former presidential candidate Senator Ted Cruz and fellow Republican Representative
 * Francis Rooney" → "Senator Ted Cruz and Francis Rooney": a long subject ending in a name keeps
 * only the names (at most three words each); a motion names who acts, not their careers.
 */
function namesOnly(subject: Token[]): Token[] {
  if (subject.length <= LONG_SUBJECT) return subject;
  const conjuncts: Token[][] = [[]];
  for (const t of subject) {
    if (t.lower === 'and') conjuncts.push([]);
    else conjuncts[conjuncts.length - 1].push(t);
  }
  const names = conjuncts.map((c) => {
    let from = c.length;
    while (from > 0 && isNameWord(c, from - 1)) from--;
    // "a power station at Hallow Point": a name after a preposition is where or whose, not who.
    if (c[from - 1]?.pos === 'ADP' && c[from - 1].lower !== 'of') return null;
    if (c.length - from < 2) return null;
    // "Otis D. Wright II": an initial or a generation does not count toward the three words.
    const extra = (t: Token) => /^\p{Lu}\.$|^(?:II|III|IV|Jr\.?|Sr\.?)$/u.test(t.text);
    let start = c.length;
    for (let words = 0; start > from && words < 3; start--) if (!extra(c[start - 1])) words++;
    while (start > from && extra(c[start - 1])) start--;
    return c.slice(start);
  });
  // A conjunct without a name describes the named one after it ("the treasurer and mayoral
  // candidate Jane Doe"); one at the end ("Jane Doe and the council") is a party of its own.
  if (names[names.length - 1] === null) return subject;
  // "Law and Justice Party": a conjunct ending in a capitalised word is part of a name, not a
  // description; such a subject is left as written.
  const splitName = conjuncts.some(
    (c, k) => names[k] === null && c.length > 0 && /^\p{Lu}/u.test(c[c.length - 1].text),
  );
  if (splitName) return subject;
  const joined: Token[] = [];
  names.forEach((n) => {
    if (!n) return;
    if (joined.length > 0) joined.push({ ...n[0], text: 'and', start: -1, end: -1 });
    joined.push(...n);
  });
  return joined;
}

/**
 * Where a clause stops: at ", then", ", which", ", with" and similar, at a participle clause
 * (", giving them …", ", arguing that …"), at a dash or a semicolon.
 */
function clauseEnd(tokens: Token[], from: number): number {
  for (let i = from; i < tokens.length; i++) {
    const next = tokens[i + 1];
    if (
      tokens[i].text === ',' &&
      (['then', 'which', 'with', 'while', 'after', 'as'].includes(next?.lower ?? '') ||
        (next?.pos === 'VERB' && /ing$/u.test(next.lower)) ||
        // ", likely stalling momentum …": a result clause after its adverb (wink may tag the two
        // an adjective and a noun).
        (/ly$/u.test(next?.lower ?? '') &&
          ['ADV', 'ADJ'].includes(next.pos) &&
          ['VERB', 'NOUN'].includes(tokens[i + 2]?.pos ?? '') &&
          /ing$/u.test(tokens[i + 2].lower)) ||
        // "bans Uber, threatens fines": a headline's second predicate.
        (next?.pos === 'VERB' &&
          /^(?:[a-z]+)e?s$/u.test(next.lower) &&
          next.lower !== next.lemma) ||
        // "…, move sparks backlash": a headline's second clause, its subject a bare noun.
        (next?.pos === 'NOUN' &&
          tokens[i + 2]?.pos === 'VERB' &&
          /[^s]s$/u.test(tokens[i + 2].lower) &&
          tokens[i + 2].lower !== tokens[i + 2].lemma &&
          ['NOUN', 'ADJ', 'DET'].includes(tokens[i + 3]?.pos ?? '')))
    ) {
      return i;
    }
    if (tokens[i].text === ';' || /^[—–]$/u.test(tokens[i].text)) return i;
    // ("… scraps WhatsApp tax as protests rage": a clause may end the headline on its verb.)
    if (tokens[i].lower === 'as' && i > from && ownClauseAfter(tokens, i, 2, true)) return i;
    // ("… as China, Korea protest": or on names joined by commas or "and".)
    if (tokens[i].lower === 'as' && i > from && namesActingLast(tokens, i + 1)) return i;
    // ("limit access to cabinet decisions while post-earthquake documentary slammed by PM": so
    // does "while" before a clause of its own.)
    if (tokens[i].lower === 'while' && i > from && ownClauseAfter(tokens, i, 6)) return i;
  }
  return tokens.length;
}

/**
 * "will appeal a ruling by a federal judge today that the NYPD's controversial so-called
 * "stop-and-frisk" policy is unconstitutional": what a ruling found a measure to be, wherever the
 * ruling stands in the sentence and whoever made it, is asked as it was found ("Is the NYPD's
 * "stop-and-frisk" policy unconstitutional?"). (`decisionContent` reads a ruling's clause that
 * follows its noun straight away, of any kind.)
 */
function ruledClaim(tokens: Token[]): string | null {
  const finding = tokens.findIndex((t) => DECISION_NOUNS.has(t.lower));
  if (finding < 0) return null;
  const that = tokens.findIndex(
    (t, i) => i > finding && i <= finding + DECISION_REACH && t.lower === 'that',
  );
  if (that < 0 || tokens.slice(finding + 1, that).some((t) => t.text === ',' || isFiniteVerb(t)))
    return null;
  const clause = tokens.slice(that + 1);
  const be = clause.findIndex((t) => ['is', 'are', 'was', 'were'].includes(t.lower));
  if (be <= 0 || !LEGAL_VERDICTS.has(clause[be + 1]?.lower ?? '')) return null;
  return reportedClause(clause);
}

/** What befalls a project or a measure, named after it: "beaver project delay", "ban decision". */
const FATES = new Set(
  'delay delays decision approval refusal rejection go-ahead u-turn setback pause halt'.split(' '),
);

/**
 * "Glen Affric beaver project delay shows …": a headline whose subject is what befell a project
 * (its delay, its approval) asks whether the project should go ahead.
 */
function projectFate(tokens: Token[]): string | null {
  const fate = tokens.findIndex((t, i) => i > 0 && i <= 8 && FATES.has(t.lower));
  if (fate < 0 || !isMeasureHead(tokens[fate - 1])) return null;
  const project = tokens.slice(0, fate);
  if (!project.every((t) => ['NOUN', 'PROPN', 'ADJ', 'DET', 'PART'].includes(t.pos))) return null;
  if (!['VERB', 'AUX'].includes(tokens[fate + 1]?.pos ?? '')) return null;
  return `Should ${the(project)} go ahead?`;
}

/**
 * "Louvre hikes prices": a verbless headline (wink reads "hikes" a noun) whose opening name the
 * body writes as a name inside a sentence; the plural after the name is its verb, and what
 * follows is its object. ("Fireworks bans face …", "Bike lanes row …": a word capitalised only
 * as the headline's first is no name.)
 */
function nameActs(tokens: Token[], body: string): string | null {
  const verb = tokens.findIndex((t) => t.pos !== 'PROPN');
  const act = tokens[verb];
  if (verb <= 0 || act.pos !== 'NOUN' || !/[^s'’]s$/u.test(act.lower)) return null;
  // ("F1 Grand Prix protesters ready for action": people named by what they do are no verb.)
  if (/(?:ers|ors|ists|ians)$/u.test(act.lower)) return null;
  const object = tokens.slice(verb + 1);
  if (!['NOUN', 'DET', 'ADJ'].includes(object[0]?.pos ?? '')) return null;
  if (
    object.some(
      (t) => t.pos === 'NOUN' && /[^s]s$/u.test(t.lower) && t !== object[object.length - 1],
    )
  )
    return null;
  const name = words(tokens.slice(0, verb));
  const inSentence = new RegExp(
    `[\\p{Ll},]\\s+(?:the\\s+)?${name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}])`,
    'u',
  );
  if (!inSentence.test(body)) return null;
  return `Should ${name} ${verbLemma(act.lower)} ${words(shortPredicate(object))}?`;
}

/** "Rejecting new data law, …", "Defying the curfew, …": a stance on a measure opening a headline. */
const STANCE_OPENING =
  /^(?:rejecting|opposing|defying|protesting|fighting|resisting|defending|backing|supporting)\s+([^,]{3,50}),\s+\S/iu;

/** "With ban in HDB flats set to be lifted, …", "With the levy due to rise, …": a rubric may precede. */
const WITH_SET_TO =
  /^(?:[^:]{2,30}:\s+)?with\s+([^,]{3,60}?)\s+(?:set|due|expected|poised|about)\s+to\s+(be\s+\p{Ll}+(?:ed|en)|\p{Ll}+)\b[^,]*,\s+\S/iu;

/** "<claim> — so let her", "<claim>, so let them play": a column's call after its claim. */
const LET_THEM = /^(.+?)\s*(?:[—–-]+|,)\s+so\s+let\s+(?:her|him|them|it)(?:\s+(\p{Ll}+))?[.!]?$/u;

/** A column's "we" and what it says we need or should do: "Why we urgently need conscription". */
const WE_NEED = /^(?:why\s+)?we\s+((?:\p{L}+ly\s+)?)(need|must|should)\s+(\S.*?)[.!]?$/iu;

/**
 * "Why we urgently need conscription again" → "Do we urgently need conscription again?"; "Why we
 * should ban fireworks" → "Should we ban fireworks?": what a column says we need, or must do.
 * Null unless what follows names a thing.
 */
function weNeed(headline: string): string | null {
  const m = WE_NEED.exec(headline.trim());
  const rest = m ? tokenize(m[3]) : [];
  if (!m || !rest.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) return null;
  if (m[2].toLowerCase() === 'need') return `Do we ${m[1].toLowerCase()}need ${m[3]}?`;
  // (wink may tag the bare verb a noun: "ban/NOUN fireworks".)
  const bare = rest[0].pos === 'VERB' || (rest[0].lower === rest[0].lemma && rest.length > 1);
  return bare ? `Should we ${m[1].toLowerCase()}${m[3]}?` : null;
}

/**
 * "Semenya is born to run — so let her" → "Should Semenya be allowed to run?": who the claim is
 * about, and what to let them do (named after the pronoun, or the claim's own "to …").
 */
function letThemDo(headline: string): string | null {
  const m = LET_THEM.exec(headline.trim());
  if (!m) return null;
  const claim = tokenize(m[1]);
  const verb = claim.findIndex((t) => t.pos === 'AUX' || t.pos === 'VERB');
  if (verb <= 0) return null;
  const subject = claim.slice(0, verb);
  const to = claim.findLastIndex((t, i) => t.lower === 'to' && claim[i + 1]?.pos === 'VERB');
  const act = m[2] ?? (to >= 0 ? words(claim.slice(to + 1)) : null);
  return act ? `Should ${the(subject)} be allowed to ${act}?` : null;
}

/**
 * "Prime Minister Sir Keir Starmer is facing growing pressure from his backbenchers to scrap the
 * two-child benefit cap": the act the subject is pressed to do, asked of the subject.
 */
function pressedToAct(tokens: Token[]): string | null {
  const pressure = tokens.findIndex(
    (t, i) =>
      t.lower === 'pressure' &&
      i > 1 &&
      tokens.slice(Math.max(0, i - 3), i).some((w) => w.lemma === 'face' || w.lemma === 'come'),
  );
  if (pressure < 0) return null;
  const to = tokens.findIndex(
    (t, i) =>
      i > pressure && i <= pressure + 8 && t.lower === 'to' && tokens[i + 1]?.pos === 'VERB',
  );
  const face = tokens
    .slice(0, pressure)
    .findIndex((w) => w.lemma === 'face' || w.lemma === 'come' || FINITE_AUXILIARIES.has(w.lower));
  const subject = tokens.slice(0, face);
  if (to < 0 || face <= 0 || !subject.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN'))
    return null;
  const predicate = words(shortPredicate(tokens.slice(to + 2)));
  return `Should ${the(subject)} ${tokens[to + 1].lemma}${predicate ? ` ${predicate}` : ''}?`;
}

/**
 * "… where lawmakers are considering an animal protection bill that would ban cockfights and
 * bullfights and restrict the sale of some animals" → "Should cockfights and bullfights be
 * banned?": what a measure being weighed would do is the matter, asked of what it would be done
 * to. Null unless a verb of weighing has a measure that will or would act for its object.
 */
function measureWeighed(tokens: Token[]): string | null {
  const weighing = tokens.findIndex((t) => t.pos === 'VERB' && DELIBERATING.has(t.lemma));
  return weighing >= 0 ? measureDoneAsked(tokens.slice(weighing + 1)) : null;
}

/** Verbs of the feeling a measure stirs in people: "angers councillors", "has outraged". */
const ANGERING = new Set(
  'anger outrage infuriate enrage incense upset dismay frustrate alarm worry delight please'.split(
    ' ',
  ),
);

/**
 * "Swimming ban at harbours and piers angers councillors", "A ban on swimming at harbours and
 * piers has outraged members of Wexford County Council" → "Should swimming be banned at harbours
 * and piers?": whom a measure angers or pleases is news; the measure is the matter. Null unless
 * the subject names a measure or a plan.
 */
function measureAngering(tokens: Token[]): string | null {
  // (wink may tag the participle after "has" an adjective: "has outraged/ADJ members".)
  const participle = (t: Token, i: number) =>
    t.pos === 'ADJ' &&
    FINITE_AUXILIARIES.has(tokens[i - 1]?.lower ?? '') &&
    [t.lower.replace(/d$/u, ''), t.lower.replace(/ed$/u, '')].some((w) => ANGERING.has(w));
  const verb = tokens.findIndex(
    (t, i) => i > 0 && ((t.pos === 'VERB' && ANGERING.has(t.lemma)) || participle(t, i)),
  );
  if (verb < 0) return null;
  const end = FINITE_AUXILIARIES.has(tokens[verb - 1].lower) ? verb - 1 : verb;
  return namedMeasureAsked(tokens.slice(0, end));
}

/**
 * The measure a clause's subject names, asked as its act or whether it should go ahead ("Swimming
 * ban at harbours and piers" → "Should swimming be banned at harbours and piers?"); null unless
 * the subject names a measure.
 */
function namedMeasureAsked(subject: Token[]): string | null {
  return namesMeasure(headBeforePreposition(subject))
    ? (policyMotion(subject, null) ?? goAhead(subject))
    : null;
}

/** Most words of whom a demand is made of, before the bare verb: "the city authorities". */
const DEMANDED_OF_WORDS = 6;

/**
 * "…, demanding the city authorities reverse a ban on rickshaw movement on three important roads"
 * → "Should the city authorities reverse a ban on rickshaw movement on three important roads?":
 * a demand that someone do a thing, with the bare verb and no "to", asks it of them. Null
 * otherwise.
 */
function demandedAct(tokens: Token[]): string | null {
  // ("with the demand that the government take the matter … to the international courts": a
  // demand's "that" may open the clause.)
  const that = (i: number) => (tokens[i + 1]?.lower === 'that' ? 1 : 0);
  const at = tokens.findIndex(
    (t, i) =>
      (DEMANDS.has(t.lower) || t.lower === 'demanding') &&
      // (At the start when the clause before it was taken for an opening phrase: "Chile students
      // march, demanding …".)
      (that(i) === 1 || (t.lower === 'demanding' && (tokens[i - 1]?.text === ',' || i === 0))) &&
      // ("…, demanding Bachelet deliver on reforms": or a name.)
      ['DET', 'PROPN'].includes(tokens[i + 1 + that(i)]?.pos ?? ''),
  );
  if (at < 0) return null;
  const first = at + 1 + that(at);
  const verb = tokens.findIndex(
    (t, i) => i > first && i <= first + DEMANDED_OF_WORDS && t.pos === 'VERB',
  );
  const whom = tokens.slice(first, verb);
  const bare = tokens[verb]?.lower === tokens[verb]?.lemma;
  if (verb < 0 || !bare || !whom.slice(1).every((t) => ['NOUN', 'PROPN', 'ADJ'].includes(t.pos))) {
    return null;
  }
  const done = shortPredicate(tokens.slice(verb + 1));
  return done.length > 0 ? `Should ${words(whom)} ${tokens[verb].lower} ${words(done)}?` : null;
}

/** Verbs of putting a thing at risk, which take a gerund or "to": "risks unravelling …". */
const RISKING = new Set(['risk', 'threaten', 'jeopardise', 'jeopardize', 'endanger']);

/**
 * "Romania's windfall tax risks unravelling the EU electricity market", "Kelby's tourist tax
 * threatens to ruin the hotel trade" → "Should Romania's windfall tax go ahead?": the harm a
 * measure is said to risk is the case against it; the measure is the matter. Null unless the
 * subject names a measure. (wink may tag the verb a plural noun: "risks/NOUN".)
 */
function measureRisking(tokens: Token[]): string | null {
  const verb = tokens.findIndex(
    (t, i) =>
      i > 0 &&
      ['VERB', 'NOUN'].includes(t.pos) &&
      /s$/u.test(t.lower) &&
      RISKING.has(verbLemma(t.lower)) &&
      (tokens[i + 1]?.lower === 'to' || /\p{L}ing$/u.test(tokens[i + 1]?.lower ?? '')),
  );
  const subject = tokens.slice(0, verb);
  if (verb < 1 || subject.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return null;
  return namedMeasureAsked(subject);
}

/** What a measure is foretold to be against the law: "would be illegal". */
const UNLAWFUL = new Set(['illegal', 'unlawful', 'unconstitutional', 'unenforceable']);

/** Whether the words after a modal's "be" foretell harm or unlawfulness: "(would be) illegal". */
function isForetold(afterBe: Token[]): boolean {
  return afterBe.slice(0, 2).some((t) => UNLAWFUL.has(t.lower) || FORECAST_ADJECTIVES.has(t.lower));
}

/**
 * What a change or a measure is foretold to be (unlawful, harmful, disastrous …) is the case
 * against it; the change or the measure is the matter, and the forecast is never asked as a
 * "Should X be harmful?". Null when the subject names neither.
 */
function foretoldMatter(subject: Token[]): string | null {
  return (
    opposedChange(subject) ??
    (namesMeasure(subject.at(-1)) || namesMeasure(headNoun(subject)) ? goAhead(subject) : null)
  );
}

/**
 * "Seagull cull proposal 'would be illegal', Worcester Council told" → "Should the seagull cull
 * proposal go ahead?": a sentence opening on a measure foretold. Null unless the sentence opens
 * on the measure and its modal.
 */
function measureForetold(tokens: Token[]): string | null {
  const modal = tokens.findIndex((t) => MODALS.has(t.lower));
  if (modal < 1 || tokens[modal + 1]?.lower !== 'be') return null;
  const said = tokens.slice(0, modal);
  // ("Lawyers said the proposed curfew would be illegal": a clause reported is embeddedModal's;
  // "Lawmakers adopted a provision … amid fierce argument that the new measure will be
  // counterproductive": so is a clause after a verb and its object.)
  const clause = (t: Token, i: number) =>
    isReporting(t) || t.lower === 'that' || (t.pos === 'VERB' && said[i + 1]?.pos === 'DET');
  if (said.some(clause)) return null;
  const subject = isAnyQuoteMark(said.at(-1)) ? said.slice(0, -1) : said;
  return isForetold(tokens.slice(modal + 2)) ? foretoldMatter(subject) : null;
}

/**
 * "Time is running out on the Quebec government to put forward a strategy to protect Woodland
 * Caribou" → "Should the Quebec government put forward a strategy to protect Woodland Caribou?":
 * a deadline closing in is news; what the one it closes on is pressed to do is the matter. Null
 * unless the sentence opens on time running out for someone to act.
 */
function timeRunningOut(tokens: Token[]): string | null {
  const run = tokens.findIndex((t, i) => t.lemma === 'run' && tokens[i + 1]?.lower === 'out');
  if (run < 0 || tokens[0]?.lower !== 'time' || run > 3) return null;
  const on = run + 2;
  if (!['on', 'for'].includes(tokens[on]?.lower ?? '')) return null;
  const to = tokens.findIndex(
    (t, i) => i > on + 1 && t.lower === 'to' && tokens[i + 1]?.pos === 'VERB',
  );
  const actor = tokens.slice(on + 1, to);
  if (to < 0 || actor.some((t) => ['VERB', 'AUX', 'PUNCT'].includes(t.pos))) return null;
  const act = shortPredicate(beforeComma(tokens.slice(to + 1)));
  return act.length > 0 ? `Should ${the(actor)} ${words(act)}?` : null;
}

/** Most tokens of what someone must ensure is so: "all public hospitals, clinics, schools and …". */
const ENSURED_SUBJECT_REACH = 14;

/**
 * "Government has been ordered to ensure that all public hospitals, clinics, schools and police
 * stations are exempt from load shedding" → "Should all public hospitals, clinics, schools and
 * police stations be exempt from load shedding?": the state someone is to ensure is the matter.
 * Null unless "ensure that" is followed by a subject, "is" or "are", and what it should be.
 */
function ensuredState(tokens: Token[]): string | null {
  const that = tokens.findIndex(
    (t, i) =>
      t.lower === 'that' && tokens[i - 1]?.lemma === 'ensure' && tokens[i - 1].pos === 'VERB',
  );
  if (that < 0) return null;
  const be = tokens.findIndex(
    (t, i) => i > that + 1 && i <= that + ENSURED_SUBJECT_REACH && ['is', 'are'].includes(t.lower),
  );
  const subject = tokens.slice(that + 1, be);
  const state = shortPredicate(beforeComma(tokens.slice(be + 1)));
  if (
    be < 0 ||
    state.length === 0 ||
    !subject.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN') ||
    subject.some((t) => t.pos === 'VERB' || t.pos === 'AUX')
  ) {
    return null;
  }
  return `Should ${the(subject)} be ${words(state)}?`;
}

/**
 * "False news decree being used to stifle political dissent" → "Should the false news decree
 * stand?": what a measure is said to be used for is the case against it (or for it); the
 * measure is the matter. Null unless a measure is the subject of "(being) used to".
 */
function measureUsedTo(tokens: Token[]): string | null {
  const used = tokens.findIndex(
    (t, i) => t.lower === 'used' && tokens[i + 1]?.lower === 'to' && tokens[i + 2]?.pos === 'VERB',
  );
  if (used < 1) return null;
  let end = used;
  while (
    end > 0 &&
    ['being', 'is', 'are', 'was', 'were', 'been', 'has', 'have'].includes(tokens[end - 1].lower)
  ) {
    end--;
  }
  const subject = tokens.slice(0, end);
  const head = subject.at(-1);
  if (!head || !subject.every(nominalWord)) return null;
  const measure = namesMeasure(head) || LAWS_IN_FORCE.has(head.lower) || RULES.has(head.lower);
  return measure ? `Should ${the(subject)} stand?` : null;
}

/** Votes by the people on one act: "a referendum to amend …". */
const POPULAR_VOTES = new Set(['referendum', 'plebiscite']);

/**
 * "… asking them to vote on a referendum to amend our blasphemy laws" → "Should the blasphemy
 * laws be amended?": the act a referendum is held to decide is the matter, whoever the sentence
 * says votes. Null unless a referendum is followed by "to" (or "on whether to") and a verb.
 */
function referendumAct(tokens: Token[]): string | null {
  const at = tokens.findIndex((t) => t.pos === 'NOUN' && POPULAR_VOTES.has(t.lower));
  if (at < 0) return null;
  // ("a referendum on October 6 on whether to build a nuclear power plant": its day may come
  // first.)
  const from = at + timeBetween(tokens, at + 1);
  const whether = tokens[from + 1]?.lower === 'on' && tokens[from + 2]?.lower === 'whether' ? 2 : 0;
  if (from > at && whether === 0) return null;
  const to = tokens[from + 1 + whether];
  const verb = tokens[from + 2 + whether];
  if (to?.lower !== 'to' || verb?.pos !== 'VERB' || verb.lower !== verb.lemma) return null;
  // ("our blasphemy laws": a writer's "our" is the country's, and a motion says "the".)
  const object = beforeComma(tokens.slice(from + 3 + whether)).map((t, i) =>
    i === 0 && t.lower === 'our'
      ? { ...t, text: 'the', lower: 'the', lemma: 'the', pos: 'DET' }
      : t,
  );
  return actAsked(verb.lemma, object);
}

/**
 * "Greens' wealth tax too difficult to implement" → "Is the Greens' wealth tax too difficult to
 * implement?": a headline that calls a measure too hard, too costly or too soft to do what it is
 * for is asked as it says. Null unless the words before "too" name a measure and no verb.
 */
function measureTooMuch(tokens: Token[]): string | null {
  const clause = beforeComma(tokens);
  const too = clause.findIndex((t) => t.lower === 'too');
  const measure = clause.slice(0, too);
  const [adjective, to, verb] = clause.slice(too + 1, too + 4);
  if (
    too < 1 ||
    !namesMeasure(measure.at(-1)) ||
    measure.some((t) => t.pos === 'VERB' || t.pos === 'AUX') ||
    adjective?.pos !== 'ADJ' ||
    to?.lower !== 'to' ||
    verb?.pos !== 'VERB'
  ) {
    return null;
  }
  return `Is ${the(measure)} ${words(clause.slice(too))}?`;
}

/** Verbs that lay down how things shall be, with a "that" clause in the subjunctive. */
const ORDAINING = new Set(
  'order decree rule demand insist recommend propose require direct urge ask stipulate'.split(' '),
);
/** Most tokens of the subject of a subjunctive clause ("that Christian crosses be …"). */
const ORDAINED_SUBJECT_REACH = 8;

/**
 * "… after his cabinet ordered that Christian crosses be fixed in the entrance halls of all
 * public buildings" → "Should Christian crosses be fixed in the entrance halls of all public
 * buildings?": what someone lays down shall be (a bare "be" after its subject) is the matter,
 * wherever in the sentence it is laid down. Null otherwise.
 */
function ordainedState(tokens: Token[]): string | null {
  const that = tokens.findIndex(
    (t, i) =>
      t.lower === 'that' && tokens[i - 1]?.pos === 'VERB' && ORDAINING.has(tokens[i - 1].lemma),
  );
  if (that < 0) return null;
  const be = tokens.findIndex(
    (t, i) => i > that + 1 && i <= that + 1 + ORDAINED_SUBJECT_REACH && t.lower === 'be',
  );
  const subject = tokens.slice(that + 1, be);
  // (No verb can stand before a bare "be", so a word wink tags a verb there is the subject's
  // noun: "Christian crosses/VERB be fixed".)
  const head = subject.at(-1);
  if (
    be < 0 ||
    !head ||
    !['NOUN', 'PROPN', 'VERB'].includes(head.pos) ||
    subject.slice(0, -1).some((t) => ['VERB', 'AUX', 'PRON', 'PUNCT'].includes(t.pos))
  ) {
    return null;
  }
  const predicate = shortPredicate(tokens.slice(be + 1));
  return predicate.length > 0 ? `Should ${the(subject)} be ${words(predicate)}?` : null;
}

/** Participles of blame or praise a subject receives for what it did. */
const BLAMED = new Set([...RECEIVED, 'accused', 'applauded']);

/**
 * "Labour was last night accused of a cynical election ploy after scrapping its controversial
 * early release scheme …": what the subject was blamed or praised for doing is the matter
 * ("Should Labour scrap its early release scheme for prisoners?").
 */
function blamedForAct(tokens: Token[]): string | null {
  // ("Government accused of rushing special crime zones Bill": how a bill is pushed through is
  // the blame; whether it should become law is the matter.)
  const pushed = tokens.findIndex(
    (t, i) =>
      PUSHING_THROUGH.has(t.lower) &&
      ['of', 'for'].includes(tokens[i - 1]?.lower ?? '') &&
      BLAMED.has(tokens[i - 2]?.lower ?? ''),
  );
  if (pushed > 0) return goAhead(tokens.slice(pushed + 1), true);
  const be = tokens.findIndex((t, i) => i > 0 && i <= 6 && FINITE_AUXILIARIES.has(t.lower));
  if (be < 0) return null;
  let at = be + 1;
  while (at < tokens.length && at <= be + 4 && !BLAMED.has(tokens[at].lower)) at++;
  if (!BLAMED.has(tokens[at]?.lower ?? '')) return null;
  if (!tokens.slice(be + 1, at).every((t) => t.pos !== 'VERB' || t.lower === 'been')) return null;
  const after = tokens.findIndex(
    (t, i) =>
      i > at &&
      i <= at + 10 &&
      ['after', 'for'].includes(t.lower) &&
      tokens[i + 1]?.pos === 'VERB' &&
      /ing$/u.test(tokens[i + 1].lower),
  );
  const subject = tokens.slice(0, be);
  if (!subject.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) return null;
  // "Bristol Zoo has been accused of 'misleading the public' on the case for its closure": what
  // the subject's own act (named as a noun of its own) is blamed over is the matter.
  const owned = tokens.findIndex(
    (t, i) =>
      i > at + 1 &&
      ['its', 'their'].includes(tokens[i - 1].lower) &&
      OWN_ACTS[t.lower] !== undefined &&
      tokens.slice(at + 1, i).some((w) => ['over', 'on', 'about'].includes(w.lower)),
  );
  if (owned > 0) return `Should ${the(subject)} ${OWN_ACTS[tokens[owned].lower]}?`;
  if (after < 0) return null;
  const act = tokens[after + 1];
  const predicate = words(shortPredicate(tokens.slice(after + 2)));
  return predicate ? `Should ${the(subject)} ${act.lemma} ${predicate}?` : null;
}

/** Terms one party sets another: "the government's new conditions for the tramway". */
const IMPOSED_TERMS = new Set(['conditions', 'terms', 'demands', 'requirements', 'ultimatum']);

/**
 * "Local anger will not stop detention centre" → "Should the detention centre go ahead?": a
 * reaction that will (or will not) stop a thing is news; the thing is the matter.
 */
function unstoppedByReaction(tokens: Token[]): string | null {
  const reaction = tokens.findIndex((t, i) => i <= 3 && REACTIONS_MET.has(t.lower));
  if (reaction < 0) return null;
  let at = reaction + 1;
  while (
    MODALS.has(tokens[at]?.lower ?? '') ||
    ['not', "n't", 'wo', 'ca'].includes(tokens[at]?.lower ?? '')
  )
    at++;
  if (at === reaction + 1 || !STOPPING.has(tokens[at]?.lemma ?? '')) return null;
  return goAhead(tokens.slice(at + 1));
}

/** Verbs of a call made for a thing to be done: "call for cats to be neutered". */
const CALLING_FOR = new Set([
  'call',
  'press',
  'push',
  'campaign',
  'lobby',
  'argue',
  'clamour',
  // ("The demand for the government to revoke the … Regulations continues to grow".)
  'demand',
]);

/**
 * "Campaigners call for cats to be neutered", "The new law calls for cats to be neutered and put
 * in shelters" → "Should cats be neutered …?": what a call is for is asked of the thing (the
 * callers are not who would be neutered). wink may tag the verb a noun after a plural.
 */
function calledForThing(tokens: Token[]): string | null {
  const at = tokens.findIndex(
    (t, i) =>
      (CALLING_FOR.has(t.lemma) || CALLING_FOR.has(verbLemma(t.lower))) &&
      tokens[i + 1]?.lower === 'for' &&
      t.pos !== 'ADJ',
  );
  if (at < 0) return null;
  // ("calling for balance in the possible tightening of restrictions": a restraint called for in
  // a thing done leaves the thing.)
  if (
    RESTRAINTS.has(tokens[at + 2]?.lower ?? '') &&
    ['in', 'on', 'over'].includes(tokens[at + 3]?.lower ?? '')
  ) {
    return goAhead(tokens.slice(at + 4));
  }
  // ("Calls for suspension of parking charges in Nenagh to help …": a change called for.)
  return forThingToBeDone(tokens, at + 1) ?? opposedChange(tokens.slice(at + 2));
}

/** What people call for in how a thing is done, not the thing: "balance", "caution". */
const RESTRAINTS = new Set(['balance', 'caution', 'restraint', 'moderation', 'fairness']);

/** A body's own act, named as a noun after "its": "its closure" → "close". */
const OWN_ACTS: Record<string, string> = {
  closure: 'close',
  relocation: 'relocate',
  move: 'move',
  merger: 'merge',
  expansion: 'expand',
  sale: 'be sold',
  demolition: 'be demolished',
};

/** Verbs of reacting to news: what they follow is the news. */
const REACTING_VERBS = new Set([
  // "Retailers scramble to remove stock as Australian-first ban comes into effect"
  'scramble',
  'rush',
  'complain',
  'react',
  'respond',
  'despair',
  'vent',
  'erupt',
  'cheer',
  'celebrate',
  'rejoice',
  'applaud',
]);

/** Verbs of putting a thing at risk: "imperils", "threatens", "could sink". */
const ENDANGERING = new Set(
  'imperil endanger jeopardise jeopardize threaten sink derail doom scupper torpedo'.split(' '),
);

/**
 * "Belgian region's rejection imperils EU-Canada trade deal": a deal or a measure that a
 * headline's news puts at risk is the matter, not the news.
 */
function endangeredThing(tokens: Token[]): string | null {
  const verb = tokens.findIndex(
    (t, i) => i > 0 && i <= 8 && t.pos === 'VERB' && ENDANGERING.has(verbLemmaOf(t)),
  );
  if (verb < 0) return null;
  const object = beforeClause(beforeComma(tokens.slice(verb + 1)));
  const head = object.findLast((t, i) => t.pos === 'NOUN' && object[i + 1]?.pos !== 'NOUN');
  return isMeasureHead(head) || AGREEMENTS.has(head?.lower ?? '') ? goAhead(object) : null;
}

/** "imperils" → "imperil": wink may leave a rarer verb's lemma as written. */
function verbLemmaOf(t: Token): string {
  return t.lemma !== t.lower ? t.lemma : verbLemma(t.lower);
}

const AGREEMENTS = new Set(['agreement', 'treaty', 'pact', 'accord']);

/** Participles that tell what a measure was made for: "introduced to …", "designed to …". */
const PURPOSE_PASSIVES = new Set([
  'introduced',
  'designed',
  'intended',
  'meant',
  'aimed',
  'created',
]);

/** The head noun of a measure or a project: "rules", "ban", "levy", "scheme". */
function isMeasureHead(t: Token | undefined): boolean {
  return (
    t?.pos === 'NOUN' &&
    (POLICY_NOUNS.has(t.lower) || MEASURE_HEADS.has(t.lower) || PROJECT_NOUNS.has(t.lower))
  );
}

/** People's reactions as a clause's subject: "reactions to …", "objections over …". */
const SAID_REACTIONS = new Set(
  'reaction reactions criticism objections complaints protests opposition concerns'.split(' '),
);

/**
 * The clause a reporting verb reports, as a question: "(that) X is Y" → "Is X Y?";
 * "drafting only men violates the Constitution" → "Does drafting only men violate the Constitution?".
 */
function reportedClause(rest: Token[]): string | null {
  // "it is "vital" a UK ban on fishing for sandeels remains in place" → "Should a UK ban on
  // fishing for sandeels remain in place?": what is said to be needed is asked as what should be.
  if (rest[0]?.lower === 'it' && ['is', 'was', "'s", '’s'].includes(rest[1]?.lower ?? '')) {
    const needed = neededClause(rest.slice(2));
    if (needed) return needed;
  }
  // "ruled on Friday that X is Y": the clause starts after "that".
  const that = rest.findIndex((t, i) => i <= 4 && t.lower === 'that');
  const clause = withoutDashedAside(afterFrontedAdverbial(that >= 0 ? rest.slice(that + 1) : rest));
  // "has ruled against its government's attempt …": a verb's preposition opens no clause.
  if (that < 0 && clause[0]?.pos === 'ADP' && clause[1]?.pos !== 'NUM') return null;
  const finite = (t: Token, i: number) =>
    i > 0 &&
    (t.pos === 'AUX' || t.pos === 'VERB') &&
    !/ing$/u.test(t.lower) &&
    clause[i - 1].lower !== 'to' &&
    // ("so-called", "stop-and-frisk": a verb glued to a hyphen is part of a compound.)
    !(clause[i - 1].text === '-' && clause[i - 1].end === t.start) &&
    !(clause[i + 1]?.text === '-' && clause[i + 1].start === t.end);
  // "said that stopping the BELA Act was the biggest issue for …": what is said of an act named
  // by its gerund is the case for or against it; the act is the matter.
  const gerundBe = clause.findIndex((t, i) => i > 1 && t.lemma === 'be' && t.pos === 'AUX');
  const gerundAct = gerundBe > 1 ? gerundAsked(clause.slice(0, gerundBe)) : null;
  if (gerundAct) return gerundAct;
  const verbAt = clause.findIndex((t, i) => finite(t, i) && !reducedRelative(clause, i, finite));
  if (verbAt <= 0) return null;
  const subject = withoutAppositive(clause.slice(0, verbAt));
  if (subject.some((t) => t.text === ',')) return null;
  const verb = clause[verbAt];
  // "reactions to the construction of a bar-restaurant on Sodap beach were unjustified": what is
  // said of people's reactions is the argument; what they react to is the matter.
  const reaction = subject.findIndex(
    (t, i) =>
      i <= 1 &&
      SAID_REACTIONS.has(t.lower) &&
      ['to', ...REACTED_TO].includes(subject[i + 1]?.lower ?? ''),
  );
  if (verb.lemma === 'be' && reaction >= 0) return reactedMatter(subject.slice(reaction + 2));
  const stop = clauseEnd(clause, verbAt + 1);
  const object = words(clause.slice(verbAt + 1, stop));
  const s = the(subject);
  // "the EastMed pipeline project is open for …", "national service plan is 'bonkers'": the
  // project is the matter, not its attribute (however it is quoted).
  if (verb.lemma === 'be' && PROJECT_NOUNS.has(subject[subject.length - 1]?.lower ?? '')) {
    return `Should ${s} go ahead?`;
  }
  if (object === '') return null;
  // "racing's new whip rules were not introduced to appease …": why a measure was made is the
  // argument over it; whether it should stand is the matter.
  const made = clause[verbAt + 1]?.lower === 'not' ? verbAt + 2 : verbAt + 1;
  if (
    verb.lemma === 'be' &&
    isMeasureHead(subject[subject.length - 1]) &&
    PURPOSE_PASSIVES.has(clause[made]?.lower ?? '') &&
    ['to', 'for', 'as'].includes(clause[made + 1]?.lower ?? '')
  ) {
    return `Should ${s} ${['was', 'were'].includes(verb.lower) ? 'stand' : 'go ahead'}?`;
  }
  if (verb.lemma === 'be') {
    const be = capitalise(verb.lower === "'s" ? 'is' : verb.lower);
    if (!['Is', 'Are', 'Was', 'Were'].includes(be)) return null;
    return `${be} ${s} ${object}?`;
  }
  if (MODALS.has(verb.lower)) return null; // handled as an embedded modal
  // "the app had broken the law" → "Has the app broken the law?": a perfect keeps its "have".
  // ("has already helped": an adverb may come between.)
  const adverbs = clause[verbAt + 1]?.pos === 'ADV' ? 1 : 0;
  const participle = clause[verbAt + 1 + adverbs];
  // ("40% has been deducted …" → "Has 40% been deducted …?": so does a passive's "been".)
  if (
    verb.lemma === 'have' &&
    ((participle?.pos === 'VERB' && participle.lower !== participle.lemma) ||
      participle?.lower === 'been')
  ) {
    const rest = words(clause.slice(verbAt + 2 + adverbs, stop));
    return `${isPlural(subject) ? 'Have' : 'Has'} ${s} ${participle.lower}${rest ? ` ${rest}` : ''}?`;
  }
  // "the sugar tax cut intake": after a singular subject, a verb in its base form ("cut", "put",
  // "set") is the past tense.
  const does =
    verb.lower === verb.lemma
      ? isPlural(subject)
        ? 'Do'
        : 'Did'
      : /(?:s|es)$/u.test(verb.lower) && !/ss$/u.test(verb.lower)
        ? 'Does'
        : 'Did';
  return `${does} ${s} ${verb.lemma} ${object}?`;
}

/** What is said to be needed: "it is vital (that) …". */
const NEEDED = new Set(['vital', 'essential', 'crucial', 'imperative', 'important', 'necessary']);

/**
 * "“vital” a UK ban … remains in place" (after "it is") → "Should a UK ban … remain in place?":
 * a clause said to be needed, asked with "should". Null unless the words open with such an
 * adjective (quoted or not, "that" or not) and a clause with its own subject and present verb.
 */
function neededClause(tokens: Token[]): string | null {
  let at = 0;
  while (isAnyQuoteMark(tokens[at])) at++;
  if (!NEEDED.has(tokens[at]?.lower ?? '')) return null;
  at++;
  while (isAnyQuoteMark(tokens[at])) at++;
  if (tokens[at]?.lower === 'that') at++;
  const clause = tokens.slice(at);
  const verbAt = clause.findIndex(
    (t, i) => i > 0 && t.pos === 'VERB' && /[^s]s$/u.test(t.lower) && t.lower !== t.lemma,
  );
  // ("a ban on seal culling/VERB": a gerund is the subject's.)
  const finite = (t: Token) => t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/u.test(t.lower));
  if (verbAt <= 0 || clause.slice(0, verbAt).some((t) => finite(t) || t.text === ',')) return null;
  const rest = words(clause.slice(verbAt + 1));
  return `Should ${the(clause.slice(0, verbAt))} ${clause[verbAt].lemma}${rest ? ` ${rest}` : ''}?`;
}

/** A progressive of intent a headline may give without its "is": "Amsterdam planning to …". */
const INTENT_PROGRESSIVES = new Set([
  'planning',
  'hoping',
  'seeking',
  'preparing',
  'aiming',
  'looking',
]);

/** Adverbs that say the news is passed on, not what is done: "is reportedly preparing to …". */
const HEARSAY = new Set(
  'reportedly allegedly apparently supposedly purportedly seemingly reputedly'.split(' '),
);

/**
 * "Morocco is reportedly preparing to introduce a ban …" → "Morocco is preparing to introduce a
 * ban …": how sure the report is of the act is no part of it.
 */
function withoutHearsay(tokens: Token[]): Token[] {
  return tokens.filter((t) => !(t.pos === 'ADV' && HEARSAY.has(t.lower)));
}

/**
 * "Amsterdam planning to move its Red Light district …" → "Amsterdam to move …": a headline's
 * progressive of intent, its "is" dropped, reads as its "to".
 */
function withoutIntentProgressive(tokens: Token[]): Token[] {
  const intent = tokens.findIndex(
    (t, i) =>
      i > 0 &&
      INTENT_PROGRESSIVES.has(t.lower) &&
      tokens[i + 1]?.lower === 'to' &&
      tokens[i + 2]?.pos === 'VERB' &&
      tokens.slice(0, i).every((w) => ['PROPN', 'NOUN', 'DET', 'ADJ'].includes(w.pos)),
  );
  if (intent > 0) return [...tokens.slice(0, intent), ...tokens.slice(intent + 1)];
  return tokens;
}

/** What a forecast of an act says it is: "is set to", "are expected to", "is due to". */
const FORECAST_WORDS = new Set([
  'set',
  'poised',
  'due',
  'expected',
  'likely',
  'slated',
  'scheduled',
]);

/**
 * "Gion, a historic district in Kyoto, is set to bar tourists from entering its private streets"
 * → "Gion will bar tourists …": a forecast of an act is read as the act to come, which is asked
 * whether it should be done.
 */
function withForecastAsWill(tokens: Token[]): Token[] {
  const be = tokens.findIndex(
    (t, i) =>
      i > 0 &&
      ['is', 'are'].includes(t.lower) &&
      FORECAST_WORDS.has(tokens[i + 1]?.lower ?? '') &&
      tokens[i + 2]?.lower === 'to' &&
      tokens[i + 3]?.pos === 'VERB' &&
      tokens[i + 3].lower === tokens[i + 3].lemma,
  );
  if (be < 0) return tokens;
  const will = { ...tokens[be], text: 'will', lower: 'will', lemma: 'will', pos: 'AUX' };
  return [...tokens.slice(0, be), will, ...tokens.slice(be + 3)];
}

/** Acting together, and the word that says so: "team up", "join forces", "band together". */
const JOINING_UP: Record<string, string> = { team: 'up', join: 'forces', band: 'together' };
/** Most tokens from a joining-up to its "to" ("… with Din l-Art Helwa and Nature Trust to"). */
const JOINING_REACH = 10;

/**
 * "The Qala Local Council … have teamed up to appeal the controversial permit …" → "The Qala
 * Local Council … appeal the controversial permit …": that several act together is how they act;
 * the act after "to" is the clause's verb.
 */
function withoutJoiningUp(tokens: Token[]): Token[] {
  const joined = tokens.findIndex(
    (t, i) => i > 0 && t.pos === 'VERB' && JOINING_UP[t.lemma] === tokens[i + 1]?.lower,
  );
  if (joined < 0) return tokens;
  const to = tokens.findIndex(
    (t, i) =>
      i > joined + 1 &&
      i <= joined + JOINING_REACH &&
      t.lower === 'to' &&
      tokens[i + 1]?.pos === 'VERB' &&
      tokens[i + 1].lower === tokens[i + 1].lemma,
  );
  if (to < 0) return tokens;
  const from = FINITE_AUXILIARIES.has(tokens[joined - 1].lower) ? joined - 1 : joined;
  return [...tokens.slice(0, from), ...tokens.slice(to + 1)];
}

/** Verbs that raise their infinitive's subject: "X appears likely to go ahead". */
const RAISING = new Set(['appear', 'seem']);
/** What may stand between a raising verb and its "to": "appears likely to", "seems set to". */
const RAISED_BY = new Set(['likely', 'unlikely', 'set', 'certain', 'poised', 'ready', 'about']);

/**
 * "A targeted rate appears likely to go ahead" → "A targeted rate go ahead": the raising verb
 * and its "to" say how sure the report is, not what is done, so the clause is read without them.
 */
function withoutRaising(tokens: Token[]): Token[] {
  const at = tokens.findIndex(
    (t, i) => i > 0 && RAISING.has(t.lemma) && t.pos === 'VERB' && !/ing$/u.test(t.lower),
  );
  if (at < 0) return tokens;
  let to = at + 1;
  if (RAISED_BY.has(tokens[to]?.lower ?? '')) to++;
  if (tokens[to]?.lower !== 'to' || tokens[to + 1]?.pos !== 'VERB') return tokens;
  // "unlikely to": the report doubts it happens; the question is the same.
  return [...tokens.slice(0, at), ...tokens.slice(to + 1)];
}

/** "alternatives — such as metal straws that can't bend — are …": the aside between dashes. */
function withoutDashedAside(tokens: Token[]): Token[] {
  const dash = (t: Token) => /^[—–]$/u.test(t.text);
  const open = tokens.findIndex(dash);
  const close = tokens.findIndex((t, i) => i > open && dash(t));
  if (open <= 0 || close < 0) return tokens;
  return [...tokens.slice(0, open), ...tokens.slice(close + 1)];
}

/** Whether a subject phrase is plural: its head (before a relative clause) or a coordination. */
function isPlural(subject: Token[]): boolean {
  const relative = subject.findIndex((t) => ['that', 'which', 'who'].includes(t.lower));
  const upTo = relative > 0 ? relative : subject.length;
  const of = subject.slice(0, upTo).findIndex((t, i) => i > 0 && t.pos === 'ADP');
  const head = subject[(of > 0 ? of : upTo) - 1];
  const pronoun = ['they', 'we', 'you', 'i'].includes(head?.lower ?? '');
  const plural = /[^s]s$/u.test(head?.lower ?? '') || IRREGULAR_PLURALS.has(head?.lower ?? '');
  // "Ann and Bob", not "one of the biggest and best resorts": a coordination before any "of".
  const coordinated = subject.slice(0, of > 0 ? of : upTo).some((t) => t.lower === 'and');
  return pronoun || plural || coordinated;
}

/**
 * "people born in X are citizens": a participle after a noun, before a preposition, with the
 * clause's own verb still to come, modifies the noun; it is not the clause's verb.
 */
function reducedRelative(
  clause: Token[],
  i: number,
  finite: (t: Token, i: number) => boolean,
): boolean {
  const t = clause[i];
  if (t.pos !== 'VERB' || t.lower === t.lemma || /s$/u.test(t.lower)) return false;
  if (clause[i - 1]?.pos !== 'NOUN' || clause[i + 1]?.pos !== 'ADP') return false;
  const comma = clause.findIndex((x, k) => k > i && x.text === ',');
  return clause.some((x, k) => k > i + 1 && (comma < 0 || k < comma) && finite(x, k));
}

/** "the practice of drafting men, or conscription, …" → "the practice of drafting men". */
function withoutAppositive(tokens: Token[]): Token[] {
  const commas = tokens.flatMap((t, i) => (t.text === ',' ? [i] : []));
  if (commas.length === 2 && commas[1] === tokens.length - 1) return tokens.slice(0, commas[0]);
  if (commas.length === 2) return [...tokens.slice(0, commas[0]), ...tokens.slice(commas[1] + 1)];
  return tokens;
}

/**
 * "as China, Korea protest", "as Britain and France object": from `at`, names joined by commas
 * or "and", then a bare verb ending the words (wink may tag it a noun).
 */
function namesActingLast(tokens: Token[], at: number): boolean {
  let k = at;
  while (
    tokens[k]?.pos === 'PROPN' &&
    [',', 'and'].includes(tokens[k + 1]?.lower ?? '') &&
    tokens[k + 2]?.pos === 'PROPN'
  )
    k += 2;
  const verb = tokens[k + 1];
  return (
    k > at &&
    k + 2 === tokens.length &&
    ['VERB', 'NOUN'].includes(verb?.pos ?? '') &&
    verb.lower === verb.lemma
  );
}

/**
 * "as city presses on with …", "as residents complain about …", "as it tries to …", "after
 * Conservatives voted against …": "as" or "after" opening a clause with a subject of its own and
 * its verb, with more after the verb, or with `closing` the verb ending the words ("as protests
 * rage"). ("as holiday lets", "as heavy vehicles in cities": what something is taken as.) wink may
 * tag a headline's verb in "-s" a noun ("city presses/NOUN on").
 */
function ownClauseAfter(tokens: Token[], at: number, longest = 2, closing = false): boolean {
  const from = tokens[at + 1]?.pos === 'DET' ? at + 2 : at + 1;
  // A subject of one or two words (or up to `longest`, a name's possessive and modifiers
  // among them), then its verb with a word after it.
  const subjectTags =
    longest > 2 ? ['NOUN', 'PROPN', 'PRON', 'ADJ', 'PART'] : ['NOUN', 'PROPN', 'PRON'];
  return Array.from({ length: longest }, (_, k) => from + 1 + k).some((end) => {
    const subject = tokens.slice(from, end);
    // ("the Ontario Science Centre abruptly and permanently shut its doors": how, between.)
    const verbAt = afterMannerAdverbs(tokens, end);
    const verb = tokens[verbAt];
    const endsOnVerb = closing && verbAt === tokens.length - 1;
    if (!verb || (!endsOnVerb && !/^\p{L}/u.test(tokens[verbAt + 1]?.text ?? ''))) return false;
    // (wink may tag a name's word a verb: "Doug Ford/VERB's government".)
    // ("Australian-first ban": a hyphened modifier's hyphen too.)
    const inSubject = (t: Token) =>
      subjectTags.includes(t.pos) || /^\p{Lu}/u.test(t.text) || t.text === '-';
    if (!subject.every(inSubject) || /^\p{Lu}/u.test(verb.text)) return false;
    if (endsOnVerb) {
      // (wink may tag the bare verb after a plural a noun: "protests/NOUN rage/NOUN", and the
      // one after a country too: "as China protests/NOUN".)
      const last = subject[subject.length - 1];
      const plural = /[^s]s$/u.test(last.lower);
      const named = last.pos === 'PROPN' && !plural && /[^s]s$/u.test(verb.lower);
      return (
        (verb.pos === 'VERB' && !/ing$/u.test(verb.lower)) ||
        (verb.pos === 'NOUN' && ((plural && !/s$/u.test(verb.lower)) || named))
      );
    }
    if (verb.pos === 'AUX' || (verb.pos === 'VERB' && !/ing$/u.test(verb.lower))) return true;
    // ("as UK gov't plans to introduce …": a verb of intent before its infinitive.)
    if (CONTROL_VERBS.has(verb.lemma) && tokens[verbAt + 1].lower === 'to') return true;
    const last = subject[subject.length - 1];
    return (
      verb.pos === 'NOUN' &&
      /[^s]s$/u.test(verb.lower) &&
      last.pos === 'NOUN' &&
      !/s$/u.test(last.lower) &&
      ['ADP', 'ADV'].includes(tokens[verbAt + 1].pos)
    );
  });
}

/** Verbs of a decision that an act, told after it, came after: "after state agrees not to …". */
const AFTER_DECIDING = new Set(['agree', 'decide', 'vote', 'rule', 'accept', 'refuse', 'reject']);

/**
 * The verb phrase of a rewritten clause up to where the clause ends; a long one loses the
 * adjunct after its first comma ("legalize same-sex marriage, seven days ahead of …").
 */
function shortPredicate(dated: Token[]): Token[] {
  // ("issued a moratorium Thursday on the approval of …": the day between a noun and what it is
  // on is when, not what.)
  const tokens = dated.filter(
    (t, k) =>
      !(WEEKDAY_NAMES.has(t.lower) && dated[k - 1]?.pos === 'NOUN' && dated[k + 1]?.pos === 'ADP'),
  );
  // "… despite major concerns from villagers": what stood against the act is no part of it.
  // ("… by a margin of 8,670 votes": nor is how the vote on it went.)
  const concession = tokens.findIndex((t, i) => CONCESSIONS.has(t.lower) || voteCountAt(tokens, i));
  const conceded = concession >= 0 ? tokens.slice(0, concession) : tokens;
  while (conceded[conceded.length - 1]?.text === ',') conceded.pop();
  const named = withoutAsides(conceded);
  const whole = named.slice(0, clauseEnd(named, 0));
  // "ban fireworks, a divisive issue the council has considered …": what the report calls the
  // act, after a comma, is no part of it.
  const labelled = whole.findIndex(
    (t, i) =>
      i >= 2 &&
      t.text === ',' &&
      ['a', 'an'].includes(whole[i + 1]?.lower ?? '') &&
      ACT_LABELS.has(whole.slice(i + 2, i + 5).find((w) => w.pos === 'NOUN')?.lower ?? ''),
  );
  // "adopt four-day weeks, and communities are split": a second clause with its own subject.
  // ", but whether they influence health remains an open question": any clause after ", but".
  const joined = whole.findIndex(
    (t, i) =>
      i >= 2 &&
      t.text === ',' &&
      ((whole[i + 1]?.lower === 'but' && whole[i + 2]?.pos !== 'ADJ') ||
        (whole[i + 1]?.lower === 'and' &&
          ['NOUN', 'PRON', 'PROPN'].includes(whole[i + 2]?.pos ?? '') &&
          whole
            .slice(i + 3, i + 5)
            .some((w) => w.pos === 'AUX' || FINITE_AUXILIARIES.has(w.lower)))),
  );
  // ("barring foreign business from trading outside four major cities branded xenophobic by civil
  // rights organisations": what a measure is branded, even without a comma, is a verdict on it.)
  const branded = whole.findIndex((_, i) => brandedAt(whole, i));
  // ("use the word Allah to describe God in a surprise judgment": the ruling the act is told in,
  // or the case: "be stunned before slaughter in a case that … groups warned could curb …".)
  const inRuling = whole.findIndex(
    (t, i) =>
      i >= 2 &&
      t.lower === 'in' &&
      ['a', 'an', 'its', 'their', 'the'].includes(whole[i + 1]?.lower ?? '') &&
      [i + 2, i + 3].some(
        (k) =>
          (DECISION_NOUNS.has(whole[k]?.lower ?? '') || whole[k]?.lower === 'case') &&
          [undefined, 'that', 'which', ','].includes(whole[k + 1]?.lower),
      ),
  );
  // "ban ChatGPT, afraid students will cheat": why the actor acts, after a comma.
  const feeling = whole.findIndex(
    (t, i) => i >= 2 && t.text === ',' && ACTOR_FEELINGS.has(whole[i + 1]?.lower ?? ''),
  );
  // "triple parking fees for SUVs as city presses on with …": a clause of its own after "as"
  // (a subject, then its verb and more) tells what goes on around the act.
  const asClause = whole.findIndex(
    (t, i) => i >= 2 && t.lower === 'as' && ownClauseAfter(whole, i),
  );
  // "axe lollipop men and women in Wandsworth after the council claimed that …": so does one in
  // the past after "after".
  const pastClause = whole.findIndex((_, i) => pastClauseAfter(whole, i));
  // "removed so that the area can be restored", "removed after collapsing": what the act is for,
  // or what came before it, is no part of it.
  // ("… while approving a petition …", "… under protests from native peoples", "… because of
  // complaints …": what went along with the act, or why it was done, no more.)
  const purposeOrCause = whole.findIndex(
    (t, i) =>
      i >= 1 &&
      ((t.lower === 'so' && whole[i + 1]?.lower === 'that') ||
        (t.lower === 'after' && whole[i + 1]?.pos === 'VERB' && /ing$/u.test(whole[i + 1].lower)) ||
        // (Not "compulsory while riding public transport": only a ruling's or a report's own step.)
        (t.lower === 'while' &&
          /ing$/u.test(whole[i + 1]?.lower ?? '') &&
          [GRANTING_ACTS, COURT_ACTS, REPORTING].some((acts) =>
            acts.has(gerundLemma(whole[i + 1].lower)),
          )) ||
        (t.lower === 'under' && /^protests?$/u.test(whole[i + 1]?.lower ?? '')) ||
        (t.lower === 'because' && i >= 3) ||
        // ("scrapped the … Project by declaring several provisions … unconstitutional": how a
        // court got there is its ruling's, not the act's.)
        (t.lower === 'by' &&
          /ing$/u.test(whole[i + 1]?.lower ?? '') &&
          [COURT_ACTS, VERDICT_VERBS].some((acts) => acts.has(gerundLemma(whole[i + 1].lower))))),
  );
  // ("to be saved after state agrees not to sell them": a decision told in a headline's present
  // tense, right after the act, went before it; "after the market closes" may bound the act.)
  if (whole[0]?.lower === 'after' && ownClauseAfter(whole, 0)) {
    const verb = whole.findIndex((t, i) => i > 1 && (t.pos === 'VERB' || t.pos === 'AUX'));
    if (AFTER_DECIDING.has(whole[verb]?.lemma ?? '')) return [];
  }
  const cuts = [
    labelled,
    branded,
    inRuling,
    joined,
    feeling,
    asClause,
    pastClause,
    purposeOrCause,
  ].filter((k) => k > 0);
  const clause = cuts.length > 0 ? whole.slice(0, Math.min(...cuts)) : whole;
  if (clause.length <= LONG_PREDICATE) return withoutDay(clause);
  const comma = clause.findIndex(
    (t, i) =>
      i >= 3 &&
      t.text === ',' &&
      !betweenModifiers(clause, i) &&
      !betweenListed(clause, i) &&
      !insideQuote(clause, i),
  );
  if (comma > 0) return withoutDay(clause.slice(0, comma));
  // No comma to cut at: a long verb phrase loses a relative clause on its object ("a bill that
  // would have allowed …"), an adjunct of means or circumstance ("… through an amendment to …")
  // or a condition ("… if the bill is passed should the opposition come to power").
  const cut = clause.findIndex(
    (t, i) =>
      i >= 3 &&
      // "a treaty with neighbouring Soria that would give …": after a name as after a noun.
      ((RELATIVE_STARTS.has(t.lower) && ['NOUN', 'PROPN'].includes(clause[i - 1].pos)) ||
        // (wink may tag a headline's capitalised "Amidst" a noun.)
        (ADJUNCT_STARTS.has(t.lower) && (t.pos === 'ADP' || AMID.has(t.lower))) ||
        CONDITIONS.has(t.lower)),
  );
  return withoutDay(cut > 0 ? clause.slice(0, cut) : clause);
}

/** Feelings that give an actor's reason after a comma: ", afraid students will cheat". */
const ACTOR_FEELINGS = new Set(['afraid', 'worried', 'concerned', 'fearful', 'anxious', 'fearing']);
/** Nouns a report sums an act up with ("a divisive issue", "a move that …"). */
const ACT_LABELS = new Set(
  'issue move matter question topic subject step decision proposal idea measure change controversy debate'.split(
    ' ',
  ),
);
/** Words after which "to" is a preposition of approach ("one step closer to …"). */
const TOWARDS = new Set(['closer', 'nearer', 'close', 'near']);
const CONDITIONS = new Set(['if', 'unless']);
/** What an act went ahead against or amid ("… despite concerns", "… amidst debate over …"). */
const CONCESSIONS = new Set(['despite', 'notwithstanding', 'amid', 'amidst']);
const DAYS = daysAnd('yesterday', 'today');

/** Words that make a weekday a feast's name: "Good Friday", "Ash Wednesday". */
const FEAST_DAY_WORDS = new Set([
  'Good',
  'Black',
  'Ash',
  'Maundy',
  'Holy',
  'Palm',
  'Shrove',
  'Easter',
]);

/**
 * "… be passed on Wednesday (May 8)", "… on 3 March", "… yesterday": the day a thing was done
 * is not what is done. A closing duration ("for a year") is kept: it is part of the measure.
 */
function withoutDay(tokens: Token[]): Token[] {
  let end = tokens.length;
  if (tokens[end - 1]?.text === ')') {
    const open = tokens.map((t) => t.text).lastIndexOf('(');
    const inside = tokens.slice(open + 1, end - 1);
    if (open > 0 && inside.length > 0 && inside.every((t) => t.measure || /^\d+$/u.test(t.text))) {
      end = open;
    }
  }
  let from = end;
  // ("trade normally on Good Friday": a feast's name is no day of the week.)
  const feast = FEAST_DAY_WORDS.has(tokens[end - 2]?.text ?? '');
  if (DAYS.has(tokens[end - 1]?.lower ?? '') && feast) return tokens.slice(0, end);
  if (DAYS.has(tokens[end - 1]?.lower ?? '')) from = end - 1;
  else while (from > 0 && tokens[from - 1].measure && !DAYS.has(tokens[from - 1].lower)) from--;
  const on = tokens[from - 1]?.lower === 'on';
  // "on 3 March" and a bare day; a bare date alone ("… in 2020") may be the measure's own.
  if (from < end && (on || DAYS.has(tokens[end - 1].lower))) end = on ? from - 1 : from;
  return end >= 1 ? tokens.slice(0, end) : tokens;
}

const RELATIVE_STARTS = new Set(['that', 'which', 'who', 'whose']);
const ADJUNCT_STARTS = new Set([
  'through',
  'via',
  'following',
  'amid',
  'amidst',
  'despite',
  'after',
  'before',
]);

/** Verbs of meeting a reaction: "faces opposition", "sparks a backlash", "draws criticism". */
const REACTION_MEETING = new Set([
  'face',
  'meet',
  'draw',
  'spark',
  'provoke',
  'trigger',
  'attract',
  'receive',
]);
const REACTIONS_MET = new Set(
  'opposition criticism backlash anger outrage protest protests fury resistance objections condemnation'.split(
    ' ',
  ),
);
const MET_OVER = new Set(['over', 'against', 'to']);
/** Reactions of any kind a planned thing gets: "mixed reactions", "a lukewarm response". */
const RECEPTIONS = new Set(['reaction', 'reactions', 'response', 'responses', 'reception']);
/** Participles that make a thing a plan: "proposed steel flyover", "planned incinerator". */
const PLANNED_PARTICIPLES = new Set(['proposed', 'planned', 'mooted', 'controversial']);
/** Feelings at someone "for" what they did: "unhappy with the governor for rejecting …". */
const BLAMING_FEELINGS = new Set(['unhappy', 'angry', 'furious', 'livid', 'upset']);

/** "up in arms", "up-in-arms": "up" and "in" before "arms", hyphens or not. */
function upInBefore(tokens: Token[], arms: number): boolean {
  const before = tokens.slice(Math.max(0, arms - 4), arms).filter((t) => t.text !== '-');
  return before.at(-2)?.lower === 'up' && before.at(-1)?.lower === 'in';
}

/** How far after "up in arms" what someone is blamed "for" may come ("against the college administration for"). */
const ARMS_REACH = 8;
/** Words that say what a quarrel is about: "over", "regarding", and "relating to". */
const QUARREL_ABOUT = new Set(['over', 'about', 'regarding', 'concerning', 'surrounding']);

/** How many words at `at` say what a quarrel is about ("over", "relating to"); 0 when none do. */
function quarrelAbout(tokens: Token[], at: number): number {
  const word = tokens[at]?.lower ?? '';
  if (QUARREL_ABOUT.has(word)) return 1;
  return ['relating', 'related'].includes(word) && tokens[at + 1]?.lower === 'to' ? 2 : 0;
}

/** How far after a quarrel that opens a sentence what it is over may come. */
const OVER_REACH = 12;
/** Verbs of a quarrel starting or going on: "has broken out … over". */
const QUARREL_STARTS = new Set([
  'be',
  'have',
  'break',
  'erupt',
  'flare',
  'rage',
  'continue',
  'grow',
]);

/** Nouns made of an act's verb: "delimitation", "redevelopment", "removal", "closure". */
const ACT_NOUN_ENDING = /\p{L}{3}(?:tion|ment|sal|val|ure)$/u;

/** What a court or a tribunal hands down, which stands or falls. */
const RULINGS = new Set(['ruling', 'rulings', 'verdict', 'judgment', 'judgement']);

/** A thing's head word before what it is on or of: "ruling" in "ruling on the deadline for …". */
function headBeforePreposition(thing: Token[]): Token | undefined {
  // ("a cost-of-living crisis": a preposition joined by hyphens is inside a word.)
  const on = thing.findIndex(
    (t, k) =>
      k > 0 && t.pos === 'ADP' && !(thing[k - 1].text === '-' && thing[k - 1].end === t.start),
  );
  return thing[(on > 0 ? on : thing.length) - 1];
}

/** "Should the water resources bill become law?" for a bill named by `np`; null for anything else. */
function becomesLaw(np: Token[]): string | null {
  return BILL_NOUNS.has(np.at(-1)?.lower ?? '') ? `Should ${the(np)} become law?` : null;
}
/** Events a camp may oppose being held: "car-free day", "festival", "parade". */
const EVENTS = new Set(['day', 'festival', 'parade', 'fair', 'event', 'race', 'concert', 'rally']);
/** Verbs of facing officials down in person: "heckled over …", "confronted … over …". */
const CONFRONTING = new Set(['heckle', 'grill', 'quiz', 'confront', 'boo', 'jeer', 'barrack']);
/** What brings in what officials are confronted over, or a camp is divided over. */
const REACTED_OVER = new Set(['over', 'about', 'on']);
/** What a procedure runs for: "consultation period", "review process". */
const PROCEDURE_SPANS = new Set(['period', 'process']);

/** "Dover forest development till Mar. 1, 2021" → "Dover forest development": without until when. */
function beforeTime(tokens: Token[]): Token[] {
  const until = tokens.findIndex((t, i) => i > 0 && ['till', 'until', 'by'].includes(t.lower));
  return until > 0 && tokens[until + 1]?.measure ? tokens.slice(0, until) : tokens;
}
/** How a camp stands when it cannot agree: "are divided over …", "remain split on …". */
const DIVIDED = new Set(['divided', 'split', 'torn']);
/** What someone comes "under" over what they did: "under fire over the sale of …". */
const UNDER_REACTION = new Set(['fire', 'pressure', 'attack', 'scrutiny']);
/** Reactions felt "at" what stirs them: "anger at the decision to …". */
const REACTIONS_AT = new Set(['anger', 'outrage', 'fury']);
/**
 * What a headline's reaction or division is over, asked about: "plan to close library" → "Should
 * library be closed?", "plan for a wage cap" → "Should there be a wage cap?", "congestion charge
 * rise" → "Should there be a congestion charge rise?". Null for a plan whose act cannot be asked
 * ("the plan to switch" is no question).
 */
function reactedMatter(matter: Token[]): string | null {
  const planned = plannedAct(matter);
  if (planned) return planned;
  const noun = matter[0]?.pos === 'DET' ? 1 : 0;
  if (PLANNED_ACTS.has(matter[noun]?.lower ?? '')) {
    if (matter[noun + 1]?.lower !== 'for') return null;
    const measure = matter.slice(noun + 2);
    const bare = /^an?$/u.test(measure[0]?.lower ?? '') ? measure.slice(1) : measure;
    return measureNoun(bare) ?? goAhead(measure);
  }
  return measureNoun(matter) ?? foughtThing(matter);
}

/** "a school policy change" → "the school policy change": a thing already named. */
function definite(np: Token[]): Token[] {
  if (!['a', 'an'].includes(np[0]?.lower ?? '')) return np;
  return [theBefore(np[0]), ...np.slice(1)];
}

/** A "the" token made in the place of `word`, for a noun phrase that lacks or swaps its article. */
function theBefore(word: Token): Token {
  return { ...word, text: 'the', lower: 'the', lemma: 'the', pos: 'DET' };
}

/** Verbs of changing a stance, before "stance on" and what it is on. */
const STANCE_CHANGES = new Set(['soften', 'harden', 'change', 'shift', 'reverse']);
/** Verbs of going back on a course, before "on" and what was gone back on. */
const BACKTRACKING = new Set(['backtrack', 'backpedal', 'u-turn', 'retreat']);

/**
 * "Education minister backtracks on blanket ban for earrings in schools" → "Should the blanket
 * ban for earrings in schools go ahead?": a course someone goes back on is the matter, not their
 * going back. Null for any other verb.
 */
function backtrackedOn(verb: Token, rest: Token[]): string | null {
  // ("Hanoi Softens Stance On Motorbike Ban": so is one a stance is softened on.)
  const stance = STANCE_CHANGES.has(verb.lemma) && rest[0]?.lower === 'stance' ? 1 : 0;
  if ((!BACKTRACKING.has(verb.lemma) && !stance) || rest[stance]?.lower !== 'on') return null;
  const on = rest.slice(stance + 1);
  return policyMotion(on, null) ?? goAhead(on);
}

/** Verbs of taking a thing for something: "what they see as …", "what critics call …". */
const SEEING_AS = new Set(['see', 'call', 'describe', 'regard', 'view', 'consider', 'term']);

/** "what they see as a school policy change" → "a school policy change": the thing, unhedged. */
function withoutSeenAs(tokens: Token[]): Token[] {
  const seen = tokens.findIndex((t, i) => i > 0 && i <= 3 && SEEING_AS.has(t.lemma));
  const as = tokens[seen + 1]?.lower === 'as' ? 1 : 0;
  const hedged =
    tokens[0]?.lower === 'what' &&
    seen > 0 &&
    (as === 1 || ['call', 'term'].includes(tokens[seen].lemma)) &&
    tokens.slice(1, seen).every((t) => ['PRON', 'NOUN', 'PROPN', 'DET'].includes(t.pos));
  return hedged ? tokens.slice(seen + 1 + as) : tokens;
}

/** Participles of a reaction voiced: "Objections raised to …", "Concerns voiced over …". */
const VOICED_REACTIONS = new Set(['raised', 'voiced', 'lodged', 'filed', 'aired', 'expressed']);

/** Verbs of lamenting a loss: "decried the loss of …", "mourn the closure of …". */
const LAMENTING = new Set(['decry', 'lament', 'mourn', 'bemoan']);
/** What is lost when a thing closes: "the loss of", "the closure of". */
const LOSSES_LAMENTED = new Set(['loss', 'closure', 'demise', 'end']);
/** Reactions heard or seen: "Cheers ring out as …", "Tears as …". */
const SHOUTED_REACTIONS = new Set(['cheers', 'jeers', 'boos', 'applause', 'jubilation', 'tears']);
/** Reactions a headline may consist of, besides those met: "Row over …", "Uproar at …". */
const HEADLINE_REACTIONS = new Set([
  'row',
  'rows',
  'uproar',
  'outcry',
  'dismay',
  'concern',
  'concerns',
  'fears',
  'worries',
  'trouble',
  'problem',
  // ("Appeal over Ballynure pharmacy": a refusal challenged, then what it refused.)
  'appeal',
]);
/** Protests a crowd holds, besides those of a camp's call: "staged a march", "held a vigil". */
const HELD_PROTESTS = new Set(['march', 'rally', 'demonstration', 'vigil', 'sit-in']);
/** What brings in the thing a headline's reaction is to: "the trouble with …". */
const REACTED_TO = new Set(['over', 'against', 'at', 'about', 'with', 'towards', 'toward']);
const isFiniteVerb = (t: Token) => (t.pos === 'VERB' && !/ing$/u.test(t.lower)) || t.pos === 'AUX';

/** Nouns of a call made on someone: "Pressure for X to …", "Calls for X to …". */
const PRESSING = new Set(['pressure', 'calls', 'call', 'push', 'pleas', 'plea']);

/** Verbs, with their particle, of having one's say on a thing: "sound off", "weigh in". */
const SAYING_ON: Record<string, string> = { sound: 'off', weigh: 'in', speak: 'out' };

/** A headline's verbs of a thing dividing people: "ferry splits communities". */
const SPLITTING = new Set(['splits', 'divides', 'pits']);

/** Verbs of a body dividing over a matter ("splits over", "divided on"), or of people's feeling over one. */
const DIVIDING = new Set([
  'split',
  'divide',
  'splinter',
  // "Tourists baffled over Uluru climb ban": a feeling over a thing, like a division over it.
  'baffle',
  'anger',
  'outrage',
  'upset',
  'confuse',
  'puzzle',
]);

/** Verbs of a reaction meeting a thing: "Outrage greets …", "Mixed reactions trail …". */
const REACTION_ARRIVING = new Set(['greet', 'trail', 'follow', 'meet', 'dog']);

/**
 * "Mixed reactions trail JAMB's cut-off marks", "Outrage greets Kelby parking plan": a reaction
 * that meets a thing names it after its verb, whatever the tagger reads the verb as. The thing
 * asked about; null for any other headline.
 */
function reactionArriving(tokens: Token[]): string | null {
  const arriving = tokens.findIndex(
    (t, i) =>
      i > 0 &&
      i <= 3 &&
      (REACTION_ARRIVING.has(t.lower) || REACTION_ARRIVING.has(verbLemma(t.lower))) &&
      [REACTIONS_MET, RECEPTIONS, HEADLINE_REACTIONS].some((set) => set.has(tokens[i - 1].lower)),
  );
  const met = arriving > 0 ? beforeComma(tokens.slice(arriving + 1)) : [];
  return met.length > 0 ? (policyMotion(met, null) ?? opposedChange(met) ?? goAhead(met)) : null;
}

/** Verbs of a quarrel with someone: "disagreed with … over", "clashed with … over". */
const QUARRELLING = new Set(['disagree', 'clash', 'differ', 'spar', 'quarrel', 'feud', 'wrangle']);

/** Verbs of warning against a thing: "warns against", "cautions against". */
const WARNING = new Set(['warn', 'caution']);

/** Verbs of a camp's fight against a thing. */
const FIGHTING = new Set([
  'fight',
  'oppose',
  'resist',
  'challenge',
  'protest',
  'criticise',
  'criticize',
  'condemn',
  'denounce',
  'slam',
  'blast',
  'decry',
  'deplore',
  // "Sunfish questions new fishing rules": who questions a thing doubts it; who laments it
  // mourns it ("Niger traders lament closure of Madalla roadside market").
  'question',
  'lament',
]);
const WAGING = new Set(['wage', 'launch', 'mount', 'lead']);
const FIGHT_NOUNS = new Set(['fight', 'battle', 'challenge', 'campaign']);
/** Heads of who is criticised rather than what: "Opposition blasts gov't" asks about no measure. */
const CRITICISED_BODIES = new Set(
  "government gov't govt minister ministers president premier mayor council party administration cabinet".split(
    ' ',
  ),
);
/** A day's or a month's name. */
const CALENDAR_WORD =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december)$/u;
/** People a stance may be for, who are never what goes ahead: "support for victims". */
const PEOPLE_SUPPORTED = new Set(
  'victims families residents workers people children patients farmers refugees survivors pensioners students parents villagers locals tenants fishermen'.split(
    ' ',
  ),
);
/** Whether `head` names a body or people, of whom no one asks whether they should go ahead. */
function isNoMatter(head: Token): boolean {
  return CRITICISED_BODIES.has(head.lower) || PEOPLE_SUPPORTED.has(head.lower);
}
/** Verbs that announce a fight to come: "vow to fight", "pledge to oppose". */
const VOWING = new Set(['vow', 'pledge', 'promise', 'threaten', 'plan']);

/**
 * "Anti-pipeline activists vowed to continue to fight the PennEast Pipeline", "Residents vow to
 * fight plan to close library": a group of people fighting a thing → "Should the PennEast
 * Pipeline go ahead?", or the act of a plan they fight. Null for any other clause.
 */
function foughtMatter(verb: Token, rest: Token[], subject: Token[]): string | null {
  // ("Furious residents will keep fighting plans for a pig farm": going on fighting is fighting.)
  // (wink may tag the gerund an adjective.)
  const going = ['keep', 'continue'].includes(verb.lemma) && /ing$/u.test(rest[0]?.lower ?? '');
  const goingOn = going ? { ...rest[0], pos: 'VERB', lemma: gerundLemma(rest[0].lower) } : null;
  if (goingOn && FIGHTING.has(goingOn.lemma)) return foughtMatter(goingOn, rest.slice(1), subject);
  const head = subject[subject.length - 1]?.lower ?? '';
  const group = GROUP_NOUNS.has(head) || CAMPS.has(head);
  // "TikTok to fight Trump over his order to ban its app", "TikTok said it would wage a legal
  // fight against the administration's efforts to ban the service": whoever fights, a measure
  // named in what is fought is the matter.
  const waged = WAGING.has(verb.lemma)
    ? rest.findIndex(
        (t, i) => i < 4 && t.lower === 'against' && FIGHT_NOUNS.has(rest[i - 1]?.lower ?? ''),
      )
    : -1;
  if (waged > 0) return policyMotion(rest.slice(waged + 1), null);
  // "Hoteliers hit out at Calverra's new tourist tax": whoever hits out at a thing fights it.
  if (verb.lemma === 'hit' && rest[0]?.lower === 'out' && rest[1]?.lower === 'at') {
    return foughtThing(rest.slice(2));
  }
  // ("The Senate Chief Whip has disagreed with … Ali Ndume, over the tax reform bills": who
  // quarrels with someone over a thing may be for it or against it; the thing is the matter.)
  const over =
    QUARRELLING.has(verb.lemma) && rest[0]?.lower === 'with'
      ? rest.findIndex((t, i) => i > 1 && ['over', 'about'].includes(t.lower))
      : -1;
  if (over > 0) return foughtThing(rest.slice(over + 1));
  // "Hundreds object to Flamingo Land plans for Loch Lomond": so does whoever objects to it.
  if (verb.lemma === 'object' && rest[0]?.lower === 'to') return foughtThing(rest.slice(1));
  // ("Dal Khalsa warns against construction of Sutlej-Yamuna Link canal": and whoever warns
  // against it.)
  if (WARNING.has(verb.lemma) && rest[0]?.lower === 'against') return foughtThing(rest.slice(1));
  // ("Protestors Say No To Proposed Marsaskala Marina", "Germans say no way to autobahn speed
  // limit": and whoever says no to it.)
  const no = rest[1]?.lower === 'way' ? 2 : 1;
  if (verb.lemma === 'say' && rest[0]?.lower === 'no' && rest[no]?.lower === 'to') {
    return foughtThing(rest.slice(no + 1));
  }
  // ("Sunfish questions new fishing rules": a thing fought by name, whoever fights it.)
  if (!group)
    return FIGHTING.has(verb.lemma) ? (policyMotion(rest, null) ?? foughtThing(rest)) : null;
  let at = 0;
  if (VOWING.has(verb.lemma)) {
    if (rest[0]?.lower !== 'to') return null;
    at = 1;
    if (rest[at]?.lemma === 'continue' && rest[at + 1]?.lower === 'to') at += 2;
    if (!FIGHTING.has(rest[at]?.lemma ?? '')) return null;
    at++;
  } else if (!FIGHTING.has(verb.lemma)) {
    return null;
  }
  // ("protested on Sunday against sand harvesting": when is not what.)
  return foughtThing(withoutLeadingTime(rest.slice(at)));
}

/** Verbs of a relative clause that says who is against a thing: "those who disagree with …". */
const DISAGREEING = new Map([
  ['disagree', 'with'],
  ['object', 'to'],
  ['oppose', ''],
  ['reject', ''],
]);

/**
 * "those who disagree with the southern state's decision to change the weekend … can move to
 * other states": whatever is said of them, what the people named by their disagreement disagree
 * with is the matter → "Should the southern state change the weekend …?".
 */
function disagreersMatter(subject: Token[]): string | null {
  const who = subject.findIndex((t, i) => i > 0 && t.lower === 'who');
  const verb = who > 0 ? subject[who + 1] : undefined;
  const preposition = verb ? DISAGREEING.get(verb.lemma) : undefined;
  if (who < 0 || preposition === undefined) return null;
  const from = preposition === '' ? who + 2 : who + 3;
  if (preposition !== '' && subject[who + 2]?.lower !== preposition) return null;
  const thing = subject.slice(from);
  return thing.length > 0 ? (policyMotion(thing, null) ?? goAhead(thing)) : null;
}

/** Verbs of keeping a thing from going ahead: "scupper merger", "delay eruv project". */
const THWARTING = new Set('scupper derail thwart torpedo delay stall halt block stop'.split(' '));
/** Heads of a disputed thing besides measures and projects: "merger", "plans for …". */
const THWARTED_MATTERS = new Set([
  ...PLANNED_ACTS,
  'merger',
  'development',
  'expansion',
  'application',
]);

/**
 * "Students may scupper merger", "Protests delay eruv project": people, or their objections,
 * standing in the way of a disputed thing → "Should the merger go ahead?". Null when the subject
 * is no crowd or objection, or what is stopped is no disputed thing ("block road").
 */
function thwartedMatter(verb: Token, rest: Token[], subject: Token[]): string | null {
  if (!THWARTING.has(verb.lemma)) return null;
  const head = subject[subject.length - 1]?.lower ?? '';
  if (!GROUP_NOUNS.has(head) && !CAMPS.has(head) && !OBJECTIONS.has(head)) return null;
  const thingHead = headNoun(beforeClause(beforeComma(rest)));
  if (!isMeasureHead(thingHead) && !THWARTED_MATTERS.has(thingHead?.lower ?? '')) return null;
  return foughtThing(rest);
}

/** Prepositions of where a protest is held: "outside the council offices". */
const PLACE_PREPOSITIONS = new Set(['outside', 'at', 'in', 'near', 'inside', 'across', 'around']);

/**
 * "BJP over Uniform Civil Code bill" → "Uniform Civil Code bill": who is attacked over a thing (a
 * name, a body or people) is no part of it.
 */
function withoutAttackedOver(object: Token[]): Token[] {
  const over = object.findIndex((t) => t.lower === 'over');
  const attacked = object.slice(0, over);
  const head = headNoun(attacked);
  const named = attacked.every((t) => t.pos === 'PROPN') || (head && isNoMatter(head));
  return over > 0 && named ? object.slice(over + 1) : object;
}

/** What is fought: a measure its words name, or else the thing, asked whether it should go ahead. */
function foughtThing(all: Token[]): string | null {
  // ("protested against sand harvesting": a fight's "against" is the verb's; so is the "for" of a
  // fight for a thing: "Councillors to fight for Auckland Santa Parade".)
  const object = withoutAttackedOver(
    ['against', 'over', 'for'].includes(all[0]?.lower ?? '') ? all.slice(1) : all,
  );
  // ("hit out at Ecuador for legalising shark fin sales": who is attacked for an act would do it.)
  const target = object.findIndex((t) => t.lower === 'for');
  const blamed = target > 0 ? actBlamedFor(object.slice(0, target), object.slice(target)) : null;
  if (blamed) return blamed;
  // ("protest outside City of York Council offices": where a protest is held is no thing fought.)
  if (PLACE_PREPOSITIONS.has(object[0]?.lower ?? '')) return null;
  // ("sand harvesting which they noted threatens …": the thing, without what is said of it; a
  // "that" clause may say which thing it is: "the gases that farm animals release".)
  const relative = object.findIndex(
    (t, i) => i > 0 && t.lower === 'which' && object[i - 1].pos === 'NOUN',
  );
  const thing = relative > 0 ? object.slice(0, relative) : object;
  return (
    measureDoneAsked(object) ??
    policyMotion(beforeClause(beforeComma(object)), null) ??
    // ("to protest possible elimination of 300-year-old Christian holiday": a change fought is
    // asked as done to its thing.)
    opposedChange(beforeClause(thing)) ??
    goAhead(beforeClause(thing))
  );
}

/**
 * "Ecuador" and "for legalising shark fin sales" → "Should Ecuador legalise shark fin sales?":
 * the act someone is blamed (or praised) for, asked of them. Null unless `rest` opens on "for"
 * and a gerund, and `who` is a noun phrase.
 */
function actBlamedFor(who: Token[], rest: Token[]): string | null {
  const gerund = rest[1];
  if (rest[0]?.lower !== 'for' || !gerund || !/\p{L}{3}ing$/u.test(gerund.lower)) return null;
  if (!['VERB', 'NOUN'].includes(gerund.pos) || ING_NOUNS.has(gerund.lower)) return null;
  if (who.length === 0 || !who.every((t) => NOUN_PHRASE_POS.has(t.pos))) return null;
  const done = shortPredicate(beforeComma(rest.slice(2)));
  if (!done.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) return null;
  return `Should ${the(who)} ${gerundLemma(gerund.lower)} ${words(done)}?`;
}

/**
 * "reforms that would make all judges stand for election" → "Should all judges stand for
 * election?"; "a bill that would close the port" → "Should the port be closed?": what a measure
 * fought or weighed would do is the matter. Null unless the words open on a measure that does
 * something.
 */
function measureDoneAsked(object: Token[]): string | null {
  const does = measureWillDo(object);
  if (!does) return null;
  // (Its first act only: "… and restrict the sale of some animals" is a second.)
  const second = does.object.findIndex(
    (t, i) =>
      i > 0 &&
      t.lower === 'and' &&
      does.object[i + 1]?.pos === 'VERB' &&
      does.object[i + 1].lower === does.object[i + 1].lemma,
  );
  const first = second > 0 ? does.object.slice(0, second) : does.object;
  const done = shortPredicate(beforeComma(first));
  // (A measure that makes people do something asks whether they should.)
  // (wink may tag the bare verb a noun or an adverb: "make teachers reapply/ADV for …".)
  const bare = done.findIndex(
    (t, i) =>
      i > 0 &&
      (['VERB', 'NOUN'].includes(t.pos) || (t.pos === 'ADV' && !/ly$/u.test(t.lower))) &&
      t.lower === t.lemma &&
      done[i - 1].pos === 'NOUN' &&
      /s$/u.test(done[i - 1].lower),
  );
  const made = done.slice(0, bare);
  if (does.verb.lemma !== 'make') return actAsked(does.verb.lemma, done);
  if (bare < 1 || !made.every((t) => ['DET', 'ADJ', 'NOUN', 'PROPN'].includes(t.pos))) {
    return null;
  }
  return `Should ${the(made)} ${words(done.slice(bare))}?`;
}

/**
 * "… oppose four-day school week", "back Welsh Government speed reductions on many roads": the
 * thing a stance is taken on, asked whether it should go ahead; null when it is a body or a
 * person ("blasts gov't") or names nothing. `enacted`: the thing's passage into force was named,
 * so a bill is asked whether it should become law.
 */
function goAhead(object: Token[], enacted = false): string | null {
  const wanted = wantedByActor(beforeComma(object));
  if (wanted) return wanted;
  const np = beforeClause(beforeComma(object));
  // ("closing Elm Street library": an act named by its gerund and object is asked as the act;
  // wink may tag the gerund a noun before a name or an article.)
  // (Not a compound of a gerund and a measure: "tutoring ban".)
  const compound = namesMeasure(np.at(-1)) && np.slice(1).every((t) => t.pos === 'NOUN');
  const gerund =
    /\p{L}{3}ing$/u.test(np[0]?.lower ?? '') &&
    !compound &&
    (np[0].pos === 'VERB' || ['DET', 'PROPN'].includes(np[1]?.pos ?? ''));
  if (np.length > 1 && gerund) {
    const act = gerundAsked([
      { ...np[0], pos: 'VERB', lemma: gerundLemma(np[0].lower) },
      ...np.slice(1),
    ]);
    if (act) return act;
  }
  // ("the possible tightening of restrictions": so is an act named by its gerund with "of"
  // before its object.)
  const ofObject = np.findIndex((t, i) => i > 0 && t.lower === 'of');
  const nominal = np[ofObject - 1];
  if (
    nominal &&
    /\p{L}{3}ing$/u.test(nominal.lower) &&
    !ING_NOUNS.has(nominal.lower) &&
    // (How a measure is pushed through is its own question: "railroading of …", below.)
    !PUSHING_THROUGH.has(nominal.lower) &&
    gerundLemma(nominal.lower) !== nominal.lower &&
    np.slice(0, ofObject - 1).every((t) => t.pos === 'DET' || t.pos === 'ADJ')
  ) {
    const act = gerundAsked([
      { ...nominal, pos: 'VERB', lemma: gerundLemma(nominal.lower) },
      ...np.slice(ofObject + 1),
    ]);
    if (act) return act;
  }
  // "a petition opposing new stained-glass window designs for Notre-Dame": what a petition or a
  // campaign opposes is the thing, not the petition.
  const against = np.findIndex((_, i) => carrierOpposing(np, i));
  if (against >= 0 && against + 2 < np.length) return goAhead(np.slice(against + 2));
  // "formal backing for reconciliation bill": what a camp's backing or opposition is for.
  const stance = np.findIndex(
    (t, i) => CAMP_STANCES.has(t.lower) && ['for', 'to', 'of'].includes(np[i + 1]?.lower ?? ''),
  );
  if (stance >= 0 && stance + 2 < np.length) return goAhead(np.slice(stance + 2));
  // ("divided over heated budget debate on defunding police": what a debate or a row is on.)
  const debated = np.findIndex(
    (t, i) => DEBATES.has(t.lower) && ['on', 'over', 'about'].includes(np[i + 1]?.lower ?? ''),
  );
  if (debated >= 0 && debated + 2 < np.length) return goAhead(np.slice(debated + 2));
  // ("the use of ballot papers instead of voting machines": the use of a thing is asked as its
  // being used.)
  const useOf = np.findIndex(
    (t, i) =>
      t.lower === 'use' &&
      np[i + 1]?.lower === 'of' &&
      np.slice(0, i).every((w) => w.pos === 'DET' || w.pos === 'ADJ'),
  );
  const usedThing = np.slice(useOf + 2);
  const usedHead = leadingNounPhrase(usedThing).at(-1);
  if (useOf >= 0 && (usedHead?.pos === 'NOUN' || usedHead?.pos === 'PROPN')) {
    const rest = usedThing.slice(leadingNounPhrase(usedThing).length);
    const thing = words(leadingNounPhrase(usedThing));
    return `Should ${thing} be used${rest.length > 0 ? ` ${words(rest)}` : ''}?`;
  }
  // ("country parks use for housing": a thing's use for a purpose is asked as its being used.)
  const use = np.findIndex((t, i) => i > 0 && t.lower === 'use' && np[i + 1]?.lower === 'for');
  const used = np.slice(0, use);
  // (Up to a headline's second verb: "…, boycott meet" read as "and boycott meet".)
  const purposeEnd = np.findIndex(
    (t, i) => i > use + 1 && t.lower === 'and' && np[i + 1]?.pos === 'VERB',
  );
  const purpose = np.slice(use + 1, purposeEnd > 0 ? purposeEnd : np.length);
  if (use > 0 && used.every((t) => ['NOUN', 'PROPN', 'ADJ', 'DET'].includes(t.pos))) {
    return `Should ${words(used)} be used ${words(purpose)}?`;
  }
  const doers = peopleWhoDo(np);
  if (doers) return doers;
  // ("Railroading of Mandatory ROTC Bill": how a bill is pushed through is no thing of its own.)
  const pushed = np[0]?.pos === 'DET' ? 1 : 0;
  if (PUSHING_THROUGH.has(np[pushed]?.lower ?? '') && np[pushed + 1]?.lower === 'of') {
    return goAhead(np.slice(pushed + 2));
  }
  // ("CBCP slams passage of divorce bill at the House": a bill passed is asked whether it should
  // become law; anything else passed, whether it should go ahead.)
  if (ENACTING.has(np[pushed]?.lower ?? '') && np[pushed + 1]?.lower === 'of') {
    return goAhead(np.slice(pushed + 2), true);
  }
  const stop = np.findIndex(
    (t, i) =>
      i > 0 &&
      (((t.pos === 'ADP' || t.pos === 'SCONJ') &&
        t.lower !== 'of' &&
        !insideName(np, i) &&
        // ("smart meter roll-out": a particle joined by a hyphen is its word's.)
        !(np[i - 1].text === '-' && np[i - 1].end === t.start) &&
        // ("proposed changes to a nitrates derogation": a change's "to" names what it changes.)
        !(['to', 'in'].includes(t.lower) && CHANGE_NOUNS.has(np[i - 1].lower)) &&
        // ("the switch from right to left": a switch's "from" and "to" say what it is.)
        !(['from', 'to'].includes(t.lower) && switchedFrom(np, i)) &&
        // ("plans for a north Manchester eruv": a plan's "for" names what is planned.)
        !(t.lower === 'for' && PLANS_FOR.has(np[i - 1].lower)) &&
        // ("a deal signed with Israel": a participle after its noun takes its preposition.)
        !(pastParticipleForm(np[i - 1]) && np[i - 2]?.pos === 'NOUN' && t.lower !== 'by') &&
        // ("slaughter of more than 1,400 dolphins": a count's "than" is no preposition.)
        !(t.lower === 'than' && ['more', 'fewer', 'less'].includes(np[i - 1].lower)) &&
        // ("a compromise aimed at protecting journalists' sources": what a thing is meant for.)
        !(['at', 'to', 'for'].includes(t.lower) && PURPOSE_WORDS.has(np[i - 1].lower)) &&
        // ("works on SGR's Nairobi national park route": works need where they are done.)
        !(['on', 'at'].includes(t.lower) && WORKS.has(np[i - 1].lower)) &&
        // ("a proposed takeover by the Indian Adani Group": who takes over is the deal's own.)
        !(t.lower === 'by' && TAKEOVER_NOUNS.has(np[i - 1].lower))) ||
        // "rent control proposal ahead of the council's vote": when, not what.
        (t.lower === 'ahead' && np[i + 1]?.lower === 'of') ||
        // ("the Ravi Riverfront Urban Development Project of the government": whose it is.)
        (t.lower === 'of' &&
          np[i + 1]?.lower === 'the' &&
          INSTITUTION_HEADS.has(np[i + 2]?.lower ?? '') &&
          i + 3 === np.length) ||
        // ("a deal signed with Israel that will reportedly see …": what a relative clause says of
        // a thing already named by its participle; "the gases that farm animals release" and
        // "reforms that would allow fees" are named by theirs.)
        (['that', 'which'].includes(t.lower) &&
          ['NOUN', 'PROPN'].includes(np[i - 1].pos) &&
          np.slice(1, i).some((w, k) => pastParticipleForm(w) && np[k].pos === 'NOUN')) ||
        // ("to oppose the current government and call for …": a second act, not more of the thing.)
        // (wink may tag a bare verb before its "for" a noun: "and call/NOUN for …".)
        (t.lower === 'and' &&
          np[i + 1]?.lower === np[i + 1]?.lemma &&
          (np[i + 1]?.pos === 'VERB' ||
            (np[i + 1]?.pos === 'NOUN' && np[i + 2]?.lower === 'for'))) ||
        // "smart meter roll-out – Council – News": a spaced dash ends the thing.
        /^[–—]$/u.test(t.text)),
  );
  const thing = stop > 0 ? np.slice(0, stop) : np;
  if (!thing.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) return null;
  if (isNoMatter(thing[thing.length - 1])) return null;
  // ("meeting on Tuesday": a day is when, not what.)
  if (thing.every((t) => t.pos === 'DET' || CALENDAR_WORD.test(t.lower))) return null;
  // ("signed a petition to the council": a petition or a letter only carries a call; without
  // what it calls for it names no matter.)
  if (CARRIED_CALLS.has(thing[thing.length - 1].lower)) return null;
  // ("Protest over court ruling": a ruling or a verdict stands or falls; it does not go ahead.)
  const head = headBeforePreposition(thing)?.lower ?? '';
  if (RULINGS.has(head)) return `Should ${the(thing)} stand?`;
  // ("protesting against the “rush” with which the legislation was being handled": how a thing
  // is done is no thing of its own.)
  // ("protests over the government's handling of an economic crisis", "Matatu Owners Frustrated
  // Over Industry's Seat Belt Shortage": nor is how a body handles a thing, or a want of it.)
  const unquoted = thing.filter((t) => !isAnyQuoteMark(t));
  if (unquoted.length <= 2 && MANNERS.has(unquoted.at(-1)?.lower ?? '')) return null;
  // ("to protest against a cost-of-living crisis", "strike over cost of living": nor is a
  // hardship people suffer, or a wrong they fear: "amid concerns over abuse".)
  if (HANDLINGS_AND_WANTS.has(head) || HARDSHIPS.has(head) || WRONGS.has(head)) return null;
  return (enacted ? becomesLaw(thing) : null) ?? `Should ${the(thing)} go ahead?`;
}

/** Verbs of meaning to do a thing: "the changes the government wanted to make". */
const MEANING_TO = new Set(['want', 'plan', 'propose', 'seek', 'hope', 'intend']);

/**
 * "changes the government wanted to make to the parliament's rules" → "Should the government make
 * changes to the parliament's rules?": a thing someone meant to do, told in a relative clause
 * without its "that", is asked of who would do it. Null unless nouns are followed by "the" and
 * a noun, a verb of meaning to, "to" and a verb.
 */
function wantedByActor(np: Token[]): string | null {
  const at = np.findIndex((t, i) => i > 0 && t.lower === 'the');
  const thing = np.slice(0, at);
  if (at < 1 || !thing.every((t) => t.pos === 'NOUN' || t.pos === 'ADJ')) return null;
  const meant = np.findIndex((t, i) => i > at + 1 && i <= at + 4 && MEANING_TO.has(t.lemma));
  const actor = np.slice(at, meant);
  const verb = np[meant + 2];
  if (
    meant < 0 ||
    !actor.slice(1).every((t) => t.pos === 'NOUN' || t.pos === 'PROPN') ||
    np[meant + 1]?.lower !== 'to' ||
    verb?.pos !== 'VERB' ||
    verb.lower !== verb.lemma
  ) {
    return null;
  }
  const rest = np.slice(meant + 3);
  return `Should ${the(actor)} ${verb.lemma} ${words([...thing, ...rest])}?`;
}

/**
 * "teachers who continue to enforce rigid haircut requirements" → "Should teachers enforce
 * rigid haircut requirements?": people named by what they do; whether they should do it is the
 * matter. Null unless plain nouns are followed by "who" and a verb.
 */
function peopleWhoDo(np: Token[]): string | null {
  const who = np.findIndex((t, i) => i > 0 && t.lower === 'who');
  const people = np.slice(np[0]?.pos === 'DET' ? 1 : 0, who);
  if (who < 1 || !people.every((t) => ['ADJ', 'NOUN'].includes(t.pos))) return null;
  // ("who still …", "who continue to …", "who keep …": going on doing it is doing it.)
  let act = who + 1;
  if (np[act]?.lower === 'still') act += 1;
  if (['continue', 'keep'].includes(np[act]?.lemma ?? '')) {
    act += np[act + 1]?.lower === 'to' ? 2 : 1;
  }
  const verb = np[act];
  if (verb?.pos !== 'VERB' || people.length === 0) return null;
  const lemma = /ing$/u.test(verb.lower) ? gerundLemma(verb.lower) : verb.lemma;
  const object = shortPredicate(np.slice(act + 1));
  return object.length > 0 ? `Should ${words(people)} ${lemma} ${words(object)}?` : null;
}

/** Nouns in "-ing" that name no act done to what follows their "of": "the meeting of …". */
const ING_NOUNS = new Set(
  'meeting hearing sitting ruling finding briefing gathering string thing morning evening ceiling warning'.split(
    ' ',
  ),
);
/** Nouns of how a thing is done: "the rush with which …", "the haste". */
const MANNERS = new Set(['rush', 'haste', 'manner', 'speed', 'pace']);
/** Nouns of how a body deals with a thing, or of a want of it: "its handling of", "shortage". */
const HANDLINGS_AND_WANTS = new Set(
  'handling mishandling management mismanagement shortage shortages lack scarcity dearth'.split(
    ' ',
  ),
);
/** Hardships people suffer, which no one decides: "a cost-of-living crisis", "the cost of living". */
const HARDSHIPS = new Set(
  'crisis crises cost costs inflation poverty hardship hardships hunger unemployment recession'.split(
    ' ',
  ),
);
/** Wrongs people fear, which no one proposes: "concerns over abuse", "fears of corruption". */
const WRONGS = new Set(
  'abuse abuses corruption fraud exploitation trafficking violence misconduct negligence harassment'.split(
    ' ',
  ),
);
/** How a measure is pushed through: "railroading of …", "fast-tracking of …". */
const PUSHING_THROUGH = new Set([
  'railroading',
  'fast-tracking',
  'rushing',
  'ramming',
  'steamrolling',
]);
/** A measure's way into force: "passage of the divorce bill", "enactment of …". */
const ENACTING = new Set(['passage', 'passing', 'enactment', 'adoption', 'approval']);
/** Building work, named with where it is done: "works on the route", "construction at …". */
const WORKS = new Set(['works', 'work', 'construction', 'building', 'roadworks']);
/** Plans whose "for" names what is planned: "plans for a north Manchester eruv". */
const PLANS_FOR = new Set(
  'plan plans proposal proposals application applications scheme bid bids'.split(' '),
);

/** Deals whose "by" names who makes them: "a takeover by …". */
const TAKEOVER_NOUNS = new Set(['takeover', 'acquisition', 'purchase', 'buyout', 'bid', 'lease']);

/** Nouns of going over from one way to another: "the switch from right to left". */
const SWITCH_NOUNS = new Set(['switch', 'shift', 'transition', 'changeover', 'conversion']);

/** Whether `np[at]` ("from", "to") belongs to a switch before it: "switch from right to left". */
function switchedFrom(np: Token[], at: number): boolean {
  const before = np.slice(Math.max(0, at - 4), at);
  return before.some(
    (t, k) =>
      SWITCH_NOUNS.has(t.lower) &&
      (k === before.length - 1 || before.slice(k + 1).some((w) => w.lower === 'from')),
  );
}

/** Nouns of a change, whose "to" or "in" names what is changed. */
const CHANGE_NOUNS = new Set(
  'change changes amendment amendments cut cuts increase increases rise rises reform reforms'.split(
    ' ',
  ),
);

/**
 * "1300 locals sign petition against Storm Bay salmon farm expansion plans" → "Should the Storm
 * Bay salmon farm expansion plans go ahead?": what a petition or a campaign a headline names is
 * against is the matter, whatever is done with the petition. Null when none is named.
 */
function opposedByCarrier(tokens: Token[]): string | null {
  const at = tokens.findIndex((_, i) => carrierOpposing(tokens, i));
  const against = at >= 0 ? thingBeforeOwnVerb(tokens[at], tokens.slice(at + 2)) : null;
  return against && against.length > 0 ? goAhead(against) : null;
}

/**
 * "More protests against investors interrupt matches in German football": reactions (or their
 * carriers) with a verb of their own after what they are against did something; what they are
 * against is the matter only when it names a measure. The words before such a verb, or all of
 * `against` when there is none; null when what comes before it names no measure.
 */
function thingBeforeOwnVerb(reaction: Token, against: Token[]): Token[] | null {
  if (!/s$/u.test(reaction.lower)) return against;
  // (A verb with an object after it: not "Objections raised to Kelby surf club upgrade", whose
  // last noun the tagger may read as a verb.)
  const own = against.findIndex(
    (t, i) =>
      t.pos === 'VERB' &&
      t.lower === t.lemma &&
      against[i - 1]?.pos === 'NOUN' &&
      // (The tagger may read the object's plural as a verb too: "interrupt matches".)
      (NOUN_PHRASE_POS.has(against[i + 1]?.pos ?? '') || against[i + 1]?.pos === 'VERB'),
  );
  if (own < 0) return against;
  const thing = against.slice(0, own);
  return isMeasureHead(headNoun(thing)) ? thing : null;
}

/** Whether `tokens[at]` is a petition or a campaign followed by "opposing" or "against". */
function carrierOpposing(tokens: Token[], at: number): boolean {
  return (
    OPPOSING_CARRIERS.has(tokens[at]?.lower ?? '') &&
    ['opposing', 'against'].includes(tokens[at + 1]?.lower ?? '')
  );
}

/** A camp's stance named as a thing: "backing for …", "opposition to …". */
const CAMP_STANCES = new Set(['backing', 'support', 'opposition', 'objection', 'objections']);

/** What carries a camp's opposition to a thing: "a petition opposing …", "a campaign against …". */
const OPPOSING_CARRIERS = new Set([
  'petition',
  'petitions',
  'campaign',
  'lawsuit',
  'protest',
  'protests',
  'referendum',
  'proposal',
  'motion',
  'resolution',
]);

const CAMPS = new Set(
  'opponents critics environmentalists protesters objectors staff groups lawmakers legislators councillors councilors opposition'.split(
    ' ',
  ),
);

/** "hosepipe ban as reservoirs fall" → "hosepipe ban": a clause of time or reason is not the measure. */
function beforeClause(tokens: Token[]): Token[] {
  const at = tokens.findIndex(
    (t, i) => i > 0 && CLAUSE_OPENERS.has(t.lower) && ['NOUN', 'PROPN'].includes(tokens[i - 1].pos),
  );
  return at > 0 ? tokens.slice(0, at) : tokens;
}

const CLAUSE_OPENERS = new Set(['as', 'because', 'while', 'amid', 'since', 'when']);

/** The tokens before the first comma. */
function beforeComma(all: Token[]): Token[] {
  const tokens = withoutAsideBeforeComplement(all);
  const comma = tokens.findIndex((t, i) => t.text === ',' && !insideQuote(tokens, i));
  return comma > 0 ? tokens.slice(0, comma) : tokens;
}

/**
 * "the Bill for ‘One Nation, One Election’": whether the token at `i` is inside a title opened
 * by a curly quotation mark and not closed before it (a closing mark may also be an apostrophe,
 * which only ever makes this say no).
 */
function insideQuote(tokens: Token[], i: number): boolean {
  const open = tokens.slice(0, i).findLastIndex((t) => /[‘“]/u.test(t.text));
  return open >= 0 && !tokens.slice(open + 1, i).some((t) => /[’”]/u.test(t.text));
}

/** Without a closing "on Thursday" / "next year": when is not part of what is done. */
function withoutTime(tokens: Token[]): Token[] {
  let end = tokens.length;
  while (end > 0 && tokens[end - 1].measure) end--;
  if (end < tokens.length && tokens[end - 1]?.pos === 'ADP') end--;
  return end > 0 ? tokens.slice(0, end) : tokens;
}

/**
 * Headlines write "and" as a comma before the last item: "… in public institutions, government
 * offices" → "… in public institutions and government offices".
 */
function headlineCommaAnd(tokens: Token[], origin: MotionOrigin): Token[] {
  if (origin !== 'HEADLINE') return tokens;
  const comma = tokens.map((t) => t.text).lastIndexOf(',');
  if (comma <= 0 || comma === tokens.length - 1) return tokens;
  const tail = tokens.slice(comma + 1);
  // ("… from accessing, posting news": so is a comma between two gerunds that share an object.)
  // (wink may tag the first a noun: "reading/NOUN, sharing news".)
  const gerund = (t: Token, pos: string[]) => pos.includes(t.pos) && /\p{L}{2}ing$/u.test(t.lower);
  const gerunds = gerund(tokens[comma - 1], ['VERB', 'NOUN']) && gerund(tail[0], ['VERB']);
  if (!gerunds && !tail.every((t) => ['ADJ', 'NOUN', 'PROPN', 'DET'].includes(t.pos))) {
    return tokens;
  }
  // Offsets moved off the previous word, so the text joins with spaces round "and".
  const and = { ...tokens[comma], text: 'and', start: tokens[comma].start + 1 };
  // ("ban burkas in public, other face coverings": "other" things are of a noun's kind; with no
  // noun before the comma, they join the noun before its phrase → "burkas and other face
  // coverings in public".)
  const phrase = tokens.map((t) => t.pos).lastIndexOf('ADP', comma);
  const otherOfNoun =
    tail[0]?.lower === 'other' &&
    tokens[comma - 1].pos !== 'NOUN' &&
    phrase > 0 &&
    tokens[phrase - 1].pos === 'NOUN';
  if (otherOfNoun) {
    return [...tokens.slice(0, phrase), and, ...tail, ...tokens.slice(phrase, comma)];
  }
  return [...tokens.slice(0, comma), and, ...tail];
}

/** Whether the word at `i` is a noun, or a name that is no day ("ban proposed Monday"). */
function namesThingAt(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t?.pos === 'NOUN') return true;
  return t?.pos === 'PROPN' && !WEEKDAY_NAMES.has(t.lower);
}

/**
 * wink tags "plans" in "The government plans to raise …" and "votes" in "Harbourton votes to
 * ban …" as nouns: a verb that takes "to" and another verb is read as the verb it is; so is a
 * measure verb after the subject of a headline ("Federation bans heading in …").
 */
function asHeadlineVerbs(tokens: Token[]): Token[] {
  const verbAt = mainVerbIndex(tokens);
  return tokens.map((t, i) => {
    // "Cafe owners challenge ban …": after a plural subject the verb has no "-s".
    // ("Experts task FG on …": a headline's first word may be tagged a name.)
    const afterPlural =
      t.lower === t.lemma &&
      i > 0 &&
      (tokens[i - 1].pos === 'NOUN' || (i === 1 && tokens[0].pos === 'PROPN')) &&
      /[^s]s$/u.test(tokens[i - 1].lower);
    // "MPs back historic smoking ban": wink may tag "back" an adverb after a plural name
    // ("Swiss residents narrowly back …": or after its manner adverb).
    const plural = (k: number) => /[^s]s$/u.test(tokens[k]?.lower ?? '');
    const backedAt = (k: number) =>
      tokens[k]?.pos === 'ADV' &&
      tokens[k].lower === 'back' &&
      k > 0 &&
      (plural(k - 1) || (isMannerAdverb(tokens[k - 1]) && plural(k - 2)));
    // ("MPs back bill to outlaw …": so is "back" before a plan or a bill wink reads as a verb,
    // which is the noun backed.)
    const backedMeasure = (k: number) =>
      tokens[k]?.pos === 'VERB' &&
      (PLANNED_ACTS.has(tokens[k].lower) || BILL_NOUNS.has(tokens[k].lower)) &&
      tokens[k + 1]?.lower === 'to';
    if (
      backedAt(i) &&
      (['ADJ', 'NOUN', 'DET'].includes(tokens[i + 1]?.pos ?? '') || backedMeasure(i + 1))
    ) {
      return { ...t, pos: 'VERB' };
    }
    if (backedAt(i - 1) && backedMeasure(i)) return { ...t, pos: 'NOUN', lemma: t.lower };
    if (callsOnAt(tokens, i, verbAt)) return { ...t, pos: 'VERB' };
    if (t.pos !== 'NOUN' || !(/s$/u.test(t.lower) || afterPlural)) return t;
    // (Not after a preposition: "in crisis over plans to ban gas boilers" names the plans.)
    const control =
      CONTROL_VERBS.has(t.lemma) &&
      tokens[i - 1]?.pos !== 'ADP' &&
      tokens[i + 1]?.lower === 'to' &&
      tokens[i + 2]?.pos === 'VERB';
    const next = tokens[i + 1]?.pos ?? '';
    const measure =
      i > 0 &&
      (verbAt < 0 || verbAt > i) &&
      ['NOUN', 'PROPN'].includes(tokens[i - 1].pos) &&
      // "Judge blocks Delmont law …": the object may open with a name.
      // Not before a participle: "E-scooters ban proposed …" is the ban's passive.
      (((MEASURE_VERBS.has(t.lemma) || DROPPING.has(verbLemma(t.lower))) &&
        // ("… boss halts $84bn maglev railway scheme": or an amount.)
        ['NOUN', 'PROPN', 'VERB', 'DET', 'ADJ', 'NUM', 'SYM'].includes(next) &&
        // ("Australia bans engineered stone …", "LHC scraps celebrated Ravi riverfront project":
        // one before its own noun or name describes it.)
        !(next === 'VERB' && pastParticipleForm(tokens[i + 1]) && !namesThingAt(tokens, i + 2))) ||
        // "Gavin Newsom signs contentious bill …": what a named person does to a measure (not
        // "road signs", after a common noun).
        (LAWMAKING_VERBS.has(t.lemma) &&
          tokens[i - 1].pos === 'PROPN' &&
          ['DET', 'ADJ', 'NOUN', 'PROPN'].includes(next)) ||
        // "Barking council tests dog poo DNA to trace …": a measure tried out follows who tries it.
        // (Not "Council tests show high lead levels": tests that find things are findings.)
        (TRYING_OUT.has(t.lemma) &&
          ['NOUN', 'PROPN', 'DET', 'ADJ', 'NUM'].includes(next) &&
          !FINDING.has(tokens[i + 1].lemma) &&
          !['reveal', 'confirm'].includes(tokens[i + 1].lemma)) ||
        // "Court halts upgrade of Narok towns", "Pakistan court orders removal of ban on PUBG":
        // what a court stops or orders follows the court.
        ((STOPPING.has(t.lemma) || DIRECTING.has(t.lemma)) &&
          isJudicial(tokens[i - 1]) &&
          next !== 'ADP') ||
        // "Atlanta City Council debates ban on …": what a body weighs follows the weighing.
        (DELIBERATING.has(t.lemma) && /s$/u.test(t.lower) && ['NOUN', 'DET'].includes(next)) ||
        // "Experts task FG on abolition of …": a body taken to task follows the verb.
        ((TAKING_TO_TASK.has(t.lemma) || PRAISE_OR_BLAME.has(t.lemma)) &&
          ['PROPN', 'DET'].includes(next)) ||
        (PARTY_VERBS.has(t.lemma) &&
          (['PROPN', 'DET', 'NUM', 'SYM'].includes(next) ||
            (verbAt < 0 && ['NOUN', 'ADJ'].includes(next)))));
    // "Porthallow votes on 18 June on whether to bring in a charge": a deciding verb whose
    // "whether to" follows closely.
    const deciding =
      DECIDING_VERBS.has(t.lemma) &&
      i > 0 &&
      (verbAt < 0 || verbAt > i) &&
      ['NOUN', 'PROPN'].includes(tokens[i - 1].pos) &&
      tokens
        .slice(i + 1, i + 2 + BEFORE_WHETHER)
        .some((w, k, a) => w.lower === 'whether' && a[k + 1]?.lower === 'to');
    // "Liberal bill requiring Google and Meta to pay for news content passes in Senate": a
    // bill's way through a legislature, after the bill's own words (whatever verb they hold).
    const progress =
      BILL_PROGRESS.has(t.lemma) &&
      /s$/u.test(t.lower) &&
      i > 2 &&
      tokens[i - 1].pos === 'NOUN' &&
      tokens.slice(0, i).some((w) => BILL_NOUNS.has(w.lower)) &&
      ['ADP', 'PROPN', ''].includes(next);
    // "Westham Chairman fumes as UK gov't plans to …": an "-s" word after the subject, before
    // an "as" clause with its own verb, is the headline's verb.
    // ("Patcham residents fume as …": after a plural subject, its bare verb.)
    const beforeAs =
      i > 0 &&
      (/[^s']s$/u.test(t.lower) || afterPlural) &&
      (verbAt < 0 || verbAt > i) &&
      ['NOUN', 'PROPN'].includes(tokens[i - 1].pos) &&
      next !== '' &&
      tokens.slice(i + 1).some((w, k) => w.lower === 'as' && ownClauseAfter(tokens, i + 1 + k, 6));
    // "Kelsby dockers strike over automated cranes": a crowd's protest, after the crowd, before
    // what it is over.
    const protest =
      afterPlural &&
      (PROTESTING.has(t.lemma) || t.lemma === 'strike') &&
      ['over', 'against', 'at'].includes(tokens[i + 1]?.lower ?? '');
    // ("Egypt Court Rules Against Handing Islands …": a body's ruling against, likewise.)
    const ruling =
      i > 0 &&
      ['NOUN', 'PROPN'].includes(tokens[i - 1].pos) &&
      DECIDING_AGAINST.has(t.lemma) &&
      tokens[i + 1]?.lower === 'against';
    // "Court rules fishing ban unconstitutional": what a court pronounces a thing.
    const pronounced =
      PRONOUNCING.has(t.lemma) &&
      /s$/u.test(t.lower) &&
      isJudicial(tokens[i - 1]) &&
      (verbAt < 0 || verbAt > i) &&
      tokens.slice(i + 1, i + 1 + PRONOUNCED_WORDS).some((w) => LEGAL_VERDICTS.has(w.lower));
    // "Kenora city council votes against anti-loitering bylaw": a body's vote for or against.
    const voting =
      t.lower === 'votes' &&
      i > 0 &&
      (verbAt < 0 || verbAt > i) &&
      ['NOUN', 'PROPN'].includes(tokens[i - 1].pos) &&
      (['against', 'for'].includes(tokens[i + 1]?.lower ?? '') ||
        // ("Council votes on scrapping bus lane": or on an act named by its gerund.)
        (tokens[i + 1]?.lower === 'on' && /\p{L}ing$/u.test(tokens[i + 2]?.lower ?? '')));
    // ("Saudi Arabia scales back megacity plans": a verb with its particle, before what it acts on.)
    const phrasal =
      i > 0 &&
      /[^s']s$/u.test(t.lower) &&
      (verbAt < 0 || verbAt > i) &&
      ['NOUN', 'PROPN'].includes(tokens[i - 1].pos) &&
      // (A court's "Strikes Down" has readings of its own.)
      !isJudicial(tokens[i - 1]) &&
      PARTICLES.has(tokens[i + 1]?.lower ?? '') &&
      ['DET', 'ADJ', 'NOUN', 'NUM'].includes(tokens[i + 2]?.pos ?? '');
    return control ||
      phrasal ||
      measure ||
      deciding ||
      progress ||
      beforeAs ||
      protest ||
      ruling ||
      voting ||
      pronounced
      ? // ("shelves": wink's lemma is the noun's, "shelf".)
        {
          ...t,
          pos: 'VERB',
          lemma: DROPPING.has(verbLemma(t.lower)) ? verbLemma(t.lower) : t.lemma,
        }
      : t;
  });
}

/**
 * "Strike forces Peruvian Congress to repeal …", "workers pressured Congress to repeal …": a call
 * on someone to act, after its subject and before whom it calls on and their "to", which wink
 * may tag a noun or an adjective.
 */
function callsOnAt(tokens: Token[], i: number, verbAt: number): boolean {
  const t = tokens[i];
  const to = tokens.findIndex((w, k) => k > i + 1 && w.lower === 'to');
  return (
    ['NOUN', 'ADJ'].includes(t.pos) &&
    CALLING_ON.has(t.lemma) &&
    /(?:s|ed)$/u.test(t.lower) &&
    i > 0 &&
    ['NOUN', 'PROPN'].includes(tokens[i - 1].pos) &&
    (verbAt < 0 || verbAt > i) &&
    ['PROPN', 'DET', 'NOUN'].includes(tokens[i + 1]?.pos ?? '') &&
    to > 0 &&
    to - i <= CALLED_ON_WORDS &&
    tokens[to + 1]?.pos === 'VERB' &&
    tokens.slice(i + 1, to).every((w) => w.pos !== 'VERB' && w.pos !== 'AUX')
  );
}

/** Verbs of deciding that take "on whether to …", which a tagger may read as plural nouns. */
const DECIDING_VERBS = new Set(['vote', 'decide', 'debate', 'rule', 'consult']);

/** What is done to a measure by its makers: "signs", "vetoes", "passes" a bill. */
const LAWMAKING_VERBS = new Set([
  'sign',
  'veto',
  'pass',
  'unveil',
  'propose',
  'introduce',
  // "France orders every driver to carry …": what a named state makes people do.
  'order',
  'require',
  'force',
]);
/** Verbs of paying a sum, which an infinitive after the sum says what for. */
const PAYING = new Set(['pay', 'spend']);
/** Verbs of trying a measure out: "council tests dog poo DNA", "city trials four-day week". */
const TRYING_OUT = new Set(['test', 'trial', 'pilot']);
/** Verbs of acting on a measure, which a tagger may read as plural nouns after a subject. */
const MEASURE_VERBS = new Set(
  'ban limit cap close approve reject back raise cut lift scrap end stop restrict outlaw tax bar block halt suspend overturn veto uphold drop ditch axe retire rename adopt'.split(
    ' ',
  ),
);
/**
 * Verbs of acting on a party or a decision ("France fines Google …", "Google appeals $1.7
 * billion fine"), which also make compound nouns ("the appeals court"): read as the verb only
 * before a name, a determiner or a sum, or when the headline has no other verb.
 */
const PARTY_VERBS = new Set(
  'fine hit sue sanction appeal challenge contest slam blast condemn criticise criticize question lament attack'.split(
    ' ',
  ),
);

/** "from June 15, wearing a face covering" → "wearing a face covering". */
function afterFrontedAdverbial(tokens: Token[]): Token[] {
  const comma = tokens.findIndex((t) => t.text === ',');
  if (comma > 0 && comma <= 5 && tokens[0].pos === 'ADP') return tokens.slice(comma + 1);
  return tokens;
}

/**
 * "Julia Carroll's plan to increase the fee … and relabel it a sanitation charge came under fire
 * at Saturday's workshop": how a plan fared, told by a past verb after its infinitive's last
 * noun, is left out; the plan is the matter.
 */
function planFared(tokens: Token[]): Token[] {
  // ("Colorado's ongoing effort to put guardrails around … ran into a snag": an attempt too.)
  const to = tokens.findIndex(
    (t, i) =>
      t.lower === 'to' &&
      tokens[i + 1]?.pos === 'VERB' &&
      (PLANNED_ACTS.has(tokens[i - 1]?.lower ?? '') || ATTEMPTS.has(tokens[i - 1]?.lower ?? '')),
  );
  if (to < 1) return tokens;
  const fared = tokens.findIndex(
    (t, i) =>
      i > to + 2 &&
      SIMPLE_PAST.has(t.lower) &&
      ['NOUN', 'PROPN', 'NUM'].includes(tokens[i - 1].pos),
  );
  if (fared < 0) return tokens;
  // "Mayor Ida Lund's plan to raise …": the plan's owner is who would act.
  const owned = to >= 3 && possessiveMark(tokens[to - 2]);
  return owned
    ? [...tokens.slice(0, to - 2), ...tokens.slice(to + 1, fared)]
    : tokens.slice(0, fared);
}

/** "in a move that …": what the news was, said after the act. */
const NEWS_OF_ACT = new Set(['move', 'bid', 'decision', 'step', 'vote', 'ruling', 'first']);

/** "…, transport secretary declares": the reporting clause at the end of a headline. */
function stripReportingTail(whole: Token[]): Token[] {
  // "has voted to stop referring to January 26 as Australia Day in a move that has come under
  // immediate fire": the move is the act itself, and what befell it is news.
  const move = whole.findIndex(
    (t, i) =>
      i > 3 &&
      t.lower === 'in' &&
      ['a', 'an', 'what'].includes(whole[i + 1]?.lower ?? '') &&
      NEWS_OF_ACT.has(whole[i + 2]?.lower ?? ''),
  );
  const all = move > 0 ? whole.slice(0, move) : whole;
  // "…, and critics said the cost was too high": a report joined on is cut with what it says.
  const joined = joinedReport(all);
  const tokens = planFared(joined > 0 ? all.slice(0, joined) : all);
  // "…, according to a survey published by the board on Wednesday": a source, however long.
  const according = tokens.findIndex(
    (t, i) =>
      i > 0 &&
      tokens[i - 1].text === ',' &&
      t.lower === 'according' &&
      tokens[i + 1]?.lower === 'to',
  );
  if (according > 1) return tokens.slice(0, according - 1);
  const comma = tokens.map((t) => t.text).lastIndexOf(',');
  if (comma <= 0) return tokens;
  const tail = tokens.slice(comma + 1);
  // "…, the Welsh government has said in what would be a first for the UK": a report whose verb
  // is followed by an aside of its own ("in …", "on …").
  const reportAt = tail.findIndex((t, i) => i < 6 && REPORTING.has(t.lemma) && t.pos === 'VERB');
  const aside =
    reportAt > 0 && tail[reportAt + 1]?.pos === 'ADP' && tail[reportAt + 1].lower !== 'that';
  // (", announced traditional owners and national park managers": a report set before its
  // speakers, however many they are.)
  const inverted =
    tail[0]?.pos === 'VERB' &&
    REPORTING.has(tail[0].lemma) &&
    tail.slice(1).every((t) => ['DET', 'ADJ', 'NOUN', 'PROPN', 'CCONJ', 'PUNCT'].includes(t.pos));
  if (tokens.length - comma > 6 && !aside && !inverted) return tokens;
  // (", Pakistan Today has learnt", ", the BBC understands": a newsroom's word for its source.)
  const reports = tail.some(
    (t) =>
      ((REPORTING.has(t.lemma) || FINDING.has(t.lemma)) && ['VERB', 'NOUN'].includes(t.pos)) ||
      NEWSROOM_LEARNING.has(t.lower),
  );
  return reports && !tail.some((t) => t.lower === 'that') ? tokens.slice(0, comma) : tokens;
}

/** "A second runway …", "The ban …": an article opening a sentence, not before a name. */
function lowerArticle(tokens: Token[]): Token[] | null {
  const [first, next] = tokens;
  if (!first || !['A', 'An', 'The'].includes(first.text) || next?.pos === 'PROPN') return null;
  return [{ ...first, text: first.text.toLowerCase() }, ...tokens.slice(1)];
}

/**
 * A headline's first word is capitalised as a headline, not as a name ("Face coverings …"):
 * lower-cased when the body writes it in lower case and never capitalised inside a sentence.
 */
function lowerHeadlineStart(tokens: Token[], origin: MotionOrigin, body: string): Token[] {
  const first = tokens[0];
  if (origin === 'HEADLINE') {
    const lowered = lowerArticle(tokens);
    if (lowered) return lowered;
  }
  if (origin !== 'HEADLINE' || !first || !CAPITALISED_WORD.test(first.text)) return tokens;
  // A number word too: "Two-hour parking limit to end …".
  if (!['NOUN', 'PROPN', 'VERB', 'ADJ', 'ADV', 'NUM'].includes(first.pos)) return tokens;
  if (!firstWordIsCommon(tokens, body)) return tokens;
  const pos = first.pos === 'PROPN' ? 'NOUN' : first.pos;
  return [{ ...first, text: first.text.toLowerCase(), pos }, ...tokens.slice(1)];
}

/** A word capitalised as a sentence's first: "Smoking", "E-scooters" (not "EU", "McDonald"). */
const CAPITALISED_WORD = /^\p{Lu}(?:\p{Ll}+|-\p{Ll}{2,})(?:-\p{Ll}+)*$/u;

/**
 * Whether a capitalised first word ("Face coverings …", "Secondary schools …", "Later school
 * start …") is a common word capitalised only for starting the sentence: the article never writes
 * it capitalised inside a sentence (as it writes "Harbourton"), and either writes it in lower case
 * somewhere or it modifies a common noun after it. A word standing alone before the verb
 * ("Parliament passed …") or before a name ("Queen Elizabeth") is left as a name.
 */
function firstWordIsCommon(tokens: Token[], body: string): boolean {
  const [first, next] = tokens;
  if (!CAPITALISED_WORD.test(first.text)) return false;
  // ("Proposed $8M town hall project …": a participle of proposing is never a name.)
  if (PROPOSED_PARTICIPLES.has(first.lower)) return true;
  // "One of the UK's biggest resorts …", "Most of the schools …": a share of a group.
  if (SHARE_WORDS.has(first.lower) && next?.lower === 'of') return true;
  // "Judge blocks …", "Police in Westland will …": an office or a force, capitalised in the body
  // only as a title before a name ("Judge Maria Keller"), is common when no name follows it.
  if (OFFICES.has(first.lower)) return next?.pos !== 'PROPN';
  // "Smoking ban considered …" beside "the Right to Enjoy Smoking Tobacco": a word the article
  // capitalises only inside a longer name is common on its own.
  // "Letter: Speed bumps help …" beside "speed bumps" in the body: a word also written in lower
  // case is no name for being capitalised after a rubric's colon.
  const lower = first.text.toLowerCase();
  // "Those who opposed …", "Many residents …": a determiner is never a name.
  if (OPENING_DETERMINERS.has(lower)) return true;
  // "Owning a car in Los Angeles is …", "Skateboarding and roller-skating will …": a gerund the
  // article never capitalises inside a sentence is no name ("Reading" the town is, there).
  // (Not counting a sign's or a title's capitals in quotation marks: "No Skateboarding" signs.)
  const gerund = /^\p{Lu}\p{Ll}{2,}ing$/u.test(first.text) && next?.pos !== 'PROPN';
  const unquoted = () => body.replace(/["“][^"”\n]{0,200}["”]/gu, ' ');
  if (gerund && !writtenAsName(first.text, unquoted())) return true;
  // "Voters rejected …" beside "the League of Women Voters": a group of people is a name's last
  // word only after another capitalised word.
  // ("Voters Tuesday night …": a day after it is no name's.)
  const named = next?.pos === 'PROPN' && !TIME_WORDS.has(next.lower);
  if (GROUP_NOUNS.has(lower) && !named && onlyEndsNames(first.text, body)) return true;
  const inLower = wholeWord(lower).test(body);
  if (writtenAsName(first.text, body, !inLower) && !onlyInLongerNames(first.text, body)) {
    return false;
  }
  if (next?.pos === 'PROPN') return false;
  // "SWIMMERS are celebrating …": a regional paper's capitals (caps-opening.ts) on a word with
  // no name after it (not a dateline's "LANZO, May 14").
  const inCapitals = new RegExp(`(?<![\\p{L}])${first.text.toUpperCase()}(?= \\p{Ll})`, 'u');
  if (inCapitals.test(body)) return true;
  // "Researchers followed …", "Workers completed …": a group of people, not a body's name.
  if (inLower || GROUP_NOUNS.has(lower)) return true;
  // "Plans for a wind farm …", "Proposals to close …": a measure's noun before its preposition.
  if (PLANNED_ACTS.has(lower) && ['for', 'to', 'on', 'of'].includes(next?.lower ?? '')) return true;
  // English capitalises nationalities ("French President …") and names ("Eastbrook councillors
  // approve …" with "Eastbrook town council voted …"): a word the article writes capitalised
  // more than once and never in lower case is a name.
  if (isNationality(first.text)) return false;
  // "Minimum unit pricing …" under a headline that opens the same way: a word read as an
  // adjective when written in lower case, before a noun, describes it ("Eastbrook", "Smith" read
  // as nouns and may be names).
  // "Opposition against the signing …" under "Opposition grows over …": a word followed by a
  // preposition heads its own phrase, as a common noun does; a name before a noun modifies it
  // ("Eastbrook town council"). ("Bank of …", "University of …" are names' own "of".)
  // (The word is tagged alone, in lower case, only when one of these can apply.)
  const beforeNoun = next?.pos === 'NOUN';
  const beforePreposition = next?.pos === 'ADP' && next.lower !== 'of';
  const alone = beforeNoun || beforePreposition ? tokenize(lower)[0]?.pos : undefined;
  if ((beforeNoun && alone === 'ADJ') || (beforePreposition && alone === 'NOUN')) return true;
  // "Legal tackle height will be lowered …": read after a capital, the noun after the word may
  // be tagged a verb; read again in lower case, the two are an adjective and its noun.
  if (next?.pos === 'VERB' && tokens[2]?.pos === 'NOUN') {
    const reread = tokenize(`${lower} ${next.text} ${tokens[2].text}`);
    if (reread[0]?.pos === 'ADJ' && reread[1]?.pos === 'NOUN') return true;
  }
  const capitalised = body.match(wholeWord(first.text, 'g'));
  if ((capitalised?.length ?? 0) >= 2) return false;
  // ("Carmarthenshire council voted …": a county by its ending is a name, once or not.)
  if (/\p{Ll}shire$/u.test(first.text)) return false;
  return next?.pos === 'NOUN' || next?.pos === 'ADJ';
}

/** Words of a share of a group before "of": "One of …", "Most of …". */
const SHARE_WORDS = new Set(
  'one two three four five six seven eight nine ten some many most all several half both each none'.split(
    ' ',
  ),
);

/** Offices and forces a headline may open with, written as titles before names in the body. */
const OFFICES = new Set(
  'judge judges police mayor minister ministers governor senator prosecutors prosecutor'.split(' '),
);

/** A nationality adjective: "French", "Polish", "Dutch" (a state's name begins like it). */
function isNationality(word: string): boolean {
  if (IRREGULAR_NATIONALITIES[word.toLowerCase()]) return true;
  if (!NATIONALITY.test(word)) return false;
  return allStateNames().some(
    (name) =>
      sharedStart(name, word) >= word.length - 3 && sharedStart(name, word) >= NATIONALITY_PREFIX,
  );
}

/** Share of a headline's longer words after the first that title case capitalises. */
const TITLE_CASE_SHARE = 0.8;
/** Words title case leaves in lower case. */
const TITLE_CASE_SMALL = new Set([
  'the',
  'and',
  'for',
  'but',
  'nor',
  'yet',
  'off',
  'out',
  'per',
  'via',
]);

/** An explainer's question about a thing's reasons: "What's behind the ban on …?". */
const WHAT_BEHIND = /^what(?:['’]s|\s+is|\s+lies)\s+behind\s+(.+?)\?$/iu;

/**
 * An explainer's opening before what it explains: "Everything you need to know about …", "What
 * we gain and lose from …".
 */
const KNOW_ABOUT =
  /^(?:(?:(?:Here['’]s\s+)?what|everything|all)\s+(?:you|we)\s+(?:need|should|have)\s+to\s+know\s+about|what\s+(?:we|you)\s+(?:gain|win|lose)(?:\s+and\s+(?:gain|win|lose))?\s+(?:from|with))\s+(\p{L}.*)$/iu;

/**
 * "How colleges are changing their rules on protesting", "Why councils are scrapping bus lanes":
 * an explainer's "how" or "why" before a clause of its own; the clause is the news ("How to …"
 * has none).
 */
function withoutExplainerOpening(headline: string): string {
  // "What you need to know about the controversial tanker bill": what the explainer is about.
  const about = KNOW_ABOUT.exec(headline.trim());
  if (about) return about[1];
  const m = /^(?:How|Why)\s+(?!to\b)(\p{L}.*)$/u.exec(headline.trim());
  if (!m) return headline;
  const clause = tokenize(m[1]);
  const verb = mainVerbIndex(clause);
  // (A clause with a subject before its verb: "How to …", "Why is …" are no such clause; nor is
  // a finding's "How a ban may reduce …", which the explainer weighs.)
  const subject = clause.slice(0, verb);
  const finding = clause.some((t) => MODALS.has(t.lower));
  return verb > 0 && !finding && subject.some((t) => ['NOUN', 'PROPN'].includes(t.pos))
    ? m[1]
    : headline;
}

/**
 * "The bedroom tax explained", "Explained: the bedroom tax": an explainer's thing; "What is the
 * two-child benefit cap?": so is the thing an explainer's question names, when it is a measure or
 * a measure named by what it does ("What is the proposed bill to pay college athletes?"). Null
 * otherwise.
 */
function explainedThing(headline: string): string | null {
  const explained =
    /^(?:explained:\s+(.+)|(.+?)\s+explained)$/iu.exec(headline.replace(/[.!]$/u, '')) ??
    /^what\s+(?:is|are)\s+(?:the\s+)?()(.+?)\?$/iu.exec(headline);
  if (!explained) return null;
  const tokens = tokenize(explained[1] || explained[2]);
  if (!/^what\b/iu.test(headline)) return goAhead(tokens);
  return isMeasureHead(tokens.at(-1)) ? goAhead(tokens) : policyMotion(tokens, null);
}

/**
 * "Why has the go ahead for the Kallak mine caused a stir in Sweden?", "Why is the harbour plan
 * so controversial?": an explainer of the fuss over a thing asks whether the thing should go
 * ahead (a thing given the go-ahead is the thing). The explainer's "Why" may have come off
 * already. Null for any other headline.
 */
function controversyExplained(headline: string): string | null {
  const m = CONTROVERSY_EXPLAINED.exec(headline.trim());
  if (!m) return null;
  const thing = tokenize(m[1]);
  const ahead = thing.findIndex(
    (t, i) => t.lower === 'ahead' && thing[i - 1]?.lower === 'go' && thing[i + 1]?.lower === 'for',
  );
  return goAhead(ahead > 0 ? thing.slice(ahead + 2) : thing);
}

/**
 * "Indonesia's 'Jurassic Park': Construction begins despite concerns" → "Should Indonesia's
 * 'Jurassic Park' go ahead?": work begun, after a colon, is news of the project named before
 * it. Null for any other headline.
 */
function workBegunOn(title: string): string | null {
  const m = WORK_BEGUN.exec(title.trim());
  return m ? goAhead(tokenize(m[1])) : null;
}

const WORK_BEGUN =
  /^([^:]{3,80}):\s+(?:construction|work|works|building|demolition|drilling|digging|clearing)\s+(?:begins|starts|resumes|gets\s+under\s+way|gets\s+underway|is\s+under\s+way|underway)\b/iu;

const CONTROVERSY_EXPLAINED =
  /^(?:Why\s+)?(?:has|have|did|does|do|is|are|was|were)\s+(.+?)\s+(?:(?:so\s+)?(?:controversial|divisive|contentious)|(?:caused?|sparked?|drawn?|drew|draw|provoked?|triggered?|stirred?)\s+(?:up\s+)?(?:a\s+|such\s+an?\s+)?(?:stir|row|outrage|anger|backlash|controversy|uproar|protests?|fury|debate|concern))\b/iu;

/** A headline's opening news of an event held, up to its comma: "Protest held in Novi Sad, …". */
const EVENT_HELD_OPENING =
  /^(?:protests?|rall(?:y|ies)|march(?:es)?|demonstrations?|strikes?|vigils?)\s+(?:held|staged)\s[^,;]+,\s+(\S.*)$/iu;

/**
 * A quotation as a headline's label, before a capitalised clause: "'I can't see it being fun for
 * me now': Soccer fans …" (not an interview's "'Hens deserve better': the farming minister on …"),
 * or words cut short by an ellipsis, a quotation's mark without its quotation marks ("Centre
 * using sensitive state like Uttarakhand for tokenism…: Opposition slams BJP over …").
 */
const QUOTED_LABEL = /^(?:['‘"“][^:]{3,160}?['’"”]|[^:'‘"“]{3,160}?(?:…|\.\.\.)):\s+(\p{Lu}.*)$/u;

/** Words of scorn in quotation marks before a name: "‘irrational’, ‘unconstitutional’ ". */
const QUOTED_EPITHETS = /(?:[‘“]\p{Ll}+[’”],?\s+)+(?=\p{Lu})/gu;

/**
 * "DA files court papers to challenge ‘irrational’, ‘unconstitutional’ Expropriation Act" → "…
 * to challenge Expropriation Act": what a camp calls a measure, quoted before its name, is its
 * case, not the name.
 */
function withoutQuotedEpithets(headline: string): string {
  return headline.replace(QUOTED_EPITHETS, '');
}

/**
 * "We Will Not Pay Any Huge Price And Sleep In Total Darkness” Ghanaians Protest Upcoming
 * Electricity Tariff Hike" → "Ghanaians Protest …": words a closing quotation mark ends, with no
 * mark to open them, are a quotation before the headline proper.
 */
function withoutUnopenedQuote(headline: string): string {
  // (A curly mark only: a straight one may be inches, "a 65" screen".)
  const m = /^([^“‘"]{8,160}?)”\s+(\p{Lu}.{8,})$/u.exec(headline.trim());
  return m && !/[”"]/u.test(m[2]) ? m[2] : headline;
}

/** A headline without a quotation that labels it, before its colon. */
function withoutQuotedLabel(headline: string): string {
  return QUOTED_LABEL.exec(headline.trim())?.[1] ?? headline;
}

/**
 * "The island country plans to become a republic with no referendum! Is it a wise step?" → "The
 * island country plans to become a republic with no referendum": a headline's exclaimed claim,
 * without the question it goes on to ask of it.
 */
function firstExclaimed(headline: string): string {
  return /^(.{12,}?)!\s+\p{Lu}/u.exec(headline.trim())?.[1] ?? headline;
}

/** A headline's claim, then a colon and who made it: "…: Minister Sivankutty". */
const SPEAKER_TAIL = /^(.{12,}?):\s+(\p{Lu}[^:]{1,40})$/u;

/**
 * "Serving non-vegetarian food is not revolution: Minister Sivankutty" → "Serving
 * non-vegetarian food is not revolution": a speaker named after a colon (names, with a title
 * before them) is the claim's attribution, not part of it.
 */
function withoutSpeakerTail(headline: string): string {
  const m = SPEAKER_TAIL.exec(headline.trim());
  const speaker = m ? tokenize(m[2]) : [];
  const named =
    speaker.some((t) => t.pos === 'PROPN') &&
    speaker.every((t) => t.pos === 'PROPN' || t.text === '.' || NAME_TITLES.has(t.lower));
  return m && named ? m[1] : headline;
}

/**
 * "Sinjajevina Mountain Shouldn't Become Military Training Ground: Protest Announced" → the claim
 * before the colon: an event called over it, after a colon ("Protest Announced", "Vote
 * Delayed"), is news of the fight, not its matter.
 */
function withoutEventTail(headline: string): string {
  return EVENT_TAIL.exec(headline.trim())?.[1] ?? headline;
}

const EVENT_TAIL =
  /^(.{12,}?):\s+(?:(?:New|Mass|Another)\s+)?(?:Protests?|Rall(?:y|ies)|March(?:es)?|Strikes?|Vigils?|Petitions?|Votes?|Hearings?|Debates?|Meetings?|Referendums?)\s+(?:Announced|Planned|Called|Set|Scheduled|Held|Launched|Delayed|Postponed|Cancell?ed)$/iu;

/** A headline's claim, then a colon and a choice asked between two verdicts on it. */
const VERDICT_CHOICE_TAIL = /^(.{12,}?):\s+([^:?]*\bor\b[^:?]*)\?$/u;

/**
 * "Greeks now work 6 days a week: improvement or decadence of the labor system?" → "Greeks now
 * work 6 days a week": a choice of verdicts after the claim, with no verb of its own, leaves the
 * claim it weighs.
 */
function withoutVerdictChoice(headline: string): string {
  const m = VERDICT_CHOICE_TAIL.exec(headline.trim());
  if (!m || tokenize(m[2]).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return headline;
  return m[1];
}

/** A word quoted after "to": 'set to "disestablish" Māori Health Authority', 'vows to "fight" …'. */
const QUOTED_AFTER_TO = /\bto\s+["“‘']([\p{Ll}-]+)["”’'](?=\s)/gu;

/**
 * A predicate quoted whole after its subject, to the headline's end, opening on a verb: "Morocco
 * ‘preparing to introduce burqa ban’" (a report passed on; not a verdict quoted, "plan 'wrong
 * and unfair'").
 */
const QUOTED_PREDICATE =
  /^(\p{Lu}[^"“‘'’]{0,40}?)\s+["“‘']((?:to|will|would|could|can|may|might|must|is|are|was|were|has|have|had|\p{Ll}+ing|\p{Ll}+ed)\s[^"”’']*)["”’']$/u;

/** A headline's verb quoted after "to" is the verb all the same: the quotation marks go. */
function withoutQuotedVerb(headline: string): string {
  return headline.replace(QUOTED_AFTER_TO, 'to $1');
}

/** A headline's predicate quoted whole is its claim all the same: the quotation marks go. */
function withoutQuotedPredicate(headline: string): string {
  return headline.replace(QUOTED_PREDICATE, '$1 $2');
}

/** A negation written in capitals for stress, inside a headline that is not all capitals. */
const STRESSED_NEGATION = /(?<=\s)(?:NOT|NEVER)(?=\s)/gu;
/**
 * "Norway will NOT boycott the 2022 World Cup", "… after Qatar BANS stadium alcohol sales": a
 * headline not all in capitals, with the words it writes in capitals only for stress lowered.
 */
function unstressedHeadline(title: string, body: string): string {
  if (!/\p{Ll}/u.test(title)) return title;
  return title
    .replace(STRESSED_NEGATION, (w) => w.toLowerCase())
    .replace(STRESSED_WORD, (w) => (stressedWord(w, body) ? w.toLowerCase() : w));
}

/** A word of four capitals or more inside a headline, which may be a word stressed. */
const STRESSED_WORD = /(?<=\s)\p{Lu}{4,}(?=\s)/gu;

/**
 * Whether a headline's word in capitals ("Qatar BANS stadium alcohol sales") is stressed, not an
 * acronym: the body never writes it in capitals, and writes it, or it without its "-s", in lower
 * case.
 */
function stressedWord(word: string, body: string): boolean {
  const lower = word.toLowerCase();
  return (
    !wholeWord(word).test(body) &&
    (wholeWord(lower).test(body) || wholeWord(lower.replace(/s$/u, '')).test(body))
  );
}

/**
 * Words English always capitalises, whether or not the body writes them: faiths and their
 * people, their feasts, and the days of the week ("… of 300-Year-Old Christian Holiday").
 */
const ALWAYS_CAPITALISED = new Set([
  ...'christian christianity muslim islam islamic jewish jew judaism hindu hinduism buddhist buddhism sikh sikhism catholic protestant anglican lutheran mormon quaker easter christmas ramadan eid diwali hanukkah passover'.split(
    ' ',
  ),
  ...daysAnd(),
]);

/** Whether a word, its plural or its owner's form is one English always capitalises. */
function alwaysCapitalised(word: string): boolean {
  const lower = word.toLowerCase().replace(/['’]s$/u, '');
  return ALWAYS_CAPITALISED.has(lower) || ALWAYS_CAPITALISED.has(lower.replace(/s$/u, ''));
}

/**
 * "Beijing Has Banned the iPhone 6" → "Beijing has banned the iPhone 6": a headline in title case
 * capitalises every word, and the tagger then reads "Has Banned" as a name. A capitalised word
 * the article's body never writes as a name inside a sentence goes to lower case; the first word
 * (unless the headline's `opening` words came off), acronyms and words with an inner capital stay.
 */
function sentenceCaseHeadline(title: string, body: string, opening = true): string {
  // "CATHOLIC SCHOOLS BANNED FROM USING ‘BAPTISM BARRIER’": a headline in capitals is written
  // as the body writes its words (a name capitalised, an acronym in capitals, the rest lower).
  if (/\p{Lu}{3}/u.test(title) && !/\p{Ll}/u.test(title)) {
    let seen = false;
    return title.replace(/\p{L}[\p{L}'’]*/gu, (w) => {
      const opening = !seen;
      seen = true;
      const named = w.charAt(0) + w.slice(1).toLowerCase();
      if (
        w.length > 1 &&
        w.length <= 5 &&
        new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, 'u').test(body)
      )
        return w;
      if (writtenAsName(named.replace(/['’]s$/u, ''), body) || opening) return named;
      return w.toLowerCase();
    });
  }
  const unstressed = unstressedHeadline(title, body);
  if (unstressed !== title) return sentenceCaseHeadline(unstressed, body, opening);
  // Words of three letters or more after the first, but the short ones title case leaves in
  // lower case and names with an inner capital ("iPhone", "McDonald").
  const longer = (title.match(/\p{L}{3,}/gu) ?? [])
    .slice(1)
    .filter((w) => !TITLE_CASE_SMALL.has(w) && !/^\p{L}\p{Ll}*\p{Lu}/u.test(w));
  const capitalised = longer.filter((w) => /^\p{Lu}/u.test(w));
  if (longer.length < 2 || capitalised.length < TITLE_CASE_SHARE * longer.length) return title;
  const first = title.search(/\p{L}/u);
  const found = [...title.matchAll(/\p{L}[\p{L}'’]*/gu)];
  const kept = found.map(
    (m) =>
      (opening && m.index === first) ||
      !/^\p{Lu}\p{Ll}+(?:['’]\p{Ll}+)?$/u.test(m[0]) ||
      alwaysCapitalised(m[0]) ||
      // "Breonna’s Law" beside "Breonna Taylor": the owner's name without its "’s".
      writtenAsName(m[0].replace(/['’]s$/u, ''), body) ||
      // ("… to Operate in Tanzania" beside "the Tanzanian government": a place its people's
      // adjective names.)
      writtenAsName(`${m[0]}(?:n|an)`, body),
  );
  // "… Ban Natural Gas From All New Construction": a word the article capitalises only as part
  // of a longer name ("New York") is a name here only when the next word is kept too.
  for (let i = found.length - 2; i > 0; i--) {
    if (kept[i] && !kept[i + 1] && onlyInLongerNames(found[i][0], body)) kept[i] = false;
  }
  // ("… Of Major Gold Mine" beside "Centerra Gold": and a word it capitalises only as the end of
  // a longer name is a name here only when the word before is kept too.)
  for (let i = 2; i < found.length; i++) {
    const word = found[i][0];
    const lower = wholeWord(word.toLowerCase()).test(body);
    if (kept[i] && !kept[i - 1] && lower && onlyEndsNames(word, body)) kept[i] = false;
  }
  let out = title;
  found.forEach((m, i) => {
    if (!kept[i])
      out = out.slice(0, m.index) + m[0].toLowerCase() + out.slice(m.index + m[0].length);
  });
  return out;
}

/**
 * Whether every time the article writes `word` capitalised a capitalised word follows it, and it
 * writes it in lower case too ("new" beside "New York"; not "Arizona" of "Southern Arizona …").
 */
function onlyInLongerNames(word: string, body: string): boolean {
  if (!wholeWord(word.toLowerCase()).test(body)) return false;
  // Inside a sentence: a sentence's first word is capitalised whatever it is.
  const uses = [...body.matchAll(wholeWord(`${INSIDE_SENTENCE}${word}`, 'g', '(.?.?)'))];
  return uses.length > 0 && uses.every((m) => /^ \p{Lu}/u.test(m[1]));
}

const OPENING_DETERMINERS = new Set(
  'those these some many most several such each every other others both few'.split(' '),
);

/** Whether every time the article writes `word` inside a sentence a capitalised word is before it. */
function onlyEndsNames(word: string, body: string): boolean {
  const uses = [...body.matchAll(wholeWord(`(\\S+) ${word}`, 'g'))].filter(
    (m) => !/[.!?:"“‘'(\p{Pd}]$/u.test(m[1]),
  );
  return uses.every((m) => /^\p{Lu}/u.test(m[1]));
}

/** `word` (letters only) as a whole word, not inside a longer one; `after`: a pattern to capture. */
const wholeWord = (word: string, flags = '', after = ''): RegExp =>
  new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])${after}`, `u${flags}`);

/** After any word but a sentence's end or an opening quotation mark: "the USA Patriot Act". */
const INSIDE_SENTENCE = `(?<=[^.!?\\s"“‘'(\\p{Pd}] )`;
/** The same, but not after a colon either, where a rubric's headline starts capitalised. */
const INSIDE_CLAUSE = `(?<=[^.!?:\\s"“‘'(\\p{Pd}] )`;

/** Whether the article writes `word` capitalised inside a sentence, as a name is written. */
function writtenAsName(word: string, body: string, afterColon = true): boolean {
  const inside = afterColon ? INSIDE_SENTENCE : INSIDE_CLAUSE;
  return new RegExp(`${inside}${word}(?![\\p{L}])`, 'u').test(body);
}

/**
 * A sentence's first word is capitalised as the start of a sentence; inside a question it is
 * written in lower case ("Secondary schools … may see" → "Do secondary schools … see"), unless
 * it is a name: an acronym or a word with a capital inside ("EU", "McDonald"), or a word the
 * article capitalises elsewhere inside a sentence ("Harbourton").
 */
function lowerSentenceStart(
  tokens: Token[],
  sourceSpans: MotionCandidate['sourceSpans'],
  body: string,
  all: Token[],
): Token[] {
  const first = tokens[0];
  if (!first || sourceSpans.length === 0) return tokens;
  // "FORT COLLINS — Voters rejected …": the sentence's own words start after a wire dateline.
  const opensAt = all[wireDatelineEnd(all)]?.start ?? sourceSpans[0].start;
  if (first.start !== sourceSpans[0].start && first.start !== opensAt) return tokens;
  // ("Wellington City Council has voted …": inside a sentence a capital on the next word too
  // makes the two a name.)
  // (Not a day's: "Voters Tuesday night rejected …".)
  const next = tokens[1];
  const dated = next && (TIME_WORDS.has(next.lower) || MONTH_NAMES.has(capitalise(next.lower)));
  if (/^\p{Lu}\p{Ll}/u.test(next?.text ?? '') && !dated) return tokens;
  if (!firstWordIsCommon(tokens, body)) return tokens;
  const pos = first.pos === 'PROPN' ? (tokens[1]?.pos === 'NOUN' ? 'ADJ' : 'NOUN') : first.pos;
  return [{ ...first, text: first.text.toLowerCase(), pos }, ...tokens.slice(1)];
}

/** "in full effect", "in force", "in place" (and the common misspelling "in full affect"). */
const IN_FORCE = /^in (?:full )?(?:effect|affect|force|place)$/iu;

/** Verbs a fight is fought to do against a thing: "a battle to prevent …". */
const STOPPING = new Set(['prevent', 'stop', 'block', 'halt', 'overturn', 'scrap']);

/**
 * "put the brakes on", "put a stop to", "put an end to", "put a halt to", "put a pause on" what
 * follows.
 */
const STOPPING_PHRASE = /^(?:the brakes on|a stop to|an end to|a halt to|a pause on|a hold on)\b/iu;

/** Verbs that make a plan known: that it was is news, not what is in dispute. */
const MADE_KNOWN = new Set([
  'announce',
  'unveil',
  'confirm',
  'reveal',
  'outline',
  'publish',
  'disclose',
]);
/** A camp's view of a plan, told in the passive ("has been opposed by …", "was welcomed"). */
const REACTED_TO_IN_PASSIVE = new Set([
  ...[...OPPOSING].filter((v) => v !== 'reject'),
  'welcome',
  'back',
  'support',
  'praise',
  'hail',
]);
/** What a plan may be called when it is made known ("a six-week badger cull", "the rollout"). */
const MADE_KNOWN_PLANS = new Set([
  ...PLANNED_ACTS,
  ...MEASURE_NOUNS,
  ...`cull rollout introduction expansion development project programme program pipeline
   runway extension redevelopment overhaul shake-up crackdown ordinance application policy`.split(
    /\s+/u,
  ),
]);
/** "The start of a six-week cull": when a plan begins is news; the plan is the matter. */
const STARTS_OF = new Set(['start', 'beginning', 'launch', 'commencement']);

/**
 * "Plans for a second runway have been unveiled", "Start of six-week cull confirmed": a plan
 * made known is asked whether it should go ahead. Null unless the verb makes known, in the passive
 * (or a headline's bare participle), a plan or measure.
 */
function madeKnownPlan(
  between: Token[],
  verb: Token,
  rest: Token[],
  subject: Token[],
  origin: MotionOrigin,
): string | null {
  // "Plans for workplace parking taxes are emerging across the UK": plans coming to light too.
  const emerging = ['emerge', 'surface'].includes(verb.lemma);
  if (!pastParticipleForm(verb) && !emerging) return null;
  const passive = between.some((t) => t.lemma === 'be') || emerging;
  // "An application to reintroduce lynx … has been vociferously opposed by sheep farmers": a
  // camp's view of a plan is news too.
  const reacted = passive && REACTED_TO_IN_PASSIVE.has(verb.lemma);
  if (!MADE_KNOWN.has(verb.lemma) && !reacted && !emerging) return null;
  if (!passive && !(origin === 'HEADLINE' && rest.length === 0)) return null;
  const article = subject[0]?.pos === 'DET' ? 1 : 0;
  const started =
    STARTS_OF.has(subject[article]?.lower ?? '') && subject[article + 1]?.lower === 'of';
  const plan = started ? subject.slice(article + 2) : subject;
  const cut = plan.findIndex(
    (t, i) => i > 0 && (t.pos === 'ADP' || t.lower === 'to' || RELATIVE_STARTS.has(t.lower)),
  );
  const head = plan[(cut > 0 ? cut : plan.length) - 1];
  if (!head || head.pos !== 'NOUN' || !MADE_KNOWN_PLANS.has(head.lower)) return null;
  // "An application to reintroduce lynx …": a plan's act is asked as the act.
  return policyMotion(plan, null) ?? `Should ${the(plan)} go ahead?`;
}

const IRREGULAR_PLURALS = new Set(['people', 'children', 'men', 'women', 'police']);
const WEEKDAY_NAMES = daysAnd();
/** The last word of a measure's name, which takes "the" ("the Clean Air Act"). */
const NAMED_MEASURE_HEADS = new Set(
  'act ordinance bill law amendment directive regulation regulations treaty charter bylaw'.split(
    ' ',
  ),
);
/** Whether a word in "-ing" names an act, taking no article ("gambling", "council tax funding"). */
function massGerund(word: string): boolean {
  return /\p{L}{3}ing$/u.test(word) && !COUNTED_ING.has(word);
}

/** Nouns in "-ing" that name one thing and take an article ("the building", "a ruling"). */
const COUNTED_ING = new Set(
  `building meeting ruling hearing crossing wedding painting filing ceiling offering opening
   setting sibling ending finding landing recording reading warning sighting shooting killing
   stabbing bombing sitting listing posting gathering ring thing king spring string evening
   morning wing bring sing swing sting darling pudding suing undertaking understanding
   proceeding happening outing earring railing dwelling lodging clearing briefing screening
   sentencing`.split(/\s+/u),
);
/** Places that act as bodies: "A Budapest district would ban …". */
const PLACE_BODIES = new Set(['district', 'city', 'town', 'municipality', 'county', 'borough']);
/**
 * A name that ends in one of these is a body's and takes "the", which headlines drop: "European
 * Space Agency cancels …" → "Should the European Space Agency cancel …?".
 */
const INSTITUTION_HEADS = new Set(
  `agency commission council court ministry department authority union party parliament senate
   assembly bank board committee federation association institute service office administration
   tribunal organisation organization league coalition alliance government reserve states
   kingdom republic`.split(/\s+/u),
);

/** Places that take measures as their councils do: "A seaside town could impose a tax …". */
const PLACES = new Set(['town', 'city', 'county', 'borough', 'village', 'state', 'country']);

/** "Plastic bag levy" → "plastic bag levy": a headline's capital on a word, not on a name ("EU"). */
function withoutHeadlineCapital(text: string): string {
  return text.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());
}

/**
 * "An Bord Pleanála", "An Post": English writes "an" only before a vowel sound, so "An" before a
 * capitalised word opening with a consonant letter (not "an hour", not an acronym: "An MP") is
 * part of a name, and keeps its capital.
 */
const NAME_ARTICLE = /^An\s+[BCDFGJKLMNPQRSTVWXYZ]\p{Ll}/u;

/** "The council", "A federal judge" opening a sentence are "the council", "a federal judge" inside a question. */
function lowerOpeningArticle(text: string): string {
  if (NAME_ARTICLE.test(text)) return text;
  // ("AN application …": a regional paper's capitals on its opening word, caps-opening.ts.)
  return text.replace(/^(?:The|THE|An?|AN)\b/u, (article) => article.toLowerCase());
}

function the(whole: Token[]): string {
  // "more and more school districts", "an increasing number of U.S. school districts": how many
  // are doing it is news; the matter is whether they should.
  const trend = words(whole).match(TREND_OPENING)?.[0];
  if (trend) return words(whole).slice(trend.length);
  const subject = whole;
  const text = words(subject);
  const first = subject[0];
  if (!first) return text;
  if (subject.some((t) => t.pos === 'PART' && possessiveMark(t))) {
    // "pub's hours" of a headline, which drops its articles: "the pub's hours".
    const common =
      first.pos === 'NOUN' && /^\p{Ll}/u.test(first.text) && possessiveMark(subject[1]);
    return common ? `the ${text}` : text;
  }
  if (first.pos === 'DET' || first.pos === 'PRON') return lowerOpeningArticle(text);
  // "$2 billion lithium deals": a sum before a noun measures the thing, which takes one.
  if (/^[$£€¥]$/u.test(first.text) && subject.some((t) => t.pos === 'NOUN')) return `the ${text}`;
  // "over 10,000 Australian camels": a count takes no article.
  const counted = countedOpening(subject);
  if (counted > 0)
    return `${words(subject.slice(0, counted)).toLowerCase()} ${words(subject.slice(counted))}`;
  // A gerund subject takes no article: "drafting only men violates …"; nor a plural one. An
  // "-ing" word before a noun may name its kind instead ("parking levy", "smoking ban").
  if (/ing$/u.test(first.lower) && first.pos !== 'PROPN' && subject[1]?.pos !== 'NOUN') return text;
  // The head noun is the last before a relative clause, a participle or a preposition after
  // it: "schools that start …", "people born in American Samoa", "members of Congress".
  const modifier = subject.findIndex(
    (t, i) =>
      i > 0 &&
      (RELATIVE_STARTS.has(t.lower) ||
        (subject[i - 1].pos === 'NOUN' &&
          (t.pos === 'ADP' || (t.pos === 'VERB' && t.lower !== t.lemma && !/s$/u.test(t.lower))))),
  );
  const headAt = (modifier > 0 ? modifier : subject.length) - 1;
  const head = subject[headAt];
  // "minimum unit pricing for alcohol", "council tax funding": a mass noun of an act takes none.
  if (head.pos === 'NOUN' && massGerund(head.lower)) {
    return text;
  }
  const plural = /[^s]s$/u.test(head.lower) || IRREGULAR_PLURALS.has(head.lower);
  if (
    head.pos === 'NOUN' &&
    plural &&
    // "Denton residents", "Kelby voters", "Geelong hunters": a place's people, or its things,
    // take no article either.
    (subject.slice(0, headAt + 1).every((t) => t.pos !== 'PROPN') ||
      (subject.length === 2 && GROUP_NOUNS.has(head.lower)) ||
      (headAt === subject.length - 1 &&
        /^\p{Ll}/u.test(head.text) &&
        subject.slice(0, headAt).every((t) => t.pos === 'PROPN')))
  ) {
    return text;
  }
  // "the Clean Air Act", "the Saggy-Pants Ordinance": a named measure takes one as a body does.
  const last = subject[subject.length - 1].lower;
  const body = INSTITUTION_HEADS.has(last);
  const capitalised = subject.every((t) => /^\p{Lu}/u.test(t.text) || t.text === '-');
  if ((body || NAMED_MEASURE_HEADS.has(last)) && subject.length > 1 && capitalised)
    return `the ${text}`;
  // "Council votes to ban fireworks": a headline's body named by its kind alone ("Parliament"
  // is a name of its own).
  if (body && subject.length === 1 && first.lower !== 'parliament') return `the ${text}`;
  if (first.pos === 'PROPN' && subject.length <= 3 && subject.every((t) => t.pos === 'PROPN')) {
    return text;
  }
  // "City Manager Julia Carroll", "Schools Superintendent Ann Ruiz": a title before a person's
  // name takes no article (a nationality's does: "the Polish President Jan Nowak").
  if (titledName(subject) && !isNationality(first.text)) return text;
  if (isCodeName(text)) return text;
  // "New York City", "Kelby County": a place's name, though its last word is a common noun.
  const place = PLACE_HEADS.has(subject[subject.length - 1].lower);
  if (place && subject.length > 1 && subject.every((t) => /^\p{Lu}/u.test(t.text))) return text;
  return subject.some((t) => t.pos === 'NOUN' || t.pos === 'ADJ') ? `the ${text}` : text;
}

/** Titles written before a person's name: "City Manager Julia Carroll". */
const NAME_TITLES = new Set([
  ...MEMBER_NOUNS,
  ...OFFICES,
  ...'manager director secretary chair chairman chairwoman president superintendent chief leader administrator clerk sheriff principal executive officer'.split(
    ' ',
  ),
]);

/** Words after a title that make a longer title, not a name: "Secretary General". */
const RANKS = new Set(['general', 'emeritus', 'elect', 'designate']);

/**
 * A capitalised title and a person's names after it, one or more ("President Nana Addo Dankwa
 * Akufo-Addo", a hyphen joining two of them; "President Biden").
 */
function titledName(subject: Token[]): boolean {
  if (!subject.every((t) => /^\p{Lu}/u.test(t.text) || t.text === '-')) return false;
  const title = subject.findIndex((t) => NAME_TITLES.has(t.lower));
  const name = subject.slice(title + 1);
  // ("President Biden": one name will do, when it is no title or rank of its own.)
  const named = name.filter((t) => t.text !== '-');
  const oneName =
    named.length === 1 && !NAME_TITLES.has(named[0].lower) && !RANKS.has(named[0].lower);
  return (
    title >= 0 &&
    (named.length >= 2 || oneName) &&
    name.every((t) => (t.pos === 'PROPN' && /^\p{Lu}\p{Ll}+$/u.test(t.text)) || t.text === '-')
  );
}

/** "SB 419", "Proposition 26", "Measure P": a bill's or ballot question's code is its name. */
function isCodeName(text: string): boolean {
  // ("Bill 490/07", "Bill C-11": a number with its year or its letter is one code.)
  return /^(?:\p{Lu}[\p{L}.]*\s){1,2}(?:\d+(?:\/\d+)?[A-Z]?|\p{Lu}-\d+|\p{Lu})$/u.test(text);
}

/** Last words of a place's name ("Kelby County", "Menlo Park", "Huntington Beach"). */
const PLACE_HEADS = new Set(
  'city town village county borough township park beach heights springs falls valley hills bay harbor harbour grove creek'.split(
    ' ',
  ),
);

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "Home education" opening a sentence → "home education" inside a question. */
function uncapitalised(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
