import { countBefore } from '../../common/count-before';

/**
 * Watched words: patterns an admin attaches an action to. Matching is whole-word, case-insensitive
 * (Unicode simple case folding: `CAFÉ` = `café`, `Σ` = `σ` = `ς`) and on NFC text, so a decomposed
 * `cafe\u0301` matches `café`. Accents count: `cafe` does not match `café`.
 *
 * Pattern syntax: words separated by whitespace (any run of whitespace in the text matches), taken
 * literally (regex characters included); a trailing `*` on the last word matches any word that
 * starts with it (`idiot*`: idiots, idiotic). A `*` elsewhere is literal (`f*ck`).
 *
 * Word characters are letters, numbers and combining marks (plus ZWJ/ZWNJ), so accented, Cyrillic,
 * Greek, Arabic or Indic words keep their boundaries. Scripts written without spaces (Han, kana,
 * Thai, Lao, Khmer, Myanmar) have no word boundaries to test: at a pattern edge in such a script the
 * pattern matches inside longer runs of text.
 */
export type WatchedWordAction = 'BLOCK' | 'REQUIRE_APPROVAL' | 'CENSOR' | 'FLAG';

export interface WatchedWordRule {
  id: string;
  pattern: string;
  action: WatchedWordAction;
}

export interface WatchedWordMatch {
  rule: WatchedWordRule;
  /** UTF-16 offsets into the text as given (not its normalised form); `end` is exclusive. */
  start: number;
  end: number;
  /** `text.slice(start, end)` */
  match: string;
}

export const WATCHED_WORD_MAX_LENGTH = 100;

const WORD = String.raw`\p{L}\p{N}\p{M}\u200C\u200D`;
const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;
const NO_SPACE_SCRIPT =
  /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;
/** A base character with its combining marks (or stray marks): one masked character. */
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gu;

/**
 * Characters that take no space on screen (zero-width space and joiners, soft hyphen, word
 * joiner, direction marks, BOM): `block\u200Bme` reads as "blockme", so matching ignores them,
 * in the text and in patterns alike.
 */
// Some of these are combining marks (U+034F, U+17B4, U+180B): the class matches each one on its
// own, on purpose, which is what no-misleading-character-class warns about.
const INVISIBLE_CLASS =
  '[\\u00AD\\u034F\\u061C\\u115F\\u1160\\u17B4\\u17B5\\u180B-\\u180F\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u206F\\uFEFF]';
// eslint-disable-next-line no-misleading-character-class
const INVISIBLE = new RegExp(INVISIBLE_CLASS, 'gu');
// eslint-disable-next-line no-misleading-character-class
const HAS_INVISIBLE = new RegExp(INVISIBLE_CLASS, 'u');
const dropInvisible = (text: string) => text.replace(INVISIBLE, '');

const tidy = (pattern: string) => dropInvisible(pattern).normalize('NFC').trim();
const escapeRegex = (text: string) => text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

/** Why an admin may not save this pattern, or null when it is fine. */
export function validateWatchedWordPattern(pattern: string): string | null {
  const p = tidy(pattern);
  if (!p) return 'The pattern is empty';
  if ([...p].length > WATCHED_WORD_MAX_LENGTH) {
    return `The pattern is longer than ${WATCHED_WORD_MAX_LENGTH} characters`;
  }
  if (!HAS_WORD_CHAR.test(p)) return 'The pattern must contain a letter or a number';
  const words = p.split(/\s+/);
  const last = words[words.length - 1];
  if (last.endsWith('*') && !new RegExp(`[${WORD}]\\*+$`, 'u').test(last)) {
    return 'A "*" must directly follow a letter or number, as in "idiot*"';
  }
  if (words.slice(0, -1).some((w) => /[^*]\*+$/.test(w))) {
    return 'Only the last word of a phrase can end with "*"';
  }
  return null;
}

/**
 * A compiled rule: the pattern as a case-insensitive regex, and which of its edges need a word
 * boundary. Boundaries are tested in code: lookarounds over `\p{…}` classes make every one of
 * hundreds of regexes about twenty times slower.
 */
interface CompiledRule {
  regex: RegExp;
  boundaryBefore: boolean;
  boundaryAfter: boolean;
}

const WORD_CHAR = new RegExp(`^[${WORD}]$`, 'u');
const compiled = new Map<string, CompiledRule | null>();
const CACHE_LIMIT = 5000;

/** The compiled rule, or null for an invalid pattern. Cached by pattern. */
function compile(pattern: string): CompiledRule | null {
  const cached = compiled.get(pattern);
  if (cached !== undefined) return cached;
  let result: CompiledRule | null = null;
  if (validateWatchedWordPattern(pattern) === null) {
    let p = tidy(pattern);
    const prefix = p.endsWith('*');
    if (prefix) p = p.replace(/\*+$/, '');
    // A prefix rule takes in the rest of the word, so its end is always a boundary.
    const tail = prefix ? `[${WORD}]*` : '';
    const chars = [...p];
    result = {
      regex: new RegExp(`${p.split(/\s+/).map(escapeRegex).join('\\s+')}${tail}`, 'giu'),
      boundaryBefore: !NO_SPACE_SCRIPT.test(chars[0]),
      boundaryAfter: !prefix && !NO_SPACE_SCRIPT.test(chars[chars.length - 1]),
    };
  }
  if (compiled.size >= CACHE_LIMIT) compiled.clear();
  compiled.set(pattern, result);
  return result;
}

const isWordCharBefore = (text: string, i: number) => {
  if (i <= 0) return false;
  const low = text.charCodeAt(i - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && i >= 2 ? i - 2 : i - 1;
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(start)!));
};
const isWordCharAt = (text: string, i: number) =>
  i < text.length && WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i)!));

/** Whole-word occurrences of one rule, as [start, end) in `text`; non-overlapping. */
function* occurrences(text: string, rule: CompiledRule): Generator<[number, number]> {
  const { regex } = rule;
  regex.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = regex.exec(text))) {
    const start = m.index;
    const end = start + m[0].length;
    if (
      (rule.boundaryBefore && isWordCharBefore(text, start)) ||
      (rule.boundaryAfter && isWordCharAt(text, end))
    ) {
      // Not a whole word; a phrase may still match from inside this one, so retry just after.
      regex.lastIndex = start + (text.codePointAt(start)! > 0xffff ? 2 : 1);
      continue;
    }
    yield [start, end];
  }
}

/**
 * The text in NFC, without invisible characters, with a way back to offsets in the original.
 * Text that is already NFC and has none (nearly all of it) is used as is; otherwise each base
 * character and its marks are normalised apart, and invisible ones left out.
 */
function normalise(text: string): {
  text: string;
  toStart: (i: number) => number;
  toEnd: (i: number) => number;
} {
  if (!HAS_INVISIBLE.test(text) && text.normalize('NFC') === text) {
    return { text, toStart: (i) => i, toEnd: (i) => i };
  }
  const nfcStarts: number[] = [];
  const originalStarts: number[] = [];
  const originalEnds: number[] = [];
  let nfc = '';
  for (const m of text.matchAll(CLUSTER)) {
    const visible = dropInvisible(m[0]);
    if (!visible) continue;
    nfcStarts.push(nfc.length);
    originalStarts.push(m.index);
    originalEnds.push(m.index + m[0].length);
    nfc += visible.normalize('NFC');
  }
  nfcStarts.push(nfc.length);
  originalStarts.push(text.length);
  /** First cluster starting at or after i: matches start and end on cluster boundaries. */
  const clusterAt = (i: number) =>
    Math.min(
      countBefore(nfcStarts, (start) => start < i),
      nfcStarts.length - 1,
    );
  return {
    text: nfc,
    toStart: (i) => originalStarts[clusterAt(i)],
    // The end of the cluster just before i, so invisible characters after a match stay out.
    toEnd: (i) => (i === 0 ? 0 : originalEnds[clusterAt(i) - 1]),
  };
}

/**
 * Every occurrence of every rule in the text, by position (longer first at the same start, then in
 * rule order). Occurrences of different rules may overlap; invalid patterns never match.
 */
export function matchWatchedWords(text: string, rules: WatchedWordRule[]): WatchedWordMatch[] {
  if (!text || rules.length === 0) return [];
  const normalised = normalise(text);
  const found: (WatchedWordMatch & { order: number })[] = [];
  rules.forEach((rule, order) => {
    const compiledRule = compile(rule.pattern);
    if (!compiledRule) return;
    for (const [from, to] of occurrences(normalised.text, compiledRule)) {
      const start = normalised.toStart(from);
      const end = normalised.toEnd(to);
      found.push({ rule, start, end, match: text.slice(start, end), order });
    }
  });
  found.sort((a, b) => a.start - b.start || b.end - a.end || a.order - b.order);
  return found.map(({ rule, start, end, match }) => ({ rule, start, end, match }));
}

/**
 * The text with every CENSOR match masked: each character (a base with its accents) becomes one
 * `mask`, whitespace inside a phrase is kept, and everything outside the matches is unchanged.
 * When the result is Markdown to be rendered, pass a mask that is not Markdown syntax (e.g. "•"):
 * a line of `*` would otherwise read as emphasis or a rule.
 */
export function censorText(text: string, rules: WatchedWordRule[], mask = '*'): string {
  const censoring = rules.filter((r) => r.action === 'CENSOR');
  const ranges: [number, number][] = [];
  for (const { start, end } of matchWatchedWords(text, censoring)) {
    const last = ranges[ranges.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else ranges.push([start, end]);
  }
  let out = '';
  let at = 0;
  for (const [start, end] of ranges) {
    out += text.slice(at, start);
    out += text
      .slice(start, end)
      .replace(CLUSTER, (c) => (/^\s/u.test(c) ? c : dropInvisible(c) ? mask : ''));
    at = end;
  }
  return out + text.slice(at);
}
