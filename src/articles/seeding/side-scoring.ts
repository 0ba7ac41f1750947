import { isMeasureCarrier } from './policy-phrase';
import { isQuoteMark } from './quote-marks';
import { reactsWithFeeling, WARNING_NOUNS } from './attribution';
import { afterPreposition, roleBeforeHolder, type ClaimUnit } from './claim-units';
import { pointAfterTurn, turnedLean } from './conceded-turn';
import { namesChange, namesTerm, type MotionModel } from './motion-model';
import { fold, sentimentOf, tokenize, type Token } from './seeding-nlp';
import type { Side } from './seed-types';
import { shippedStanceModel } from './stance/shipped-stance-model';
import { afinnScore } from './stance/sentiment-lexicon';
import { predictWithFrame } from './stance/stance-model';
import type { TopicFrame } from './stance/topic-frame';
import { words as spaced } from './token-text';
import {
  ACTION_REFERENCES,
  ADVOCACY_LEMMAS,
  campDenied,
  CONCLUSION_MARKERS,
  HOLDING_UP,
  MEASURE_VERDICTS,
  VERDICT_PHRASES,
  NEGATORS,
  POLARITY,
  PROTEST_NOUNS,
  STANCE_SUBJECTS,
  STANCE_VERBS,
  UNDOING_VERBS,
  VOICING_VERBS,
  WITHHOLDING_VERBS,
} from './stance-lexicon';
import { callsTooWeak } from './too-weak';
import { prefixedCamp } from './prefixed-camp';
import { measureRuledOut } from './ruled-out';

/** The evidence for one unit's side, before holders are compared across the article. */
export interface SideScore {
  /** > 0 leans PRO, < 0 leans CON. */
  score: number;
  evidence: string[];
  /** The holder is the one taking the action (or the action's own document). */
  actor: boolean;
}

/** A cue's lean for the motion's action (+1 for, -1 against) and the words that show it. */
type Lean = { sign: number; words: string };

/** How much the learned side model counts beside the article cues (a cue is worth 1.5–2.5). */
const LEARNED_WEIGHT = 0.75;

/** The unit's own words, without its holder ("said the mayor"). */
function unitText(unit: ClaimUnit): string {
  const holder = new Set(unit.holderTokens);
  return unit.tokens
    .filter((t) => !holder.has(t))
    .map((t) => t.text)
    .join(' ');
}

/** The token of `unitText(unit)` that the text's character `index` falls in (or after). */
function tokenAtTextIndex(unit: ClaimUnit, index: number): Token | undefined {
  const holder = new Set(unit.holderTokens);
  let at = 0;
  return unit.tokens
    .filter((t) => !holder.has(t))
    .find((t) => {
      at += t.text.length + 1;
      return at > index;
    });
}

const INSTRUMENT =
  /^(?:the|this) (?:statement|memo|memorandum|document|directive|decree|letter|order|proposal|ruling|report|bill)$/iu;

/**
 * Which side of the motion a unit argues. Cues, strongest first: a stance-bearing subject
 * ("critics", "proponents"), the holder being the motion's own actor, a stance verb on the action
 * ("opposed the withdrawal"), and the polarity of the words, turned round when the unit talks
 * about what the action works against ("sanctuary policies protect ..." is against prosecuting).
 */
export function scoreSide(unit: ClaimUnit, model: MotionModel, frame?: TopicFrame): SideScore {
  // "I applaud … That being said, we cannot trade away our local democracy …": the speaker's
  // point is what follows the turn, when its words lean either way; when they say little, the
  // turn itself argues against the point conceded.
  const turned = pointAfterTurn(unit);
  if (turned) {
    const point = scoreSide(turned.tail, model, frame);
    const lean = turnedLean(
      turned.turn,
      point.score,
      () => scoreSide(turned.head, model, frame).score,
    );
    if (lean?.fromPoint) return { ...point, evidence: [lean.why, ...point.evidence] };
    if (lean) return { score: lean.score, evidence: [lean.why], actor: false };
  }
  const evidence: string[] = [];
  let score = 0;
  if (frame) {
    // The side model learned from claim-stance data: the claim's sentiment toward the motion's
    // target, turned by the motion's own sign and by a contrastive target.
    const p = predictWithFrame(shippedStanceModel(), frame, unitText(unit)).probability;
    const learned = LEARNED_WEIGHT * (2 * p - 1);
    score += learned;
    if (Math.abs(2 * p - 1) >= 0.2) {
      evidence.push(`side model ${p >= 0.5 ? 'PRO' : 'CON'} (${p.toFixed(2)})`);
    }
  }
  const target = topicSign(unit.sentence, model);
  if (target.sign < 0) evidence.push(`talks about ${target.what}, which the action works against`);

  // "Critics said the bill did not go far enough": they want more of the measure, not none.
  const tooWeak = callsTooWeak(unitText(unit));
  if (tooWeak) {
    score += 2.5;
    evidence.push(`calls the measure too weak ("${tooWeak}")`);
  }

  // "pro-vaping advocates", "co-chair of the anti-casino group": a camp named for what it is for
  // or against says more than its camp word ("advocates") alone.
  const prefixed = tooWeak ? null : prefixedCamp(unit, model);
  const stance = tooWeak || prefixed ? null : stanceSubject(unit, model);
  if (stance) {
    const s = stance.sign * campTarget(stance, unit, model, target);
    score += 2.5 * s;
    evidence.push(`stance subject "${stance.word}"`);
  }

  if (prefixed) {
    score += 2.5 * prefixed.sign;
    evidence.push(`a camp named ${prefixed.sign > 0 ? 'for' : 'against'} it ("${prefixed.word}")`);
  }

  // "Virta … was not persuaded. \"…,\" he said": a doubter answers the case for the measure.
  if (unit.doubting && !stance) {
    const sign = model.undone.size > 0 ? 1 : -1;
    score += 1.5 * sign;
    evidence.push('said after its speaker is said to be unconvinced');
  }

  // "Minister Robert Hale defended the timetable. \"…,\" he said": the defence of what the article
  // reports (the measure taken, or in a reversal article its dropping).
  if (unit.defending && !stance && !unit.doubting) {
    score += 1.5 * (model.reversed ? -1 : 1);
    evidence.push('said after its speaker is said to defend it');
  }

  // A point listed under "The case against": the heading says which case it makes.
  const listed = stance ? 0 : (unit.listSide ?? 0);
  if (listed !== 0) {
    score += 2.5 * listed * target.sign;
    evidence.push(`listed under a heading ${listed > 0 ? 'for' : 'against'} the measure`);
  }

  // "**Who is against it?**" then "The Liberal Party's leader … says …": the heading sorts them.
  const headed = stance || listed !== 0 ? 0 : (unit.headedSide ?? 0);
  if (headed !== 0) {
    score += 2.5 * headed;
    evidence.push(`said under a heading ${headed > 0 ? 'for' : 'against'} the measure`);
  }

  // "The councillor leading the plan, Birgit Sand, said …": who put the measure forward.
  const proposer = stance ? null : proposerRole(unit);
  if (proposer) {
    score += 2;
    evidence.push(`speaks as the measure's proposer ("${proposer}")`);
  }

  // "But developer Steve Vaccaro said …" on "Should the committee approve the housing complex?":
  // the developer or the applicant wants what it has applied to build.
  const applicant = stance || proposer ? null : applicantHolder(unit, model, frame);
  if (applicant) {
    score += 2;
    evidence.push(`speaks as the one who applied for it or owns it ("${applicant}")`);
  }

  // "Industry groups and state regulators warned such a ban could …" on a ban of fracking: the
  // industry the measure restricts speaks against it.
  const industry = stance || proposer || applicant ? null : industryVoice(unit, model);
  if (industry) {
    score += 2 * (model.undone.size > 0 ? 1 : -1);
    evidence.push(`speaks for the industry the measure restricts ("${industry}")`);
  }

  // '"…," the minister said Wednesday as he announced that all care staff must be vaccinated':
  // who announces the motion's act speaks for it.
  const announces = stance || proposer ? null : announcesTheAct(unit, model);
  if (announces) {
    score += 2;
    evidence.push(`announces the act ("${announces}")`);
  }

  // "Unison general secretary Dave Prentis said …" on "Should council workers strike?": a union
  // speaks for the workers whose strike the motion asks about.
  const union = stance ? null : unionOnStrike(unit, model);
  if (union) {
    score += 2;
    evidence.push(`speaks for the union whose members would strike ("${union}")`);
  }

  // "said the bill should be dumped": urging that the measure be undone.
  const undoMeasure = stance ? null : urgesMeasureUndone(unit, model);
  if (undoMeasure) {
    score += 2.5 * undoMeasure.sign;
    evidence.push(`urges the measure be undone ("${undoMeasure.words}")`);
  }

  // '"They need to be banned completely," one man said': a call for the motion's own act.
  const urgesAct = stance || undoMeasure ? null : urgesTheAct(unit, model);
  if (urgesAct) {
    score += 2 * urgesAct.sign;
    evidence.push(`urges the act ("${urgesAct.words}")`);
  }

  // "there will be no ban on small underbone motorcycles": the measure said not to come.
  const ruledOut = stance || undoMeasure || urgesAct ? null : measureRuledOut(unit, model);
  if (ruledOut) {
    score += 2 * (model.undone.size > 0 ? 1 : -1);
    evidence.push(`says the measure will not come ("${ruledOut}")`);
  }

  // "The minister set out the rationale for the bill, saying …": who makes the case for it.
  const makesCase = stance ? null : CASE_FOR.exec(unitText(unit));
  if (makesCase) {
    const undone = model.undone.size > 0 && UNDONE_REFERENCES.has(makesCase[1].toLowerCase());
    score += 2 * (undone ? -1 : 1);
    evidence.push(`makes the case for it ("${makesCase[0]}")`);
  }

  // "Lorvania will freeze public pay, the minister said, citing its deficit": the reason given
  // for the motion's act by whoever announces it.
  const citedReason = stance ? null : reasonForAct(unit, model);
  if (citedReason) {
    score += 2;
    evidence.push(`gives the reason for the act ("${citedReason}")`);
  }

  // "Lyle Pruitt, a senator who sponsored the bill, said …": a relative clause on the speaker
  // naming them as the one who put the measure (or the motion voted on) forward.
  const sponsor =
    stance || proposer ? null : (sponsorClause(unit, model) ?? namedSponsor(unit, model));
  if (sponsor) {
    score += 2 * sponsor.sign;
    evidence.push(`speaks as the one who put it forward ("${sponsor.words}")`);
  }

  // "The landlords' lawyer, Martin Greaves, had argued": who speaks for the challengers of the
  // measure; "Dismissing the appeal, the judge wrote": who rules on their challenge.
  const challenge = challengeSide(unit, model);
  if (challenge && !stance) {
    score += 2 * challenge.sign;
    evidence.push(challenge.why);
  }

  // A member of the acting body who voted against it does not act for it; nor does a holder
  // that only shares the actor's name and condemns the action ("The Fenwick Taxpayers Group
  // condemned the outcome").
  const verb = stanceVerb(unit, model);
  const actor =
    !stance &&
    isActor(unit, model) &&
    !votesOrCampaigns(unit, model) &&
    !(verb !== null && verb.sign < 0);
  if (actor) {
    score += 2;
    evidence.push(`held by the actor (${unit.holder})`);
  }

  const named = advocacyName(unit, model);
  if (named) {
    score += 1.5 * named.sign;
    evidence.push(
      named.sign > 0
        ? `the holder's name stands for the matter (${named.words})`
        : `the holder's name stands for what the action works against (${named.words})`,
    );
  }

  // "said Alan Pryor, who leads Davis Citizens Against Fluoridation": a group named against it.
  const namedAgainst = stance ? null : groupNamedAgainst(unit, model);
  if (namedAgainst) {
    score += 2 * namedAgainst.sign;
    evidence.push(`speaks for a group named against it ("${namedAgainst.words}")`);
  }

  const reason = givesReason(unit);
  if (reason) {
    score += 1.5;
    evidence.push(`gives ${reason} for the action`);
  }

  // "the ban was wrong because …": a verdict on the measure decides, whatever the reason says.
  const verdict = measureVerdict(unit, model);
  if (verdict) {
    score += 2.5 * verdict.sign;
    evidence.push(`a verdict on the measure ("${verdict.words}")`);
  }

  // "errors could be cut by checking every match, rather than by banning the cameras".
  const alternative = alternativeToAction(unit, model);
  if (alternative) {
    score += 2.5 * alternative.sign;
    evidence.push(`prefers another way to the action ("${alternative.words}")`);
  }

  // "It should be my choice what goes into my body" on a motion that requires or bans: the
  // choice claimed for people is taken from them by the measure.
  const choice = choiceClaimed(unit, model);
  if (choice) {
    score += 2 * (model.undone.size > 0 ? 1 : -1);
    evidence.push(`claims the choice for people that the measure takes ("${choice}")`);
  }

  // "patients now face being denied it" in a report of the measure refused: those left without it.
  const deprived = model.reversed ? deniedIt(unit) : null;
  if (deprived) {
    score += 2;
    evidence.push(`people left without the measure refused ("${deprived}")`);
  }

  // "residents had never been asked", "said its members had not been properly consulted", "There
  // was no consultation at all": no say in the measure, which was taken over their heads.
  // Not read when the article reports the measure dropped, whose consultation may be meant.
  const noSay = model.reversed ? null : complainsOfNoSay(unit);
  if (noSay) {
    score += 2 * (model.undone.size > 0 ? 1 : -1);
    evidence.push(`complains of no say in the measure ("${noSay}")`);
  }

  // "teenagers would find ways round the checks", "drivers will simply dodge the charge": the
  // measure got round does not work.
  const evaded = evadesMeasure(unit, model);
  if (evaded) {
    const sign = model.undone.size > 0 ? 1 : -1;
    score += 2 * sign;
    evidence.push(`the measure would be got round ("${evaded}")`);
  }

  // "the club will leave the town if it does not get a new ground": a threat made to get it.
  const threat = threatWithout(unit, model);
  if (threat) {
    score += 2.5 * threat.sign;
    evidence.push(`threatens a loss without the action ("${threat.words}")`);
  }

  // "the rules should stay as they are", "the limit must remain unchanged".
  const kept = keepsThingsAsTheyAre(unit, model);
  if (kept) {
    score -= 2.5;
    evidence.push(`would keep things as they are ("${kept}")`);
  }

  // "a later start lets them learn", "a later start would make it harder for parents to …".
  const effect = effectOfAction(unit, model);
  if (effect) {
    score += 1.5 * effect.sign;
    evidence.push(
      `what the action does to people leans ${effect.sign > 0 ? 'PRO' : 'CON'} ("${effect.words}")`,
    );
  }

  // "say their costs would rise by as much as a tenth": what people would pay under it.
  const prices = effect ? null : pricesMove(unit, model);
  if (prices) {
    const sign = prices.sign * (model.undone.size > 0 ? -1 : 1);
    score += 1.5 * sign;
    evidence.push(`what people would pay leans ${sign > 0 ? 'PRO' : 'CON'} ("${prices.words}")`);
  }

  // "we will have to pay for a fifth day of care": what the measure makes the speaker do.
  const burden = actor ? null : speakerBurden(unit);
  if (burden) {
    score += 1.5 * burden.sign;
    evidence.push(
      `${burden.sign < 0 ? 'a burden the measure puts on the speaker' : 'a burden the measure lifts from the speaker'} ("${burden.words}")`,
    );
  }

  // "Every euro we raise goes to housing": where the measure's money goes is what it does.
  const proceeds = proceedsSpent(unit, model);
  if (proceeds) {
    // The money of a measure the motion undoes ("the fees") counts the other way; money a new
    // levy raises to replace it does not.
    const undone = unit.tokens.some((w) => model.undone.has(w.stem));
    const sign = proceeds.sign * (undone ? -1 : 1);
    score += 1.5 * sign;
    evidence.push(
      `what the measure's money pays for leans ${sign > 0 ? 'PRO' : 'CON'} ("${proceeds.words}")`,
    );
  }

  // "I urge councillors to think again": asking the actor to reconsider is against the measure.
  // When the motion undoes a measure, rethinking that measure is for the motion; rethinking
  // "it" or "the decision" already taken ("the agency cancelled the mission … reconsider it") is
  // against the action whatever the motion undoes.
  const rethink = urgesRethink(unit);
  if (rethink) {
    // In a reversal article the decision is the dropping or the refusal: asking the body to
    // reconsider it is for the measure.
    const sign =
      (model.undone.size > 0 && !rethink.onDecision) || (model.reversed && rethink.onDecision)
        ? 1
        : -1;
    score += 1.5 * sign;
    evidence.push(`urges the action be reconsidered ("${rethink.words}")`);
  }

  // "supported metering in principle, but forcing it on every home by 2030 was too fast": the
  // support is conceded; the objection after "but" is the speaker's point.
  const reserved = reservedSupport(unit);
  if (reserved) {
    score -= 2.5;
    evidence.push(
      reserved.startsWith('in ')
        ? `support only in principle ("${reserved}")`
        : `support of the aim, then against the measure ("${reserved}")`,
    );
  }

  // "… agreed to lend the club £45 million, despite warnings that …": the act went ahead over
  // the warnings, which are against it (for it, when the article reports it dropped).
  if (despiteWarnings(unit)) {
    score -= 2 * (model.reversed ? -1 : 1);
    evidence.push('warnings the act went ahead despite');
  }

  // "The league said the move followed a review which found that head injuries had risen …":
  // the finding the measure answers is the reason for it.
  const motive = FOLLOWS_FINDING.exec(unitText(unit));
  if (motive && !stance) {
    score += 2 * (model.undone.size > 0 || model.reversed ? -1 : 1);
    evidence.push(`gives the finding the measure answers ("${motive[0]}")`);
  }

  // The sponsor's own clause already counted ("who sponsored the bill"), with its measure's side.
  const sponsoring = sponsor !== null && verb !== null && sponsor.words.includes(verb.word);
  if (verb && !(reserved && verb.sign > 0) && !sponsoring) {
    score += 1.5 * verb.sign;
    evidence.push(
      verb.verdict ? `calls the decision "${verb.word}"` : `stance verb "${verb.word}"`,
    );
  }

  // "Unions have called for strikes and protests after …": a protest is against the act.
  const protest = stance ? null : callsProtest(unit);
  if (protest) {
    score -= 2.5 * (model.reversed ? -1 : 1);
    evidence.push(`calls a protest ("${protest}")`);
  }

  const polar = polarity(unit, model);
  // "said the committee had ignored its own experts" in a report of plans refused: blame of the
  // body that dropped or refused the measure is for the measure.
  // "The agency has made the right call": praise of that body is against the measure.
  const blamed = model.reversed && polar.value !== 0 ? blamesDecidingBody(unit) : null;
  if (blamed)
    evidence.push(
      `${polar.value < 0 ? 'blames' : 'praises'} the body that dropped the measure ("${blamed}")`,
    );
  if (polar.value !== 0) {
    score += polar.value * target.sign * (blamed ? -1 : 1);
    const tone = polar.value > 0 ? 'positive' : 'negative';
    evidence.push(
      polar.words.length > 0
        ? `${tone} wording (${polar.words.join(', ')})`
        : `${tone} tone of the sentence`,
    );
  }
  return { score, evidence, actor };
}

interface Topic {
  sign: number;
  what: string;
}

/**
 * +1 when the sentence is about the action (or names no target), -1 when it is about what the
 * action opposes and never names the action, or negates one of the motion's own terms
 * ("denying ... citizenship", "not allowing ... to marry").
 */
/**
 * Nouns that name a measure itself rather than a step taken on it ("the scheme", "the
 * closures", not "the decision" or "the vote"): when the motion undoes a measure, these are it.
 */
const UNDONE_REFERENCES = new Set(
  'ban bans restriction restrictions rule rules legislation law bill programme program project scheme closure closures policy'.split(
    ' ',
  ),
);

function topicSign(tokens: Token[], model: MotionModel): Topic {
  let action = false;
  let opposed: string | null = null;
  let undoneAct: string | null = null;
  tokens.forEach((t, i) => {
    // "backtracking on the ban would pose a threat" on "Should the ban remain?": the motion's
    // measure undone is what the sentence is about, and the action not taken.
    if (
      model.undone.size === 0 &&
      t.pos === 'VERB' &&
      /ing$/u.test(t.lower) &&
      (UNDOING_VERBS.has(t.lemma) || REMOVING.has(t.lemma)) &&
      !model.action.has(t.stem) &&
      !model.terms.has(t.stem) &&
      tokens
        .slice(i + 1, i + 5)
        .some((o) => o.pos === 'NOUN' && (model.action.has(o.stem) || model.terms.has(o.stem)))
    ) {
      undoneAct ??= `"${t.text} …"`;
    }
    const heldUp = HOLDING_UP.has(tokens[i - 1]?.lower ?? '');
    if (heldUp && (model.action.has(t.stem) || model.terms.has(t.stem)) && t.pos !== 'PROPN') {
      opposed ??= `"${tokens[i - 1].text} ${t.text}"`;
      return;
    }
    // "critics of the scheme" when the motion drops the scheme: the measure the action undoes.
    const measure = model.undone.has(t.stem) || UNDONE_REFERENCES.has(t.lower);
    if (model.undone.size > 0 && measure && t.pos === 'NOUN') {
      opposed ??= t.text;
      return;
    }
    if (model.action.has(t.stem) && t.pos !== 'PROPN') action = true;
    // "Abolishing tuition fees removes a barrier" on "Should tuition fees be scrapped?": any
    // verb of undoing names the motion's own undoing.
    if (model.undone.size > 0 && UNDOING_VERBS.has(t.lemma) && t.pos === 'VERB') action = true;
    // "streets free from cars", "a centre without cars": the thing worked against, gone.
    if (model.opposed.has(t.stem) && !goneBefore(tokens, i)) opposed ??= t.text;
    if (model.terms.has(t.stem) && !model.action.has(t.stem)) {
      const withheld = withheldBy(tokens, i);
      if (withheld) opposed ??= `"${withheld} ... ${t.text}"`;
    }
  });
  if (undoneAct) return { sign: -1, what: undoneAct };
  if (opposed && !action) return { sign: -1, what: opposed };
  return { sign: 1, what: '' };
}

const GONE = new Set(['without', 'fewer', 'less', 'no']);
const GONE_FROM = new Set(['free', 'rid', 'clear']);

/**
 * Whether the word at `i` is named as absent: "without cars", "free from cars", "car-free", "rid of cars",
 * also past its determiner and modifiers ("getting rid of the bike lanes").
 */
function goneBefore(tokens: Token[], i: number): boolean {
  if (freeOf(tokens, i)) return true;
  let k = i - 1;
  while (k > 0 && k >= i - 3 && ['DET', 'ADJ', 'NUM', 'NOUN'].includes(tokens[k].pos)) k--;
  return [i - 1, k].some((b) => {
    const prev = tokens[b]?.lower ?? '';
    if (GONE.has(prev)) return true;
    return (prev === 'from' || prev === 'of') && GONE_FROM.has(tokens[b - 1]?.lower ?? '');
  });
}

/**
 * "Industry groups", "industry proponents", "the fracking industry": a holder that speaks for
 * the industry, on a motion that restricts what it does. Null when the motion restricts nothing,
 * or the industry is named for another thing ("the renewable energy industry" on a coal ban).
 */
/** A trade and its bodies and people: "the industry", "Greyhound Board", "vape retailers". */
const TRADE_HEADS = new Set(
  'industry board association federation trade breeders trainers operators retailers makers manufacturers growers'.split(
    ' ',
  ),
);

function industryVoice(unit: ClaimUnit, model: MotionModel): string | null {
  if (model.opposed.size === 0 || model.reversed) return null;
  const h = unit.holderTokens;
  // ("the Greyhound Board of Great Britain", "vape retailers", "greyhound trainers": the trade's
  // bodies and its people, named after what the measure works against.)
  const at = h.findIndex((t) => TRADE_HEADS.has(t.lower));
  if (at < 0) return null;
  const named = h.slice(0, at).filter((t) => ['NOUN', 'PROPN', 'ADJ'].includes(t.pos));
  const against = named.some((t) => model.opposed.has(t.stem));
  const ofIt =
    (h[at].lower === 'industry' || against) &&
    named.every((t) => model.opposed.has(t.stem) || model.terms.has(t.stem));
  return ofIt ? spaced(h.slice(Math.max(0, at - named.length), at + 2)) : null;
}

/** "a car-free street", "smoke-free parks": the thing, gone, written as one word with "free". */
function freeOf(tokens: Token[], i: number): boolean {
  return tokens[i + 1]?.text === '-' && GONE_FROM.has(tokens[i + 2]?.lower ?? '');
}

/** "denying American Samoans citizenship", "not allowing gay citizens to marry". */
function withheldBy(tokens: Token[], i: number): string | null {
  for (let k = Math.max(0, i - 5); k < i; k++) {
    const w = tokens[k];
    if (WITHHOLDING_VERBS.has(w.lemma) && w.pos === 'VERB') return w.text;
    if (NEGATORS.has(w.lower) && tokens[k + 1]?.pos === 'VERB' && k + 1 < i) {
      return `${w.text} ${tokens[k + 1].text}`;
    }
  }
  return null;
}

/** Verbs of relying on a thing: "depend on plastic straws". */
const RELYING = new Set(['depend', 'rely']);

/** Verbs of wishing for a thing: "nobody wants …", "no one likes …". */
const WISHING = new Set(['want', 'like', 'wish']);

/** "Nobody wants", "No one likes": a wish with a subject that denies it. */
function nobodyBefore(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1]?.lower;
  return before === 'nobody' || (before === 'one' && tokens[i - 2]?.lower === 'no');
}

function negatedBefore(tokens: Token[], i: number): boolean {
  for (let k = Math.max(0, i - 3); k < i; k++) {
    if (NEGATORS.has(tokens[k].lower)) return true;
  }
  return false;
}

/** Words of a role a party's member holds: "Opposition health spokesman", "opposition leader". */
const PARTY_ROLES = new Set(
  'leader spokesman spokeswoman spokesperson mp mps lawmaker lawmakers senator deputy whip chief'.split(
    ' ',
  ),
);

/**
 * "Opposition health spokesman Tom Ferraby", "opposition leader Ana Dorn": the opposition as the
 * parties out of government, a title of the speaker, not the camp against the measure.
 */
function partyTitle(tokens: Token[], i: number): boolean {
  if (tokens[i].lower !== 'opposition') return false;
  return tokens.slice(i + 1, i + 4).some((w) => PARTY_ROLES.has(w.lower));
}

/** "Objector Jean Frost", "critic Tom Hale": one member of a camp, written as a title. */
const ROLE_BEFORE_NAME = new Set(['objector', 'critic', 'opponent', 'detractor']);

/** "a religious-objections bill": a word hyphened to the one before it is part of a name. */
function inCompound(sentence: Token[], word: Token): boolean {
  const dash = sentence.find((t) => t.end === word.start);
  return dash !== undefined && /^[-‐]$/u.test(dash.text);
}

const VERB_LIKE = new Set(['VERB', 'NOUN']);

/** A camp the holder belongs to, and the words that name what the camp is for or against. */
interface CampStance {
  sign: number;
  word: string;
  phrase: Token[];
}

/** Protesters a camp of "supporters" may be named with: "Protesting drivers and supporters". */
const PROTESTERS = new Set(['protesting', 'striking', 'protesters', 'strikers', 'demonstrators']);

/**
 * "Protesting drivers and supporters held a rally": supporters named with protesters back the
 * protest, not the measure; their side is the protesters'.
 */
function withProtesters(tokens: Token[], i: number): boolean {
  return (
    i > 0 &&
    /^supporters?$/u.test(tokens[i].lower) &&
    tokens[i - 1]?.lower === 'and' &&
    tokens.slice(Math.max(0, i - 4), i - 1).some((t) => PROTESTERS.has(t.lower))
  );
}

function stanceSubject(unit: ClaimUnit, model: MotionModel): CampStance | null {
  // "the owner of the champions FC Brandvik": a word of a camp right before a name is a title
  // the name holds (the champions, the defenders), not the camp.
  const camp = (tokens: Token[], i: number) =>
    STANCE_SUBJECTS[tokens[i].lower] !== undefined &&
    !campDenied(tokens, i) &&
    !withProtesters(
      unit.tokens,
      unit.tokens.findIndex((t) => t.start === tokens[i].start),
    ) &&
    (tokens[i + 1]?.pos !== 'PROPN' || ROLE_BEFORE_NAME.has(tokens[i].lower)) &&
    !partyTitle(tokens, i) &&
    !inCompound(unit.sentence, tokens[i]);
  const inHolder = unit.holderTokens.find((_, i) => camp(unit.holderTokens, i));
  const word =
    inHolder ??
    unit.tokens.find(
      (_, i) => !unit.quoted[i] && camp(unit.tokens, i) && !afterPreposition(unit.tokens, i),
    );
  if (word) {
    const tokens = inHolder ? unit.holderTokens : unit.tokens;
    const phrase = campPhrase(tokens, word);
    if (!advocatesOtherCause(tokens, word, phrase, model)) {
      return { sign: STANCE_SUBJECTS[word.lower], word: word.text, phrase };
    }
  }
  return holderClauseStance(unit) ?? holderPrepositionStance(unit) ?? ownedStance(unit);
}

/** Nouns of a stance a camp holds as its own: "its opposition to …", "their support for …". */
const OWNED_STANCES: Record<string, number> = {
  opposition: -1,
  objection: -1,
  objections: -1,
  resistance: -1,
  support: 1,
  backing: 1,
};

/**
 * "the community was absolutely unified in its opposition to the proposal": a stance the
 * speaker's camp holds as its own, with what it is to or for after it.
 */
function ownedStance(unit: ClaimUnit): CampStance | null {
  const t = unit.tokens;
  for (let i = 1; i < t.length - 1; i++) {
    const sign = OWNED_STANCES[t[i].lower];
    if (sign === undefined || unit.quoted[i]) continue;
    const owner =
      OWNERS.has(t[i - 1].lower) || (t[i - 1].pos === 'ADJ' && OWNERS.has(t[i - 2]?.lower ?? ''));
    if (!owner || !['to', 'for', 'of'].includes(t[i + 1].lower)) continue;
    let end = i + 2;
    while (end < t.length && !CLAUSE_OPENERS.has(t[end].lower) && t[end].text !== '.') end++;
    return { sign, word: t[i].text, phrase: t.slice(i + 2, end) };
  }
  return null;
}

/**
 * "Those against it, mainly business owners, argued …", "Those in favour said …": a holder
 * named by the side it takes.
 */
function holderPrepositionStance(unit: ClaimUnit): CampStance | null {
  const h = unit.holderTokens;
  if (h.length < 2 || !['those', 'people', 'residents', 'members'].includes(h[0].lower))
    return null;
  const side = h[1].lower;
  const against = side === 'against' || (side === 'opposed' && h[2]?.lower === 'to');
  const favour = side === 'in' && /^favou?r$/u.test(h[2]?.lower ?? '');
  if (!against && !favour) return null;
  const from = against ? (side === 'opposed' ? 3 : 2) : h[3]?.lower === 'of' ? 4 : 3;
  // "Those against it": the measure the article is about, so no phrase of its own to read.
  const object = h.slice(from).filter((t) => !['it', 'this', 'them', 'that'].includes(t.lower));
  return { sign: against ? -1 : 1, word: `${h[0].text} ${h[1].text}`, phrase: object };
}

/** Nouns of a measure on a thing, whichever way the motion words it: "straw regulation". */
const REGULATING_NOUNS = new Set(
  'regulation regulations ban bans restriction restrictions limitation limitations curbs limits controls crackdown'.split(
    ' ',
  ),
);

/** Words of a camp that may stand for a cause of its own: "disability advocates". */
const ADVOCATES = new Set(['advocate', 'advocates', 'champion', 'champions', 'defenders']);

/**
 * "accessibility advocates", "advocates for people with disabilities": advocates named for a
 * cause of their own, which says nothing of the motion, are no camp of it ("advocates of the
 * ban" are).
 */
function advocatesOtherCause(
  tokens: Token[],
  word: Token,
  phrase: Token[],
  model: MotionModel,
): boolean {
  if (!ADVOCATES.has(word.lower)) return false;
  const at = tokens.indexOf(word);
  // (A sentence's first word is tagged a name: "Disability advocates say …".)
  const cause =
    ['NOUN', 'PROPN'].includes(tokens[at - 1]?.pos ?? '') ||
    ['for', 'of'].includes(tokens[at + 1]?.lower ?? '');
  const onMotion = phrase.some((t) => model.action.has(t.stem) || model.terms.has(t.stem));
  return cause && !onMotion;
}

/**
 * -1 when the camp is for or against what the action works against rather than the action:
 * "critics of the scheme" on a motion to drop the scheme. A camp that does not say what it is
 * for ("Supporters say …") is read from its claim: "proponents argue that sanctuary policies
 * protect …" praises the thing the action works against, so they are its proponents; "Supporters
 * say it will cut plastic pollution" on a plastic ban speak against that thing, for the ban.
 */
function campTarget(
  stance: CampStance,
  unit: ClaimUnit,
  model: MotionModel,
  target: Topic,
): number {
  // "Supporters of plastic straw regulation": a camp of a measure on the thing is the measure's.
  if (stance.phrase.some((t) => REGULATING_NOUNS.has(t.lower))) return 1;
  // "industry proponents argue that fracking can be done safely": a camp of the industry the
  // measure restricts is the restricted thing's.
  if (industryVoice(unit, model) !== null) return -1;
  if (topicSign(stance.phrase, model).sign < 0) return -1;
  if (stance.phrase.some((t) => model.action.has(t.stem) && t.pos !== 'PROPN')) return 1;
  // "many advocates view the proposed legislation as draconian": a camp that does not say what
  // it is for, with a verdict of its own on the act, is for what its verdict says.
  const verb = stanceVerb(unit, model);
  if (verb && verb.sign !== 0) return Math.sign(verb.sign) === stance.sign ? 1 : -1;
  if (target.sign > 0) return 1;
  // ("Domestic critics … have argued that any limitations on criticising religion, including by
  // burning holy books, undermine …": a camp whose claim names the measure itself speaks of it.)
  if (unit.tokens.some((t) => REGULATING_NOUNS.has(t.lower))) return 1;
  // Its own "supported" or "opposed" says which way the camp leans, not at what.
  const content = unit.tokens.filter(
    (t) => t.pos !== 'VERB' || STANCE_VERBS[t.lemma] === undefined,
  );
  return Math.sign(polarity({ ...unit, tokens: content }, model).value) === stance.sign ? -1 : 1;
}

/** The camp's noun phrase: "critics of the scheme", up to its verb or the clause's end. */
function campPhrase(tokens: Token[], word: Token): Token[] {
  const from = tokens.indexOf(word);
  let to = from + 1;
  while (
    to < tokens.length &&
    tokens[to].pos !== 'VERB' &&
    tokens[to].pos !== 'AUX' &&
    tokens[to].pos !== 'PUNCT'
  ) {
    to++;
  }
  return tokens.slice(from, to);
}

/**
 * "Lawmakers who opposed it say …", "Residents who backed the plan said …": the relative clause
 * the holder's name stops before says which camp the holder is in.
 */
function holderClauseStance(unit: ClaimUnit): CampStance | null {
  const h = unit.holderTokens;
  const at = h.findIndex((t, i) => i > 0 && ['who', 'that'].includes(t.lower));
  const verb = at > 0 ? h[at + 1] : undefined;
  // Right after "who" a word is the clause's verb, though the tagger may call "support" a noun.
  const sign = verb && VERB_LIKE.has(verb.pos) ? STANCE_VERBS[verb.lemma] : undefined;
  if (sign === undefined) return null;
  return { sign, word: `${h[at].text} ${verb!.text}`, phrase: campPhrase(h, h[at + 1]) };
}

/** "despite warnings that taxpayers could be left with the bill": the warnings hold it. */
export function despiteWarnings(unit: ClaimUnit): boolean {
  return (
    unit.cue === 'warn' &&
    unit.holderTokens.length === 1 &&
    WARNING_NOUNS.has(unit.holderTokens[0].lower)
  );
}

const REACTING_LEMMAS = new Set(['react', 'respond', 'greet']);

const MINISTERIAL = new Set(['minister', 'ministry', 'ministers']);

export function isActor(unit: ClaimUnit, model: MotionModel): boolean {
  if (!unit.holder) return false;
  // "In a statement, the company said …": a statement whose issuer is named speaks for it.
  const instrument = INSTRUMENT.test(unit.holder.trim());
  if (instrument && !unit.speaksFor) return true;
  // "Lindholm Drivers' Club" only shares the name of Lindholm, which acts: a name owned ("X's")
  // or followed by a noun of an organisation is not the holder.
  const acts = (tokens: Token[]) =>
    tokens.some(
      (t, i) =>
        (t.pos === 'PROPN' || t.pos === 'NOUN') &&
        model.actors.has(fold(t.text)) &&
        !namesAnotherBody(tokens, i),
    );
  // "Chief Constable Ruth Okafor said …", "the force said …" when the police act: the head of a
  // police force, by title, or the force itself speaks for the police.
  if (model.actors.has('police') && POLICE_VOICE.test(unit.holder)) return true;
  // "Trade Minister Pavel Hron", "the ministry": a minister speaks for the government that acts.
  // Not another country's ("Kestland's trade minister"): an owner named that does not act.
  const h = unit.holderTokens;
  const owned = h.some(
    (t, i) => /^['’]s$/u.test(t.text) && i > 0 && !model.actors.has(fold(h[i - 1].text)),
  );
  const minister =
    model.actors.has('government') &&
    h.some((t) => MINISTERIAL.has(t.lower)) &&
    !h.some((t) => PARTY_ROLES.has(t.lower)) &&
    !owned;
  // "The authority said … Its commissioner, Lotte Brandt, said …": who speaks for the actor.
  return (!instrument && (acts(unit.holderTokens) || minister)) || acts(unit.speaksFor ?? []);
}

/** Titles of a police force's head, and the force itself ("the force", "the Met"). */
const POLICE_VOICE =
  /^(?:(?:the\s+)?force$|.*\b(?:chief constable|police chief|chief of police|police commissioner|commissioner of police)\b)/iu;

/**
 * "the councillor leading the plan", "the minister behind the proposal", "the bill's sponsor",
 * "the author of the scheme": a role, before the holder's name, that puts the measure forward.
 */
const PROPOSER_ROLE =
  /\b(?:(?:leading|behind|proposing|sponsoring|championing|spearheading)\s+the\s+(?:plan|plans|proposal|bill|ban|scheme|measure|policy|motion)|(?:plan|proposal|bill|scheme|measure|motion)['’]s\s+(?:sponsor|author|architect|champion)|(?:sponsor|author|architect)\s+of\s+the\s+(?:plan|proposal|bill|ban|scheme|measure|motion|ordinance|law|legislation|resolution|amendment|policy))\b/iu;

const STRIKING = ['strike', 'walkout', 'stoppage'];
const UNION_HOLDER = /\bunions?\b|\bunion['’]s\b|\bgeneral secretary\b|\bshop stewards?\b/iu;

/** A union or its officer holding a claim on a motion to strike (not one that calls it off). */
function unionOnStrike(unit: ClaimUnit, model: MotionModel): string | null {
  if (!STRIKING.some((w) => model.termLemmas.has(w)) || model.undone.size > 0) return null;
  // "The union's branch secretary, Nia Rhys, said": the role before the name counts too.
  const holder = `${roleBeforeHolder(unit) ?? ''} ${unit.holderTokens.map((t) => t.text).join(' ')}`;
  return UNION_HOLDER.exec(holder)?.[0] ?? null;
}

const URGING_MODALS = new Set(['should', 'must', 'ought']);
/** Participles of undoing a measure beside UNDOING_VERBS' ("dumped", "ditched", "binned"). */
const UNDONE_FORMS = new Set(['dump', 'ditch', 'axe', 'shelve', 'junk', 'abandon', 'bin', 'kill']);

/**
 * "the bill should be dumped", "the plan must be scrapped": the measure (a noun of it, not one the
 * motion undoes) as the subject of a modal passive of undoing. Against the motion; for a motion
 * that undoes the measure, for it.
 */
function urgesMeasureUndone(unit: ClaimUnit, model: MotionModel): Lean | null {
  const t = unit.tokens;
  for (let i = 0; i + 2 < t.length; i++) {
    if (!URGING_MODALS.has(t[i].lower)) continue;
    // "The government should take back its plan to bring the Health Bill": the active call, its
    // object the measure or the plan for it, in the speaker's words or the report's.
    const active = activeUndoing(t, i, model);
    if (active) return active;
    if (unit.quoted[i]) continue;
    const be = t[i + 1]?.lower === 'be' ? i + 1 : t[i + 2]?.lower === 'be' ? i + 2 : -1;
    const verb = t[be + 1];
    if (be < 0 || !verb || !(UNDOING_VERBS.has(verb.lemma) || UNDONE_FORMS.has(verb.lemma)))
      continue;
    if (negatedBefore(t, be + 1)) continue;
    const noun = t[i - 1];
    if (!noun || noun.pos !== 'NOUN') continue;
    const undone = model.undone.has(noun.stem) || UNDONE_REFERENCES.has(noun.lower);
    const measure = model.action.has(noun.stem) || UNDONE_REFERENCES.has(noun.lower);
    if (!measure) continue;
    return {
      sign: model.undone.size > 0 && undone ? 1 : -1,
      words: spaced(t.slice(i - 1, be + 2)),
    };
  }
  return null;
}

/** How far after its verb an undone measure may be named ("withdraw its plan to bring the bill"). */
const UNDONE_OBJECT_REACH = 7;

function activeUndoing(t: Token[], modal: number, model: MotionModel): Lean | null {
  const verb = t[modal + 1];
  if (verb?.pos !== 'VERB' || !(UNDOING_VERBS.has(verb.lemma) || UNDONE_FORMS.has(verb.lemma)))
    return null;
  const object = t.slice(modal + 2, modal + 2 + UNDONE_OBJECT_REACH);
  const named = object.find(
    (w) =>
      (w.pos === 'NOUN' || w.pos === 'PROPN') &&
      (model.action.has(w.stem) || model.terms.has(w.stem) || UNDONE_REFERENCES.has(w.lower)),
  );
  if (!named) return null;
  const undone = model.undone.has(named.stem);
  return {
    sign: model.undone.size > 0 && undone ? 1 : -1,
    words: spaced(t.slice(modal, modal + 2 + object.indexOf(named) + 1)),
  };
}

/** Pronouns that stand for the thing a call is about ("They need to be banned"). */
const CALLED_ON = new Set(['they', 'it', 'these', 'those', 'this', 'that']);

/**
 * "They need to be banned completely", "rentals should be banned", "it must not be banned": a
 * passive call, in the speaker's words or the report's, for the motion's own act (its verb, named
 * in the motion), for it, or against it when denied. Not on a motion that undoes a measure: there
 * "should be banned" calls for the measure it would lift.
 */
function urgesTheAct(unit: ClaimUnit, model: MotionModel): Lean | null {
  if (model.undone.size > 0 || model.reversed) return null;
  const t = unit.tokens;
  for (let i = 1; i + 2 < t.length; i++) {
    const needs = ['need', 'have', 'ought'].includes(t[i].lower) && t[i + 1]?.lower === 'to';
    if (!URGING_MODALS.has(t[i].lower) && !needs) continue;
    const denied = NEGATIONS.has(t[i + 1]?.lower ?? '') ? 1 : 0;
    const be = i + 1 + denied + (needs ? 1 : 0);
    if (t[be]?.lower !== 'be') continue;
    const at = t[be + 1]?.pos === 'ADV' ? be + 2 : be + 1;
    const verb = t[at];
    if (!verb || !/(?:ed|en|n)$/u.test(verb.lower)) continue;
    if (!model.action.has(verb.stem) || !model.terms.has(verb.stem)) continue;
    const subject = t[i - 1];
    const named = subject.pos === 'NOUN' || subject.pos === 'PROPN';
    if (!CALLED_ON.has(subject.lower) && !(named && !model.action.has(subject.stem))) continue;
    // "it was unfair that a bottling company should be allowed …": a call judged, not made; its
    // judge's word says which way ("absurd" turns it round), and none reads nothing.
    let from = i - 1;
    while (
      from > 0 &&
      t[from - 1].lower !== 'that' &&
      ['DET', 'ADJ', 'NOUN', 'PROPN'].includes(t[from - 1].pos)
    ) {
      from--;
    }
    const sign = denied ? -1 : 1;
    const judge = t[from - 1]?.lower === 'that' ? t[from - 2] : undefined;
    if (judge && ['ADJ', 'NOUN'].includes(judge.pos)) {
      const verdict = Math.sign(POLARITY[judge.lemma] ?? 0);
      if (verdict === 0) continue;
      return { sign: sign * verdict, words: spaced(t.slice(from - 2, at + 1)) };
    }
    return { sign, words: spaced(t.slice(i - 1, at + 1)) };
  }
  return null;
}

/** "set out the rationale for the proposed law", "made the case for the ban". */
const CASE_FOR =
  /\b(?:set|sets|setting|laid|lays|laying|made|makes|making|outlined|outlines|explained|explains|emphasi[sz](?:ed|es|ing)|emphasi[sz]e|stress(?:ed|es|ing)?|highlight(?:ed|s|ing)?) (?:out )?(?:the|his|her|its|their)(?: \p{L}+ ?['’]s)? (?:rationale|case|reasons|justification) for (?:the |a |its |his |her |their )?(?:proposed |new |planned )?(\w+)/iu;

/**
 * "… will freeze the pay of public workers, the minister said, citing a budget deficit": a
 * sentence that reports the motion's act (its verb, not negated) and, after a comma, the reason
 * cited for it.
 */
function reasonForAct(unit: ClaimUnit, model: MotionModel): string | null {
  const t = unit.tokens;
  const holder = new Set(unit.holderTokens);
  const citing = t.findIndex(
    (w, i) => w.lower === 'citing' && !unit.quoted[i] && t[i - 1]?.text === ',',
  );
  if (citing < 0) return null;
  const act = t.findIndex(
    (w, i) =>
      i < citing &&
      !holder.has(w) &&
      !unit.quoted[i] &&
      // The tagger can miss the verb after a modal ("will close/ADJ").
      (w.pos === 'VERB' || t[i - 1]?.pos === 'AUX') &&
      namesTerm(model, w) &&
      !negatedBefore(t, i),
  );
  return act < 0 ? null : spaced(t.slice(citing, Math.min(t.length, citing + 4)));
}

const RELIEF =
  /\b(?:sigh(?:s|ed)? of relief|breathe (?:more )?(?:easier|easily|freely)|(?:am|is|are|was|were|feel|felt|'m|’m|'re|’re) (?:so |very |hugely |greatly )?relieved|(?:a|such a|great|huge|real) relief)\b/iu;

/**
 * "We can breathe a sigh of relief", "drivers will breathe easier", "said they were relieved",
 * "it is a huge relief": relief at the news the article reports (not "tax relief" or "pain
 * relief"), a welcome of what happened.
 */
export function expressesRelief(unit: ClaimUnit): string | null {
  return RELIEF.exec(unitText(unit))?.[0] ?? null;
}

const SPONSOR_CLAUSE =
  /\bwho\s+(?:had\s+)?(?:proposed|sponsored|introduced|tabled|drafted|authored|wrote|championed|put\s+forward)\s+(it|the\s+(?:motion|bill|law|measure|plan|proposal|scheme|ban|policy|legislation|amendment|ordinance|resolution))\b|,\s+(the\s+(?:bill|measure|ordinance|resolution|proposal|amendment|legislation))\s*['’]\s*s\s+(?:sponsor|author|chief\s+sponsor|lead\s+sponsor)\s*(?:,|\.$)/iu;

/**
 * "…, who proposed it, said", "…, a Republican who sponsored the bill, said", "Sen. Karen Holt
 * (R-Marysville), the bill's sponsor, said", "…, who wrote the ordinance, said": the speaker put
 * forward the measure, or the motion voted on ("it"). A measure the motion undoes is the other
 * side's.
 */
function sponsorClause(
  unit: ClaimUnit,
  model: MotionModel,
): { sign: number; words: string } | null {
  const text = unit.tokens
    .filter((_, i) => !unit.quoted[i])
    .map((t) => t.text)
    .join(' ');
  const m = SPONSOR_CLAUSE.exec(text);
  if (!m) return null;
  const object = (m[1] ?? m[2]).toLowerCase();
  const reported = object === 'it' || object.endsWith('motion');
  return { sign: reported || model.undone.size === 0 ? 1 : -1, words: m[0] };
}

/** "Azeem said …" where the body says the order was "authored by Councilors Burhan Azeem, …". */
function namedSponsor(unit: ClaimUnit, model: MotionModel): { sign: number; words: string } | null {
  if (model.reversed) return null;
  const name = unit.holderTokens.find((t) => /^\p{Lu}/u.test(t.text) && model.sponsors.has(t.text));
  if (!name) return null;
  // Against a motion that undoes the measure they wrote ("who sponsored the ban" on lifting it).
  const measure = model.sponsors.get(name.text) ?? '';
  const undone = model.undone.has(tokenize(measure)[0]?.stem ?? measure);
  return {
    sign: undone ? -1 : 1,
    words: `${name.text}, who put the ${measure.toLowerCase()} forward`,
  };
}

/**
 * "a policy order authored by Councilors Burhan Azeem, Quinton Y. Zondervan, and Mark C.
 * McGovern", "the bill, sponsored by Sen. Jo Hale and Rep. Al Park, …": a measure and who wrote or
 * sponsored it.
 */
const SPONSORED_BY =
  /\b([Bb]ill|order|measure|proposal|ordinance|motion|amendment|resolution|legislation|plan|initiative|ban)(?:\s+\d+)?(?:\s+(?:on|of|for)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,2})?\s*,?\s+(?:which\s+was\s+|was\s+|is\s+|has\s+been\s+)?(?:authored|sponsored|co-sponsored|proposed|introduced|tabled|drafted|written|put\s+forward)\s+by\s+((?:(?:and\s+)?(?:\p{Lu}[\p{L}.'’-]*\s*)+,?\s*){1,6})/gu;
/** Titles before a name, which are no part of it. */
const NAME_TITLES =
  /^(?:councilors?|councillors?|council|members?|sen\.?|senators?|rep\.?|representatives?|assembly|assemblymember|assemblywoman|assemblyman|delegate|mayor|mr\.?|mrs\.?|ms\.?|dr\.?|state|the)$/iu;

/** The surnames of those the body says wrote or sponsored a measure, each with the measure's noun. */
export function sponsorsOf(body: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const m of body.matchAll(SPONSORED_BY)) {
    for (const part of m[2].split(/,|\band\b/u)) {
      const words = part
        .trim()
        .split(/\s+/u)
        .filter((w) => w && !NAME_TITLES.test(w));
      const last = words[words.length - 1];
      if (last && last.length > 1 && !/\.$/u.test(last)) names.set(last, m[1]);
    }
  }
  return names;
}

function proposerRole(unit: ClaimUnit): string | null {
  const role = roleBeforeHolder(unit);
  const before = role === null ? null : (PROPOSER_ROLE.exec(role)?.[0] ?? null);
  return before ?? PROPOSER_ROLE.exec(asideAfterHolder(unit))?.[0] ?? null;
}

/** "Paul Klein (D-Point Breeze), the chief sponsor of the ordinance, argued": the aside after a name. */
function asideAfterHolder(unit: ClaimUnit): string {
  const last = unit.holderTokens[unit.holderTokens.length - 1];
  if (!last) return '';
  const after = unit.sentence.filter((t) => t.start > last.start);
  const verb = after.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  const aside = after.slice(0, verb < 0 ? 0 : verb);
  return aside[0]?.text === ',' || aside[0]?.text === '(' ? spaced(aside) : '';
}

const APPLYING = new Set(['developer', 'developers', 'applicant', 'applicants']);
const BUILDING = new Set(
  'build construct develop approve grant permit allow rezone redevelop extend expand go-ahead green go'.split(
    ' ',
  ),
);

/**
 * A holder named as the developer or the applicant, on a motion for what it builds, approves or
 * permits (not one against it: "Should the council refuse …?", "… ban …", "… lift …").
 */
function applicantHolder(unit: ClaimUnit, model: MotionModel, frame?: TopicFrame): string | null {
  if (!frame || frame.sign < 0 || model.undone.size > 0 || model.reversed) return null;
  if (![...model.termLemmas].some((w) => BUILDING.has(w))) return null;
  const h = unit.holderTokens;
  const applying = h.find(
    (t) => APPLYING.has(t.lower) || (/^\p{Lu}/u.test(t.text) && model.applicants.has(t.lower)),
  );
  if (applying) return applying.text;
  // "The pipeline's owners said …": the owners of the very thing the motion would build.
  const owners = h.find((t) => OWNING.has(t.lower));
  const ofIt = h.some((t) => t !== owners && t.pos === 'NOUN' && model.terms.has(t.stem));
  return owners && ofIt ? owners.text : null;
}

/** "Ridgeline Digital, the Virginia-based developer, …": a name and, after it, its role. */
const NAMED_APPLICANT =
  /\b(\p{Lu}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*){0,3}),\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,3}?(?:developer|applicant)\b/gu;
const NOT_A_NAME = new Set(['the', 'a', 'an', 'but', 'and', 'meanwhile', 'however']);

/** The words of the names the article gives the developer or the applicant, lower-cased. */
export function applicantsOf(body: string): Set<string> {
  const words = new Set<string>();
  for (const m of body.matchAll(NAMED_APPLICANT)) {
    for (const w of m[1].split(/\s+/u)) {
      const lower = w.toLowerCase();
      if (!NOT_A_NAME.has(lower)) words.add(lower);
    }
  }
  return words;
}

const OWNING = new Set(['owner', 'owners', 'operator', 'operators', 'builder', 'builders']);

/** Nouns that head an organisation's name ("Drivers' Club", "Lindholm on Wheels group"). */
const BODIES = new Set(
  'club association society group union federation alliance campaign league network trust coalition chamber residents forum foundation institute'.split(
    ' ',
  ),
);

/** The actor's name inside another body's name: "Lindholm Drivers' Club", "the Marrow Cycling Group". */
function namesAnotherBody(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && k <= i + 4; k++) {
    if (tokens[k].text === ',' || tokens[k].pos === 'VERB') return false;
    if (BODIES.has(tokens[k].lower)) return true;
  }
  return false;
}

/** An organisation named for the cause: "Marriage Equality Coalition" on a marriage motion. */
function advocacyName(unit: ClaimUnit, model: MotionModel): Lean | null {
  const proper = unit.holderTokens.filter((t) => t.pos === 'PROPN' || t.pos === 'NOUN');
  const onTopic = proper.find((t) => model.terms.has(t.stem) && !model.action.has(t.stem));
  // ("Great Britain": a good word inside a place's name says nothing.)
  const positive = proper.find(
    (t, i) => (POLARITY[t.lemma] ?? 0) > 0 && proper[i + 1]?.pos !== 'PROPN',
  );
  if (!onTopic || !positive) return null;
  // "Greyhound Welfare Trust" on a ban on greyhound racing stands for what the ban works against.
  const sign = model.opposed.has(onTopic.stem) ? -1 : 1;
  return { sign, words: positive.text };
}

/** Words a campaign's name is made of when it is against something ("… Against Fluoridation"). */
const NAMED_AGAINST = new Set(['Against', 'Stop', 'No']);

/**
 * "Davis Citizens Against Fluoridation", "Stop Heathrow Expansion", "No Third Runway Coalition": a
 * capitalised name in the holder's sentence (not in a quotation) that is against a word of the
 * motion. Against the act; for it when the word is what the act works against ("Residents
 * Against Night Flights" on a night-flight ban).
 */
function groupNamedAgainst(unit: ClaimUnit, model: MotionModel): Lean | null {
  const t = unit.sentence;
  const quoted = new Set(unit.tokens.filter((_, i) => unit.quoted[i]));
  for (let i = 1; i + 1 < t.length; i++) {
    if (!NAMED_AGAINST.has(t[i].text) || quoted.has(t[i])) continue;
    if (!/^\p{Lu}/u.test(t[i - 1].text) || t[i - 1].pos === 'PUNCT') continue;
    const name = t.slice(i + 1, i + 4);
    const end = name.findIndex((w) => !/^\p{Lu}/u.test(w.text));
    const words = end < 0 ? name : name.slice(0, end);
    const named = words.find((w) => model.terms.has(w.stem) || model.action.has(w.stem));
    if (!named) continue;
    const sign = model.opposed.has(named.stem) && !model.action.has(named.stem) ? 1 : -1;
    return { sign, words: spaced(t.slice(i - 1, i + 1 + words.length)) };
  }
  return null;
}

const REASONS = new Set(['motivation', 'reason', 'justification', 'rationale', 'grounds']);
/** What a thing rests on, which a stance may be taken on: "the basis for the ban". */
const GROUNDS = new Set([...REASONS, 'basis', 'need', 'case', 'evidence', 'logic', 'wisdom']);
const GROUNDS_OF = new Set(['for', 'of', 'behind']);
const OWNERS = new Set(['his', 'her', 'their', 'its', 'our', 'my']);

/** Verbs that refuse what follows: "rejecting the treaty would leave …" is its not being taken. */
const REFUSING = new Set(['reject', 'refuse', 'oppose']);
/**
 * Verbs that take away what follows, beside the verbs that undo a measure ("cutting buses",
 * "backtracking on the ban", "rolling back the reforms").
 */
const REMOVING = new Set(['cut', 'close', 'axe', 'remove', 'shut', 'stop', 'end', 'backtrack']);
/** Verbs that lessen what follows: a harm in their object is a good outcome of the action. */
const LESSENING = new Set(
  'end reduce cut curb prevent stop ease eliminate tackle fix solve lower cure'.split(' '),
);
/** Verbs that bring something about: good, unless what they bring is a harm. */
const CREATING = new Set(['create', 'generate', 'boost']);
/** Verbs that keep a harm away from what follows: good whatever the harm is. */
const PROTECTING = new Set(['save', 'protect', 'shield']);
/** Verbs of enabling whose object then acts: "lets them learn", "allows pupils to sleep". */
const ENABLING = new Set(['let', 'allow', 'enable', 'help']);
/** Verbs of hindering whose object is kept from acting or moved: "forces shops to close". */
const HINDERING = new Set(['force', 'push', 'drive', 'stop', 'prevent', 'keep', 'leave']);
/** Verbs of harming whoever or whatever follows: "will only hurt the patients", "would hit older
 * people hardest". */
const HARMING = new Set(
  'hit hurt harm damage endanger punish criminalise criminalize penalise penalize impoverish'.split(
    ' ',
  ),
);
/**
 * "the increase would …", "this plan will …": the measure named by what it is, after a pointing
 * word (motion-candidates' MEASURE_NOUNS are the measures a headline can end on, a different list).
 */
export const MEASURE_ANAPHORS = new Set(
  'plan proposal measure policy change move scheme increase rise hike cut rule law bill ban charge levy'.split(
    ' ',
  ),
);
const POINTING = new Set(['the', 'this', 'that', 'these', 'such']);
const AWAY = new Set(['into', 'out', 'away', 'to', 'elsewhere', 'off']);
/** Verbs that with "out" keep people from what they had: "shut out", "price out", "lock out". */
const SHUTTING_OUT = new Set(['shut', 'price', 'lock', 'keep', 'force', 'squeeze', 'freeze']);
/** "make it harder / easier for …": the comparative says which way. */
const HARDER = new Set(['harder', 'difficult', 'impossible', 'tougher']);
const EASIER = new Set(['easier', 'possible', 'simpler', 'safer']);
/** Where the clause of an effect begins: after these its subject starts. */
const CLAUSE_OPENERS = new Set([',', ';', 'that', 'and', 'but', 'because', 'as']);

/**
 * What the action does to people, when the clause's subject is the action itself: "a later start
 * lets them learn when they are awake" (+1), "a later start would make it harder for parents to
 * get to work" (-1), "the ban would force shops to close", "… leave nurses with no way home".
 * The subject is read back to the start of the clause; a subject naming only what the action
 * works against counts the other way.
 */
function effectOfAction(unit: ClaimUnit, model: MotionModel): Lean | null {
  const t = unit.tokens;
  const holder = new Set(unit.holderTokens);
  for (let k = 1; k < t.length; k++) {
    if (holder.has(t[k]) || t[k].pos !== 'VERB') continue;
    const sign = effectSign(t, k);
    if (sign === 0) continue;
    let from = k - 1;
    while (from >= 0 && !CLAUSE_OPENERS.has(t[from].lower) && !holder.has(t[from])) from--;
    const subject = t.slice(from + 1, k).filter((w) => w.pos === 'NOUN' || w.pos === 'VERB');
    // "A strike will hurt the patients nurses want to protect": once the action has had its
    // verb, a later verb belongs to the people its object names, not to the action.
    const first = subject.findIndex((w) => w.pos === 'NOUN');
    if (first >= 0 && subject.slice(first + 1).some((w) => effectSign(t, t.indexOf(w)) !== 0)) {
      continue;
    }
    // The action, or what the motion affirms ("longer opening hours" of "Should libraries have
    // longer opening hours?"), not who takes it.
    const action = subject.some(
      (w) =>
        model.action.has(w.stem) ||
        (namesTerm(model, w) && !model.actors.has(fold(w.text)) && w.pos !== 'PROPN') ||
        isMeasureNoun(t, t.indexOf(w), model),
    );
    // "Banning the plastics will impoverish …": the act done to what it works against is the act
    // (not a word of the act that only names a kind: "the speed cameras" of a "speed" motion).
    const acting = subject.some(
      (w) => model.action.has(w.stem) && (w.pos === 'VERB' || t[t.indexOf(w) + 1]?.pos !== 'NOUN'),
    );
    // "a car-free street": what the action works against, gone, is the action's result ("without
    // the tables I will have to …" is said of the loss the action brings, and reads as before).
    const gone = (w: Token) => model.opposed.has(w.stem) && freeOf(t, t.indexOf(w));
    const opposed = !acting && subject.some((w) => model.opposed.has(w.stem) && !gone(w));
    if (!action && !opposed && !subject.some(gone)) continue;
    // "a later start …" is the action; "dogs …" of "Should dogs be banned?" what it works against.
    const words = t
      .slice(from + 1, Math.min(t.length, k + 4))
      .map((w) => w.text)
      .join(' ');
    // "Cutting these buses would leave …": undoing what the motion keeps is against it, undoing
    // what the motion undoes ("withdraw the night bus services") is its action.
    const undoing = subject.find(
      (w, i) =>
        w.pos === 'VERB' &&
        (UNDOING_VERBS.has(w.lemma) || REMOVING.has(w.lemma) || REFUSING.has(w.lemma)) &&
        // "a plan to close the library" of "Should the library close …?" is the action itself.
        !model.action.has(w.stem) &&
        !model.terms.has(w.stem) &&
        subject
          .slice(i + 1)
          .some(
            (o) => namesTerm(model, o) && !model.undone.has(o.stem) && !model.undone.has(o.lemma),
          ),
    );
    // "Lower tackles mean fewer heads hitting shoulders": a harm done by fewer is one lessened.
    const fewer = t.slice(from + 1, k).some((w) => FEWER.has(w.lower)) ? -1 : 1;
    const refuted = refutedClause(t, from) ? -1 : 1;
    return { sign: (opposed || undoing ? -sign : sign) * fewer * refuted, words };
  }
  return null;
}

/** Verbs of denying what a clause says: "refuted the notion that such a ban will help …". */
const REFUTING = new Set(['refute', 'deny', 'dispute', 'reject', 'dismiss', 'doubt', 'debunk']);
/** How far before its "that" a verb of denying may come ("refuted the notion that"). */
const REFUTED_REACH = 4;

/** Whether the "that" clause opening at `that` is one its sentence denies. */
function refutedClause(t: Token[], that: number): boolean {
  if (t[that]?.lower !== 'that') return false;
  return t
    .slice(Math.max(0, that - REFUTED_REACH), that)
    .some((w) => w.pos === 'VERB' && REFUTING.has(w.lemma));
}

/** "would take away the one night families …", "takes jobs away": "take" with "away" after it. */
export function takesAway(t: Token[], i: number): boolean {
  return t[i]?.lemma === 'take' && t.slice(i + 1, i + 5).some((w) => w.lower === 'away');
}

/** "the rise", "this plan"; not "the rise in crime", unless what rises is the motion's matter. */
function isMeasureNoun(t: Token[], i: number, model: MotionModel): boolean {
  if (!MEASURE_ANAPHORS.has(t[i].lower) || !POINTING.has(t[i - 1]?.lower ?? '')) return false;
  const next = t[i + 1]?.lower;
  if (next !== 'in' && next !== 'of') return true;
  return t.slice(i + 2, i + 5).some((w) => namesTerm(model, w));
}

function effectSign(t: Token[], k: number): number {
  const verb = t[k];
  const next = t.slice(k + 1, k + 5);
  // "would end two weeks of disrupted sleep", "would cut crime": lessening a harm helps.
  if (LESSENING.has(verb.lemma)) {
    const object = t.slice(k + 1, k + 7);
    // A participle before a noun ("disrupted sleep") belongs to the object.
    const stop = object.findIndex(
      (w) => w.pos === 'PUNCT' || (w.pos === 'VERB' && !/ed$/u.test(w.lower)),
    );
    const harms = (stop < 0 ? object : object.slice(0, stop)).some((w) => afinnScore(w) < 0);
    if (harms) return 1;
  }
  // "would save lives", "will protect them from bullying": a harm in the object is warded off.
  if (PROTECTING.has(verb.lemma)) return 1;
  // "the bill will create 12,000 jobs": what the action brings, unless it is a harm ("would
  // create chaos").
  if (CREATING.has(verb.lemma)) {
    const object = next.filter((w) => w.pos !== 'PUNCT');
    return object.some((w) => afinnScore(w) < 0 || (POLARITY[w.lemma] ?? 0) < 0) ? -1 : 1;
  }
  // "the rise would hit older people hardest", "will only hurt the patients": harming who or
  // what follows ("hit back" answers a critic; "hit its target" is no harm).
  const hitsSomeone =
    ['NOUN', 'PRON', 'ADJ', 'DET', 'PROPN'].includes(next[0]?.pos ?? '') &&
    !['back', 'out', 'its', 'their'].includes(next[0]?.lower ?? '');
  if (HARMING.has(verb.lemma) && (verb.lemma !== 'hit' || hitsSomeone)) return -1;
  // "would give children back their concentration", "will restore the bus to the village":
  // handing back what people had lost.
  if (verb.lemma === 'restore') return 1;
  if (verb.lemma === 'give' && next.some((w) => w.lower === 'back')) return 1;
  // "would take away the one day workers have off", "takes jobs away": taking from people; but
  // "could take away the traumatic nights residents endure": taking a harm away helps.
  if (takesAway(t, k)) {
    const object = t.slice(k + 1, k + 8);
    const end = object.findIndex((w) => [',', '.', ';'].includes(w.text));
    return (end < 0 ? object : object.slice(0, end)).some((w) => afinnScore(w) < 0) ? 1 : -1;
  }
  if (verb.lemma === 'make' && next[0]?.lower === 'it') {
    const word = next.slice(1, 3).find((w) => HARDER.has(w.lower) || EASIER.has(w.lower));
    if (word) return HARDER.has(word.lower) ? -1 : 1;
    return 0;
  }
  // The object acts next: "lets them learn", "forces shops to close", "stops people from going".
  // wink may tag the verb after a pronoun a noun ("let them study").
  const acts = next.findIndex(
    (w, i) => w.pos === 'VERB' || (w.pos === 'NOUN' && next[i - 1]?.pos === 'PRON'),
  );
  if (ENABLING.has(verb.lemma) && acts > 0 && acts <= 3) return 1;
  // "would shut out the very people who need it", "prices families out": keeps people out.
  if (SHUTTING_OUT.has(verb.lemma) && next.slice(0, 4).some((w) => w.lower === 'out')) return -1;
  if (!HINDERING.has(verb.lemma)) return 0;
  if (verb.lemma === 'leave') {
    // "would leave nurses, porters and cleaners with no way to get to work"
    const rest = t.slice(k + 1, k + 10);
    // "would leave exporters facing tariffs", "… leave them without a bus".
    return rest.some(
      (w, i) =>
        (w.lower === 'with' && NEGATORS.has(rest[i + 1]?.lower ?? '')) ||
        ((w.lower === 'facing' || w.lower === 'without') && i > 0),
    )
      ? -1
      : 0;
  }
  if (verb.lemma === 'push' || verb.lemma === 'drive') {
    // "push families into debt", "drive visitors to cheaper destinations", "drive shoppers away";
    // driving somewhere oneself ("can drive to work") moves nobody.
    const moved =
      verb.lemma === 'push' || ['NOUN', 'PRON', 'DET', 'ADJ', 'PROPN'].includes(next[0]?.pos ?? '');
    return moved && next.slice(1).some((w) => AWAY.has(w.lower)) ? -1 : 0;
  }
  return acts > 0 && acts <= 3 && next.slice(0, acts).every((w) => w.pos !== 'PUNCT') ? -1 : 0;
}

/**
 * "the move followed a review which found …", "The decision comes after a study showed …": a
 * measure that answers a finding.
 */
const FOLLOWS_FINDING =
  /\b(?:move|decision|ban|change|changes|plan|measure|policy|rule|law|step)\s+(?:follows|followed|comes\s+after|came\s+after)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:review|report|study|inquiry|investigation|audit|survey)\s+(?:(?:which|that)\s+)?(?:found|showed|revealed|concluded)\b/iu;

/**
 * "rejecting the treaty would …", "Scrapping the levy will …": a gerund opening a clause whose
 * modal follows closely is an act supposed, the subject of what it would bring.
 */
function supposedAct(t: Token[], i: number): boolean {
  if (!/ing$/u.test(t[i].lower)) return false;
  const before = t[i - 1];
  if (before && !CLAUSE_OPENERS.has(before.lower) && before.lemma !== 'say') return false;
  return t.slice(i + 1, i + 7).some((w) => SUPPOSING_MODALS.has(w.lower));
}

const SUPPOSING_MODALS = new Set(['would', 'will', 'could', 'might']);

/** What people pay: "their costs", "prices", "bills", "rents". */
const PAYMENTS = new Set(['cost', 'price', 'bill', 'rent', 'premium']);
const RISING = new Set(['rise', 'increase', 'soar', 'climb', 'double', 'jump', 'rocket']);
const FALLING = new Set(['fall', 'drop', 'decrease', 'halve', 'tumble']);

/**
 * "their costs would rise by a tenth", "prices will soar", "bills could fall", "the merger would
 * have cut prices": what people would pay under the measure, looked ahead to with a modal (-1 for
 * more, +1 for less). Not the
 * motion's own change ("fares would rise" of a motion to raise fares).
 */
function pricesMove(unit: ClaimUnit, model: MotionModel): Lean | null {
  const t = unit.tokens;
  const holder = new Set(unit.holderTokens);
  for (let i = 0; i < t.length - 2; i++) {
    if (holder.has(t[i]) || t[i].pos !== 'NOUN' || !PAYMENTS.has(t[i].lemma)) continue;
    if (namesTerm(model, t[i]) || model.action.has(t[i].stem)) continue;
    const modal = t[i + 1];
    if (!['would', 'will', 'could'].includes(modal.lower)) continue;
    const verb = t[i + 2].lower === 'go' ? t[i + 3] : t[i + 2];
    if (!verb) continue;
    const up = RISING.has(verb.lemma) || (t[i + 2].lower === 'go' && verb.lower === 'up');
    const down = FALLING.has(verb.lemma) || (t[i + 2].lower === 'go' && verb.lower === 'down');
    if (!up && !down) continue;
    return { sign: up ? -1 : 1, words: spaced(t.slice(i, i + 3)) };
  }
  // "the merger would have cut prices", "it will push up bills": the prices as the object.
  for (let i = 0; i < t.length - 2; i++) {
    if (holder.has(t[i]) || !['would', 'will', 'could'].includes(t[i].lower)) continue;
    let v = i + 1;
    if (t[v]?.lower === 'have') v++;
    const verb = t[v];
    if (!verb || verb.pos !== 'VERB') continue;
    const up = PUSHING_UP.has(verb.lemma) || (verb.lemma === 'push' && t[v + 1]?.lower === 'up');
    const down = PUSHING_DOWN.has(verb.lemma);
    if (!up && !down) continue;
    let j = v + (verb.lemma === 'push' ? 2 : 1);
    while (j < v + 4 && ['DET', 'ADJ', 'PRON'].includes(t[j]?.pos ?? '')) j++;
    const paid = t[j];
    if (!paid || paid.pos !== 'NOUN' || !PAYMENTS.has(paid.lemma)) continue;
    if (namesTerm(model, paid) || model.action.has(paid.stem) || model.action.has(verb.stem))
      continue;
    return { sign: up ? -1 : 1, words: spaced(t.slice(i, j + 1)) };
  }
  return null;
}

/** Verbs that move what people pay, with the payment as their object. */
const PUSHING_UP = new Set(['raise', 'increase', 'push']);
const PUSHING_DOWN = new Set(['cut', 'lower', 'reduce', 'slash']);

const URGING = new Set(['urge', 'ask', 'call', 'beg', 'implore', 'appeal', 'want', 'tell']);
/** What one urges the actor to do when one wants the measure dropped. */
const RETHINKING = new Set([
  'reconsider',
  'rethink',
  'drop',
  'scrap',
  'abandon',
  'reverse',
  'ditch',
  'shelve',
  'cancel',
  'postpone',
]);

/**
 * "I urge councillors to think again", "called on the board to drop the plan", "asked the
 * minister to reconsider": asking whoever acts to think again is asking them not to act.
 */
export function urgesRethink(unit: ClaimUnit): { words: string; onDecision: boolean } | null {
  const t = unit.tokens;
  const holder = new Set(unit.holderTokens);
  for (let i = 0; i < t.length; i++) {
    if (holder.has(t[i]) || !URGING.has(t[i].lemma)) continue;
    const to = t.findIndex((w, k) => k > i && k <= i + 6 && w.lower === 'to');
    if (to < 0) continue;
    const [verb, next] = [t[to + 1], t[to + 2]];
    const again = verb?.lemma === 'think' && ['again', 'twice'].includes(next?.lower ?? '');
    // "urged the union to call off the action": a phrasal verb of cancelling.
    const off = verb?.lemma === 'call' && next?.lower === 'off';
    if (again || off || RETHINKING.has(verb?.lemma ?? '')) {
      const end = Math.min(t.length, to + (again || off ? 3 : 2));
      return { words: spaced(t.slice(i, end)), onDecision: namesDecision(t, end) };
    }
  }
  return null;
}

/**
 * "reconsider it", "reconsider the decision", "drop this move": the object at `i` is the
 * decision the article reports, not the measure a motion would undo ("reconsider the ban").
 */
function namesDecision(t: Token[], i: number): boolean {
  if (t[i]?.lower === 'it' && t[i].pos === 'PRON') return true;
  return DECISION_POINTERS.has(t[i]?.lower ?? '') && DECISION_NOUNS.has(t[i + 1]?.lower ?? '');
}

/** Who bears a burden in the speaker's words: the speaker ("I", "we") or the group they speak of. */
const BURDENED = new Set(['i', 'we', 'they', 'he', 'she']);
const COST_BEARERS = new Set(['me', 'us', 'him', 'her', 'them']);
/**
 * "We will have to wait and see": no burden, only not knowing yet; "we have to change what is on
 * their doorstep", "we have to act": a call to act, not a cost of the measure.
 */
const WAITING = new Set([
  ...['wait', 'see', 'look', 'watch', 'decide', 'think', 'consider', 'check'],
  ...['act', 'change', 'tackle', 'protect'],
]);
/** What costs the speaker: the measure by its noun, or "it" taking it up. */
const COSTING = new Set(['it', 'cap', 'limit', 'tax', 'fee', 'toll', 'curfew', 'closure']);
/** Words between the subject and "have to": "we will (now / also) have to". */
const BURDEN_FILLERS = new Set([
  ..."will would wo shall may might could must 'll 'd ’ll ’d".split(' '),
  ...'now then also just still probably simply soon all both'.split(' '),
]);
/** "no longer", "not", "n't": the burden is lifted. */
const LIFTING = new Set(['not', "n't", 'n’t', 'never', 'longer']);

/**
 * A burden the speaker (or the group the speaker is, "they") has to bear: "we will have to pay
 * for a fifth day of care", "I'll have to let two of my staff go" (-1); lifted, "we won't have to
 * drive to the next town", "they no longer have to …" (+1). Whoever takes the action is not
 * burdened by it in this sense (a council that "will have to raise taxes" argues otherwise).
 */
export function speakerBurden(unit: ClaimUnit): Lean | null {
  const t = unit.tokens;
  const holder = new Set(unit.holderTokens);
  // "the ban had cost him a third of his summer trade": what the measure cost the speaker.
  const cost = t.findIndex(
    (w, i) =>
      !holder.has(w) &&
      w.lemma === 'cost' &&
      COST_BEARERS.has(t[i + 1]?.lower ?? '') &&
      t
        .slice(Math.max(0, i - 4), i)
        .some((x) => COSTING.has(x.lower) || MEASURE_ANAPHORS.has(x.lower)),
  );
  if (cost >= 0) return { sign: -1, words: spaced(t.slice(Math.max(0, cost - 2), cost + 4)) };
  for (let i = 0; i < t.length; i++) {
    if (holder.has(t[i]) || !BURDENED.has(t[i].lower) || t[i].pos !== 'PRON') continue;
    let k = i + 1;
    let lifted = false;
    while (
      k < t.length &&
      (BURDEN_FILLERS.has(t[k].lower) ||
        LIFTING.has(t[k].lower) ||
        t[k].lower === 'no' ||
        t[k].lemma === 'do')
    ) {
      lifted ||= LIFTING.has(t[k].lower);
      k++;
    }
    if (t[k]?.lemma !== 'have' || t[k + 1]?.lower !== 'to') continue;
    const verb = t[k + 2];
    if (!verb || !['VERB', 'NOUN'].includes(verb.pos) || WAITING.has(verb.lemma)) continue;
    const words = spaced(t.slice(i, Math.min(t.length, k + 5)));
    return { sign: lifted ? 1 : -1, words };
  }
  return null;
}

/** Nouns of money a measure raises: "every euro we raise", "the revenue". */
const MONEY = new Set(
  'money euro euros pound pounds dollar dollars cent cents penny pence franc francs krone kroner cash'.split(
    ' ',
  ),
);
/** Measures that raise money: what they pay for is their benefit. */
const LEVIES = new Set(['charge', 'tax', 'levy', 'toll', 'fee', 'surcharge']);

/** "pay for", "fund", "go to / into / towards": spending on something, not paying the levy. */
function paysFor(t: Token[], j: number): boolean {
  const next = t[j + 1]?.lower ?? '';
  if (t[j].lemma === 'pay') return next === 'for';
  if (t[j].lemma === 'go') return ['to', 'into', 'towards', 'toward'].includes(next);
  return t[j].lemma === 'fund';
}

/** Where money goes that profits a few rather than serving a use. */
const PRIVATE_GAIN = new Set(
  'shareholder profit bonus dividend executive consultant coffer pocket salary'.split(' '),
);

/** Nouns that are a measure's money by themselves. */
const REVENUE = new Set(['revenue', 'revenues', 'proceeds', 'takings']);
const RAISING = new Set(['raise', 'collect', 'take', 'bring', 'earn', 'generate', 'make']);
const SPENDING = new Set(['go', 'pay', 'fund', 'spend', 'use', 'support', 'put', 'pour']);
const NONE = new Set(['none', 'nothing', 'little', 'not', 'no', 'never', "n't"]);

/**
 * Where the money a measure raises goes: "Every euro we raise goes to housing for the people who
 * live here", "the revenue will pay for new buses" (+1, the measure's benefit); "not a cent of
 * it goes to the towns" (-1). The money is the measure's when a verb of raising follows it ("we
 * raise", "collected") or it is revenue by name.
 */
export function proceedsSpent(unit: ClaimUnit, model?: MotionModel): Lean | null {
  const t = unit.tokens;
  const holder = new Set(unit.holderTokens);
  for (let i = 0; i < t.length; i++) {
    if (holder.has(t[i])) continue;
    // "would raise about 400 million euros a year, which would be spent on housing": the sum a
    // verb of raising takes as its object is the measure's money too.
    const raised =
      REVENUE.has(t[i].lower) ||
      (MONEY.has(t[i].lower) && t.slice(i + 1, i + 4).some((w) => RAISING.has(w.lemma))) ||
      (MONEY.has(t[i].lower) &&
        t.slice(Math.max(0, i - 5), i).some((w) => RAISING.has(w.lemma) && w.pos === 'VERB'));
    // "the charge would … pay for new bus routes": a levy of the motion that pays for something.
    const levy =
      !raised &&
      t[i].pos === 'NOUN' &&
      LEVIES.has(t[i].lemma) &&
      (model?.action.has(t[i].stem) || model?.terms.has(t[i].stem));
    // "the money would pay for beach cleaning": money pointed back to, in an article whose
    // motion is a levy, is the levy's; it must be paid for something, as a levy's is.
    const pointed =
      !raised &&
      !levy &&
      t[i].lower === 'money' &&
      POINTING.has(t[i - 1]?.lower ?? '') &&
      [...(model?.termLemmas ?? [])].some((l) => LEVIES.has(l));
    if (!raised && !levy && !pointed) continue;
    const stop = t.findIndex((w, k) => k > i && ['.', ';', '?', '!'].includes(w.text));
    const limit = Math.min(stop < 0 ? t.length : stop, i + 9);
    const k = t.findIndex(
      (w, j) =>
        j > i &&
        j < limit &&
        SPENDING.has(w.lemma) &&
        w.pos === 'VERB' &&
        (!(levy || pointed) || paysFor(t, j)),
    );
    if (k < 0) continue;
    // "Not a cent of the money they collect goes …": a negation anywhere in the clause before.
    let from = i;
    while (
      from > 0 &&
      ![',', ';', '"', '“'].includes(t[from - 1].text) &&
      !holder.has(t[from - 1])
    ) {
      from--;
    }
    const negated = t.slice(from, k).some((w) => NONE.has(w.lower));
    // "Every penny they collect goes to the operator's shareholders": a private gain, not a use.
    const gain = t.slice(k + 1, k + 8).some((w) => PRIVATE_GAIN.has(w.lemma));
    const words = spaced(t.slice(Math.max(0, i - 2), Math.min(t.length, k + 3)));
    return { sign: negated !== gain ? -1 : 1, words };
  }
  return null;
}

/** "cited X as his motivation": the speaker's own reason for acting. */
function givesReason(unit: ClaimUnit): string | null {
  const t = unit.tokens;
  for (let i = 2; i < t.length; i++) {
    if (REASONS.has(t[i].lemma) && OWNERS.has(t[i - 1].lower) && t[i - 2].lower === 'as') {
      return `"${t[i - 1].text} ${t[i].text}"`;
    }
  }
  return null;
}

/**
 * Whether the unit's words take a side by a vote or a campaign ("Councillor Gail Brennan, who
 * voted against, said …", "came out against"): such a holder argues on the article's matter.
 */
export function votesOrCampaigns(unit: ClaimUnit, model: MotionModel): boolean {
  return / (?:against|no|nay)$/u.test(stanceVerb(unit, model)?.word ?? '');
}

/** "opposed the withdrawal", "criticized the decision", "defended his decision". */
/** What a decision is called in a reaction to it: "welcomed the order", "condemned the vote". */
const DECISION_NOUNS = new Set([
  ...ACTION_REFERENCES,
  'order',
  'result',
  'outcome',
  'vote',
  'verdict',
]);
const DECISION_POINTERS = new Set(['the', 'this', 'that', 'its', 'their']);

/** A reaction to the decision: a stance verb on it, or what a quotation calls it (`verdict`). */
interface Reaction {
  sign: number;
  word: string;
  verdict?: boolean;
}

/**
 * "The mayor welcomed the result.", "The group condemned the outcome.": a stance verb on the
 * decision the article reports (not quoted), with the verb's sign; null when there is none.
 */
export function reactionToDecision(unit: ClaimUnit): Reaction | null {
  const t = unit.tokens;
  const at = t.findIndex(
    (w, i) =>
      !unit.quoted[i] &&
      w.pos === 'VERB' &&
      STANCE_VERBS[w.lemma] !== undefined &&
      namesDecisionAt(t, REACTION_PREPOSITIONS.has(t[i + 1]?.lower ?? '') ? i + 2 : i + 1),
  );
  return at < 0 ? quotedVerdictOnIt(unit) : { sign: STANCE_VERBS[t[at].lemma], word: t[at].text };
}

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her']);

/**
 * Verbs that say what their object is taken for: "view X as Y", "see X as Y", "regard X as Y".
 * Not "label": "its members already labelled the drinks as unsuitable" is a label put on them.
 */
const VIEWING = new Set(['view', 'see', 'regard', 'brand', 'dismiss']);
const VIEW_REACH = 6;

/**
 * "many advocates view the proposed legislation as draconian", "critics branded the ban a
 * disaster": a verdict of a polar word on the motion's act (or on what it works against, the
 * other way round), outside quotations.
 */
function viewedAs(unit: ClaimUnit, model: MotionModel): Reaction | null {
  const t = unit.tokens;
  for (let i = 0; i < t.length; i++) {
    // wink may tag "view" a noun: "enthusiasts view the proposed legislation as …".
    const verb = t[i].pos === 'VERB' || (t[i].pos === 'NOUN' && t[i + 1]?.pos === 'DET');
    if (!VIEWING.has(t[i].lemma) || !verb || unit.quoted[i]) continue;
    const object = t.slice(i + 1, i + 1 + VIEW_REACH);
    const as = object.findIndex((w) => w.lower === 'as');
    const named = object.slice(0, as < 0 ? object.length : as);
    const onAct = named.some((w) => model.action.has(w.stem));
    const onOpposed = !onAct && named.some((w) => model.opposed.has(w.stem));
    if (!onAct && !onOpposed) continue;
    const verdictAt = as < 0 ? i + 1 + named.length : i + 1 + as + 1;
    const words = t.slice(verdictAt, verdictAt + 3);
    const polar = words.find((w) => (POLARITY[w.lemma] ?? 0) !== 0);
    if (!polar || as < 0) continue;
    const sign = Math.sign(POLARITY[polar.lemma]) * (onOpposed ? -1 : 1);
    return { sign, word: `${t[i].text} … as ${polar.text}` };
  }
  return null;
}

/** Verbs of taking a side "in favour of" something, and being in favour of it. */
const FAVOURING = new Set(
  'speak vote argue come campaign testify lobby be weigh declare rule write'.split(' '),
);

/** "disagrees with the decision", "objected to the move": the verb's preposition. */
const REACTION_PREPOSITIONS = new Set(['with', 'to', 'over', 'about', 'at']);

/**
 * "the decision", "this vote", "the council's decision", "the city's new ordinance": a pointer,
 * at most one owner ("the council's") and one adjective, then a noun of the decision.
 */
function namesDecisionAt(t: Token[], j: number): boolean {
  if (!DECISION_POINTERS.has(t[j]?.lower ?? '')) return false;
  let k = j + 1;
  for (let owner = k; owner < k + 3 && owner < t.length; owner++) {
    if (/^['’]s$/u.test(t[owner + 1]?.text ?? '') && t[owner].pos !== 'VERB') {
      k = owner + 2;
      break;
    }
  }
  if (t[k]?.pos === 'ADJ') k++;
  return DECISION_NOUNS.has(t[k]?.lower ?? '');
}

/** What a reaction calls the decision it reacts to, with the verdict's sign. */
const REACTION_NOUNS: Record<string, number> = {
  victory: 1,
  win: 1,
  triumph: 1,
  milestone: 1,
  breakthrough: 1,
  relief: 1,
  defeat: -1,
  blow: -1,
  setback: -1,
  disaster: -1,
  travesty: -1,
  disgrace: -1,
  betrayal: -1,
  mistake: -1,
};
/** What a quotation opening "It's …" calls the decision, when an adjective ends the clause. */
const VERDICT_ADJECTIVES: Record<string, number> = {
  disappointing: -1,
  outrageous: -1,
  shameful: -1,
  appalling: -1,
  devastating: -1,
  heartbreaking: -1,
  disgraceful: -1,
  scandalous: -1,
  welcome: 1,
  fantastic: 1,
  wonderful: 1,
  excellent: 1,
  brilliant: 1,
  historic: 1,
};
/** "a great day for …", "a sad day for …": the day a decision came, as a verdict on it. */
const DAY_VERDICTS: Record<string, number> = {
  great: 1,
  good: 1,
  historic: 1,
  proud: 1,
  sad: -1,
  dark: -1,
  black: -1,
  bad: -1,
};
const IT_SUBJECTS = new Set(['it', 'this', 'that', 'today']);
const IS_FORMS = new Set(["'s", '’s', 'is', 'was']);

/**
 * "\"It's a spectacular victory for free speech,\" said …", "\"This is a sad day for the town\"":
 * a quotation that opens by calling "it" a victory or a blow reacts to the decision the article
 * reports, with the verdict's sign; null otherwise.
 */
function quotedVerdictOnIt(unit: ClaimUnit): Reaction | null {
  const t = unit.tokens;
  for (let i = 0; i < t.length; i++) {
    const opens = unit.quoted[i] && (i === 0 || !unit.quoted[i - 1] || isQuoteMark(t[i - 1]));
    if (!opens || !IT_SUBJECTS.has(t[i].lower) || !IS_FORMS.has(t[i + 1]?.lower ?? '')) continue;
    let j = i + 2;
    if (t[j]?.lower === 'a' || t[j]?.lower === 'an') j++;
    const from = j;
    while (j < from + 3 && ['ADJ', 'ADV'].includes(t[j]?.pos ?? '')) j++;
    const noun = t[j]?.lower ?? '';
    // "It's very disappointing.": an adjective that ends the clause is the verdict itself.
    const ended = j > from && (t[j]?.pos ?? 'PUNCT') === 'PUNCT';
    const sign = ended
      ? VERDICT_ADJECTIVES[t[j - 1].lower]
      : noun === 'day'
        ? DAY_VERDICTS[t[j - 1]?.lower ?? '']
        : REACTION_NOUNS[noun];
    if (sign !== undefined) {
      return { sign, word: spaced(t.slice(i, j + 1)), verdict: true };
    }
  }
  return null;
}

/**
 * 'said the result was "a clear mandate"', "said the ruling was a disgrace": what the decision
 * the article reports is called, after the reporting verb. Not "the vote was held on Sunday": a
 * participle after "was" tells what happened to it.
 */
export function judgesDecision(unit: ClaimUnit): boolean {
  const t = unit.tokens;
  const holder = new Set(unit.holderTokens);
  return t.some(
    (w, i) =>
      !holder.has(w) &&
      !unit.quoted[i] &&
      DECISION_NOUNS.has(w.lower) &&
      DECISION_POINTERS.has(t[i - 1]?.lower ?? '') &&
      t[i + 1]?.lemma === 'be' &&
      t[i + 2] !== undefined &&
      t[i + 2].pos !== 'VERB' &&
      !(t[i + 2].pos === 'ADV' && t[i + 3]?.pos === 'VERB'),
  );
}

const NEGATIONS = new Set(['not', "n't", 'never']);

/** Support given "in principle" or "in theory", then taken back by "but", "yet", "though". */
const RESERVED_SUPPORT =
  /\b(?:supports?|supported|backs?|backed|welcomes?|welcomed|agrees?|agreed|favou?rs?|favou?red|accepts?|accepted)\b[^.;]{0,80}?\bin (?:principle|theory)\b[^.;]{0,40}?\b(?:but|yet|though|although)\b/iu;

/**
 * "supported vaccination but opposed forcing it on its members": support of the aim, then a
 * stance verb against after "but", which is the speaker's point on the measure.
 */
const SUPPORT_BUT_OPPOSE =
  /\b(?:supports?|supported|backs?|backed|welcomes?|welcomed|favou?rs?|favou?red)\b[^.;]{0,60}?\bbut\s+(?:(?:also|still|strongly|firmly)\s+)?(?:opposes|opposed|rejects|rejected|objects|objected|resists|resisted)\b/iu;

function reservedSupport(unit: ClaimUnit): string | null {
  const found = RESERVED_SUPPORT.exec(unitText(unit));
  if (found) return found[0].replace(/^.*\bin (principle|theory)\b.*$/su, 'in $1, but');
  const butOpposed = SUPPORT_BUT_OPPOSE.exec(unitText(unit));
  return butOpposed ? butOpposed[0].replace(/^.*\bbut\b/su, 'but') : null;
}

const ANNOUNCING = new Set(['announce', 'unveil']);
const PRESENTING = new Set([...ANNOUNCING, 'present', 'introduce', 'outline', 'launch']);
/** Most tokens of "Announcing the levy," before the speaker. */
const PRESENTING_REACH = 12;

/**
 * "… said Wednesday as he announced that all hospital staff must be vaccinated": "as" and the
 * speaker (a pronoun or the holder's name) announcing, outside the quotation, a clause that names
 * at least two of the motion's words; the words, or null.
 */
export function announcesTheAct(unit: ClaimUnit, model: MotionModel): string | null {
  const t = unit.tokens;
  // "Announcing the levy, Osborne said …", "Presenting the plans, the prime minister said …".
  const comma = t.findIndex((w) => w.text === ',');
  if (
    PRESENTING.has(t[0]?.lemma ?? '') &&
    /ing$/u.test(t[0].lower) &&
    comma > 1 &&
    comma <= PRESENTING_REACH &&
    t
      .slice(1, comma)
      .some(
        (w) =>
          ACTION_REFERENCES.has(w.lower) ||
          LEVIES.has(w.lemma) ||
          /^(?:plans|proposals)$/u.test(w.lower) ||
          model.action.has(w.stem),
      )
  ) {
    return spaced(t.slice(0, comma));
  }
  const holder = new Set(unit.holderTokens.map((w) => w.lower));
  for (let i = 2; i < t.length; i++) {
    if (unit.quoted[i] || !ANNOUNCING.has(t[i].lemma) || t[i].pos !== 'VERB') continue;
    const who = t[i - 1];
    if (t[i - 2].lower !== 'as' || !(who.pos === 'PRON' || holder.has(who.lower))) continue;
    const named = new Set(
      t
        .slice(i + 1, i + 16)
        .filter((w) => model.terms.has(w.stem))
        .map((w) => w.stem),
    );
    if (named.size >= 2) return spaced(t.slice(i - 2, i + 1));
  }
  return null;
}

/** Words of a motion that compels or forbids: what it asks takes a choice from people. */
const COMPELLING = new Set([
  'require',
  'ban',
  'force',
  'mandate',
  'compel',
  'oblige',
  'compulsory',
  'mandatory',
  'prohibit',
]);
const CHOICE_CLAIMED =
  /\b(?:should|must|ought to|has to)\s+be\s+(?:left\s+(?:up\s+)?to\s+\w+|(?:my|their|our|your|his|her|people['’]s|parents['’]|an individual['’]s)\s+(?:own\s+)?(?:choice|decision))|\bshould\s+be\s+up\s+to\s+(?:me|them|us|you|him|her|parents|individuals|families)\b/iu;

/**
 * "It should be my choice", "should be left to parents", "should be up to individuals", on a
 * motion that requires, bans, mandates or makes something compulsory; the words, or null.
 */
function choiceClaimed(unit: ClaimUnit, model: MotionModel): string | null {
  if (![...model.termLemmas].some((w) => COMPELLING.has(w))) return null;
  return CHOICE_CLAIMED.exec(unitText(unit))?.[0] ?? null;
}

/**
 * "face being denied it", "will be denied the treatment", "are deprived of it": a passive of
 * withholding from people; the words, or null.
 */
function deniedIt(unit: ClaimUnit): string | null {
  const found =
    /\b(?:be|being|been|is|are|was|were)\s+(?:denied|deprived of|refused)\s+(?:it|them|the|this|that|access)\b/iu.exec(
      unitText(unit),
    );
  return found?.[0] ?? null;
}

const NO_SAY =
  /\b(?:no|without any|without|little|lack of|without a)\s+(?:public\s+|proper\s+|real\s+|meaningful\s+|any\s+)?consultation\b|\b(?:had|have|has|were|was|been|being)\s+(?:never|not)\s+(?:been\s+)?["“]?\s*(?:properly\s+|fully\s+|even\s+|adequately\s+|meaningfully\s+|extensively\s+|sufficiently\s+)?(?:asked|consulted)\b|\bwithout consulting\b/iu;

/**
 * "residents had never been asked", "There was no consultation at all", "without consulting
 * parents": a complaint that those affected had no say in the measure; the words, or null.
 */
export function complainsOfNoSay(unit: ClaimUnit): string | null {
  return NO_SAY.exec(unitText(unit))?.[0] ?? null;
}

/** Verbs of getting round a rule: "dodge the charge", "bypass the checks". */
const EVADING = new Set(['evade', 'dodge', 'bypass', 'circumvent', 'sidestep']);
const ROUND = new Set(['round', 'around']);

/**
 * "would find ways round the checks", "will get around the ban", "can easily bypass the filters":
 * a verb of evading, or "way(s) / get / work" with "round" or "around", before (within four
 * words) a word of the motion or a noun referring to the measure; the words, or null.
 */
function evadesMeasure(unit: ClaimUnit, model: MotionModel): string | null {
  const t = unit.tokens;
  const holder = new Set(unit.holderTokens);
  for (let i = 0; i < t.length; i++) {
    if (holder.has(t[i])) continue;
    const evading = EVADING.has(t[i].lemma) && t[i].pos === 'VERB';
    const round = ROUND.has(t[i].lower) && ['way', 'get', 'work'].includes(t[i - 1]?.lemma ?? '');
    if (!evading && !round) continue;
    const object = t.slice(i + 1, i + 5);
    const measure = object.some(
      (w) =>
        w.pos === 'NOUN' &&
        (model.terms.has(w.stem) || model.action.has(w.stem) || model.undone.has(w.stem)),
    );
    if (measure) return spaced(t.slice(round ? i - 1 : i, i + 3));
  }
  return null;
}

/** Verbs of binding oneself to an act: "vowed to repeal", "pledged to scrap". */
const VOWING = new Set(['vow', 'pledge', 'promise']);

/**
 * "has vowed to repeal the act" on "Should the act be repealed?": a promise to do the motion's
 * own act is for it ("vowed to fight the plan" is not: its verb is not the act); null otherwise.
 */
export function vowsTheAct(unit: ClaimUnit, model: MotionModel): Reaction | null {
  const t = unit.tokens;
  const i = t.findIndex(
    (w, k) =>
      !unit.quoted[k] &&
      VOWING.has(w.lemma) &&
      t[k + 1]?.lower === 'to' &&
      t[k + 2] !== undefined &&
      model.action.has(t[k + 2].stem),
  );
  if (i < 0) return null;
  const denied = NEGATIONS.has(t[i - 1]?.lower ?? '') ? -1 : 1;
  return { sign: denied, word: spaced(t.slice(i, i + 3)) };
}

/** Modals and verbs of binding oneself that make an undoing a promise: "would scrap", "vowed to repeal". */
const PROMISING = new Set(['would', 'will', "'ll", 'to']);
/** Verbs of undoing a measure that take it as their object in a promise to undo it. */
const UNDO_PROMISED = new Set([
  'scrap',
  'repeal',
  'abolish',
  'reverse',
  'axe',
  'ditch',
  'overturn',
]);

/**
 * "said his party would scrap the tax if it won the election", "vowed to repeal the law": a
 * promise to undo the motion's measure (its noun the verb's object) is against a motion that
 * takes it up. Null when the motion itself undoes or drops a measure, or the promise is denied.
 */
export function promisesUndoing(unit: ClaimUnit, model: MotionModel): Reaction | null {
  if (model.undone.size > 0 || model.reversed) return null;
  const t = unit.tokens;
  for (let i = 1; i < t.length; i++) {
    const verb = t[i];
    if (unit.quoted[i] || verb.pos !== 'VERB' || !UNDO_PROMISED.has(verb.lemma)) continue;
    if (model.action.has(verb.stem) || !PROMISING.has(t[i - 1].lower)) continue;
    if (negatedBefore(t, i)) continue;
    let j = i + 1;
    while (j < i + 4 && ['DET', 'ADJ', 'PRON'].includes(t[j]?.pos ?? '')) j++;
    const noun = t[j];
    if (!noun || noun.pos !== 'NOUN' || !model.terms.has(noun.stem)) continue;
    return { sign: -1, word: spaced(t.slice(i - 1, j + 1)) };
  }
  return null;
}

/** What a reaction calls the dropping or refusal a reversal article reports. */
const REVERSAL_NOUNS = new Set([
  'decision',
  'move',
  'refusal',
  'rejection',
  'climbdown',
  'u-turn',
  'result',
  'outcome',
  'vote',
  'verdict',
  'ruling',
  'news',
]);
/** Words for a body that decides on a measure: "the committee", "councillors". */
const DECIDING_BODIES = new Set([
  'council',
  'councillors',
  'committee',
  'planners',
  'authority',
  'board',
  'cabinet',
  'agency',
  'regulator',
]);

/**
 * The deciding body as the subject of what is reported: "said the committee had ignored …",
 * "said councillors had put the view … above …". Null otherwise.
 */
function blamesDecidingBody(unit: ClaimUnit): string | null {
  const t = unit.tokens;
  // '"The agency has made the right call," said …': the body opens the quotation.
  let opening = 0;
  while (opening < t.length && isQuoteMark(t[opening])) opening++;
  if (unit.quoted[opening] && t[opening]?.lower === 'the') {
    const body = t[opening + 1];
    const verb = t[opening + 2];
    if (body && DECIDING_BODIES.has(body.lower) && (verb?.pos === 'AUX' || verb?.pos === 'VERB'))
      return spaced(t.slice(opening, opening + 3));
  }
  const cue = t.findIndex((w, i) => !unit.quoted[i] && w.lemma === unit.cue);
  if (cue < 0) return null;
  let j = cue + 1;
  if (t[j]?.lower === 'that') j++;
  if (['the', 'its', 'their'].includes(t[j]?.lower ?? '')) j++;
  const body = t[j];
  if (!body || !DECIDING_BODIES.has(body.lower)) return null;
  const verb = t[j + 1];
  return verb && (verb.pos === 'AUX' || verb.pos === 'VERB')
    ? spaced(t.slice(cue + 1, j + 3))
    : null;
}

/** Gladness at what happened: in a reversal article, gladness at the dropping. */
const GLADNESS = new Set([
  'delighted',
  'relieved',
  'relief',
  'thrilled',
  'overjoyed',
  'celebrate',
  'celebrating',
  'rejoice',
  'rejoiced',
]);

/**
 * In an article that reports the motion's measure dropped or refused (`model.reversed`), "the
 * decision", "the refusal" or "the U-turn" a reaction names is the dropping: "criticised the
 * refusal" is for the measure, "welcomed the U-turn" and "I'm delighted they have changed their
 * minds" against it. Null in any other article, or when no such reaction is found.
 */
export function reactionToReversal(unit: ClaimUnit, model: MotionModel): Reaction | null {
  if (!model.reversed) return null;
  const t = unit.tokens;
  for (let i = 0; i < t.length; i++) {
    const sign = STANCE_VERBS[t[i].lemma];
    if (unit.quoted[i] || sign === undefined || t[i].pos !== 'VERB') continue;
    if (!DECISION_POINTERS.has(t[i + 1]?.lower ?? '')) continue;
    if (!REVERSAL_NOUNS.has(t[i + 2]?.lower ?? '')) continue;
    const denied = NEGATIONS.has(t[i - 1]?.lower ?? '') ? -1 : 1;
    return { sign: -sign * denied, word: spaced(t.slice(i, i + 3)) };
  }
  const called = callsDecision(unit);
  if (called) return { ...called, sign: -called.sign };
  const glad = t.findIndex((w, i) => GLADNESS.has(w.lower) && !negatedBefore(t, i));
  if (glad >= 0) return { sign: -1, word: `${t[glad].text}, at the measure dropped` };
  // "said it was deeply disappointed": dismay at the dropping or the refusal, also when the
  // reporter quotes just those words ('said in a statement it was "deeply disappointed"').
  const dismay = t.findIndex(
    (w, i) =>
      (!unit.quoted[i] || shortQuotation(unit, i)) && DISMAY.has(w.lower) && !negatedBefore(t, i),
  );
  return dismay < 0 ? null : { sign: 1, word: `${t[dismay].text}, at the measure refused` };
}

/**
 * The word at `i` sits in a quotation of at most four words within reported speech ('it was
 * "deeply disappointed" by'), not in a quoted sentence of the speaker's own.
 */
function shortQuotation(unit: ClaimUnit, i: number): boolean {
  let from = i;
  while (from > 0 && unit.quoted[from - 1]) from--;
  let to = i;
  while (to + 1 < unit.tokens.length && unit.quoted[to + 1]) to++;
  const words = unit.tokens.slice(from, to + 1).filter((w) => !isQuoteMark(w)).length;
  return words <= 4 && from > 0 && !unit.quoted[from - 1];
}

/** Dismay at what happened: in a reversal article, dismay at the dropping or refusal. */
const DISMAY = new Set(['disappointed', 'dismayed', 'saddened']);

/**
 * "called the decision a devastating blow", "called the ruling a victory for …": what the
 * decision the article reports is called, by the noun's sign (`REACTION_NOUNS`); null otherwise.
 */
function callsDecision(unit: ClaimUnit): Reaction | null {
  const t = unit.tokens;
  for (let i = 0; i + 3 < t.length; i++) {
    if (unit.quoted[i] || t[i].lemma !== 'call' || t[i].pos !== 'VERB') continue;
    if (!DECISION_POINTERS.has(t[i + 1].lower) || !REVERSAL_NOUNS.has(t[i + 2].lower)) continue;
    let j = i + 3;
    if (t[j]?.lower === 'a' || t[j]?.lower === 'an') j++;
    const from = j;
    while (j < from + 3 && ['ADJ', 'ADV'].includes(t[j]?.pos ?? '')) j++;
    const sign = REACTION_NOUNS[t[j]?.lower ?? ''];
    if (sign !== undefined) return { sign, word: spaced(t.slice(i, j + 1)), verdict: true };
  }
  return null;
}

/** "would sign it", "will sign the bill into law", "refused to sign the measure". */
const SIGNS_IT =
  /\b((?:(?:would|will|not|never)\s+)?(?:refused?\s+to\s+|declined?\s+to\s+)?)sign(?:ed|s)?\s+(?:it|(?:the|such\s+a|this|that)\s+(?:bill|measure|legislation|law))\b/iu;

const DISSENTING = new Set(['opposing', 'dissenting']);

/** What a measure would do, in a relative clause after it: "a bill that would (have) …". */
const MODAL_OF_MEASURE = new Set(['would', 'will']);

/** Verbs of waving misgivings away: "dismissed worries", "played down fears". */
const WAVING_AWAY = new Set(['dismiss', 'downplay', 'brush', 'allay', 'reject', 'rebuff']);

/** A vote's tally or manner between "voted" and what it was for or against. */
const TALLY_WORD =
  /^(?:\d+(?:-to-\d+|[-–]\d+)?|to(?:-\d+)?|-|–|unanimously|overwhelmingly|narrowly)$/u;

/** Where "voted" stands before a tally that ends just before `at`; -1 when it does not. */
function voteBeforeTally(t: Token[], at: number): number {
  let k = at - 1;
  while (k > 0 && at - k <= 4 && TALLY_WORD.test(t[k].lower)) k--;
  return k < at - 1 && t[k].lemma === 'vote' && t[k].pos === 'VERB' ? k : -1;
}

/** Protests against what the article reports, which a stance verb may back or condemn. */
const PROTEST_ACTS = new Set(['strike', 'protest', 'boycott', 'walkout', 'picket', 'blockade']);

export function stanceVerb(unit: ClaimUnit, model: MotionModel): Reaction | null {
  const reversal = reactionToReversal(unit, model);
  if (reversal) return reversal;
  // "Parents will breathe a sigh of relief": relief at what the article reports, which is the
  // measure taken, or in a reversal article its dropping.
  const relieved = expressesRelief(unit);
  if (relieved) return { sign: model.reversed ? -1 : 1, word: relieved };
  const vow = vowsTheAct(unit, model);
  if (vow) return vow;
  const undoing = promisesUndoing(unit, model);
  if (undoing) return undoing;
  // "Gov. Asa Hutchinson … has said he would sign it": signing a bill into law is backing it.
  const signing = SIGNS_IT.exec(unitText(unit));
  if (signing)
    return {
      sign: /\b(?:not|never|refused?|refuses|declined?)\b/iu.test(signing[1] ?? '') ? -1 : 1,
      word: signing[0],
    };
  const t = unit.tokens;
  // "Farmers have reacted with fury to the decision to ban …": the feeling at what the article
  // reports, which is the measure taken, or in a reversal article its dropping.
  const cue = unit.cue === 'react' ? t.findIndex((w) => REACTING_LEMMAS.has(w.lemma)) : -1;
  const feeling = cue >= 0 ? reactsWithFeeling(t, cue) : 0;
  if (feeling !== 0) {
    return { sign: feeling * (model.reversed ? -1 : 1), word: spaced(t.slice(cue, cue + 3)) };
  }
  for (let i = 0; i < t.length; i++) {
    if (unit.quoted[i]) continue;
    // "who cast the lone opposing vote": a vote against what the article reports.
    if (DISSENTING.has(t[i].lower) && t[i + 1]?.lemma === 'vote') {
      return { sign: model.reversed ? 1 : -1, word: `${t[i].text} vote` };
    }
    const sign = STANCE_VERBS[t[i].lemma];
    if (sign === undefined || t[i].pos !== 'VERB') continue;
    // "said rejecting the treaty would leave exporters facing tariffs": what the rejecting would
    // bring, not the speaker rejecting.
    if (supposedAct(t, i)) continue;
    // "the proposed legislation", "the opposed plan": a participle on its noun is no stance taken.
    // ("the government's proposed Health Bill": so is one after an owner's "'s".)
    const owner = /^['’]s$/u.test(t[i - 1]?.text ?? '');
    if ((DETERMINERS.has(t[i - 1]?.lower ?? '') || owner) && /ed$/u.test(t[i].lower)) continue;
    // "questioned the scientific basis for the sandeel ban": a stance on the grounds of a
    // thing is one on the thing.
    const grounds = t
      .slice(i + 1, i + 5)
      .findIndex((o, k) => GROUNDS.has(o.lemma) && GROUNDS_OF.has(t[i + k + 2]?.lower ?? ''));
    const object = t.slice(i + 1, grounds >= 0 ? i + grounds + 7 : i + 5);
    // "fight climate change": a word that refers back to a measure ("change", "plan") is another
    // thing when a noun the motion does not use names it.
    const otherThing = (k: number) => {
      const before = t[i + k];
      return (
        before.pos === 'NOUN' && !model.terms.has(before.stem) && !model.action.has(before.stem)
      );
    };
    // "rejected a ballot proposition that would have banned cruise ships": the verb is on what
    // the measure would do, said in its relative clause.
    const relative = object.findIndex(
      (o, k) =>
        isMeasureCarrier(o.lower) &&
        ['that', 'which'].includes(t[i + k + 2]?.lower ?? '') &&
        MODAL_OF_MEASURE.has(t[i + k + 3]?.lower ?? ''),
    );
    const onAction = (relative >= 0 ? t.slice(i + 1, i + relative + 9) : object).some(
      (o, k) => model.terms.has(o.stem) || (model.action.has(o.stem) && !otherThing(k)),
    );
    const onOpposed = object.some((o) => model.opposed.has(o.stem));
    // "would not support the bill", "never backed the ban": the verb denied takes the other side.
    const denied = NEGATIONS.has(t[i - 1]?.lower ?? '') ? -1 : 1;
    const word = denied < 0 ? `${t[i - 1].text} ${t[i].text}` : t[i].text;
    if (onAction) return { sign: sign * denied, word };
    if (onOpposed) return { sign: -sign * denied, word };
    // "calling on the public to support the transport strike": a protest is against what the
    // article reports (for it, when the article reports it dropped); backing it is opposing that.
    const onProtest = object.some((o) => PROTEST_ACTS.has(o.lemma) && o.pos === 'NOUN');
    if (onProtest) return { sign: -sign * denied * (model.reversed ? -1 : 1), word };
  }
  // "condemned the outcome": the decision the article reports is the action taken.
  const reaction = reactionToDecision(unit);
  if (reaction) return reaction;
  // "view the proposed legislation as draconian", "branded the ban a disaster".
  const viewed = viewedAs(unit, model);
  if (viewed) return viewed;
  // "came out against", "voted against"
  for (let i = 1; i < t.length; i++) {
    if (
      t[i].lower === 'against' &&
      ['come', 'vote', 'speak', 'campaign'].includes(t[i - 1].lemma) &&
      // "6,361 votes against it and 3,480 for it": a count of votes is the tally, no one's stand.
      t[i - 2]?.pos !== 'NUM'
    ) {
      return { sign: -1, word: `${t[i - 1].text} against` };
    }
    // "Breton dismissed worries about innovation", "brushed aside concerns over the plan": who
    // waves away the misgivings about the matter defends it.
    const waver =
      MISGIVINGS.has(t[i].lemma) && t[i].pos === 'NOUN' && !unit.quoted[i]
        ? t.slice(Math.max(0, i - 3), i).find((w) => WAVING_AWAY.has(w.lemma) && w.pos === 'VERB')
        : undefined;
    if (waver) return { sign: 1, word: `${waver.text} ${t[i].text}` };
    // "The panel voted 10-to-1 against …", "voted unanimously against": the tally between.
    const voted = t[i].lower === 'against' ? voteBeforeTally(t, i) : -1;
    if (voted >= 0) return { sign: -1, word: `${t[voted].text} … against` };
    // "expressed its concerns that the bill could be used to invade privacy": voiced misgivings.
    // "he said, expressing frustration with the ban", "voiced anger over the council's decision".
    if (
      MISGIVINGS.has(t[i].lemma) &&
      t[i].pos === 'NOUN' &&
      t.slice(Math.max(0, i - 3), i).some((w) => VOICING_VERBS.has(w.lemma)) &&
      (t.slice(i + 1, i + 9).some((w) => namesTerm(model, w)) ||
        (REACTION_PREPOSITIONS.has(t[i + 1]?.lower ?? '') && namesDecisionAt(t, i + 2)))
    ) {
      return { sign: -1, word: `${t[i - 1].text} ${t[i].text}` };
    }
    // "Proud to stand today with 25 senators against Bill C51": a stand against the measure.
    const stand = t[i].lower === 'against' ? standsBefore(t, i) : -1;
    if (stand >= 0 && t.slice(i + 1, i + 4).some((w) => namesTerm(model, w))) {
      return { sign: -1, word: `${t[stand].text} … against` };
    }
    // "Board member Linda Ochoa, who voted no, said …": a vote of no is a vote against.
    if (['no', 'nay'].includes(t[i].lower) && t[i - 1].lemma === 'vote' && !unit.quoted[i]) {
      return { sign: -1, word: `${t[i - 1].text} ${t[i].text}` };
    }
    // "spoke in favor of the ban", "voted in favour of rentals" on a ban on them.
    // Only said of who speaks or votes ("certifying their results in favor of Biden" is not).
    if (
      ['favor', 'favour'].includes(t[i].lower) &&
      t[i - 1].lower === 'in' &&
      FAVOURING.has(t[i - 2]?.lemma ?? '') &&
      // "after Friday's third reading vote in favour of changing the law": a vote taken, a noun,
      // says how a body voted, not the holder.
      t[i - 2].pos !== 'NOUN' &&
      !unit.quoted[i]
    ) {
      // The first word of the motion decides: "in favour of banning rentals" is for the ban.
      const first = t
        .slice(i + 1, i + 5)
        .find((o) => model.action.has(o.stem) || model.terms.has(o.stem));
      if (first) {
        const sign = model.opposed.has(first.stem) && !model.action.has(first.stem) ? -1 : 1;
        return { sign, word: `in ${t[i].text} of` };
      }
    }
    if (t[i].lower === 'out' && t[i + 1]?.lower === 'against') {
      return { sign: -1, word: `${t[i - 1].text} out against` };
    }
    // "Councillor Sala, one of the twelve, said …" after "voted 21 to 12": the vote's losers.
    if (
      model.minority.has(t[i].lower) &&
      !unit.quoted[i] &&
      t[i - 1].lower === 'the' &&
      ['of', 'among'].includes(t[i - 2]?.lower ?? '') &&
      !/^(?:who|that|which)$/u.test(t[i + 1]?.lower ?? '')
    ) {
      return { sign: -1, word: `"${spaced(t.slice(i - 3, i + 1))}", the vote's minority, against` };
    }
  }
  return null;
}

const REJECTING = new Set(['dismiss', 'reject', 'refuse', 'throw']);
const GRANTING = new Set(['uphold', 'allow', 'grant']);
const CHALLENGE_NOUNS = new Set([
  'appeal',
  'challenge',
  'lawsuit',
  'case',
  'complaint',
  'petition',
]);

/**
 * The word naming the challengers of the measure in the unit's role ("the landlords' lawyer"),
 * or in the holder its "its" / "their" speaks for ("… their spokesman"), or undefined.
 */
export function challengerParty(unit: ClaimUnit, model: MotionModel): Token | undefined {
  const start = unit.holderTokens[0]?.start ?? -1;
  const role = [
    ...unit.sentence.filter((t) => t.start < start || unit.holderTokens.includes(t)),
    ...(unit.speaksFor ?? []),
  ];
  return role.find((t) => model.challengers.has(t.lemma.toLowerCase()));
}

/**
 * The side of a unit in a challenge to the measure the headline or the lede reports: against it
 * for who speaks for the challengers ("the landlords' lawyer"), for it when the sentence opens by
 * dismissing the challenge ("Dismissing the appeal, …"), against it when it upholds it.
 */
function challengeSide(unit: ClaimUnit, model: MotionModel): { sign: number; why: string } | null {
  if (model.challengers.size === 0) return null;
  const party = challengerParty(unit, model);
  if (party)
    return { sign: -1, why: `speaks for those who challenged the measure (${party.text})` };
  const [verb, det, noun] = unit.sentence;
  if (
    verb &&
    /ing$/u.test(verb.lower) &&
    det?.pos === 'DET' &&
    CHALLENGE_NOUNS.has(noun?.lemma ?? '')
  ) {
    const lemma = verb.lemma.toLowerCase();
    if (REJECTING.has(lemma))
      return { sign: 1, why: `dismisses the challenge ("${verb.text} the ${noun.text}")` };
    if (GRANTING.has(lemma))
      return { sign: -1, why: `upholds the challenge ("${verb.text} the ${noun.text}")` };
  }
  return null;
}

/** What a threat says will be lost: leaving, closing, moving away, folding. */
const THREATENED = new Set(['leave', 'close', 'quit', 'move', 'shut', 'fold', 'relocate', 'go']);
const OBTAINING = new Set(['get', 'receive', 'win', 'have', 'obtain', 'secure']);

/**
 * "the club will leave Harwood if it does not get a new home", "the firm will close unless it
 * gets the loan": who threatens to leave or close without what the action gives wants the
 * action (+1; for a motion that undoes it, -1).
 */
function threatWithout(unit: ClaimUnit, model: MotionModel): Lean | null {
  const t = unit.tokens;
  const withoutIt = lossWithoutIt(unit, model);
  if (withoutIt) return withoutIt;
  const threat = t.findIndex(
    (w, i) =>
      !unit.quoted[i] &&
      THREATENED.has(w.lemma) &&
      ['will', 'would'].includes(t[i - 1]?.lower ?? ''),
  );
  if (threat < 0) return null;
  for (let i = threat + 1; i < t.length && i <= threat + 8; i++) {
    const unless = t[i].lower === 'unless';
    const ifNot = t[i].lower === 'if';
    if (!unless && !ifNot) continue;
    const clause = t.slice(i + 1, i + 9);
    const negated = clause.slice(0, 4).some((w) => NEGATORS.has(w.lower));
    if (ifNot && !negated) continue;
    const get = clause.findIndex((w) => OBTAINING.has(w.lemma));
    if (get < 0) continue;
    // "a new home": a word of the motion in the noun phrase got ("a new football stadium").
    const wanted = clause.findIndex(
      (w, k) =>
        k > get &&
        ['NOUN', 'ADJ'].includes(w.pos) &&
        (model.terms.has(w.stem) || model.action.has(w.stem)),
    );
    if (wanted < 0) continue;
    const head = clause.findIndex((w, k) => k >= wanted && w.pos === 'NOUN');
    const undone = model.undone.size > 0 ? -1 : 1;
    return { sign: undone, words: spaced(t.slice(threat - 1, i + 2 + Math.max(wanted, head))) };
  }
  return null;
}

/** Words between "rather than" / "instead of" and the action: "rather than by simply banning". */
const ALTERNATIVE_FILLERS = new Set(['by', 'simply', 'just', 'merely', 'outright']);

/**
 * "… rather than by banning the cameras outright", "… instead of closing the library": the
 * speaker puts another way in place of the motion's action, so argues against it (-1).
 */
/** Words of a loss a clause foretells: "would have to be cut", "would close". */
const LOSSES = new Set(['cut', 'close', 'lose', 'lost', 'end', 'scrap', 'go', 'disappear', 'fold']);

/**
 * "Without this rise, some routes would have to be cut", "Without the levy the service will
 * close": a clause opening on the measure's absence and foretelling a loss argues for it (for a
 * motion that undoes the measure, against); null otherwise.
 */
function lossWithoutIt(unit: ClaimUnit, model: MotionModel): Lean | null {
  const t = unit.tokens;
  for (let i = 0; i < t.length; i++) {
    if (t[i].lower !== 'without') continue;
    if (i > 0 && t[i - 1].pos !== 'PUNCT') continue;
    const pointer = t[i + 1]?.lower ?? '';
    const noun = t[i + 2];
    if (!POINTING.has(pointer) && !['its', 'our', 'their'].includes(pointer)) continue;
    const names =
      noun &&
      (model.action.has(noun.stem) || model.terms.has(noun.stem) || namesChange(model, t, i + 2));
    if (!names) continue;
    const clause = t.slice(i + 3, i + 16);
    const end = clause.findIndex((w) => w.text === '.' || w.text === ';');
    const rest = end < 0 ? clause : clause.slice(0, end);
    const modal = rest.findIndex((w) => ['would', 'will', 'could'].includes(w.lower));
    if (modal < 0) continue;
    const loss = rest
      .slice(modal + 1)
      .some((w) => LOSSES.has(w.lemma) || LOSSES.has(w.lower) || afinnScore(w) < 0);
    if (!loss) continue;
    const undone = model.undone.has(noun.stem) ? -1 : 1;
    return { sign: undone, words: spaced(t.slice(i, i + 3 + Math.min(rest.length, modal + 5))) };
  }
  return null;
}

function alternativeToAction(unit: ClaimUnit, model: MotionModel): Lean | null {
  const t = unit.tokens;
  for (let i = 1; i < t.length; i++) {
    const opener =
      (t[i - 1].lower === 'rather' && t[i].lower === 'than') ||
      (t[i - 1].lower === 'instead' && t[i].lower === 'of');
    if (!opener) continue;
    let k = i + 1;
    while (ALTERNATIVE_FILLERS.has(t[k]?.lower ?? '')) k++;
    const verb = t[k];
    // wink may tag the motion's verb an adjective ("close"), so the motion's terms count too.
    const action = verb && (model.action.has(verb.stem) || model.terms.has(verb.stem));
    if (action && /ing$/u.test(verb.lower)) {
      return { sign: -1, words: spaced(t.slice(i - 1, k + 1)) };
    }
    // "build shore power connections instead of a ban": the action named as a noun.
    const noun = ['a', 'an', 'the'].includes(verb?.lower ?? '') ? t[k + 1] : undefined;
    if (noun?.pos === 'NOUN' && model.action.has(noun.stem)) {
      return { sign: -1, words: spaced(t.slice(i - 1, k + 2)) };
    }
  }
  // "better lighting would do more to make the park safe than cameras": another thing is said
  // to do more, or better, than what the motion brings in.
  const than = t.findIndex(
    (w, i) =>
      w.lower === 'than' &&
      !unit.quoted[i] &&
      t.slice(0, i).some((x) => x.lower === 'more' || x.lower === 'better') &&
      [t[i + 1], t[i + 2]].some(
        (x) => x?.pos === 'NOUN' && (model.terms.has(x.stem) || model.action.has(x.stem)),
      ),
  );
  if (than > 0) return { sign: -1, words: spaced(t.slice(than, than + 3)) };
  // "the money would be better spent on a youth worker": the cost of the measure, put to
  // another use.
  const spent = /\b(?:be|been)\s+better\s+(?:spent|used|invested)\s+(?:on|in|elsewhere)\b/iu.exec(
    unitText(unit),
  );
  if (spent) return { sign: -1, words: spent[0] };
  // "Improved monitoring and maintenance of the existing network were better options": other
  // things named the better course, not the motion's own.
  const better = BETTER_COURSE.exec(unitText(unit));
  if (better) {
    const verb = tokenAtTextIndex(unit, better.index);
    const verbAt = verb ? t.indexOf(verb) : 0;
    const others = t.slice(0, verbAt).filter((w) => w.pos === 'NOUN');
    const own = others.some((w) => model.terms.has(w.stem) || model.action.has(w.stem));
    if (others.length > 0 && !own) return { sign: -1, words: better[0] };
  }
  return null;
}

const BETTER_COURSE =
  /\b(?:is|are|was|were|be)\s+(?:a\s+|the\s+)?(?:much\s+|far\s+)?(?:better|preferable)\s+(?:options?|alternatives?|solutions?|ways?|approach(?:es)?)\b/iu;

/**
 * "should stay the same", "must remain unchanged", "should be left as it is", "keep things as
 * they are": the speaker wants no change. Every motion asks for a change, so this argues against
 * it, unless the motion itself asks to keep something ("Should the pool stay open?").
 */
const STATUS_QUO =
  /\b(?:should|must|ought to|to|would rather|had better)\s+(?:(?:stay|remain)\s+(?:the same|unchanged|as (?:it|they) (?:is|are|was|were)|where (?:it|they) (?:is|are))|be\s+left\s+(?:alone|unchanged|as (?:it|they) (?:is|are)))\b|\bkeep\s+(?:things|it|them|everything)\s+as\s+(?:it|they)\s+(?:is|are)\b/iu;
const KEEPING_LEMMAS = new Set(['keep', 'stay', 'remain', 'retain', 'preserve', 'save']);

function keepsThingsAsTheyAre(unit: ClaimUnit, model: MotionModel): string | null {
  if ([...model.termLemmas].some((l) => KEEPING_LEMMAS.has(l))) return null;
  return STATUS_QUO.exec(unitText(unit))?.[0] ?? null;
}

/** Verbs linking a measure to a verdict on it ("was", "seems", "has proved", "would be"). */
const LINKING_LEMMAS = new Set(['be', 'seem', 'prove', 'remain', 'look']);
const LINKING_HELPERS = new Set(['would', 'will', 'could', 'may', 'might', 'has', 'have', 'had']);
/**
 * Verbs that give a verdict on their object: "called the ban a mistake", "make the VAT rise
 * unavoidable".
 */
const VERDICT_VERBS = new Set(['call', 'consider', 'deem', 'brand', 'label', 'find', 'make']);
/** Words between the link and the verdict: "was a big mistake", "is long overdue". */
const VERDICT_FILLERS = new Set([
  ...'a an the so very too completely totally entirely deeply badly clearly simply plainly'.split(
    ' ',
  ),
  ...'fundamentally grossly wholly utterly quite both long big huge grave serious terrible'.split(
    ' ',
  ),
  ...'costly dangerous historic terribly -'.split(' '),
]);
const PREPOSITIONS = new Set(['on', 'of', 'against', 'for', 'to', 'in']);

/** Where the unit's own words (not its holder's) name the motion's measure as a noun. */
function measureMentions(unit: ClaimUnit, model: MotionModel): number[] {
  const holder = new Set(unit.holderTokens);
  return unit.tokens.flatMap((t, i) =>
    (!holder.has(t) && t.pos === 'NOUN' && model.action.has(t.stem)) ||
    actDoneAsSubject(unit.tokens, i, model) ||
    verdictOnThis(unit.tokens, i) ||
    imposedThing(unit.tokens, i, model)
      ? [i]
      : [],
  );
}

/** "Banning natural gas is …": the motion's act, as a gerund opening a clause, is its subject. */
function actDoneAsSubject(t: Token[], i: number, model: MotionModel): boolean {
  // (A clause opens after a full stop, "that", or a verb of saying: "Some say keeping …".)
  const opens =
    i === 0 ||
    t[i - 1].pos === 'PUNCT' ||
    t[i - 1].lower === 'that' ||
    (t[i - 1].pos === 'VERB' && CLAUSE_TAKING.has(t[i - 1].lemma));
  // (wink may tag a sentence's capitalised first word a name: "Closing/PROPN the pool …".)
  const verb = t[i].pos === 'VERB' || (t[i].pos === 'PROPN' && /^\p{Lu}/u.test(t[i].text));
  if (!opens || !verb || !/ing$/u.test(t[i].lower)) return false;
  // "Keeping the power plant open is a safety hazard" of "Should lawmakers extend the plant's
  // operations?": keeping a thing going is the act of extending it, when the gerund's object
  // names the motion's thing.
  const continuing =
    CONTINUING.has(t[i].lemma) &&
    continuingStems().some((stem) => model.action.has(stem)) &&
    t.slice(i + 1, i + 6).some((w) => w.pos === 'NOUN' && model.terms.has(w.stem));
  return model.action.has(t[i].stem) || continuing;
}

/** Verbs of saying or thinking, after which a clause opens without "that". */
const CLAUSE_TAKING = new Set([
  'say',
  'argue',
  'believe',
  'think',
  'claim',
  'insist',
  'warn',
  'fear',
]);

/** Verbs of keeping a thing going: one act, whichever of them the motion uses. */
const CONTINUING = new Set([
  'extend',
  'keep',
  'continue',
  'maintain',
  'retain',
  'renew',
  'prolong',
]);
let stemsOfContinuing: string[] | null = null;
/** The stems of CONTINUING, worked out on first use (not at start-up, not per token). */
function continuingStems(): string[] {
  stemsOfContinuing ??= [...CONTINUING].map((word) => tokenize(word)[0]?.stem ?? word);
  return stemsOfContinuing;
}

/** "compulsory vaccination", "mandatory masks": a term of the motion as the thing imposed. */
const IMPOSED = new Set(['compulsory', 'mandatory', 'forced', 'obligatory']);

function imposedThing(t: Token[], i: number, model: MotionModel): boolean {
  return t[i].pos === 'NOUN' && IMPOSED.has(t[i - 1]?.lower ?? '') && model.terms.has(t[i].stem);
}

/** "make this unavoidable", "called it a mistake": the thing judged, named by a pronoun. */
function verdictOnThis(t: Token[], i: number): boolean {
  return ['this', 'it'].includes(t[i].lower) && VERDICT_VERBS.has(t[i - 1]?.lemma ?? '');
}

/**
 * What the motion brings in, named as a plural noun of its terms ("CCTV cameras" of "install
 * CCTV cameras"): "the cameras were long overdue" judges the measure as "the ban was wrong"
 * does. Not what the action works against ("ban cruise ships": the ships), nor a place's name.
 */
function broughtInMentions(unit: ClaimUnit, model: MotionModel): number[] {
  const holder = new Set(unit.holderTokens);
  return unit.tokens.flatMap((t, i) =>
    !holder.has(t) &&
    t.pos === 'NOUN' &&
    t.lower !== t.lemma &&
    model.terms.has(t.stem) &&
    !model.action.has(t.stem) &&
    !model.opposed.has(t.stem)
      ? [i]
      : [],
  );
}

/**
 * A verdict on the measure the motion is about: "the ban was wrong", "the decision is long
 * overdue", "called the ban a mistake", "the ban on scooters was not necessary". The sign is for
 * the motion's action: a verdict on a measure the motion undoes ("lift the ban") or on one held
 * up ("the delayed project") counts the other way.
 */
function measureVerdict(unit: ClaimUnit, model: MotionModel): Lean | null {
  const t = unit.tokens;
  for (const i of [...measureMentions(unit, model), ...broughtInMentions(unit, model)]) {
    const noun = t[i];
    // "This punitive municipal law", "the sensible new ban": a verdict before the measure, with
    // only adjectives between them.
    const attributive = attributiveVerdict(t, i);
    if (attributive) {
      const undone = model.undone.has(noun.stem) ? -1 : 1;
      return { sign: attributive.sign * undone, words: attributive.words };
    }
    // The verdict follows a linking verb, right after the measure, after its "on X" phrase or
    // after the object of the act done ("Banning natural gas is not the solution").
    let j = i + 1;
    const gerund = actDoneAsSubject(t, i, model);
    if (gerund || PREPOSITIONS.has(t[j]?.lower ?? '')) {
      const from = gerund ? j : j + 1;
      const link = t.slice(from, from + 6).findIndex((w) => LINKING_LEMMAS.has(w.lemma));
      if (link < 0) continue;
      j = from + link;
    }
    const verbBefore = t.slice(Math.max(0, i - 3), i).some((w) => VERDICT_VERBS.has(w.lemma));
    let linked = verbBefore;
    while (j < t.length && (LINKING_HELPERS.has(t[j].lower) || LINKING_LEMMAS.has(t[j].lemma))) {
      linked ||= LINKING_LEMMAS.has(t[j].lemma);
      j++;
    }
    if (!linked) continue;
    let negated = false;
    // "the measure was \"long overdue\"": a quotation mark opening the verdict is no word of it.
    const filler = (w: Token) => VERDICT_FILLERS.has(w.lower) || /^["“”]$/u.test(w.text);
    while (j < t.length && (filler(t[j]) || NEGATORS.has(t[j].lower))) {
      negated ||= NEGATORS.has(t[j].lower);
      j++;
    }
    // "is dangerous for students": a filler of "a dangerous mistake" is the verdict itself when
    // no other follows it.
    // (Said of the measure by name: "our streets are dangerous" is said of the streets.)
    const lastFiller = t[j - 1];
    if (
      lastFiller &&
      model.action.has(noun.stem) &&
      VERDICT_FILLERS.has(lastFiller.lower) &&
      MEASURE_VERDICTS[lastFiller.lower] !== undefined &&
      MEASURE_VERDICTS[t[j]?.lower ?? ''] === undefined &&
      t[j]?.pos !== 'NOUN'
    ) {
      j--;
    }
    const word = t[j];
    if (!word) continue;
    // "scrapping the ban was long overdue": the verdict is on undoing the measure, which counts
    // the other way (for a motion that undoes it, for the motion).
    const undoing = t
      .slice(Math.max(0, i - 3), i)
      .some((w) => UNDOING_VERBS.has(w.lemma) && /ing$/u.test(w.lower));
    const phrase = VERDICT_PHRASES.find((v) => v.words.every((w, k) => t[j + k]?.lower === w));
    if (phrase) {
      const undone = model.undone.has(noun.stem) !== undoing ? -1 : 1;
      const words = t
        .slice(i, j + phrase.words.length)
        .map((w) => w.text)
        .join(' ');
      return { sign: phrase.sign * (negated ? -1 : 1) * undone, words };
    }
    const hyphenated = t[j + 1]?.text === '-' && t[j + 2] ? `${word.lower}-${t[j + 2].lower}` : '';
    // "the ban is too much", "… too far": more of the measure than is wanted.
    const excess = t[j - 1]?.lower === 'too' && EXCESS.has(word.lower) ? -1 : undefined;
    const value = excess ?? MEASURE_VERDICTS[hyphenated] ?? MEASURE_VERDICTS[word.lower];
    if (value === undefined) continue;
    // A measure the motion undoes, or one held up ("the delayed project"), is the action not
    // happening: a verdict on it counts the other way.
    const heldUp = t.slice(Math.max(0, i - 2), i).some((w) => HOLDING_UP.has(w.lower));
    const undone = (model.undone.has(noun.stem) !== heldUp) !== undoing ? -1 : 1;
    const end = hyphenated ? j + 2 : j;
    const words = t
      .slice(i, end + 1)
      .map((w) => w.text)
      .join(' ')
      .replace(/ - /gu, '-');
    return { sign: value * (negated ? -1 : 1) * undone, words };
  }
  return (
    tooFar(unit, model) ??
    tooLate(unit) ??
    actedHow(unit, model) ??
    performance(unit, model) ??
    lastThingNeeded(unit, model) ??
    notNeeded(unit, model)
  );
}

/** Definite determiners a verdict adjective may follow: "this punitive law" (not "a good idea"). */
const VERDICT_DETERMINERS = new Set(['this', 'the', 'that', 'such', 'their', 'its']);

/**
 * A verdict adjective before the measure noun at `i`, with only adjectives between them and a
 * determiner before it ("This punitive municipal law"; not "the illegal dumping ban", whose
 * adjective is the dumping's).
 */
function attributiveVerdict(t: Token[], i: number): { sign: number; words: string } | null {
  let k = i - 1;
  while (k >= 0 && t[k].pos === 'ADJ' && MEASURE_VERDICTS[t[k].lower] === undefined) k--;
  const adjective = t[k];
  if (!adjective || adjective.pos !== 'ADJ' || MEASURE_VERDICTS[adjective.lower] === undefined) {
    return null;
  }
  if (!VERDICT_DETERMINERS.has(t[k - 1]?.lower ?? '')) return null;
  return {
    sign: MEASURE_VERDICTS[adjective.lower],
    words: t
      .slice(k, i + 1)
      .map((w) => w.text)
      .join(' '),
  };
}

const NOT_NEEDING =
  /^(?:does|do|did)\s+(?:not|n['’]t)\s+need$|^(?:no|little)\s+need\s+(?:for|of)$/u;

/**
 * "Harwood does not need a stadium it cannot afford", "the town doesn't need another car park",
 * "there is no need for a new tax": the measure called needless is a verdict against it.
 */
function notNeeded(unit: ClaimUnit, model: MotionModel): Lean | null {
  const t = unit.tokens;
  const holder = new Set(unit.holderTokens);
  for (let i = 0; i + 3 < t.length; i++) {
    if (holder.has(t[i])) continue;
    const spaced3 = `${t[i].lower} ${t[i + 1].lower} ${t[i + 2].lower}`;
    if (!NOT_NEEDING.test(spaced3)) continue;
    const object = t.slice(i + 3, i + 7);
    const named = object.findIndex(
      (w) => w.pos === 'NOUN' && (model.action.has(w.stem) || model.terms.has(w.stem)),
    );
    if (named < 0) continue;
    const undone = model.undone.size > 0 ? -1 : 1;
    return { sign: -1 * undone, words: spaced(t.slice(i, i + 4 + named)) };
  }
  return null;
}

const DELAYING = new Set(['wait', 'take', 'leave', 'act', 'move', 'respond']);
const TOO_LATE = new Set(['long', 'late', 'slowly', 'slow']);

/**
 * "the state had waited too long", "the council acted too slowly", "they left it too late": a
 * complaint that the action came late wants it, so it is a verdict for the action.
 */
function tooLate(unit: ClaimUnit): Lean | null {
  const t = unit.tokens;
  const holder = new Set(unit.holderTokens);
  for (let i = 0; i + 2 < t.length; i++) {
    if (holder.has(t[i]) || t[i].pos !== 'VERB' || !DELAYING.has(t[i].lemma)) continue;
    const too = t[i + 1].lower === 'too' ? i + 1 : t[i + 2].lower === 'too' ? i + 2 : -1;
    if (too < 0 || !TOO_LATE.has(t[too + 1]?.lower ?? '')) continue;
    const negated = t.slice(Math.max(0, i - 3), i).some((w) => NEGATORS.has(w.lower)) ? -1 : 1;
    const words = t
      .slice(i, too + 2)
      .map((w) => w.text)
      .join(' ');
    return { sign: negated, words };
  }
  return null;
}

/** Verbs of taking the decision, judged by how it was taken ("acted correctly"). */
const ACTING = new Set(['act', 'decide', 'respond', 'react']);
/** "it", "they": the decision-taker named back in a reported clause. */
const ACTOR_PRONOUNS = new Set(['it', 'they']);

/**
 * "the agency had acted correctly", "the board acted rightly", "the council acted hastily":
 * whoever took the action, judged by how they took it, with the adverb's verdict ("correctly" is
 * "correct", "hastily" "hasty"). Only the actor's acting counts: "the company acted unlawfully"
 * is said of someone else.
 */
function actedHow(unit: ClaimUnit, model: MotionModel): Lean | null {
  const t = unit.tokens;
  const holder = new Set(unit.holderTokens);
  for (let i = 1; i + 1 < t.length; i++) {
    if (holder.has(t[i]) || t[i].pos !== 'VERB' || !ACTING.has(t[i].lemma)) continue;
    let subject = i - 1;
    while (subject > 0 && t[subject].pos === 'AUX') subject--;
    const who = t[subject];
    if (!model.actors.has(fold(who.text)) && !ACTOR_PRONOUNS.has(who.lower)) continue;
    const adverb = t[i + 1];
    const value = MEASURE_VERDICTS[adjectiveOf(adverb.lower)];
    if (adverb.pos !== 'ADV' || value === undefined) continue;
    const negated = t.slice(Math.max(0, subject), i).some((w) => NEGATORS.has(w.lower)) ? -1 : 1;
    return { sign: value * negated, words: spaced(t.slice(subject, i + 2)) };
  }
  return null;
}

/** "correctly" → "correct", "hastily" → "hasty", "reasonably" → "reasonable". */
function adjectiveOf(adverb: string): string {
  if (adverb.endsWith('ily')) return `${adverb.slice(0, -3)}y`;
  if (adverb.endsWith('bly')) return `${adverb.slice(0, -1)}e`;
  return adverb.endsWith('ly') ? adverb.slice(0, -2) : adverb;
}

const WORKED = new Set(['work', 'succeed']);
/** Modals a measure's own verb follows its relative clause with ("… will not succeed"). */
const RELATIVE_END_MODALS = new Set(['will', 'would', "won't", 'cannot', 'can']);
const FAILED = new Set(['fail', 'backfire', 'flop']);
const PURPOSED = new Set(['meant', 'designed', 'supposed', 'intended']);
const PERFORMANCE_HELPERS = new Set([
  ...LINKING_HELPERS,
  ...'is are was were been be already clearly simply really also largely mostly'.split(' '),
]);

/**
 * How the measure did is a verdict on it: "the tax did exactly what it was meant to do", "the
 * ban has worked", "the scheme paid off" for it; "the curfew failed", "the levy backfired",
 * "the ban did not work" against it (the other way for a measure the motion undoes).
 */
function performance(unit: ClaimUnit, model: MotionModel): Lean | null {
  const t = unit.tokens;
  for (const i of measureMentions(unit, model)) {
    const noun = t[i];
    let j = i + 1;
    // "A ban that intends to enforce a sudden change … will not succeed": past the measure's
    // relative clause to the modal that carries its verdict.
    if (['that', 'which'].includes(t[j]?.lower ?? '')) {
      const modal = t.slice(j + 1, j + 15).findIndex((w) => RELATIVE_END_MODALS.has(w.lower));
      if (modal >= 0) j += 1 + modal;
    }
    let negated = false;
    while (j < t.length && (PERFORMANCE_HELPERS.has(t[j].lower) || NEGATORS.has(t[j].lower))) {
      negated ||= NEGATORS.has(t[j].lower);
      j++;
    }
    const verb = t[j];
    if (!verb) continue;
    let sign = 0;
    let end = j;
    if (WORKED.has(verb.lemma)) sign = 1;
    else if (FAILED.has(verb.lemma)) sign = -1;
    else if (verb.lemma === 'pay' && t[j + 1]?.lower === 'off') [sign, end] = [1, j + 1];
    else if (verb.lemma === 'do') {
      // "did (exactly) what it was meant to do"
      const what = t.slice(j + 1, j + 4).findIndex((w) => w.lower === 'what');
      const purpose = t.slice(j + 2, j + 9).findIndex((w) => PURPOSED.has(w.lower));
      if (what >= 0 && purpose >= 0) [sign, end] = [1, j + 2 + purpose];
    }
    if (sign === 0) continue;
    const undone = model.undone.has(noun.stem) ? -1 : 1;
    const words = t
      .slice(i, end + 1)
      .map((w) => w.text)
      .join(' ');
    return { sign: sign * (negated ? -1 : 1) * undone, words };
  }
  return null;
}

/**
 * "This is the last thing they need", "the ban is the last thing small shops want": the measure
 * (or "this", "it" taking it up) called what nobody wants is a verdict against it.
 */
function lastThingNeeded(unit: ClaimUnit, model: MotionModel): Lean | null {
  const t = unit.tokens;
  const holder = new Set(unit.holderTokens);
  for (let i = 2; i + 2 < t.length; i++) {
    if (holder.has(t[i]) || t[i].lower !== 'last' || t[i + 1].lemma !== 'thing') continue;
    if (t[i - 1].lower !== 'the' || t[i - 2].lemma !== 'be') continue;
    const wanted = t.slice(i + 2, i + 6).find((w) => ['need', 'want'].includes(w.lemma));
    if (!wanted) continue;
    const subject = t.slice(Math.max(0, i - 6), i - 2);
    const onMeasure = subject.some(
      (w) => ['this', 'that', 'it'].includes(w.lower) || model.action.has(w.stem),
    );
    if (!onMeasure) continue;
    const undone = model.undone.size > 0 ? -1 : 1;
    return { sign: -1 * undone, words: spaced(t.slice(i - 1, t.indexOf(wanted) + 1)) };
  }
  return null;
}

/**
 * "the government had gone too far", "the ban goes too far": overreach said of the measure or of
 * whoever takes it is a verdict against the measure (for it when the motion undoes the measure
 * named before it: "the ban went too far" is for lifting the ban).
 */
function tooFar(unit: ClaimUnit, model: MotionModel): Lean | null {
  const t = unit.tokens;
  const holder = new Set(unit.holderTokens);
  for (let i = 1; i + 2 < t.length; i++) {
    if (holder.has(t[i]) || t[i].lemma !== 'go') continue;
    if (t[i + 1].lower !== 'too' || t[i + 2].lower !== 'far') continue;
    // "had not gone too far" defends it.
    const negated = t.slice(Math.max(0, i - 3), i).some((w) => NEGATORS.has(w.lower)) ? -1 : 1;
    const undone = t.slice(0, i).some((w) => model.undone.has(w.stem)) ? -1 : 1;
    const words = t
      .slice(i, i + 3)
      .map((w) => w.text)
      .join(' ');
    return { sign: -1 * negated * undone, words };
  }
  return null;
}

/** Words of "too much" after a measure: "the ban is too much", "the cap is too far". */
const EXCESS = new Set(['much', 'far']);

/** A verdict on the measure, for deciding whether a unit argues at all (see `measureVerdict`). */
export function verdictOn(unit: ClaimUnit, model: MotionModel): boolean {
  return measureVerdict(unit, model) !== null;
}

/**
 * Polarity of the unit's own words (lexicon, with negation flipping the next few words), with
 * extra weight after "but"/"so", plus wink's sentiment. Between -1.5 and 1.5.
 */
/** Words of time, size or number: "too long", "too many" say how much, not what fault. */
const EXTENT = new Set(
  'long short late early much many few little big small far high low old young soon'.split(' '),
);

/** Verbs of keeping a harm in bounds, beside `LESSENING`: "the risks could be managed". */
const CONTAINING = new Set(['manage', 'control', 'mitigate', 'contain', 'minimise', 'minimize']);

/**
 * Whether the negative noun at `i` is kept in bounds: the subject of a passive of containing
 * just after it ("the risks could be managed", "the danger can be controlled").
 */
function lessened(t: Token[], i: number): boolean {
  if (t[i].pos !== 'NOUN') return false;
  for (let k = i + 1; k < Math.min(t.length - 1, i + 6); k++) {
    if (t[k].lemma === 'be' && CONTAINING.has(t[k + 1].lemma)) return true;
  }
  return false;
}

/**
 * Whether the noun at `i`, after "a" or "an", is followed in its own clause by a relative
 * clause whose verb is negated by "never" ("a benefit most of them would never feel").
 */
function deniedAfter(t: Token[], i: number): boolean {
  if (t[i].pos !== 'NOUN' || !['a', 'an'].includes(t[i - 1]?.lower ?? '')) return false;
  for (let k = i + 1; k < Math.min(t.length - 1, i + 7); k++) {
    if (t[k].pos === 'PUNCT' || t[k].pos === 'CCONJ') return false;
    if (t[k].lower === 'never' && t[k + 1].pos === 'VERB') return true;
  }
  return false;
}

/** Words that say there is less of what follows. */
const FEWER = new Set(['fewer', 'less']);

/** Verbs of mending a fault: what needs them is found wanting. */
const MENDING = new Set(
  'improve change fix strengthen tighten amend revise rework rewrite overhaul toughen'.split(' '),
);

/**
 * How many tokens after `t[i]` a "need(s) to be improved" or "needs changing" runs on for; 0 when
 * `t[i]` opens none.
 */
function needsMending(t: Token[], i: number): number {
  if (t[i].lemma !== 'need') return 0;
  if (t[i + 1]?.lower === 'to' && t[i + 2]?.lower === 'be' && MENDING.has(t[i + 3]?.lemma ?? ''))
    return 3;
  return /ing$/u.test(t[i + 1]?.lower ?? '') && MENDING.has(t[i + 1].lemma) ? 1 : 0;
}

function polarity(unit: ClaimUnit, model: MotionModel): { value: number; words: string[] } {
  const t = unit.tokens;
  const holder = new Set(unit.holderTokens);
  let sum = 0;
  let weight = 1;
  const words: string[] = [];
  for (let i = 0; i < t.length; i++) {
    const token = t[i];
    if (holder.has(token)) continue;
    if (CONCLUSION_MARKERS.has(token.lower)) weight = 1.5;
    // "a third fewer sick days", "less crime": less of a harm is a good outcome.
    if (FEWER.has(token.lower) && t.slice(i + 1, i + 3).some((w) => afinnScore(w) < 0)) {
      sum += weight;
      words.push(`${token.text} ${t[i + 1].text}`);
      i++;
      continue;
    }
    // "people who need to wash often", "those who must travel": what some people need or must
    // do describes them; it neither urges nor praises.
    if (ADVOCACY_LEMMAS.has(token.lemma) && t[i - 1]?.lower === 'who') continue;
    // "many disabled people depend on plastic straws": what people rely on is spoken for.
    if (
      RELYING.has(token.lemma) &&
      t[i + 1]?.lower === 'on' &&
      t.slice(i + 2, i + 6).some((w) => model.terms.has(w.stem))
    ) {
      sum += weight;
      words.push(`${token.text} on`);
      continue;
    }
    // "Nobody wants to see anyone smoking near play areas": what no one wants is spoken against.
    if (WISHING.has(token.lemma) && nobodyBefore(t, i)) {
      sum -= weight;
      const from = t[i - 1].lower === 'one' ? i - 2 : i - 1;
      words.push(spaced(t.slice(from, i + 1)));
      continue;
    }
    // "standards needed to be improved", "the deal needs changing": what needs mending is
    // found wanting, though "need" and "improve" are each good words.
    const mending = needsMending(t, i);
    if (mending > 0) {
      sum -= weight;
      words.push(spaced(t.slice(i, i + mending + 1)));
      i += mending;
      continue;
    }
    let sign = POLARITY[token.lemma] ?? POLARITY[token.lower] ?? 0;
    // "will cause great uncertainty": a word of size before a harm only makes it bigger.
    if (sign > 0 && INTENSIFIERS.has(token.lower) && harmAfter(t, i)) continue;
    // "had been too cautious", "is too slow": more than is wanted is a fault, whatever the word.
    const excess =
      t[i - 1]?.lower === 'too' && token.pos === 'ADJ' && !EXTENT.has(token.lower) && sign >= 0;
    if (excess) sign = -1;
    if (sign === 0 && ADVOCACY_LEMMAS.has(token.lemma) && advocates(t, i)) {
      // "should not", "must never": urging against what follows.
      sign = NEGATORS.has(t[i + 1]?.lower ?? '') ? -0.5 : 0.5;
    }
    if (sign === 0) continue;
    // A withholding verb before a motion term is part of the topic, not a polar word.
    if (
      WITHHOLDING_VERBS.has(token.lemma) &&
      t.slice(i + 1, i + 5).some((w) => model.terms.has(w.stem))
    ) {
      continue;
    }
    if (negatedBefore(t, i) || (sign > 0 && scantBefore(t, i))) sign = -sign;
    // "a colossal mistake to spurn the deal", "irresponsible to do nothing": a fault found in
    // refusing the act, or in not acting, is for the act.
    const refusing = sign < 0 ? faultInRefusing(t, i) : -1;
    if (refusing >= 0 || (sign < 0 && inactionBefore(t, i))) {
      sign = -sign;
      sum += sign * weight;
      words.push(token.text);
      if (refusing > i) i = refusing;
      continue;
    }
    // "the risks could be managed": a harm kept in bounds is no argument against.
    if (sign < 0 && lessened(t, i)) sign = -sign;
    // "for a benefit most of them would never feel": a good that a relative clause denies.
    if (sign > 0 && deniedAfter(t, i)) sign = -sign;
    sum += sign * weight;
    words.push(token.text);
  }
  const lexical = Math.tanh(sum / 2);
  const wink = sentimentOf(t.map((x) => x.text).join(' '));
  return { value: lexical + 0.5 * wink, words: words.slice(0, 6) };
}

const PROTEST_CALLS = new Set([
  'call',
  'stage',
  'hold',
  'organise',
  'organize',
  'announce',
  'plan',
  'launch',
  'threaten',
  'lead',
]);

/** The holder's own (unquoted) call for a protest, strike or boycott: its words, or null. */
function callsProtest(unit: ClaimUnit): string | null {
  const t = unit.tokens;
  for (let i = 0; i < t.length; i++) {
    if (unit.quoted[i] || !PROTEST_CALLS.has(t[i].lemma) || negatedBefore(t, i)) continue;
    const noun = t.slice(i + 1, i + 5).findIndex((w) => PROTEST_NOUNS.has(w.lower));
    if (noun >= 0) return spaced(t.slice(i, i + noun + 2));
  }
  return null;
}

/** Where "stand", "rally" or "unite" comes in the few words before "against" at `i`; -1 if not. */
function standsBefore(t: Token[], i: number): number {
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) if (STANDING.has(t[k].lemma)) return k;
  return -1;
}
const STANDING = new Set(['stand', 'rally', 'unite']);
const MISGIVINGS = new Set(
  'concern worry fear reservation objection doubt frustration anger dismay outrage disappointment'.split(
    ' ',
  ),
);

/** Verbs of turning an offer or measure down, besides those that undo one. */
const TURNING_DOWN = new Set([
  ...UNDOING_VERBS,
  ...WITHHOLDING_VERBS,
  'spurn',
  'reject',
  'oppose',
  'abandon',
  'ignore',
  'delay',
  'shelve',
]);

/** "a mistake to reject", "wrong to scrap": the index of the refusing verb, or -1. */
function faultInRefusing(t: Token[], i: number): number {
  for (let j = i + 1; j <= i + 3 && j + 1 < t.length; j++) {
    if (t[j].lower === 'to' && TURNING_DOWN.has(t[j + 1].lemma)) return j + 1;
  }
  return -1;
}

/** "doing nothing about the deficit would be irresponsible", "inaction is not an option". */
function inactionBefore(t: Token[], i: number): boolean {
  for (let k = Math.max(0, i - 14); k < i; k++) {
    if (t[k].lower === 'inaction') return true;
    if (t[k].lower === 'nothing' && t[k - 1]?.lemma === 'do') return true;
  }
  return false;
}

const INTENSIFIERS = new Set(['great', 'greater', 'real', 'significant', 'huge', 'serious']);
const HARMS = new Set([
  'uncertainty',
  'suspicion',
  'confusion',
  'disruption',
  'hardship',
  'distress',
]);

function harmAfter(t: Token[], i: number): boolean {
  const next = t[i + 1];
  return (
    next !== undefined &&
    (HARMS.has(next.lower) || (POLARITY[next.lemma] ?? 0) < 0 || afinnScore(next) < 0)
  );
}

/** "little lasting benefit", "scant evidence of success": hardly any of the good that follows. */
const SCANT = new Set(['little', 'scant', 'few']);

function scantBefore(t: Token[], i: number): boolean {
  for (let k = Math.max(0, i - 2); k < i; k++) {
    // "a little", "a few" are some, not hardly any.
    if (SCANT.has(t[k].lower) && t[k - 1]?.lower !== 'a') return true;
  }
  return false;
}

/** "must", "should", "need to", "it is time", "urge", "sued to", "called for". */
function advocates(t: Token[], i: number): boolean {
  const w = t[i];
  if (w.lemma === 'time') return t[i - 1]?.lemma === 'be' || t[i - 1]?.lower === 'past';
  if (w.lemma === 'need') return t[i + 1]?.lower === 'to';
  if (w.lemma === 'sue') return t[i + 1]?.lower === 'to' || t[i + 1]?.lower === 'for';
  if (w.lemma === 'call') return t[i + 1]?.lower === 'for';
  return true;
}

export function sideOf(score: number): Side {
  return score >= 0 ? 'PRO' : 'CON';
}
