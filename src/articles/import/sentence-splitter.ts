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
      const end = start + value.length;
      const previous = sentences[sentences.length - 1];
      if (previous && continuesQuotation(previous.text, value)) {
        previous.end = end;
        previous.text = text.slice(previous.start, end);
      } else {
        sentences.push({ start, end, text: value });
      }
      cursor = end;
    });
  return sentences.length > 0 ? sentences : wholeText(text);
}

// `"Will they act?" she asked.` is one sentence: wink ends one at the quoted question mark.
function continuesQuotation(previous: string, next: string): boolean {
  return /[?!][”"’']$/u.test(previous) && /^\p{Ll}/u.test(next);
}

function wholeText(text: string): ParsedSentence[] {
  const value = text.trim();
  if (value === '') return [];
  const start = text.indexOf(value);
  return [{ start, end: start + value.length, text: value }];
}
