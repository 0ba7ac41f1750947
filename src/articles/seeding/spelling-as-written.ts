/**
 * The lemmatiser spells the American way ("regularise" → "regularize", "honoured" → "honor"), so
 * a question rebuilt from lemmas may spell a word otherwise than the article. Where the article
 * writes the word's family only the British way, the question follows the article.
 */
const AMERICAN_FORMS: Array<{ pattern: RegExp; british: (stem: string) => string }> = [
  // "regularized", "organization", "analyzes": -ize and -yze, with their endings.
  { pattern: /\b(\p{L}{3,}[iy])z(e|es|ed|ing|ation|ations)\b/giu, british: (stem) => `${stem}s` },
  // "honor", "favored", "labors": -or where the article writes -our.
  { pattern: /\b(\p{L}{3,})or(s|ed|ing)?\b/giu, british: (stem) => `${stem}our` },
];

/** Whether `text` has a word opening on `prefix`. */
function hasWordOpening(text: string, prefix: string): boolean {
  return new RegExp(`(?<!\\p{L})${prefix}`, 'u').test(text);
}

/** `text` with each American spelling the article never uses turned into the article's own. */
export function spellingAsWritten(text: string, written: string): string {
  const lower = written.toLowerCase();
  return AMERICAN_FORMS.reduce(
    (out, { pattern, british }) =>
      out.replace(pattern, (word: string, stem: string, ending: string | undefined) => {
        const american = word.slice(0, word.length - (ending ?? '').length).toLowerCase();
        const articles = british(stem.toLowerCase());
        if (!hasWordOpening(lower, articles) || hasWordOpening(lower, american)) return word;
        return `${british(stem)}${ending ?? ''}`;
      }),
    text,
  );
}
