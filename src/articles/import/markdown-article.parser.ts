import { Lexer, type Token, type Tokens } from 'marked';
import { MAX_MARKDOWN_NESTING, markdownNestingDepth } from '../../common/markdown/nesting-depth';
import { ArticleInputError } from './article-input.error';
import type { ArticleBlock, ExtractedArticle } from './article-blocks';
import { bylineLineAt, cleanByline } from './byline';
import { collapseWhitespace } from './collapse-whitespace';
import { splitFrontMatter } from './front-matter';
import { htmlFragmentText } from './html-text';
import { inlineTokensToText } from './inline-markdown';

/**
 * Markdown: ATX and Setext headings become sections (a first-level heading at the top is the
 * title), list items and code blocks become paragraphs, inline markup is reduced to its text; a
 * short "By Jane Doe" paragraph near the top is the byline. A YAML front matter gives the title,
 * author and date; a picture on its own line and footnote marks ("[^1]") are not article text.
 */
export function parseMarkdownArticle(source: string): ExtractedArticle {
  const depth = markdownNestingDepth(source);
  if (depth > MAX_MARKDOWN_NESTING) {
    throw new ArticleInputError(
      'text',
      `The article nests quotations or lists ${depth} levels deep; at most ${MAX_MARKDOWN_NESTING} can be read.`,
    );
  }
  const { meta, body } = splitFrontMatter(source);
  const tokens = Lexer.lex(body).filter((t) => t.type !== 'space' && t.type !== 'def');
  let title: string | null = meta.title;
  const first = tokens[0];
  if (first?.type === 'heading' && (first as Tokens.Heading).depth === 1) {
    const heading = inlineText(first) || null;
    // Under a front matter title, a different first heading is the first section's.
    if (title === null || heading === title) {
      title = heading;
      tokens.shift();
    }
  }
  const blocks: ArticleBlock[] = [];
  for (const token of tokens) collectBlocks(token, blocks);
  // A "By Jane Doe" paragraph near the top is the byline, as in plain text and HTML.
  const paragraphs = blocks.filter((b) => b.kind === 'paragraph');
  const bylineBlock = paragraphs[bylineLineAt(paragraphs.map((b) => b.text))];
  const byline = cleanByline(meta.author) ?? cleanByline(bylineBlock?.text);
  return {
    title,
    byline,
    publishedAt: meta.date,
    blocks: blocks.filter((b) => b !== bylineBlock),
  };
}

function collectBlocks(token: Token, blocks: ArticleBlock[]): void {
  const push = (kind: ArticleBlock['kind'], text: string) => {
    if (text !== '') blocks.push({ kind, text });
  };
  switch (token.type) {
    case 'heading':
      return push('heading', inlineText(token));
    case 'paragraph':
    case 'text':
      // A picture on its own line: its alt text describes it, it is not article text.
      if (onlyImages(token)) return;
      return push('paragraph', inlineText(token));
    case 'code':
      return push('paragraph', collapseWhitespace((token as Tokens.Code).text));
    case 'html':
      return push('paragraph', collapseWhitespace(htmlFragmentText((token as Tokens.HTML).text)));
    case 'list':
      for (const item of (token as Tokens.List).items) {
        for (const child of item.tokens) collectBlocks(child, blocks);
      }
      return;
    case 'blockquote':
      for (const child of (token as Tokens.Blockquote).tokens) collectBlocks(child, blocks);
      return;
    case 'table': {
      const table = token as Tokens.Table;
      for (const row of [table.header, ...table.rows]) {
        push(
          'paragraph',
          collapseWhitespace(row.map((cell) => inlineTokensToText(cell.tokens)).join(' | ')),
        );
      }
      return;
    }
    default:
      // hr, space, link definitions and checkboxes carry no article text.
      return;
  }
}

function onlyImages(token: Token): boolean {
  const inline = (token as Tokens.Generic).tokens;
  return (
    Array.isArray(inline) &&
    inline.some((t: Token) => t.type === 'image') &&
    inline.every((t: Token) => t.type === 'image' || (t.type === 'text' && t.raw.trim() === ''))
  );
}

// A footnote's mark in the text ("…in 1974.[^1]") and before its note ("[^1]: Local Plan 1974").
const FOOTNOTE_MARK = /\[\^[^\]\s]+\]:?/gu;

function inlineText(token: Token): string {
  const generic = token as Tokens.Generic;
  const text = Array.isArray(generic.tokens)
    ? inlineTokensToText(generic.tokens)
    : String(generic.text ?? '');
  return collapseWhitespace(text.replace(FOOTNOTE_MARK, ''));
}
