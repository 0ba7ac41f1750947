import { photoCaptions } from './photo-captions';
import { isPageFurniture } from '../import/page-furniture';
import { isDateline } from '../import/dateline';
import { wireDatelineEnd } from './wire-dateline';
import type { ParsedArticle, ParsedParagraph, ParsedSentence } from '../import/parsed-article';
import { findAttributions, invertedSpeaker, type Attribution } from './attribution';
import {
  headedPoints,
  headingSide,
  listedPoints,
  listHeading,
  sideHeadedParagraphs,
  reactionHeadedParagraphs,
} from './listed-points';
import { askersTurn, interviewOf, opensWithTurnLabel, timeCodeLength } from './interview-answers';
import { countBefore } from '../../common/count-before';
import { isQuoteMark, quotedFlags } from './quote-marks';
import { tokenize, type Token } from './seeding-nlp';
import { campDenied, MEASURE_VERDICTS, STANCE_SUBJECTS, STANCE_VERBS } from './stance-lexicon';

export type UnitKind = 'ATTRIBUTED' | 'QUOTED' | 'FRAMING';

/** A sentence, or a clause of one, that may report a position. */
export interface ClaimUnit {
  start: number;
  end: number;
  tokens: Token[];
  /** Per token: inside quoted speech. */
  quoted: boolean[];
  /** All tokens of the sentence the unit comes from (for the topic of split clauses). */
  sentence: Token[];
  kind: UnitKind;
  holder: string | null;
  holderTokens: Token[];
  /** Lemma of the attribution cue ("say", "according", "argue"), if any. */
  cue: string | null;
  paragraph: number;
  /** Consecutive sentences of one quotation share a group. */
  group: number;
  isLede: boolean;
  /** Set on the clause of a "We are for X, but ..." sentence: it argues the other way. */
  concessionOf: ClaimUnit | null;
  /**
   * Set on a writer's "But …" right after another holder's claim ("Supporters say the charge
   * would cut pollution. But pollution is falling already …"): it answers that claim.
   */
  answers: ClaimUnit | null;
  /**
   * The answer takes up the claim by a demonstrative rather than "But" ("The council says the
   * change will save £400,000. That saving will be paid for by …"): it answers only when its own
   * words do not clearly agree.
   */
  answerTakesUp?: boolean;
  /**
   * "The dog owners who brought the case said … \"…,\" said their spokesman": the holder of the
   * paragraph's earlier statement that a holder opening with "its" or "their" speaks for.
   */
  speaksFor?: Token[];
  /**
   * A signed letter's sentence that neither argues by its form nor reports anyone ("on most
   * Saturday mornings fewer than twenty people come through the door"): the writer's, kept only
   * when it speaks of the motion's matter.
   */
  tells?: boolean;
  /** A letter's own opening sentence, which argues in its writer's name. */
  opensLetter?: boolean;
  /**
   * The paragraph opened by saying its speaker doubts ("Virta … was not persuaded. \"…,\" he
   * said"): the speaker's words there answer the case for the measure.
   */
  doubting?: boolean;
  /**
   * The paragraph opened by saying its speaker defends what the article reports ("Minister Robert
   * Hale defended the timetable.", "The authority rejected the criticism, saying …"): the
   * speaker's words there answer the critics of the measure.
   */
  defending?: boolean;
  /**
   * Said in a paragraph that opens by telling that a group is divided ("Shopkeepers in the
   * historic quarter were divided."): its members' statements after it are their positions.
   */
  divided?: boolean;
  /**
   * A point of a list its introducer argues ("Opponents argue that:" then bullets): +1 under a
   * heading for the measure ("The case for"), -1 under one against it, 0 under another heading.
   */
  listSide?: number;
  /**
   * Said in a paragraph under a heading that names only a side ("Who is against it?", "The case
   * for"): +1 for the measure, -1 against it.
   */
  headedSide?: number;
  /** Said in a paragraph under a heading that announces reactions ("How the game reacted"). */
  headedReaction?: boolean;
  /**
   * Said in a paragraph of an opinion piece that opens by telling that its speaker disagrees
   * ("Tomas Reinholt, head teacher of Brookside Primary, disagrees."): the writer it answers.
   */
  rebuts?: string;
}

interface Holder {
  text: string;
  tokens: Token[];
  cue: string;
  /** A writer named by a signature line under the letter. */
  signed?: boolean;
  /** A writer known only by the headline's rubric ("Editorial: …"), not by a first person. */
  rubric?: boolean;
}

interface SentenceInfo {
  sentence: ParsedSentence;
  tokens: Token[];
  quoted: boolean[];
  attributions: Attribution[];
  continuation: boolean;
  allQuoted: boolean;
}

/**
 * A paragraph that holds no position whatever the format: a page's furniture ("Subscribe to get
 * the next issue in your inbox."), which a Markdown or text export keeps as written, or a table's
 * row ("2020 | 410 | 410", as a Markdown table is imported) that gives no side (`tableRow`).
 * Under a heading that names a side, both had become that side's points.
 */
function saysNothing(article: ParsedArticle, p: number): boolean {
  const { text, start } = article.paragraphs[p];
  if (isPageFurniture(text) || photoCaptions(article).has(p)) return true;
  return TABLE_ROW.test(text.trim()) && !tableRow(article, p, tokenize(text, start));
}

/** Every candidate unit of an article, in body order (before relevance and side scoring). */

export function claimUnits(article: ParsedArticle): ClaimUnit[] {
  const units: ClaimUnit[] = [];
  let group = 0;
  let ledeSeen = false;
  const writers = writersOf(article);
  const columnWriter = writerOf(article);
  const points = listedPoints(article);
  const headed = headedPoints(article);
  const interview = interviewOf(article);
  const interviewee: Holder | null = interview && {
    text: interview.name,
    tokens: tokenize(interview.name, interview.start),
    cue: 'answer',
  };
  const introducers = new Map<number, Holder>();
  const asks = askersTurn(article);
  const sideHeaded = sideHeadedParagraphs(article);
  const reactionHeaded = reactionHeadedParagraphs(article);
  // A wire report runs one speaker's quotation on over paragraphs: '"…," she said.' then a
  // paragraph wholly in quotation marks that names nobody is hers.
  let quotedBefore: Holder | null = null;
  article.paragraphs.forEach((paragraph, p) => {
    const carriedIn = quotedBefore;
    quotedBefore = null;
    if (isDateline(paragraph.text) || saysNothing(article, p)) return;
    // "BERG: Road safety groups say …": a transcript's presenter passes on, takes no position.
    if (asks(paragraph.text)) return;
    // A list whose introducer names nobody ("The changes include:") is read as any paragraphs.
    const listHolder = introducers.get(points.get(p) ?? -1);
    if (listHolder) {
      const side = headingSide(listHeading(article, points.get(p)!));
      units.push(...listedPoint(article, p, side, ++group, listHolder));
      return;
    }
    // "## Against" then bullets with no introducer: the points of the side the heading names.
    const headedSide = points.has(p) ? undefined : headed.get(p);
    if (headedSide !== undefined) {
      const camp = headedSide > 0 ? 'supporters' : 'opponents';
      const holder = { text: camp, tokens: [], cue: 'list' };
      units.push(...listedPoint(article, p, headedSide, ++group, holder));
      return;
    }
    // "Q: The opposition says the plan will cost … Where will that come from?": the interviewer
    // asks; what a question reports is put to the interviewee, not a position the article gives.
    if (interview?.questions.has(p)) return;
    const writer = writers(paragraph.start);
    const tokens = tokenize(paragraph.text, paragraph.start);
    const flags = quotedFlags(tokens, article.body);
    // "**Will prices rise?**" / "A little, at first. …": an unlabelled answer is the interviewee's.
    const row = tableRow(article, p, tokens);
    const answer: { holder: Holder; from: number; to?: number } | null =
      row ??
      bracketSource(tokens, article.body) ??
      answerLabel(tokens, article.body, article.title ?? '') ??
      (interviewee && interview!.answers.has(p)
        ? { holder: interviewee, from: ANSWER_MARK.test(paragraph.text) ? 2 : 0 }
        : null);
    // An answer is the speaker's own words, like a quotation.
    if (answer) flags.fill(true, answer.from);
    const infos = paragraph.sentences.map((sentence) => sentenceInfo(sentence, tokens, flags));
    const introducer = [...points.values()].includes(p) ? introducerOf(infos, article.body) : null;
    if (introducer) {
      // "Supporters … make these points:": announces the list; the points are the claims.
      introducers.set(p, introducer);
      ledeSeen = true;
      return;
    }
    // "Virta, speaking to us separately, was not persuaded.": the doubt colours what follows.
    const opening = paragraph.sentences[0].text;
    const doubting =
      infos.length > 1 &&
      ((!infos[0].attributions.length && doubts(opening)) ||
        DOUBTED_EVIDENCE.test(opening) ||
        APPEALING.test(opening));
    const defending = DEFENDING.test(opening);
    // "> **The other view** / > Tomas Reinholt, head teacher …, disagrees. \"…\"": a column's
    // box for the other side; the opening only announces it.
    const rebuttal = columnWriter !== null && infos.length > 1 && REBUTTAL.test(opening);
    const firstUnit = units.length;
    let groupHolder: Holder | null = null;
    const runsOn =
      carriedIn !== null &&
      infos.every((i) => i.allQuoted && !i.attributions.some((a) => a.holder));
    let previousHolder: Holder | null = runsOn ? carriedIn : null;
    const signedBelow = dashSignature(article.paragraphs[p + 1]);
    if (answer) group++;
    infos.forEach((info, s) => {
      const isLede = !ledeSeen;
      ledeSeen = true;
      if (answer) {
        // "Brandt: I do. Phones distract pupils …": the labelled speaker's answer, one quotation.
        const from = info.tokens.findIndex((t) => t.start >= tokens[answer.from]?.start);
        // A source in brackets after the quotation is no part of it.
        const to =
          answer.to === undefined
            ? info.tokens.length
            : info.tokens.filter((t) => t.start < tokens[answer.to!].start).length;
        if (from >= 0 && from < to) {
          const unit = makeUnit(info, from, to, 'QUOTED', answer.holder, p, group, isLede);
          // "I never worry about a vote until the night before": the speaker tells of themself;
          // kept only when it speaks of the matter, like a signed letter's telling sentence.
          const own = info.tokens.slice(from);
          if (own.find((t) => t.pos !== 'PUNCT')?.text === 'I' && !argues(own)) unit.tells = true;
          units.push(unit);
        }
        return;
      }
      if (!info.continuation && !continuesQuotation(infos, s)) {
        group++;
        groupHolder = groupHolderOf(infos, s, article.body);
      }
      const named = info.attributions.filter((a) => a.holder);
      if (named.length > 0) {
        const made = attributedUnits(info, named, article.body, p, group, isLede);
        // "I oppose the runway because …": the first person of a letter or a column is its writer.
        if (writer) for (const unit of made) asWriter(unit, writer);
        units.push(...made);
        previousHolder = holderOf(info, named[0], article.body);
        return;
      }
      const inherited =
        (signedBelow && info.allQuoted ? signedBelow : null) ??
        groupHolder ??
        (info.allQuoted ? (previousHolder ?? nextHolder(infos, s, article.body)) : null);
      if (inherited && info.tokens.some((_, i) => info.quoted[i])) {
        units.push(makeUnit(info, 0, info.tokens.length, 'QUOTED', inherited, p, group, isLede));
        return;
      }
      const framing = framingHolder(info);
      if (framing) {
        const holder = { text: spanText(article.body, framing), tokens: framing, cue: 'frame' };
        units.push(makeUnit(info, 0, info.tokens.length, 'FRAMING', holder, p, group, isLede));
        return;
      }
      // A letter or an opinion piece: the writer's own sentences are the writer's arguments.
      // A letter's opening sentence argues in the writer's name too ("Sir, The council's plan
      // … would shut out …"); a report's lede is never taken this way (no writer).
      // "Sir, I was saddened to learn that the board plans …" only passes the news on.
      // An editorial known by its rubric opens on the news it answers ("Next Thursday the
      // council will vote …"), not on its case.
      const opens =
        !isLede || (writer?.cue === 'writer' && !writer.rubric && !learnsThat(info.tokens));
      // A signed letter is its writer's case in every sentence: one that only tells is taken
      // too, and kept later only if it speaks of the matter.
      const tells =
        (writer?.signed === true || writer?.rubric === true) &&
        !argues(info.tokens) &&
        !SIGNATURE.test(paragraph.text.trim());
      if (
        writer &&
        opens &&
        !(rebuttal && s === 0) &&
        !info.quoted.some(Boolean) &&
        (tells || argues(info.tokens))
      ) {
        const unit = makeUnit(info, 0, info.tokens.length, 'ATTRIBUTED', writer, p, group, isLede);
        if (tells) unit.tells = true;
        if (isLede) unit.opensLetter = true;
        const before = units[units.length - 1];
        if (before?.paragraph === p && before.holder !== writer.text) {
          if (CONTRASTING.has(info.tokens[0]?.lower ?? '')) unit.answers = before;
          else if (takesUp(info.tokens, before)) {
            unit.answers = before;
            unit.answerTakesUp = true;
          }
        }
        units.push(unit);
      }
    });
    if (doubting) for (const unit of units.slice(firstUnit)) unit.doubting = true;
    if (defending) for (const unit of units.slice(firstUnit)) unit.defending = true;
    if (rebuttal) {
      for (const unit of units.slice(firstUnit)) {
        if (unit.holder !== columnWriter.text) unit.rebuts = columnWriter.text;
      }
    }
    const underSide = sideHeaded.get(p) ?? row?.side;
    if (underSide) for (const unit of units.slice(firstUnit)) unit.headedSide = underSide;
    if (reactionHeaded.has(p)) {
      for (const unit of units.slice(firstUnit)) unit.headedReaction = true;
    }
    const divided = infos.length > 1 && !infos[0].attributions.length && DIVIDED.test(opening);
    if (divided) for (const unit of units.slice(firstUnit)) unit.divided = true;
    const last = infos[infos.length - 1];
    const endsQuoted =
      last !== undefined &&
      last.quoted.some(Boolean) &&
      last.attributions.some((a) => a.holder) &&
      units.length > firstUnit;
    quotedBefore = runsOn ? carriedIn : endsQuoted ? previousHolder : null;
  });
  spokespeople(units);
  return units.flatMap((unit) => [unit, ...concessions(unit)]);
}

/** "A: Because a fare is a tax …": a transcript's mark of the answer, no part of its words. */
const ANSWER_MARK = /^A\s*:/u;

/** Who argues the points of a list: the holder its introducing sentence names. */
function introducerOf(infos: SentenceInfo[], body: string): Holder | null {
  const last = infos[infos.length - 1];
  if (!last) return null;
  const named = last.attributions.find((a) => a.holder);
  if (named) return holderOf(last, named, body);
  const framing = framingHolder(last);
  if (framing) return { text: spanText(body, framing), tokens: framing, cue: 'frame' };
  // "The Association of Small Retailers opposes the scheme. Their arguments:": a bare label
  // for the list points back to whom the sentence before it names.
  const before = infos[infos.length - 2];
  if (!before || last.tokens.filter((t) => t.pos !== 'PUNCT').length > LIST_LABEL_WORDS) {
    return null;
  }
  return introducerOf([before], body);
}

/** Most words of a bare label before a list ("Their arguments:", "Among their reasons:"). */
const LIST_LABEL_WORDS = 4;

/** A listed point: its introducer's claim, with the side its section's heading names. */
function listedPoint(
  article: ParsedArticle,
  p: number,
  side: number,
  group: number,
  holder: Holder,
): ClaimUnit[] {
  const paragraph = article.paragraphs[p];
  const tokens = tokenize(paragraph.text, paragraph.start);
  const flags = quotedFlags(tokens, article.body);
  return paragraph.sentences.map((sentence) => {
    const info = sentenceInfo(sentence, tokens, flags);
    const unit = makeUnit(info, 0, info.tokens.length, 'ATTRIBUTED', holder, p, group, false);
    unit.listSide = side;
    return unit;
  });
}

/**
 * The words of the unit's sentence before its holder, as one text: the role the sentence gives
 * the holder ("The study's lead author,", "The councillor leading the plan,"); null without a
 * holder. Possessives and hyphens are joined as written ("study's", "co-author").
 */
export function roleBeforeHolder(unit: ClaimUnit): string | null {
  const start = unit.holderTokens[0]?.start;
  if (start === undefined) return null;
  return unit.sentence
    .filter((t) => t.start < start)
    .map((t) => t.text)
    .join(' ')
    .replace(/ ['’]s\b/gu, "'s")
    .replace(/ - /gu, '-');
}

/** "X, head teacher of …, disagrees.", "begs to differ", "takes the opposite view". */
const REBUTTAL =
  /\b(?:disagrees|disagreed|begs\s+to\s+differ|takes?\s+(?:the|a)\s+(?:opposite|different|contrary)\s+view)\b/iu;

/** "Shopkeepers were divided.", "Residents are split over …", "Opinion was mixed.". */
const DIVIDED =
  /\b(?:was|were|is|are|remained|remain|seemed|seem)\s+(?:deeply\s+|sharply\s+|bitterly\s+)?(?:divided|split|mixed)\b/iu;

/**
 * "was not persuaded", "remained unconvinced", "is sceptical", "was less convinced", "are less
 * sure", "was not so sure": a speaker who doubts.
 */
const DOUBT =
  /\b(?:was|were|is|are|remain|remained|remains|seemed|seems)\s+(?:(?:not|far from)\s+(?:persuaded|convinced|impressed)|(?:less|not so)\s+(?:convinced|persuaded|sure|certain|impressed)|unconvinced|unpersuaded|unimpressed|unmoved|sceptical|skeptical)\b/iu;

/**
 * A doubt the sentence itself says was overcome is no doubt: "I was sceptical too, but my
 * sister's town switched …", "He was unconvinced at first", "remained sceptical until he saw the
 * figures" tell of a mind changed, which argues for the other side if anything.
 */
function doubts(sentence: string): boolean {
  const doubt = DOUBT.exec(sentence);
  if (!doubt) return false;
  return !/^[^.;]*?(?:,\s*but\b|\buntil\b|\bat first\b)/iu.test(
    sentence.slice(doubt.index + doubt[0].length),
  );
}

/**
 * "rejected the study's conclusions", "disputed the findings": a speaker who doubts the evidence
 * for the measure; a sentence that says so is attributed, unlike "was not persuaded".
 */
const DOUBTED_EVIDENCE =
  /\b(?:rejected|rejects|disputed|disputes|questioned|questions|dismissed|dismisses)\s+(?:the|its|their|these)\s+(?:[\w-]+['’]s?\s+)?(?:conclusions?|findings?|results|figures|evidence|data|study|research|report)\b/iu;

/**
 * "The company said it would appeal.", "The union vowed to challenge the decision": the speaker
 * goes to fight the measure, and what the paragraph then gives is its case against it.
 */
const APPEALING =
  /\b(?:(?:said|says|announced)\s+(?:it|they|he|she)\s+(?:would|will|is going to|are going to|plans? to|intends? to)|(?:vowed|pledged|promised|plans?|intends?|threatened)\s+to)\s+(?:appeal|challenge|fight)\b/iu;

const POSSESSIVES = new Set(['its', 'their']);

/** A statement referred back to: "In a statement, the company said … \"…,\" the statement said." */
const ISSUED = /^the (?:statement|letter|memo|email|post)$/iu;

/**
 * Sets `speaksFor` on units held by "its chair", "their spokesman" (see ClaimUnit), and by "the
 * statement" after the paragraph names who issued it.
 */
function spokespeople(units: ClaimUnit[]): void {
  units.forEach((unit, i) => {
    const first = unit.holderTokens.find((t) => t.pos !== 'PUNCT');
    if (
      !first ||
      !(
        POSSESSIVES.has(first.lower) ||
        ISSUED.test(unit.holder?.trim() ?? '') ||
        rolePutBefore(unit, first)
      )
    ) {
      return;
    }
    for (let j = i - 1; j >= 0 && units[j].paragraph === unit.paragraph; j--) {
      const before = units[j].holderTokens.find((t) => t.pos !== 'PUNCT');
      if (before && !POSSESSIVES.has(before.lower) && units[j].holder !== unit.holder) {
        unit.speaksFor = units[j].holderTokens;
        return;
      }
    }
  });
}

/**
 * "Its director, Ruth Omari, said …": the sentence opens with "its" / "their" and a role of a few
 * words set before the holder's name, which the holder does not keep.
 */
function rolePutBefore(unit: ClaimUnit, first: Token): boolean {
  const at = unit.sentence.indexOf(first);
  return (
    at >= 2 &&
    at <= 5 &&
    POSSESSIVES.has(unit.sentence[0].lower) &&
    unit.sentence[at - 1].text === ','
  );
}

/** Paragraphs read for the writer's first person ("Sir, I was dismayed …", "I think …"). */
const OPENING_PARAGRAPHS = 3;
const CONTRASTING = new Set(['but', 'however', 'yet']);
const FIRST_PERSON = new Set(['i', 'my', 'me']);
/** A sentence that argues rather than reports: a modal of consequence or obligation. */
const ARGUING_MODALS = new Set(['would', 'will', 'should', 'must', 'cannot']);

/**
 * The writer of a letter or an opinion piece, who argues in the first person outside any
 * quotation in the opening paragraphs ("Sir, I was dismayed to read …", "I think this is a
 * mistake"). Named by the byline, or by a signature line at the end ("Margaret Hale, Kelby");
 * "the writer" otherwise. Null for a report, whose writer does not take a side.
 */
/** "Ellen Marsh, Brackley": a signature line of two to four capitalised names and a place. */
const SIGNATURE = /^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,3}(?:,\s[\p{L}\s'’-]+)?$/u;

/**
 * The writer of each part of the article, by where the part starts (see `writerOf`). A page of
 * letters signs each one below it ("… I urge councillors to think again. / Ellen Marsh,
 * Brackley / Sir, I have volunteered …"): a paragraph is written by the first signature after
 * it; the layout may have made a signature between two letters a heading.
 */
function writersOf(article: ParsedArticle): (at: number) => Holder | null {
  const writers = signedWritersOf(article);
  // "**The other view**" then another's words: the column ends where its box for the other
  // side begins, and nothing after that line is the writer's.
  const box = [
    ...article.sections.map((h) => ({ text: h.heading, at: h.start })),
    ...article.paragraphs.map((p) => ({ text: p.text, at: p.start })),
  ].find((line) =>
    OTHER_VIEW.test(
      line.text
        .trim()
        .replace(/[*_:.]+/gu, '')
        .trim(),
    ),
  );
  return box ? (at) => (at > box.at ? null : writers(at)) : writers;
}

/** "The other view", "The opposing view", "Right of reply": a column's box for the other side. */
const OTHER_VIEW =
  /^(?:the\s+|an\s+)?(?:other|opposing|another|alternative|contrary)\s+view$|^right\s+of\s+reply$|^the\s+other\s+side$/iu;

function signedWritersOf(article: ParsedArticle): (at: number) => Holder | null {
  const writer = writerOf(article);
  if (!writer) return () => null;
  const lines = letterSignatureLines(article);
  const signed = [
    ...article.sections
      .filter((h) => SIGNATURE.test(h.heading.trim()))
      .map((h) => ({ at: h.start, holder: signatureHolder(h.heading, h.start) })),
    ...lines.map((p) => ({ at: p.start, holder: signatureHolder(p.text, p.start) })),
  ].sort((a, b) => a.at - b.at);
  if (signed.length === 0) return () => writer;
  // Below the last letter's signature the page speaks again ("Letters may be edited for
  // length", "The cabinet will decide on 24 June"): that note is nobody's letter.
  const last = lines.length > 0 ? lines[lines.length - 1].start : Infinity;
  return (at) => signed.find((sig) => sig.at > at)?.holder ?? (at > last ? null : writer);
}

/**
 * "Sir, —", "Madam,", "Dear Editor,": the salutation that opens a letter to the editor, which
 * makes the page a page of letters even when its first sentences have no "I".
 */
const SALUTATION = /^(?:sir|madam|sir or madam|dear (?:sir|madam|sir or madam|editor))\s*,/iu;

function isLettersPage(article: ParsedArticle): boolean {
  return article.paragraphs.some((p) => SALUTATION.test(p.text.trim()));
}

/**
 * A page of letters whose layout kept each signature as a line of its own ("… than it saves.
 * / Margaret Doyle / Elm Park / Sir, — I was sceptical …"): the name is the first short line
 * after a letter's last sentence (the place or the role on the line under it is not a name).
 */
function letterSignatureLines(article: ParsedArticle): ParsedParagraph[] {
  if (!isLettersPage(article)) return [];
  return article.paragraphs.filter((p, i) => {
    const before = article.paragraphs[i - 1]?.text.trim() ?? '';
    return SIGNATURE.test(p.text.trim()) && /[.!?"”’)]$/u.test(before);
  });
}

function signatureHolder(line: string, start: number): Holder {
  const name = line.trim().split(',')[0];
  return { text: name, tokens: tokenize(name, start), cue: 'writer', signed: true };
}

/** A headline's rubric that marks an opinion piece: the paper's editorial or a column. */
const OPINION_RUBRIC = /^(?:editorial|leader|our view|comment|opinion|column)\s*:/iu;
/**
 * A rubric that marks a reader's letter or a guest's view: its sentences are the writer's, but
 * its headline is the paper's ("Letters: Save our swimming pool"), so it is no verdict of theirs.
 */
const LETTER_RUBRIC = /^(?:letters?(?: to the editor)?|viewpoint|op-ed|your views?)\s*:/iu;

/** Who the article's own "I" is: its byline or signature, "the editorial" or "the writer". */
export function writerText(article: ParsedArticle): string {
  return writerOf(article)?.text ?? 'the writer';
}

function writerOf(article: ParsedArticle): Holder | null {
  const opening = article.paragraphs
    .filter((p) => !isDateline(p.text))
    .slice(0, OPENING_PARAGRAPHS);
  const firstPerson = opening.some((paragraph) => {
    // "BRANDT: I did not take this decision lightly": the speaker's "I", not the writer's.
    if (opensWithTurnLabel(paragraph.text)) return false;
    const tokens = tokenize(paragraph.text, paragraph.start);
    const flags = quotedFlags(tokens, article.body);
    if (flags.some(Boolean)) return false;
    return tokens.some(
      (t, i) =>
        FIRST_PERSON.has(t.lower) && (t.lower !== 'i' || t.text === 'I') && i < tokens.length,
    );
  });
  // "Editorial: Harwood does not need …", "Comment: …": the rubric says the piece argues.
  const rubric = OPINION_RUBRIC.exec(article.title.trim());
  // A letter to the editor argues in its writer's name from its salutation on ("Sir, — The
  // council's plan … is a false economy"), "I" or not; so does one under a "Letter:" rubric.
  const letters = isLettersPage(article) || LETTER_RUBRIC.test(article.title.trim());
  if (!firstPerson && !rubric && !letters && !columnist(article, opening)) return null;
  const last = article.paragraphs[article.paragraphs.length - 1];
  const signature =
    last && SIGNATURE.test(last.text.trim()) ? last.text.trim().split(',')[0] : null;
  const name = article.byline?.trim() || signature;
  const text =
    name ||
    (rubric && /^(?:editorial|leader|our view)/iu.test(rubric[0]) ? 'the editorial' : 'the writer');
  const tokens = name ? tokenize(name, last && name === signature ? last.start : 0) : [];
  const signed = name !== null && name === signature;
  return {
    text,
    tokens: signed && last ? tokens : [],
    cue: 'writer',
    signed,
    rubric: !firstPerson && !letters,
  };
}

/** "Clara Wendt is a former teacher and writes a weekly column on education.": a columnist. */
const COLUMNIST_NOTE =
  /^\s*is\s+(?:a|an|the)\b[^.]*\b(?:column|columnist|writes\s+(?:a|an|every|each))\b/iu;

/**
 * A column signed by its byline says who its writer is in a note of its own among the opening
 * paragraphs ("*Clara Wendt is a former primary teacher and writes a weekly column on
 * education.*"): the name of the byline, "is a …", and column, columnist or "writes a / every …".
 * Its sentences argue in the writer's name even when none says "I".
 */
function columnist(article: ParsedArticle, opening: ParsedParagraph[]): boolean {
  const name = article.byline?.trim();
  if (!name) return false;
  return opening.some(
    (p) => p.text.startsWith(name) && COLUMNIST_NOTE.test(p.text.slice(name.length)),
  );
}

/**
 * "Editorial: Harwood does not need a stadium it cannot afford": the headline of a piece its
 * rubric marks as opinion is its writer's verdict, a unit held by the writer (not a position
 * of its own: it is not in the body), whose side leans the writer's sentences. Null for a report.
 */
export function opinionHeadline(article: ParsedArticle): ClaimUnit | null {
  const rubric = OPINION_RUBRIC.exec(article.title.trim());
  const writer = writerOf(article);
  if (!rubric || !writer || article.titleDerived) return null;
  const text = article.title.trim().slice(rubric[0].length).trim();
  const tokens = tokenize(text);
  if (tokens.length === 0) return null;
  const info: SentenceInfo = {
    sentence: { text, start: 0, end: text.length },
    tokens,
    quoted: tokens.map(() => false),
    attributions: [],
    continuation: false,
    allQuoted: false,
  };
  return makeUnit(info, 0, tokens.length, 'ATTRIBUTED', writer, -1, -1, false);
}

/** Verbs of opinion or stance after the writer's "I" / "we": "I think", "I oppose", "we welcome". */
const WRITER_OPINIONS = new Set(['think', 'believe', 'fear', 'doubt', 'hope', 'agree', 'disagree']);
const WRITER_APPEALS = new Set(['ask', 'urge', 'call', 'beg', 'implore', 'appeal']);
const LINKING = new Set(['be', 'seem', 'prove', 'remain', 'look']);
const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those']);

/**
 * Whether a sentence of the writer's own argues: a modal of consequence or obligation, a verb of
 * opinion or stance after "I" ("I think", "I oppose"), or a verdict after a linking verb ("This
 * plan is wrong", "Approving it was a mistake", "the cut is not necessary"), or a sentence that
 * takes up what was just said by a demonstrative in its subject ("Most of those jobs already
 * exist …", "That saving will be paid for by …"). A sentence that only tells ("I have lived here
 * for twenty years", "The owners promise new jobs") does not.
 */
function argues(tokens: Token[]): boolean {
  return tokens.some((t, i) => {
    if (ARGUING_MODALS.has(t.lower)) return true;
    const next = tokens[i + 1];
    if ((t.text === 'I' || t.lower === 'we') && next) {
      if (WRITER_OPINIONS.has(next.lower) || STANCE_VERBS[next.lemma] !== undefined) return true;
      // "I ask councillors to reconsider", "we call on the council to …": the writer's appeal.
      if (WRITER_APPEALS.has(next.lemma)) return true;
    }
    // "Most of those jobs already exist …": the writer takes up what was just said to answer it.
    const subject = !tokens.slice(0, i).some((w) => w.pos === 'VERB' || w.pos === 'AUX');
    if (i < 4 && subject && DEMONSTRATIVES.has(t.lower) && next?.pos === 'NOUN') return true;
    if (MEASURE_VERDICTS[t.lower] === undefined) return false;
    return tokens.slice(Math.max(0, i - 4), i).some((w) => LINKING.has(w.lemma));
  });
}

/**
 * "The council says the change will save £400,000 a year. That saving will be paid for by …":
 * the subject takes up a word of the claim just reported with a demonstrative ("that saving" /
 * "save", "those jobs" / "jobs").
 */
function takesUp(tokens: Token[], before: ClaimUnit): boolean {
  const holder = new Set(before.holderTokens);
  const said = new Set(before.tokens.filter((t) => !holder.has(t)).map((t) => t.stem));
  return tokens.some(
    (t, i) =>
      i < 4 &&
      DEMONSTRATIVES.has(t.lower) &&
      tokens[i + 1]?.pos === 'NOUN' &&
      said.has(tokens[i + 1].stem) &&
      !tokens.slice(0, i).some((w) => w.pos === 'VERB' || w.pos === 'AUX'),
  );
}

const LEARNING = new Set(['read', 'learn', 'hear', 'see', 'discover', 'find']);

/** "I was dismayed to read that …", "we learned that …": the writer passing the news on. */
function learnsThat(tokens: Token[]): boolean {
  return tokens.some((t, i) => LEARNING.has(t.lemma) && tokens[i + 1]?.lower === 'that');
}

/** An attributed unit whose holder is the first person ("I", "we") is the writer's. */
function asWriter(unit: ClaimUnit, writer: Holder): void {
  // "I fully support …": an adverb read into the holder is no part of who holds it.
  const first = unit.holderTokens.filter((t) => t.pos !== 'PUNCT' && t.pos !== 'ADV');
  if (first.length !== 1 || !['i', 'we'].includes(first[0].lower)) return;
  unit.holder = writer.text;
  unit.holderTokens = writer.tokens.length > 0 ? writer.tokens : unit.holderTokens;
  unit.cue = writer.cue;
}

/**
 * '"A family of four would pay £56 more," said its chair. "That is the difference …"': a
 * quotation that goes on in a new sentence after an attribution placed inside it is the same
 * quotation. The sentence before must open with the quotation and give its speaker after it;
 * this one must be wholly quoted and name nobody.
 */
function continuesQuotation(infos: SentenceInfo[], s: number): boolean {
  const info = infos[s];
  const before = infos[s - 1];
  if (!before || !info.allQuoted || info.attributions.some((a) => a.holder)) return false;
  const named = before.attributions.find((a) => a.holder);
  if (!named || !isQuoteMark(before.tokens[0]) || !before.quoted[1]) return false;
  return named.holder![0] > before.quoted.lastIndexOf(true);
}

/**
 * "Brandt: I do. …": a paragraph opening with a speaker's label, a name the article gives
 * elsewhere ("The education minister, Laura Brandt, …"). The interviewer's "Q:" is no speaker.
 * The holder is the full name the article gives; `from` is the first token after the colon.
 */
function answerLabel(
  tokens: Token[],
  body: string,
  title: string,
): { holder: Holder; from: number } | null {
  const skip = timeCodeTokens(tokens, body);
  const colon = tokens.findIndex((t) => t.text === ':');
  const labelled = skip ? null : voxPopLabel(tokens, colon, body);
  if (labelled) return labelled;
  if (colon < skip + 1 || colon > skip + 3) return null;
  const label = tokens.slice(skip, colon);
  // A broadcast transcript labels its speakers in capitals ("ERIK SOLBERG:", then "SOLBERG:");
  // the name is looked for as the article writes it ("The transport minister, Erik Solberg").
  const capitals = label.every((t) => /^\p{Lu}[\p{Lu}'’-]+$/u.test(t.text));
  if (!capitals && !label.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text))) return null;
  const word = label[label.length - 1].text;
  const last = capitals ? word[0] + word.slice(1).toLowerCase() : word;
  const escaped = last.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  // A transcript may give the full name only in its title ("Transcript: Mayor Ilse Brandt on …").
  const fullName = new RegExp(`((?:\\p{Lu}[\\p{L}'’-]+\\s+){1,3})${escaped}(?![\\p{L}:])`, 'u');
  const full = fullName.exec(body) ?? fullName.exec(title);
  if (!full) return null;
  const text = `${full[1]}${last}`.trim();
  return { holder: { text, tokens: label, cue: 'answer' }, from: colon + 1 };
}

/** A table row as the import keeps it: cells joined by " | " ("Greens | Against | \"…\""). */
const TABLE_ROW = /^[^|\n]+(?:[ \t]\|[ \t][^|\n]+){2,}$/u;

/** A table's cell that gives a side: "For", "Against", "Yes", "No", "Supports", "Opposes". */
const SIDE_CELLS: Readonly<Record<string, number>> = {
  for: 1,
  yes: 1,
  supports: 1,
  support: 1,
  'in favour': 1,
  'in favor': 1,
  against: -1,
  no: -1,
  opposes: -1,
  oppose: -1,
};

/**
 * "Regional Labour | For | \"The plant would bring 3,000 jobs.\"": a row of a table that sets
 * out who stands where, under a header row, with a cell that gives its side. The first cell
 * holds what the last cell says, and the side cell says which side. Null for the header row, a
 * row whose side is neither ("Undecided") and any paragraph that is no row.
 */
function tableRow(
  article: ParsedArticle,
  p: number,
  tokens: Token[],
): { holder: Holder; from: number; side: number } | null {
  const row = (k: number) => k >= 0 && TABLE_ROW.test(article.paragraphs[k].text.trim());
  if (!row(p) || !row(p - 1)) return null;
  const bars = tokens.flatMap((t, i) => (t.text === '|' ? [i] : []));
  if (bars.length < 2) return null;
  const name = tokens.slice(0, bars[0]);
  if (name.length === 0 || !/^\p{Lu}/u.test(name[0].text)) return null;
  const sides = bars
    .slice(0, -1)
    .map(
      (bar, k) =>
        SIDE_CELLS[spanText(article.body, tokens.slice(bar + 1, bars[k + 1])).toLowerCase()],
    )
    .filter((side) => side !== undefined);
  if (sides.length !== 1) return null;
  const holder = { text: spanText(article.body, name), tokens: name, cue: 'answer' };
  return { holder, from: bars[bars.length - 1] + 1, side: sides[0] };
}

/** Longest source in brackets after a quotation, in tokens. */
const BRACKET_SOURCE = 12;

/**
 * "Claim: “The charge would cut traffic by a third.” (Cleaner Porthallow campaign leaflet)": a
 * paragraph that is one quotation with its source after it in brackets, as a fact-check or a
 * quote box gives it, with or without a short label and a colon before. The source holds it.
 */
function bracketSource(
  tokens: Token[],
  body: string,
): { holder: Holder; from: number; to: number } | null {
  const n = tokens.length;
  if (n < 6 || tokens[n - 1].text !== ')') return null;
  const open = tokens.map((t) => t.text).lastIndexOf('(');
  if (open < 4 || n - 1 - open < 2 || n - 1 - open > BRACKET_SOURCE) return null;
  const first = tokens.findIndex(isQuoteMark);
  if (first < 0 || first > 4 || !isQuoteMark(tokens[open - 1])) return null;
  if (first > 0 && tokens[first - 1].text !== ':') return null;
  // The quotation runs from the first mark to the one before the bracket, with none between.
  if (tokens.slice(first + 1, open - 1).some(isQuoteMark)) return null;
  const source = tokens.slice(open + 1, n - 1);
  if (!/^\p{Lu}/u.test(source[0].text)) return null;
  return {
    holder: { text: spanText(body, source), tokens: source, cue: 'answer' },
    from: first,
    to: open,
  };
}

/** How many tokens the paragraph's opening time code takes (`TIME_CODE`): "[00:41]", "00:41". */
function timeCodeTokens(tokens: Token[], body: string): number {
  if (tokens.length === 0) return 0;
  const start = tokens[0].start;
  const end = start + timeCodeLength(body.slice(start, start + TIME_CODE_SPAN));
  return end === start ? 0 : tokens.filter((t) => t.end <= end).length;
}

/** Longer than any time code with its space: "(10:02:03) ". */
const TIME_CODE_SPAN = 16;

/** Longest "Name, age, occupation" label before a vox pop answer, in tokens. */
const VOX_POP_LABEL = 10;

/**
 * "Aoife Kelly, 34, nurse: \"It's about time …\"": a vox pop labels each answer with the
 * speaker's full name (two or more capitalised words), then an age or an occupation after
 * commas. The holder is the name.
 */
function voxPopLabel(
  tokens: Token[],
  colon: number,
  body: string,
): { holder: Holder; from: number } | null {
  if (colon < 3 || colon > VOX_POP_LABEL) return null;
  // ("New Delhi [India], July 4 : …": a wire dateline, not a speaker's label.)
  if (wireDatelineEnd(tokens) > 0) return null;
  const comma = tokens.findIndex((t) => t.text === ',');
  if (comma < 2 || comma > colon) return null;
  const name = tokens.slice(0, comma);
  if (!name.every((t) => /^\p{Lu}/u.test(t.text) || /^[\p{Ll}'’-]/u.test(t.text) === false)) {
    return null;
  }
  if (name.filter((t) => /^\p{Lu}\p{Ll}/u.test(t.text)).length < 2) return null;
  const rest = tokens.slice(comma + 1, colon);
  if (rest.some((t) => t.pos === 'VERB' || t.pos === 'AUX' || isQuoteMark(t))) return null;
  return { holder: { text: spanText(body, name), tokens: name, cue: 'answer' }, from: colon + 1 };
}

function sentenceInfo(sentence: ParsedSentence, all: Token[], flags: boolean[]): SentenceInfo {
  let from = countBefore(all, (t) => t.start < sentence.start);
  let to = from;
  while (to < all.length && all[to].end <= sentence.end) to++;
  // "LONDON (AA) - Hundreds in London …": a paragraph's wire dateline is nobody's claim.
  if (from === 0) from = wireDatelineEnd(all.slice(0, to));
  const tokens = all.slice(from, to);
  const quoted = flags.slice(from, to);
  const words = tokens.map((t, i) => ({ t, q: quoted[i] })).filter((x) => x.t.pos !== 'PUNCT');
  return {
    sentence,
    tokens,
    quoted,
    attributions: findAttributions(tokens, quoted),
    continuation: tokens.length > 0 && !isQuoteMark(tokens[0]) && quoted[0],
    allQuoted: words.length > 0 && words.every((x) => x.q),
  };
}

/** Most tokens of a relative clause kept with a holder's name. */
const RELATIVE_REACH = 6;

function holderOf(info: SentenceInfo, a: Attribution, body: string): Holder {
  const [from, to] = a.holder!;
  let tokens = info.tokens.slice(from, to);
  // "Lawmakers who opposed it say …": the holder's name stops before its relative clause, which
  // belongs to it (it says which camp the holder is in) when it runs short to the saying verb.
  const last = tokens[tokens.length - 1];
  if (last && ['who', 'that'].includes(last.lower) && a.cue > to && a.cue - to <= RELATIVE_REACH) {
    tokens = info.tokens.slice(from, a.cue);
  }
  // "privacy campaigners question the system's accuracy - and say …": a holder that ends in
  // "and" is the subject of the verb before ("question", which wink may read as a noun).
  if (['and', 'but'].includes(tokens[tokens.length - 1]?.lower ?? '')) {
    const verb = tokens.findIndex(
      (t, i) => i > 0 && (t.pos === 'VERB' || STANCE_VERBS[t.lemma] !== undefined),
    );
    if (verb > 0) tokens = tokens.slice(0, verb);
  }
  // "state Sen. Rob Standridge (R)", "Sen. Harriette Chandler (D-Worcester)", "the Syrian
  // Democratic Forces (SDF)": a bracket after the name (party, district, acronym) is not the name.
  const bracket = tokens.findIndex(
    (t, i) => t.text === '(' && i > 0 && /^\p{Lu}/u.test(tokens[i - 1].text),
  );
  if (bracket > 0) tokens = tokens.slice(0, bracket);
  // A dash or comma glued to the last word ("critics—including ...") is not part of the name.
  const text = spanText(body, tokens).replace(/[\s\p{Pd},;:]+$/u, '');
  return { text, tokens, cue: a.cueLemma };
}

/** The speaker of a quotation: the first attribution in its sentences. */
function groupHolderOf(infos: SentenceInfo[], s: number, body: string): Holder | null {
  for (let i = s; i < infos.length; i++) {
    if (i > s && !infos[i].continuation) break;
    const named = infos[i].attributions.find((a) => a.holder);
    if (named) return holderOf(infos[i], named, body);
  }
  return null;
}

/**
 * "<blockquote>"…"<p>— Aino Lahti, Climate Minister</p></blockquote>": a quotation set apart and
 * signed on the line under it with a dash is the signer's; the name is what stands before the
 * first comma.
 */
function dashSignature(paragraph: ParsedParagraph | undefined): Holder | null {
  const line = DASH_SIGNATURE.exec(paragraph?.text.trim() ?? '');
  if (!paragraph || !line) return null;
  const name = line[1].split(',')[0].trim();
  const start = paragraph.start + paragraph.text.indexOf(name);
  return { text: name, tokens: tokenize(name, start), cue: 'signed quote' };
}

/** "— Aino Lahti, Climate Minister", "– Petri Salo": a dash, then a capitalised name. */
const DASH_SIGNATURE = /^[—–―]\s*(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){1,3}(?:,[^.!?]*)?)$/u;

function nextHolder(infos: SentenceInfo[], s: number, body: string): Holder | null {
  const next = infos[s + 1];
  const named = next?.attributions.find((a) => a.holder);
  return next && named ? holderOf(next, named, body) : null;
}

/**
 * One unit per attribution; a sentence that gives the floor to two different holders
 * ("While proponents argue X, critics contend Y"; "X, A said; B called this dubious") is split
 * at the last comma or semicolon before the second holder.
 */
function attributedUnits(
  info: SentenceInfo,
  named: Attribution[],
  body: string,
  p: number,
  group: number,
  isLede: boolean,
): ClaimUnit[] {
  const cuts: number[] = [0];
  const owners: Attribution[] = [named[0]];
  for (let k = 1; k < named.length; k++) {
    const prev = owners[owners.length - 1];
    const here = named[k];
    const prevText = spanText(body, info.tokens.slice(...prev.holder!)).toLowerCase();
    const hereText = spanText(body, info.tokens.slice(...here.holder!)).toLowerCase();
    if (prevText === hereText) continue;
    // "Parents fear the longer days will exhaust children, said Ann Lee.": what comes before a
    // closing ", said X" is all X's, whatever other cue it holds.
    if (here.holder![0] === here.cue + 1 && invertedSpeaker(info.tokens, info.quoted, here.cue)) {
      owners.splice(0, owners.length, here);
      cuts.splice(0, cuts.length, 0);
      continue;
    }
    let cut = -1;
    for (let i = here.holder![0] - 1; i > prev.cue; i--) {
      if (info.quoted[i]) break;
      if (info.tokens[i].text === ';') {
        cut = i;
        break;
      }
      if (info.tokens[i].text === ',' && cut < 0) cut = i;
    }
    if (cut < 0 || here.holder![0] < prev.cue) continue;
    cuts.push(cut);
    owners.push(here);
  }
  cuts.push(info.tokens.length);
  return owners.map((owner, k) => {
    const holder = holderOf(info, owner, body);
    return makeUnit(info, cuts[k], cuts[k + 1], 'ATTRIBUTED', holder, p, group, isLede);
  });
}

const LEADING = new Set(['while', 'whereas', 'although', 'though', 'and', 'but', 'yet']);

function makeUnit(
  info: SentenceInfo,
  from: number,
  to: number,
  kind: UnitKind,
  holder: Holder | null,
  paragraph: number,
  group: number,
  isLede: boolean,
): ClaimUnit {
  const t = info.tokens;
  // Trim separators, a leading "While"/"and", and a trailing ", while noting ..." concession.
  while (
    from < to &&
    (t[from].pos === 'PUNCT' || LEADING.has(t[from].lower)) &&
    !isQuoteMark(t[from])
  ) {
    from++;
  }
  for (let i = from + 1; i < to - 1; i++) {
    if (
      t[i].text === ',' &&
      t[i + 1].lower === 'while' &&
      !info.quoted[i] &&
      t[i + 2]?.pos === 'VERB'
    ) {
      to = i;
      break;
    }
  }
  const splitClause = from > 0 || to < t.length;
  if (splitClause) {
    while (to > from && /^[.,;:]$/u.test(t[to - 1].text)) to--;
  }
  return {
    start: t[from]?.start ?? info.sentence.start,
    end: t[to - 1]?.end ?? info.sentence.end,
    tokens: t.slice(from, to),
    quoted: info.quoted.slice(from, to),
    sentence: t,
    kind,
    holder: holder?.text ?? null,
    holderTokens: holder?.tokens ?? [],
    cue: holder?.cue ?? null,
    paragraph,
    group,
    isLede,
    concessionOf: null,
    answers: null,
    ...(holderDoubts(info, holder) ? { doubting: true } : {}),
  };
}

/**
 * "The long-time residents who remain unconvinced believe …": a holder described as doubting
 * (the relative clause the holder's name stops before) doubts what it then says too.
 */
function holderDoubts(info: SentenceInfo, holder: Holder | null): boolean {
  const relative = holder?.tokens.find(
    (t, i) => i > 0 && ['who', 'which', 'that'].includes(t.lower),
  );
  if (!relative) return false;
  const rest = info.tokens.filter((t) => t.start >= relative.start).slice(0, 6);
  return doubts(rest.map((t) => t.text).join(' '));
}

/** "There has been skepticism among academics ...", "objections from conservatives ...". */
function framingHolder(info: SentenceInfo): Token[] | null {
  const t = info.tokens;
  for (let i = 0; i < t.length; i++) {
    if (info.quoted[i] || STANCE_SUBJECTS[t[i].lower] === undefined || campDenied(t, i)) continue;
    // "… play two hundred miles from its supporters": a camp in a phrase of place or direction
    // is not who speaks ("according to critics" is attributed elsewhere).
    if (afterPreposition(t, i)) continue;
    let j = i + 1;
    if (t[j] && (t[j].lower === 'among' || t[j].lower === 'from' || t[j].lower === 'of')) {
      j++;
      const from = j;
      // ("opposition from residents at a draft annual plan hearing": where is not who.)
      const where = (k: number) => k > from && t[k].pos === 'ADP' && t[k].lower !== 'of';
      while (
        j < t.length &&
        t[j].pos !== 'PUNCT' &&
        t[j].lower !== 'about' &&
        t[j].pos !== 'VERB' &&
        !where(j)
      )
        j++;
      if (j > from) return t.slice(i, j);
    }
    return t.slice(i, i + 1);
  }
  return null;
}

/** The word before a noun, past its article or possessive, is a preposition (not "among"). */
export function afterPreposition(t: Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (t[k].pos === 'DET' || t[k].pos === 'PRON' || t[k].pos === 'ADJ')) k--;
  return k >= 0 && t[k].pos === 'ADP' && !['among', 'according'].includes(t[k].lower) && k < i - 1;
}

const CONCEDING = new Set(['support', 'respect', 'understand', 'applaud', 'agree', 'value']);

/** 'We are for the freedom to dress, but ...': the conceded clause argues the other way. */
function concessions(unit: ClaimUnit): ClaimUnit[] {
  const t = unit.tokens;
  for (let i = 0; i + 2 < t.length; i++) {
    if (!unit.quoted[i] || !(t[i].lower === 'we' || t[i].lower === 'i')) continue;
    const stance =
      (t[i + 1].lemma === 'be' && (t[i + 2].lower === 'for' || t[i + 2].lower === 'in')) ||
      CONCEDING.has(t[i + 1].lemma);
    if (!stance) continue;
    for (let j = i + 2; j + 1 < t.length; j++) {
      if (!unit.quoted[j]) break;
      if (t[j].text === ',' && t[j + 1].lower === 'but') {
        const clause = t.slice(i, j);
        return [
          {
            ...unit,
            start: clause[0].start,
            end: clause[clause.length - 1].end,
            tokens: clause,
            quoted: unit.quoted.slice(i, j),
            concessionOf: unit,
          },
        ];
      }
    }
  }
  return [];
}

export function spanText(body: string, tokens: Token[]): string {
  if (tokens.length === 0) return '';
  return body.slice(tokens[0].start, tokens[tokens.length - 1].end);
}

/**
 * "Agriculture Minister Robert Hale defended the timetable.", "The authority rejected the
 * criticism, saying …", "The ministry dismissed the concerns": an opening that defends what the
 * article reports against its critics.
 */
const DEFENDING =
  /^[^.;:]{0,80}?\b(?:defended\s+(?:the|its|his|her|their)\s+\w+|(?:rejected|dismissed|rebutted)\s+(?:the|these|those|such)\s+(?:criticism|criticisms|claims|accusations|concerns|objections|fears))\b/iu;
