import type { Token } from './seeding-nlp';

const OPENERS = new Set(['“', '«', '„']);
const CLOSERS = new Set(['”', '»']);

export function isQuoteMark(token: Token): boolean {
  return token.text === '"' || OPENERS.has(token.text) || CLOSERS.has(token.text);
}

/**
 * A quotation mark of either kind, single ones too ("‘massacre law’"): a single mark standing as a
 * token of its own is no apostrophe, which the tokenizer keeps inside its word ("’s").
 */
export function isAnyQuoteMark(token: Token | undefined): boolean {
  return /^[“”"‘’']$/u.test(token?.text ?? '');
}

/**
 * For each token of one paragraph, whether it stands inside quoted speech. Curly marks say which
 * way they face; a straight mark opens when a space (or the start) is before it and a word after
 * it, and closes otherwise. Marks nest, so an inner quote ('The "United States" is ...') does not
 * end the outer one.
 */
export function quotedFlags(tokens: Token[], body: string): boolean[] {
  const flags: boolean[] = [];
  let depth = 0;
  for (const token of tokens) {
    if (isQuoteMark(token)) {
      flags.push(false);
      const opens = OPENERS.has(token.text) || (token.text === '"' && opensHere(body, token.start));
      depth = opens ? depth + 1 : Math.max(0, depth - 1);
      continue;
    }
    flags.push(depth > 0);
  }
  return flags;
}

function opensHere(body: string, at: number): boolean {
  const before = at === 0 ? ' ' : body[at - 1];
  const after = body[at + 1] ?? ' ';
  return /[\s([—–-]/u.test(before) && !/[\s.,;:!?]/u.test(after);
}
