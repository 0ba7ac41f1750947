import { isDateline } from '../import/dateline';
import type { ParsedArticle, ParsedSentence } from '../import/parsed-article';
import { mainVerbIndex, tokenize, type Token } from './seeding-nlp';
import type { MotionCandidate, MotionOrigin } from './seed-types';

const QUESTION_OPENERS = new Set(
  'should will would is are can could do does did has have was were must shall'.split(' '),
);
const MODALS = new Set('could would will may might must should can shall'.split(' '));
const REPORTING = new Set(['announce', 'say', 'declare', 'warn', 'state', 'rule', 'find', 'claim']);
const GO_AHEAD = new Set(['announce', 'propose', 'unveil', 'sign', 'introduce', 'approve', 'pass']);
const THERE_BE = new Set(['promise', 'seek', 'demand', 'plan', 'pledge', 'vow', 'call']);
const POLICY_NOUNS = new Set(
  'decree bill law ban amendment directive restrictions rules measure proposal plan order'.split(
    ' ',
  ),
);
const MESSENGERS = new Set(['reveal', 'report', 'publish', 'show']);
const PRONOUN_SUBJECTS = new Set(['she', 'he', 'they', 'it']);
const POSSESSIVES = new Set(['her', 'his', 'their', 'its']);

/** Ranked yes/no motions a moderator can pick from, best first. */
export function motionCandidates(article: ParsedArticle): MotionCandidate[] {
  const out: MotionCandidate[] = [];
  const sentences = article.paragraphs
    .filter((p) => !isDateline(p.text))
    .flatMap((p) => p.sentences);
  for (const s of sentences) {
    const q = fromQuestion(s);
    if (q) out.push(q);
  }
  const lede = sentences[0];
  if (lede) {
    const l = fromClause(tokenize(lede.text, lede.start), 'LEDE', [span(lede)]);
    if (l) out.push(l);
  }
  if (!article.titleDerived) {
    const h = fromClause(tokenize(article.title), 'HEADLINE', []);
    if (h) out.push(h);
  }
  for (const s of sentences.slice(0, 3)) {
    const p = fromPolicy(s);
    if (p) {
      out.push(p);
      break;
    }
  }
  const seen = new Set<string>();
  return out
    .filter((c) => {
      const key = c.text.toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => b.score - a.score);
}

function span(s: ParsedSentence) {
  return { start: s.start, end: s.end };
}

/** "The question remains: Will X, or will Y?" → "Will X?" (yes/no questions only). */
function fromQuestion(s: ParsedSentence): MotionCandidate | null {
  if (!s.text.trim().endsWith('?')) return null;
  let text = s.text.trim();
  const colon = text.lastIndexOf(': ');
  if (colon >= 0) text = text.slice(colon + 2);
  const first = text.split(/\s+/u)[0]?.toLowerCase() ?? '';
  if (!QUESTION_OPENERS.has(first)) return null;
  const either = /,?\s+or\s+(?:will|should|would|is|are|do|does|can|could)\b/iu.exec(text);
  if (either) text = `${text.slice(0, either.index)}?`;
  if (text.split(/\s+/u).length < 5) return null;
  const score = first === 'should' ? 0.95 : 0.55;
  return { text: capitalise(text), origin: 'QUESTION', score, sourceSpans: [span(s)] };
}

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
): MotionCandidate | null {
  const tokens = stripEnd(stripLeadingAdverbial(all));
  if (tokens.length < 3) return null;
  const base = origin === 'LEDE' ? 0.85 : 0.8;
  const verbAt = mainVerbIndex(tokens);
  if (verbAt <= 0) return null;
  const subject = subjectPhrase(tokens.slice(0, verbAt));
  const verb = tokens[verbAt];
  const rest = tokens.slice(verbAt + 1);
  // "A newspaper revealed a deal whereby ...": the messenger is not the one acting.
  if (MESSENGERS.has(verb.lemma)) return null;

  // An embedded clause with a modal: "(that) X could face prosecution".
  const embedded = embeddedModal(tokens, verbAt, subject);
  if (embedded) return { text: embedded, origin, score: base, sourceSpans };

  // "US Federal judge rules American Samoans are citizens, then ...": wink may tag "rules" a noun.
  const reportedAt = tokens.slice(0, verbAt).findIndex((t) => REPORTING.has(t.lemma));
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
    const copula = rest.findIndex((t) => t.lemma === 'be' && (t.pos === 'AUX' || t.pos === 'VERB'));
    if (copula > 0) {
      const stop = clauseEnd(rest, copula + 1);
      const s = words(rest.slice(0, copula)).replace(/^that\s+/iu, '');
      return {
        text: `Should ${s} be ${words(rest.slice(copula + 1, stop))}?`,
        origin,
        score: base - 0.05,
        sourceSpans,
      };
    }
  }
  if (THERE_BE.has(verb.lemma) && rest[0]?.pos !== 'PART') {
    const object = rest[0]?.lower === 'for' ? rest.slice(1) : rest;
    return { text: `Should there be ${words(object)}?`, origin, score: base - 0.05, sourceSpans };
  }
  const toVerb = rest.findIndex((t, i) => t.lower === 'to' && rest[i + 1]?.pos === 'VERB');
  if (toVerb >= 0 && toVerb <= 3) {
    const vp = rest.slice(toVerb + 1);
    return {
      text: `Should ${the(subject)} ${words(vp)}?`,
      origin,
      score: base - 0.05,
      sourceSpans,
    };
  }
  if (GO_AHEAD.has(verb.lemma)) {
    const object = rest[0]?.pos === 'DET' ? words(rest) : `the ${words(rest)}`;
    return { text: `Should ${object} go ahead?`, origin, score: base - 0.1, sourceSpans };
  }
  if (tokens[verbAt - 1]?.lower === 'to') {
    // "Taiwan's legislature first in Asia to legalize same-sex marriage"
    const subj = the(leadingNominal(tokens.slice(0, verbAt - 1)));
    return {
      text: `Should ${subj} ${verb.lemma} ${words(rest)}?`,
      origin,
      score: base - 0.1,
      sourceSpans,
    };
  }
  return {
    text: `Should ${the(subject)} ${verb.lemma} ${words(rest)}?`,
    origin,
    score: base - 0.15,
    sourceSpans,
  };
}

function embeddedModal(tokens: Token[], verbAt: number, subject: Token[]): string | null {
  for (let m = verbAt + 1; m < tokens.length; m++) {
    if (!MODALS.has(tokens[m].lower)) continue;
    // The clause subject starts after "that" or after a reporting verb.
    let from = m - 1;
    while (from > verbAt && tokens[from].lower !== 'that' && !isReporting(tokens[from])) from--;
    if (from === verbAt && !isReporting(tokens[verbAt])) return null;
    const clauseSubject = tokens.slice(from + 1, m);
    if (clauseSubject.length === 0 || clauseSubject.some((t) => t.text === ',')) return null;
    let predicate = tokens.slice(m + 1, clauseEnd(tokens, m + 1));
    if (predicate[0]?.lemma === 'have' && predicate[1]?.pos === 'VERB') return null;
    if (predicate[0]?.lower === 'be' && predicate[1]?.lower.endsWith('ing')) {
      predicate = [{ ...predicate[1], text: predicate[1].lemma }, ...predicate.slice(2)];
    }
    if (predicate.length === 0) return null;
    return `Should ${words(resolvePronoun(clauseSubject, subject))} ${words(predicate)}?`;
  }
  return null;
}

function isReporting(t: Token): boolean {
  return t.pos === 'VERB' && REPORTING.has(t.lemma);
}

/**
 * The noun phrase a headline opens with: "Taiwan's legislature first in Asia" → "Taiwan's
 * legislature"; "Tunisian Prime Minister signs decree" → "Tunisian Prime Minister".
 */
function leadingNominal(tokens: Token[]): Token[] {
  let end = 0;
  while (end < tokens.length && ['PROPN', 'DET', 'PART', 'ADJ'].includes(tokens[end].pos)) end++;
  const last = tokens[end - 1];
  if (tokens[end]?.pos === 'NOUN' && (!last || last.pos === 'PART' || last.pos === 'DET')) end++;
  return tokens.slice(0, Math.max(1, end));
}

function resolvePronoun(clause: Token[], main: Token[]): Token[] {
  const first = clause[0];
  if (clause.length === 1 && PRONOUN_SUBJECTS.has(first.lower) && main.length > 0) return main;
  if (POSSESSIVES.has(first.lower) && main.length > 0) {
    return [...main, { ...first, text: "'s" }, ...clause.slice(1)]
      .map((t, i, a) =>
        i === main.length - 1 && a[i + 1]?.text === "'s" ? { ...t, text: `${t.text}'s` } : t,
      )
      .filter((t) => t.text !== "'s");
  }
  return clause;
}

/** A policy noun phrase of the opening sentences: "Should there be a decree banning X?" */
function fromPolicy(s: ParsedSentence): MotionCandidate | null {
  const tokens = stripEnd(tokenize(s.text, s.start));
  const at = tokens.findIndex((t, i) => POLICY_NOUNS.has(t.lower) && tokens[i + 1]?.pos === 'VERB');
  if (at < 0) return null;
  let from = at;
  while (from > 0 && ['ADJ', 'NOUN', 'DET', 'PROPN'].includes(tokens[from - 1].pos)) from--;
  const np = tokens.slice(from, clauseEnd(tokens, at + 1));
  if (np.length < 4) return null;
  return {
    text: `Should there be ${words(np).replace(/^(the|this)\s/iu, 'a ')}?`,
    origin: 'POLICY',
    score: 0.6,
    sourceSpans: [span(s)],
  };
}

const TIME_WORDS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday yesterday today week month year'.split(
    ' ',
  ),
);

/** Drops an opening "On Friday," / "Late on Sunday," / "Yesterday," (with or without comma). */
function stripLeadingAdverbial(tokens: Token[]): Token[] {
  const comma = tokens.findIndex((t) => t.text === ',');
  if (comma > 0 && comma <= 4 && ['ADP', 'ADV', 'NOUN', 'PROPN', 'ADJ'].includes(tokens[0].pos)) {
    const lead = tokens.slice(0, comma);
    if (!lead.some((t) => t.pos === 'VERB')) return tokens.slice(comma + 1);
  }
  const time = tokens.findIndex((t) => TIME_WORDS.has(t.lower));
  if (
    time >= 0 &&
    time <= 2 &&
    tokens.slice(0, time).every((t) => t.pos === 'ADP' || t.pos === 'ADV')
  ) {
    return tokens.slice(time + 1);
  }
  return tokens;
}

function stripEnd(tokens: Token[]): Token[] {
  let end = tokens.length;
  while (end > 0 && /^[.!?;:"”]$/u.test(tokens[end - 1].text)) end--;
  return tokens.slice(0, end);
}

/**
 * The subject without its appositive or qualifiers: "Carrie Lam, the chief executive of Hong
 * Kong," → "Carrie Lam"; "Polish leader X of the conservative Y Party (...)" → "Polish leader X".
 */
function subjectPhrase(tokens: Token[]): Token[] {
  const cut = tokens.findIndex(
    (t, i) =>
      t.text === ',' ||
      t.text.startsWith('(') ||
      (t.lower === 'of' && i > 1 && /^\p{Lu}/u.test(tokens[i - 1]?.text ?? '')),
  );
  return cut > 0 ? tokens.slice(0, cut) : tokens;
}

/** Where a clause stops: at ", then", ", which", ", with" and similar. */
function clauseEnd(tokens: Token[], from: number): number {
  for (let i = from; i < tokens.length; i++) {
    if (
      tokens[i].text === ',' &&
      ['then', 'which', 'with', 'while', 'after', 'as'].includes(tokens[i + 1]?.lower ?? '')
    ) {
      return i;
    }
    if (tokens[i].text === ';') return i;
  }
  return tokens.length;
}

function the(subject: Token[]): string {
  const text = words(subject);
  const first = subject[0];
  if (!first) return text;
  if (subject.some((t) => t.pos === 'PART' && /^['’]s$/u.test(t.text))) return text;
  if (first.pos === 'DET' || first.pos === 'PRON') return text.replace(/^The\b/u, 'the');
  if (first.pos === 'PROPN' && subject.length <= 3 && subject.every((t) => t.pos === 'PROPN')) {
    return text;
  }
  return subject.some((t) => t.pos === 'NOUN' || t.pos === 'ADJ') ? `the ${text}` : text;
}

/** Tokens back to text, keeping the source's spacing where it is known. */
function words(tokens: Token[]): string {
  let out = '';
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    const glued = prev && prev.end === t.start && t.start > 0;
    out +=
      i === 0 || glued || /^[,.;:!?)'’]/u.test(t.text) || t.text.startsWith("'")
        ? t.text
        : ` ${t.text}`;
  });
  return out.trim();
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
