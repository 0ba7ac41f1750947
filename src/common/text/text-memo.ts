import { LRUCache } from 'lru-cache';

/**
 * A function of a text, kept by the text: for work repeated on every read of the same texts
 * (rendering, masking). Bounded by characters, the text and its result both counted (4 million
 * by default, about 8 MB of strings at most), least recently used first out.
 */
export function textMemo(
  compute: (text: string) => string,
  maxChars = 4_000_000,
): (text: string) => string {
  const kept = new LRUCache<string, string>({
    maxSize: maxChars,
    sizeCalculation: (result, text) => result.length + text.length || 1,
  });
  return (text) => {
    let result = kept.get(text);
    if (result === undefined) {
      result = compute(text);
      kept.set(text, result);
    }
    return result;
  };
}
