/** The format-independent shape every parser produces, before spans are computed. */

export interface ArticleBlock {
  kind: 'heading' | 'paragraph';
  /** Already normalised: inline markup stripped, whitespace collapsed, trimmed, never empty. */
  text: string;
}

export interface ExtractedArticle {
  /** The headline when the source has one; null means it must be derived from the lede. */
  title: string | null;
  byline: string | null;
  publishedAt: Date | null;
  blocks: ArticleBlock[];
}
