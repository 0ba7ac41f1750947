import { ArticleInputError } from './article-input.error';
import {
  ARTICLE_FORMATS,
  MAX_ARTICLE_CHARS,
  MAX_CONTROL_CHAR_SHARE,
  MAX_HTML_CHARS,
  MIN_ARTICLE_WORDS,
  isArticleFormat,
} from './article-limits';
import type { ArticleFormat } from './parsed-article';

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
  const limit = format === 'HTML' ? MAX_HTML_CHARS : MAX_ARTICLE_CHARS;
  if (text.length > limit) {
    const what = format === 'HTML' ? 'The HTML page' : 'The article';
    throw new ArticleInputError(
      'text',
      `${what} is too long: ${text.length} characters, at most ${limit} are accepted.`,
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
  let suspicious = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0) return true;
    if (isSuspicious(code)) suspicious++;
  }
  return suspicious / text.length > MAX_CONTROL_CHAR_SHARE;
}

/** C0 controls other than tab, line feed and carriage return; DEL; U+FFFD (a decoding failure). */
function isSuspicious(code: number): boolean {
  const whitespace = code === 0x09 || code === 0x0a || code === 0x0d;
  return (code < 0x20 && !whitespace) || code === 0x7f || code === 0xfffd;
}

/**
 * Checks what the import made of the input: the extracted text of an HTML page within the text
 * limit, and enough words to be an article at all.
 */
export function assertArticleContent(body: string): void {
  if (body.length > MAX_ARTICLE_CHARS) {
    throw new ArticleInputError(
      'text',
      `The article text is too long: ${body.length} characters extracted, at most ${MAX_ARTICLE_CHARS} are accepted.`,
    );
  }
  const words = body.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
  if (words.length < MIN_ARTICLE_WORDS) {
    throw new ArticleInputError(
      'text',
      `The article has no real content: ${words.length} word(s) of text, at least ${MIN_ARTICLE_WORDS} are needed.`,
    );
  }
}
