/**
 * General English cue lists for reported positions. Nothing here names a topic, a person or a
 * sentence of any particular article: these are the words news prose uses to report arguments.
 */

const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/u));

/** Lemmas of verbs that attribute a statement or a stance to someone. */
export const ATTRIBUTION_VERBS = words(`
  say argue contend claim warn insist state add comment write tell note assert maintain stress
  explain declare believe think point call criticize criticise oppose defend cite read reject urge
  accuse condemn praise welcome support respond reply speak tweet object complain dismiss
  denounce allege rule continue express counter concede emphasise emphasize caution
  blast slam decry applaud endorse sue agree block hail underline highlight doubt
  question lament envision consider back testify disagree vow pledge protest
`);

/** Reporting verbs that describe events rather than positions (never an attribution cue). */
export const NARRATIVE_VERBS = words(`announce reveal report show indicate signal suggest predict`);

/** Verbs whose object is what the subject is for or against. */
export const STANCE_VERBS: Record<string, number> = {
  oppose: -1,
  reject: -1,
  criticize: -1,
  criticise: -1,
  condemn: -1,
  denounce: -1,
  decry: -1,
  slam: -1,
  blast: -1,
  object: -1,
  block: -1,
  dismiss: -1,
  fight: -1,
  support: 1,
  defend: 1,
  praise: 1,
  welcome: 1,
  endorse: 1,
  applaud: 1,
  back: 1,
  favour: 1,
  favor: 1,
  hail: 1,
  envision: 1,
  propose: 1,
  sponsor: 1,
  doubt: -1,
  question: -1,
  lament: -1,
  disagree: -1,
  veto: -1,
};

/** Described groups whose very name says which way they lean (lower case, singular and plural). */
export const STANCE_SUBJECTS: Record<string, number> = {
  critic: -1,
  critics: -1,
  opponent: -1,
  opponents: -1,
  sceptic: -1,
  sceptics: -1,
  skeptic: -1,
  skeptics: -1,
  detractors: -1,
  detractor: -1,
  objector: -1,
  objectors: -1,
  skepticism: -1,
  scepticism: -1,
  objections: -1,
  opposition: -1,
  supporter: 1,
  supporters: 1,
  proponent: 1,
  proponents: 1,
  advocate: 1,
  advocates: 1,
  backers: 1,
  defenders: 1,
  champions: 1,
};

/**
 * Common nouns for groups of people that open a sentence ("Residents said …", "Researchers
 * followed …"); wink tags them as names there.
 */
export const GROUP_NOUNS = words(`
  residents parents teachers workers nurses doctors farmers drivers shopkeepers landlords tenants
  students pupils locals campaigners activists protesters economists experts scientists businesses
  unions employers retailers environmentalists commuters passengers cyclists motorists families
  voters patients traders owners neighbours neighbors researchers engineers officials
`);

/** Nouns that refer back to the action an article is about ("the move", "this decision"). */
export const ACTION_REFERENCES = words(`
  decision move measure ruling plan proposal decree amendment deal purchase acquisition
  withdrawal suspension ban restriction restrictions rule rules directive memo announcement step
  legislation reform initiative bill programme program project scheme change closure
  expansion idea ordinance bylaw mandate mandates requirement powers
`);

/** Verbs that voice a feeling or a worry: "voiced concerns about …", "expressed frustration". */
export const VOICING_VERBS: ReadonlySet<string> = new Set(['voice', 'express', 'raise', 'air']);

/**
 * Verdict phrases of more than one word, read where a verdict word would be ("called the
 * decision a step in the right direction", "the plan is a step backwards"): -1 against the
 * measure, +1 for it.
 */
export const VERDICT_PHRASES: Array<{ words: string[]; sign: number }> = [
  ['step in the right direction', 1],
  ['step in the wrong direction', -1],
  ['step forward', 1],
  ['step backwards', -1],
  ['step backward', -1],
  ['step back', -1],
  ['move in the right direction', 1],
  ['move in the wrong direction', -1],
  ['own goal', -1],
  ['slap in the face', -1],
  ['good start', 1],
  ['good thing', 1],
  ['bad idea', -1],
  ['good idea', 1],
  // "keeping the plant open is a safety hazard": a hazard named by what it endangers.
  ['safety hazard', -1],
  ['health hazard', -1],
  ['fire hazard', -1],
  ['safe option', 1],
  // "The freeze is the only way to stop families being pushed out": the measure as the one
  // answer to a harm is a verdict for it.
  ['only way', 1],
  ['best way', 1],
  ['only answer', 1],
  // "compulsory vaccination is a step too far", "a mandate is not the answer".
  ['step too far', -1],
  ['answer', 1],
  ['solution', 1],
  // "a ban would be impossible to enforce": a measure that cannot be made to work.
  ['impossible to enforce', -1],
  ['hard to enforce', -1],
  ['difficult to enforce', -1],
  ['impossible to police', -1],
  ['hard to police', -1],
].map(([phrase, sign]) => ({ words: (phrase as string).split(' '), sign: sign as number }));

/** Words that put what follows on the other side of the action ("ban X", "fight against X"). */
export const OPPOSING_TRIGGERS = words(`
  ban bans banning banned bar bars barring barred prohibit prohibits prohibiting restrict restricts
  restricting restriction restrictions curb curbs curbing against repeal repealing abolish
  abolishing crackdown outlaw outlawing block blocks blocking blocked remove removes removing
  removal
`);

/** Generic nouns too vague to stand for an opposed target on their own. */
export const GENERIC_NOUNS = words(`
  people person anyone government official officials state states city cities country policy
  policies thing things way part parts member members use
`);

/** Words that turn round the polarity of the next few words ("not a burden"). */
export const NEGATORS = words(`not no never n't nothing without cannot nobody`);

/** Both sides named in one phrase: "those in favour of, and opposed to", "for and against". */
export const BOTH_SIDES_AT_ONCE =
  /\bin\s+favou?r\s+of\s*,?\s+(?:and|or)\s+(?:those\s+)?opposed\s+to\b|\bopposed\s+to\s*,?\s+(?:and|or)\s+(?:those\s+)?in\s+favou?r\s+of\b|\bfor\s*,?\s+and\s+against\b|\bagainst\s*,?\s+and\s+for\b/iu;

/** Protests a camp calls or stages against someone else's act. */
export const PROTEST_NOUNS = words(`
  strike strikes protest protests walkout walkouts boycott boycotts demonstrations rallies
`);

/** Lemmas of verbs that withhold what follows ("denying X citizenship", "prevent X from"). */
export const WITHHOLDING_VERBS = words(`deny refuse prevent stop bar block forbid prohibit`);

/** Modifiers that hold an action up: "the delayed transition" is the action not happening. */
export const HOLDING_UP = words(`delayed stalled blocked postponed obstructed halted`);

/** Words with a sign: -1 for the first lists' words, +1 for the second's. */
function signedWords(negative: string[], positive: string[]): Record<string, number> {
  const signed = (list: string[], sign: number) =>
    list
      .join(' ')
      .split(/\s+/u)
      .map((w) => [w, sign] as const);
  return Object.fromEntries([...signed(negative, -1), ...signed(positive, 1)]);
}

/** Polar words with a sign (lemmas, lower case); wink's sentiment is used beside them. */
export const POLARITY: Record<string, number> = signedWords(
  [
    'mistake lie lies ploy outrage outrageous dangerous irresponsible chaos dubious circumvent',
    'unwelcome inappropriate violate fail failure reject stab foil undermine shield unsuitable',
    'objection oppose against lack suppress unlawful illegal clampdown disintegrate trick',
    'impulsive undo abandon betray threat harm damage hurt risk wrong bad worse worst unfair',
    'unjust unconstitutional abuse ignore burden costly concern doubt skepticism scepticism',
    'criticize criticise condemn denounce smash grab attack destroy scandal disaster flaw',
    'incompatible discriminate discrimination block obstruct resist surprise blunder reckless',
    'useless pointless problem hardly insufficient inadequate deprive deny refuse repression',
    'repress dubious saturate scramble scrambling outdated obsolete antiquated archaic relic',
    'unjustifiable unjustified repressive absurd draconian uneven unanswered',
    'endanger jeopardise jeopardize imperil threaten',
    'bonkers daft barmy crazy insane nonsense ludicrous idiotic laughable farcical',
  ],
  [
    'protect encourage trust allay justification justify understandable solution accountable',
    'realistic favorable favourable progressive open diverse exciting committed forward great',
    'benefit help improve safe safety security support defend right fair success successful',
    'necessary need needed essential important welcome praise applaud good better best',
    'effective efficient cheap cheaper allow enable strengthen opportunity equality freedom',
    'modernization modernisation modernize modernise realistic sensible reasonable win',
  ],
);

/**
 * Polar words that also just narrate what happened ("the bid won", "the caliphate was destroyed",
 * "roads were blocked", "the fight against X"): they lean a side, but alone they do not make a
 * sentence an argument.
 */
export const EVENT_WORDS = words(`against attack destroy win block refuse`);

/** Phrases that urge or justify ("it is time", "must", "need to"): advocacy for what follows. */
export const ADVOCACY_LEMMAS = words(`must should urge need time sue call`);

/** Conjunctions after which the clause carries the speaker's conclusion. */
export const CONCLUSION_MARKERS = words(`but so yet however therefore thus`);

/** Lemmas of verbs that undo a measure ("lift the ban", "repeal the tax"). */
export const UNDOING_VERBS = words(`
  lift repeal scrap overturn abolish reverse revoke rescind cancel drop withdraw end undo strike
  annul quash suspend block nix axe ditch eliminate waive veto
`);

/**
 * Verdicts on a measure itself ("the ban was wrong", "the decision is long overdue"), with the
 * side they take on it. Hyphenated words are written with their hyphen ("ill-conceived").
 */
export const MEASURE_VERDICTS: Record<string, number> = signedWords(
  [
    'wrong unfair unjust unconstitutional unlawful illegal mistake misguided error blunder',
    'disaster failure folly overreach excessive disproportionate unnecessary unjustified',
    'unwarranted counterproductive counter-productive pointless useless ill-conceived',
    'ill-judged short-sighted absurd ridiculous outrageous shameful cruel draconian',
    'heavy-handed premature hasty rash reckless bad flawed discriminatory unworkable',
    'unenforceable harmful irresponsible indefensible illegitimate invalid overreaching intrusive',
    'onerous burdensome punitive unreasonable authoritarian meaningless ineffective toothless',
    'wasteful unaffordable hazard dangerous unsafe violative',
  ],
  [
    'right necessary overdue long-overdue justified fair sensible reasonable correct',
    'proportionate wise welcome essential needed vital timely appropriate warranted prudent',
    'unavoidable',
    'constitutional lawful legal legitimate good effective harmless beneficial safe',
  ],
);

/** Words that say there is little or none of a camp: "received little opposition". */
const NONE_OF_A_CAMP = new Set(['little', 'no', 'scant', 'minimal', 'few']);

/**
 * "has received little opposition": a camp said to be nearly absent holds nothing; nor does a
 * camp's word closing a name ("an office called the Public Interest Media Advocate").
 */
export function campDenied(
  tokens: ReadonlyArray<{ lower: string; text: string; pos: string }>,
  i: number,
): boolean {
  const inName = /^\p{Lu}/u.test(tokens[i]?.text ?? '') && tokens[i - 1]?.pos === 'PROPN';
  return NONE_OF_A_CAMP.has(tokens[i - 1]?.lower ?? '') || inName;
}
