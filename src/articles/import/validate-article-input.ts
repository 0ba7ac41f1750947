import { ArticleInputError } from './article-input.error';
import {
  ARTICLE_FORMATS,
  MAX_ARTICLE_CHARS,
  MAX_CONTROL_CHAR_SHARE,
  isArticleFormat,
} from './article-limits';
import type { ArticleFormat } from './parsed-article';

// C0 controls other than tab, line feed and carriage return, DEL, and U+FFFD (a decoding failure).
const SUSPICIOUS_CHAR = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/g;

/** Checks the raw input before any parsing; throws ArticleInputError naming the bad field. */
export function assertArticleInput(
  text: unknown,
  format: unknown,
): asserts format is ArticleFormat {
  if (!isArticleFormat(format)) {
    throw new ArticleInputError(
      'format',
      `Unknown article format ${JSON.stringify(format)}; expected one of ${ARTICLE_FORMATS.join(', ')}.`,
    );
  }
  if (typeof text !== 'string') {
    throw new ArticleInputError('text', 'The article text must be a string.');
  }
  if (text.length > MAX_ARTICLE_CHARS) {
    throw new ArticleInputError(
      'text',
      `The article is too long: ${text.length} characters, at most ${MAX_ARTICLE_CHARS} are accepted.`,
    );
  }
  if (text.trim() === '') {
    throw new ArticleInputError('text', 'The article text is empty.');
  }
  if (looksBinary(text)) {
    throw new ArticleInputError(
      'text',
      'The article text looks like binary data, not text (NUL bytes or many control characters).',
    );
  }
}

function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const suspicious = text.match(SUSPICIOUS_CHAR)?.length ?? 0;
  return suspicious / text.length > MAX_CONTROL_CHAR_SHARE;
}
