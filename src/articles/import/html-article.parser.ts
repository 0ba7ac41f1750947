import { Readability } from '@mozilla/readability';
import { parseHtmlDocument } from './html-document';
import { htmlNestingDepth, MAX_HTML_NESTING } from './html-nesting';
import type { ArticleBlock, ExtractedArticle } from './article-blocks';
import { ArticleInputError } from './article-input.error';
import { cleanByline, isBylineLine } from './byline';
import { removeCommentSections } from './comment-sections';
import { removeFormWidgets } from './form-widgets';
import { attributeEmbeddedPosts } from './embedded-posts';
import { htmlBlocks, type HtmlNode } from './html-blocks';
import { isPageFurniture } from './page-furniture';
import { jsonLdArticle } from './html-json-ld';
import { htmlAuthor, htmlPublishedAt, htmlTitle, type HtmlDocument } from './html-metadata';

/**
 * HTML: the main content is found by Readability (over linkedom's DOM), then walked into
 * headings and paragraphs, less the page's furniture between them (ad slots, links to other
 * stories, calls to subscribe) and without readers' comments or boxes readers fill in. Title, byline and publication
 * date are kept when the page has them.
 */
export function parseHtmlArticle(html: string): ExtractedArticle {
  const depth = htmlNestingDepth(html);
  if (depth > MAX_HTML_NESTING) {
    throw new ArticleInputError(
      'text',
      `The page nests its elements ${depth} levels deep; at most ${MAX_HTML_NESTING} can be read.`,
    );
  }
  // Readability rewrites the document it reads, so metadata comes from a pristine copy.
  // Readers' comments and boxes readers fill in are not the article, whichever path its text is
  // read from.
  const withoutChrome = () => removeFormWidgets(removeCommentSections(parseHtmlDocument(html)));
  const page = withoutChrome();
  const pristine = page as unknown as HtmlDocument & { body: HtmlNode | null };
  // An embedded post says who wrote it only in a line under it.
  const content = attributeEmbeddedPosts(withoutChrome());
  const readable = new Readability(content as never, {
    serializer: (node) => node as unknown as HtmlNode,
  }).parse();

  let blocks = readable?.content ? htmlBlocks(readable.content) : [];
  if (!blocks.some((b) => b.kind === 'paragraph') && pristine.body) {
    blocks = htmlBlocks(pristine.body);
  }
  // A page whose text is drawn by scripts (or cut to a teaser) may carry it whole only in its
  // schema.org data.
  const linked = jsonLdArticle(pristine);
  if (linked && wordsIn(linked.blocks) > 2 * wordsIn(blocks)) blocks = linked.blocks;

  const title = htmlTitle(pristine, readable?.title, linked?.headline);
  const paragraphs = blocks.filter((b) => b.kind === 'paragraph');
  const bylineLine = paragraphs.find((b, i) => isBylineLine(b.text, i)) ?? null;
  const byline =
    cleanByline(readable?.byline) ??
    htmlAuthor(pristine) ??
    linked?.author ??
    cleanByline(bylineLine?.text);
  blocks = blocks.filter(
    (block) =>
      block !== bylineLine &&
      !repeats(block, title, byline) &&
      !(block.kind === 'paragraph' && isPageFurniture(block.text)),
  );
  if (!blocks.some((b) => b.kind === 'paragraph')) {
    throw new ArticleInputError('text', 'The HTML page has no extractable article content.');
  }

  const publishedAt = htmlPublishedAt(pristine, readable?.publishedTime ?? linked?.datePublished);
  return { title, byline, publishedAt, blocks };
}

const wordsIn = (blocks: ArticleBlock[]) =>
  blocks.reduce((n, b) => n + (b.kind === 'paragraph' ? b.text.split(/\s+/u).length : 0), 0);

/** The headline repeated as a heading, or the byline line left in the content. */
function repeats(block: ArticleBlock, title: string | null, byline: string | null): boolean {
  if (block.kind === 'heading') return block.text === title;
  return byline !== null && block.text.replace(/^by\s+/i, '') === byline;
}
