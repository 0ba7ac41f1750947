import { LRUCache } from 'lru-cache';
import { censorText, WatchedWordRule } from './watched-word-matcher';

/**
 * Readers' texts as masked by one set of CENSOR rules, kept by text. Matching tries every rule
 * over the whole text (0.6 ms for 2,000 characters against 300 rules, plain text included), and a
 * page shows the same texts to every reader. Kept per rules array as the rules cache hands it out:
 * a change of the rules is a new array with an empty memo, and the old memo goes with the old
 * array. At most 4 million characters per memo.
 */
const memos = new WeakMap<WatchedWordRule[], LRUCache<string, string>>();

export function maskedText(text: string, rules: WatchedWordRule[], mask: string): string {
  let memo = memos.get(rules);
  if (!memo) {
    memo = new LRUCache<string, string>({
      maxSize: 4_000_000,
      sizeCalculation: (masked, original) => masked.length + original.length || 1,
    });
    memos.set(rules, memo);
  }
  let masked = memo.get(text);
  if (masked === undefined) {
    masked = censorText(text, rules, mask);
    memo.set(text, masked);
  }
  return masked;
}
