import type { ParsedArticle } from '../import/parsed-article';
import type { ClaimUnit } from './claim-units';
import { tokenize, type Token } from './seeding-nlp';

const PRONOUNS = new Set(['he', 'she', 'they']);
const POSSESSIVE_ROLE = /^(?:its|his|her|their)\s+\p{L}/iu;

/**
 * Holders as a reader should see them: "she" is the person last named before it in the same
 * paragraph ("The head of the association, Omar Haddad, … He said …" → Omar Haddad), and "its
 * chair" followed by a name ("said its chair, Grace Adeyemi") is that person. A holder the
 * article does not name nearby stays as written.
 */
export function holderNames(article: ParsedArticle, units: ClaimUnit[]): Array<string | null> {
  const paragraphTokens = new Map<number, Token[]>();
  const tokensOf = (p: number) => {
    let tokens = paragraphTokens.get(p);
    if (!tokens) {
      const paragraph = article.paragraphs[p];
      tokens = paragraph ? tokenize(paragraph.text, paragraph.start) : [];
      paragraphTokens.set(p, tokens);
    }
    return tokens;
  };
  return units.map((unit) => {
    // A live blog's "09:40" or "16:48 —" before the entry is when, not who.
    const holder = unit.holder?.trim().replace(/^(?:\d{1,2}[:.]\d{2}\s*)?[-–—]?\s*/u, '') ?? null;
    if (!holder) return null;
    if (PRONOUNS.has(holder.toLowerCase())) {
      const at = unit.holderTokens[0]?.start ?? unit.start;
      const before = tokensOf(unit.paragraph).filter((t) => t.end <= at);
      // "he" or "she" is a person: not the place or body after "of" ("Mark Rowe of Elm County").
      const person = holder.toLowerCase() !== 'they';
      return (
        lastName(before, person) ?? (person ? surnameOf(before, article.body) : null) ?? holder
      );
    }
    if (POSSESSIVE_ROLE.test(holder)) {
      const name = appositiveName(unit);
      if (name) return `${holder}, ${name}`;
    }
    return holder;
  });
}

/**
 * The last run of two or more proper nouns: a person's or a body's name (with `person`, not one
 * that follows a preposition or an article, which names where they work or come from). wink cuts a name at a
 * letter outside ASCII ("T" "ā" "whai"): pieces written without a space between are one word.
 */
function lastName(pieces: Token[], person = false): string | null {
  const tokens = joinAbutting(pieces);
  for (let end = tokens.length; end > 0; end--) {
    if (tokens[end - 1].pos !== 'PROPN') continue;
    let start = end - 1;
    while (start > 0 && tokens[start - 1].pos === 'PROPN') start--;
    // "the Bellini Café": a name with an article is a place or a body, not a person either.
    const attached = person && start > 0 && ['ADP', 'DET'].includes(tokens[start - 1].pos);
    if (end - start >= 2 && !attached)
      return tokens
        .slice(start, end)
        .map((t) => t.text)
        .join(' ');
    end = start;
  }
  return null;
}

/**
 * "Virta, speaking to us separately, was not persuaded. \"…,\" he said": a surname alone opening
 * the paragraph, of a full name the article gave before it ("Tomas Virta"), is that person.
 */
function surnameOf(before: Token[], body: string): string | null {
  const first = joinAbutting(before)[0];
  if (!first || first.pos !== 'PROPN' || !/^\p{Lu}\p{Ll}+$/u.test(first.text)) return null;
  const full = new RegExp(`\\p{Lu}\\p{Ll}+\\s+${first.text}(?![\\p{L}])`, 'u').exec(
    body.slice(0, first.start),
  );
  return full ? full[0] : null;
}

/** The name right after the holder: "…, said its chair, Grace Adeyemi." → "Grace Adeyemi". */
function appositiveName(unit: ClaimUnit): string | null {
  const last = unit.holderTokens[unit.holderTokens.length - 1];
  if (!last) return null;
  const at = unit.tokens.findIndex((t) => t.start >= last.end);
  if (at < 0 || unit.tokens[at].text !== ',') return null;
  return lastName(
    unit.tokens
      .slice(at + 1)
      .filter((t, i, a) => a.slice(0, i + 1).every((x) => x.pos === 'PROPN')),
  );
}

/** Letter pieces written without a space between them, as one word with the first piece's tag. */
export function joinAbutting(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const last = out[out.length - 1];
    if (last && last.end === t.start && /^\p{L}/u.test(t.text) && /\p{L}$/u.test(last.text)) {
      out[out.length - 1] = { ...last, text: last.text + t.text, end: t.end };
    } else {
      out.push(t);
    }
  }
  return out;
}
