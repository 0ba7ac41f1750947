import { FINITE_AUXILIARIES } from './motion-verbs';
import { gerundLemma, type Token } from './seeding-nlp';
import { words } from './token-text';
import { MONTH_WORD, WEEKDAYS } from './time-words';

/** How a plan fares, told by a headline's last verb: "Proposal to ban … fails". */
const PLAN_FATES = new Set(['fail', 'pass', 'stall', 'collapse', 'falter', 'succeed', 'advance']);

/**
 * Nouns naming a measure, with the verb that takes the measure: "a ban on X" is banning X, "new
 * restrictions on X" are restricting X.
 */
const VERB_NOUNS: Record<string, string> = {
  ...Object.fromEntries(
    ['ban', 'limit', 'cap', 'curb', 'freeze', 'pause', 'tax', 'levy', 'charge'].flatMap((w) => [
      [w, w],
      [w === 'tax' ? 'taxes' : `${w}s`, w],
    ]),
  ),
  restriction: 'restrict',
  restrictions: 'restrict',
  prohibition: 'prohibit',
  prohibitions: 'prohibit',
};
/** Nouns that carry the action in what follows: "a plan to close X", "a decree banning X". */
const CARRIERS = new Set(
  'plan plans bill bills proposal proposals proposition decision move moves push drive attempt plea pleas rules law decree measure motion bid scheme amendment order rule project agreement programme program initiative ordinance bylaw regulation resolution effort efforts call calls legislation movement campaign stand application applications pledge pledges promise promises request requests fight battle policy policies directive approval permission ruling requirement petition'.split(
    ' ',
  ),
);
/** Carriers that are someone's struggle for an act, not their plan to do it. */
// ("The desperate last stand to save a forest from Tesla": a stand made too.)
const CAMPAIGNS = new Set(['fight', 'battle', 'campaign', 'movement', 'petition', 'stand']);
/** What a plan may be called before "of" and its act: "the idea of developing …". */
const IDEAS = new Set(['idea', 'ideas', 'notion', 'prospect', 'possibility', 'concept']);
/** Words in "-ing" that work as prepositions: "rules regarding …", "a ban including …". */
const PREPOSITIONS_IN_ING = new Set(
  'regarding concerning including following involving surrounding pending considering excluding'.split(
    ' ',
  ),
);
/** Measures whose act a participle may give: "a ban restricting …", "a curfew keeping …". */
const MEASURES_DOING = new Set(['ban', 'bans', 'curfew', 'restriction', 'restrictions']);
/** Verbs of what a measure brings about: "would see …", "would mean …", "will lead to …". */
const BRINGING_ABOUT = new Set(['see', 'mean', 'lead', 'cause', 'result']);

const IRREGULAR: Record<string, string> = {
  build: 'built',
  buy: 'bought',
  cut: 'cut',
  set: 'set',
  put: 'put',
  shut: 'shut',
  keep: 'kept',
  sell: 'sold',
  hold: 'held',
  bring: 'brought',
  pay: 'paid',
  lay: 'laid',
  make: 'made',
  take: 'taken',
  give: 'given',
  send: 'sent',
  lend: 'lent',
  drive: 'driven',
  write: 'written',
  begin: 'begun',
  lift: 'lifted',
  let: 'let',
  withdraw: 'withdrawn',
  uphold: 'upheld',
  withhold: 'withheld',
  rebuild: 'rebuilt',
  rewrite: 'rewritten',
  override: 'overridden',
  forbid: 'forbidden',
  choose: 'chosen',
  freeze: 'frozen',
  break: 'broken',
  sink: 'sunk',
  shoot: 'shot',
  spend: 'spent',
  feed: 'fed',
  teach: 'taught',
  sweep: 'swept',
  strike: 'struck',
  find: 'found',
  tell: 'told',
  win: 'won',
  lose: 'lost',
  do: 'done',
  get: 'got',
  show: 'shown',
  draw: 'drawn',
  throw: 'thrown',
  grow: 'grown',
  lead: 'led',
  leave: 'left',
  hit: 'hit',
  spread: 'spread',
  cost: 'cost',
  bet: 'bet',
  become: 'become',
  come: 'come',
  run: 'run',
  see: 'seen',
  seek: 'sought',
  fight: 'fought',
  catch: 'caught',
  stand: 'stood',
  forgive: 'forgiven',
  hide: 'hidden',
  ride: 'ridden',
  steal: 'stolen',
  undo: 'undone',
  mislead: 'misled',
  split: 'split',
  quit: 'quit',
  eat: 'eaten',
  know: 'known',
  bind: 'bound',
};

/**
 * How many tokens from `at` say when a thing was done: "Wednesday", "in July", "last week", "on
 * Monday"; 0 when none do.
 */
export function timeBetween(tokens: Token[], at: number): number {
  const day = (t: Token | undefined) =>
    WEEKDAYS.includes(t?.lower as never) || MONTH_WORD.test(t?.lower ?? '');
  if (day(tokens[at])) return 1;
  const lead = tokens[at]?.lower ?? '';
  if (['in', 'on'].includes(lead) && day(tokens[at + 1]) && tokens[at + 1].pos !== 'AUX') {
    // ("on October 6": a month's day goes with it.)
    const dated =
      MONTH_WORD.test(tokens[at + 1].lower) && /^\d{1,2}$/u.test(tokens[at + 2]?.text ?? '');
    return dated ? 3 : 2;
  }
  if (['last', 'this', 'next'].includes(lead) && TIME_UNITS.has(tokens[at + 1]?.lower ?? ''))
    return 2;
  return 0;
}

const TIME_UNITS = new Set([
  'week',
  'month',
  'year',
  'spring',
  'summer',
  'autumn',
  'fall',
  'winter',
]);

/** Finite verbs of the past that do not end in "-ed". */
const PAST_FINITE = new Set(['was', 'were', 'had', 'did', 'said', 'made', 'took', 'came', 'went']);
/** Spans of time that may come before "after": "eleven years after it applied". */
const SPANS_BEFORE = new Set([
  'year',
  'month',
  'week',
  'day',
  'hour',
  'minute',
  'decade',
  'moment',
]);

/**
 * "… in Wandsworth after the council claimed that …", "… after residents complained": a clause
 * of its own in the past after "after" tells what went before the act, and is no part of it
 * ("after the market closes" may bound the act; "eleven years after it applied" dates a thing).
 */
export function pastClauseAfter(tokens: Token[], at: number): boolean {
  const before = tokens[at - 1];
  if (tokens[at]?.lower !== 'after' || at < 2 || before.measure || before.pos === 'ADV') {
    return false;
  }
  if (tokens[at - 2].pos === 'NUM' || SPANS_BEFORE.has(before.lemma)) return false;
  let k = tokens[at + 1]?.pos === 'DET' ? at + 2 : at + 1;
  const subject = k;
  while (k < at + 5 && ['NOUN', 'PROPN', 'PRON', 'ADJ'].includes(tokens[k]?.pos ?? '')) k++;
  const verb = tokens[k];
  return (
    k > subject &&
    verb !== undefined &&
    !/^\p{Lu}/u.test(verb.text) &&
    (PAST_FINITE.has(verb.lower) || (verb.pos === 'VERB' && /ed$/u.test(verb.lower)))
  );
}

/** Whether a noun carries an action in what follows it ("a push to build …"). */
export function isMeasureCarrier(word: string | undefined): boolean {
  return CARRIERS.has(word ?? '');
}

/** Verbs of two syllables stressed on the last, which double its consonant before "-ed". */
const STRESSED_LAST = new Set(
  'expel compel propel repel dispel control patrol enrol excel commit permit admit omit submit emit transmit refer prefer transfer confer defer deter occur incur recur regret equip rebut'.split(
    ' ',
  ),
);

/** "ban" → "banned", "close" → "closed", "raise" → "raised", "build" → "built". */
export function pastParticiple(lemma: string): string {
  if (IRREGULAR[lemma]) return IRREGULAR[lemma];
  if (/e$/u.test(lemma)) return `${lemma}d`;
  if (/[^aeiou]y$/u.test(lemma)) return `${lemma.slice(0, -1)}ied`;
  // One short syllable ending consonant-vowel-consonant doubles the consonant: ban → banned;
  // so does a stressed last syllable: expel → expelled, commit → committed.
  if (/^[^aeiou]*[aeiou][bdgklmnprt]$/u.test(lemma) || STRESSED_LAST.has(lemma)) {
    return `${lemma}${lemma.slice(-1)}ed`;
  }
  return `${lemma}ed`;
}

/**
 * The verb after a measure's "to": wink reads a rarer verb as a noun ("a plan to rezone a piece of
 * land"), which an article straight after it gives away.
 */
export function verbAfterTo(tokens: Token[], at: number): boolean {
  const t = tokens[at];
  return t?.pos === 'VERB' || (t?.pos === 'NOUN' && tokens[at + 1]?.pos === 'DET');
}

/** Most words of the thing a plan is for before its "to be": "the old Kelby road". */
const FOR_THING_WORDS = 5;

/**
 * "for lynx to be reintroduced in forest" (after a plan's noun) → "Should lynx be reintroduced in
 * forest?". Null unless "for", a short noun phrase, "to be" and a participle follow at `from`.
 */
export function forThingToBeDone(tokens: Token[], from: number): string | null {
  if (tokens[from]?.lower !== 'for') return null;
  const to = tokens.findIndex((t, k) => k > from + 1 && t.lower === 'to');
  const thing = tokens.slice(from + 1, to);
  if (to < 0 || thing.length > FOR_THING_WORDS) return null;
  if (!thing.every((t) => ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(t.pos))) return null;
  const subject = words(thing).replace(/^(?:The|A|An)\b/u, (a) => a.toLowerCase());
  // ("Lebanese call for government to resign": what someone is called on to do is asked of them.)
  const act = tokens[to + 1];
  if (act?.pos === 'VERB' && act.lower === act.lemma && act.lower !== 'be') {
    const rest = phrase(tokens.slice(to + 2));
    const named = thing[0]?.pos === 'DET' || thing.every((t) => t.pos === 'PROPN');
    return `Should ${named ? '' : 'the '}${subject} ${act.lower}${rest.length > 0 ? ` ${words(rest)}` : ''}?`;
  }
  const done = tokens[to + 2];
  // ("to be neutered/ADJ": wink may tag the participle an adjective.)
  const participle = done?.pos === 'VERB' || (done?.pos === 'ADJ' && /ed$/u.test(done.lower));
  if (tokens[to + 1]?.lower !== 'be' || !participle || !/(?:ed|en|t)$/u.test(done.lower)) {
    return null;
  }
  const rest = phrase(tokens.slice(to + 3));
  return `Should ${subject} be ${done.lower}${rest.length > 0 ? ` ${words(rest)}` : ''}?`;
}

/** Participles that give a thing a name or a verdict: "branded xenophobic", "dubbed a power grab". */
export const NAMING_PARTICIPLES: ReadonlySet<string> = new Set([
  'branded',
  'labelled',
  'labeled',
  'dubbed',
]);

/** Whether a verdict given by a naming participle after a noun opens at `i`: "cities branded xenophobic". */
export function brandedAt(tokens: Token[], i: number): boolean {
  return (
    i >= 2 &&
    NAMING_PARTICIPLES.has(tokens[i].lower) &&
    ['ADJ', 'DET'].includes(tokens[i + 1]?.pos ?? '') &&
    ['NOUN', 'PROPN'].includes(tokens[i - 1].pos)
  );
}

/**
 * "ban khat, popularly known as miraa, …": what else a thing is called, between commas, is no
 * part of the act (nor, to the end, is a list of what it includes).
 */
export function withoutAsides(tokens: Token[]): Token[] {
  // ("make the trial sites …, including the Hinkler electorate, permanent": so is what a thing
  // includes.)
  const comma = tokens.findIndex((t, i) => {
    const known = tokens[i + 1]?.pos === 'ADV' ? i + 2 : i + 1;
    const knownAs = tokens[known]?.lower === 'known' && tokens[known + 1]?.lower === 'as';
    return t.text === ',' && (knownAs || tokens[i + 1]?.lower === 'including');
  });
  if (comma < 1) return tokens;
  const close = tokens.findIndex((t, i) => i > comma && t.text === ',');
  return [...tokens.slice(0, comma), ...(close > 0 ? tokens.slice(close + 1) : [])];
}

/**
 * The action a measure named in a noun phrase stands for, as a motion: "a plan to ban mobile
 * phones in schools" → "Should mobile phones be banned in schools?"; "Portsea's limit of ninety
 * nights on renting out homes" → "Should Portsea limit renting out homes?"; "a ban on private
 * fireworks" → "Should private fireworks be banned?" (or "Should <agent> ban …" when the agent is
 * known); "new restrictions on flights to X" by a known agent → "Should <agent> restrict flights
 * to X?". Null when the tokens name no such measure.
 */
export function policyMotion(whole: Token[], agent: string | null): string | null {
  const tokens = withoutAsides(whole);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // A headline's first word is capitalised, and may be tagged a name ("Moves to ban cars …");
    // a phrase cut from a sentence may open on one tagged a verb ("over plans/VERB to close …").
    const opening = i === 0 && ['PROPN', 'VERB'].includes(t.pos) && CARRIERS.has(t.lower);
    if (t.pos !== 'NOUN' && !opening) continue;
    // "in an effort to cut pollution", "in a bid to …" give a purpose; "the administration's
    // efforts to ban the app" carry a measure.
    // ("in order to get the legislation through": so does "in order to".)
    const purpose =
      (/^an?$/u.test(tokens[i - 1]?.lower ?? '') &&
        (/^efforts?$/u.test(t.lower) || tokens[i - 2]?.lower === 'in')) ||
      (t.lower === 'order' && tokens[i - 1]?.lower === 'in');
    // "a ban restricting all gamers under 16 from playing online games …": what the measure
    // does, said by the participle after it.
    const doing = tokens[i + 1];
    if (
      MEASURES_DOING.has(t.lower) &&
      doing?.pos === 'VERB' &&
      /ing$/u.test(doing.lower) &&
      !PREPOSITIONS_IN_ING.has(doing.lower)
    ) {
      const done = asPassive(doing.lemma, phrase(tokens.slice(i + 2)));
      if (done) return done;
    }
    // "their objection to the idea of developing residential estates on the fringes of country
    // parks": what a plan or an idea "of" doing is, asked as the act done.
    // (wink may tag the gerund a noun before its object: "of building/NOUN wind turbines".)
    const ofAct = tokens[i + 2];
    const gerund =
      ofAct?.pos === 'VERB' ||
      (ofAct?.pos === 'NOUN' &&
        /\p{L}{3}ing$/u.test(ofAct.lower) &&
        ['NOUN', 'DET', 'ADJ'].includes(tokens[i + 3]?.pos ?? ''));
    const ofDoing = tokens[i + 1]?.lower === 'of' && gerund;
    const doneOf =
      ofDoing && (CARRIERS.has(t.lower) || IDEAS.has(t.lower))
        ? gerundAsked(
            phrase([
              {
                ...ofAct,
                pos: 'VERB',
                lemma: ofAct.pos === 'VERB' ? ofAct.lemma : gerundLemma(ofAct.lower),
              },
              ...tokens.slice(i + 3),
            ]),
          )
        : null;
    if (doneOf) return doneOf;
    if (CARRIERS.has(t.lower) && !purpose) {
      // "the bill that calls for a moratorium on the use of hounds …": what it calls for.
      const callsFor =
        ['that', 'which'].includes(tokens[i + 1]?.lower ?? '') &&
        tokens[i + 2]?.lemma === 'call' &&
        tokens[i + 3]?.lower === 'for';
      const called = callsFor ? phrase(tokens.slice(i + 4)) : [];
      if (['a', 'an'].includes(called[0]?.lower ?? '') && called.some((x) => x.pos === 'NOUN')) {
        return `Should there be ${words(called)}?`;
      }
      // "plans for lynx to be reintroduced in forest" → "Should lynx be reintroduced in forest?":
      // what the plan is for, and what would be done to it.
      const doneTo = forThingToBeDone(tokens, i + 1);
      if (doneTo) return doneTo;
      const at = purposeAt(tokens, i + 1);
      // "a plan to close X"; "a bill that would cap X" (the relative's modal, as "to").
      // ("a plan they said would increase …": what its critics said it would do, likewise.)
      const relative =
        ['that', 'which'].includes(tokens[at - 1]?.lower ?? '') ||
        (tokens[at - 1]?.lemma === 'say' && tokens[at - 2]?.pos === 'PRON');
      const opener =
        tokens[at]?.lower === 'to' || (relative && MODAL_OPENERS.has(tokens[at]?.lower));
      // wink may tag the verb after "would" a noun ("would cap rent rises"); a modal takes a verb.
      // (or an adjective: "could double/ADJ council tax").
      const afterModal =
        tokens[at]?.lower !== 'to' && ['NOUN', 'ADJ'].includes(tokens[at + 1]?.pos ?? '');
      // "a resolution that would have banned new rentals": a measure voted down, with its act.
      const wouldHave =
        relative &&
        tokens[at]?.lower === 'would' &&
        tokens[at + 1]?.lower === 'have' &&
        tokens[at + 2]?.pos === 'VERB' &&
        // A thing done to, not a clause ("would have changed how they elect the mayor").
        !CLAUSE_OBJECTS.has(tokens[at + 3]?.lower ?? '');
      // "would sharply increase": a manner adverb before the modal's verb is left out.
      const adverbed = relative && tokens[at + 1]?.pos === 'ADV' && tokens[at + 2]?.pos === 'VERB';
      const to = opener && (verbAfterTo(tokens, at + 1) || afterModal || wouldHave || adverbed);
      // ("rules regarding players who …": a preposition in "-ing" says what about, not what done.)
      const ing =
        tokens[at]?.pos === 'VERB' &&
        /ing$/u.test(tokens[at].lower) &&
        !PREPOSITIONS_IN_ING.has(tokens[at].lower);
      if (!to && !ing) continue;
      const verbAt = wouldHave || adverbed ? at + 2 : to ? at + 1 : at;
      // "Harnby council's plan to collect rubbish fortnightly" → "Should Harnby council collect
      // rubbish fortnightly?": whose plan it is takes the action it carries.
      const timed = at > i + 1 && at === i + 1 + timeBetween(tokens, i + 1);
      const by = at > i + 1 && at === i + 1 + agentBetween(tokens, i + 1);
      // ("Councillor's battle to stop bank closure": whose fight it is does not make them the one
      // to act; what the fight would do is asked as done.)
      const owner =
        !to || CAMPAIGNS.has(t.lower)
          ? null
          : by
            ? words(tokens.slice(i + 2, at))
            : at === i + 1 || timed
              ? ownerOf(tokens, i)
              : null;
      // ("plans to make all tech firms adopt …": after "make" a bare verb is the act made.)
      const after = tokens.slice(verbAt + 1);
      const rest = phrase(MAKING.has(tokens[verbAt].lemma) ? after : beforePluralsVerb(after, t));
      if (owner && rest.length > 0)
        return `Should ${owner} ${tokens[verbAt].lower} ${words(rest)}?`;
      const passive = asPassive(tokens[verbAt].lemma, rest);
      if (passive) return passive;
    }
    const verb = VERB_NOUNS[t.lower];
    if (verb) {
      // "a limit of ninety nights a year on renting …": skip a short "of" phrase to "on".
      let on = i + 1;
      if (tokens[on]?.lower === 'of') {
        const next = tokens.findIndex((x, k) => k > on && k <= on + 6 && x.lower === 'on');
        if (next > 0) on = next;
      }
      // ("a global ban of octopus farming": "of" for "on", not before a term, "a ban of two years".)
      const banOf =
        on === i + 1 &&
        tokens[on]?.lower === 'of' &&
        ['ban', 'bans', 'prohibition'].includes(t.lower) &&
        !['NUM', 'SYM'].includes(tokens[on + 1]?.pos ?? 'NUM');
      if (tokens[on]?.lower !== 'on' && !banOf) continue;
      // ("provincial bus ban on EDSA": with what it bans named before it, a ban's "on" and a
      // name after it say where it applies.)
      const placed =
        ['ban', 'bans'].includes(t.lower) &&
        tokens[i - 1]?.pos === 'NOUN' &&
        tokens[on]?.lower === 'on' &&
        tokens[on + 1]?.pos === 'PROPN';
      if (placed) continue;
      const object = phrase(tokens.slice(on + 1));
      if (object.length === 0) continue;
      const owner = possessor(tokens, i) ?? agent;
      if (owner) return `Should ${owner} ${verb} ${words(object)}?`;
      const passive = asPassive(verb, object);
      if (passive) return passive;
    }
  }
  return null;
}

/**
 * "Moves to ban cars from Mill Street divide traders": after a plural carrier the sentence's own
 * verb may be in its bare form, after the matter's last noun and before its own object.
 */
function beforePluralsVerb(rest: Token[], carrier: Token): Token[] {
  // (Plural by its "-s": the tagger may take a headline's first word for a name, lemma and all.)
  if (!/s$/u.test(carrier.lower) || !CARRIERS.has(carrier.lower.slice(0, -1))) return rest;
  const verb = rest.findIndex(
    (x, k) =>
      k > 0 &&
      x.pos === 'VERB' &&
      x.lower === x.lemma &&
      ['NOUN', 'PROPN'].includes(rest[k - 1].pos) &&
      ['DET', 'NOUN', 'PROPN', 'PRON'].includes(rest[k + 1]?.pos ?? ''),
  );
  return verb > 0 ? rest.slice(0, verb) : rest;
}

/**
 * A gerund and what follows it, asked as the act done: "banning gas, electric blowers" → "Should
 * gas, electric blowers be banned?". Null unless the tokens open with a verb in "-ing".
 */
export function gerundAsked(tokens: Token[]): string | null {
  const [gerund] = tokens;
  if (gerund?.pos !== 'VERB' || !/ing$/u.test(gerund.lower)) return null;
  return actAsked(gerund.lemma, tokens.slice(1));
}

/** Acts that undo a measure: "lift the ban on …", "scrap the cap on …". */
const UNDOING = new Set(
  'lift end scrap overturn repeal relax ease drop remove axe reverse rescind'.split(' '),
);
/** Measures named with what they are "on": "ban on horn trade", "cap on rents". */
const RESTRICTIONS_ON = new Set(
  'ban bans cap caps limit limits restriction restrictions moratorium curb curbs embargo'.split(
    ' ',
  ),
);

/** A verb and what follows it, asked as the act done: "raise" + "the wage to $15" → "Should the wage be raised to $15?". */
export function actAsked(lemma: string, rest: Token[]): string | null {
  return asPassive(lemma, phrase(rest));
}

/** "The arguments for and against", "The case for and against", "Pros and cons of". */
const BOTH_SIDES =
  /^(?:the\s+)?(?:(?:arguments|case|debate)\s+)?for\s+and\s+against$|^(?:the\s+)?pros\s+and\s+cons\s+of$/iu;

/**
 * "The arguments for and against lowering the voting age to 16": an explainer's headline names
 * the matter it weighs in a gerund → "Should the voting age be lowered to 16?". Null otherwise.
 */
export function weighedBothWays(tokens: Token[]): string | null {
  const at = tokens.findIndex(
    (t, i) => i > 0 && i <= 6 && t.pos === 'VERB' && /ing$/u.test(t.lower),
  );
  if (at < 0 || !BOTH_SIDES.test(words(tokens.slice(0, at)))) return null;
  return gerundAsked(tokens.slice(at));
}

/** What a petition is counted in: "turned in 2,500 signatures", "filed a petition". */
const PETITION_NOUNS = new Set(['signatures', 'petition', 'petitions']);

/**
 * "turned in more than 2,500 signatures … to put a question on the ballot in the fall that
 * would restrict the borough's oversight on wood burning": the signatures are the way; what the
 * question would do is the matter → "Should the borough's oversight on wood burning be
 * restricted?". Null unless the sentence counts signatures or a petition and a relative "that
 * would / will" clause after them says what it would do.
 */
export function petitionedAct(tokens: Token[]): string | null {
  const petition = tokens.findIndex((t) => PETITION_NOUNS.has(t.lower));
  if (petition < 0) return null;
  const would = tokens.findIndex(
    (t, i) =>
      i > petition &&
      MODAL_OPENERS.has(t.lower) &&
      ['that', 'which'].includes(tokens[i - 1]?.lower ?? '') &&
      tokens[i + 1]?.pos === 'VERB',
  );
  if (would < 0) return null;
  return asPassive(tokens[would + 1].lemma, phrase(tokens.slice(would + 2)));
}

/** "A case for", "The case against": one side's case. */
const ONE_SIDE = /^(?:an?|the|my|our)\s+case\s+(?:for|against)$/iu;

/**
 * "A case for year-round school", "The case against lowering the voting age": a column that
 * makes one side's case names the matter → "Should there be year-round school?", "Should the
 * voting age be lowered?". Null otherwise.
 */
export function caseMade(tokens: Token[]): string | null {
  const at = tokens.findIndex((t, i) => i > 1 && i <= 3 && ['for', 'against'].includes(t.lower));
  if (at < 0 || !ONE_SIDE.test(words(tokens.slice(0, at + 1)))) return null;
  const rest = tokens.slice(at + 1).filter((t, i, all) => i < all.length - 1 || t.pos !== 'PUNCT');
  const [first] = rest;
  if (!first) return null;
  // (A gerund that asks nothing is a clause, refused below.)
  const asked = gerundAsked(rest);
  if (asked) return asked;
  const clause = (t: Token) =>
    ['VERB', 'AUX'].includes(t.pos) || (t.pos === 'PUNCT' && t.text !== '-');
  if (rest.some(clause)) return null;
  return `Should there be ${words(rest)}?`;
}

/**
 * Where a measure's purpose starts after its noun: right after it ("a plan to …", "a decree
 * banning …"), or after "aimed at" / "intended to" / "designed to", also in a relative clause
 * ("the EastMed project, which is aimed at connecting …").
 */
/**
 * "by Nairobi City County" before "to": how many tokens the agent's "by" phrase takes up to the
 * "to" of what is planned, or 0 when there is none.
 */
export function agentBetween(tokens: Token[], from: number): number {
  if (tokens[from]?.lower !== 'by') return 0;
  let k = from + 1;
  while (k <= from + AGENT_WORDS && ['DET', 'PROPN', 'NOUN'].includes(tokens[k]?.pos ?? '')) k++;
  const named = tokens.slice(from + 1, k).some((t) => t.pos === 'PROPN' || t.pos === 'NOUN');
  return named && tokens[k]?.lower === 'to' && tokens[k + 1]?.pos === 'VERB' ? k - from : 0;
}
/** Most words of the agent between a plan and its "to" ("by Nairobi City County"). */
const AGENT_WORDS = 5;

function purposeAt(tokens: Token[], from: number): number {
  // "the council's decision Wednesday to put …", "its decision in July to ban …": when it was
  // made, between.
  const when = timeBetween(tokens, from);
  if (when > 0 && tokens[from + when]?.lower === 'to') return from + when;
  // "plans by Nairobi City County to kill …": whose plan, between.
  const by = agentBetween(tokens, from);
  if (by > 0) return from + by;
  let k = from;
  if (tokens[k]?.text === ',' && ['which', 'that'].includes(tokens[k + 1]?.lower ?? '')) k += 2;
  else if (tokens[k]?.lower === 'that' || tokens[k]?.lower === 'which') k += 1;
  else if (tokens[k]?.pos === 'PRON' && tokens[k + 1]?.lemma === 'say') k += 2;
  if (k > from && ['is', 'are', 'was', 'were'].includes(tokens[k]?.lower ?? '')) k += 1;
  // "a bill that would cap rent rises", "… that would have banned …": what the measure would
  // do is its purpose.
  if (
    k > from &&
    MODAL_OPENERS.has(tokens[k]?.lower) &&
    (['VERB', 'NOUN', 'ADJ'].includes(tokens[k + 1]?.pos ?? '') ||
      (tokens[k + 1]?.pos === 'ADV' && tokens[k + 2]?.pos === 'VERB') ||
      (tokens[k]?.lower === 'would' && tokens[k + 1]?.lower === 'have'))
  ) {
    return k;
  }
  // "which currently involves …, is aimed at": only a purpose right after the relative opener.
  if (
    PURPOSE_WORDS.has(tokens[k]?.lower ?? '') &&
    ['at', 'to'].includes(tokens[k + 1]?.lower ?? '')
  ) {
    return tokens[k + 1].lower === 'at' ? k + 2 : k + 1;
  }
  return k > from ? -1 : from;
}

/** Verbs with a receiver and a thing given: "give every family £100". */
const GIVING = new Set(['give', 'pay', 'offer', 'grant', 'award', 'send', 'lend', 'owe']);
/** Verbs whose first object pays what the second says: "charge bloggers a fee". */
const TWO_OBJECT_CHARGES = new Set(['charge', 'bill', 'fine']);
/** Verbs in the base form that take two objects: "charge bloggers a fee", "give families a say". */
export const TWO_OBJECT_VERBS: ReadonlySet<string> = new Set([
  ...GIVING,
  ...TWO_OBJECT_CHARGES,
  'deny',
]);

/** Participles that say what a thing is for: "aimed at …", "designed to …". */
export const PURPOSE_WORDS = new Set(['aimed', 'intended', 'designed', 'meant']);
/** "a bill that would cap …": the relative's modal opens the measure's purpose like "to". */
const MODAL_OPENERS: ReadonlySet<string | undefined> = new Set(['would', 'will', 'could']);
/** Words that open a clause as a verb's object: "changed how they elect the mayor". */
const CLAUSE_OBJECTS = new Set([
  'how',
  'what',
  'whether',
  'who',
  'when',
  'where',
  'why',
  'if',
  'that',
]);

/** "close" + "the streets of the old town to cars" → "Should the streets of the old town be closed to cars?" */
function asPassive(lemma: string, vp: Token[]): string | null {
  // "would see young people given a choice", "would mean families pay more": what a measure
  // brings about is its effect, not an act done to someone.
  if (BRINGING_ABOUT.has(lemma)) return null;
  // "to have the implementation and construction of the expressway stopped on grounds …": what
  // one has done to a thing is the act, without the grounds.
  if (lemma === 'have' || lemma === 'get') {
    const done = vp.findIndex(
      (t, k) =>
        k > 0 &&
        t.pos === 'VERB' &&
        t.lower !== t.lemma &&
        /(?:ed|en)$/u.test(t.lower) &&
        ['NOUN', 'PROPN'].includes(vp[k - 1].pos),
    );
    return done > 0 ? `Should ${subjectWords(vp.slice(0, done))} be ${vp[done].lower}?` : null;
  }
  // "a bill requiring employers to state the salary range": the one bound is the subject.
  const bound = REQUIRING.has(lemma) ? letObject(vp) : 0;
  if (bound > 0 && vp[bound].lower === 'to') {
    const subject = subjectWords(vp.slice(0, bound));
    return `Should ${subject} be ${pastParticiple(lemma)} to ${words(vp.slice(bound + 1))}?`;
  }
  const allowed = LETTING.has(lemma) ? letObject(vp) : 0;
  if (allowed > 0) {
    const act = vp[allowed].lower === 'to' ? vp.slice(allowed + 1) : vp.slice(allowed);
    return `Should ${subjectWords(vp.slice(0, allowed))} be allowed to ${words(act)}?`;
  }
  // "make all tech firms adopt the same charging ports": the ones made to act, then the act.
  const act = MAKING.has(lemma)
    ? vp.findIndex(
        (t, k) =>
          k > 0 &&
          t.pos === 'VERB' &&
          t.lower === t.lemma &&
          vp.slice(0, k).every((w) => ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(w.pos)),
      )
    : -1;
  if (act > 0 && vp.slice(0, act).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) {
    const subject = subjectWords(vp.slice(0, act));
    return `Should ${subject} be made to ${words(vp.slice(act))}?`;
  }
  // "make using a wild animal in a travelling circus an offence": what it is made comes last.
  // ("make Covid vaccinations mandatory by law": an adjective after the object, before a
  // preposition's phrase or the end, is what it is made.)
  if (MAKING.has(lemma)) {
    const adjective = vp.findIndex(
      (t, k) =>
        k > 0 &&
        t.pos === 'ADJ' &&
        ['NOUN', 'PROPN'].includes(vp[k - 1].pos) &&
        (k === vp.length - 1 || vp[k + 1].pos === 'ADP'),
    );
    const last = vp.length - 1;
    const complement =
      adjective > 0
        ? adjective
        : vp[last]?.pos === 'ADJ'
          ? last
          : vp.findLastIndex((t) => ['a', 'an'].includes(t.lower));
    const object = vp.slice(0, complement);
    if (complement > 0 && object.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) {
      const subject = subjectWords(object);
      return `Should ${subject} be ${pastParticiple(lemma)} ${words(vp.slice(complement))}?`;
    }
  }
  let end = 0;
  // ("cruise ships carrying more than 1,000 passengers": "than" compares within the object.)
  // ("the importation of trophies into Europe": where a noun of action goes is its own.)
  const action = vp.find((t) => t.pos === 'NOUN')?.lower ?? '';
  // ("move the Kelby Museum collection to Orby": a noun in "-tion" names an act only with what
  // it is of.)
  const actOf = vp.some((t, i) => t.lower === action && vp[i + 1]?.lower === 'of');
  // ("a bridge linking Sicily to Italy's mainland": a participle after the object's noun, before
  // a name or an article, takes its own preposition; "the school leaving age to 18" is a compound.)
  const participleBefore = (k: number) =>
    vp.some(
      (w, j) =>
        j > 0 &&
        j < k &&
        w.pos === 'VERB' &&
        /\p{L}{3}ing$/u.test(w.lower) &&
        vp[j - 1].pos === 'NOUN' &&
        ['DET', 'PROPN'].includes(vp[j + 1]?.pos ?? '') &&
        !vp.slice(j + 1, k).some((x) => x.pos === 'ADP'),
    );
  // ("gamers under 16", "drivers over 70": an age bounds the object itself.)
  // ("grant power to clamp down on foreign media": after an infinitive inside the object, the
  // rest is the infinitive's own.)
  const infinitiveBefore = (k: number) =>
    vp.some(
      (w, j) =>
        j > 0 &&
        j < k - 1 &&
        w.lower === 'to' &&
        vp[j + 1].pos === 'VERB' &&
        vp[j + 1].lower === vp[j + 1].lemma &&
        vp[j - 1].pos === 'NOUN',
    );
  const own = (t: Token, k: number) =>
    ['of', 'than'].includes(t.lower) ||
    infinitiveBefore(k) ||
    // ("amend the Law on Churches and Congregations": a preposition of what a capitalised name
    // is about is inside it; "A&E at Orby" says where.)
    (['on', 'for'].includes(t.lower) &&
      k > 0 &&
      /^\p{Lu}/u.test(vp[k - 1].text) &&
      /^\p{Lu}/u.test(vp[k + 1]?.text ?? '')) ||
    (['to', 'with', 'into', 'from'].includes(t.lower) && participleBefore(k)) ||
    // ("lift South Africa's ban on horn trade": what a measure undone was on is the measure's.)
    (t.lower === 'on' && UNDOING.has(lemma) && RESTRICTIONS_ON.has(vp[k - 1]?.lower ?? '')) ||
    (['under', 'over', 'aged'].includes(t.lower) && vp[k + 1]?.pos === 'NUM') ||
    // ("build up to 700 homes": "up to" a count is how many, not a particle and a preposition.)
    (t.lower === 'up' && vp[k + 1]?.lower === 'to' && vp[k + 2]?.pos === 'NUM') ||
    (t.lower === 'to' && vp[k - 1]?.lower === 'up' && vp[k + 1]?.pos === 'NUM') ||
    // ("ban the purchase and rental of farmland by foreigners": who would buy is the act's own,
    // no agent of the ban.)
    (t.lower === 'by' && (TRADE_NOUNS.has(action) || HOLDING_NOUNS.has(action))) ||
    (((/(?:tion|sion|ment)$/u.test(action) && actOf) ||
      TRADE_NOUNS.has(action) ||
      // ("fuel supply to old vehicles": the noun right before it may be the one moving.)
      TRADE_NOUNS.has(vp[k - 1]?.lower ?? '')) &&
      ['into', 'from', 'to'].includes(t.lower));
  // ("send migrants to/PART newly opened centres": a "to" before no bare verb is the preposition.)
  const preposition = (t: Token, k: number) =>
    t.pos === 'ADP' ||
    (t.lower === 'to' &&
      k > 0 &&
      (vp[k + 1]?.pos !== 'VERB' || vp[k + 1].lower !== vp[k + 1].lemma));
  while (end < vp.length && (!preposition(vp[end], end) || own(vp[end], end))) end++;
  // "decriminalize the possession of drugs and boost funding for treatment": of two acts, the
  // first is asked with its own object.
  const second = vp.findIndex(
    (t, i) =>
      i > 0 &&
      i < end &&
      t.lower === 'and' &&
      vp[i + 1]?.pos === 'VERB' &&
      vp[i + 1].lower === vp[i + 1].lemma,
  );
  if (second > 0) {
    const object = vp.slice(0, second);
    if (!object.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) return null;
    return `Should ${subjectWords(object)} be ${pastParticiple(lemma)}?`;
  }
  // "give every family £100 a year": of two objects the first, the receiver, is the subject of
  // the passive ("Should every family be given £100 a year …?").
  // ("charge bloggers a $930 licensing fee": so is one charged, before a sum's "a" or "an".)
  if (GIVING.has(lemma) || TWO_OBJECT_CHARGES.has(lemma)) {
    const second = vp.findIndex(
      (t, i) =>
        i > 0 &&
        i < end &&
        vp[i - 1].pos === 'NOUN' &&
        (t.pos === 'SYM' ||
          t.pos === 'NUM' ||
          (TWO_OBJECT_CHARGES.has(lemma) && /^an?$/u.test(t.lower) && /s$/u.test(vp[i - 1].lower))),
    );
    if (second > 0 && vp.slice(0, second).some((t) => t.pos === 'NOUN')) {
      const receiver = subjectWords(vp.slice(0, second));
      return `Should ${receiver} be ${pastParticiple(lemma)} ${words(vp.slice(second))}?`;
    }
  }
  // "round up stray dogs" → "Should stray dogs be rounded up?": a particle right after the verb
  // goes after it in the passive too.
  // ("hand over two Red Sea islands to Saudi Arabia": "over" after "hand" is its particle, not
  // a count.)
  const handedOver =
    vp[0]?.lower === 'over' &&
    HANDING_OVER.has(lemma) &&
    ['NOUN', 'ADJ', 'DET', 'NUM', 'PROPN'].includes(vp[1]?.pos ?? '');
  const leading =
    (PARTICLES.has(vp[0]?.lower ?? '') && ['NOUN', 'ADJ', 'DET'].includes(vp[1]?.pos ?? '')) ||
    handedOver
      ? vp[0]
      : null;
  if (leading) {
    const taken = asPassive(lemma, vp.slice(1));
    const participle = pastParticiple(lemma);
    // (Only before the end or a preposition: "… be shut down out coal plants" is a second act
    // run in.)
    const after = taken?.split(` be ${participle}`)[1] ?? '';
    if (
      taken &&
      /^(?:\?$|\s(?:in|on|at|from|across|by|for|to|near|around|within|before|after)\b)/u.test(after)
    ) {
      return taken.replace(` be ${participle}`, ` be ${participle} ${leading.lower}`);
    }
  }
  let object = vp.slice(0, end);
  let rest = vp.slice(end);
  // "bring empty homes back into use": the verb's particle goes with it in the passive.
  const particle = object[object.length - 1];
  // ("charge foreigners more for castle entry": so does how much more, after the object.)
  const degree = ['more', 'less'].includes(particle?.lower ?? '');
  if (object.length > 1 && ((particle.pos === 'ADV' && PARTICLES.has(particle.lower)) || degree)) {
    object = object.slice(0, -1);
    rest = [particle, ...rest];
  }
  // "ban vaping outside school gates": a gerund is a noun's object too.
  const nominal = (t: Token) =>
    t.pos === 'NOUN' || t.pos === 'PROPN' || (t.pos === 'VERB' && /ing$/u.test(t.lower));
  if (object.length === 0 || !object.some(nominal)) {
    return null;
  }
  const tail = rest.length > 0 ? ` ${words(rest)}` : '';
  return `Should ${subjectWords(object)} be ${pastParticiple(lemma)}${tail}?`;
}

/** Nouns of goods moving: where they go or come from is part of them ("imports of fur into …"). */
const TRADE_NOUNS = new Set([
  'supply',
  'supplies',
  'access',
  'import',
  'imports',
  'export',
  'exports',
  'sale',
  'sales',
  'delivery',
  'deliveries',
]);

/** Verbs that take "over" as a particle: "hand over the islands", "sign over the land". */
const HANDING_OVER = new Set(['hand', 'sign', 'turn', 'give']);

/** Nouns of holding or taking a thing: "the purchase of farmland", "ownership of guns". */
const HOLDING_NOUNS = new Set([
  'purchase',
  'purchases',
  'rental',
  'ownership',
  'possession',
  'use',
]);

/** A phrasal verb's particle after its object: "bring homes back", "phase the fee out". */
export const PARTICLES = new Set(['back', 'out', 'off', 'up', 'down', 'away']);

/** Verbs whose object is given a quality or a status: "make helmets compulsory". */
const MAKING = new Set(['make', 'declare', 'render']);

/** A noun phrase as the subject of a question: "The" opening it is lowered ("Should the …"). */
function subjectWords(tokens: Token[]): string {
  return words(tokens).replace(/^The\b/u, 'the');
}

/** Verbs that bind their object to act: "a law forcing employers to publish …". */
const REQUIRING = new Set(['require', 'force', 'oblige', 'order']);

/** Verbs that let their object act: "a bill that would let large shops open on Sundays". */
const LETTING = new Set(['let', 'allow', 'permit', 'enable', 'authorise', 'authorize']);

/**
 * Where the one let act ends and what they may do starts: "let large shops | open …", "allow
 * pupils | to leave …"; 0 when the object is no noun phrase followed by an act.
 */
function letObject(vp: Token[]): number {
  let at = 0;
  // "16- and 17-year-olds": a hyphen joined to its word and an "and" between numbers stay in
  // the phrase.
  const joined = (k: number) =>
    (vp[k]?.text === '-' && vp[k].start === vp[k - 1]?.end) ||
    (vp[k]?.pos === 'CCONJ' && vp[k - 1]?.text === '-' && vp[k + 1]?.pos === 'NUM');
  while (['DET', 'ADJ', 'NUM'].includes(vp[at]?.pos ?? '') || (at > 0 && joined(at))) at++;
  const head = at;
  while (vp[at]?.pos === 'NOUN' || vp[at]?.pos === 'PROPN' || (at > head && joined(at))) at++;
  if (at === head) return 0;
  // "let 16-year-olds vote in …": wink may tag the bare verb after a plural noun a noun.
  const last = vp[at - 1];
  if (
    at - 1 > head &&
    last.pos === 'NOUN' &&
    last.lower === last.lemma &&
    /s$/u.test(vp[at - 2].lower) &&
    vp[at - 2].pos === 'NOUN' &&
    (vp[at] === undefined || vp[at].pos === 'ADP')
  ) {
    return at - 1;
  }
  // "require drivers for Uber, Lyft and similar companies to undergo …": a phrase after the
  // object's noun is the object's, when "to" and its verb follow it.
  if (['for', 'of', 'in', 'at', 'from'].includes(vp[at]?.lower ?? '')) {
    let k = at + 1;
    while (k < at + 12 && NOUN_PHRASE_POS.has(vp[k]?.pos ?? '')) k++;
    if (k > at + 1 && vp[k]?.lower === 'to' && vp[k + 1]?.pos === 'VERB') return k;
  }
  const next = vp[at];
  // wink may tag the bare verb after the object an adjective ("let shops open").
  const acts =
    next?.lower === 'to'
      ? vp[at + 1]?.pos === 'VERB' || vp[at + 1]?.lower === 'be'
      : next !== undefined && (next.pos === 'VERB' || next.pos === 'ADJ');
  return acts ? at : 0;
}

const NOUN_PHRASE_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'CCONJ', 'PUNCT']);

/** "Portsea's limit", "Portsea limit": the proper name that owns the measure. */
function possessor(tokens: Token[], at: number): string | null {
  // ("Alberta's sudden pause on …": the owner's mark before the measure's adjectives.)
  let end = at;
  while (end > 0 && tokens[end - 1].pos === 'ADJ') end--;
  if (tokens[end - 1]?.pos === 'PART' && /^['’]s$/u.test(tokens[end - 1].text)) end--;
  else end = at;
  let from = end;
  while (from > 0 && tokens[from - 1].pos === 'PROPN') from--;
  if (from === end) return null;
  return words(tokens.slice(from, end));
}

/**
 * The owner of a measure named with "'s" before it: "Harnby council's plan" → "Harnby council",
 * "the government's plan" → "the government"; a name, or a noun after "the". Null otherwise.
 */
function ownerOf(tokens: Token[], at: number): string | null {
  // "the council's controversial decision": the owner's mark before the plan's adjectives.
  let end = at - 1;
  while (end > 0 && tokens[end].pos === 'ADJ') end--;
  if (tokens[end]?.pos !== 'PART' || !/^['’]s$/u.test(tokens[end].text)) return null;
  let from = end;
  while (from > 0 && ['PROPN', 'NOUN'].includes(tokens[from - 1].pos)) from--;
  // ("This plan parallels Shizuoka Prefecture's plan to charge …", "Uruguayans blast Google's
  // plan to …": common words before a name that owns the plan are the sentence's, or a title
  // the name does without.)
  for (let i = end - 1; i > from; i--) {
    if (/^\p{Ll}/u.test(tokens[i - 1].text) && /^\p{Lu}/u.test(tokens[i].text)) {
      from = i;
      break;
    }
  }
  const owner = tokens.slice(from, end);
  if (owner.length === 0 || owner.length > 4) return null;
  // "Kelby council's plan": a body named by its place takes "the", as a person's name does not.
  const body =
    owner[owner.length - 1].pos === 'NOUN' && /^\p{Ll}/u.test(owner[owner.length - 1].text);
  if (tokens[from - 1]?.lower === 'the' || body) return `the ${words(owner)}`;
  return owner.some((t) => t.pos === 'PROPN') ? words(owner) : null;
}

/** Most words inside a bracket that is part of a name. */
const NAME_BRACKET_WORDS = 8;

/** Whether the bracket at `at` sits inside a capitalised name, which goes on after it. */
function bracketInName(tokens: Token[], at: number): boolean {
  const close = tokens.findIndex((t, k) => k > at && t.text === ')');
  if (close < 0 || close - at > NAME_BRACKET_WORDS) return false;
  const capital = (t: Token | undefined) => /^\p{Lu}/u.test(t?.text ?? '');
  return capital(tokens[at - 1]) && capital(tokens[at + 1]) && capital(tokens[close + 1]);
}

/** "drivers for Uber, Lyft and similar companies": a comma between names of a list with "and". */
function inNameList(tokens: Token[], comma: number): boolean {
  return (
    tokens[comma - 1]?.pos === 'PROPN' &&
    tokens[comma + 1]?.pos === 'PROPN' &&
    tokens.slice(comma + 2, comma + 5).some((t) => t.lower === 'and' || t.lower === 'or')
  );
}

/**
 * "a four-day, 32-hour week", "a long, narrow park": a comma between two modifiers of one noun
 * after its determiner is inside the noun phrase, no place to cut.
 */
export function betweenModifiers(tokens: Token[], comma: number): boolean {
  const modifier = (at: number, hyphenAt: number) =>
    tokens[at]?.pos === 'ADJ' || tokens[hyphenAt]?.text === '-';
  // "most short-term, vacation rentals": a noun that modifies the noun after it.
  const nounModifier = tokens[comma + 1]?.pos === 'NOUN' && tokens[comma + 2]?.pos === 'NOUN';
  if (!modifier(comma - 1, comma - 2) || !(modifier(comma + 1, comma + 2) || nounModifier))
    return false;
  const det = tokens
    .slice(Math.max(0, comma - 5), comma)
    // ("sales of new, gasoline-powered cars": "of" opens the phrase as an article would.)
    .findLastIndex((t) => t.pos === 'DET' || QUANTIFIERS.has(t.lower) || t.lower === 'of');
  if (det < 0) return false;
  const from = Math.max(0, comma - 5) + det;
  return !tokens.slice(from, comma).some((t) => t.pos === 'VERB');
}

/**
 * "banning tricycles, pedicabs and motorized pedicabs from …": a comma between the nouns of a
 * list that "and" or "or" closes a few words on is inside the object, no place to cut.
 */
export function betweenListed(tokens: Token[], comma: number): boolean {
  // ("in the IT, ITeS and BPO sectors": names and initials are listed as nouns are.)
  const named = (t: Token | undefined) => t?.pos === 'PROPN' || /^\p{Lu}{2,}$/u.test(t?.text ?? '');
  const listable = (t: Token | undefined) => t?.pos === 'NOUN' || t?.pos === 'ADJ' || named(t);
  if (tokens[comma - 1]?.pos !== 'NOUN' && !named(tokens[comma - 1])) return false;
  for (let i = comma + 1; i <= comma + 3; i += 1) {
    if (['and', 'or'].includes(tokens[i]?.lower ?? '')) {
      // ("and motorized pedicabs": a participle before the last noun.)
      const participle = tokens[i + 1]?.pos === 'VERB' && tokens[i + 2]?.pos === 'NOUN';
      return i > comma + 1 && (listable(tokens[i + 1]) || participle);
    }
    if (!listable(tokens[i])) return false;
  }
  return false;
}

/** Words that open a noun phrase as a determiner does: "most short-term, vacation rentals". */
const QUANTIFIERS = new Set(['most', 'all', 'some', 'many', 'any']);

/** Past verbs of a relative clause that tells a measure's history, not what it does. */
const HISTORY_VERBS = new Set(['went', 'took', 'came', 'was', 'were', 'had', 'passed']);

/**
 * "a 112 mile-long (180km) power line", "a new (and costly) bridge": a short bracket between a
 * modifier and the noun it modifies is an aside inside the noun phrase, left out so the phrase
 * does not end on its modifier.
 */
export function withoutModifierAsides(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const close = tokens[i].text === '(' ? tokens.findIndex((t, j) => j > i && t.text === ')') : -1;
    const before = out[out.length - 1];
    const after = tokens[close + 1];
    if (
      close > i + 1 &&
      close - i <= 5 &&
      !tokens.slice(i + 1, close).some((t) => t.text === ',') &&
      // ("a 20-mile (32km) road": a hyphened compound's noun modifies too.)
      (['ADJ', 'NUM'].includes(before?.pos ?? '') || out[out.length - 2]?.text === '-') &&
      ['NOUN', 'ADJ'].includes(after?.pos ?? '')
    ) {
      i = close;
      continue;
    }
    out.push(tokens[i]);
  }
  return out;
}

/**
 * Whether a vote's count starts at `i`: "by a margin of 8,670 votes", "by 40 votes" (of "approved
 * a plan to spend $6.5 billion on new fighter aircraft by a margin of 8,670 votes"), which tells
 * how the vote went, not what was voted on.
 */
export function voteCountAt(tokens: Token[], i: number): boolean {
  return (
    tokens[i]?.lower === 'by' &&
    ((tokens[i + 1]?.lower === 'a' && tokens[i + 2]?.lower === 'margin') ||
      (tokens[i + 1]?.pos === 'NUM' && /^votes?$/u.test(tokens[i + 2]?.lower ?? '')))
  );
}

/** Adverbs that open a verdict: "just sloppy", "simply wrong". */
const VERDICT_ADVERBS = new Set(['just', 'simply', 'utterly', 'totally', 'plain']);

/** Units of a span of time: "hours", "days". */
const SPAN_UNITS = new Set(['minute', 'hour', 'day', 'week', 'month', 'year']);
/** Words that weigh a span of time: "a mere", "just", "only". */
const SPAN_WEIGHTS = new Set(['a', 'mere', 'just', 'only', 'barely', 'some']);

/**
 * Whether a span of time before "after", "before", "later" or "ago" starts at `i`: "a mere
 * twenty-four hours after", "two days later".
 */
function spanOfTimeAt(tokens: Token[], i: number): boolean {
  let k = i;
  while (SPAN_WEIGHTS.has(tokens[k]?.lower ?? '') && k < i + 2) k++;
  const count = k;
  while (tokens[k]?.pos === 'NUM' || (tokens[k]?.text === '-' && tokens[k + 1]?.pos === 'NUM')) k++;
  return (
    k > count &&
    SPAN_UNITS.has(tokens[k]?.lemma ?? '') &&
    ['after', 'before', 'later', 'ago'].includes(tokens[k + 1]?.lower ?? '')
  );
}

/** Most words of an appositive between commas, its commas included. */
const APPOSITIVE_WORDS = 9;
/** Prepositions that complete a verb of moving or turning a thing: "into a mosque", "to …". */
const COMPLEMENT_PREPOSITIONS = new Set(['into', 'to', 'onto', 'as', 'from']);

/**
 * "convert the Hagia Sophia museum, a UNESCO World Heritage Site, into a mosque": a noun phrase
 * between commas after the thing, before the rest of what is done to it, is an aside, left out so
 * the act keeps its end ("… convert the Hagia Sophia museum into a mosque").
 */
export function withoutAsideBeforeComplement(tokens: Token[]): Token[] {
  const comma = tokens.findIndex((t) => t.text === ',');
  const close = tokens.findIndex((t, i) => i > comma + 1 && t.text === ',');
  const appositive =
    comma > 0 &&
    tokens[comma + 1]?.pos === 'DET' &&
    close > comma + 2 &&
    close - comma <= APPOSITIVE_WORDS &&
    tokens.slice(comma + 2, close).every((t) => ['ADJ', 'NOUN', 'PROPN', 'PART'].includes(t.pos)) &&
    COMPLEMENT_PREPOSITIONS.has(tokens[close + 1]?.lower ?? '');
  return appositive ? [...tokens.slice(0, comma), ...tokens.slice(close + 1)] : tokens;
}

/** Whether "that" or "which" and a noun subject come right before the modal at `i`. */
function relativeSubjectBefore(tokens: Token[], i: number): boolean {
  return [2, 3].some(
    (k) =>
      ['that', 'which'].includes(tokens[i - k]?.lower ?? '') &&
      ['NOUN', 'PROPN'].includes(tokens[i - k - 1]?.pos ?? '') &&
      tokens.slice(i - k + 1, i).every((t) => ['NOUN', 'PROPN', 'DET', 'ADJ'].includes(t.pos)),
  );
}

/** Up to where the phrase ends: a comma, a semicolon or a clause of time or reason. */
function phrase(all: Token[]): Token[] {
  const tokens = withoutAsideBeforeComplement(
    all.some((t) => t.text === '(') ? withoutModifierAsides(all) : all,
  );
  // Where the first relative word is, looked for once and only when a finite "is" needs it.
  let relative: number | undefined;
  const relativeBefore = (i: number) => {
    relative ??= tokens.findIndex((x) => RELATIVE_WORDS.has(x.lower));
    return relative >= 0 && relative < i;
  };
  const stop = tokens.findIndex(
    (t, i) =>
      (t.text === ',' &&
        !betweenModifiers(tokens, i) &&
        !inNameList(tokens, i) &&
        !betweenListed(tokens, i)) ||
      t.text === ';' ||
      // "cats to be neutered but campaigners say many will be …": "but" opening a clause of its
      // own, with a subject and a verb.
      (t.lower === 'but' &&
        ['NOUN', 'PRON', 'PROPN', 'DET'].includes(tokens[i + 1]?.pos ?? '') &&
        tokens.slice(i + 2, i + 5).some((x) => x.pos === 'VERB' || x.pos === 'AUX')) ||
      // "… the three strikes law - effectively hauling it off …": a spaced dash opens an aside.
      (i > 0 && /^[-–—]$/u.test(t.text) && tokens[i - 1].end < t.start) ||
      t.text === '.' ||
      // "(News, 3 June)": a bracket opens an aside, not more of the matter (but "the Environmental
      // Protection (Mining in Forest Reserves) Regulations" is one name).
      (t.text === '(' && !bracketInName(tokens, i)) ||
      (i > 0 && SUBORDINATORS.has(t.lower) && t.pos !== 'ADP' && t.pos !== 'ADV') ||
      (i > 0 && ['as', 'because', 'while', 'amid'].includes(t.lower) && !roleAs(tokens, i)) ||
      pastClauseAfter(tokens, i) ||
      // "a blanket ban on earrings a mere twenty-four hours after a backlash": when, not what.
      (i > 0 && spanOfTimeAt(tokens, i)) ||
      voteCountAt(tokens, i) ||
      // "Plan to integrate health insurance into 'My Number' cards just sloppy": a headline's
      // verdict on the plan at its end, with its "is" left out.
      (i > 0 &&
        VERDICT_ADVERBS.has(t.lower) &&
        tokens[i + 1]?.pos === 'ADJ' &&
        i + 2 >= tokens.length) ||
      // "a ban on smoking in bars that went into effect in April": the measure's history.
      (i > 0 && ['that', 'which'].includes(t.lower) && HISTORY_VERBS.has(tokens[i + 1]?.lower)) ||
      // ("… outside four major cities branded xenophobic by civil rights organisations": what
      // the measure is branded, even without a comma, is a verdict on it.)
      brandedAt(tokens, i) ||
      // "a plan to close the library on Saturdays would shut out …": the sentence's own verb.
      // ("between May and September": the month is no modal.)
      // ("the hours that alcohol can be bought": a modal inside a relative clause on the object
      // is the object's.)
      (i > 0 &&
        CLAUSE_MODALS.has(t.text) &&
        t.pos !== 'PROPN' &&
        !relativeSubjectBefore(tokens, i)) ||
      // "Packers' proposal to ban tush push fails": how the plan fared, the headline's last word.
      (i > 0 &&
        i === tokens.length - 1 &&
        t.pos === 'VERB' &&
        /[^s]s$/u.test(t.lower) &&
        PLAN_FATES.has(t.lemma) &&
        // (wink may tag the last noun a verb: "tush push/VERB fails".)
        (['NOUN', 'PROPN'].includes(tokens[i - 1].pos) ||
          tokens[i - 1].lower === tokens[i - 1].lemma)) ||
      // "a decision to put bike lanes on Cleveland Avenue left residents in tears": the
      // sentence's own verb, inflected, after the matter's last noun and before its object.
      (i > 0 &&
        t.pos === 'VERB' &&
        t.lower !== t.lemma &&
        !/ing$/u.test(t.lower) &&
        ['NOUN', 'PROPN'].includes(tokens[i - 1].pos) &&
        (['DET', 'NOUN', 'PROPN', 'PRON'].includes(tokens[i + 1]?.pos ?? '') ||
          // "… library moves forward", "… bill heads to": a present "-s" before where it goes.
          (/[^s]s$/u.test(t.lower) && ONWARD.has(tokens[i + 1]?.lower ?? '')))) ||
      // "The Delhi government's decision to ban fuel supply to overage vehicles in the capital
      // reversed on Thursday": a past verb after the matter's last noun, told when, is the
      // sentence's own.
      (i > 0 &&
        t.pos === 'VERB' &&
        /ed$/u.test(t.lower) &&
        t.lower !== t.lemma &&
        ['NOUN', 'PROPN'].includes(tokens[i - 1].pos) &&
        timeBetween(tokens, i + 1) > 0) ||
      // "… free Muni service for youths led to five hours of inaction": a past verb "led to" a
      // count or a thing, after the matter's last noun.
      (i > 0 &&
        t.pos === 'VERB' &&
        t.lower !== t.lemma &&
        !/ing$/u.test(t.lower) &&
        ['NOUN', 'PROPN'].includes(tokens[i - 1].pos) &&
        tokens[i + 1]?.lower === 'to' &&
        ['NUM', 'DET'].includes(tokens[i + 2]?.pos ?? '')) ||
      // "a proposal to increase entrance fees … landed with a thud", "… met with a backlash": the
      // sentence's own past verb and how the matter was received.
      (i > 0 &&
        t.pos === 'VERB' &&
        /ed$/u.test(t.lower) &&
        t.lower !== t.lemma &&
        ['NOUN', 'PROPN'].includes(tokens[i - 1].pos) &&
        tokens[i + 1]?.lower === 'with' &&
        ['a', 'an', 'widespread', 'fierce', 'anger', 'dismay'].includes(
          tokens[i + 2]?.lower ?? '',
        )) ||
      // "a motion to ban animal circuses from land owned by … City Council failed": how the
      // measure fared, the sentence's own verb, after its last noun.
      (i > 0 &&
        ['NOUN', 'PROPN'].includes(tokens[i - 1].pos) &&
        (i === tokens.length - 1
          ? FARED.has(t.lower) || RECEIVED.has(t.lower)
          : FARED.has(t.lower) && AFTER_FARED.has(tokens[i + 1].lower))) ||
      // (wink may tag that verb a noun: "library moves/NOUN forward/ADV".)
      (i > 0 &&
        t.pos === 'NOUN' &&
        /[^s]s$/u.test(t.lower) &&
        tokens[i + 1]?.pos === 'ADV' &&
        ONWARD.has(tokens[i + 1].lower)) ||
      // "a motion to restrict the use of glyphosate is set to go before …": the sentence's own
      // "is", unless a relative word before it opened a clause of the matter ("where air is …").
      (i > 0 &&
        FINITE_AUXILIARIES.has(t.lower) &&
        ['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(tokens[i - 1].pos) &&
        !relativeBefore(i)),
  );
  const cut = stop >= 0 ? tokens.slice(0, stop) : tokens;
  let end = cut.length;
  let run = end;
  while (run > 0 && cut[run - 1].measure) run--;
  // ("early this year": the word placing a time within its span goes with it.)
  if (run < cut.length && run > 0 && TIME_EDGES.has(cut[run - 1].lower)) run--;
  // "from $2 to $3 by 2027": the closing phrase of time starts at its preposition; the figure
  // aimed at ("to $3") is part of the matter.
  const timeAt = cut.findIndex(
    (t, i) => i > run && t.pos === 'ADP' && TIME_PREPOSITIONS.has(t.lower),
  );
  if (timeAt > 0) end = timeAt;
  else if (cut[run - 1]?.lower !== 'to') end = run;
  // "between May and September": the first half of a span of time goes with the second.
  if (end < cut.length && ['and', 'or'].includes(cut[end - 1]?.lower ?? '')) {
    const adp = cut.slice(Math.max(0, end - 4), end - 1).findLastIndex((t) => t.pos === 'ADP');
    if (adp >= 0) end = Math.max(0, end - 4) + adp + 1;
  }
  // ("for the coming year": the article the time left behind goes with its preposition.)
  while (end < cut.length && end > 0 && ['ADP', 'DET'].includes(cut[end - 1].pos)) end--;
  return cut.slice(0, end);
}

/**
 * "occupied as a principal residence": "as a" and a noun phrase is the role a thing is put to,
 * part of the matter; "as a crowd protested" is a clause.
 */
function roleAs(tokens: Token[], at: number): boolean {
  if (tokens[at].lower !== 'as' || !['a', 'an'].includes(tokens[at + 1]?.lower ?? '')) return false;
  const rest = tokens.slice(at + 2, at + 6);
  return !rest.some((t) => t.pos === 'VERB' || t.pos === 'AUX');
}

/** How a measure fared, as the sentence's verb after it: "… failed". */
const FARED = new Set(['failed', 'stalled', 'collapsed', 'faltered', 'floundered']);
/**
 * How a thing was received, in a headline's passive ("trial criticised as …", "plan hailed"), or
 * as its last word: "Approval to build 5,000 homes on nightingale habitat condemned".
 */
export const RECEIVED = new Set(
  'criticised criticized slammed condemned blasted attacked panned questioned praised hailed welcomed opposed'.split(
    ' ',
  ),
);
const AFTER_FARED = new Set(['.', ',', ';', 'on', 'by', 'after', 'at', 'in', 'when', 'to']);

/** Words that place a time within its span: "early this year", "later this month". */
const TIME_EDGES = new Set(['early', 'late', 'earlier', 'later', 'mid']);

/** Words of a thing moving on after its verb: "moves forward", "goes ahead", "heads to". */
const ONWARD = new Set(['forward', 'ahead', 'closer', 'on', 'to', 'towards', 'toward']);

const RELATIVE_WORDS = new Set(['who', 'whom', 'whose', 'which', 'that', 'where', 'when']);

const CLAUSE_MODALS = new Set(['would', 'will', 'could', 'should', 'may', 'might', 'must', 'can']);

const TIME_PREPOSITIONS = new Set(['by', 'in', 'until', 'before', 'after', 'from', 'on']);

const SUBORDINATORS = new Set(['when', 'because', 'while', 'although', 'if', 'unless', 'since']);
