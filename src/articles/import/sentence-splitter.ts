import type { ItemSentence } from 'wink-nlp';
import { englishNlp } from './english-nlp';
import type { ParsedSentence } from './parsed-article';

/**
 * Splits one paragraph into sentences with wink-nlp. Offsets are relative to `text`, and
 * `text.slice(start, end) === sentence.text` always holds.
 */
export function splitSentences(text: string): ParsedSentence[] {
  const sentences: ParsedSentence[] = [];
  let cursor = 0;
  englishNlp()
    .readDoc(text)
    .sentences()
    .each((sentence: ItemSentence) => {
      const value = sentence.out().trim();
      if (value === '') return;
      const start = text.indexOf(value, cursor);
      // wink keeps the original characters, so this only guards against surprises.
      if (start < 0) return;
      sentences.push({ start, end: start + value.length, text: value });
      cursor = start + value.length;
    });
  return sentences.length > 0 ? sentences : wholeText(text);
}

function wholeText(text: string): ParsedSentence[] {
  const value = text.trim();
  if (value === '') return [];
  const start = text.indexOf(value);
  return [{ start, end: start + value.length, text: value }];
}
