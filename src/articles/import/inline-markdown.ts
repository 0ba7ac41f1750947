import type { Token, Tokens } from 'marked';

/** The visible text of marked inline tokens (emphasis and link syntax gone, link text kept). */
export function inlineTokensToText(tokens: readonly Token[]): string {
  return tokens.map(tokenText).join('');
}

function tokenText(token: Token): string {
  switch (token.type) {
    case 'escape':
    case 'codespan':
      return token.text as string;
    case 'del':
      return inlineTokensToText(token.tokens ?? []);
    case 'html':
      return '';
    case 'br':
      return ' ';
    case 'checkbox':
      return '';
    case 'image':
      return token.text as string;
    default: {
      const generic = token as Tokens.Generic;
      if (Array.isArray(generic.tokens) && generic.tokens.length > 0) {
        return inlineTokensToText(generic.tokens);
      }
      return typeof generic.text === 'string' ? generic.text : generic.raw;
    }
  }
}
