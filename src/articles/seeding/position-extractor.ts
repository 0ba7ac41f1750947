import { photoCaptions } from './photo-captions';
import { prefixedCamp } from './prefixed-camp';
import type { ParsedArticle } from '../import/parsed-article';
import { claimUnits, opinionHeadline, roleBeforeHolder, type ClaimUnit } from './claim-units';
import { contrastedGroups } from './contrasted-groups';
import { holderNames, joinAbutting } from './holder-names';
import { isQuoteMark } from './quote-marks';
import { wholeQuotations } from './whole-quotations';
import { minorityOf } from './vote-tally';
import {
  challengersOf,
  motionModel,
  namesChange,
  namesTerm,
  type MotionModel,
} from './motion-model';
import { fold, type Token } from './seeding-nlp';
import type { ReportedPosition } from './seed-types';
import {
  challengerParty,
  proceedsSpent,
  reactionToDecision,
  vowsTheAct,
  judgesDecision,
  scoreSide,
  speakerBurden,
  urgesRethink,
  sideOf,
  verdictOn,
  votesOrCampaigns,
  applicantsOf,
  sponsorsOf,
  type SideScore,
  expressesRelief,
  complainsOfNoSay,
  despiteWarnings,
  stanceVerb,
  announcesTheAct,
  isActor,
  MEASURE_ANAPHORS,
  takesAway,
} from './side-scoring';
import { afinnScore } from './stance/sentiment-lexicon';
import { topicFrame } from './stance/topic-frame';
import {
  ADVOCACY_LEMMAS,
  campDenied,
  BOTH_SIDES_AT_ONCE,
  EVENT_WORDS,
  GENERIC_NOUNS,
  GROUP_NOUNS,
  POLARITY,
  STANCE_SUBJECTS,
  STANCE_VERBS,
} from './stance-lexicon';

const MIN_WORDS = 5;
const URGING_MODALS = new Set(['should', 'must']);
/** Verbs of a view against, not of an act against ("blocked", "rejected" decide). */
const OPPOSING_VIEWS = new Set(
  'oppose opposes opposed opposing condemn condemns condemned denounce denounced criticise criticised criticize criticized object objected decry decried'.split(
    ' ',
  ),
);
/** Below this the cues do not decide a side. */
const WEAK_SCORE = 0.25;
/** Below this the cues lean no way at all. */
const NO_LEAN = 0.1;
/** A sentence that takes up a claim agrees with it when its own words lean its way this much. */
const AGREEING_SCORE = 0.9;
/** The confidence of a guessed side: the floor of the 0.5..1 scale. */
const WEAK_CONFIDENCE = 0.5;
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'his', 'her', 'their', 'its']);

/** The positions an article reports, with sides relative to `motion`, in body order. */
export function extractPositions(article: ParsedArticle, motion: string): ReportedPosition[] {
  const captions = photoCaptions(article);
  const lede = article.paragraphs.find(
    (p, i) => p.sentences.length > 0 && !isDatelineLike(p.text) && !captions.has(i),
  );
  const model = motionModel(
    motion,
    article.titleDerived ? '' : article.title,
    lede?.sentences[0]?.text ?? '',
  );
  for (const size of minorityOf(article.body)) model.minority.add(size);
  for (const word of applicantsOf(article.body)) model.applicants.add(word);
  for (const [name, measure] of sponsorsOf(article.body)) model.sponsors.set(name, measure);
  const all = claimUnits(article);
  // "The dog owners who brought the case said …": the body names challengers too.
  for (const unit of all) for (const c of challengersOf(unit.sentence)) model.challengers.add(c);
  // "She said it was the only warm place in town": goes on about the matter of the sentence before.
  const goesOn = new Map(
    all.flatMap((u, i) => (takesUpMatter(u, all[i - 1], model) ? [[u, all[i - 1]] as const] : [])),
  );
  const argued = all.filter((u) => keep(u, model, goesOn.has(u)));
  // '"Fifteen dollars is the least a week of work is worth," she said.': a quotation in a
  // paragraph whose reported positions argue on the matter speaks to the same matter.
  const arguedParagraphs = new Set(
    argued
      .filter(
        (u) =>
          touchesMotion(u, model) ||
          verdictOn(u, model) ||
          isCamp(u) ||
          reactionToDecision(u) !== null ||
          u.cue === 'breathe' ||
          u.headedReaction === true ||
          u.defending === true ||
          votesOrCampaigns(u, model),
      )
      .map((u) => u.paragraph),
  );
  // A wire report gives each sentence its own paragraph: '"Darker mornings are a small price,"
  // Dahl told reporters' follows Dahl's argued position in the paragraph before.
  const arguingSpeakers = new Set(
    argued
      .filter((u) => touchesMotion(u, model) || verdictOn(u, model))
      .flatMap((u) => {
        const key = keyOf(u.holderTokens);
        return key ? [`${u.paragraph + 1} ${key}`] : [];
      }),
  );
  // "Parents' groups warned that …" then a paragraph of one quotation, '"…," said X of Y': a
  // member of the camp speaks for it.
  const campBefore = new Map(argued.filter((u) => isCamp(u)).map((u) => [u.paragraph + 1, u]));
  const arguedSet = new Set(argued);
  const firstAttributed = new Map<number, ClaimUnit>();
  for (const u of all)
    if (u.kind === 'ATTRIBUTED' && !firstAttributed.has(u.group)) firstAttributed.set(u.group, u);
  const inArguing = (u: ClaimUnit) =>
    arguedParagraphs.has(u.paragraph) ||
    arguingSpeakers.has(`${u.paragraph} ${keyOf(u.holderTokens)}`);
  // Named, in the paragraph right after a camp's, and taken for nothing else.
  const campVoice = (u: ClaimUnit) =>
    campBefore.has(u.paragraph) &&
    !arguedSet.has(u) &&
    !inArguing(u) &&
    u.holderTokens.length > 0 &&
    !PRONOUNS.has(u.holderTokens[0].lower);
  // A spokesperson's '"We do not comment on speculation"' speaks for the body but takes no side.
  const units = all.filter(
    (u, i) =>
      (arguedSet.has(u) || !undeclared(u)) &&
      (arguedSet.has(u) ||
        speaksForBody(u, all[i - 1], arguedSet, model) ||
        ((inArguing(u) || campVoice(u)) &&
          !u.isLede &&
          // An interview's answer is asked for and stands or falls on its own words.
          u.cue !== 'answer' &&
          (quotation(u) || opensOnQuotation(u)) &&
          saidAfter(u, firstAttributed) &&
          long(u))),
  );
  const unitKeys = holderKeys(units);
  const relevantGroups = relevant(units, model);
  const relevantHolders = new Set(
    units.flatMap((u, i) => (relevantGroups.has(u.group) && unitKeys[i] ? [unitKeys[i]] : [])),
  );
  const relevantParagraphs = new Set(
    units.filter((u) => relevantGroups.has(u.group)).map((u) => u.paragraph),
  );
  const kept = units.filter(
    (u, i) =>
      relevantGroups.has(u.group) ||
      relevantParagraphs.has(u.paragraph) ||
      (unitKeys[i] !== null && relevantHolders.has(unitKeys[i]!)),
  );

  const frame = topicFrame(motion);
  const scored = kept.map((unit) => ({ unit, side: scoreSide(unit, model, frame) }));
  // "Editorial: Harwood does not need a stadium it cannot afford": the writer's verdict.
  const headline = opinionHeadline(article);
  const thesis = headline ? scoreSide(headline, model, frame).score : 0;
  const keys = holderKeys(
    scored.map((s) => s.unit),
    holderNames(
      article,
      scored.map((s) => s.unit),
    ),
  );
  // What the writer of an opinion piece argues, over all the writer's own sentences.
  const writerLean = scored
    .filter((s) => s.unit.cue === 'writer')
    .reduce((sum, s) => sum + s.side.score, 0);
  // What "The researchers said …" / "The study's authors said …" argue, over all their claims.
  const studyLean = scored
    .filter((s) => STUDY_TEAM.test(s.unit.holder ?? ''))
    .reduce((sum, s) => sum + s.side.score, 0);
  // Per speaker, what all their claims add up to, so each claim's "others" cost no second pass.
  const bySpeaker = new Map<string, { score: number; voters: number }>();
  const votes = scored.map((s) => votesOrCampaigns(s.unit, model));
  scored.forEach((s, i) => {
    if (keys[i] === null) return;
    const sum = bySpeaker.get(keys[i]!) ?? { score: 0, voters: 0 };
    sum.score += s.side.score;
    if (votes[i]) sum.voters++;
    bySpeaker.set(keys[i]!, sum);
  });
  const scoredOf = new Map(scored.map((s) => [s.unit, s]));
  const adjusted = scored.map(({ unit, side }, i) => {
    let score = side.score;
    const evidence = [...side.evidence];
    // "The study's lead author, Professor Ines Varga, said …": one of the team speaks with it.
    if (Math.abs(studyLean) > WEAK_SCORE && !STUDY_TEAM.test(unit.holder ?? '') && isAuthor(unit)) {
      score += 1.5 * Math.sign(studyLean);
      evidence.push(`an author of the study, whose team leans ${studyLean > 0 ? 'PRO' : 'CON'}`);
    }
    // "Tomas Reinholt … disagrees. \"…\"": who answers a column takes the other side.
    if (unit.rebuts && Math.abs(writerLean) > WEAK_SCORE) {
      score -= 2.5 * Math.sign(writerLean);
      evidence.push(`disagrees with the writer, who leans ${writerLean > 0 ? 'PRO' : 'CON'}`);
    }
    // A speaker keeps to one side: lean each claim toward the speaker's other claims.
    const speaker = keys[i] === null ? undefined : bySpeaker.get(keys[i]!);
    const othersScore = speaker ? speaker.score - side.score : 0;
    const othersVoted = speaker ? speaker.voters - (votes[i] ? 1 : 0) > 0 : false;
    const mate = Math.tanh(othersScore / 2);
    if (Math.abs(mate) > 0.2) {
      score += 0.6 * mate;
      evidence.push(`the same holder's other claims lean ${mate > 0 ? 'PRO' : 'CON'}`);
    }
    // An editorial argues for or against what its headline says, in every sentence of its own.
    if (
      Math.abs(thesis) > WEAK_SCORE &&
      unit.cue === 'writer' &&
      unit.holder === headline?.holder
    ) {
      score += 1.5 * Math.sign(thesis);
      evidence.push(
        `the piece's headline, its writer's verdict, leans ${thesis > 0 ? 'PRO' : 'CON'}`,
      );
    }
    // "Councillor Brennan, who voted against, said …": the holder's vote is the holder's side
    // in every claim of theirs, not only in the sentence that tells it.
    if (othersVoted && !votes[i]) {
      score -= 1.5;
      evidence.push('the holder voted or campaigned against');
    }
    // '"…," said X of Y' right after "Parents' groups warned …": the camp's member, its side.
    // (One who names a camp of their own, "of the anti-casino group", is its member instead.)
    const camp = campVoice(unit) && !prefixedCamp(unit, model) && campBefore.get(unit.paragraph);
    const campTaken = camp && scoredOf.get(camp);
    if (campTaken && Math.abs(campTaken.side.score) > WEAK_SCORE) {
      score += 1.5 * Math.sign(campTaken.side.score);
      evidence.push(
        `speaks after the camp of the paragraph before, which leans ${campTaken.side.score > 0 ? 'PRO' : 'CON'}`,
      );
    }
    // 'The Ohio Education Association, the state's largest teachers' union, supported the bill.
    // "…," union president Sharon Gaines said': an officer named by the kind of body the sentence
    // before names speaks for that body, when the officer's own words do not lean.
    const bodyBefore = officerOfBodyBefore(unit, scored[i - 1]?.unit);
    const bodyTaken = bodyBefore && scoredOf.get(bodyBefore);
    if (
      bodyTaken &&
      Math.abs(bodyTaken.side.score) > WEAK_SCORE &&
      Math.abs(side.score) <= WEAK_SCORE
    ) {
      score += 1.5 * Math.sign(bodyTaken.side.score);
      evidence.push(
        `speaks for the body of the sentence before, which leans ${bodyTaken.side.score > 0 ? 'PRO' : 'CON'}`,
      );
    }
    // "She said it was the only warm place in town" argues as her sentence before did.
    const before = goesOn.get(unit);
    const taken = before && scoredOf.get(before);
    if (taken && Math.abs(taken.side.score) > WEAK_SCORE) {
      score += 1.5 * Math.sign(taken.side.score);
      evidence.push(
        `goes on about the matter of the speaker's sentence before, which leans ${taken.side.score > 0 ? 'PRO' : 'CON'}`,
      );
    }
    // "could damage", "may help", "possibly": a hedged claim argues its side less firmly, so
    // its evidence counts half for how sure the side is.
    const hedge = hedgeOf(unit);
    if (hedge) evidence.push(`a hedged claim ("${hedge}")`);
    const strength = hedge ? Math.abs(score) / 2 : Math.abs(score);
    const weak = strength < WEAK_SCORE;
    if (weak && Math.abs(score) < NO_LEAN && Math.abs(mate) >= NO_LEAN && !side.actor) {
      // Nothing to go on but the speaker's other claims, which lean however slightly: the
      // speaker keeps to one side ("Habits formed at 16 last a lifetime," she told MPs).
      score = 0.3 * Math.sign(mate);
      evidence.push(
        `weak evidence: side guessed (the same holder's other claims lean ${mate > 0 ? 'PRO' : 'CON'})`,
      );
    } else if (weak && Math.abs(score) < NO_LEAN) {
      // Nothing to go on: lean as such statements usually do (the actor for the action,
      // reactions against it), and say that the side is a guess.
      score = side.actor ? 0.3 : -0.3;
      evidence.push(
        `weak evidence: side guessed (${side.actor ? 'the actor usually defends the action' : 'reactions are more often objections'})`,
      );
    } else if (weak) {
      evidence.push(`weak evidence: only a slight lean ${score > 0 ? 'PRO' : 'CON'}`);
    }
    return { unit, score, evidence, side, weak };
  });

  // "Several said X, while others said Y": a half whose side is only guessed takes the side
  // opposite the half that leans, however slightly.
  const halves = contrastedGroups(adjusted.map((a) => a.unit));
  const halvesOf = new Map(adjusted.map((a) => [a.unit, a]));
  const guessed = (a: { evidence: string[] }) => a.evidence.some((e) => e.includes('side guessed'));
  for (const half of adjusted) {
    const other = halvesOf.get(halves.get(half.unit)!);
    if (!other || !guessed(half) || guessed(other) || Math.sign(other.score) === 0) continue;
    half.score = -other.score;
    half.weak = other.weak;
    half.evidence = [
      ...half.evidence.filter((e) => !e.startsWith('weak evidence')),
      `the other half of a group split in one sentence leans ${other.score > 0 ? 'PRO' : 'CON'}`,
    ];
  }

  const adjustedOf = new Map(adjusted.map((a) => [a.unit, a]));
  const conceded = adjusted.map(({ unit, score, evidence, weak }) => {
    const answered = unit.answers && adjustedOf.get(unit.answers);
    // "That saving will be paid for by …" agrees when its own words lean the same way by more
    // than the side model and the sentence's tone can (a cue of the article: a verdict, a stance
    // verb, polar words).
    const agrees =
      unit.answerTakesUp &&
      answered &&
      Math.abs(score) >= AGREEING_SCORE &&
      Math.sign(score) === Math.sign(answered.score);
    if (
      answered &&
      !agrees &&
      answered.unit.holder !== null &&
      Math.abs(answered.score) > WEAK_SCORE
    ) {
      // "Supporters say X. But …": the writer's answer argues against the claim it answers.
      const answer = score - answered.score;
      const stillWeak = Math.abs(answer) < WEAK_SCORE;
      return {
        unit,
        score: answer,
        evidence: [
          ...evidence.filter((e) => stillWeak || !e.startsWith('weak evidence')),
          `answers a claim that leans ${answered.score > 0 ? 'PRO' : 'CON'} (${unit.answerTakesUp ? 'takes it up: "that …"' : '"but …"'})`,
        ],
        weak: stillWeak && weak,
      };
    }
    if (!unit.concessionOf) return { unit, score, evidence, weak };
    const parent = adjustedOf.get(unit.concessionOf);
    return {
      unit,
      score: -(parent?.score ?? score) || -1,
      evidence: ['conceded clause of a sentence that argues the other way'],
      weak: false,
    };
  });
  const claims = wholeQuotations(all, conceded);
  const names = holderNames(
    article,
    claims.map((c) => c.unit),
  );
  const positions = claims.map(({ unit, score, evidence, weak }, i) =>
    toPosition(article.body, unit, names[i], score, evidence, weak),
  );
  return positions.sort((a, b) => a.start - b.start || b.end - a.end);
}

function isDatelineLike(text: string): boolean {
  return /^\p{L}+day,\s/u.test(text) && text.length < 40;
}

const TAKING_UP = new Set(['it', 'they', 'this']);
const SAME_SPEAKER = new Set(['he', 'she', 'they']);

/**
 * "Moss said closing the library would harm children. She said it was the only warm and free
 * place in town": the same speaker's next sentence, whose pronoun subject takes up the matter
 * just named and gives it a quality (a linking verb and an adjective), speaks of the matter.
 * Not what it did or when ("she said it was built in 1902").
 */
function takesUpMatter(
  unit: ClaimUnit,
  before: ClaimUnit | undefined,
  model: MotionModel,
): boolean {
  if (!before || before.paragraph !== unit.paragraph || !touchesMotion(before, model)) return false;
  const speaker = unit.holderTokens.filter((t) => t.pos !== 'PUNCT');
  const same =
    unit.holder === before.holder || (speaker.length === 1 && SAME_SPEAKER.has(speaker[0].lower));
  if (!same) return false;
  const holder = new Set(unit.holderTokens);
  const t = unit.tokens;
  return t.some((w, i) => {
    if (holder.has(w) || !TAKING_UP.has(w.lower) || t[i + 1]?.lemma !== 'be') return false;
    const opens =
      i === 0 || holder.has(t[i - 1]) || t[i - 1].pos === 'VERB' || t[i - 1].lower === 'that';
    if (!opens) return false;
    let j = i + 2;
    while (j < t.length && j < i + 5 && (t[j].pos === 'DET' || t[j].pos === 'ADV')) j++;
    return t[j]?.pos === 'ADJ';
  });
}

/**
 * "The shopkeepers' association opposed the measure. Its president, Jordi Casals, said that
 * customers would stop coming …": who speaks for the body that has just taken a stance in the
 * same paragraph argues its case, whatever words the reason takes.
 */
/** Kinds of body whose officer is named by the kind: "union president", "association spokesman". */
const BODY_KINDS = new Set(
  'union association federation coalition alliance society chamber council league group company firm'.split(
    ' ',
  ),
);

/**
 * The sentence before, in the same paragraph, when it names a kind of body (a union, an
 * association) and the unit's holder is that kind's officer, named by the kind in lower case
 * before the name ("union president Sharon Gaines").
 */
function officerOfBodyBefore(unit: ClaimUnit, before: ClaimUnit | undefined): ClaimUnit | null {
  if (!before || before.paragraph !== unit.paragraph || before.holder === unit.holder) return null;
  const kind = unit.holderTokens.find((t) => BODY_KINDS.has(t.lower) && t.text === t.lower);
  if (!kind) return null;
  const named = before.sentence.some((t) => t.lower === kind.lower || t.lower === `${kind.lower}s`);
  return named ? before : null;
}

function speaksForBody(
  unit: ClaimUnit,
  before: ClaimUnit | undefined,
  argued: Set<ClaimUnit>,
  model: MotionModel,
): boolean {
  const first = unit.sentence[0]?.lower;
  if (first !== 'its' && first !== 'their') return false;
  if (!before || before.paragraph !== unit.paragraph || !argued.has(before)) return false;
  const stance = hasStanceVerb(before) || isCamp(before) || verdictOn(before, model);
  return unit.kind === 'ATTRIBUTED' && long(unit) && stance;
}

/**
 * "… said that a later start would make it harder for parents to get to work": a reported
 * consequence ("would" + a verb of effect) argues, even in plain words.
 */
function predictsConsequence(unit: ClaimUnit): boolean {
  if (unit.kind !== 'ATTRIBUTED' || (unit.cue === 'according' && documentSource(unit))) {
    return false;
  }
  const holder = new Set(unit.holderTokens);
  return unit.tokens.some(
    (t, i) =>
      !holder.has(t) &&
      t.lower === 'would' &&
      (EFFECT_VERBS.has(unit.tokens[i + 1]?.lemma ?? '') || takesAway(unit.tokens, i + 1)) &&
      !costsAnAmount(unit.tokens, i + 1),
  );
}

/**
 * "the change would cost 210 million euros a year": a cost whose object is the amount itself is
 * a sum, no consequence for anyone ("would cost families £300 a year" names who pays).
 */
function costsAnAmount(t: ClaimUnit['tokens'], i: number): boolean {
  if (t[i].lemma !== 'cost') return false;
  const next = t[i + 1];
  const after = t[i + 2];
  return (
    next !== undefined &&
    (next.pos === 'NUM' ||
      /^[£$€¥]/u.test(next.text) ||
      (next.lower === 'about' && after?.pos === 'NUM'))
  );
}

/**
 * "according to the draft / figures from the statistics office / a survey": a text or a count
 * is the source of what follows, which tells what it says, not what anyone argues.
 */
function documentSource(unit: ClaimUnit): boolean {
  return unit.holderTokens.some((t) => DOCUMENTS.has(t.lemma) || DOCUMENTS.has(t.lower));
}

const DOCUMENTS = new Set(
  `draft decree report study survey poll figures figure data statistics estimates estimate
  document documents bill text records filing filings analysis research calculations law plan
  proposal proposals minutes transcript census`.split(/\s+/u),
);

const EFFECT_VERBS = new Set([
  'make',
  'cost',
  'hurt',
  'harm',
  'help',
  'force',
  'push',
  'leave',
  'drive',
  'send',
  'save',
  'stop',
  'prevent',
  'cause',
  'damage',
  'protect',
  'reduce',
  'increase',
  'kill',
  'destroy',
  // "the deal would secure jobs", "would threaten the fishery": gains and losses foretold.
  'secure',
  'create',
  'boost',
  'threaten',
  'ruin',
  'wreck',
  'cripple',
  'endanger',
]);

function long(unit: ClaimUnit): boolean {
  const words = unit.tokens.filter((t) => t.pos !== 'PUNCT');
  if (words.length >= MIN_WORDS) return true;
  // "It should vote no.": a column's writer urging in four words is the piece's whole case.
  return (
    unit.cue === 'writer' &&
    words.length === MIN_WORDS - 1 &&
    words.some((t) => t.lower === 'should' || t.lower === 'must')
  );
}

/**
 * The speaker is given after the words ('"…," she said') or in an earlier sentence: the quotation
 * is the point, not a document quoted after its author ("McGurk later wrote, \"…\"").
 */
function saidAfter(unit: ClaimUnit, firstAttributed: Map<number, ClaimUnit>): boolean {
  if (unit.kind === 'QUOTED') {
    // A later sentence of a quotation: where its speaker was named.
    const attributed = firstAttributed.get(unit.group);
    return attributed ? saidAfter(attributed, firstAttributed) : true;
  }
  if (unit.holderTokens.length === 0) return true;
  const first = unit.tokens.findIndex((_, i) => unit.quoted[i]);
  return first >= 0 && unit.holderTokens[0].start > unit.tokens[first].start;
}

/**
 * '"Nobody should catch flu from their nurse," the minister said Wednesday as he announced …':
 * the unit opens on a quotation of at least MIN_WORDS words, its speaker named after it, however
 * long the attribution runs on.
 */
function opensOnQuotation(unit: ClaimUnit): boolean {
  const first = unit.tokens.findIndex((t) => t.pos !== 'PUNCT' && !isQuoteMark(t));
  if (first < 0 || !unit.quoted[first] || unit.holderTokens.length === 0) return false;
  let words = 0;
  for (let i = first; i < unit.tokens.length && unit.quoted[i]; i++)
    if (unit.tokens[i].pos !== 'PUNCT') words++;
  return words >= MIN_WORDS && unit.holderTokens[0].start > unit.tokens[first].start;
}

/** Most of the unit's words are quoted speech. */
function quotation(unit: ClaimUnit): boolean {
  const words = unit.tokens
    .map((t, i) => ({ t, q: unit.quoted[i] }))
    .filter((x) => x.t.pos !== 'PUNCT');
  return words.filter((x) => x.q).length * 2 > words.length;
}

const EDITORIAL_NOTE =
  /^\W*(?:this|the)\s+(?:article|story|report|piece|post)\s+(?:was|has\s+been|is|had\s+been)\s+(?:amended|corrected|updated|edited|changed)\b/iu;

/**
 * A record the reporter sets the event against: "It is the first time since 2015 that the
 * authority has blocked a merger", "The country has not banned a platform before". It says how
 * rare the action is, not whether it is right, whoever its subject is.
 */
const PRECEDENT =
  /^\W*(?:(?:it|this|that)\s+(?:is|was|marks|marked|will\s+be|would\s+be)\s+the\s+first\b|[^"“”,;]*\b(?:has|have|had)\s+(?:not|never)\s+[^"“”,;]*\bbefore\s*\.?\s*$)/iu;

/**
 * Reporting verbs that present what follows as an argument, not a fact passed on: "warned that
 * the charge would cost bookings", "had argued that the limit took away income".
 */
const ARGUING_CUES = new Set([
  'warn',
  'argue',
  'contend',
  'insist',
  'caution',
  'claim',
  'testify',
  // "Parents will breathe a sigh of relief": relief held at what the article reports.
  'breathe',
  // "Farmers have reacted with fury to …": a reaction held.
  'react',
]);

/** "Critics say …", "Parents said …": a described camp rather than a named holder. */
function isCamp(unit: ClaimUnit): boolean {
  return (
    unit.holderTokens.some((t) => STANCE_SUBJECTS[t.lower] !== undefined) ||
    (unit.cue !== 'according' &&
      (isUnnamedGroup(unit.holderTokens) || isUnnamedMember(unit.holderTokens)))
  );
}

const MEMBER_OPENERS = new Set(['one', 'a', 'an', 'another']);
const PEOPLE = new Set(['man', 'woman']);

/**
 * "said one parent", "a resident said", "another trader added": one member of a group named by
 * what its members are ("parents", "traders", or a man or a woman of the crowd), no one named.
 */
function isUnnamedMember(holder: Token[]): boolean {
  const words = holder.filter((t) => t.pos !== 'PUNCT');
  if (words.length < 2 || words.length > 3 || !MEMBER_OPENERS.has(words[0].lower)) return false;
  const head = words[words.length - 1];
  if (!/^\p{Ll}+$/u.test(head.text)) return false;
  return PEOPLE.has(head.lower) || GROUP_NOUNS.has(`${head.lower}s`);
}

/**
 * Camps of both sides named with no verb between them, outside quotation marks: "Proponents and
 * opponents of the ban clashed", "greeted with delight by supporters, and deep disappointment by
 * objectors" (not "Opponents say supporters are naive", where one camp speaks of the other).
 */
function bothCampsTogether(unit: ClaimUnit): boolean {
  // "Those in favor of, and opposed to a protected bike lane crowded into City Hall".
  if (BOTH_SIDES_AT_ONCE.test(unit.tokens.map((t) => t.text).join(' '))) return true;
  const camps = unit.tokens
    .map((t, i) => ({ i, sign: unit.quoted[i] ? undefined : STANCE_SUBJECTS[t.lower] }))
    .filter((c): c is { i: number; sign: number } => c.sign !== undefined);
  return camps.some((a, k) =>
    camps
      .slice(k + 1)
      .some(
        (b) =>
          a.sign * b.sign < 0 &&
          !unit.tokens.slice(a.i + 1, b.i).some((t) => t.pos === 'VERB' || t.pos === 'AUX'),
      ),
  );
}

/** "citing a sharp rise in assaults", "citing a budget deficit": a reason given, not quoted. */
function citesReason(unit: ClaimUnit): boolean {
  return unit.tokens.some(
    (t, i) =>
      t.lower === 'citing' &&
      !unit.quoted[i] &&
      (i === 0 || unit.tokens[i - 1].text === ',') &&
      unit.tokens[i + 1] !== undefined &&
      unit.tokens[i + 1].pos !== 'PUNCT',
  );
}

const YES_NO_QUESTION =
  /^[“"‘']?\s*(?:should|shall)\b(?![^?]*\b(?:not|never)\b)[^?]*\?\s*[”"’']?$/iu;

const VIEWS_ASKED =
  /\b(?:what|how)\s+(?:do|does|did)\s+(?:people|residents|readers|you|voters|locals|parents|drivers|others|they)\s+(?:think|feel|say|make)\b[^?]*\?\s*$/iu;

function keep(unit: ClaimUnit, model: MotionModel, takesUp = false): boolean {
  if (!long(unit)) return false;
  // "This article was amended on 2 May to correct …": the paper's note on its own text.
  const sentence = unit.sentence.map((t) => t.text).join(' ');
  if (EDITORIAL_NOTE.test(sentence)) return false;
  // "It is the first time since 2015 that …": how rare the action is, told by the reporter.
  if (!unit.quoted.some(Boolean) && PRECEDENT.test(sentence)) return false;
  // "Should 17-year-olds be given the right to vote?": the question of what should be done asks
  // the matter; it argues neither way ("Shouldn't …?", "Is it really worth …?", "How long until
  // they want 16?" may).
  if (YES_NO_QUESTION.test(sentence)) return false;
  // "… has smashed records, but what do people think?": the reporter asking for views takes none.
  if (!unit.quoted.some(Boolean) && VIEWS_ASKED.test(sentence)) return false;
  // "The opposition has not yet said how it will vote": a position not taken is none.
  if (undeclared(unit)) return false;
  // "Proponents and opponents of the ban clashed outside City Hall": both camps at once tell of
  // the dispute, not a side of it.
  if (bothCampsTogether(unit)) return false;
  // "58 per cent backed the change", "a majority of voters rejected it": a tally, not a holder.
  if (SHARE_OF_PEOPLE.test(unit.holder ?? '')) return false;
  // A camp argues ("Critics say …"); a group named by what its members are argues when its
  // words do or look ahead ("Parents said their children could at last walk to school"), not
  // when it tells what happened ("Residents said the meeting ran until midnight").
  const named = unit.tokens.some(
    (t, i) => STANCE_SUBJECTS[t.lower] !== undefined && !campDenied(unit.tokens, i),
  );
  const group = isCamp(unit) && (hasModal(unit) || arguesInWords(unit, model));
  // Who speaks for those who brought a case against the measure is a party to the dispute: the
  // quotation or the argued words count, not what they will do next ("would consider an appeal").
  const party =
    challengerParty(unit, model) !== undefined &&
    unit.holderTokens.length > 0 &&
    (quotation(unit) || arguesInWords(unit, model));
  // "The case against" then "Opponents argue that:" and bullets: each point is an argument.
  const listed = (unit.listSide ?? 0) !== 0;
  // "Residents were split. X said she would …": a member of a divided group, like a camp.
  const split = unit.divided === true && (hasModal(unit) || arguesInWords(unit, model));
  // "\"It's a victory for free speech,\" said X": a reaction that calls the decision something.
  const reacts = reactionToDecision(unit) !== null;
  // "The new mayor has vowed to scrap the levy": a promise to do the motion's act, even in a lede.
  const vows = vowsTheAct(unit, model) !== null;
  // "We can breathe a sigh of relief today": relief at what the article reports.
  const relieved = expressesRelief(unit) !== null;
  // "…, Finance Minister Ana Dorn said on Tuesday, citing a deficit of 5 percent": the reason the
  // speaker gives, even in a lede.
  const cites = citesReason(unit);
  // "Residents had never been asked": a complaint of no say in the measure.
  const noSay = complainsOfNoSay(unit) !== null;
  // "## How the game reacted" then "- **HeadFirst** said the league had finally listened …": a
  // named speaker under a heading that announces reactions is reacting to the matter (though
  // its timetable, "would review the law after one season", is still no view of it).
  const headedReaction = unit.headedReaction === true && unit.holderTokens.length > 0;
  // "Farmers have reacted with fury to the decision to ban …": a reaction, even in a lede.
  const feels = unit.cue === 'react' || despiteWarnings(unit);
  // "The union has warned that it will vigorously oppose an increase …": opposition, even in a lede.
  const opposes = unit.isLede && OPPOSING_VIEWS.has(stanceVerb(unit, model)?.word ?? '');
  // "Announcing the levy, Osborne said that children …": who announces the act gives its case.
  const announces = announcesTheAct(unit, model) !== null;
  // "Youth Governor Amanda Gailiss says the voting age should be dropped to 16": a named
  // speaker's call on the matter, even in a lede.
  const calls =
    unit.isLede &&
    ['say', 'argue', 'believe', 'think'].includes(unit.cue ?? '') &&
    unit.holderTokens.filter((t) => t.pos === 'PROPN').length >= 2 &&
    saidAfterFrame(unit).some((t) => URGING_MODALS.has(t.lower)) &&
    touchesMotion(unit, model);
  // "The Kelby Boat Owners Association said the ban on jet skis would hurt trade": what a speaker
  // argues the measure would do, even in a lede.
  const forecasts =
    unit.isLede &&
    unit.holderTokens.length > 0 &&
    ['say', 'warn', 'argue', 'claim'].includes(unit.cue ?? '') &&
    hasModal(unit) &&
    arguesInWords(unit, model) &&
    touchesMotion(unit, model);
  const stance =
    forecasts ||
    named ||
    group ||
    party ||
    listed ||
    split ||
    reacts ||
    vows ||
    relieved ||
    cites ||
    noSay ||
    feels ||
    opposes ||
    announces ||
    calls;
  // A signed letter's sentence that only tells counts when it speaks of the matter.
  if (unit.tells && !touchesMotion(unit, model) && !namesMatter(unit, model, true)) return false;
  // A report's lede tells what happened; a letter's opening sentence is already its writer's case,
  // and a lede that is someone's own words ("'Closing it would ruin us,' said trader …") theirs.
  if (
    unit.isLede &&
    !stance &&
    !unit.opensLetter &&
    !(unit.holder && (quotation(unit) || opensOnQuotation(unit)))
  )
    return false;
  // A reported statement must argue: polar or urging words, a stance verb, a verdict, an arguing
  // cue, or the matter itself; a letter's or column's writer argues in every sentence taken for
  // the writer. "The SDF suffered thousands of casualties", "He said he expects no turmoil" report.
  // "It's another tax on the poor": a labelled answer is an opinion asked for, so a rated word of
  // feeling (AFINN) in it argues; one that says the matter makes no difference to the speaker
  // ("it won't change much for me") holds no position.
  if (unit.cue === 'answer' && indifferent(unit)) return false;
  const asked = unit.cue === 'answer' && unit.tokens.some((t) => afinnScore(t) !== 0);
  // '"I can't think of anything less patriotic than scaring our veterans," Council Member X
  // said': a member of the deciding body quoted in words of feeling argues its decision.
  const member =
    quotation(unit) &&
    isActor(unit, model) &&
    unit.tokens.some((t, i) => unit.quoted[i] && afinnScore(t) !== 0);
  const argues = stance || asked || member || arguesInWords(unit, model) || unit.cue === 'writer';
  if (!argues && !takesUp && !headedReaction && !touchesMotion(unit, model)) return false;
  // "the board met on Monday and the decision was announced a day later", "the cameras cost 12
  // million euros": it names the matter only to say when, or how much.
  if (!argues && saidAfterFrame(unit).some((t) => t.measure)) return false;
  // "Lykke added that the rule would be phased in over three seasons", "would take effect on 1
  // January", "any changes would be subject to full consultation": how or when the measure comes
  // in is its timetable, not a view of it.
  if (!argues && TIMETABLE.test(spokenText(unit))) return false;
  // "According to CNN, Turkey has two million refugees": a source for a fact, not a position.
  // A party to the dispute named after "according to" is no document, though: "The plan would
  // destroy thousands of jobs, according to the Holiday Rental Association", "The freeze is the
  // only way …, according to the housing minister" predict what the measure does or judge it.
  if (
    unit.cue === 'according' &&
    !stance &&
    !unit.quoted.some(Boolean) &&
    !hasPolarWord(unit) &&
    !(!documentSource(unit) && (predictsConsequence(unit) || verdictOn(unit, model)))
  ) {
    return false;
  }
  // "USA Today noted …", "Greek daily Kathimerini said …": a news outlet passes facts on; the
  // positions in a news report are the people's and groups' it quotes.
  if (!stance && isNewsOutlet(unit.holderTokens)) return false;
  return true;
}

/**
 * The unit's tokens without its holder and what stands between the holder and the attribution's
 * verb: "Northbank Homes, which has built more than 2,000 homes in the region, on Monday said …"
 * describes and dates its holder before "said"; those figures and days are not what it says.
 */
function saidAfterFrame(unit: ClaimUnit): ClaimUnit['tokens'] {
  const outside = unit.tokens.filter((t) => !unit.holderTokens.includes(t));
  const first = unit.holderTokens[0];
  const last = unit.holderTokens[unit.holderTokens.length - 1];
  if (!first || !unit.cue) return outside;
  const verb = unit.tokens.find((t) => t.start > last.start && t.lemma === unit.cue);
  if (!verb) return outside;
  const between = outside.filter((t) => t.start > last.start && t.start < verb.start);
  // Only an aside set off by a comma ("…, which has built …,") or a short phrase of time ("on
  // Monday") stands there; "The council banned … in April, saying …" says what it did.
  const aside = between[0]?.text === ',' || between.length <= 3;
  const framed = aside
    ? outside.filter((t) => t.start < first.start || t.start > verb.start)
    : outside;
  // "said Tuesday that she would sign …": the day the saying was done, not a day of the measure.
  const that = framed.findIndex((t) => t.start > verb.start && t.lower === 'that');
  const dated = that > 0 && that <= 3 && framed.slice(0, that).every((t) => t.start > verb.start);
  return dated ? framed.slice(that) : framed;
}

/** "The researchers", "the study's authors", "the scientists": a study's team as a holder. */
const STUDY_TEAM = /^(?:the\s+)?(?:researchers|scientists|authors|study['’]s\s+authors)\b/iu;
/** "The study's lead author, …", "Her co-author, …", "one of the researchers, …". */
const AUTHOR_ROLE =
  /\b(?:lead\s+author|senior\s+author|co-?authors?|study['’]s\s+authors?|one\s+of\s+the\s+(?:researchers|authors))\b/iu;

/** Whether the words before the unit's holder in its sentence name the holder an author of the study. */
function isAuthor(unit: ClaimUnit): boolean {
  const role = roleBeforeHolder(unit);
  return role !== null && AUTHOR_ROLE.test(role);
}

/** A holder that is a share of people counted: a vote's or a poll's result, not a speaker. */
const SHARE_OF_PEOPLE =
  /\b(?:per\s?cent|percent|majority|minority|half|thirds?|quarters?)\b|%|\b\w+\s+in\s+(?:ten|\d+)\b/iu;

/**
 * "has not (yet) said how it will vote", "has yet to decide whether", "declined to comment",
 * "We do not comment on speculation", "no decision has been taken", "would not say if", "is
 * undecided": no position taken.
 */
const UNDECLARED = new RegExp(
  [
    String.raw`(?:has|have|had|did|does|do|would|will)\s*(?:n['’]t|not)\s+(?:yet\s+)?(?:said|say|decided|decide|announced|indicated|revealed|disclosed)\s+(?:how|whether|if|what|which|where|when)`,
    String.raw`(?:has|have|had)\s+yet\s+to\s+(?:say|decide|announce)`,
    String.raw`(?:declined|refused)\s+to\s+(?:say|comment)`,
    // "We do not comment on speculation": a refusal to comment, in the speaker's own words too.
    String.raw`(?:would|will|do|does|did)\s*(?:n['’]t|not)\s+comment`,
    // "sources said … no decision had been taken": the matter is still open.
    String.raw`no\s+(?:final\s+)?decisions?\s+(?:has|have|had)\s+(?:yet\s+)?been\s+(?:taken|made|reached)`,
    String.raw`(?:is|are|was|were|remains?)\s+undecided`,
    // "said it was hard to predict the effect on prices", "too early to say": no view yet.
    String.raw`(?:is|was|were|remains?|would\s+be)\s+(?:(?:too|very)\s+)?(?:early|hard|difficult|impossible)\s+to\s+(?:say|tell|predict|know|judge)`,
    String.raw`remains\s+to\s+be\s+seen`,
  ]
    .map((p) => `\\b${p}\\b`)
    .join('|'),
  'iu',
);

/**
 * "would study the report carefully before making a decision": a decision still to come, when the
 * speaker's own words look ahead to it; not "argued that the council had not consulted the
 * traders before deciding", which tells how a decision already taken was made.
 */
const PENDING_DECISION = new RegExp(
  [
    String.raw`(?:before|until)\s+(?:making|taking|reaching|announcing)\s+(?:a|any|his|her|their|its|the)\s+(?:final\s+)?decision`,
    String.raw`(?:before|until)\s+deciding`,
  ]
    .map((p) => `\\b${p}\\b`)
    .join('|'),
  'iu',
);
const LOOKING_TO_DECIDE = /\b(?:will|would|shall|wo|['’]ll)\b/iu;

const TIMETABLE =
  /\b(?:(?:be|is|are)\s+subject\s+to\s+(?:a\s+)?(?:full\s+|public\s+|further\s+)?consultation|(?:be|being|been)\s+(?:phased|brought|rolled)\s+(?:in|out)|takes?\s+effect|take\s+effect|took\s+effect|come\s+into\s+(?:force|effect)|comes\s+into\s+(?:force|effect)|enters?\s+into\s+force|(?:apply|applies)\s+from|review\s+(?:the\s+\w+|it)\s+(?:after|in)\s+(?:a|one|two|three|six|\d+)\s+(?:years?|seasons?|months?))\b/iu;

const undeclared = (unit: ClaimUnit) => {
  const text = spokenText(unit);
  return UNDECLARED.test(text) || (PENDING_DECISION.test(text) && LOOKING_TO_DECIDE.test(text));
};

/** "it won't change much for me", "makes no difference", "I don't mind": indifference. */
const INDIFFERENCE =
  /\b(?:wo|will|does|do|did|would)\s*(?:n['’]t|not)\s+(?:change|matter|affect|bother)\b|\bno difference\b|\bdo(?:n['’]t| not) mind\b/iu;

const indifferent = (unit: ClaimUnit) => INDIFFERENCE.test(spokenText(unit));

/** The unit's words as written, "won't" rejoined (wink splits off "n't"). */
function spokenText(unit: ClaimUnit): string {
  return unit.tokens
    .map((t) => t.text)
    .join(' ')
    .replace(/ (n['’]t)/gu, '$1');
}

const LOOKING_AHEAD = new Set(['would', 'will', 'could', 'can', 'should', 'must', 'may', 'might']);

/** A modal in the unit's own words ("could at last walk", "will slow buses"). */
function hasModal(unit: ClaimUnit): boolean {
  const holder = new Set(unit.holderTokens);
  return unit.tokens.some((t) => !holder.has(t) && LOOKING_AHEAD.has(t.lower));
}

/** Whether a unit argues by its own words, whoever holds it. */
function arguesInWords(unit: ClaimUnit, model: MotionModel): boolean {
  return (
    hasPolarWord(unit) ||
    hasStanceVerb(unit) ||
    verdictOn(unit, model) ||
    ARGUING_CUES.has(unit.cue ?? '') ||
    votesOrCampaigns(unit, model) ||
    predictsConsequence(unit) ||
    speakerBurden(unit) !== null ||
    urgesRethink(unit) !== null ||
    proceedsSpent(unit) !== null ||
    reportsFinding(unit) ||
    reportsFeeling(unit) !== 0 ||
    quotesRatedWord(unit) ||
    judgesDecision(unit)
  );
}

/** Longest quotation a reporter lifts from a speaker as the speaker's own word for something. */
const LIFTED_WORDS = 3;

/**
 * 'said conditions in the prisons were "inhuman"', 'called the plan "reckless"': a word or two
 * lifted into quotation marks from reported speech is the speaker's verdict, put in the speaker's
 * words because it is strong; a rated word of feeling (AFINN) in it argues.
 */
function quotesRatedWord(unit: ClaimUnit): boolean {
  const spans: Token[][] = [];
  unit.tokens.forEach((t, i) => {
    if (!unit.quoted[i] || t.pos === 'PUNCT') return;
    if (i > 0 && unit.quoted[i - 1] && spans.length > 0) spans[spans.length - 1].push(t);
    else spans.push([t]);
  });
  // Quotation marks only lift a word when the rest of the sentence is the reporter's.
  if (spans.flat().length * 2 > unit.tokens.length) return false;
  // The verdict is a rated adjective or noun ("inhuman", "a disgrace"), not an adverb
  // ("effectively disarmed").
  return spans.some(
    (s) =>
      s.length <= LIFTED_WORDS &&
      s.some((t) => (t.pos === 'ADJ' || t.pos === 'NOUN') && afinnScore(t) !== 0),
  );
}

const FEELING_SUBJECTS = new Set(['they', 'he', 'she', 'we', 'i']);
const FEELING_FILLERS = new Set(['very', 'deeply', 'so', 'really', 'extremely', 'bitterly']);
const FEELING_OBJECTS = new Set(['with', 'at', 'by', 'about', 'that']);

/**
 * "Friends of the park said they were delighted", "the captain said members were disappointed":
 * a feeling reported right after the statement verb (not quoted) is a reaction to what the
 * article reports, and says which way the speaker leans. The AFINN value of the feeling word after "be" (its sign), when the feeling is the
 * clause's point (it ends the clause or is about something: "with the result", "that …"); 0
 * when the unit reports none.
 */
function reportsFeeling(unit: ClaimUnit): number {
  const holder = new Set(unit.holderTokens);
  const t = unit.tokens;
  for (let i = 1; i + 1 < t.length; i++) {
    if (holder.has(t[i]) || t[i].lemma !== 'be' || unit.quoted[i]) continue;
    // Reported, not quoted: "said (that) they were …", right after the statement verb, or
    // joined on to what was said ("said it had removed 40,000 accounts and was disappointed").
    if (!feelingSubject(unit, i)) continue;
    // The speaker's own word in quotation marks is still the reported feeling: 'said they were
    // "deeply disappointed"'.
    let j = i + 1;
    while (FEELING_FILLERS.has(t[j]?.lower ?? '') || (t[j] !== undefined && isQuoteMark(t[j]))) j++;
    const feeling = t[j];
    if (!feeling || feeling.pos !== 'ADJ') continue;
    const after = t[j + 1] !== undefined && isQuoteMark(t[j + 1]) ? t[j + 2] : t[j + 1];
    // "were disappointed and were considering an appeal": "and" ends the feeling's clause too.
    const point =
      !after || after.pos === 'PUNCT' || after.lower === 'and' || FEELING_OBJECTS.has(after.lower);
    const value = afinnScore(feeling);
    if (point && value !== 0) return Math.sign(value);
  }
  return 0;
}

/**
 * Whether the "be" at `i` opens a clause of what the holder said: "said (that) they were", or
 * "and was" joined on to a clause that the statement verb opened earlier in the unit.
 */
function feelingSubject(unit: ClaimUnit, i: number): boolean {
  const t = unit.tokens;
  const subject = t[i - 1];
  if (subject.lower === 'and' && !unit.quoted[i - 1]) {
    return t.slice(0, i - 1).some((w, k) => !unit.quoted[k] && w.lemma === unit.cue);
  }
  const cue = t[i - 2]?.lower === 'that' ? t[i - 3] : t[i - 2];
  if (!cue || cue.lemma !== unit.cue) return false;
  return FEELING_SUBJECTS.has(subject.lower) || subject.pos === 'NOUN';
}

/** What a study or its authors found is evidence offered in the dispute. */
const FINDING_SOURCES = new Set(
  'study studies research survey analysis data trial review evidence we i'.split(' '),
);
const FINDING_VERBS = new Set(['find', 'show', 'suggest', 'reveal', 'prove', 'confirm']);

/**
 * "Our study found that …", "the data show that …", "we found that …": a finding offered as
 * evidence argues, whatever its words (the side comes from what it found).
 */
function reportsFinding(unit: ClaimUnit): boolean {
  const holder = new Set(unit.holderTokens);
  const t = unit.tokens;
  return t.some(
    (w, i) =>
      !holder.has(w) &&
      FINDING_VERBS.has(w.lemma) &&
      (t[i + 1]?.lower === 'that' || t[i + 2]?.lower === 'that') &&
      t.slice(Math.max(0, i - 3), i).some((s) => FINDING_SOURCES.has(s.lower) && !holder.has(s)),
  );
}

/** Plural nouns of documents and sources, not of people: "eyewitness reports", "figures". */
const SOURCE_NOUNS = new Set(
  'reports figures records documents polls surveys studies sources statistics results papers minutes'.split(
    ' ',
  ),
);
const GROUP_QUANTIFIERS = new Set(['many', 'some', 'most', 'several', 'local', 'other']);

/**
 * A holder that is a group named by what its members are, not who: "Parents", "Residents",
 * "Delivery firms", "Shopkeepers' groups", "Many teachers". A bare plural common noun phrase (no
 * article, no possessive pronoun, no proper name after its first word, not a generic word such
 * as "officials" or "people"); in a news report such a group speaks to the story's matter.
 */
export function isUnnamedGroup(holder: Token[]): boolean {
  const words = beforeOf(
    holder.filter((t) => t.pos !== 'PUNCT' && t.text !== "'s" && t.text !== "'"),
  );
  if (words.length === 0 || words.length > 3) return false;
  const head = words[words.length - 1];
  // wink tags a capitalised first word ("Parents said …") as a name; "Mitsotakis" is one.
  if (head.pos !== 'NOUN' && !GROUP_NOUNS.has(head.lower)) return false;
  if (!/^\p{L}+s$/u.test(head.text) || /ss$/u.test(head.lower)) return false;
  if (GENERIC_NOUNS.has(head.lower) || SOURCE_NOUNS.has(head.lower)) return false;
  if (words.slice(1).some((t) => /^\p{Lu}/u.test(t.text))) return false;
  const first = words[0];
  if (first.pos === 'DET' || first.pos === 'PRON' || first.pos === 'NUM') {
    return GROUP_QUANTIFIERS.has(first.lower);
  }
  return true;
}

/**
 * "Some mayors of towns near the border", "Parents of pupils at the school": a group's head noun,
 * then whose or where its members are; the group is named by the words before "of". ("Shops in
 * Dunmore must charge …" is no holder's statement, so "in" is left alone.)
 */
function beforeOf(words: Token[]): Token[] {
  const at = words.findIndex((t, i) => i >= 1 && t.lower === 'of');
  return at < 0 ? words : words.slice(0, at);
}

/** Words that make a holder a newspaper, broadcaster or agency rather than a party to the matter. */
const OUTLET_NOUNS = new Set([
  'newspaper',
  'daily',
  'paper',
  'tabloid',
  'broadcaster',
  'magazine',
  'outlet',
  'journal',
  'agency',
]);
const OUTLET_NAMES =
  /\b(?:Times|Post|Today|Mail|News|Journal|Herald|Gazette|Tribune|Telegraph|Guardian|Reuters|AFP|BBC|CNN)\b/u;

function isNewsOutlet(holder: Token[]): boolean {
  if (holder.length === 0) return false;
  // "Greek daily Kathimerini", "the newspaper": a press noun in the holder (wink tags "daily" an adjective).
  if (holder.some((t) => OUTLET_NOUNS.has(t.lower) && t.lower !== 'agency')) return true;
  if (holder.some((t) => t.lower === 'news') && holder.some((t) => t.lower === 'agency'))
    return true;
  // "USA Today", "Cyprus Mail": a capitalised name ending in a press word.
  const named = holder.filter((t) => /^\p{Lu}/u.test(t.text));
  return named.length >= 2 && OUTLET_NAMES.test(named[named.length - 1].text);
}

/** An evaluative or urging word: "mistake", "unfair", "must". Words that narrate ("won", "destroyed") do not count. */
function hasPolarWord(unit: ClaimUnit): boolean {
  return unit.tokens.some(
    (t, i) =>
      !EVENT_WORDS.has(t.lemma) &&
      !needsAmount(unit.tokens, i) &&
      (POLARITY[t.lemma] !== undefined ||
        POLARITY[t.lower] !== undefined ||
        ADVOCACY_LEMMAS.has(t.lemma)),
  );
}

/**
 * "the budget would still need savings of £3.1 million", "will need 40 more staff": "need" with
 * an amount for its object forecasts a cost; it urges nothing ("we need to act" does).
 */
function needsAmount(t: ClaimUnit['tokens'], i: number): boolean {
  if (t[i].lemma !== 'need' || t[i + 1]?.lower === 'to') return false;
  return t.slice(i + 1, i + 5).some((a) => a.pos === 'NUM' || /^[£$€¥\d]/u.test(a.text));
}
/** Words of the matter outside the holder; names alone (places, parties) are only the setting. */
function touchesMotion(unit: ClaimUnit, model: MotionModel): boolean {
  const holder = new Set(unit.holderTokens);
  return unit.tokens.some(
    (t, i) =>
      !holder.has(t) &&
      (refersBack(unit.tokens, i) ||
        namesChange(model, unit.tokens, i) ||
        (t.pos !== 'PROPN' &&
          (namesTerm(model, t) || model.action.has(t.stem) || model.opposed.has(t.stem)))),
  );
}

/** "this new law", "these rules", "the new ban": a measure pointed at as the one in the news. */
function pointsAtMeasure(tokens: Token[], holder: Set<Token>): boolean {
  return tokens.some((t, i) => {
    if (holder.has(t) || !MEASURE_ANAPHORS.has(t.lemma) || t.pos !== 'NOUN') return false;
    let k = i - 1;
    while (k > 0 && tokens[k].pos === 'ADJ' && k >= i - 2) k--;
    const pointer = tokens[k]?.lower ?? '';
    return (
      pointer === 'this' ||
      pointer === 'these' ||
      (pointer === 'the' && tokens[k + 1]?.lower === 'new')
    );
  });
}

/**
 * "This is going to lead to ...", "that is a mistake": a demonstrative subject names the matter;
 * so does a count standing for the people the article is about ("the five had gathered …").
 */
function refersBack(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  const verbNext = next?.pos === 'AUX' || next?.pos === 'VERB';
  if (t.pos === 'NUM' && tokens[i - 1]?.lower === 'the' && /^\p{L}+$/u.test(t.text)) {
    return verbNext;
  }
  return (t.lower === 'this' || t.lower === 'that') && t.pos === 'PRON' && verbNext;
}

function hasStanceVerb(unit: ClaimUnit): boolean {
  return unit.tokens.some(
    (t, i) =>
      t.pos === 'VERB' &&
      STANCE_VERBS[t.lemma] !== undefined &&
      !EVENT_WORDS.has(t.lemma) &&
      !answersOnly(unit.tokens, i),
  );
}

/**
 * "Eva Strand, a councillor, disagrees.": a stance verb with nothing after it answers whoever
 * spoke before; what the holder argues follows in their own words.
 */
function answersOnly(tokens: Token[], i: number): boolean {
  return tokens[i].lemma === 'disagree' && (tokens[i + 1]?.pos ?? 'PUNCT') === 'PUNCT';
}

/**
 * A proper name of the matter outside the holder ("Saturday" of "Should the library close on
 * Saturdays?", "EastMed"), not a name of who acts ("Greece" of "Should Greece build …?"). With
 * `notSetting`, not a name after a preposition of place either ("I have lived in Wexham all my
 * life" says where, not what).
 */
function namesMatter(unit: ClaimUnit, model: MotionModel, notSetting = false): boolean {
  const holder = new Set(unit.holderTokens);
  return unit.tokens.some(
    (t, i) =>
      !holder.has(t) &&
      t.pos === 'PROPN' &&
      (model.terms.has(t.stem) || model.acronyms.has(t.text)) &&
      !model.agents.has(t.stem) &&
      !(notSetting && PLACE_PREPOSITIONS.has(unit.tokens[i - 1]?.lower ?? '')),
  );
}

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'from', 'around', 'outside', 'across']);

/** Groups (one quotation, one sentence) whose words touch the motion at all. */
function relevant(units: ClaimUnit[], model: MotionModel): Set<number> {
  const groups = new Set<number>();
  for (const unit of units) {
    const holder = new Set(unit.holderTokens);
    // '"This is a victory for every citizen," said X': a demonstrative opening what is said
    // names the matter (not a relative "that" inside it: "lists that were already long").
    const touches = unit.tokens.some(
      (t, i) =>
        !holder.has(t) &&
        ((refersBack(unit.tokens, i) &&
          (t.pos === 'NUM' || i === 0 || unit.tokens[i - 1].pos === 'PUNCT')) ||
          (t.pos !== 'PROPN' &&
            (namesTerm(model, t) ||
              model.action.has(t.stem) ||
              model.opposed.has(t.stem) ||
              namesChange(model, unit.tokens, i)))),
    );
    // "said this new law would protect the vulnerable": the measure pointed at is the matter.
    const pointed = pointsAtMeasure(unit.tokens, holder);
    // A name of the matter counts ("Syria", "EastMed"); the name of who acts does not: a
    // sentence on what else Greece disputes is not about the pipeline Greece should build.
    const proper = namesMatter(unit, model);
    // "Critics say ...", "Parents said ...": a described camp presupposes the article's matter.
    const camp = isCamp(unit);
    // "the council had gone too far", "called the decision a mistake": a verdict on the matter.
    const verdict = verdictOn(unit, model);
    // "Councillor Brennan, who voted against, said …": a vote against the article's matter.
    const vote = votesOrCampaigns(unit, model);
    // A labelled answer ("Brian Doyle, 71, retired: …") answers what the article asks about, and
    // testimony ("gave evidence that …") is given in the article's case.
    const answer = unit.cue === 'answer' || unit.cue === 'testify';
    // A listed point argues the case of the list it is in, which is the article's matter.
    const listed = unit.listSide !== undefined;
    // Said under "## The case for" or "**Who is against it?**": the heading's case is the matter.
    // Said under "## How the game reacted" or "Reaction": a reaction to the article's matter.
    const headed = (unit.headedSide ?? 0) !== 0 || unit.headedReaction === true;
    // "The mayor welcomed the result": a reaction to the decision the article reports.
    // "Shopkeepers were divided. X said …, Y said …": each side's say on it.
    const reaction =
      reactionToDecision(unit) !== null ||
      judgesDecision(unit) ||
      unit.divided === true ||
      expressesRelief(unit) !== null ||
      complainsOfNoSay(unit) !== null ||
      unit.cue === 'breathe' ||
      unit.cue === 'react' ||
      unit.defending === true;
    // "Every euro we raise goes to housing": the money the measure raises is the measure; "I
    // will have to drive him to Eastholm", "our study found that …": what the measure makes the
    // speaker do and what a study of it found speak of it without naming it.
    // "said they were delighted": a reaction to what the article reports.
    const money =
      proceedsSpent(unit, model) !== null ||
      speakerBurden(unit) !== null ||
      reportsFinding(unit) ||
      reportsFeeling(unit) !== 0;
    // '"People need to take responsibility for their dog," owner Jo West said' in a story the
    // headline and the lede tell as one about dogs: a named speaker's own words on its matter.
    const topical =
      unit.holderTokens.length > 0 &&
      unit.tokens.some((t, i) => unit.quoted[i] && t.pos === 'NOUN' && model.topics.has(t.stem));
    // '"We should not have dangerous explosives available," said Council Member X' when the
    // council decides the ban: a member of the body that acts, quoted, speaks on what it decides.
    const actorVoice = (quotation(unit) || opensOnQuotation(unit)) && isActor(unit, model);
    if (
      touches ||
      pointed ||
      topical ||
      actorVoice ||
      proper ||
      camp ||
      verdict ||
      vote ||
      answer ||
      money ||
      listed ||
      headed ||
      reaction ||
      unit.kind === 'FRAMING'
    ) {
      groups.add(unit.group);
    }
  }
  return groups;
}

/**
 * A key per unit for "same holder": the last proper noun of the holder, pronouns resolved to the
 * person the paragraph names before them (`names`, from holderNames), else to the last holder.
 */
function holderKeys(units: ClaimUnit[], names?: Array<string | null>): Array<string | null> {
  const keys: Array<string | null> = [];
  let last: string | null = null;
  let lastParagraph = -1;
  const aliases = acronymsOfHolders(units);
  units.forEach((unit, i) => {
    // A byline's writer has no tokens in the body: the name is the key.
    let key =
      keyOf(unit.holderTokens) ?? (unit.cue === 'writer' && unit.holder ? fold(unit.holder) : null);
    if (key) key = aliases.get(key) ?? key;
    if (key && PRONOUNS.has(key)) {
      // The last holder of the same paragraph; in a new paragraph, the person it names first.
      const named = names?.[i]?.split(/\s+/u).pop();
      const elsewhere = lastParagraph !== unit.paragraph && named && !PRONOUNS.has(fold(named));
      key = elsewhere ? fold(named) : last;
    }
    // "The union opposed the plan. Its president, Jo Bell, said …": who speaks for the body
    // named just before holds its position; so does who speaks for a person ("His barrister,
    // Ruth Okafor, argued …" after the plaintiff's paragraph).
    const first = unit.sentence[0]?.lower ?? '';
    const before = units[i - 1];
    const sameParagraph = before?.paragraph === unit.paragraph;
    const person = (first === 'his' || first === 'her') && before?.paragraph === unit.paragraph - 1;
    if (((first === 'its' || first === 'their') && sameParagraph) || person) {
      if (last) key = last;
    }
    keys.push(key);
    if (key) {
      last = key;
      lastParagraph = unit.paragraph;
    }
  });
  return keys;
}

/**
 * "The Public and Commercial Services Union (PCS) has warned …", then "The PCS also believes …":
 * an acronym in brackets after a holder is that holder's other name (folded acronym → key).
 */
function acronymsOfHolders(units: ClaimUnit[]): Map<string, string> {
  const aliases = new Map<string, string>();
  for (const unit of units) {
    const last = unit.holderTokens[unit.holderTokens.length - 1];
    const at = last ? unit.sentence.indexOf(last) : -1;
    const [open, acronym, close] = unit.sentence.slice(at + 1, at + 4);
    if (at < 0 || open?.text !== '(' || close?.text !== ')') continue;
    if (!/^\p{Lu}{2,}$/u.test(acronym.text)) continue;
    const key = keyOf(unit.holderTokens);
    if (key && key !== fold(acronym.text)) aliases.set(fold(acronym.text), key);
  }
  return aliases;
}

function keyOf(tokens: Token[]): string | null {
  // ("Domestic critics in Sweden and Denmark": where a camp of common nouns is, is no one who
  // speaks; "Denmark's government" is not them.)
  const named = beforeAppositive(tokens);
  const place = named.findIndex((t, i) => i > 0 && PLACE_PREPOSITIONS.has(t.lower));
  const camp = place > 0 && named[place - 1].pos === 'NOUN';
  const proper = joinAbutting(camp ? named.slice(0, place) : named).filter(
    (t) => t.pos === 'PROPN',
  );
  if (proper.length > 0) return fold(proper[proper.length - 1].text);
  const nominal = tokens.filter((t) => t.pos === 'NOUN' || t.pos === 'PRON');
  return nominal.length > 0 ? fold(nominal[0].text) : null;
}

/**
 * "Jussi Koskinen, a Finns Party MP", "Aino Mäkelä, an MP for the opposition": the name before
 * the comma is who speaks; the role after it names a party or a body, and two speakers of one
 * role ("MP") are not one speaker.
 */
function beforeAppositive(tokens: Token[]): Token[] {
  const comma = tokens.findIndex((t) => t.text === ',');
  if (comma <= 0 || !tokens.slice(0, comma).some((t) => t.pos === 'PROPN')) return tokens;
  return tokens.slice(0, comma);
}

const HEDGE_MODALS = new Set(['could', 'may', 'might']);
const HEDGE_ADVERBS = new Set(['possibly', 'perhaps', 'potentially', 'probably', 'maybe']);

/**
 * The hedge of a claim's own words ("could damage", "may help", "possibly"), or null: "could
 * not" and "may not" deny rather than hedge, and the holder's words do not count.
 */
function hedgeOf(unit: ClaimUnit): string | null {
  const holder = new Set(unit.holderTokens);
  const t = unit.tokens.find(
    (x, i) =>
      !holder.has(x) &&
      ((HEDGE_MODALS.has(x.lower) && unit.tokens[i + 1]?.lower !== 'not') ||
        HEDGE_ADVERBS.has(x.lower)),
  );
  return t ? t.lower : null;
}

function toPosition(
  body: string,
  unit: ClaimUnit,
  holder: string | null,
  score: number,
  evidence: string[],
  weak: boolean,
): ReportedPosition {
  return {
    quote: body.slice(unit.start, unit.end),
    start: unit.start,
    end: unit.end,
    holder,
    side: sideOf(score),
    confidence: weak
      ? WEAK_CONFIDENCE
      : Math.round((0.5 + 0.5 * Math.tanh(Math.abs(score) / (hedgeOf(unit) ? 4 : 2))) * 100) / 100,
    evidence: evidence.join('; '),
  };
}

export type { SideScore };
