import { ArticleInputError } from './article-input.error';
import { MAX_ARTICLE_CHARS } from './article-limits';
import { htmlNestingDepth } from './html-nesting';
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

describe('parseArticle nesting limits', () => {
  const story = 'The council voted on Tuesday to close the night market, said its leader.';

  it('refuses Markdown nested past 32 levels, which overflowed the parser', () => {
    const error = inputError(`# Night market\n\n${'>'.repeat(20000)} ${story}`, 'MARKDOWN');
    expect(error.field).toBe('text');
    expect(error.message).toMatch(/nests quotations or lists 20000 levels deep; at most 32/);
    // 32 levels still read.
    const article = parseArticle({
      text: `# Night market\n\n${'> '.repeat(32)}${story}`,
      format: 'MARKDOWN',
    });
    expect(article.body).toContain(story);
  });

  it('refuses a page nested past 256 elements, which held the server for seconds', () => {
    const page = (n: number) =>
      `<html><body><h1>Night market</h1>${'<div>'.repeat(n)}<p>${story}</p>${'</div>'.repeat(n)}</body></html>`;
    const error = inputError(page(20000), 'HTML');
    expect(error.field).toBe('text');
    expect(error.message).toMatch(/nests its elements 20002 levels deep; at most 256/);
    expect(parseArticle({ text: page(200), format: 'HTML' }).body).toContain(story);
  });
});

describe('htmlNestingDepth', () => {
  it.each([
    ['<div><div><span>x</span></div></div>', 3],
    // End tags a page may leave out, void elements and self-closing tags open no level.
    ['<ul><li>a<li>b<li>c</ul><p>one<p>two<br><img src=x><hr/>', 1],
    // Tags inside comments and scripts are not the page's.
    ['<!-- <div><div><div> --><script>"<div><div>"</script><b>x</b>', 1],
    // A stray end tag closes up to its element.
    ['<section><div><span></section><em>x</em>', 3],
  ])('reads %j as %i deep', (html, depth) => {
    expect(htmlNestingDepth(html)).toBe(depth);
  });
});
