/**
 * Readers' comments under an article: what commenters think is no part of what the article
 * reports, so their section is taken out of the page before its content is looked for. Readability
 * already passes over a comment section marked by its class or id ("comments", "disqus"); one
 * marked only by its aria-label, or by a heading that says what follows ("Reader comments (3)",
 * "Have your say"), was kept as article text.
 */

/** The few DOM members read here; linkedom provides them. */
interface PageElement {
  tagName: string;
  id: string;
  getAttribute(name: string): string | null;
  querySelectorAll(selectors: string): ArrayLike<PageElement>;
  firstElementChild: PageElement | null;
  parentElement: PageElement | null;
  textContent: string | null;
  remove(): void;
}

interface PageDocument {
  body: PageElement | null;
}

// A class or id word that marks a comment section ("comments", "comment-list", "disqus_thread",
// "reader-comments"); not "has-comments" or "comment-count", and not a bare "comment", which
// some sites give their opinion pieces.
const COMMENT_NAME =
  /^(?:(?:reader|user|article|post)[-_]?)?(?:comments|comments?[-_](?:list|section|area|thread|wrapper|container|block)s?)$|^disqus(?:_thread)?$|^(?:coral|talk)[-_]?(?:embed|stream)$/iu;

// What a comment section's label or first heading says; a bare "Comment" may head an opinion
// piece, so one comment needs a reader ("Reader comment").
const COMMENT_LABEL =
  /^(?:(?:reader|readers['’]?|user|your)\s+comments?|comments)\b|^\d+\s+(?:comments?|responses?|replies)\b|^(?:join|start) the (?:conversation|discussion|debate)\b|^have your say\b|^leave a (?:comment|reply)\b|^what (?:our )?readers (?:say|think)\b/iu;

const CONTAINERS = 'section, div, aside, ol, ul';
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
// The article itself may carry a comment count or an id that names its thread: never removed.
const KEPT = new Set(['BODY', 'MAIN', 'ARTICLE', 'HTML']);

/** Removes every comment section from the page, in place; returns the page. */
export function removeCommentSections<Page extends PageDocument>(document: Page): Page {
  for (const element of Array.from(document.body?.querySelectorAll(CONTAINERS) ?? [])) {
    if (!KEPT.has(element.tagName) && isCommentSection(element)) element.remove();
  }
  return document;
}

function isCommentSection(element: PageElement): boolean {
  const names = [element.id, element.getAttribute('class') ?? '']
    .join(' ')
    .split(/\s+/u)
    .filter((name) => name !== '');
  if (names.some((name) => COMMENT_NAME.test(name))) return true;
  const label = element.getAttribute('aria-label');
  if (label && COMMENT_LABEL.test(label.trim())) return true;
  // "<div><h2>Reader comments (3)</h2><ol>…</ol></div>": the heading names the whole section.
  const first = element.firstElementChild;
  return (
    first !== null &&
    HEADINGS.has(first.tagName) &&
    COMMENT_LABEL.test((first.textContent ?? '').trim())
  );
}
