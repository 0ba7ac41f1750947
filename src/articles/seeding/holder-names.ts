import { countBefore } from '../../common/count-before';
import type { ParsedArticle } from '../import/parsed-article';
import { writerText, type ClaimUnit } from './claim-units';
import { holderShape } from './holder-shape';
import { tokenize, type Token } from './seeding-nlp';
import { words } from './token-text';
import { GROUP_NOUNS } from './stance-lexicon';
import { daysAnd } from './time-words';

const PRONOUNS = new Set(['he', 'she', 'they', 'it']);
const FIRST_PERSON = new Set(['i', 'my', 'me']);
const POSSESSIVE_ROLE = /^(?:its|his|her|their)\s+\p{L}/iu;
/** Groups a "they" may stand for: "City authorities have imposed a ban. ¶ They say …". */
const THEY_GROUPS = new Set([
  ...GROUP_NOUNS,
  'authorities',
  'critics',
  'opponents',
  'supporters',
  'lawmakers',
  'councillors',
  'ministers',
  'police',
]);

/**
 * Holders as a reader should see them: "she" is the person last named before it in the same
 * paragraph ("The head of the association, Omar Haddad, … He said …" → Omar Haddad), and "its
 * chair" followed by a name ("said its chair, Grace Adeyemi") is that person. A holder the
 * article does not name nearby stays as written.
 */
export function holderNames(article: ParsedArticle, units: ClaimUnit[]): Array<string | null> {
  const paragraphs = new Map<number, ParagraphNames>();
  const namesOf = (p: number) => {
    let names = paragraphs.get(p);
    if (!names) {
      const paragraph = article.paragraphs[p];
      names = new ParagraphNames(
        paragraph ? tokenize(paragraph.text, paragraph.start) : [],
        paragraph?.sentences.map((x) => x.start) ?? [],
      );
      paragraphs.set(p, names);
    }
    return names;
  };
  const named: Array<string | null> = [];
  let writerName: string | undefined;
  return units.map((unit, u) => {
    const name = holderName(unit, u);
    named.push(name);
    return name;
  });

  function holderName(unit: ClaimUnit, u: number): string | null {
    // A live blog's "09:40" or "16:48 —" before the entry is when, not who.
    // "It also took issue with …": an adverb after the subject is not part of who.
    const holder =
      unit.holder
        ?.trim()
        .replace(/^(?:\d{1,2}[:.]\d{2}\s*)?[-–—]?\s*/u, '')
        .replace(
          /\s+(?:also|later|further|previously|then|again|too|quickly|swiftly|immediately|promptly|publicly|privately|openly|strongly|repeatedly|initially)$/iu,
          '',
        ) ?? null;
    if (!holder) return null;
    // A byline's writer has no words in the body.
    if (unit.holderTokens.length === 0) return holder;
    // "In my view, …", "As I've argued before, …", "but not because I": outside quotation
    // marks, the writer.
    if (unit.holderTokens.some((t) => FIRST_PERSON.has(t.text.toLowerCase()))) return writer();
    // "… was obviously disappointed with the results but", "they were uncomfortable": a clause,
    // not who; the person the sentence opens with holds it.
    const opening = unit.sentence.filter((t) => !unit.quoted[unit.tokens.indexOf(t)]);
    // (wink may tag a name's first word a verb: "Ted/VERB Marr", "skipper/VERB Ewan Rudd".)
    if (isClause(unit.holderTokens)) {
      return firstName(opening) ?? (holderShape(unit.holderTokens) ? holder : null);
    }
    // Who, or no one: "On Thursday, the council unanimously", "with Todd" (holder-shape.ts).
    const shaped = holderShape(unit.holderTokens);
    // "six days later he": a pronoun after a phrase of time is one too.
    const pronoun =
      shaped?.length === 1 &&
      PRONOUNS.has(shaped[0].lower) &&
      shaped.length < unit.holderTokens.length
        ? shaped[0]
        : null;
    if (PRONOUNS.has(holder.toLowerCase()) || pronoun) {
      const at = (pronoun ?? unit.holderTokens[0])?.start ?? unit.start;
      const said = pronoun ? pronoun.text : holder;
      const names = namesOf(unit.paragraph);
      // "he" or "she" is a person: not the place or body after "of" ("Mark Rowe of Elm County").
      // "The party's position is … It also accused …": "it" is the body of the claim before.
      // ("The watchdog said that …. ¶ It said …": else the body that last said something, in
      // this paragraph or the two before.)
      if (said.toLowerCase() === 'it') {
        return (
          bodyBefore(u) ??
          names.bodySaidBefore(at) ??
          namesOf(unit.paragraph - 1).bodySaidBefore(Infinity) ??
          namesOf(unit.paragraph - 2).bodySaidBefore(Infinity) ??
          said
        );
      }
      const person = said.toLowerCase() !== 'they';
      // ("… after imposition of the MTI Act. ¶ They claimed …": a law's name says nothing; "they"
      // are who spoke before.)
      const last = names.lastNameBefore(at, person);
      const lawNamed = last !== null && NAMED_LAW.test(last);
      // "Industry commissioner Thierry Breton sees it the other way round. ¶ He says …": a "he"
      // or "she" in a paragraph that names no one before it ('"Don't worry, …," she said') is
      // the person the paragraph before is about.
      return (
        (person ? names.subjectNameBefore(at) : null) ??
        (lawNamed ? bodyBefore(u) : last) ??
        // ("City authorities have imposed a new ban … ¶ They say …": a "they" opening a paragraph
        // is the group the last sentence of the paragraph before opens on.)
        (!person && !names.opensBefore(at) ? namesOf(unit.paragraph - 1).groupSubject() : null) ??
        (person && names.opensBefore(at) ? names.surname(article.body) : null) ??
        (person ? namesOf(unit.paragraph - 1).subjectName() : null) ??
        // ("“It’s a betrayal …,” said CBCP Spokesperson Father Jerome Secillano. ¶ He added that
        // …": the paragraph before names its speaker after the verb; the holder just before is
        // who "he" is.)
        (person ? bodyBefore(u) : null) ??
        said
      );
    }
    if (POSSESSIVE_ROLE.test(holder)) {
      const name = appositiveName(unit);
      if (name) return `${holder}, ${name}`;
    }
    // "Kurt Opsahl, deputy executive director of the foundation, said", "Alderman Ann Rainey,
    // 8th Ward, said": the name the title or the ward follows.
    const named =
      /^\p{Ll}/u.test(holder) || DISTRICT_LABEL.test(holder) ? nameBeforeTitle(unit) : null;
    if (named) return named;
    if (!shaped) return firstName(opening) ?? null;
    return shaped.length === unit.holderTokens.length ? holder : words(shaped);
  }

  function writer(): string {
    writerName ??= writerText(article);
    return writerName;
  }

  /**
   * The holder of the claim just before, in the same paragraph or the one before, if named: the
   * body "it" stands for, or the person "he" or "she" does.
   */
  function bodyBefore(u: number): string | null {
    const j = u - 1;
    if (j < 0 || units[j].paragraph < units[u].paragraph - 1) return null;
    const name = named[j];
    return name && !PRONOUNS.has(name.toLowerCase()) ? name : null;
  }
}

/** A law's or a measure's name, which holds no position: "the MTI Act", "Bill No.17". */
const NAMED_LAW = /\b(?:Act|Bill|Law|Code|Ordinance|Decree|Amendment)(?:\s+(?:No\.?\s*)?\d+)?$/u;

/**
 * One paragraph's names, each worked out once for the whole paragraph: a paragraph of many
 * pronoun claims must not be scanned again for each of them (an import of one long paragraph
 * would take minutes).
 */
class ParagraphNames {
  private readonly tokens: Token[];
  /** Per variant (person or any), the answer of `lastName` for each prefix of `tokens`. */
  private readonly last = new Map<boolean, Array<string | null>>();
  private surnameFound?: string | null;
  /** Where each sentence starts, counted in `tokens`. */
  private sentenceTokenStarts?: number[];
  private subjectFound?: string | null;

  constructor(
    pieces: Token[],
    private readonly sentenceStarts: number[] = [],
  ) {
    this.tokens = withoutQuotedNames(joinAbutting(pieces));
  }

  /**
   * "Ola Berg, head of Berg & Moss Builders, said …. \"…,\" he said": when the pronoun's own
   * sentence names no one, the person is the subject of the last sentence before it that names
   * someone, the name it opens with rather than its last (the firm after "of" or "&"). Null when
   * the pronoun's sentence names someone itself, or the last sentence before it that names
   * someone does not open with a name.
   */
  subjectNameBefore(at: number): string | null {
    const own = this.sentenceStarts.filter((start) => start <= at);
    if (own.length === 0) return null;
    const bounds = [...own.map((start) => this.endingBy(start)), this.endingBy(at)];
    for (let i = bounds.length - 2; i >= 0; i--) {
      const sentence = this.tokens.slice(bounds[i], bounds[i + 1]);
      if (i === bounds.length - 2) {
        if (lastName(sentence, true)) return null;
        continue;
      }
      if (lastName(sentence, true)) return firstName(sentence);
    }
    return null;
  }

  /**
   * The person the paragraph is about: the name that opens its last sentence naming someone
   * ("Industry commissioner Thierry Breton sees it …" → "Thierry Breton"); null when that
   * sentence does not open with a name, or none names anyone.
   */
  subjectName(): string | null {
    if (this.subjectFound === undefined) this.subjectFound = this.findSubjectName();
    return this.subjectFound;
  }

  private findSubjectName(): string | null {
    const bounds = [
      ...this.sentenceStarts.map((start) => this.endingBy(start)),
      this.tokens.length,
    ];
    for (let i = bounds.length - 2; i >= 0; i--) {
      const sentence = this.tokens.slice(bounds[i], bounds[i + 1]);
      if (lastName(sentence, true)) return firstName(sentence);
    }
    return null;
  }

  /**
   * The group the paragraph's last sentence opens on as its subject ("City authorities have
   * imposed …" → "City authorities"), or null when that sentence opens on anything else.
   */
  groupSubject(): string | null {
    const from = this.endingBy(this.sentenceStarts.at(-1) ?? 0);
    const sentence = this.tokens.slice(from);
    const verb = sentence.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
    const subject = sentence.slice(0, verb);
    const head = subject.at(-1);
    const group =
      verb > 0 &&
      subject.every((t) => ['DET', 'ADJ', 'NOUN', 'PROPN'].includes(t.pos)) &&
      head?.pos === 'NOUN' &&
      THEY_GROUPS.has(head.lower);
    return group ? words(subject) : null;
  }

  /**
   * The body that opens the last sentence before `at` with a verb of saying ("The watchdog said
   * …" → "The watchdog"), or null when no sentence before it so opens.
   */
  bodySaidBefore(at: number): string | null {
    const end = this.endingBy(at);
    this.sentenceTokenStarts ??= this.sentenceStarts.map((start) => this.endingBy(start));
    const starts = this.sentenceTokenStarts;
    for (let i = starts.length - 1; i >= 0; i--) {
      if (starts[i] >= end) continue;
      // (Only a sentence's opening words can name the body: a paragraph of many "It said …"
      // claims must not copy the rest of the paragraph for each sentence it looks back over.)
      const opening = this.tokens.slice(starts[i], Math.min(end, starts[i] + BODY_OPENING_WORDS));
      const body = bodySaying(opening);
      if (body) return body;
    }
    return null;
  }

  /** `lastName` of the tokens that end at or before `at`. */
  lastNameBefore(at: number, person: boolean): string | null {
    return this.prefixNames(person)[this.endingBy(at)];
  }

  /** Whether any token ends at or before `at` (the paragraph has words before the holder). */
  opensBefore(at: number): boolean {
    return this.endingBy(at) > 0;
  }

  /** `surnameOf` the paragraph's opening word: the same for every holder in the paragraph. */
  surname(body: string): string | null {
    if (this.surnameFound === undefined) this.surnameFound = surnameOf(this.tokens, body);
    return this.surnameFound;
  }

  /** How many of the paragraph's tokens end at or before `at`. */
  private endingBy(at: number): number {
    return countBefore(this.tokens, (t) => t.end <= at);
  }

  private prefixNames(person: boolean): Array<string | null> {
    let names = this.last.get(person);
    if (!names) {
      names = lastNames(this.tokens, person);
      this.last.set(person, names);
    }
    return names;
  }
}

/** Verbs a body says something with: "The agency said", "The council warned". */
const BODY_SAYING = new Set([
  'say',
  'add',
  'warn',
  'state',
  'announce',
  'tell',
  'explain',
  'claim',
]);
/** Most words between "the" and the verb of saying: "The Italian data watchdog". */
const BODY_WORDS = 4;
/** The words `bodySaying` reads: "the", the body's words and the verb. */
const BODY_OPENING_WORDS = BODY_WORDS + 2;

/** "The watchdog said that …" → "The watchdog": a body named by "the" and a common noun. */
function bodySaying(sentence: Token[]): string | null {
  if (sentence[0]?.lower !== 'the') return null;
  const verb = sentence.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  const name = sentence.slice(1, verb);
  const saying = sentence[verb];
  if (
    verb < 2 ||
    verb > BODY_WORDS + 1 ||
    !BODY_SAYING.has(saying.lemma) ||
    !name.every((t) => ['ADJ', 'NOUN', 'PROPN'].includes(t.pos)) ||
    name[name.length - 1].pos !== 'NOUN'
  ) {
    return null;
  }
  return words(sentence.slice(0, verb));
}

/**
 * The last run of two or more proper nouns: a person's or a body's name (with `person`, not one
 * that follows a preposition or an article, which names where they work or come from). wink cuts a name at a
 * letter outside ASCII ("T" "ā" "whai"): pieces written without a space between are one word.
 */
function lastName(pieces: Token[], person = false): string | null {
  const tokens = joinAbutting(pieces);
  return lastNames(tokens, person)[tokens.length];
}

/**
 * The paragraph's tokens with the words inside quotation marks tagged as no name's ("… such as
 * Barbados, the Bahamas and St Vincent. …," he said): whoever a speaker names in their own words
 * is not the speaker, so "he" or "she" after the quotation looks outside it.
 */
function withoutQuotedNames(tokens: Token[]): Token[] {
  let inside = false;
  return tokens.map((t) => {
    if (t.text === '“') inside = true;
    else if (t.text === '”') inside = false;
    else if (t.text === '"') inside = !inside;
    else if (inside) return { ...t, pos: 'X' };
    return t;
  });
}

/** Last words of the name of a law or a text, not of a person. */
const DOCUMENT_HEADS = new Set(['Bill', 'Act', 'Law', 'Treaty', 'Agreement', 'Directive', 'Code']);

const DAY_NAMES = daysAnd();

/** wink tags some surnames as nouns ("Sen. John Park"): a capitalised noun after a name goes on. */
function namePart(tokens: Token[], k: number): boolean {
  // ("Last Wednesday Irranca-Davies said": a day is no part of a name.)
  if (DAY_NAMES.has(tokens[k].lower)) return false;
  return (
    tokens[k].pos === 'PROPN' ||
    (k > 0 &&
      tokens[k].pos === 'NOUN' &&
      /^\p{Lu}\p{Ll}+$/u.test(tokens[k].text) &&
      tokens[k - 1].pos === 'PROPN')
  );
}

/**
 * `lastName` of every prefix of `tokens` (already joined), in one pass: a prefix ending inside a
 * run of proper nouns names that run when it qualifies, otherwise whatever the tokens before the
 * run name.
 */
function lastNames(tokens: Token[], person: boolean): Array<string | null> {
  const names: Array<string | null> = [null];
  let runStart = 0;
  const proper = (k: number): boolean => namePart(tokens, k);
  for (let k = 1; k <= tokens.length; k++) {
    if (!proper(k - 1)) {
      names.push(names[k - 1]);
      continue;
    }
    if (k === 1 || !proper(k - 2)) runStart = k - 1;
    // "the Bellini Café": a name with an article is a place or a body, not a person either.
    const attached = person && runStart > 0 && ['ADP', 'DET'].includes(tokens[runStart - 1].pos);
    // "the Police and Criminal Evidence Bill": a law's name is nobody's.
    const document = person && DOCUMENT_HEADS.has(tokens[k - 1].text);
    // ("Irranca-Davies": a double-barrelled surname alone is a person's name too.)
    const barrelled =
      k - runStart === 1 && /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(tokens[k - 1].text);
    names.push(
      (k - runStart >= 2 || barrelled) && !attached && !document
        ? tokens
            .slice(runStart, k)
            .map((t) => t.text)
            .join(' ')
        : names[runStart],
    );
  }
  return names;
}

/** A holder phrase with a finite verb, or one that ends on "but" or "and", is a clause. */
function isClause(tokens: Token[]): boolean {
  if (tokens.length === 0) return false;
  const last = tokens[tokens.length - 1];
  return (
    ['VERB', 'AUX'].includes(tokens[0].pos) ||
    tokens.some((t) => t.pos === 'AUX') ||
    last.pos === 'CCONJ'
  );
}

/**
 * The name a sentence opens with (after a "But" or "And"), as `lastName` would give a person,
 * run to its end: the sentence's subject. Null when the sentence opens otherwise ("In response to
 * a lawsuit by X, Judge Y ruled …").
 */
function firstName(tokens: Token[]): string | null {
  const opening = ['CCONJ', 'ADV'].includes(tokens[0]?.pos) ? 1 : 0;
  if (tokens[opening]?.pos !== 'PROPN') return null;
  const names = lastNames(tokens, true);
  let k = names.findIndex((n) => n !== null);
  if (k < 0) return null;
  while (k < tokens.length && namePart(tokens, k)) k++;
  return names[k];
}

/**
 * "Virta, speaking to us separately, was not persuaded. \"…,\" he said": a surname alone opening
 * the paragraph, of a full name the article gave before it ("Tomas Virta"), is that person.
 */
function surnameOf(tokens: Token[], body: string): string | null {
  const first = tokens[0];
  if (!first || first.pos !== 'PROPN' || !/^\p{Lu}\p{Ll}+$/u.test(first.text)) return null;
  const full = new RegExp(`\\p{Lu}\\p{Ll}+\\s+${first.text}(?![\\p{L}])`, 'u').exec(
    body.slice(0, first.start),
  );
  return full ? full[0] : null;
}

/** Where a councillor sits, in place of a title: "8th Ward", "District 4", "Ward 3". */
const DISTRICT_LABEL =
  /^(?:\d+(?:st|nd|rd|th)\s+(?:Ward|District|Precinct)|(?:Ward|District|Precinct)\s+\d+)$/u;

/**
 * The name right before a holder that is a title: "Kurt Opsahl, deputy executive director of
 * the foundation, said" → "Kurt Opsahl". Null unless a run of names and a comma come just
 * before it.
 */
function nameBeforeTitle(unit: ClaimUnit): string | null {
  const first = unit.holderTokens[0];
  if (!first) return null;
  const at = unit.tokens.findIndex((t) => t.start >= first.start);
  if (at < 2 || unit.tokens[at - 1].text !== ',') return null;
  let start = at - 1;
  while (start > 0 && unit.tokens[start - 1].pos === 'PROPN') start--;
  return lastName(unit.tokens.slice(start, at - 1), true);
}

/** The name right after the holder: "…, said its chair, Grace Adeyemi." → "Grace Adeyemi". */
function appositiveName(unit: ClaimUnit): string | null {
  const last = unit.holderTokens[unit.holderTokens.length - 1];
  if (!last) return null;
  const at = unit.tokens.findIndex((t) => t.start >= last.end);
  if (at < 0 || unit.tokens[at].text !== ',') return null;
  let end = at + 1;
  while (end < unit.tokens.length && unit.tokens[end].pos === 'PROPN') end++;
  return lastName(unit.tokens.slice(at + 1, end));
}

/** Letter pieces written without a space between them, as one word with the first piece's tag. */
export function joinAbutting(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const last = out[out.length - 1];
    const before = out[out.length - 2];
    if (last && last.end === t.start && /^\p{L}/u.test(t.text) && /\p{L}$/u.test(last.text)) {
      out[out.length - 1] = { ...last, text: last.text + t.text, end: t.end };
    } else if (
      // "Irranca-Davies": a hyphen between two capitalised pieces, with no space, joins a name.
      before &&
      last.text === '-' &&
      before.end === last.start &&
      last.end === t.start &&
      /^\p{Lu}/u.test(t.text) &&
      /^\p{Lu}/u.test(before.text) &&
      before.pos === 'PROPN'
    ) {
      out.splice(out.length - 2, 2, { ...before, text: `${before.text}-${t.text}`, end: t.end });
    } else {
      out.push(t);
    }
  }
  return out;
}
