import { Lexer, type Token, type Tokens } from 'marked';
import { collapseWhitespace } from './collapse-whitespace';

/**
 * `text`: plain text that may carry stray Markdown emphasis or links; only those are removed,
 * everything else (escapes, code spans, tags) is kept as written.
 * `markdown`: a real Markdown source; all inline markup is reduced to its visible text.
 */
export type InlineMode = 'text' | 'markdown';

const MARKUP_HINT = /[*_[`~\\<]/;

/** One paragraph of plain text, with emphasis markers and link targets removed, whitespace collapsed. */
export function stripInlineMarkdown(text: string): string {
  const collapsed = collapseWhitespace(text);
  if (!MARKUP_HINT.test(collapsed)) return collapsed;
  return collapseWhitespace(inlineTokensToText(Lexer.lexInline(collapsed), 'text'));
}

/** The visible text of marked inline tokens (emphasis and link syntax gone, link text kept). */
export function inlineTokensToText(tokens: readonly Token[], mode: InlineMode): string {
  return tokens.map((token) => tokenText(token, mode)).join('');
}

function tokenText(token: Token, mode: InlineMode): string {
  switch (token.type) {
    case 'escape':
    case 'codespan':
      return mode === 'text' ? token.raw : (token.text as string);
    case 'del':
      return mode === 'text' ? token.raw : inlineTokensToText(token.tokens ?? [], mode);
    case 'html':
      return mode === 'text' ? token.raw : '';
    case 'br':
      return ' ';
    case 'checkbox':
      return '';
    case 'image':
      return token.text as string;
    default: {
      const generic = token as Tokens.Generic;
      if (Array.isArray(generic.tokens) && generic.tokens.length > 0) {
        return inlineTokensToText(generic.tokens, mode);
      }
      return typeof generic.text === 'string' ? generic.text : generic.raw;
    }
  }
}
