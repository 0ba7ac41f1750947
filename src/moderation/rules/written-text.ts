import { badInput } from '../../common/errors/app-errors';
import { matchWatchedWords, WatchedWordMatch, WatchedWordRule } from './watched-word-matcher';

import type { WrittenText } from '../../arguments/argument-texts';

export type { WrittenText };

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
