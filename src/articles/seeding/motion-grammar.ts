import {
  DELIBERATING_VERBS as DELIBERATING,
  FINITE_AUXILIARIES,
  FORECAST_ADJECTIVES,
  joinedReport,
  MODALS as MODAL_WORDS,
  PRAISE_OR_BLAME,
  QUESTION_OPENERS as OPENERS,
  REPORTING_VERBS as REPORTING,
} from './motion-verbs';
import { TWO_OBJECT_VERBS } from './policy-phrase';
import { tokenize, type Token } from './seeding-nlp';
import { daysAnd } from './time-words';

/** Verbs of a view held: asked as the act, they ask what somebody thinks. */
const THINKING = new Set('see think believe feel know understand doubt fear'.split(' '));

/** Words of a headline's forecast before "to": "on track to", "set to", "poised to". */
const FORECASTS = new Set(['track', 'set', 'poised', 'due', 'likely', 'unlikely', 'expected']);

/** Verbs a past participle may follow: "be banned", "get approved", "remain closed". */
const TAKES_PARTICIPLE = new Set(
  'be get have remain stay become keep feel seem look leave go'.split(' '),
);

/** Gerunds that only ever follow their subject as a participle, never as a misread verb. */
const COPULAR_GERUNDS = new Set(['becoming', 'being', 'having', 'getting']);

/** A noun before `i`, or a bare word wink reads as a verb after a modifier ("male-only draft"). */
function nounBefore(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (prev.pos === 'NOUN' || prev.pos === 'PROPN') return true;
  return (
    prev.pos === 'VERB' &&
    prev.lower === prev.lemma &&
    ['DET', 'ADJ', 'ADV'].includes(tokens[i - 2]?.pos ?? '')
  );
}

/** "-ing" as an ending, not as the word ("bring", "sing" are their own lemmas). */
function gerund(t: Token): boolean {
  return (
    /ing$/u.test(t.lower) &&
    (t.lemma !== t.lower ||
      (t.lower.length > 6 && !ING_WORDS.has(t.lower.replace(/^(?:re|un|over|out)/u, ''))))
  );
}

/** Words in "-ing" that are no participle; wink leaves unknown participles ("rezoning") unlemmatised. */
const ING_WORDS = new Set([
  'bring',
  'spring',
  'string',
  'thing',
  'wring',
  'swing',
  'sting',
  'ring',
  'king',
  'wing',
]);

/** Verbs that only report what someone said: a motion is about the matter, not the saying. */
const SAYING = new Set(
  'say declare announce tell claim reaffirm affirm insist speak talk send write reassert reiterate reconsider read comment respond reply'.split(
    ' ',
  ),
);
/** Headline verbs of dispute or command that a tagger may read as nouns ("MPs clash", "orders"). */
const HEADLINE_VERBS = new Set(
  'clash clashes row rows spar spars split splits battle battles feud feuds orders urges votes'.split(
    ' ',
  ),
);
/** A relative clause's modal comes right after its opener ("a bill that would …"). */
const RELATIVE_MODAL_REACH = 3;
const MAX_WORDS = 40;
/** Words that may bring in a second "be": "and", "or", "to", a relative, a comma. */
const LINKING_BEFORE_BE = new Set([
  'and',
  'or',
  'to',
  'that',
  'which',
  'who',
  ',',
  'but',
  'if',
  'whether',
]);
/**
 * Verbs whose object takes a bare "be" ("let the plan be scrapped", "demand the ban be lifted").
 */
const CAUSING_BE = new Set(
  'let make have help see watch demand insist ask require recommend propose suggest order urge rule decide request'.split(
    ' ',
  ),
);
/** Openers after which the verb takes its bare form. */
const BARE_AFTER = new Set([
  'should',
  'does',
  'do',
  'did',
  'can',
  'will',
  'would',
  'could',
  'must',
]);
const MIN_WORDS = 4;
/** "Is it right to …", "Is it time that …": "it" stands for the clause that follows. */
const EXTRAPOSED_IT =
  /^\S+\s+it\s+(?:(?:ever|still|now|really|too|a|an|the)\s+)?(?:right|wrong|fair|unfair|wise|unwise|time|worth|possible|necessary|legal|illegal|ethical|acceptable|safe|reasonable|better|enough|sensible|appropriate|justified|good|bad|mistake|fine|ok|okay|true|false|moral|practical|realistic|affordable)\b/iu;

/**
 * A subject that is only a word pointing back ("the matter", "this issue", "the question") and
 * not a phrase that names what it is ("the issue of noise"). A measure's own noun ("Is this plan
 * fair …?") is left: it says what kind of matter it is.
 */
const ANAPHORIC_SUBJECT =
  /^\S+\s+(?:the|this|that|these|those)\s+(?:matter|issue|question|subject|topic|affair|situation|thing)s?\s+(?!of\b|on\b|over\b|about\b|around\b|surrounding\b|to\b|for\b|by\b|that\b|which\b|in\b|at\b)/iu;

/** Words that open a relative or subordinate clause, whose own verb may be finite. */
const CLAUSE_OPENERS =
  /^(?:that|which|who|whom|whose|where|when|while|if|because|as|until|unless|than|once|since|although|though|whether|so|what|how|why|,)$|,$/iu;

/** Verbs in the base form that take a clause without "that": "Does the law say fees are …". */
const CLAUSE_TAKING =
  /^(?:say|show|find|mean|think|believe|claim|suggest|prove|argue|know|ensure|expect|feel|hope|agree|accept|admit|deny)$/iu;

/** Verbs that take "to" and an action, which wink may read as nouns ("plan", "vote"). */
const TAKES_TO = new Set(
  'plan vote vow hope aim pledge promise threaten move bid want seek need'.split(' '),
);

/** Most words of a subject the "Should X to do" check reads as a noun phrase for certain. */
const SHORT_SUBJECT = 3;

/** A study, and what it does with its findings: "Should the study see …?" asks about a report. */
const STUDY_NOUNS = new Set([
  'study',
  'studies',
  'survey',
  'report',
  'poll',
  'research',
  'analysis',
]);
const STUDY_VERBS = new Set(['see', 'find', 'show', 'suggest', 'reveal', 'indicate']);
/** Decisions and sittings, which come and go: "Should the ruling come on Thursday?". */
const EVENT_NOUNS = new Set([
  'ruling',
  'decision',
  'verdict',
  'vote',
  'announcement',
  'hearing',
  'meeting',
]);

// ("Should the civic body's move go ahead?": an owner's measure is named only by its kind too.)
const KIND_ONLY =
  /^Should (?:the|a|an|this|that) (?:(?:\p{Ll}+ )?\p{Ll}+['’]s )?(?:(?:new|proposed|planned|latest) )?(?:legislation|ordinance|measure|proposal|bill|plan|law|policy|scheme|change|changes|move|decision|resolution|amendment|settlement|deal|(?:first |second |third )?reading|(?:public )?hearing) (?:go ahead|pass|stand|be (?:passed|approved|adopted|scrapped|repealed|accepted|reversed|overturned|rejected))\?$/iu;

const PARTICIPLE_MADE_BARE =
  /^Should\s+(?:the\s+|a\s+|an\s+)?\p{Ll}+\s+(?:make|take|give|write|do|bring|find|put|set|send|pay|build|draw|lead|run|keep|cut|hold|choose)\s+by\s+(?:a|an|the|his|her|their|its|\p{Lu})/u;

const CAPITALISED_DETERMINER =
  /^(?:Those|These|This|That|Some|Many|Most|All|Several|Such|Each|Every|Other|Others|Both|Any|Few)$/u;

/** "Thousands of workers …" opening a sentence: a number word, never a name. */
/**
 * "the Ten Commandments", "the Six Nations", "Five Eyes": a count before a capitalised plural is
 * the name of a set, not a crowd's count copied with its sentence's capital.
 */
const NAMED_SET =
  /\b(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Twelve)\s+\p{Lu}\p{Ll}+s\b(?!\s+(?:of|and)\b)/gu;

/** "Should the Legislature go ahead?", "Should the city council go ahead?". */
const BODY_GOING_AHEAD =
  /^Should (?:the )?(?:[\p{L}.'’-]+ ){0,3}(?:legislature|council|parliament|court|government|board|committee|senate|assembly|congress|commission|cabinet)s? go ahead\?$/iu;

const CAPITALISED_MULTITUDE =
  /^(?:Thousands|Hundreds|Dozens|Millions|Billions|Scores|Tens|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Fifty)$/u;

const PUTTING_OFF_A_VOTE =
  /\b(?:postpone|delay|defer|table|schedule)s?\s+(?:a\s+|the\s+|its\s+)?(?:vote|decision|hearing|ruling)\s+(?:on|over)\b/iu;

/** A count of people, then a verb of turning out: "a handful of people gather", "150 protesters rally". */
const CROWD_GATHERING =
  /^Should\s+(?:(?:a|an)\s+(?:handful|crowd|group|dozen|few\s+dozen|few\s+hundred|throng)|dozens|hundreds|thousands|scores|(?:about|around|nearly|almost|more\s+than|some|over)\s+[\d,]+|[\d,]+)\s+(?:of\s+)?(?:[\p{L}-]+\s+){0,2}?(?:gather|rally|march|protest|demonstrate|assemble|turn\s+out|line\s+up|pack|crowd|descend|converge|picket)\b/iu;

/**
 * "Should the Rickshaw-pullers protest ban?": "protest" as the question's own verb, with no verb
 * of the measure's after it ("Should the new protest law go ahead?" names a law).
 */
const PEOPLE_PROTESTING =
  /^Should\s(?![^?]*\bprotest\b[^?]*\b(?:go\s+ahead|stand|be|become)\b)[^?]*\s(?<!\b(?:a|the|to)\s)protest\s+(?:against\s+)?\p{L}/iu;

/**
 * "Should protestors organized by … gather in Zagreb …?", "Should anti-government protesters rally
 * …?": protesters gathering, however named.
 */
const PROTESTERS_GATHERING =
  /^Should\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:protesters|protestors|demonstrators|marchers)\b[^?]*?\s(?:gather|rally|march|assemble|converge)\b/iu;

/** A singular subject with a bare verb, where the drafting broke a clause apart. */
const SINGULAR_WITH_BARE_VERB = [
  // "Should a Texas law that expand gun rights …?": a singular measure's relative.
  /\b(?:a|an|the)\s+(?:\S+\s+){0,3}(?:law|bill|rule|plan|ban|policy|measure|proposal)\s+that\s+(?!(?:would|could|will|should|may|might|must|can)\b)(?!\p{Ll}+(?:ed|s|ing)\b)\p{Ll}+\s/u,
  // "… at TheBus, where a revenue shortfall dictate a cut …?": a clause of place or time.
  /\b(?:where|when)\s+an?\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+[^s\s]\s+(?:dictate|mean|make|take|force|cause|need)\b/u,
];

/** Verdicts a headline gives a plan as a bare participle: "says plan … misunderstood". */
export const VERDICT_PARTICIPLES =
  'misunderstood|misguided|misplaced|misrepresented|flawed|overblown|overstated|exaggerated|justified|unjustified';
/** Such a verdict, or how the plan was received, left after a noun at a question's end. */
const VERDICT_LEFT_AT_END = new RegExp(
  `\\s\\p{L}+['’]?\\s+(?:${VERDICT_PARTICIPLES}|defended|critici[sz]ed|slammed|welcomed)\\?$`,
  'u',
);

/** Words of a quarrel, and verbs of its going on: "Dog park dispute continues". */
export const QUARREL_WORDS = [
  'dispute',
  'conflict',
  'row',
  'debate',
  'controversy',
  'feud',
  'spat',
  'fight',
  'battle',
  'wrangle',
  'standoff',
  'clash',
];
export const GOING_ON_VERBS = [
  'continue',
  'rage',
  'grow',
  'deepen',
  'escalate',
  'drag',
  'heat',
  'intensify',
  'flare',
  'simmer',
  'resume',
  'rumble',
  'loom',
  'develop',
  'arise',
];
const QUARREL_GOING_ON = new RegExp(
  `^Should\\s.*\\b(?:${QUARREL_WORDS.join('|')})s?\\s+(?:(?:over|about)\\s[^?]*?)?(?:${GOING_ON_VERBS.join('|')})\\b` +
    // "Should the Minnesota state flag debate be renewed?": the same, in the passive.
    `|^Should\\s.*\\b(?:${QUARREL_WORDS.join('|')})s?\\s+be\\s+(?:renewed|reopened|reignited|revived|rekindled)\\b` +
    // "Should a row break out around a Lake District church …?": the same, as it starts.
    `|^Should\\s.*\\b(?:${QUARREL_WORDS.join('|')})s?\\s+(?:break\\s+out|erupt)\\b`,
  'iu',
);

/**
 * A hearing's step ("Should the Seymour and opponents make oral submissions?", "Should the
 * minister give evidence …?"): how a body hears a matter, not the matter.
 */
const HEARING_STEP =
  /^Should\s[^?]*\b(?:make|give|present|file|submit)\s+(?:(?:oral|written|their|his|her|its)\s+)?(?:submissions?|evidence|testimony)\b/iu;

// ("Should residents … present Whittlesea council with petitions containing 1200 signatures
// …?": handing a petition over is the step too.)
const PETITION_STEP =
  /\b(?:(?:turn|hand)\s+in|submit|gather|collect|deliver|file)\s+(?:(?:more than|over|about|nearly)\s+)?[\d,]*\s*signatures\b|\bsignatures\s+be\s+(?:submitted|gathered|collected|delivered|filed|turned in)\b|^Should\s[^?]*\b(?:present|hand|deliver|submit)\s[^?]*\bpetitions?\b|\bpetitions?\s+be\s+(?:submitted|handed\s+in|delivered|presented|launched|signed)\b/iu;

const WEEKDAY = daysAnd('yesterday');

/**
 * Forms that are only ever a finite past verb, never a participle or a bare verb: "Should the
 * plan raise the fee … came under fire at the meeting?" runs a report's verb into the question.
 */
export const SIMPLE_PAST = new Set(
  'came went took gave fell drew ran grew rose saw began became broke spoke wrote drove chose flew threw knew sank shook stole wore tore swore froze'.split(
    ' ',
  ),
);

/**
 * A past verb after a noun, with a day after it ("… failed Thursday in a 4-3 vote?") or, in a
 * "go ahead" question, an object after it ("… the UK received a serious setback go ahead?").
 */
function reportsPastVerb(tokens: Token[]): boolean {
  const goAhead = tokens.some((t, i) => t.lower === 'go' && tokens[i + 1]?.lower === 'ahead');
  const verbal = (t: Token) => t.pos === 'VERB' || t.pos === 'AUX';
  return (
    tokens.some((t, i) => {
      if (i <= 2 || t.pos !== 'VERB' || !/ed$/u.test(t.lower)) return false;
      // "… the law passed Thursday be repealed?": a participle on its noun, the question's verb after.
      const day = WEEKDAY.has(tokens[i + 1]?.lower ?? '') && !tokens.slice(i + 2).some(verbal);
      const object =
        goAhead &&
        ['NOUN', 'PROPN'].includes(tokens[i - 1].pos) &&
        tokens[i + 1]?.pos === 'DET' &&
        tokens[i + 1]?.lower !== 'the' &&
        !PERIODS.has(tokens[i + 2]?.lower ?? '');
      return day || object;
    }) || pastForQuestionVerb(tokens)
  );
}

/**
 * "Should the council member Daniel Dromm and Ydanis Rodriguez introduced a bill Monday to ban
 * …?": the question's first verb is a past form after the subject, with an object after it, and
 * no bare verb of the question's own follows (a participle on its noun would have one: "Should
 * the money raised a year ago be returned?").
 */
function pastForQuestionVerb(tokens: Token[]): boolean {
  const verbal = (t: Token, i: number) =>
    (t.pos === 'VERB' || t.pos === 'AUX') &&
    tokens[i - 1]?.lower !== 'to' &&
    tokens[i - 1]?.text !== '-';
  const v = tokens.findIndex((t, i) => i > 1 && verbal(t, i));
  const verb = tokens[v];
  if (!verb || verb.pos !== 'VERB' || !/\p{Ll}ed$/u.test(verb.lower) || verb.lower === verb.lemma) {
    return false;
  }
  if (!['NOUN', 'PROPN'].includes(tokens[v - 1].pos)) return false;
  if (!['DET', 'NUM'].includes(tokens[v + 1]?.pos ?? '')) return false;
  if (PERIODS.has(tokens[v + 2]?.lower ?? '')) return false;
  return !tokens.some((t, i) => i > v && verbal(t, i) && !/(?:ing|ed)$/u.test(t.lower));
}

/** "Is the groper fishing ban?": "Is", one determiner and a noun phrase, and nothing after it. */
function predicateMissing(tokens: Token[]): boolean {
  if (!/^(?:is|are|was|were)$/iu.test(tokens[0]?.text ?? '') || tokens[1]?.pos !== 'DET') {
    return false;
  }
  const phrase = tokens.slice(2, -1);
  return (
    phrase.length > 0 &&
    tokens.at(-1)?.text === '?' &&
    phrase.every((t) => ['NOUN', 'PROPN'].includes(t.pos) || t.text === '-') &&
    // ("Is the plan overkill?": a bare noun may be the predicate; a measure's noun is not.)
    MEASURE_ENDS.has(phrase.at(-1)?.lemma ?? '')
  );
}
const MEASURE_ENDS = new Set(
  'ban plan tax levy law bill scheme policy charge fee rule closure cull cap limit'.split(' '),
);

/** "for reject the bill": a preposition, a bare verb and its object's determiner. */
function bareVerbAfterPreposition(tokens: Token[]): boolean {
  return tokens.some(
    (t, i) =>
      GERUND_PREPOSITIONS.has(t.lower) &&
      tokens[i + 1]?.pos === 'VERB' &&
      tokens[i + 1].lower === tokens[i + 1].lemma &&
      !SAME_PAST.has(tokens[i + 1].lower) &&
      tokens[i + 2]?.pos === 'DET',
  );
}
const GERUND_PREPOSITIONS = new Set(['for', 'of', 'about', 'against', 'without', 'by']);
/** Verbs whose past is their bare form: "blamed for cut services" is no bare verb. */
const SAME_PAST = new Set(['cut', 'put', 'set', 'shut', 'hit', 'let', 'cost', 'spread']);

/** What opens the object of a number's verb: "Should 3 lower the voting age?". */
const COUNTED_VERB_OBJECT = /^(?:the|a|an|its|their|his|her|our|this|that|these|those|\S+\?)$/iu;

/** "Should residents want …?": the question's own verb is one of wishing. */
function wishAsked(tokens: Token[]): boolean {
  if (!/^should$/iu.test(tokens[0]?.text ?? '')) return false;
  const verb = tokens.find(
    (t, i) => i > 1 && (t.pos === 'VERB' || t.pos === 'AUX') && tokens[i - 1].lower !== 'to',
  );
  // ("Should people who want a ban be heard?": a relative clause's wish is the subject's.)
  const relative = tokens.some((t) => t.end <= (verb?.start ?? 0) && RELATIVE.has(t.lower));
  return verb !== undefined && WISHES.has(verb.lower) && !relative;
}
const RELATIVE = new Set(['who', 'that', 'which', 'whose']);
const WISHES = new Set(['want', 'wish', 'hope']);

/** "a year ago", "a week later": a time, not an object. */
const PERIODS = new Set(['year', 'month', 'week', 'day', 'decade', 'few', 'couple']);

/** Verbs that take "by" of their own: "abide by the ruling", "rise by a third". */
const BY_VERBS = new Set(
  'abide stand go live swear come stop drop get pass rise fall grow increase decrease cut lower raise'.split(
    ' ',
  ),
);

/**
 * "Should the massively popular platform own by the Beijing-based company ByteDance?": the bare
 * verb with an agent's "by" after it and no verb later was the subject's participle ("owned
 * by"), so the question has no verb of its own.
 */
function agentAfterBare(tokens: Token[]): boolean {
  // (wink may tag the bare word an adjective after the noun: "platform own/ADJ by".)
  const verbal = (t: Token, i: number) =>
    t.pos === 'AUX' || (t.pos === 'VERB' && tokens[i - 1]?.text !== '-');
  const v = tokens.findIndex(
    (t, i) => i > 1 && (verbal(t, i) || (t.pos === 'ADJ' && tokens[i - 1].pos === 'NOUN')),
  );
  const verb = tokens[v];
  if (!verb || verb.lower !== verb.lemma || BY_VERBS.has(verb.lemma)) return false;
  if (tokens[v + 1]?.lower !== 'by' || !['DET', 'PROPN'].includes(tokens[v + 2]?.pos ?? '')) {
    return false;
  }
  // "Should the school open by the end of the year?": a time after "by", not an agent.
  if (tokens.slice(v + 2, v + 5).some((t) => BY_TIMES.has(t.lower))) return false;
  return !tokens.some((t, i) => i > v + 1 && verbal(t, i));
}

const BY_TIMES = new Set(
  'end time start beginning middle deadline date year month week weekend spring summer autumn fall winter'.split(
    ' ',
  ),
);

/** Where the first relative pronoun stands in `text`, -1 when there is none. */
function relativeOpener(text: string): number {
  return text.search(/\b(?:that|which|who|whom|whose)\b/iu);
}

/** Words that open a clause or a phrase, never a question's subject. */
const SUBJECT_CANNOT_OPEN = new Set(
  `since according as if when whenever after before because although though while whilst despite
   unless until following amid amidst during on and but or yes 's ’s in at by for from of to with
   into onto within without through among upon just perhaps maybe probably possibly arguably`.split(
    /\s+/u,
  ),
);

/**
 * "… ban on public drag shows in front of children": an "-s" word that ends a noun phrase after
 * a preposition ("on public drag") and is followed by another preposition or the end is a plural
 * noun wink reads as a verb, not a second verb run in ("… in the centre reduces pollution").
 */
function pluralInPhrase(tokens: Token[], i: number): boolean {
  if (tokens[i - 1]?.pos !== 'NOUN') return false;
  const next = tokens[i + 1]?.pos ?? 'PUNCT';
  if (next !== 'ADP' && next !== 'PUNCT') return false;
  let k = i - 1;
  while (k > 0 && ['NOUN', 'ADJ', 'DET', 'PROPN'].includes(tokens[k].pos)) k--;
  return tokens[k]?.pos === 'ADP';
}

/**
 * "Should a driver who hit a cyclist while over the limit was jailed …?": a relative clause that
 * has its own verb, then "was" / "is" / "has" straight after a noun of it, is the sentence's own verb
 * run on ("Should the man who hit the cyclist and was jailed …" is still the clause's).
 */
function runOnAfterRelative(text: string): boolean {
  const tokens = tokenize(text);
  const relative = tokens.findIndex((t) => ['who', 'which', 'that'].includes(t.lower));
  if (relative < 0) return false;
  const verb = tokens.findIndex((t, i) => i > relative && t.pos === 'VERB');
  if (verb < 0) return false;
  return tokens.some(
    (t, i) =>
      i > verb &&
      // Not "have": "Should the councils that closed libraries have to …" is the question's own.
      FINITE_AUXILIARIES.has(t.lower) &&
      t.lower !== 'have' &&
      ['NOUN', 'PROPN'].includes(tokens[i - 1].pos),
  );
}

function participleIntoBareVerb(text: string): boolean {
  const tokens = tokenize(text);
  // (After a plural only: "a face covering become …" is a noun, not a participle.)
  return tokens.some(
    (t, i) =>
      i > 1 &&
      /\p{L}{3}ing$/u.test(t.lower) &&
      ['NOUN', 'PROPN'].includes(tokens[i - 1].pos) &&
      /[^s]s$/u.test(tokens[i - 1].lower) &&
      tokens[i + 1]?.pos === 'VERB' &&
      tokens[i + 1].lower === tokens[i + 1].lemma &&
      !['be', 'have'].includes(tokens[i + 1].lower),
  );
}

/** Verbs of praise or blame that may also be acts in a motion: "welcome refugees", "condemn a pier". */
const ACTS_TOO = new Set(['welcome', 'condemn', 'attack', 'defend']);
const FEELINGS_EXPRESSED =
  'sadness|anger|frustration|dismay|disappointment|disapproval|displeasure|dissatisfaction|concern|outrage|fury|relief|joy|shock';
const REACTION_ASKED = new RegExp(
  `^Should\\s+(?:\\S+\\s+){1,20}?(?:(?:${[...PRAISE_OR_BLAME].filter((v) => !ACTS_TOO.has(v)).join('|')})\\s` +
    `|(?:lash|hit)\\s+out\\b|cry\\s+foul\\b|launch\\s+(?:an?\\s+)?(?:\\S+\\s+)?attack\\b` +
    `|(?:start|launch|wage|begin|mount)\\s+(?:an?\\s+)?(?:\\S+\\s+)?(?:battle|fight)\\s+against\\b` +
    `|(?:express|convey|voice)\\s+(?:\\S+\\s+){0,2}(?:${FEELINGS_EXPRESSED})\\b` +
    // ("Should Soccer fans react with a mix of anger and resignation to …?")
    `|react\\s+(?:with|to|angrily|furiously)\\b)`,
  'u',
);

const PERSON_QUESTION =
  /^(?:Is|Was)\s+(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.?\s|.*\ban?\s+(?:\p{L}+\s+)?(?:man|woman|person|mother|father|girl|boy)\?$)/u;

/**
 * What is wrong with a motion candidate as written, as short reasons; empty when it is a
 * well-formed yes/no question about one matter. The checks are about form, never about any
 * particular article: an opener a yes/no question takes, one closing question mark, no
 * alternatives ("either", "whether", ", or will …"), no clause left hanging ("…, arguing that …",
 * "…, the minister declares"), no "Should X say …" (the report, not the matter), no doubled or
 * stray function words ("the that", "the the"), balanced quotes and brackets, a sensible length.
 * `written`, the article's own text where there is one, lets a word it writes twice stand ("tuk tuk").
 */
/** Words after which a participle may close a question: "be approved", "get paid", "keep closed". */
const LINKING_BEFORE_PARTICIPLE = new Set(
  'be been being is are was were get got have has had remain stay keep left feel seem look become'.split(
    ' ',
  ),
);
/** Past verbs of a decision that may close a report of it: "…, councillors voted". */
const DECIDED_AT_END = new Set(['voted', 'ruled', 'decided', 'agreed', 'resolved', 'announced']);
/**
 * Sides' standing in a quarrel: "at an impasse", "at odds", "at loggerheads", "deadlocked"; or
 * a body's in a debate ("Should the city of Boston be in the middle of a budget debate?").
 */
const QUARREL_STATE =
  /^(?:(?:Is|Are|Was|Were)\s[^?]*|Should\s[^?]*\bbe\s+)\b(?:at\s+(?:an\s+)?(?:impasse|odds|loggerheads|a\s+stalemate|war)|deadlocked|locked\s+in\s+(?:a\s+)?(?:row|dispute|battle|stand-?off)|in\s+the\s+(?:middle|midst)\s+of|embroiled\s+in)\b/iu;
/**
 * What a thing means or implies ("Should the decision mean that it is now possible …?", of "The
 * decision means that …"): a consequence reported, which no one decides.
 */
const MEANING_ASKED = /^Should\s[^?]*?\b(?:mean|imply)\s+(?:that|the|a|an)\b/iu;

/** "be become", "be happened": a passive made of a verb that takes no object. */
const PASSIVE_OF_LINKING =
  /\bbe\s+(?:become|becomed|come|comed|gone|goed|seemed|appeared|remained|happened|occurred|existed|arisen|arised)\b/iu;

/** Verbs of stirring or frightening people, with a word that may stand before whom. */
const STIRRING_VERBS =
  '(?:anger|outrage|infuriate|enrage|incense|upset|dismay|frustrate|intimidate|frighten|scare|alarm)\\s+(?:\\p{L}+\\s+)?';
/** "Should the swimming ban … anger councillors?": whom a thing angers. */
const STIRRING_PEOPLE = new RegExp(
  `^Should\\s.+\\s${STIRRING_VERBS}(?:councillors|residents|people|members|locals|parents|farmers|traders|campaigners|voters|fans|workers|users|groups)\\b`,
  'iu',
);
/** "Should … tactics not intimidate Canadians?": a people named by their country. */
const STIRRING_NATION = new RegExp(`^Should\\s.+\\s${STIRRING_VERBS}\\p{Lu}\\p{Ll}+ans\\b`, 'u');

/**
 * "Should the top court share surname constitutional?" (of "Top court says forcing couples to
 * share surname constitutional"): a legal verdict at the end with no verb that gives it.
 */
const VERDICT_RUN_ON =
  /^Should\s(?![^?]*\b(?:be|rule|declare|deem|find|hold|judge|make|render|keep|leave|stay|remain|become)\b)[^?]*\s(?:unconstitutional|constitutional|unlawful|lawful|illegal|legal)\?$/iu;

/** "… thousands of people this?": a demonstrative at the end after a noun, not after "than". */
const DEMONSTRATIVE_LEFT =
  /\s(?!(?:than|about|like|do|with|for|on|of|to|against|over|by|from|into|after|before)\s)\p{L}+\s(?:this|these)\?$/iu;

/** A crowd filling a meeting's room: "pack council chambers", "crowd into the town hall". */
const CROWD_AT_MEETING =
  /^Should\s[^?]*\b(?:pack|fill|crowd(?:\s+into)?|flock\s+to)\s+(?:the\s+)?(?:\p{L}+\s+)?(?:chambers?|hall|meeting|room|gallery|gym|auditorium)\b/iu;

/** An "-ly" adverb, then a past form and an article, with no "be" or "have" before them. */
const PAST_AFTER_MANNER =
  /^Should\s[^?]*?(?<!\b(?:be|been|being|have|has|had|was|were|is|are)\s)\b\p{L}{3,}ly\s+\p{L}{3,}ed\s+(?:the|a|an|its|their)\s/iu;

/**
 * Turns of events asked as if argued for: talks or a challenge failing, a clash looming, a blow
 * dealt, objections attracted, a motion making its way to a council, a swipe taken at someone, a
 * case taken to court, and what neither side should do.
 */
const TURN_OF_EVENTS =
  /^Should\s(?:neither\b|[^?]*?(?:\b(?:talks|challenge|bid|appeal)\s+(?:fail|collapse|stall|break\s+down)\b|\btake\s+a\s+swipe\s+at\b|\bto\s+court\s+be\s+taken\b|\breserve\s+judge?ment\b|\bloom\b|\bbe\s+dealt\s+(?:a|another)\s+(?:\p{L}+\s+)?blow\b|\bbeware\b|\battract\s+(?:[^?]*\s)?(?:objections|complaints|criticism|opposition)\b|\bmade\s+(?:its|their)\s+way\b))/iu;

/**
 * A court's remedy asked to be, or to be granted, and an appeal asked to be lodged: "Should there
 * be an interim injunction?", "Should an appeal be lodged by … against …?".
 */
const COURT_REMEDY_ASKED =
  /^Should\s+(?:there\s+be\s+(?:an?\s+)?(?:\p{Ll}+\s+)?(?:injunction|restraining\s+order|stay\s+order|judicial\s+review)s?\??$|(?:the\s+|an?\s+)?(?:\p{Ll}+\s+)?(?:injunction|restraining\s+order|stay\s+order)s?\s+be\s+(?:granted|issued|lifted|extended)\b|an?\s+(?:\p{Ll}+\s+)?appeal\s+be\s+(?:lodged|filed)\b)/iu;

/** A past verb of intent joined on with "and": "… and pledged to amend …", "… and vowed to …". */
const REPORTED_SECOND_VERB =
  /\band\s+(?:pledged|vowed|promised|agreed|decided|threatened|refused|declined|voted|sought|resolved)\s+to\s/iu;

/** Tags of a short subject's words. */
const NAMING_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN']);

/** "Should more than 900 districts …": a count opening the subject. */
const COUNT_WORDS = `^\\S+\\s+(?:(?:more|fewer)\\s+than|nearly|almost|about|over|around|some)\\s+\\d[\\d,.]*%?\\s`;
const COUNT_OPENING = new RegExp(COUNT_WORDS, 'iu');
/** "Should over 10,000 camels be shot …": a count of what would be done to. */
const COUNT_DONE_TO = new RegExp(
  `${COUNT_WORDS}\\s*(?:\\S+\\s+){0,3}be\\s+\\p{Ll}+(?:ed|en|wn|t)\\b`,
  'iu',
);

/** What is made when something is said: "made the revelation", "made the remarks". */
const REMARK_NOUNS = new Set(
  'revelation revelations remark remarks comment comments disclosure disclosures claim claims'.split(
    ' ',
  ),
);

/** "Should the legislature to advise … be sought?": a body and its "to" as a passive's subject. */
const BODY_TO_ACT_DONE =
  /^Should\s+the\s+(?:\p{Ll}+\s+){0,2}(?:legislature|council|government|parliament|ministry|court|committee|board|senate|assembly|authorities|police|commission)\s+to\s+\p{Ll}+\b.*\sbe\s+\p{Ll}+(?:ed|en|ght)\?$/u;
/** "Is Gangjeong a tiny village …?": a name said to be a kind of place. */
const PLACE_DESCRIBED =
  /^Is\s+\p{Lu}\S*(?:\s+\p{Lu}\S*)*\s+(?:a|an)\s+(?:\p{Ll}+\s+){0,3}(?:village|town|city|island|country|region|district|province|state|port|suburb|hamlet|nation|kingdom|territory)\b/u;
/** Securing a vote's result: "ensure a 'yes' vote", "win a majority for". */
const VOTE_OUTCOME_SOUGHT =
  /\b(?:ensure|secure|guarantee|win|deliver)\s+(?:a\s+|an\s+)?['‘"“]?(?:yes|no)['’"”]?\s+(?:vote|votes|majority|outcome|result)\b/iu;

/** A verb's "it" closing a question, or before when or where: "… ban it in June?". */
const VERB_IT_AT_END =
  /\s(?!make\b|keep\b|find\b)\p{Ll}+\s+it(?:\s+(?:in|on|at|by|from|for|to)\b[^?]*)?\?$/u;

export function motionProblems(text: string, written = ''): string[] {
  const problems: string[] = [];
  const words = text.trim().split(/\s+/u);
  const first = words[0] ?? '';
  if (!OPENERS.has(first.toLowerCase()) || !/^\p{Lu}/u.test(first)) {
    problems.push(`opens with "${first}", not a yes/no question word`);
  }
  // "Should the council shut the library on Mondays is short-sighted?": a "Should" question's
  // clause has its verb after the modal; a finite "is" / "are" / "was" / "were" later in it,
  // before any relative or subordinate clause, is a second sentence's verb run in.
  if (/^should$/iu.test(first)) {
    // A bracket's aside ("(News, 4 May)") is no clause of the question's.
    const plain = text
      .replace(/\([^)]*\)/gu, ' ')
      .trim()
      .split(/\s+/u);
    // "as well as" joins nouns; it opens no clause.
    const asWellAs = (i: number) =>
      /^as$/iu.test(plain[i]) &&
      ((plain[i + 1] === 'well' && plain[i + 2] === 'as') ||
        (plain[i - 1] === 'well' && plain[i - 2] === 'as'));
    const stop = plain.findIndex((w, i) => i > 1 && CLAUSE_OPENERS.test(w) && !asWellAs(i));
    const clause = plain.slice(2, stop > 0 ? stop : plain.length);
    if (
      clause.some((w) => /^(?:is|are|was|were|has)$/iu.test(w) || SIMPLE_PAST.has(w)) ||
      runOnAfterRelative(text)
    ) {
      problems.push('a second finite verb ("Should X do Y is Z")');
    }
    // "Should the government back down on its stance … and pledged to amend …?": a report's
    // second verb in the past, joined on after the question's own.
    if (REPORTED_SECOND_VERB.test(text)) {
      problems.push('a second verb in the past ("Should X do Y and pledged to …")');
    }
  }
  // "Do the government's decision to invoke the act was unreasonable?": a "Do" question's clause
  // has its verb in the base form; a finite "is" / "was" before any clause of its own is a
  // statement's verb left in.
  if (/^(?:do|does|did)$/iu.test(first)) {
    // ("Does the law say fees are too high?": a verb of saying or thinking opens a clause too.)
    const stop = words.findIndex(
      (w, i) => i > 1 && (CLAUSE_OPENERS.test(w) || CLAUSE_TAKING.test(w)),
    );
    const clause = words.slice(2, stop > 0 ? stop : words.length);
    if (clause.some((w) => /^(?:is|are|was|were)$/iu.test(w))) {
      problems.push('a second finite verb ("Do X was Y")');
    }
  }
  // "Should there be temporary injunction?" (of "Opponents sought temporary injunction"): a
  // court's remedy is how a dispute is fought, not what it is over.
  if (COURT_REMEDY_ASKED.test(text))
    problems.push('a court remedy asked for ("Should there be an injunction?")');
  // "Are the Government and the opposition seemingly at an impasse on constitutional reform?":
  // where a quarrel stands is news; what it is over is the matter.
  if (QUARREL_STATE.test(text)) problems.push('asks where a quarrel stands ("Are X at odds …?")');
  if (MEANING_ASKED.test(text)) problems.push('asks what a thing means ("Should X mean that …?")');
  // "Should the minister backtrack?": a U-turn on nothing named.
  if (/^Should\s[^?]*\s(?:backtrack|backpedal|u-turn|climb\s+down)\?$/iu.test(text)) {
    problems.push('asks whether someone should go back on nothing named');
  }
  if (VERDICT_RUN_ON.test(text))
    problems.push('a verdict run onto an act ("Should X share Y legal?")');
  // "Should there be controversial plans to clamp down on bonfires?": whether there should be
  // plans is no question; whether to do what they plan is.
  if (
    /^Should\s+there\s+be\s+(?:\p{L}+\s+)?(?:plans?|proposals?|moves?|bids?)\s+to\s/iu.test(text)
  ) {
    problems.push('asks for a plan, not its act ("Should there be plans to …")');
  }
  // "Should a compromise aimed go ahead?": a participle of purpose without what it aims at.
  if (/\s(?:aimed|designed|intended|meant)\s+(?!at\b|to\b|for\b)/iu.test(text)) {
    problems.push('a participle of purpose without its aim ("a compromise aimed go ahead")');
  }
  // "Should the equality complaint sinks women- swim class?": a compound's hyphen left hanging.
  if (/\p{L}-\s/u.test(text)) problems.push('a hyphen left hanging ("women- swim")');
  // "Should such students not be allowed to return?": a subject that points back to a sentence
  // the question does not have.
  // ("Should these endeavors be sanctioned …?": so is "these" or "those" and a noun.)
  if (/^\S+\s+(?:such|these|those)\s+\p{Ll}+s\b/u.test(text))
    problems.push('a subject pointing back ("such students")');
  // "Should Sep include elderly women and children?": a month's short name is a date, not who;
  // so is a weekday ("Should Thursday that the province's secularism law is constitutional …?").
  if (
    /^\S+\s+(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s/u.test(text) ||
    /^\S+\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+that\b/u.test(text)
  ) {
    problems.push('a date for a subject ("Should Sep …")');
  }
  // "Should the Stop this mammoth high-rise project … chant …?": a slogan, capitalised after
  // "the", for a subject.
  if (/^\S+\s+the\s+(?:Stop|Save|Scrap|Ban|Say|No|Hands)\s+\p{Ll}/u.test(text)) {
    problems.push('a slogan for a subject ("Should the Stop this …")');
  }
  // "Should we erupt in Serbia against …?" (of "Mass protests erupt …"): protests breaking out
  // are news.
  if (/^Should\s.+\s(?:erupt|flare\s+up|break\s+out)\b/iu.test(text)) {
    problems.push('asks whether protests should break out');
  }
  // "Is the “THE idea ridiculous,” said Alan Dove, chairman of Townwatch?": a quotation's
  // attribution run into the question.
  if (/[,.!?]["”’']?\s+(?:said|says|added|told)\s+\p{Lu}/u.test(text)) {
    problems.push('a quotation\'s attribution ("…," said X)');
  }
  // "Should the 4-2 in favor of the range go ahead?": a vote's tally is no thing to go ahead.
  if (/^Should\s+(?:the\s+)?\d+\s*[-–]\s*\d+\b/u.test(text))
    problems.push('a vote tally for its subject');
  // "Should the homes threat go ahead?" (of "Allotment growers fight homes threat"): a threat is
  // how its foes name a plan; asked to go ahead it names nothing.
  if (/^Should\s[^?]*\bthreats?\s+go\s+ahead\?$/iu.test(text)) {
    problems.push('asks a threat to go ahead');
  }
  // "Should law be become?" (of "… awaited presidential approval to become law"): a verb that
  // takes no object has no passive.
  if (PASSIVE_OF_LINKING.test(text)) problems.push('a passive of a verb with no object');
  // "Should a … panel led by John Okoro temporarily restrained the Federal Government …?": a
  // report's past verb left where the question needs a bare one.
  if (PAST_AFTER_MANNER.test(text)) {
    problems.push('a past verb where a bare one belongs ("Should X temporarily restrained …")');
  }
  // "Should local residents pack council chambers?": a crowd at a meeting is how a dispute is
  // aired, not what it is over.
  if (CROWD_AT_MEETING.test(text))
    problems.push('a crowd at a meeting ("Should residents pack the hall?")');
  // "Is 'It disappointing to hear that …'?": a quotation's own verb taken out of it to ask it.
  if (/^\S+\s+['‘"“]\s*(?:it|i|we|you|this|that|they|he|she)\s/iu.test(text)) {
    problems.push('a verb taken out of a quotation ("Is \'It …\'?")');
  }
  // "Should many be euthanised?" (of "campaigners say many will be euthanised"): a quantifier
  // standing for a noun the question leaves out is no subject.
  if (
    /^\S+\s+(?:many|some|others|most|few|several|all|both|none)\s+(?:be|have|\p{Ll}+ed)\b/iu.test(
      text,
    )
  ) {
    problems.push('a quantifier for its subject ("Should many be …")');
  }
  // "Did against its government's attempt …?": the opener needs a subject, and a preposition
  // opens none ("Is in-person voting …": a hyphened compound does).
  if (
    /^\S+\s+(?:against|for|with|from|into|onto|upon|by|at|of|on|to|towards?|despite|without|among|between|through|during)\s/iu.test(
      text,
    )
  ) {
    problems.push('a preposition straight after the opener ("Did against …")');
  }
  // "Should lawmakers adopt a ban?" (of "… as lawmakers consider ban"): a restriction with no
  // word of what it restricts names no matter ("vote on a cap" points back to one named; "a wage
  // cap" names it).
  if (
    /(?<!\b(?:on|for|about|over|against|to|of|with)\s)\b(?:a|an)\s+(?:(?:new|total|blanket|full|outright|proposed|possible|temporary|permanent)\s+)?(?:ban|cap|limit|restriction|moratorium|curb|embargo)\?$/iu.test(
      text,
    )
  ) {
    problems.push('a restriction on nothing named ("Should X adopt a ban?")');
  }
  // "Should Qala ODZ permit?" (of "… NGOs appeal Qala ODZ permit"): a verb of permitting or
  // banning with nothing to permit or ban.
  if (
    /^Should\s+(?:\p{Lu}[\p{L}-]*\s+)+(?:permit|allow|ban|approve|authori[sz]e|prohibit|forbid)\?$/u.test(
      text,
    )
  ) {
    problems.push('a verb of permitting or banning with no object ("Should X permit?")');
  }
  // "Should the plan for new sewage plant devalue our homes'?": a quotation's closing mark left
  // where a plural's possessive would need what it owns.
  const opened = /(?:^|\s)['‘"“]\p{L}/u.test(text);
  if (/\p{L}['’]\?$/u.test(text) && !opened) problems.push('a quotation closed that never opened');
  // "Should whose conservative CSU party face …?": a relative pronoun opens no subject.
  if (/^\S+\s+(?:whose|whom|which|who)\s/iu.test(text)) {
    problems.push('a relative pronoun for a subject ("Should whose party …")');
  }
  // "Should the applause as Buhari suspend Ruga project?" (of "Applause as Buhari suspends …"):
  // a headline's reaction with what it reacts to after "as" is no subject and its act.
  if (/^\S+\s+(?:the\s+)?\p{Ll}+\s+as\s+\p{Lu}/u.test(text)) {
    problems.push('a reaction and its cause for a subject ("Should the applause as X …")');
  }
  // "Should the off over-tourism go ahead?" (of "… is fighting off over-tourism"): a verb's
  // particle left after an article.
  if (/\b(?:the|a|an)\s+(?:off|up|out|down|away)\s/iu.test(text)) {
    problems.push('a particle after an article ("the off …")');
  }
  // "Should R-La. sponsor …" (of "Sen. David Vitter, R-La., sponsored …"): a party and state
  // code is no one to ask about.
  if (/^\S+\s+[DRI]-[A-Z][A-Za-z]{0,3}\.?\s/u.test(text))
    problems.push('a party code for a subject');
  // "Should the One Ohio school district …" (of "One Ohio school district voted …"): a count
  // opening the sentence is no name.
  if (
    /\b(?:the|a|an)\s+(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\s+\p{Lu}/u.test(
      text.replace(NAMED_SET, ' '),
    )
  ) {
    problems.push('a capitalised count after an article ("the One Ohio district")');
  }
  // "Should a lawmaker turn in 2,500 signatures …?", "Should signatures be submitted …?": the
  // petition is the way to a vote, not the matter voted on.
  if (PETITION_STEP.test(text)) problems.push("asks about a petition's signatures, a procedure");
  if (HEARING_STEP.test(text)) problems.push("asks about a hearing's submissions, a procedure");
  // "Should authorities ensure ‘yes’ vote in nuke referendum?": how a vote comes out is what a
  // camp works for; what is voted on is the matter.
  if (VOTE_OUTCOME_SOUGHT.test(text))
    problems.push("asks for a vote's outcome, not what is voted on");
  // "Should Adani's Carmichael mine approval be labelled?", "… the international airport named?":
  // a word of naming without the name it gives.
  if (/\b(?:named|called|labell?ed|branded|dubbed|described|known)\?$/u.test(text))
    problems.push('a word of naming without its name');
  // "Is Gangjeong a tiny village on the southern edge of Jeju Island?": what a place is, told as
  // background, is no matter in dispute.
  if (PLACE_DESCRIBED.test(text)) problems.push('describes a place');
  // "Should the Norway parliament votes in favour of seabed mining be expected?" (of "…, as
  // expected"): whether the news was foreseen is no matter.
  if (/\sbe\s+(?:widely\s+)?(?:expected|anticipated|predicted|foreseen)\?$/u.test(text))
    problems.push('asks whether the news was expected');
  // "Should the Quebec ministers sorry for break promise …?": a feeling where the verb should be
  // ("Should shop owners be happy about …?" has its verb).
  if (
    /^Should\s(?:\S+\s){1,6}(?<!\b(?:be|feel|remain|stay|seem|look|get)\s)(?:sorry|sad|happy|proud|angry|upset|glad)\s+(?:for|about|over|at)\s/u.test(
      text,
    )
  )
    problems.push('a feeling where the verb should be');
  // "Should the pressure from disgruntled farmers not do?" (of "… would not do"): whether a thing
  // will serve, with nothing it is to do.
  // ("… than those who never do?" stands for a verb said before it.)
  if (/^Should\s[^?]*\snot\s+do\?$/u.test(text)) problems.push('a bare "do" with nothing done');
  // "Should a national fisheries association in Japan maintained its opposition …?": a past
  // verb before whose own thing it acts on is the report's, not the question's.
  // ("Should nurses be granted their pay rise?", "… have approved its budget?", "… settlement
  // that shielded its owners stand?" ask well.)
  if (
    /^Should\s[^?]*?(?<!\b(?:be|been|being|have|has|had|get|got|feel|feels|left|keep|that|which|who)\s+)\b\p{Ll}{3,}ed\s+(?:its|their|his|her)\s/u.test(
      text,
    )
  )
    problems.push('a past verb after the modal');
  // "Should Move follow deadly clashes …?": what came after an event is news, told of a step
  // the question does not name.
  if (
    /^Should\s+(?:the\s+)?(?:move|decision|step|vote|ruling|announcement|verdict)\s+follows?\b/iu.test(
      text,
    )
  )
    problems.push('asks what came after an event');
  // "Should the honorable legislature to advise his government … be sought?" (of "a proposal
  // seeking the honorable legislature to advise …"): a body asked to act is no thing done.
  if (BODY_TO_ACT_DONE.test(text)) problems.push('a body asked to act, as a thing done');
  // "Should the war crimes court establishment be established?": a thing named by the very
  // change it is asked to undergo.
  if (/\b(\p{L}{4,})ment\s+be\s+\1ed\b/iu.test(text))
    problems.push('a thing named by the change asked of it');
  // 'Is "This nonsense," Alderman Ann Rainey?': a quotation's closing comma and its speaker.
  if (/[,!?]["”’]\s+\p{Lu}/u.test(text))
    problems.push("a quotation's speaker run into the question");
  // "Should a handful of people gather outside City Hall …?": a crowd turning out is the news of
  // a protest, not the measure it protests.
  if (CROWD_GATHERING.test(text) || PROTESTERS_GATHERING.test(text))
    problems.push('asks whether a crowd should gather, not about a measure');
  // "Should judge rules NYC's ' stop -and-Frisk' unconstitutional?": a quotation mark standing
  // alone, or a hyphen cut from the word before it, is a compound torn apart.
  if (/\s['‘"“]\s|\s-\p{L}/u.test(text)) problems.push('punctuation torn from its word');
  // "Should MPs voting dump raw sewage …?": a noun's participle run into a bare verb has lost
  // the "to" between them.
  if (participleIntoBareVerb(text)) problems.push('a participle run into a bare verb');
  // "Should a proposal to … landed with a thud …?": how the matter was received, in the past.
  if (/^(?:(?!\b(?:be|been|being)\b).)*\b(?:landed|met|greeted)\s+with\s+(?:a|an)\b/u.test(text))
    problems.push('how the matter was received, in the past');
  // "Should Fight save the Wild Coast far from over?": a verdict on a fight run into its aim.
  // ("Should the Wild Coast far be saved from over?": however it was rearranged.)
  if (/\bfrom\s+over\?$/u.test(text)) problems.push('a verdict on a fight run into its aim');
  // "Should a proclamation on Friday to raise the fee to go ahead?": "to" before the modal's verb.
  if (
    /(?<!\b(?:allowed|permitted|able|set|due|going|likely))\sto\s+go\s+ahead\?$/u.test(text) &&
    /^Should\b/u.test(text)
  )
    problems.push('"to" before the question\'s own verb');
  // "Should There be a sigh of relief?": "there" keeps no sentence capital inside a question.
  if (/^\S+\s+There\b/u.test(text)) problems.push('"There" capitalised inside the question');
  // "Should the opposition blast gov't?": a reaction of praise or blame is news of the matter,
  // not the matter.
  if (REACTION_ASKED.test(text)) problems.push('asks whether someone should praise or blame');
  // "Should the dog park dispute continue?": whether a quarrel goes on is no matter of its own.
  if (QUARREL_GOING_ON.test(text)) problems.push('asks whether a quarrel should go on');
  // "Should these days keep up with technology?": a time is no subject.
  // ("Should five years after banning …, Nepal's government has …": nor is a time since a thing.)
  if (
    /^\S+\s+(?:these days|nowadays|today|tonight|this (?:week|month|year))\s/iu.test(text) ||
    /^\S+\s+(?:\p{L}+\s+){1,2}(?:years?|months?|weeks?|days?|decades?)\s+(?:after|before|since|ago)\b/iu.test(
      text,
    )
  ) {
    problems.push('a time for a subject ("Should these days …")');
  }
  // "Are there a lot of terrible, horrible?": adjectives with their noun cut off.
  if (/(?:,|\bof)\s+\p{Ll}+(?:ible|able|ful|ous|ive|ic|al)\?$/u.test(text)) {
    problems.push('adjectives with no noun after them ("a lot of terrible, horrible?")');
  }
  // "Was the largest fine for an overdue book $345.14 …?": what a figure was is a fact to look up.
  if (/^(?:Was|Were)\b/u.test(text) && /[$£€]\s?\d|\b\d[\d,.]*\s?(?:%|per\s?cent)/u.test(text)) {
    problems.push('asks what a past figure was');
  }
  // "Is Mr Lucas Omwenga a worried man?": who a person is, from a feature's opening, is no matter
  // to debate.
  if (PERSON_QUESTION.test(text)) problems.push('a question about who a person is');
  // "Should 3 lower the voting age?": a bare number is no subject.
  // ("Should 32 new graves be built …?": a count before its noun is one.)
  if (
    /^\d+$/u.test(words[1] ?? '') &&
    /^\p{Ll}/u.test(words[2] ?? '') &&
    !/^(?:be|become|remain)$/u.test(words[2]) &&
    (words.length === 3 || COUNTED_VERB_OBJECT.test(words[3] ?? ''))
  ) {
    problems.push('a bare number for its subject ("Should 3 lower …")');
  }
  // "Should — shut the library …?": a dash or other mark where the subject should be.
  if (/^[^\p{L}\p{N}"“'‘]/u.test(words[1] ?? '')) problems.push('no subject after the opener');
  // "Should Since Russia ban …?", "Should According to a post …": a clause's or a phrase's
  // opener where the subject should be.
  if (SUBJECT_CANNOT_OPEN.has((words[1] ?? '').toLowerCase())) {
    problems.push(`"${words[1]}" where the subject should be`);
  }
  // "Should the ‘NEW ERA’::The move be heralded …?": a page's rubric run into the sentence.
  if (/::/u.test(text)) problems.push('a rubric or label before a colon');
  // "Should there be on Minister … to “get tough” …?": a preposition where the thing should be.
  if (/^Should there be (?:on|in|at|to|for|of|with|by|from)\b/iu.test(text)) {
    problems.push('a preposition where the thing should be ("there be on …")');
  }
  // "Should there be own rules regarding …?": "own" whose owner was cut off.
  if (/\b(?:there be|the|a|an)\s+own\b/iu.test(text)) problems.push('"own" with no owner');
  // "Should housing fee increases -- a 20 be passed per cent …?": a dash's aside run in.
  if (/\s--\s/u.test(text)) problems.push('a dash that runs an aside in');
  // "Should there be ‘wave after wave’ of protests?": a camp's protest is its reaction, not a measure.
  // ("Should the protest hold in Novi Sad, …?": nor whether a protest should be held, nor
  // whether people should protest: "Should the Rickshaw-pullers protest ban?".)
  if (
    /^Should there be\b[^?]*\bprotests?\?$/iu.test(text) ||
    /^Should\s(?:the\s|a\s)?(?:protests?|rall(?:y|ies)|march(?:es)?|demonstrations?)\s+(?:hold|be\s+held)\b/iu.test(
      text,
    ) ||
    PEOPLE_PROTESTING.test(text)
  ) {
    problems.push('asks whether there should be protests');
  }
  // "Should there be a proposals following …?": an article before a plural.
  // (The plural as the head: "a fireworks ban" is a ban.)
  const thereBe =
    /^Should there be an?\s+(\p{Ll}+s)(?:\s+(?:following|for|on|of|in|to|at|from|with|by)\b|\?)/u.exec(
      text,
    );
  if (thereBe && !/(?:ss|us|is|series|news|means)$/u.test(thereBe[1])) {
    problems.push('"a" before a plural after "there be"');
  }
  // "Should there be plan to house …?": a singular noun of a measure needs its article.
  if (
    /^Should there be (?:plan|proposal|ban|bid|scheme|law|tax|levy|move|decision|project|policy)\b/iu.test(
      text,
    )
  ) {
    problems.push('a singular noun without its article after "there be"');
  }
  // "Should Mayor Bruno Marchand be visibly frustrated with the CAQ government?": how someone
  // feels is news, not an act.
  if (
    /\bbe\s+(?:\p{L}+ly\s+)?(?:frustrated|angry|upset|disappointed|furious|annoyed|delighted|pleased|unhappy|dismayed)\b/iu.test(
      text,
    )
  ) {
    problems.push('asks how someone should feel');
  }
  // "Should a further extension of the ban be harmful to the sector?": a forecast asked as a
  // course.
  const foretold = /\bbe\s+(?:\p{L}+ly\s+)?(\p{L}+)\b/iu.exec(text.replace(/^\S+\s/u, ''));
  if (/^Should\s/iu.test(text) && foretold && FORECAST_ADJECTIVES.has(foretold[1].toLowerCase())) {
    problems.push('asks a forecast as a course ("Should X be harmful …")');
  }
  // "Should the swimming ban at harbours and piers anger councillors?": whom a thing angers or
  // pleases is news, not a course; so is whom it frightens ("Should … tactics not intimidate
  // Canadians?").
  if (STIRRING_PEOPLE.test(text) || STIRRING_NATION.test(text)) {
    problems.push('asks whether a thing should anger people');
  }
  // "Should a large number of rickshaw-pullers block Dhaka roads?": a crowd's blockade is how it
  // protests, not what it protests.
  if (
    /^Should\s[^?]*\s(?<!\bto\s)block\s+(?:\p{L}+\s+){0,2}(?:roads?|streets?|highways?|traffic)\b/iu.test(
      text,
    )
  ) {
    problems.push('asks whether people should block roads');
  }
  // "Should residents and conservationists raise the alarm?": how people react is news.
  if (
    /^Should\s.+\sraise\s+(?:the\s+)?(?:alarm|concerns?|fears|questions|objections)\b/iu.test(text)
  ) {
    problems.push('asks whether people should raise the alarm');
  }
  // "Should the Confirmation that the authorities kill three baboons?": a noun's "that" clause
  // is no subject and its verb (not "the decision that closed the library", a relative clause).
  if (
    /^Should\s+the\s+(?:confirmation|news|fact|revelation|announcement|suggestion)\s+that\s/iu.test(
      text,
    )
  ) {
    problems.push('a noun and its "that" clause for a subject');
  }
  // "Should demanding Bachelet deliver on reforms?": a participle of saying or asking is no
  // subject; whom it is said to is.
  if (
    /^Should\s+(?:demanding|urging|calling|asking|saying|insisting|claiming|warning)\s/iu.test(text)
  ) {
    problems.push('a participle of saying or asking for a subject');
  }
  // "Should Relocation threaten extinction of Maasai race …?": what a thing threatens is its
  // foes' case; nobody argues that it should threaten ("Should the new law undermine
  // environmental protections?": or undermine; "Should Ban cost jobs?", "Should wind farms harm
  // reindeer herders?": or cost jobs or lives, or harm, as the question's own verb, not a
  // relative clause's: "… sunscreens with chemicals that may harm the environment").
  if (
    /^Should\s.+\b(?:threaten|undermine|endanger|jeopardi[sz]e|erode|imperil)\b/iu.test(text) ||
    /^Should\s(?:(?!\b(?:that|which|who)\b)[^?])+\b(?:harm|damage|hurt|cost\s+(?:\S+\s+)?(?:jobs|lives))\b/iu.test(
      text,
    )
  ) {
    problems.push('asks whether a thing should threaten');
  }
  // "Is Easter Island known for its unique Moai …?": what a place is known for is description.
  if (/^(?:Is|Are|Was|Were)\s[^?]*\b(?:known|famous|renowned|noted)\s+(?:for|as)\b/iu.test(text)) {
    problems.push('asks what a thing is known for');
  }
  // "Should the central Seoul area so that people be redesigned?": the main clause's verb left
  // after a clause of purpose.
  if (/\bso\s+that\s+(?:\p{L}+\s+){1,2}be\s+\p{L}+ed\?$/iu.test(text)) {
    problems.push('a verb left after "so that"');
  }
  // "Should a local authority which has spent years tackling … be illegal?": a body is no act to
  // be lawful or not.
  if (
    /^Should\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,2}(?:authority|council|government|ministry|board|committee|agency)\b(?!['’])[^?]*\bbe\s+(?:illegal|unlawful|legal|lawful)\?$/iu.test(
      text,
    )
  ) {
    problems.push('asks whether a body should be illegal');
  }
  // "Should the EU light bulb ban be attacked from all sides?": how a thing was received is news.
  if (
    /\bbe\s+(?:attacked|critici[sz]ed|slammed|condemned|praised|hailed|welcomed|blasted|lambasted|accused|applauded|resisted)\b/iu.test(
      text,
    )
  ) {
    problems.push('asks how a thing should be received');
  }
  // "Should the under 16s suffer Cinderella shutdown?": what befell people is news, not a
  // course anyone would argue for.
  if (/^Should\s.+\bsuffer\b/iu.test(text)) problems.push('asks whether people should suffer');
  // "Should 'BELA Act target Afrikaans schools specifically'?": a quoted claim, whole, made a
  // course by its "Should".
  if (/^Should\s+['‘"“][^'‘’"“”]+['’"”]\?$/u.test(text)) {
    problems.push('a quoted claim asked as a course');
  }
  // "Should the blow to Ruto as court suspend his directive on logging?": a headline's "Blow to X
  // as …" says how the news fell for someone; it is no subject.
  if (
    /^Should\s+(?:the\s+|a\s+)?(?:blow|boost|setback|headache|relief)\s+(?:to|for)\s/iu.test(text)
  ) {
    problems.push('a blow or a boost to someone for a subject');
  }
  // "Should authorities detain Teachers Union officials and closed down its offices …?", "… and
  // made an exception?": a second verb left in the past, after "and", belongs to the news.
  // (Not inside a relative clause: "a driver who hit and killed a cyclist".)
  const pastSecond =
    /^Should\s(.+)\sand\s+\p{Ll}{3,}ed\s+(?:down|up|off|out|its|their|his|her|an?)\b/u.exec(text);
  if (pastSecond && !/\b(?:who|that|which)\b/iu.test(pastSecond[1])) {
    problems.push('a second verb left in the past');
  }
  // "Should a Kelby fishing ban be set to begin?": when a thing was due is news; whether it should
  // go ahead is the matter.
  if (/\bbe\s+set\s+to\s+(?:begin|start|open|take\s+effect|come\s+into)\b/iu.test(text)) {
    problems.push('asks whether a thing should be due');
  }
  // "Are Matatu Owners a frustrated lot?": how people feel is news, not a matter.
  if (
    /^(?:Are|Is)\s.+\s(?:an?\s+)?(?:frustrated|angry|unhappy|worried|upset|disappointed|furious)\b/iu.test(
      text,
    )
  ) {
    problems.push('asks how people feel');
  }
  // "Should Fiji's parliamentary opposition walk out of parliament?", "Should the Water Crisis
  // Coalition march to the Civic Centre …?", "Should Budapest Festival Orchestra stage musical
  // protest?": a walkout, a march or a protest staged is news about the matter.
  // ("Should there be 3,500 signatures?": a count of names on a petition is no matter either.)
  if (/^Should\s+there\s+be\s+[^?]*\bsignatures\?$/iu.test(text)) {
    problems.push('a count of signatures');
  }
  // (Lower case only: "close the library in March to save money" names a month.)
  if (/^Should\s.+\s(?:walk\s+out|march\s+(?:to|on|through))\b/u.test(text)) {
    problems.push('asks whether people should walk out or march');
  }
  if (
    /^Should\s.+\sstage\s+(?:an?\s+|the\s+)?(?:\p{L}+\s+)?(?:protests?|walkouts?|strikes?|rall(?:y|ies)|sit-ins?|demonstrations?)\b/iu.test(
      text,
    )
  ) {
    problems.push('asks whether people should stage a protest');
  }
  // "Should relations within the coalition plunge to a new low?": how things went is news; so
  // is a critic's 'Is the move … a "new low"?'.
  if (
    /^Should\s.+\s(?:plunge|sink|fall|slump|drop)\s+to\s+(?:a\s+)?(?:new|record|all-time)\s+low\b/iu.test(
      text,
    ) ||
    /^(?:Is|Are)\s.+\sa\s+["“‘']?(?:new|record|all-time)\s+low["”’']?\?$/iu.test(text)
  ) {
    problems.push('asks whether things should go from bad to worse');
  }
  // "Should a sign proclaiming … be just one of the many strong words aimed at …?": what a thing
  // is one of describes it; no one argues for it.
  if (/^Should\s.+\sbe\s+(?:just\s+|only\s+|merely\s+)?one\s+of\s+(?:the|many)\b/iu.test(text)) {
    problems.push('asks whether a thing should be one of many');
  }
  // "Has the ‘common sense prevailed ’?": a quotation broken open by the question's word order
  // leaves its closing mark after a space.
  if (/\s[’”](?=\?|\s|$)/u.test(text)) problems.push('a quotation broken open');
  // "Should the  go ahead?": a slot left empty where the drafting found no words.
  if (/\S\s{2,}\S/u.test(text.trim())) problems.push('an empty slot (two spaces together)');
  // "Should the Zócalo bring together thousands of people this?" (of "… this Sunday"): a
  // demonstrative whose noun, a day, was taken away.
  if (DEMONSTRATIVE_LEFT.test(text)) problems.push('a demonstrative with no noun after it');
  // "Should there be a draft bill owing to the fact that they?": a clause's subject left alone.
  if (/\s(?:they|he|she|we)\?$/iu.test(text))
    problems.push('a subject pronoun with no verb after it');
  // "Should effect be taken on Tuesday on municipal roads but?": a conjunction with nothing it
  // joins.
  if (/\s(?:but|and|or|nor|because|although|whereas|unless)\?$/iu.test(text)) {
    problems.push('a conjunction with nothing after it');
  }
  // "Should effect be taken …?" (of "will take effect"): an idiom that has no passive.
  if (/^Should\s+effect\s+be\s+taken\b/iu.test(text)) problems.push('"take effect" in the passive');
  // "Should the go ahead?", "Is the?": an article with no noun after it.
  if (/\b(?:the|a|an)\s+(?:go\s+ahead|become)\b|\b(?:the|a|an)\s*\?$/iu.test(text)) {
    problems.push('an article with no noun after it');
  }
  if (!/[^?]\?$/u.test(text.trim())) problems.push('does not end with one question mark');
  if ((text.match(/\?/gu) ?? []).length > 1) problems.push('more than one question');
  if (words.length < MIN_WORDS) problems.push('too short to name a matter');
  if (words.length > MAX_WORDS) problems.push(`too long (${words.length} words)`);
  const tokens = tokenize(text.replace(/\?$/u, ''));
  // "Should the mine be given approval in?": "in" after a noun is a preposition left without its
  // object ("brought in", "phased in" end on a verb's particle).
  const closing = tokens[tokens.length - 1];
  if (closing?.lower === 'in' && tokens[tokens.length - 2]?.pos === 'NOUN') {
    problems.push('a preposition without its object at the end ("approval in?")');
  }
  // "… to stick to the rules or face a fine?": "or" before a bare verb offers a second act.
  const orActs = tokens.some(
    (t, i) =>
      t.lower === 'or' &&
      tokens[i + 1]?.pos === 'VERB' &&
      tokens[i + 1].lower === tokens[i + 1].lemma,
  );
  if (
    orActs ||
    /\b(?:either|whether)\b/iu.test(text) ||
    /,?\s+or\s+(?:will|should|would|is|are|do|does|did|can|could|not)\b/iu.test(text) ||
    // "Will the tariff save the mills or just raise prices?": a second outcome offered.
    /\s+or\s+(?:just|simply|merely|only)\s+\p{Ll}+/iu.test(text) ||
    // "Do we want a city of urban health, or a proliferation of strip malls?": a second thing.
    /,\s+or\s+(?:a|an|the)\s/iu.test(text) ||
    // "… done by phone, or even in person?": a second way offered.
    /,\s+or\s+even\s/iu.test(text)
  ) {
    problems.push('offers alternatives (either/or)');
  }
  // "Should the city ordinances go go ahead?" ("had had" and "that that" may be meant).
  const doubled = /(?<![\p{L}'’])(\p{L}+)\s+\1(?![\p{L}'’])/iu.exec(text);
  if (doubled && !/^(?:had|that)$/iu.test(doubled[1]) && !writesTwice(written, doubled[0]))
    problems.push('doubled word');
  // "Should Flagstaff wrestle with privacy versus security …?": a body's struggle with a choice is
  // the news of its deliberation, not a course to argue for.
  if (/^Should\s.+?\s(?:wrestle|grapple|struggle)\s+with\b/iu.test(text)) {
    problems.push('asks whether someone should struggle with a choice');
  }
  // "Should Ireland's cancer warnings spark alarm among top exporters?": whether a thing should
  // stir a reaction is no course anyone argues for.
  if (
    /^Should\s.+?\s(?:spark|trigger|stir|fuel|ignite|provoke|prompt|draw)\s+(?:\p{L}+\s+)?(?:alarm|anger|outrage|fury|backlash|concerns?|fears|criticism|protests?|debate|row|controversy|uproar)\b/iu.test(
      text,
    )
  ) {
    problems.push('asks whether a thing should stir a reaction');
  }
  // "Should such act degenerate into chaos in the town …?", "Should the expected u-turn pop
  // up?": whether a thing should go to the bad or turn up is how things turn out, not a course
  // anyone argues for.
  if (
    /^Should\s.+?\s(?:degenerate|deteriorate|descend|spiral|worsen|(?:pop|crop)\s+up|surface|emerge)\b/iu.test(
      text,
    ) ||
    // ("Should the Prez-unions talks fail?", "Should a conflict loom …?", "Should … be dealt a
    // massive blow …?", "Should irresponsible dog owners … beware?": so is how talks end, what
    // looms, a blow dealt and a warning's "beware".)
    TURN_OF_EVENTS.test(text)
  ) {
    problems.push('asks how things turn out, not what to do');
  }
  // "Is a vote due in May on the new plan for the harbour?": when a step of the procedure comes
  // is news; what it is on is the matter.
  if (
    /^Is (?:a|the) (?:\p{L}+ )?(?:vote|decision|ruling|verdict|report|hearing|meeting|debate)s? (?:\p{L}+ )?due\b/iu.test(
      text,
    )
  ) {
    problems.push('asks when a step of the procedure is due');
  }
  // "Should the minister reject claims that flood defence schemes are?": a verb left with nothing
  // after it, its complement cut off (a quotation's). ("… stay as it is?" ends well.)
  if (
    /(?<!\b(?:it|they|we|you|he|she|there|things))\s(?:is|are|was|were|be|been)\?$/iu.test(text)
  ) {
    problems.push('a verb with nothing after it ("… schemes are?")');
  }
  // "Should the resident fury continue at …?", "Are residents … outraged at …?", "Is Campaigner
  // Marsha Davis behind the event …?": how people feel, and who stands behind a protest, are
  // news around the matter.
  if (
    /^Should\s(?:the\s)?(?:\p{L}+\s)?(?:fury|anger|outrage|row|backlash|protests?|opposition|agitation|struggle|strike)\s(?:continue|grow|mount)/iu.test(
      text,
    )
  ) {
    problems.push('asks whether a reaction should go on');
  }
  if (
    /^(?:Are|Is|Was|Were)\s.+?\s(?:outraged|angry|furious|upset|unhappy|relieved|delighted|dismayed)\s(?:at|over|by|with|about)\b/u.test(
      text,
    )
  ) {
    problems.push('asks how people feel');
  }
  if (
    /^Is\s.+?\sbehind\s(?:the|this|a)\s(?:event|protest|rally|campaign|petition|march)\b/u.test(
      text,
    )
  ) {
    problems.push('asks who is behind a protest');
  }
  // "Does the Rugby Football Union face a no confidence vote …?": what a body faces is news
  // about it, not a course anyone argues for.
  if (/^(?:Does|Do)\s.+?\s(?:face|confront)\s/u.test(text)) {
    problems.push('asks what somebody faces, not what to do');
  }
  // "Should the dragging of the coal plant case go ahead?", "Should delays of … go ahead?": a
  // delay is what people complain of; the thing delayed is the matter.
  if (
    /^Should\s+(?:the\s+)?(?:delays?|dragging|hold-ups?|backlog)\s+(?:of|in|to|over)\b/iu.test(text)
  ) {
    problems.push('asks whether a delay should go ahead');
  }
  // "Should the reject a request by …?": an article left before the verb, its noun cut out.
  if (/^Should the \p{Ll}+ (?:a|an|the|its|their)\s/u.test(text)) {
    problems.push('an article before the verb');
  }
  // "Should Ontario Hunters upset with proposed changes …?": a feeling where the verb should be.
  if (
    /^Should\s.+?\s(?:upset|unhappy|angry|furious|concerned|worried)\s+(?:with|over|about|at)\b/iu.test(
      text,
    )
  ) {
    problems.push('a feeling where the verb should be');
  }
  // "Should plans for a night ferry divide communities on both islands?": whether a thing
  // should divide people is the news of it, not a course to argue for.
  if (
    /^Should\s.+?\s(?:divide|split|polari[sz]e)\s+(?:the\s+)?(?:\p{L}+\s+)?(?:communities|community|residents|opinion|town|village|people|locals|islanders|neighbours|neighbors)\b/iu.test(
      text,
    )
  ) {
    problems.push('asks whether a thing should divide people');
  }
  // "Should cormorant claims go ahead?": what someone said does not go ahead, and "Should the
  // angling world react angrily …?" asks how to take the news, not what to do.
  if (/\b(?:claims?|comments?|remarks?|statements?|allegations?)\s+go\s+ahead\?$/iu.test(text)) {
    problems.push('asks whether words said should go ahead');
  }
  if (
    /^Should\s.+?\s(?:react|respond)\s+(?:angrily|furiously|strongly|with\s+(?:anger|fury|dismay))\b/iu.test(
      text,
    )
  ) {
    problems.push('asks how to take the news');
  }
  // "Should massive losses following a government ban even go ahead?", "Should water pollution
  // concerns be raised?": a harm or a complaint is what befalls or answers the matter, not it.
  if (
    /^Should\s+(?:\S+\s+){0,3}?(?:losses|damage|harm|deaths|injuries|chaos)\b.*\bgo\s+ahead\?$/iu.test(
      text,
    ) ||
    /\b(?:concerns?|fears?|objections?|complaints?)\s+be\s+(?:raised|voiced|aired)\b/iu.test(text)
  ) {
    problems.push('asks about a harm or a complaint, not the matter');
  }
  // "Should a multi-million-dollar river-linking project which go ahead?", "… a Lake District
  // church where bells?": a relative clause cut off before its verb.
  if (
    /\s(?:which|who|whom|whose)\s+(?:go\s+ahead|stand|be\s+\p{Ll}+)\?$/iu.test(text) ||
    /\s(?:where|when)\s+\p{L}+\?$/iu.test(text)
  ) {
    problems.push('a relative clause cut off before its verb');
  }
  // "Should the Toowoomba Regional Council continue to be divided on a push to …?": a body's
  // division over a matter is the news of it, not a course to argue for.
  if (
    /^Should\s.+?\s(?:continue\s+to\s+)?(?:be|remain|stay)\s+(?:\p{Ll}+ly\s+)?(?:divided|split)\s+(?:on|over|about)\b/iu.test(
      text,
    )
  ) {
    problems.push('asks whether a body should be divided over the matter');
  }
  // "Is ploughing the ocean floor not only reckless, it's cruel?": a second clause after a comma.
  if (/,\s+(?:it|they|he|she|this|that)['’](?:s|re)\b/iu.test(text)) {
    problems.push('a second clause after a comma ("…, it\'s …")');
  }
  // "Should Brad Smith's claims "not bear out by the facts"?": a quotation standing for the verb.
  if (/^\S+\s[^"“‘]+\s["“‘]not\b/u.test(text)) problems.push('a quotation for its verb');
  // "Should the family of Byung Soon Choi be forced -?", "Should the city council ban the
  // SUV-sized?": a question cut at a dash, or after a describing compound with no noun.
  if (
    /\s[-–—]\s*\?$/u.test(text) ||
    /\b(?:the|a|an)\s+[\p{L}\d]+-\p{Ll}+(?:ed|like|style)\?$/u.test(text)
  ) {
    problems.push('cut off at a dash or before its noun');
  }
  // "Should mixed reactions trail JAMB's be cut?": an owner with nothing owned before "be".
  if (/\p{L}['’]s\s+be\s/u.test(text)) problems.push('an owner\'s "\'s" right before "be"');
  // "Should Mumbai drivers give a hoot to no-honking drive, 3,000 fined?": a tally of the news
  // after a comma.
  if (/,\s+[\d,.]+\s+\p{Ll}+ed\?$/u.test(text))
    problems.push('ends with a tally (", 3,000 fined")');
  // "Should the more clarity go ahead?": "the more" before a bare noun is a wish for more of it
  // cut from its clause, not a thing.
  const theMore = tokens.findIndex(
    (t, i) => t.lower === 'the' && tokens[i + 1]?.lower === 'more' && tokens[i + 2]?.pos === 'NOUN',
  );
  if (theMore > 0) problems.push('"the more" before a noun ("the more clarity")');
  // "Should the “The recent approval of the planning by-law illustrate …”?": a quoted sentence,
  // capital and full stop, where the subject should be.
  if (/\b(?:the|a|an)\s+["“‘]\p{Lu}[^"”’]*[.!?]["”’]/u.test(text)) {
    problems.push('a quoted sentence for its subject');
  }
  // "Does the ruling marks a setback …?": after "does", "do" or a modal the verb is bare.
  if (
    /^(?:Does|Do|Should|Can|Will|Must)\s+(?:(?:the|a|an)\s+\p{Ll}+(?:\s+\p{Ll}+)?|\p{Ll}+\s+\p{Ll}+)\s+(?:marks|means|shows|makes|takes|gives|puts|sets|says|causes|sparks|draws|prompts|triggers|sinks|kills|scraps|wins|loses)\s/u.test(
      text,
    )
  ) {
    problems.push('an inflected verb after the opener ("Does the ruling marks")');
  }
  // "Should the Over 330,000 people sign …?": a headline's count, capitalised, after an article.
  if (/\b(?:the|a|an)\s+(?:Over|Under|More|Nearly|Almost|About|Around|Some)\s+\d/u.test(text)) {
    problems.push('a capitalised count after an article ("the Over 330,000 people")');
  }
  // "Should the Ottawans rally against …?", "Should a new battle brew …?": a crowd's protest, or
  // a quarrel brewing, is news of the dispute, not a course to argue for.
  if (/^Should\s.+?\s(?:rally|march|protest|demonstrate)\s+against\b/iu.test(text)) {
    problems.push('asks whether a crowd should protest');
  }
  // "Have the country's wildlife authorities clarified that they are not aware of the request
  // …?": whether someone has said a thing is a report, no matter in dispute.
  if (
    /^(?:Have|Has)\s[^?]*?\b(?:clarified|said|stated|confirmed|announced|denied|explained|insisted|claimed)\b/u.test(
      text,
    )
  ) {
    problems.push('asks whether someone has said a thing');
  }
  // "Should the turmoil highlight Bolivia's long-standing struggle to …?": what the news shows is
  // the writer's reading of it.
  if (
    /^Should\s+(?:the|this|that)\s+(?:\S+\s+)?(?:turmoil|dispute|row|move|decision|standoff|clash|crisis|case|episode)\s+(?:highlight|underscore|show|reveal|illustrate|reflect|expose)\b/iu.test(
      text,
    )
  ) {
    problems.push('asks what the news shows');
  }
  // "Should the located in the Trentino-Alto Adige region combat …?": a participle with its
  // place where the subject's noun should be.
  if (/^Should\s+(?:the|a|an)\s+\p{Ll}+ed\s+(?:in|at|on|near)\s/u.test(text)) {
    problems.push("a participle where the subject's noun should be");
  }
  // "Should the South Auckland housing development protesters remain resolute?"
  // ("Should the Japan fishermen remain opposed …?": or anyone staying for or against.)
  if (
    /\b(?:protesters|protestors|opponents|objectors|campaigners)\s+(?:remain|stay)\b/iu.test(
      text,
    ) ||
    /\s(?:remain|stay)\s+(?:\p{Ll}+ly\s+)?(?:opposed|against|in\s+favou?r|supportive|defiant|firm|resolute|unconvinced)\b/iu.test(
      text,
    )
  ) {
    problems.push('asks whether a camp should stay as it is');
  }
  // "Should Protest begin against billion-dollar Southern Copper mining project in Peru?"
  if (
    /^Should\s+(?:the\s+)?protests?\s+(?:begin|start|continue|grow|mount|spread)\b/iu.test(text)
  ) {
    problems.push('asks whether a protest should go on');
  }
  if (
    /^Should\s+(?:a|the)\s+(?:new\s+)?(?:battle|fight|row|war|feud|storm)\s+brew\b/iu.test(text)
  ) {
    problems.push('asks whether a quarrel should brew');
  }
  // "Should your article claim …?", "Is Ours not a sink estate?", "Should you walk up and down
  // …?": the writer or the reader as the subject, from a letter, a column or a feature's lede
  // (not the reader asked for a view: "Do you agree with …?", the last resort's form).
  if (
    /^\S+\s+(?:your|my|ours|mine|yours)\b/iu.test(text) ||
    /^(?:should|must|can|could|will|would)\s+you\b/iu.test(text)
  )
    problems.push("the writer's or the reader's own for a subject");
  // "Should a boycott mean so much more to me than Eurovision glory?": a columnist's own stake
  // anywhere in the question ("My Number" cards are a name).
  if (!/^Do you agree with\b/u.test(text) && /\b(?:(?:me|myself)\b|my\s+\p{Ll})/u.test(text)) {
    problems.push("the writer's own stake");
  }
  // "Should Denmark seize refugees' valuables misunderstood?": a verdict's participle left on the
  // end of a question that has no "be" or "have" for it.
  if (
    VERDICT_LEFT_AT_END.test(text) &&
    !/\b(?:be|been|being|is|are|was|were|has|have|had|get|got)\b/iu.test(text) &&
    tokens.at(-1)?.pos !== 'ADP' &&
    ['NOUN', 'PROPN', 'PART'].includes(tokens.at(-2)?.pos ?? '')
  ) {
    problems.push("a verdict's participle left at the end");
  }
  if (SINGULAR_WITH_BARE_VERB.some((shape) => shape.test(text))) {
    problems.push('a verb that does not agree with its subject');
  }
  // "Should everything you know about the policy?", "Should Support be dropped for a plan …?",
  // "Should Bristol the first major city be made …?": no subject to ask about.
  if (/^Should\s+(?:everything|anything|something|all)\s+you\b/iu.test(text)) {
    problems.push('no subject to ask about');
  }
  // "Should the Occupied Territories Bill come before the Cabinet today …?": where a bill goes
  // next is its procedure; whether it should become law is the matter.
  if (
    /^Should\s.*\b(?:bill|act|motion|legislation)\s+(?:come|go|head|move|return)\s+(?:back\s+)?(?:before|to)\b/iu.test(
      text,
    )
  ) {
    problems.push('asks where a bill goes next');
  }
  // "Should someone bring in a comparison involving the Nazis?": nobody in particular to act (but
  // "Should anyone wearing a niqab be banned …?" is about whoever does a thing).
  if (
    /^Should\s+(?:someone|somebody|anyone|anybody|no\s+one|nobody|everyone|everybody)\s+(?!be\b|who\b|with\b|under\b|over\b|in\b|from\b|aged\b|\p{L}{3,}ing\b|\p{L}{2,}ed\b)\p{Ll}/iu.test(
      text,
    )
  ) {
    problems.push('no subject to ask about');
  }
  if (/^Should\s+(?:support|backing|opposition)\s+be\b/iu.test(text)) {
    problems.push("asks about a camp's backing, not the matter");
  }
  if (/^Should\s+\p{Lu}\p{L}+\s+the\s/u.test(text)) problems.push('a name run into a noun phrase');
  // "… between Google Inc <GOOG stand?": a ticker's bracket cut open.
  if (/[<>]/u.test(text)) problems.push('a markup or ticker bracket');
  // "Should giving sugar beet farmers be approved?": a gerund that gives with what is given cut off.
  if (
    /^Should\s+(?:giving|granting|handing|offering|sending)\s[^?]*\sbe\s+\p{Ll}+ed\?$/iu.test(text)
  ) {
    problems.push('a gerund with what it gives cut off');
  }
  // "Should the bedroom tax be explained?": an explainer's label is no act.
  if (/\bbe\s+explained\?$/iu.test(text)) problems.push('asks whether a thing should be explained');
  // "Should local shopkeepers to stop selling chewing gum be asked?": the act asked for, moved
  // before the asking.
  if (/^Should\s[^?]*\sto\s+\p{Ll}+\s[^?]*\sbe\s+(?:asked|told|urged|called\s+on)\?$/u.test(text)) {
    problems.push('what one is asked to do before the asking ("Should X to do Y be asked")');
  }
  // "Should Don't rush land confiscation - farmers?": an order kept inside the question.
  if (/^\S+\s+(?:don['’]t|do\s+not)\s/iu.test(text)) problems.push('an order inside the question');
  // "Should the petition stop construction of JKIA?": a petition asks; it does not act.
  if (
    /^Should\s+(?:the|a|this)\s+(?:petition|lawsuit|letter|complaint)\s+(?!be\b|go\b)\p{Ll}+/iu.test(
      text,
    )
  ) {
    problems.push('asks what a petition does');
  }
  // "Should the sudden loss of Ontario Science Centre go ahead?": a loss befalls; it is no plan.
  if (
    /^Should\s+(?:the\s+)?(?:\p{Ll}+\s+)?(?:loss|demise)\s+of\s[^?]+\sgo\s+ahead\?$/u.test(text)
  ) {
    problems.push('asks whether a loss should go ahead');
  }
  // "Should the Climate Movement argue that Copenhagen’s upcoming?": what someone argues is
  // their case, not a course.
  if (/^Should\s[^?]*\s(?:argue|claim|insist|contend)\s+that\b/iu.test(text)) {
    problems.push('asks whether someone should argue a case');
  }
  // "Should EirGrid's compensation offer amount to a 'Declaration of War' according to
  // campaigners?": whose words they are, left at the end.
  // ("… set according to income?" is a measure's own rule.)
  if (
    /\saccording\s+to\s+(?:the\s+)?(?:\p{Lu}|(?:campaigners|critics|residents|officials|experts|police|reports?|sources|opponents|supporters|analysts)\b)[^?]{0,60}\?$/u.test(
      text,
    )
  ) {
    problems.push('ends with whose words they are ("according to …")');
  }
  // "Should a decision to close go ahead?": a decision whose act lost what it is done to or when.
  if (/\b(?:decision|plan|move|bid|proposal)\s+to\s+\p{Ll}+\s+go\s+ahead\?$/u.test(text)) {
    problems.push('a decision whose act has lost its object ("a decision to close")');
  }
  // "Should Kampala be crippled as taxi drivers strike?", "Should the council's beach project be
  // overpowered by outraged locals?", "Should rural pubs be hit by plans to cut the drink-drive
  // limit?": what a place, a trade or a plan suffers is news, no course.
  if (
    /^Should\s[^?]*\sbe\s+(?:crippled|paralysed|paralyzed|gridlocked|stranded|overpowered|devastated|thrown\s+into\s+chaos|(?:hit|hurt|harmed)\s+by)\b/iu.test(
      text,
    )
  ) {
    problems.push('asks whether a thing should suffer what befell it');
  }
  // "Should the National Democratic Congress give yet another clear indication?": a sign of what
  // someone will do is a statement; what it signals is the matter.
  if (
    /^Should\s[^?]*\sgive\s+(?:\p{Ll}+\s+){0,4}(?:indication|signal|hint|sign|assurance)s?\b/iu.test(
      text,
    )
  ) {
    problems.push('asks whether someone should give a sign of a thing, not the thing');
  }
  // "Should the NDC MPs clash with security personnel as …?": a clash is an event, no course.
  if (/^Should\s[^?]*\s(?:clash|scuffle|brawl|tussle)\s+with\s/iu.test(text)) {
    problems.push('asks whether people should clash');
  }
  // "Should plans for a national memorial … hit a snag?": how a plan fares is news.
  if (
    /\s(?:hit|face|run\s+into)\s+(?:a\s+)?(?:snag|hurdle|setback|roadblock|obstacle)s?\?$/iu.test(
      text,
    )
  ) {
    problems.push('asks how a plan fares ("Should the plan hit a snag")');
  }
  // "Should the Future of Cashless Debit Card trial sites hang in balance?": what becomes of a
  // thing is news; the thing is the matter.
  if (/^(?:Should|Is|Are|Does|Do)\s+(?:the\s+)?future\s+of\s/iu.test(text)) {
    problems.push('asks about the future of a thing ("Should the future of X …")');
  }
  // "Should all tech firms be made?": made to do what was cut off.
  if (/\bbe\s+made\?$/iu.test(text)) problems.push('"be made" with what is made cut off');
  // "Is Apple n't happy?": a contraction's "n't" cut from its verb.
  if (/(?:^|\s)n['’]t\b/iu.test(text)) problems.push('"n\'t" cut from its verb');
  if (/\s[?,.]/u.test(text)) problems.push('a space before punctuation');
  // "Should a positive sign -- Billboard deal ruling craft …?": a kicker before a dash.
  // "Should 'We go to be banning gang patches' - Police Minister adamant?": a headline's speaker
  // after a spaced hyphen is a kicker too.
  if (/\s(?:--|[-–—])\s+\p{Lu}/u.test(text)) problems.push('a kicker before a dash');
  // "Should proponents tout school choice?": what a camp says or does is a report of the debate.
  if (
    /^Should\s+(?:the\s+)?(?:proponents|opponents|critics|supporters|backers|detractors)\b/iu.test(
      text,
    )
  ) {
    problems.push('asks what a camp does ("Should critics say")');
  }
  // "Should the ANTI-salmon farming groups defend …?": so does a group named for its side, or
  // a crowd of campaigners ("Should protesters be allowed to …?" asks what may be done to them).
  if (
    /^Should\s+(?:the\s+)?(?:(?:anti|pro)-[\p{L}-]+\s+(?:[\p{L}-]+\s+){0,2}(?:groups?|campaigners|activists|lobby)|(?:(?:environmental|local|climate|animal|green|student|community)\s+)?(?:campaigners|activists|protesters|demonstrators|objectors|campaign\s+groups))\s+(?!be\b)\p{Ll}+/iu.test(
      text,
    )
  ) {
    problems.push('asks what a camp does ("Should critics say")');
  }
  // "Should … members aim their protest at the VIPs?": how a camp carries its own protest or
  // campaign is its business, no matter to debate.
  if (
    /^Should\s[^?]*\s(?:aim|direct|take|continue|stage|mount|escalate|intensify|focus|step\s+up)\s+(?:their|its|his|her)\s+(?:protests?|campaigns?|fight)\b/iu.test(
      text,
    )
  ) {
    problems.push('asks what a camp does ("Should critics say")');
  }
  if (/^should$/iu.test(first)) problems.push(...relativeAndParticipleProblems(tokens));
  if (/^should$/iu.test(first) && predicateAfterPassive(tokens)) {
    problems.push('a second predicate after the passive ("be released … hit a snag")');
  }
  // "Should the arguments make by a recent writer ignore …?": a participle on the subject ("made
  // by") turned into the question's verb, with the agent's "by" still after it.
  if (PARTICIPLE_MADE_BARE.test(text) || (/^should$/iu.test(first) && agentAfterBare(tokens))) {
    problems.push('a participle turned into the verb ("Should the arguments make by")');
  }
  // "Should the legislation go ahead?", "Should an ordinance go ahead?": a measure named only by
  // its kind names no matter.
  if (KIND_ONLY.test(text))
    problems.push('a measure named only by its kind ("Should the bill go ahead?")');
  // "Should the Legislature go ahead?": a body acts; it does not go ahead as a measure does.
  if (BODY_GOING_AHEAD.test(text)) problems.push('asks whether a body should go ahead');
  // "Is the governor expected to sign …?": what is forecast is news; the act is the matter.
  if (/^(?:Is|Are)\s.+?\s(?:expected|set|poised|due|likely|unlikely)\s+to\s/u.test(text)) {
    problems.push('asks about a forecast ("Is X expected to")');
  }
  // "Should tuition fees - and they be scrapped?": a dash runs a second clause in.
  if (/\s[-–—]\s+(?:and|but|or|they|it|he|she|we|which)\b/iu.test(text)) {
    problems.push('a dash joins a second clause ("X - and they …")');
  }
  // "… between May and?", "… from $2 to?": a phrase cut off in the middle.
  if (/\s(?:and|or|to|of|the|a|an|between|from|with|by|being)\?$/iu.test(text.trim())) {
    problems.push('ends with a function word');
  }
  // "Should Tanzania ban 13 local songs on grounds?": grounds, a reason or a basis, cut from what
  // they are.
  if (/\s(?:on|for)\s+(?:the\s+)?(?:grounds|reasons?|basis)\?$/iu.test(text.trim())) {
    problems.push('grounds cut from what they are');
  }
  if (
    /\b(?:the|a|an)\s+(?:not|but|and|or|however|that|which|who|its|their|his|her|our|my|your|this|these|those|of|to|from|is|are|be|was|were|on|in|at|by|for|with|after|before|during|amid|despite|into|against|about|through|without|since|because|if|until|unless|although|though|as|while|when)\b(?!-)/iu.test(
      text,
    )
  ) {
    // (Not the first word of a compound: "the for-profit tutoring ban", "the by-election".)
    problems.push('article before a function word ("the that")');
  }
  // "Should Letters: keep …", "Should the 09:12 The senate …": a rubric or a second sentence.
  // "Should smoking age rise to 21: how groups reacted?": a kicker after a figure, too.
  // "Should 'Hens deserve better': the minister on …": a pull quote before a colon is a rubric too.
  if (/[\p{L}\p{N}'’"”]:\s/u.test(text)) problems.push('a rubric or label before a colon');
  // (Not "An" before a name's word opening with a consonant letter: "An Bord Pleanála"; nor an
  // article inside a name, between two of its capitalised words: "Groovin The Moo".)
  const insideName = (i: number) =>
    i >= 1 && /^\p{Lu}/u.test(words[i]) && /^\p{Lu}/u.test(words[i + 2] ?? '');
  const capitalArticle = (w: string, i: number) =>
    /^(?:The|A|An)$/u.test(w) &&
    !(w === 'An' && /^[BCDFGJKLMNPQRSTVWXYZ]\p{Ll}/u.test(words[i + 2] ?? '')) &&
    !insideName(i);
  if (words.slice(1).some(capitalArticle)) {
    problems.push('a capitalised article inside the question');
  }
  // "Should not back down?": the opener's subject is missing.
  if (/^(?:not|never)$/iu.test(words[1] ?? '')) problems.push('no subject after the opener');
  // "Should the 2009--A group of …": a dateline's date run into the sentence.
  if (/\d[-–—]{1,2}\p{Lu}/u.test(text)) problems.push('a dateline run into the sentence');
  // "Do Thousands of workers … celebrate …?", "Should the Hundreds of owners march …?": a
  // sentence's opening crowd copied with its capital.
  // ("Should Thousands back stop use of …": a headline's crowd is never a name.)
  const unnamed = text.replace(NAMED_SET, ' ').trim().split(/\s+/u);
  if (unnamed.slice(1).some((w) => CAPITALISED_MULTITUDE.test(w))) {
    problems.push('a sentence\'s capital on a number word ("Do Thousands of …")');
  }
  // "Should the plant's operations be extended until?": a preposition left without its object
  // ("voted through" and "struck down" end on their particle).
  if (
    /\s(?:from|until|till|at|of|into|to|towards|toward|between|during|since|via|per|as)\?$/iu.test(
      text,
    )
  ) {
    problems.push('a preposition without its object at the end ("extended until?")');
  }
  // "Should the legislation that could double council tax is progressing through parliament?":
  // the sentence's own verb after a relative clause that has one.
  if (
    /^Should\b(?![^?]*\bbe\b)[^?]*\b(?:that|which|who)\s+(?:could|would|will|can|may|might|must|\p{L}+(?:s|ed))\s[^?]*\s(?:is|are|was|were)\s+\p{L}+ing\b/u.test(
      text,
    )
  ) {
    problems.push(
      'the sentence\'s own verb after a relative clause ("that could … is progressing")',
    );
  }
  // "Should second home owners hit?" (of "Second home owners hit"): a headline's passive read
  // as an act, with the verb left without its object.
  if (
    /^Should\b(?![^?]*\bbe\b)[^?]*\s(?:hit|hurt|harm|target|targeted|squeeze|punish|affect)\?$/u.test(
      text,
    )
  ) {
    problems.push('a verb that takes an object, left without one ("Should owners hit?")');
  }
  // "Did the more than 6,500 respond …": an article before a count.
  if (/\bthe\s+(?:more|fewer|less)\s+than\b/iu.test(text)) {
    problems.push('an article before a count ("the more than 6,500")');
  }
  // "Should Those who opposed …": a sentence's capital left on a determiner or pronoun.
  if (CAPITALISED_DETERMINER.test(words[1] ?? '')) {
    problems.push('a sentence\'s capital on a determiner ("Should Those …")');
  }
  // "Should there be a ordinance …": "a" before a vowel.
  if (/\ba\s+(?!one\b|once\b|eu|ewe|u)[aeiou]\p{Ll}/u.test(text))
    problems.push('"a" before a vowel');
  // "Should an Washington school board …": "an" before a consonant (not "an MP", "an hour"; a
  // capital "An" inside the question opens a name: "An Bord Pleanála").
  if (/\ban\s+(?![AEIOUaeiou]|[Hh](?:our|onest|onou?r|eir))\p{L}\p{Ll}/u.test(text)) {
    problems.push('"an" before a consonant');
  }
  // "Should a proposal ban X failed Thursday in a 4-3 vote?", "Should the charges in cities
  // received a serious setback go ahead?": the report's past verb left in the question.
  if (/^should$/iu.test(first) && reportsPastVerb(tokenize(text))) {
    problems.push('a report\'s past verb left in the question ("… failed Thursday")');
  }
  // "Should freedom camping be banned at Waiwhakaiho, the region's most popular spot,?": a
  // comma left before the question mark where the rest was cut.
  if (/,\s*\?$/u.test(text)) problems.push('a comma before the question mark');
  // "Should the Where the statue end up is anyone's guess?": a clause's question word after an
  // article is no noun.
  if (/^\S+\s+(?:the|a|an)\s+(?:Where|When|How|Why|What|Who|Whether)\b/u.test(text)) {
    problems.push('a question word after an article ("the Where …")');
  }
  // "Should No tents non-self-contained car parks …?": a headline's "No" is no subject.
  if (/^\S+\s+No\s/u.test(text)) problems.push('a headline\'s "No" for a subject');
  // "Does 40% have been deducted …?": a perfect takes "Has", not "Does".
  if (/^(?:Do|Does|Did)\s[^?]*\bha(?:ve|s)\s+been\b/u.test(text)) {
    problems.push('a perfect after "Does" ("Does X have been …")');
  }
  // "Should the demonstration be the latest by … drivers over the licensing of Uber?": what a
  // protest is, is news of the protest, not the matter it is over.
  if (/^Should the (?:demonstration|protest|rally|march|strike|picket)s? be\b/iu.test(text)) {
    problems.push('asks what a protest should be');
  }
  // "Should bar owners up-in-arms against Wambora for reject the more drinking hours bill?": a
  // gerund after a preposition turned into a bare verb.
  if (bareVerbAfterPreposition(tokenize(text))) {
    problems.push('a bare verb after a preposition ("for reject the …")');
  }
  // "Should the protocol be flown outside buildings, was approved?": the sentence's own verb after
  // a relative clause cut short.
  if (/,\s+(?:was|were|is|are|has been|have been)\s+\p{Ll}+(?:ed|en)\b/u.test(text)) {
    problems.push('a sentence\'s own verb after a comma ("…, was approved?")');
  }
  // "Should the planned closure … be stopped until … has been held go ahead?": a passive and
  // "go ahead" are two predicates for one subject.
  // ("Should the wind farm be allowed to go ahead?": "to go ahead" is the permission's.)
  if (
    /^Should\b(?:(?!\bto be\b).)*\bbe \p{Ll}+(?:ed|en)\b[^?]*(?<!\bto )\bgo ahead\?$/u.test(text)
  ) {
    problems.push('a passive run into "go ahead"');
  }
  // "Should Imagine MMDA prohibit …?": a column's imperative opener is no subject.
  if (/^\S+\s+(?:Imagine|Consider|Remember|Picture|Note|Suppose)\s/u.test(text)) {
    problems.push('an imperative where the subject should be');
  }
  // "Is the groper fishing ban?" (of "… ban is ‘fisheries management at its worst’"): a noun
  // phrase with its predicate cut off asks nothing.
  if (predicateMissing(tokenize(text))) problems.push('no predicate after "Is X"');
  // "Should Rural N.S. residents want solutions …?": a wish is news of the camp, not an act.
  if (wishAsked(tokenize(text))) problems.push('asks whether someone should want something');
  // "Should the <i>This post be corrected?": a page's markup is no one's words.
  if (/<\/?[a-z][^>]*>/iu.test(text)) problems.push('markup in the question');
  // "Should an incinerator that be built?": a relative pronoun with its verb cut off.
  if (/\b(?:that|which|who)\s+be\b/iu.test(text)) problems.push('a relative clause with no verb');
  // "Should the known as congestion pricing face …": a name's "known as" without the name.
  if (/\b(?:the|a|an)\s+(?:so-called\s+)?(?:known|called|dubbed)\s+as\b/iu.test(text)) {
    problems.push('"known as" with no name before it');
  }
  // "Should a decision … got postponed by …": a report's past passive left after the question's
  // own verb.
  if (
    /^should\b/iu.test(first) &&
    /\bgot\s+\p{L}+(?:ed|en)\b/iu.test(text) &&
    relativeOpener(text) < 0
  ) {
    problems.push('a second finite verb ("Should X do Y is Z")');
  }
  if (/^\S+\s+(?:I|me)\b/u.test(text)) problems.push('asks about the writer ("Should I")');
  // "Should Harwood do not need a stadium …?": a negated statement put after a modal.
  if (
    /^(?:should|must|can|could|will|would)\s.*\b(?:do|does|did)\s+(?:not|n['’]t)\b/iu.test(text)
  ) {
    problems.push('a negated auxiliary after the modal ("Should X do not …")');
  }
  // "Is what proposed and who is for and against?": an explainer's wh-question turned round.
  if (/^\S+\s+(?:what|who|whom|which|why|how|where|when)\b/iu.test(text)) {
    problems.push('a question word for its subject');
  }
  // "Should Do speed cameras cut crashes?": a question rewritten as if it were a statement.
  // ("Should Can’t lift ban on grouper fish?": or its "not" run on.)
  if (
    /^\S+\s+(?:should|is|are|do|does|did|can|could|will|would|was|were)\s/iu.test(text) ||
    /^\S+\s+(?:can['’]t|cannot|won['’]t|don['’]t|doesn['’]t|didn['’]t|shouldn['’]t|mustn['’]t)\s/iu.test(
      text,
    )
  ) {
    problems.push('a second question opener');
  }
  // "Is it here to stay?", "Should they pay?": a subject only the article around it names.
  // ("Is it right to …" puts its subject after it; "Should we …" asks the readers.)
  if (
    // ("Should finally they make it?": an adverb before it too.)
    /^\S+\s+(?:\p{L}+ly\s+)?(?:they|he|she|them)\b/iu.test(text) ||
    // "Should its app be banned?": whose, the question does not say.
    /^\S+\s+(?:its|their|his|her)\s/iu.test(text) ||
    /^\S+\s+(?:this|these|those|that)\s+(?:is|are|be|was|were|have|has|do|does|work|happen|matter|stay|go|continue)\b/iu.test(
      text,
    ) ||
    (/^\S+\s+it\b/iu.test(text) && !EXTRAPOSED_IT.test(text)) ||
    // "Should revoking it be …": the gerund's object is a word only the article names.
    /^\S+\s+\p{L}+ing\s+(?:it|them|him|her)\b/iu.test(text)
  ) {
    problems.push('a pronoun for its subject');
  }
  // "Should students be taught to use them appropriately?": what "them" is, the question does not
  // say.
  if (/\bthem\b/iu.test(text)) problems.push('"them", with nothing it stands for');
  // "Should the city ban it in June?": a verb's "it" at the end, or before when or where, names
  // nothing ("make it illegal to …" is a dummy "it" and goes on; "Should the council that owns
  // the beach sell it?" names a thing after its subject that "it" stands for).
  const pronounObject = VERB_IT_AT_END.exec(text);
  const namedBefore = pronounObject
    ? (text.slice(0, pronounObject.index).match(/\b(?:the|a|an|this|its|their)\s/giu) ?? []).length
    : 0;
  if (pronounObject && namedBefore <= 1) problems.push('"it", with nothing it stands for');
  // "Should a jail be built in their backyard?": "their" with no people or plural before it.
  const their = words.findIndex((w) => /^their$/iu.test(w));
  if (
    their > 1 &&
    !words
      .slice(1, their)
      .some((w) => /\p{L}{2,}s$/u.test(w) || /^(?:people|children|police|staff|public)$/iu.test(w))
  ) {
    problems.push('"their", with nobody it stands for');
  }
  // "Should the matter be discussed …?", "Is the issue urgent?": a word that only points back
  // names no matter ("the issue of noise" does).
  if (ANAPHORIC_SUBJECT.test(text)) problems.push('a subject that only points back ("the matter")');
  // "Should more than 900 districts now run …": a count of those who already do it, not a
  // proposal. (Not of what would be done to: "Should over 10,000 camels be shot …?".)
  if (COUNT_OPENING.test(text) && !COUNT_DONE_TO.test(text)) {
    problems.push('a count of those who already act for its subject');
  }
  // "Should the federation have banned …": a verdict on a past act, not a motion.
  if (
    /^Should\b[^?]*?\bhave\s+(?:\p{L}+(?:ed|en)|had|been|done|made|gone|got|kept|left|lost|paid|sent|spent|won|upheld|held|struck|cut|shut|put|set|let|built|sold|bought|brought|told|found|led|met|stood|taught|begun|run)\b/u.test(
      text,
    ) &&
    !/\b(?:that|which|who)\b[^?]*\bhave\b/u.test(text)
  ) {
    problems.push('asks about a past act ("Should X have done")');
  }
  const last = tokens.length - 1;
  // "…, arguing that they distract": a participle clause hanging off the end.
  const comma = tokens.findIndex(
    (t, i) => t.text === ',' && tokens[i + 1]?.pos === 'VERB' && /ing$/u.test(tokens[i + 1].lower),
  );
  if (comma >= 0) problems.push('dangling participle clause');
  // "Should Facebook and the Trade Commission negotiating a penalty?": a participle where the verb
  // should be, with no other verb for it to describe a subject of.
  if (/^should$/iu.test(first)) {
    const ing = tokens.findIndex(
      (t, i) =>
        i >= 2 &&
        t.pos === 'VERB' &&
        gerund(t) &&
        // "Should Town Meeting ban …": a capitalised "-ing" word inside the question is a name's.
        !/^\p{Lu}/u.test(t.text) &&
        // After a name: a common noun before it may be the bare verb wink misreads ("Should
        // Portsea limit renting …"); but no noun is misread before "becoming" or "being".
        (tokens[i - 1].pos === 'PROPN' ||
          (COPULAR_GERUNDS.has(t.lower) && tokens[i - 1].pos === 'NOUN') ||
          // "Should the council reaching …", "… in the City reaching …": a noun straight after
          // its determiner is no bare verb misread.
          (tokens[i - 1].pos === 'NOUN' && tokens[i - 2]?.lower === 'the') ||
          // "Should the Marlow County commissioners rezoning …": a plural that is the first
          // common noun is the subject's head, no misread bare verb.
          (tokens[i - 1].pos === 'NOUN' &&
            /[^s]s$/u.test(tokens[i - 1].lower) &&
            tokens.slice(1, i - 1).every((w) => ['DET', 'PROPN', 'ADJ'].includes(w.pos)))),
    );
    const finite = tokens.some(
      (t, i) => i > 1 && (t.pos === 'AUX' || (t.pos === 'VERB' && !gerund(t))),
    );
    if (ing > 0 && !finite)
      problems.push('a participle where the verb should be ("Should X doing")');
  }
  // "…, transport secretary declares": a reporting clause left at the end.
  const tail = tokens.slice(Math.max(0, last - 3));
  if (
    tail.some(
      (t, i) => i > 0 && tail[i - 1].pos !== 'ADP' && REPORTING.has(t.lemma) && t.pos === 'VERB',
    )
  ) {
    problems.push('ends with a reporting clause');
  }
  // "Should Cuts to almost halve lifeguard service approved?": a headline's passive participle
  // left last with no "be" before it.
  const lastWord = tokens.findLastIndex((t) => /\p{L}/u.test(t.text));
  const ending = tokens[lastWord];
  if (
    /^Should\s/u.test(text) &&
    ending?.pos === 'VERB' &&
    /\p{L}ed$/u.test(ending.lower) &&
    ['NOUN', 'PROPN'].includes(tokens[lastWord - 1]?.pos ?? '') &&
    !tokens.slice(1, lastWord).some((t) => LINKING_BEFORE_PARTICIPLE.has(t.lower)) &&
    // ("…, as the council voted?": a clause of its own has its own past.)
    !tokens.slice(1, lastWord).some((t) => CLAUSE_OPENERS.test(t.text))
  ) {
    problems.push('a passive participle without "be" ("Should X approved")');
  }
  // "Should the viaducts come down, Vancouver city councillors voted?": who decided it, left
  // after a comma at the end.
  const closingComma = tokens.findLastIndex((t) => t.text === ',');
  if (
    closingComma > 0 &&
    lastWord - closingComma >= 2 &&
    lastWord - closingComma <= 6 &&
    tokens[lastWord].pos === 'VERB' &&
    DECIDED_AT_END.has(tokens[lastWord].lower) &&
    tokens.slice(closingComma + 1, lastWord).every((t) => NAMING_TAGS.has(t.pos))
  ) {
    problems.push('ends with who decided it (", X voted")');
  }
  // "Should there be the health service's pay offer?": "there be" brings in a thing not yet
  // there, so a definite or owned one ("the", "its", "X's") is already there and no proposal.
  if (
    /^\S+\s+there\s+be\s+(?:the|this|that|these|those|its|their|his|her|our|(?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{L}+['’]s?)\s/iu.test(
      text,
    )
  ) {
    problems.push('"there be" before a thing already there ("Should there be the …")');
  }
  // "Should trams run again, and critics said the cost was too high?": a report joined on.
  if (joinedReport(tokens) > 0) problems.push('a reporting clause joined on (", and X said …")');
  // "Should X will …": a second modal in the main clause (one in a relative clause is fine).
  const relative = words.findIndex((w) => /^(?:that|which|who|whom|whose)$/iu.test(w));
  // "every drinks can and plastic bottle": "can" after a determiner or before "and", "or", "of"
  // or a comma is the noun, not the modal.
  // "… from May 1st": a capitalised "May" inside the question is the month.
  const modal = (w: string, i: number) =>
    MODAL_WORDS.has(w.toLowerCase()) &&
    w !== 'May' &&
    !(
      w.toLowerCase() === 'can' &&
      (/^(?:and|or|of|,)$/iu.test(words[i + 1] ?? ',') ||
        /^(?:a|the|every|each|this|that|one)$/iu.test(words[i - 1] ?? ''))
    );
  const mainClause = words.slice(1, relative > 0 ? relative : words.length);
  const lateModal =
    relative > 0 && words.some((w, i) => i > relative + RELATIVE_MODAL_REACH && modal(w, i));
  if (mainClause.some((w, i) => modal(w, i + 1)) || lateModal) {
    problems.push('a second modal ("Should X will …")');
  }
  // "Should the study backs …": after a modal or "does" the verb is bare.
  if (BARE_AFTER.has(first.toLowerCase())) {
    const end = relative > 0 ? relative : tokens.length;
    // ("Should the Online Harms Bill …", "… on Burrows Avenue": a capitalised word inside a name
    // is no verb.)
    const capital = (t: Token | undefined) => /^\p{Lu}/u.test(t?.text ?? '');
    const verb = tokens.findIndex(
      (t, i) =>
        i > 1 &&
        i < end &&
        t.pos === 'VERB' &&
        !(capital(t) && (capital(tokens[i - 1]) || capital(tokens[i + 1]))),
    );
    const v = tokens[verb];
    // A last word in "-s" is more often a plural noun wink reads as a verb ("holiday lets"); so
    // is one right after "there be" ("Should there be curbs on …"; "there be plans to bring in
    // cranes" asks after the plans, not the act).
    const afterThereBe =
      tokens[verb - 1]?.lower === 'be' &&
      tokens[verb - 2]?.lower === 'there' &&
      tokens[verb + 1]?.lower !== 'to';
    // ("Should WhatsApp calls be taxed?": so is one right before the bare "be" it would need.)
    const beforeBe = tokens[verb + 1]?.lower === 'be';
    if (
      v &&
      verb < tokens.length - 1 &&
      !afterThereBe &&
      !beforeBe &&
      v.lower !== v.lemma &&
      v.lower === `${v.lemma}s`
    ) {
      problems.push('an inflected verb after the opener ("Should X backs")');
    }
    // "Should Saudi Arabia scales back megacity plans?": wink may read a name's verb in "-s" with
    // its particle as a noun; after the opener the verb is bare all the same.
    const phrasalInflected = tokens.findIndex(
      (t, i) =>
        i > 1 &&
        i < end &&
        tokens.slice(1, i).every((w) => w.pos === 'PROPN') &&
        /^\p{Ll}+[^s'’]s$/u.test(t.text) &&
        PARTICLES.has(tokens[i + 1]?.lower ?? '') &&
        (['DET', 'ADJ', 'NOUN', 'NUM'].includes(tokens[i + 2]?.pos ?? '') ||
          // (wink may read a noun before the object's head as a verb: "harbour/VERB plans".)
          (tokens[i + 2]?.pos === 'VERB' && tokens[i + 3]?.pos === 'NOUN')),
    );
    if (phrasalInflected > 0)
      problems.push('an inflected verb after the opener ("Should X backs")');
    // "Should this government attempts deprive the country …?": "this" or "that" before a noun and
    // a plural with a bare verb after it is a verb in "-s" wink read as a noun (or an owner's
    // lost "'s"); either way the question does not read.
    const thisPlural = tokens.findIndex(
      (t, i) =>
        i > 0 &&
        i < end &&
        ['this', 'that'].includes(t.lower) &&
        tokens[i + 1]?.pos === 'NOUN' &&
        !/s$/u.test(tokens[i + 1].lower) &&
        /^\p{Ll}+[^s'’]s$/u.test(tokens[i + 2]?.text ?? '') &&
        tokens[i + 3]?.pos === 'VERB' &&
        tokens[i + 3].lower === tokens[i + 3].lemma,
    );
    if (thisPlural > 0)
      problems.push('a plural after "this" with a bare verb ("this X attempts do")');
    // "Should a Supreme Court bench cancel a National Court order be quashed?": a bare verb with
    // its object, then a second bare "be" nothing brings in.
    // (The question's main verb: the first verb, right after a noun or a name, lower case, with
    // no "to" before it, and an object after it; not "the plan to close Orby library be …".)
    const firstVerb = tokens.findIndex((t, i) => i > 1 && (t.pos === 'VERB' || t.lower === 'to'));
    const main = tokens[firstVerb];
    const bare =
      main &&
      main.pos === 'VERB' &&
      main.lower === main.lemma &&
      /^\p{Ll}+$/u.test(main.text) &&
      ['NOUN', 'PROPN'].includes(tokens[firstVerb - 1]?.pos ?? '') &&
      ['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM'].includes(tokens[firstVerb + 1]?.pos ?? '')
        ? firstVerb
        : -1;
    const secondBe = tokens.findIndex(
      (t, i) =>
        bare > 0 &&
        i > bare + 1 &&
        t.lower === 'be' &&
        tokens[i + 1]?.pos === 'VERB' &&
        tokens[i + 1].lower !== tokens[i + 1].lemma &&
        tokens.slice(bare + 1, i).every((w) => !LINKING_BEFORE_BE.has(w.lower) && w.pos !== 'AUX'),
    );
    if (secondBe > 0 && !CAUSING_BE.has(tokens[bare].lemma)) {
      problems.push('a second verb "be" after the bare verb\'s object ("cancel X be quashed")');
    }
    // "Should opposition leader not 'see any justification whatsoever' for move?": what
    // somebody sees or believes is their view of the matter, not a course to argue for.
    if (v && THINKING.has(v.lemma) && tokens.slice(1, verb).every((t) => t.pos !== 'VERB')) {
      problems.push('asks what somebody sees or believes ("Should X not see …")');
    }
    // "Did the draft violated the …": a past form right after the subject, taking an object
    // ("the reforms needed by schools" is a participle on its noun).
    const pastWithObject = tokens.findIndex(
      (t, i) =>
        i > 1 &&
        i < end &&
        t.pos === 'VERB' &&
        t.lower !== t.lemma &&
        /ed$/u.test(t.lower) &&
        nounBefore(tokens, i) &&
        ['DET', 'NOUN', 'PROPN', 'ADJ', 'PRON'].includes(tokens[i + 1]?.pos ?? ''),
    );
    const bareBefore = tokens.some((t, i) => i > 1 && i < pastWithObject - 1 && t.pos === 'VERB');
    if (/^(?:do|does|did)$/iu.test(first) && pastWithObject > 0 && !bareBefore) {
      problems.push('a past form after "do" ("Did X violated")');
    }
    // "Should Shane Jones go "full Trump" and declared "war on nature" …": a second verb joined
    // (by "and" or a headline's comma) to the bare one keeps its past form (not after "be" or "have": "be fined and banned").
    const joinedPast = tokens.findIndex(
      (t, i) =>
        i > 2 &&
        i < end &&
        ['and', ','].includes(tokens[i - 1].lower) &&
        t.pos === 'VERB' &&
        t.lower !== t.lemma &&
        /ed$/u.test(t.lower) &&
        (['DET', 'PRON', 'NUM'].includes(tokens[i + 1]?.pos ?? '') ||
          /^["“‘']$/u.test(tokens[i + 1]?.text ?? '')),
    );
    const bareVerb = tokens.findIndex(
      (t, i) => i > 1 && i < joinedPast && t.pos === 'VERB' && t.lower === t.lemma,
    );
    const passiveOrPerfect = tokens
      .slice(1, joinedPast)
      .some((t) => ['be', 'been', 'being', 'have', 'has', 'had'].includes(t.lower));
    if (joinedPast > 0 && bareVerb > 0 && !passiveOrPerfect) {
      problems.push('a past form joined to the bare verb ("Should X go … and declared …")');
    }
  }
  // "Did a victory after it emerge that …?": a past verb after "it" turned bare by the opener
  // that belongs to another verb.
  const bareAfterPronoun = tokens.findIndex(
    (t, i) =>
      i > 1 &&
      ['it', 'he', 'she'].includes(t.lower) &&
      tokens[i + 1]?.pos === 'VERB' &&
      tokens[i + 1].lower === tokens[i + 1].lemma &&
      !/(?:s|ed)$/u.test(tokens[i + 1].lower) &&
      !BARE_AFTER.has(tokens[i - 1].lower) &&
      ![
        'to',
        'let',
        'make',
        'help',
        'did',
        'does',
        'do',
        'will',
        'would',
        'can',
        'could',
        'may',
        'might',
        'must',
        'should',
      ].includes(tokens[i - 1].lower),
  );
  if (bareAfterPronoun > 0) problems.push('a bare verb after "it" ("after it emerge")');
  if (first.toLowerCase() === 'should') {
    const verb = tokens.findIndex((t, i) => i > 1 && t.pos === 'VERB' && !/ing$/u.test(t.lower));
    // "Should X be restricted on the Internet violates …": a present-tense verb after the
    // question's own, in the same clause, is a second sentence run in.
    const clauseEnd = tokens.findIndex((t, i) => i > verb && CLAUSE_OPENERS.test(t.text));
    const runIn = tokens.findIndex(
      (t, i) =>
        verb > 0 &&
        i > verb &&
        i < (clauseEnd > 0 ? clauseEnd : last) &&
        t.pos === 'VERB' &&
        // "goes", "reaches": the "-es" of a verb's present tense as well as its "-s".
        (t.lower === `${t.lemma}s` || t.lower === `${t.lemma}es`) &&
        !['DET', 'ADJ', 'NUM', 'ADP'].includes(tokens[i - 1].pos) &&
        // ("to hunt bears/VERB and bobcats": right after a bare verb, its object.)
        !(tokens[i - 1].pos === 'VERB' && tokens[i - 1].lower === tokens[i - 1].lemma) &&
        // ("allow cellphone calls/VERB during flights": a compound object's plural noun.)
        !(i - 2 === verb && tokens[i - 1].pos === 'NOUN') &&
        !pluralInPhrase(tokens, i),
    );
    if (runIn > 0) problems.push('a second finite verb ("Should X do Y is Z")');
    // "Should Google and Apple to remove the app be asked …": "to" and a verb straight after the
    // subject's name, before the question's own verb, is a clause turned inside out.
    const infinitive = tokens.findIndex(
      (t, i) =>
        i > 1 &&
        t.lower === 'to' &&
        tokens[i - 1].pos === 'PROPN' &&
        tokens[i + 1]?.pos === 'VERB' &&
        // ("the City of York Council to collect …": a capitalised word and an "of" inside the
        // name are the name's.)
        tokens
          .slice(1, i)
          .every(
            (w, k) =>
              ['PROPN', 'CCONJ', 'DET', 'PUNCT'].includes(w.pos) ||
              (w.pos === 'NOUN' && /^\p{Lu}/u.test(w.text)) ||
              (w.lower === 'of' &&
                /^\p{Lu}/u.test(tokens[k].text) &&
                tokens[k + 2]?.pos === 'PROPN'),
          ),
    );
    // "Should the police to order protesters to …": after a common noun too, when no verb but
    // those after "to" is left for the question ("the plan to close the pool go ahead" has one).
    const onlyInfinitives = tokens.every(
      (t, i) => i < 2 || t.pos !== 'VERB' || tokens[i - 1].lower === 'to',
    );
    const nounInfinitive =
      onlyInfinitives &&
      tokens.findIndex(
        (t, i) =>
          i > 1 &&
          t.lower === 'to' &&
          tokens[i - 1].pos === 'NOUN' &&
          // "Should the council plan to close …": a verb wink reads as a noun.
          !TAKES_TO.has(tokens[i - 1].lemma) &&
          tokens[i + 1]?.pos === 'VERB' &&
          // A short subject: in a longer run of nouns one may be the verb wink misreads
          // ("Should the health panel ditch guidance to give …").
          i <= SHORT_SUBJECT + 1 &&
          tokens.slice(1, i).every((w) => ['NOUN', 'PROPN', 'ADJ', 'CCONJ', 'DET'].includes(w.pos)),
      ) > 0;
    if (infinitive > 0 || nounInfinitive)
      problems.push('"to" and a verb straight after the subject ("Should X to do")');
    // "Should the Government announce its national response plan?": announcing a plan is
    // making it, not a report of it.
    const announcesPlan =
      tokens[verb]?.lemma === 'announce' &&
      tokens.slice(verb + 1, verb + 6).some((w) => PLAN_NOUNS.has(w.lemma));
    // ("Should Matiang’i make the revelation?": making a remark is saying it.)
    const remarkMade =
      tokens[verb]?.lemma === 'make' &&
      REMARK_NOUNS.has(tokens[verb + (tokens[verb + 1]?.pos === 'DET' ? 2 : 1)]?.lower ?? '');
    if (verb > 0 && ((SAYING.has(tokens[verb].lemma) && !announcesPlan) || remarkMade)) {
      problems.push('asks about a report ("Should X say")');
    }
    const reportHead = tokens[verb - 1]?.lower ?? '';
    // "Should the ruling come on Thursday …?": when a decision came is news, not a matter.
    if (
      verb > 0 &&
      EVENT_NOUNS.has(reportHead) &&
      ['come', 'happen', 'follow'].includes(tokens[verb].lemma)
    ) {
      problems.push('asks when a decision came ("Should the ruling come")');
    }
    // "Should the soda tax study see sales dip …?": what a study sees or finds is its report.
    if (verb > 0 && STUDY_NOUNS.has(reportHead) && STUDY_VERBS.has(tokens[verb].lemma)) {
      problems.push('asks about a report ("Should X say")');
    }
    // "Should the council weigh a ban …?", "Should the bill be debated?": the weighing is the
    // procedure; what is weighed is the matter.
    if (verb > 0 && DELIBERATING.has(tokens[verb].lemma)) {
      problems.push('asks about weighing the matter ("Should X consider")');
    }
    // "Should the council postpone vote on …?": when a vote is held is procedure (wink may read
    // "delays" as a noun, so the words are matched).
    if (PUTTING_OFF_A_VOTE.test(text)) {
      problems.push('asks about weighing the matter ("Should X consider")');
    }
  }
  // "Should the MPs clash lower …", "Should regulator orders switch off …": a headline's verb
  // (a dispute or an order) read as the last word of the subject, with the matter's verb after.
  const stuck = tokens.findIndex(
    (t, i) =>
      i > 1 &&
      HEADLINE_VERBS.has(t.lower) &&
      ['NOUN', 'PROPN'].includes(tokens[i - 1].pos) &&
      // wink may read the verb after it as an adjective or a noun ("clash lower the …").
      (tokens[i + 1]?.pos === 'VERB' ||
        (['ADJ', 'NOUN'].includes(tokens[i + 1]?.pos ?? '') && tokens[i + 2]?.pos === 'DET')),
  );
  if (stuck > 0) problems.push('a headline\'s verb left in the subject ("Should X clash lower")');
  // "Should Later school start voted down?": a past form straight after a verb that takes none
  // ("be banned", "get approved", "remain closed" do), closing the clause or before a particle.
  const stacked = tokens.findIndex(
    (t, i) =>
      i > 2 &&
      t.pos === 'VERB' &&
      /ed$/u.test(t.lower) &&
      tokens[i - 1].pos === 'VERB' &&
      !TAKES_PARTICIPLE.has(tokens[i - 1].lemma) &&
      ['ADP', 'PUNCT'].includes(tokens[i + 1]?.pos ?? 'PUNCT'),
  );
  if (stacked > 0 && first.toLowerCase() === 'should') {
    problems.push('a past form after a bare verb ("Should X start voted down")');
  }
  // "Should the Los Angeles on track to ban fur sales?": a headline's forecast ("on track to",
  // "set to", "poised to") is left where the question's own verb should be.
  const firstVerb = tokens.findIndex((t, i) => i > 0 && (t.pos === 'VERB' || t.pos === 'AUX'));
  const forecast = tokens.findIndex(
    (t, i) => FORECASTS.has(t.lower) && tokens[i + 1]?.lower === 'to' && i > 1,
  );
  // No verb of the question's own before the forecast.
  if (
    first.toLowerCase() === 'should' &&
    forecast > 0 &&
    !(firstVerb > 0 && firstVerb < forecast)
  ) {
    problems.push('a forecast where the verb should be ("Should X on track to ban")');
  }
  // "Should there be supported by council?": "there be" needs a thing, not a participle (one
  // before its noun describes it: "Should there be protected bike lanes?").
  if (
    /^Should there be \p{L}+ed\b/u.test(text) &&
    tokens[3]?.pos === 'VERB' &&
    !['NOUN', 'PROPN'].includes(tokens[4]?.pos ?? '')
  ) {
    problems.push('a participle after "there be"');
  }
  if (first.toLowerCase() === 'should') problems.push(...shouldClauseProblems(tokens));
  for (const [open, close] of [
    ['(', ')'],
    ['[', ']'],
    ['“', '”'],
  ]) {
    if (text.split(open).length !== text.split(close).length)
      problems.push(`unbalanced ${open}${close}`);
  }
  if ((text.match(/"/gu) ?? []).length % 2 === 1) problems.push('unbalanced quotation marks');
  // "… into ‘Moulin-Rouge style?": an opening single quotation mark with none closing after it
  // (a closing one doubles as the apostrophe, so only the opening one is counted).
  const lastOpen = text.lastIndexOf('‘');
  if (lastOpen >= 0 && !text.slice(lastOpen).includes('’')) {
    problems.push('unbalanced ‘’');
  }
  return problems;
}

/**
 * "Should genetically modified mosquitoes be released into the United States for the first time
 * hit a snag?": after the question's passive, a bare verb straight after a noun and before its
 * object is a second predicate run in (not "to pay a fee", nor "and replace the …").
 */
function predicateAfterPassive(tokens: Token[]): boolean {
  const be = tokens.findIndex(
    (t, i) =>
      t.lower === 'be' && tokens[i + 1]?.pos === 'VERB' && /(?:ed|en)$/u.test(tokens[i + 1].lower),
  );
  if (be < 0) return false;
  return tokens.some(
    (t, i) =>
      i > be + 2 &&
      t.pos === 'VERB' &&
      t.lower === t.lemma &&
      ['NOUN', 'PROPN'].includes(tokens[i - 1].pos) &&
      tokens[i + 1]?.pos === 'DET',
  );
}

/**
 * "Should cheering and clapping as they stand to be counted …?" (an opening participle phrase for
 * the subject, no verb of the question's own before the clause after it); "Should the only
 * schools that should have Indian mascots and team names?" (the relative clause holds the only
 * verb); "Should the hearing for an ordinance that would ban circus animals from the city turned
 * into …?" (the sentence's past verb after the relative clause, never made bare).
 */
function relativeAndParticipleProblems(tokens: Token[]): string[] {
  const problems: string[] = [];
  const sub = tokens.findIndex((t, i) => i > 1 && SUBORDINATE.has(t.lower));
  const head = tokens.slice(1, sub > 0 ? sub : tokens.length);
  // (wink may tag the second "-ing" word a noun: "cheering/VERB and clapping/NOUN".)
  const ing = (t: Token) => ['VERB', 'NOUN'].includes(t.pos) && /ing$/u.test(t.lower);
  const participles = head.filter((t) => t.pos === 'VERB' && gerund(t)).length;
  if (
    sub > 0 &&
    participles > 0 &&
    head.every((t) => ing(t) || ['CCONJ', 'PUNCT'].includes(t.pos))
  ) {
    problems.push('a participle where the verb should be ("Should X doing")');
  }
  const r = tokens.findIndex((t, i) => i > 1 && ['that', 'which', 'who'].includes(t.lower));
  if (r < 0) return problems;
  const verbal = (t: Token) => t.pos === 'VERB' || t.pos === 'AUX';
  // ("Should Hawaii ban sunscreens with chemicals that …": wink may tag the verb after a name a
  // noun; a bare word there, before its object, is the question's verb.)
  const afterName =
    tokens[1]?.pos === 'PROPN' &&
    tokens[2]?.pos === 'NOUN' &&
    tokens[2].lower === tokens[2].lemma &&
    ['NOUN', 'DET', 'ADJ'].includes(tokens[3]?.pos ?? '');
  const own = afterName || tokens.slice(1, r).some(verbal);
  const inner = tokens.findIndex((t, i) => i > r && verbal(t));
  const after = inner > 0 && tokens.some((t, i) => i > inner + 1 && verbal(t) && !gerund(t));
  // "Should one of the responsibilities that a citizen vote?" (of "… that a citizen has is the
  // right to vote"): a lone verb ending the relative clause, and the question, is the clause's.
  const verbsAfter = tokens.filter((t, i) => i > r && verbal(t)).length;
  const lastWord = tokens[tokens.length - (tokens[tokens.length - 1]?.text === '?' ? 2 : 1)];
  const endsOnItsVerb = verbsAfter <= 1 && lastWord && ['VERB', 'NOUN'].includes(lastWord.pos);
  const relativeEnds =
    endsOnItsVerb && tokens[r - 1]?.pos === 'NOUN' && tokens[r + 1]?.pos === 'DET';
  if (!own && ((MODAL_WORDS.has(tokens[r + 1]?.lower ?? '') && !after) || relativeEnds)) {
    problems.push('no verb of its own after the relative clause ("Should the X that should …?")');
  }
  // "… that would charge shoppers a fee on bags failed to pass the council?": the past verb's
  // infinitive is its own, not a verb the question could ask with.
  const infinitive = (i: number) => tokens[i + 1]?.lower === 'to' && tokens[i + 2]?.pos === 'VERB';
  const past = tokens.findIndex(
    (t, i) =>
      i > r + 2 &&
      t.pos === 'VERB' &&
      /ed$/u.test(t.lower) &&
      nounBefore(tokens, i) &&
      ((['ADP', 'DET'].includes(tokens[i + 1]?.pos ?? '') &&
        !PARTICLES.has(tokens[i + 1]?.lower ?? '')) ||
        infinitive(i)) &&
      !tokens
        .slice(i + (infinitive(i) ? 3 : 1))
        .some((w) => w.pos === 'AUX' || (w.pos === 'VERB' && w.lower === w.lemma)),
  );
  // (A participle before the relative clause, "a proposed ordinance", is no verb of its own.)
  const bareOwn = tokens
    .slice(1, r)
    .some((t) => t.pos === 'AUX' || (t.pos === 'VERB' && t.lower === t.lemma));
  if (!bareOwn && past > 0) problems.push('a second finite verb ("Should X do Y is Z")');
  return problems;
}

/** Words that end the question's main clause: what follows may have verbs of its own. */
const SUBORDINATE = new Set(
  'that which who whom whose where when if because while as after before than until unless'.split(
    ' ',
  ),
);
// (Not "have": after "Should" it is bare, a verb of its own, "Should the laws have an
// 18-month trial?"; "Should X have done …" is refused as a past act.)
const FINITE_AUX = new Set(['has', 'had', 'is', 'are', 'was', 'were', 'does', 'did']);
const PLAN_NOUNS = new Set([
  'plan',
  'strategy',
  'policy',
  'programme',
  'program',
  'budget',
  'reform',
]);

/** Particles and the agent's "by" that follow a passive participle: "struck down", "passed by". */
const PARTICLES = new Set(['down', 'off', 'up', 'out', 'by', 'back']);

/** Capitalised words that close a measure's name: "… zones Bill", "… Rights Act". */
const NAMED_MEASURE_ENDS = new Set(['Bill', 'Act', 'Law', 'Code', 'Order', 'Ordinance']);

/** Participles of passives that keep an object of their own ("be given more power"). */
const GIVING = new Set(['given', 'granted', 'offered', 'handed', 'awarded', 'sent', 'shown']);
const SECOND_OBJECT = new Set(['more', 'less', 'fewer', 'a', 'an', 'the', 'new', 'extra']);

/**
 * Shapes a "Should" question cannot take: "Should police powers has been condemned be …" (a
 * finite auxiliary of a reported clause left in the subject); "Should the Judge blocks Delmont
 * law make …", "Should the government strikes a step closer …" (a headline's verb in "-s" read as
 * a noun, with the question's verb after it); "Should federal police more power be given?" (a
 * passive of giving with both objects before it).
 */
function shouldClauseProblems(tokens: Token[]): string[] {
  const problems: string[] = [];
  const stop = tokens.findIndex((t, i) => i > 1 && (SUBORDINATE.has(t.lower) || t.text === ','));
  const main = tokens.slice(1, stop > 0 ? stop : tokens.length);
  if (main.some((t) => FINITE_AUX.has(t.lower) && t.pos === 'AUX')) {
    problems.push('a finite auxiliary in the question\'s clause ("Should X has been …")');
  }
  const headlineVerb = main.findIndex(
    (t, i) =>
      i > 0 &&
      t.pos === 'NOUN' &&
      /[a-z]{3}s$/u.test(t.lower) &&
      ['NOUN', 'PROPN'].includes(main[i - 1].pos) &&
      !/s$/u.test(main[i - 1].lower) &&
      ['PROPN', 'DET'].includes(main[i + 1]?.pos ?? '') &&
      // (Not a plural inside a measure's name: "the special crime zones Bill".)
      !NAMED_MEASURE_ENDS.has(main[i + 1]?.text ?? '') &&
      // (Nor the first object of a verb wink reads as a noun: "the government charge/NOUN
      // bloggers a fee".)
      !(TWO_OBJECT_VERBS.has(main[i - 1].lower) && main[i + 1]?.pos === 'DET') &&
      // Where the question's verb should be: none before it.
      !main.slice(0, i).some((w) => w.pos === 'VERB'),
  );
  // "Should judge strikes down …", "Should the court throws out …": a headline's phrasal verb in
  // "-s" (wink may read "judge" as the verb and "strikes" as a noun).
  const phrasal = /^Should\s+(?:the\s+)?\p{L}+\s+\p{Ll}+[^s\s]s\s+(?:down|out|off)\b/u;
  if (headlineVerb > 0 || phrasal.test(tokens.map((t) => t.text).join(' '))) {
    problems.push('a headline\'s verb in "-s" left in the subject ("Should the judge blocks …")');
  }
  // "Should the part of the act struck down?": a headline's passive without its "be".
  const bareParticiple = main.findIndex(
    (t, i) =>
      i > 1 &&
      t.pos === 'VERB' &&
      t.lower !== t.lemma &&
      !/(?:s|ing)$/u.test(t.lower) &&
      main[i - 1].lower !== 'be' &&
      main[i - 1].pos !== 'AUX' &&
      PARTICLES.has(main[i + 1]?.lower ?? '') &&
      // "order protesters … under a bill published by the government": a verb came first.
      !main.slice(0, i).some((w) => w.pos === 'VERB') &&
      // "the law passed by parliament be repealed": a participle on its noun, the verb after.
      !main.slice(i + 2).some((w) => w.pos === 'VERB' || w.pos === 'AUX'),
  );
  if (bareParticiple > 0) problems.push('a past participle with no "be" ("Should X struck down")');
  const be = main.findIndex((t, i) => t.lower === 'be' && GIVING.has(main[i + 1]?.lower ?? ''));
  if (
    be > 0 &&
    main
      .slice(0, be)
      .some((t, i, sub) => t.pos === 'NOUN' && SECOND_OBJECT.has(sub[i + 1]?.lower ?? ''))
  ) {
    problems.push('both objects of a passive of giving before it ("Should X more power be given")');
  }
  return problems;
}

/** Whether the article writes a word twice over itself ("three-wheel rickshaws or tuk tuk"). */
function writesTwice(written: string, pair: string): boolean {
  if (written === '') return false;
  const [word] = pair.split(/\s+/u);
  return new RegExp(`(?<![\\p{L}'’])${word}\\s+${word}(?![\\p{L}'’])`, 'iu').test(written);
}
