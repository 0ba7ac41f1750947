import type { ArticleBlock } from './article-blocks';
import type { ParsedParagraph, ParsedSection } from './parsed-article';
import { splitSentences } from './sentence-splitter';

export const BLOCK_SEPARATOR = '\n\n';

export interface ArticleLayout {
  body: string;
  sections: ParsedSection[];
  paragraphs: ParsedParagraph[];
}

/** Joins the blocks into the body and records where each heading, paragraph and sentence lies. */
export function assembleArticle(blocks: readonly ArticleBlock[]): ArticleLayout {
  const parts: string[] = [];
  const sections: ParsedSection[] = [];
  const paragraphs: ParsedParagraph[] = [];
  let offset = 0;

  for (const block of blocks) {
    if (block.text === '') continue;
    if (parts.length > 0) offset += BLOCK_SEPARATOR.length;
    const start = offset;
    const end = start + block.text.length;
    parts.push(block.text);
    offset = end;

    if (block.kind === 'heading') {
      sections.push({ heading: block.text, start, end });
      continue;
    }
    paragraphs.push({
      text: block.text,
      start,
      end,
      sectionIndex: sections.length > 0 ? sections.length - 1 : null,
      sentences: splitSentences(block.text).map((s) => ({
        text: s.text,
        start: start + s.start,
        end: start + s.end,
      })),
    });
  }

  return { body: parts.join(BLOCK_SEPARATOR), sections, paragraphs };
}
