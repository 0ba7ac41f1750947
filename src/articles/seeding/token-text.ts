import type { Token } from './seeding-nlp';

/** Tokens back to text, keeping the source's spacing where it is known. */
export function words(tokens: Token[]): string {
  let out = '';
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    const glued = prev && prev.end === t.start && t.start > 0;
    // "the so-called 'clean zone' rules": a lone quotation mark the text spaces before it opens
    // a quotation ("'s" and a closing mark are glued on).
    const opening = t.text === "'" && prev && t.start > 0 && prev.end >= 0 && prev.end < t.start;
    out +=
      i === 0 || glued || (!opening && (/^[,.;:!?)'’]/u.test(t.text) || t.text.startsWith("'")))
        ? t.text
        : ` ${t.text}`;
  });
  return out.trim();
}

/** How many letters two words share at their start. */
export function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** The tokens without any bracketed aside of up to four tokens ("(R)", "(D-Calif.)"). */
export function withoutShortBrackets(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const close =
      tokens[i].text === '(' ? tokens.slice(i + 1, i + 6).findIndex((t) => t.text === ')') : -1;
    if (close >= 0) i += close + 1;
    else out.push(tokens[i]);
  }
  return out;
}
