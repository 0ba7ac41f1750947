import { ArticleInputError } from './article-input.error';
import { MAX_ARTICLE_CHARS } from './article-limits';
import { parseArticle } from './parse-article';
import type { ArticleFormat } from './parsed-article';

function inputError(text: string, format: ArticleFormat = 'TEXT'): ArticleInputError {
  try {
    parseArticle({ text, format });
  } catch (error) {
    if (error instanceof ArticleInputError) return error;
    throw error;
  }
  throw new Error('expected an ArticleInputError');
}

describe('parseArticle input limits', () => {
  it.each([
    ['empty', ''],
    ['whitespace-only', ' \n\t\n  '],
  ])('rejects %s text', (_label, text) => {
    const error = inputError(text);
    expect(error.field).toBe('text');
    expect(error.message).toMatch(/empty/);
  });

  it('rejects text with NUL bytes as binary', () => {
    const error = inputError('PK\u0003\u0004\u0000\u0000 some zip header');
    expect(error.field).toBe('text');
    expect(error.message).toMatch(/binary/);
  });

  it('rejects text full of control and replacement characters as binary', () => {
    const error = inputError('\uFFFD\u0001ab\uFFFD\u0002cd\uFFFD'.repeat(50));
    expect(error.field).toBe('text');
    expect(error.message).toMatch(/binary/);
  });

  it('accepts a real article with a stray replacement character', () => {
    const text = 'The council met on Tuesday and voted for the tram line.\uFFFD '.repeat(5);
    expect(parseArticle({ text, format: 'TEXT' }).paragraphs).toHaveLength(1);
  });

  it('rejects text longer than the limit, and accepts it at the limit', () => {
    const sentence = 'The council voted for the tram. ';
    const atLimit = sentence
      .repeat(Math.ceil(MAX_ARTICLE_CHARS / sentence.length))
      .slice(0, MAX_ARTICLE_CHARS);
    expect(MAX_ARTICLE_CHARS).toBe(200_000);
    expect(() => parseArticle({ text: atLimit, format: 'TEXT' })).not.toThrow();
    const error = inputError(`${atLimit}x`);
    expect(error.field).toBe('text');
    expect(error.message).toMatch(/too long/);
  });

  it('rejects an unknown format', () => {
    const error = inputError('Some text.', 'PDF' as ArticleFormat);
    expect(error.field).toBe('format');
    expect(error.message).toMatch(/TEXT, MARKDOWN, HTML/);
  });

  it('rejects Markdown that holds only a heading', () => {
    expect(inputError('# Just a title\n', 'MARKDOWN').field).toBe('text');
  });
});
