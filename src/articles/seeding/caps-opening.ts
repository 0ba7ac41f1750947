/**
 * Regional papers set a story's first words in capitals ("CAMPAIGNERS are celebrating after …",
 * "MORAY Council made a U-turn …", "A CONTROVERSIAL wind farm …"). That is house style, not an
 * acronym, so a motion drafted from the lede reads them in sentence case, as it reads any
 * sentence's start. The text keeps its length (offsets into the body stay right).
 */
const CAPS_WORD = /^[A-Z][A-Z'’]*$/u;
/** An acronym is short or has no vowel ("NHS", "BBC", "NSPCC"); house style is a whole word. */
const STYLED = /^(?=.*[AEIOU])[A-Z'’]{5,}$/u;

export function withoutCapsOpening(text: string): string {
  const words = [...text.matchAll(/\S+/gu)];
  let run = 0;
  while (run < words.length && CAPS_WORD.test(bare(words[run][0]))) run++;
  if (run === 0 || run === words.length) return text;
  if (!words.slice(0, run).some((w) => STYLED.test(bare(w[0])))) return text;
  // "HAVENPORT, May 12 -", "LONDON (AA) -", "BRENMOUTH:": a dateline's place is read as one
  // elsewhere.
  if (/[,:]$/u.test(words[run - 1][0]) || /^(?:\(|[-–—]+$)/u.test(words[run][0])) return text;
  // "NORTH YORKSHIRE County Council": the run is the start of a name, every word of it titled.
  const name = /^\p{Lu}\p{Ll}/u.test(words[run][0]);
  let out = text;
  words.slice(0, run).forEach((w, i) => {
    const word = w[0];
    if (!STYLED.test(bare(word)) && i > 0 && word.length > 1) return;
    const lower = word.toLowerCase();
    const cased = i === 0 || name ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
    out = out.slice(0, w.index) + cased + out.slice(w.index + word.length);
  });
  return out;
}

/** The word without the punctuation around it. */
function bare(word: string): string {
  return word.replace(/^[^\p{L}]+|[^\p{L}'’]+$/gu, '').replace(/['’]S$/u, '');
}
