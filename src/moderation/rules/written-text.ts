import { badInput } from '../../common/errors/app-errors';
import { matchWatchedWords, WatchedWordMatch, WatchedWordRule } from './watched-word-matcher';

/** One piece of text a person wrote, and the input field it came from (named in a refusal). */
export interface WrittenText {
  field: string;
  text: string;
}

interface SourceText {
  url: string;
  title: string;
  excerpt?: string | null;
}

/** Everything an argument's author writes: the body and each source's address, title, excerpt. */
export function argumentTexts(body: string | undefined, sources?: SourceText[]): WrittenText[] {
  const texts: WrittenText[] = body === undefined ? [] : [{ field: 'body', text: body }];
  for (const s of sources ?? []) {
    texts.push({ field: 'sources', text: s.url }, { field: 'sources', text: s.title });
    if (s.excerpt) texts.push({ field: 'sources', text: s.excerpt });
  }
  return texts;
}

/**
 * Every watched-word match in the texts, after refusing the first text with a BLOCK word
 * (naming its field and the rule). Moderators' texts pass this too.
 */
export function refuseBlocked(texts: WrittenText[], rules: WatchedWordRule[]): WatchedWordMatch[] {
  const matches: WatchedWordMatch[] = [];
  for (const { field, text } of texts) {
    const found = matchWatchedWords(text, rules);
    const blocked = found.find((m) => m.rule.action === 'BLOCK');
    if (blocked) {
      throw badInput(
        field,
        `The text contains "${blocked.match}", which the watched-word rule "${blocked.rule.pattern}" does not allow`,
      );
    }
    matches.push(...found);
  }
  return matches;
}
